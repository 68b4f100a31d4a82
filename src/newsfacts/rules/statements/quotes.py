"""Quote rules: quote paragraphs, quoted parties and names inside a quoted readout, a quote continued from
the paragraph before, a quoted cue, dash quotes and whole-quote leads."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.doc import span as span_of
from newsfacts.rules.meetings import MeetingState, group_keys, subject_before
from newsfacts.rules.statements.content import _after_time, _content_after, _make
from newsfacts.rules.statements.coordinated import _coord_left
from newsfacts.rules.statements.drafts import StatementDraft, StatementState
from newsfacts.rules.statements.patterns import _PLURAL_GAP_RX, _QUOTE_OPEN, _QUOTED_CUE_LEFT_RX
from newsfacts.rules.statements.quotemarks import _find_close, _quote_mark, _run_open_before, _strip_content


def _continued_quote_closes(doc: Doc, span: Span, first_quote: int, pos: int) -> bool:
    """statement.quote_continued_before: '“A.' then a paragraph 'B,” the ministry said.': a paragraph that goes on
    with a quote opened in the one before it holds only its closing mark, and the cue after that is outside."""
    text = doc.text
    if text.find("”", first_quote, first_quote + 1) < 0 and not text.startswith('"', first_quote):
        return False
    if _quote_mark(text, first_quote + 1, pos) >= 0 or text[first_quote - 1 : first_quote] == " ":
        return False  # more marks, or one that opens a quote
    if _run_open_before(text, span.start) < 0:
        return False
    doc.fire("statement.quote_continued_before", span.start, pos)
    return True


def _quoted_cue(text: str, h: Hit) -> bool:
    """statement.quoted_cue: 'Lee and Pak "strongly condemned" the test': the quote holds just the cue."""
    return _QUOTED_CUE_LEFT_RX.search(text, max(0, h.start - 16), h.start) is not None and text[h.end : h.end + 1] in (
        '"',
        "”",
    )


def _quote_opens_at(text: str, h: Hit) -> bool:
    """statement.quote_opens_at_cue: 'the office said the prime minister "emphasized the right to ..."': a
    quote that opens with the cue, right after its subject, quotes the cue with what was said (a person's:
    "the leaders 'confirmed ...'" told by a readout is its account, no statement of theirs)."""
    return text[h.start - 1 : h.start] in ('"', "“") and text[h.start - 2 : h.start - 1] == " " and h.text.islower()


def _dash_quote_start(text: str, span: Span) -> int:
    """statement.dash_quote: "- We see more ships. Both states share the task, he said.": a line opened by a dash
    is a quote (the Nordic and East European press's quotation mark) that runs to the cue closing it; where its
    words start, else -1."""
    ls = text.rfind("\n", 0, span.start) + 1
    if text[ls : ls + 2] not in _DASH_OPENERS or span.start - ls > 600:
        return -1
    return ls + 2


def _run_closes_bare(text: str, pos: int) -> bool:
    """Does the quote left open at ``pos`` (a paragraph's end) run on over paragraphs that open with "“" to one
    that closes it at its very end (no attribution after it), within a few paragraphs?"""
    for _ in range(8):
        while pos < len(text) and text[pos] in "\n \t":
            pos += 1
        if pos >= len(text) or text[pos] != "“":
            return False
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        close = text.find("”", pos, end)
        if close >= 0:
            return not text[close + 1 : end].strip()
        pos = end
    return False


def _quote_paragraph(doc: Doc, span: Span, sstate: StatementState) -> StatementDraft | None:
    """statement.quote_paragraph: '“A,” the minister said.' then a paragraph that is a quote and nothing else,
    left open ('“B.'), and the paragraphs that go on with it ('“C.', '“D.”'): the speaker of the quote before
    goes on (the way news prints a long quote, one paragraph at a time: an open quote at a paragraph's end
    goes on). None unless the sentence opens the paragraph right after the one that quoted its speaker and
    the paragraph holds no quotation mark but its opening one and a closing one at its end."""
    text = doc.text
    if span.start > 0 and text[span.start - 1] != "\n":
        return None
    if sstate.quote_end >= span.start or text[sstate.quote_end : span.start].strip():
        # the quote before already holds this paragraph (statement.quote_continues), or another stands between
        return None
    nl = text.find("\n", span.start)
    pend = nl if nl >= 0 else len(text)
    body = text[span.start + 1 : pend].rstrip()
    closed = body.endswith("”")
    if closed:
        body = body[:-1]
    if len(body) < 20 or _quote_mark(body) >= 0 or "‘" in body:
        return None  # a quote closed inside the paragraph, and words of the article's own after it
    if closed and not sstate.quote_open:
        return None  # a closed quote of its own after a closed one: whose it is, the text does not say
    if not closed and not _run_closes_bare(text, pend):
        return None  # '“A.' / '“B,” she said.': the run's own attribution names its speaker
    s, e, _ = _strip_content(text, span.start + 1, span.start + 1 + len(body))
    if e - s < 20:
        return None
    sstate.quote_end = pend
    sstate.quote_skip = pend
    sstate.quote_open = not closed
    return StatementDraft(
        speakers=[sstate.quote_speaker],
        cue=sstate.quote_cue,
        kind="say",
        content=text[s:e],
        content_span=span_of(s, e),
        evidence=span_of(span.start, pend),
        direct=True,
        rules=["statement.quote_paragraph"],
        cue_start=span.start,
        base=sstate.quote_base,
    )


def _quoted_party(
    doc: Doc,
    h: Hit,
    cue: Cue,
    low: str,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    out: list[StatementDraft],
) -> StatementDraft | None:
    """statement.quoted_parties: '“The sides noted that A, and agreed that B. According to them, C,” the
    ministry said': inside a quoted readout, "the sides" (the last meeting's parties) speak; a cue joined
    to theirs and "According to them" at the start of a quoted sentence are theirs too. Each content
    stops at the end of its quoted sentence."""
    text = doc.text
    prev = out[-1] if out and out[-1].rules[0] in _QUOTED_RULES else None
    rule = "statement.quoted_parties"
    if low == "according to":
        if prev is None or not _INNER_BREAK_RX.search(text, max(span.start, h.start - 4), h.start):
            return None
        am = _ACCORDING_THEM_RX.match(text, h.end, span.end)
        if am is None:
            return None
        keys, cstart = prev.speakers, am.end()
    elif cue.form != "finite":
        return None
    elif prev is not None and _coord_left(text, max(prev.cue_start + 1, h.start - 30), h.start):
        keys, cstart = prev.speakers, -1
    else:
        keys0, subj = subject_before(doc, h.start, mentions, mstate)
        if subj is None or not _PLURAL_GAP_RX.fullmatch(text, subj.hi, h.start):
            return None
        if subj.kind == "name":
            named = _quoted_named(doc, subj, keys0, span, mentions)
            if not named:
                return None
            keys, cstart, rule = named, -1, "statement.quoted_named"
        else:
            if subj.kind != "group":
                return None
            if not _INNER_BREAK_RX.search(text, max(span.start, subj.lo - 4), subj.lo):
                return None  # the quote's sentence starts with its subject
            keys, cstart = group_keys(doc, subj, mstate), -1
    if len(keys) < (1 if rule == "statement.quoted_named" else 2):
        return None
    stop = _QUOTE_STOP_RX.search(text, h.end, span.end)
    cend = stop.start() if stop is not None else span.end
    if cstart < 0:
        cstart, _ = _content_after(doc, h, cue, cend)
    st = _make(doc, list(keys), h, h.text, cue, cstart, cend, span, rule)
    if st is None or (
        cue.requires is not None
        and not (cue.requires.search(_after_time(text, h.end, span.end)) or cue.requires.search(st.content))
    ):
        return None
    if prev is not None and prev.content_span.end > st.cue_start:
        # the joined cue ends the content before it
        m = _coord_left(text, max(prev.content_span.start, st.cue_start - 30), st.cue_start)
        s0, e0, _ = _strip_content(text, prev.content_span.start, m.start() if m else st.cue_start)
        prev.content_span = span_of(s0, e0)
        prev.content = text[s0:e0]
    return st


_QUOTED_RULES: Final = ("statement.quoted_parties", "statement.quoted_named")


def _quoted_named(doc: Doc, subj: Mention, keys: list[int], span: Span, mentions: list[Mention]) -> list[int]:
    """statement.quoted_named: '“President Ruto affirmed Kenya's commitment to X,” the spokeswoman said', '“A and
    B agreed to Y,” the ministry said': a quoted readout whose sentence opens with named persons tells their own
    cue; the persons (with those conjoined before), when the quote's sentence starts with the first of them."""
    text = doc.text
    if not keys or any(doc.entity(k).kind != "person" for k in keys):
        return []
    first = subj.lo
    for m in mentions:
        if span.start <= m.lo < subj.lo and m.kind == "name" and set(doc.refs_of(m)) <= set(keys):
            first = min(first, m.lo)
    if not _INNER_BREAK_RX.search(text, max(span.start, first - 4), first):
        return []  # the quote's sentence starts with its subject
    if text[first : text.find(" ", first, first + 12)] in _SUBORDINATORS:
        return []  # '“As President X said in New York, ...”': a clause the speaker's own sentence leans on
    return keys


#: words opening a subordinate clause: '“As President X said, ...”' is no readout of X
_SUBORDINATORS: Final = frozenset(
    {"As", "When", "If", "While", "Because", "Although", "Though", "After", "Before", "Since", "Like", "Unlike", "What"}
)


def _whole_quote_lead(text: str, start: int, lead: str, tail: str) -> bool:
    """statement.whole_quote_lead: '“We are ready to help,” Uhuru told the Israeli ambassador.', '“We
    discussed it,” Wong said, referring to two detained citizens.': the sentence opens with a quote that closes
    right before its attribution, so what follows the cue (an addressee, an aside) is no content -- unless
    another quote follows ('“The raid,” he said, “was illegal.”': statement.parenthetical_speaker)."""
    if lead[:1] == "'" and lead.rstrip().endswith((",'", ".'", "!'", "?'")):
        # "'We held talks,' he stated, and noted: ...": a quote in straight single quotes, closed by its stop
        return "'" not in lead[1:-2] and _quote_mark(tail) < 0
    if lead[:1] not in '“"':
        return False
    close = _find_close(text, start, start + len(lead))
    if close is None or text[close + 1 : start + len(lead)].strip(" ,") != "":
        return False
    q = _quote_mark(tail)
    # '“We held talks,” he stated, and noted: “...”': a quote after a colon is the next cue's
    return q < 0 or ":" in tail[:q]


def _lead_then_content(doc: Doc, lead: str, after: int) -> int:
    """Where what was said starts when a sentence's opening phrase only tells when its speaker spoke
    (statement.lead_then_content), else -1. ``after`` is where the words after "X said," start (past an
    opening quote): a quote there is what was said when the opening phrase holds none ("During the
    conference, Wong said, “We raised it.”"); so is a clause after a phrase opened by a word of the
    ``speech_occasion_lead`` table ("Responding to a question, the spokesperson said, we have seen ...")."""
    text = doc.text
    first = lead.lstrip().split(" ", 1)[0].lower()
    if first in doc.lexicon.speech_occasion_leads:
        # "Asked about the warning to “bear the consequences,” the spokesperson replied, “...”": a quote in the
        # occasion is the question's, not what was said
        return after - 1 if text[after - 1] in _QUOTE_OPEN else after
    if _quote_mark(lead) >= 0:
        return -1
    if text[after - 1] in _QUOTE_OPEN:
        return after - 1
    return -1


#: a dash and a space opening a line: a quote (statement.dash_quote)
_DASH_OPENERS: Final = frozenset({"- ", "– ", "— "})

#: a sentence break inside a quote (the splitter keeps quoted sentences together), or the quote's start
_INNER_BREAK_RX: Final = re.compile(r"(?:[.!?]\s+|[“\"]\s*)$")

_ACCORDING_THEM_RX: Final = re.compile(r"\s+them\s*,\s*")

#: where a quoted sentence stops: its period before the next sentence, or the closing quote
_QUOTE_STOP_RX: Final = re.compile(r"[.!?]?\s*[”\"]|[.!?]\s+(?=[A-Z“])")
