"""Participle cues: ", stressing ..." after a clause with a speaker, "Describing X as Y, the minister said",
"quoted as saying" (statement.participle, fronted_participle, quoted_as_saying), and whose clause it is."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.coref import subjectish
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState, group_keys
from newsfacts.rules.statements.content import _content_after, _make
from newsfacts.rules.statements.drafts import StatementDraft, StatementState, _all_of_kind
from newsfacts.rules.statements.issuers import _issuer_keys
from newsfacts.rules.statements.patterns import _ISSUED_DOCUMENT_RE, _ISSUER_VERBS, _PARTICIPLE_RULES, _QUOTE_OPEN
from newsfacts.rules.statements.quotemarks import _inside_quotes, _quote_mark
from newsfacts.rules.statements.speakers import _clause_subject, _speaker_keys

_PARTICIPLE_LEFT: Final = re.compile(
    r"(?:,\s*(?:while\s+|and\s+)?(?:also\s+)?|\s+while\s+(?:also\s+)?"
    # statement.concluded_by: "X concluded by calling on Y to ...", "she began by stressing ...": the subject's own act
    r"|\s(?:concluded|ended|began|started|opened|closed|responded|reacted)\s+by\s+)$"
)

#: " in a tweet ", " posted a message " before a participle cue with no comma (statement.medium_participle)
_MEDIUM_LEFT_RX: Final = re.compile(
    # ("\b(?:in|via|...)" letter first: the regex engine skips to those letters, not trying "\b" at every position)
    r"[ivtpsw](?<!\w.)(?:(?<=i)n|(?<=v)ia|(?<=t)hrough|(?<=p)osted|(?<=t)weeted|(?<=s)ent|(?<=w)rote|(?<=p)ublished)"
    r"\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tweet|post|message|letter|video|note|op-ed|article)\s+$"
)

#: ',” ' before a participle cue: a quote whose last word ends the clause (statement.participle_after_quote)
_QUOTE_PARTICIPLE_LEFT_RX: Final = re.compile(r",[”\"’]\s+$")


def _outer(prev: list[StatementDraft]) -> StatementDraft:
    """A participle's speaker: the last statement not reported inside another ('X said Egypt "rejects" Y,
    stressing ...' is X stressing)."""
    for p in reversed(prev):
        if p.rules[0] != "statement.finite" or not any(
            q.rules[0] == "statement.finite"
            and q.cue_start < p.cue_start
            and q.content_span.start <= p.cue_start < q.content_span.end
            for q in prev
        ):
            return p
    return prev[-1]


def _participle_next(doc: Doc, pos: int, span: Span) -> bool:
    """Is ``pos`` followed by ", adding that ..." (a participle cue)?"""
    m = _PARTICIPLE_NEXT_RX.match(doc.text[pos : span.end])
    if m is None:
        return False
    at = pos + m.end()
    return any(
        h.start == at and (c := doc.lexicon.cues.get(h.text.lower())) is not None and c.form == "participle"
        for h in doc.words_between(at, at + 1)
    )


def _participle(
    doc: Doc,
    h: Hit,
    cue: Cue,
    span: Span,
    end: int,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    prev: list[StatementDraft],
) -> StatementDraft | None:
    text = doc.text
    low = h.text.lower()
    lead = text[span.start : h.start]
    # (statement.fronted_participle: "While appreciating X, Ghalibaf stated ...": "while" or "when" before it too)
    if lead.strip() in ("", "“", '"', "(", "While", "When", "while", "when"):  # nothing, or an opening quote or bracket
        # "Describing X as Y, the Iranian minister contended ...": speaker after the clause
        # "Referring to X, he said ...": these lead another cue and are no statement themselves
        if low.startswith(doc.lexicon.nonstatement_leads):
            return None
        for m in mentions:
            if m.start <= h.end:
                continue
            comma = text.rfind(",", h.end, m.start)
            if comma < 0:
                continue
            lo = m.lo
            if not _PARTICIPLE_RX2.fullmatch(text[comma:lo]) and not _PARTICIPLE_RX3.fullmatch(text[comma:lo]):
                continue
            keys = _speaker_keys(doc, m, mstate, sstate)
            if keys:
                cstart, _ = _content_after(doc, h, cue, comma)
                return _make(doc, keys, h, h.text, cue, cstart, comma, span, "statement.fronted_participle")
        return None
    if text.find(" with ", h.start - 90 if h.start - 90 > span.start else span.start, h.start) >= 0 and (
        wkeys := _with_person(doc, h, span, mentions, mstate, sstate)
    ):
        # statement.with_person: "X denied any role, with its spokesman Y claiming that ...": the person
        # "with" names speaks, not the clause's subject
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, wkeys, h, h.text, cue, cstart, cend, span, "statement.with_person")
    # statement.with_group: "..., with both sides pledging to expand trade"
    near = [m for m in mentions if m.end <= h.start and h.start - m.end <= 2 and m.kind == "group"]
    if near and _WITH_GROUP_RX.search(text, max(span.start, near[-1].start - 8), near[-1].start):
        keys = group_keys(doc, near[-1], mstate)
        if not keys:
            return None
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, keys, h, h.text, cue, cstart, cend, span, "statement.with_group")
    if (
        text.find("with", h.start - 50 if h.start - 50 > span.start else span.start, h.start) >= 0
        and _WITH_JOINT_LEFT_RX.search(text, h.start - 50 if h.start - 50 > span.start else span.start, h.start)
        is not None
        and mstate.last is not None
        and doc.sent_index(span.start) - mstate.last.sent <= 6
    ):
        # statement.with_group: "..., with both ministers vowing to expand trade": the last meeting's parties
        keys = [k for k in mstate.last.participants if doc.entity(k).kind == "person"]
        if len(keys) < 2:
            return None
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, keys, h, h.text, cue, cstart, cend, span, "statement.with_group")
    if holds_any(text, _ISSUER_VERBS, h.start - 70 if h.start - 70 > span.start else span.start, h.start):
        im = _ISSUED_STATEMENT_LEFT_RX.search(text, h.start - 70 if h.start - 70 > span.start else span.start, h.start)
        # statement.issued_statement: "The ministry issued a statement condemning X", "... released a note
        # saying that ...": the participle tells what the statement said, and its issuer speaks
        if im is not None and (ikeys := _issuer_keys(doc, im.start(), span.start, mentions, mstate, sstate)):
            cstart, cend = _content_after(doc, h, cue, end)
            return _make(doc, ikeys, h, h.text, cue, cstart, cend, span, "statement.issued_statement")
    if low == "saying" and text.endswith(" as ", span.start, h.start):
        # statement.quoted_as_saying: "Tass quoted an Iranian embassy official as saying (that) ...", '“...,” the
        # agency quoted X as saying.': who is quoted speaks; after nothing else, the quote before is what he said
        return _quoted_as_saying(doc, h, cue, span, end, mentions, mstate, sstate)
    rule = "statement.participle"
    if (
        prev
        and text[h.start - 5 : h.start] == " and "
        and prev[-1].rules[0] in _PARTICIPLE_RULES
        and prev[-1].cue_start < h.start <= prev[-1].content_span.end + 6
        and not _inside_quotes(text, span.start, h.start)
    ):
        # statement.participle_and: "..., claiming that A and calling on B to C": a second participle joined by
        # "and" has the first one's speaker
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, prev[-1].speakers, h, h.text, cue, cstart, cend, span, "statement.participle_and")
    if (
        prev
        and "statement.fronted_quote" in prev[-1].rules
        and text.startswith(prev[-1].cue, prev[-1].cue_start)
        and not text[prev[-1].cue_start + len(prev[-1].cue) : h.start].strip()
    ):
        # statement.participle_no_comma: "..., noted the Iranian minister hoping that ...": a participle right after
        # an inverted cue's speaker, the comma left out, is that speaker's
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, prev[-1].speakers, h, h.text, cue, cstart, cend, span, "statement.participle_no_comma")
    if not _PARTICIPLE_LEFT.search(text, h.start - 20 if h.start - 20 > span.start else span.start, h.start):
        if _QUOTE_PARTICIPLE_LEFT_RX.search(text, h.start - 6 if h.start - 6 > span.start else span.start, h.start):
            # statement.participle_after_quote: 'X urged calm "before winter," warning that ...': the comma
            # that ends the clause stands inside the closing quote
            rule = "statement.participle_after_quote"
        elif _MEDIUM_LEFT_RX.search(text, h.start - 50 if h.start - 50 > span.start else span.start, h.start):
            # statement.medium_participle: "X commented on it in a tweet saying ...", "X posted a message
            # warning that ...": the medium's writer speaks
            rule = "statement.medium_participle"
        else:
            return None
    if prev:
        outer = _outer(prev)
        keys = outer.speakers
        inner = _inner_subject(doc, prev, h, mentions, mstate, sstate)
        last = prev[-1]
        if (
            last is not outer
            and last.cue_start > outer.cue_start
            and last.content_span.start <= h.start <= last.content_span.end + 2
            and _all_of_kind(doc, last.speakers, "person")
        ):
            # statement.participle_nested: "The spokesman said that Lee warned that A, stressing that B": the
            # participle goes with the reported speaker's own cue before it, a person's
            keys, rule = last.speakers, "statement.participle_nested"
        elif inner and cue.base != "add":
            # ("said Sonatrach would raise deliveries, adding that ...": whoever reports adds, not the clause's subject)
            # statement.participle_inner: "The Kremlin said Putin had spoken with X, warning that ...": the
            # reported clause has a verb of its own, and the participle goes with its subject
            keys, rule = inner, "statement.participle_inner"
    else:
        if _after_unread_attribution(doc, span, h.start):
            # statement.participle_unread: "China wants no trade war, MOFCOM claimed, noting that ...": the
            # participle is the attribution's, whose speaker no rule read; the sentence's subject did not say it
            doc.fire("statement.participle_unread", h.start, h.end, h.text)
            return None
        keys = []
        if "from" in text[h.start - 120 if h.start - 120 > span.start else span.start : h.start]:
            caller = _caller_before(doc, span, h.start, mentions)
            if caller is not None:
                # statement.participle_caller: "X received a phone call from Y, congratulating him on ...": the
                # caller speaks, not the one called
                keys = _speaker_keys(doc, caller, mstate, sstate)
                rule = "statement.participle_caller"
        if not keys:
            keys = _clause_subject(doc, span, mentions, mstate, h.start)
        if not keys:
            # "..., he met with X, expressing ...": the nearest subject before
            for m in reversed([m for m in mentions if m.end <= h.start]):
                if subjectish(doc, m) and m.kind in ("name", "pronoun", "desc", "group", "body", "country"):
                    keys = _speaker_keys(doc, m, mstate, sstate)
                    break
    if not keys:
        return None
    cstart, cend = _content_after(doc, h, cue, end)
    return _make(doc, keys, h, h.text, cue, cstart, cend, span, rule)


#: "received a phone call from ", "received a message this morning from ": up to the caller's or writer's mention
_CALLER_LEFT_RX: Final = re.compile(
    r"\breceived\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:call|message|letter|cable)\b[^,.;“”\"]{0,40}?\s+from\s+"
    r"(?:(?:the|his|her|their)\s+)?"
)


def _caller_before(doc: Doc, span: Span, pos: int, mentions: list[Mention]) -> Mention | None:
    """The caller's (or writer's) mention when the clause before the participle at ``pos`` is "X received a
    (phone) call from Y," and Y's mention ends right before the comma (statement.participle_caller)."""
    text = doc.text
    comma = text.rfind(",", span.start, pos)
    if comma < 0 or text[comma + 1 : pos].strip():
        return None
    m = _CALLER_LEFT_RX.search(text, span.start, comma)
    if m is None:
        return None
    return next(
        (x for x in mentions if x.end == comma and x.lo >= m.end()),
        None,
    )


#: "quoted ", "cited " before the quoted person (statement.quoted_as_saying): a window up to " as saying"
_QUOTED_LEFT_RX: Final = re.compile(r"\b(?:quot|cit)(?:ed|es|ing)\s+(?=[^.;]{1,120}\s+as\s+$)")


def _quoted_as_saying(
    doc: Doc,
    h: Hit,
    cue: Cue,
    span: Span,
    end: int,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
) -> StatementDraft | None:
    """statement.quoted_as_saying: the person between "quoted" and "as saying" speaks (see :func:`_participle`)."""
    text = doc.text
    qm = _QUOTED_LEFT_RX.search(text, h.start - 130 if h.start - 130 > span.start else span.start, h.start)
    if qm is None:
        return None
    quoted = [
        m
        for m in mentions
        if qm.end() <= m.lo and m.end <= h.start - 4 and m.kind in ("name", "desc", "unnamed", "pronoun")
    ]
    if not quoted:
        return None
    keys = _speaker_keys(doc, quoted[-1], mstate, sstate)
    if not keys or any(doc.entity(k).kind != "person" for k in keys):
        return None
    cue_text = text[h.start - 3 : h.end]  # "as saying"
    cstart, cend = _content_after(doc, h, cue, end)
    if cstart >= cend or not text[cstart:cend].strip(" .”\"'’"):
        # '“...,” Tass quoted X as saying.': the quote that opens the sentence
        comma = text.rfind(",", span.start, qm.start())
        if comma <= span.start or text[span.start : span.start + 1] not in _QUOTE_OPEN:
            return None
        cstart, cend = span.start, comma
    return _make(doc, keys, h, cue_text, cue, cstart, cend, span, "statement.quoted_as_saying")


def _after_unread_attribution(doc: Doc, span: Span, pos: int) -> bool:
    """Does the comma-set phrase right before ``pos`` end in a finite fronting cue ("..., MOFCOM claimed, noting")?"""
    text = doc.text
    comma = text.rfind(",", span.start, pos)
    if comma < 0 or text[comma + 1 : pos].strip():
        return False
    before = text.rfind(",", span.start, comma)
    words = text[before + 1 if before >= 0 else span.start : comma].split()
    if not words or len(words) > 8:
        return False
    cue = doc.lexicon.cues.get(words[-1].lower())
    return cue is not None and cue.form == "finite" and cue.base in doc.lexicon.fronting_verbs


def _with_person(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> list[int]:
    """statement.with_person: the person a ", with its spokesman Y" or ", with its minister, Y," clause names right
    before the participle cue, else none."""
    text = doc.text
    m = next((x for x in reversed(mentions) if x.end <= h.start), None)
    if m is None or m.kind not in ("name", "desc", "unnamed") or not _WITH_GAP_RX.fullmatch(text, m.end, h.start):
        return []
    lo = m.lo
    i = text.rfind(", with ", span.start, lo)
    if i < 0 or lo - i > 70 or text.count(",", i + 1, lo) > 1 or _quote_mark(text, i, lo) >= 0:
        return []
    keys = _speaker_keys(doc, m, mstate, sstate)
    return keys if keys and _all_of_kind(doc, keys, "person") else []


def _inner_subject(
    doc: Doc, prev: list[StatementDraft], h: Hit, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> list[int]:
    """The person subject of the reported clause a participle stands in ("said Putin had spoken with X,
    warning ..."), when that clause has a finite verb and no cue of its own (else the reporter speaks)."""
    text = doc.text
    p = _outer(prev)
    cs, ce = p.content_span.start, p.content_span.end
    if p.base not in doc.lexicon.fronting_verbs or not cs < h.start <= ce + 2 or p.rules[0] != "statement.finite":
        return []
    if any(q is not p and cs <= q.cue_start < h.start for q in prev):
        return []  # 'X said Egypt "rejects" Y, stressing ...': the inner clause is a statement, X stresses
    first = next((m for m in mentions if m.lo >= cs), None)
    if first is None or first.lo != cs or first.kind not in ("name", "desc", "unnamed") or first.possessive:
        return []
    if not _INNER_VERB_RX.match(text, first.hi, h.start):
        return []
    keys = _speaker_keys(doc, first, mstate, sstate)
    return keys if keys and _all_of_kind(doc, keys, "person") and set(keys) != set(p.speakers) else []


_PARTICIPLE_NEXT_RX: Final = re.compile(
    r"(?:\s+(?:on|in|at|last|this|late|early|after|following|during)\s+[^,]{1,40})?,\s*"
    # statement.participle_no_comma: "..., noted the Iranian minister hoping that ...": the comma left out
    r"|\s+(?=[a-z]+ing\s)"
)

_PARTICIPLE_RX2: Final = re.compile(r",\s*(?:the\s+)?")

_PARTICIPLE_RX3: Final = re.compile(r",\s*")

#: between the person a "with" clause names and its participle cue: nothing, or the apposition's closing comma
_WITH_GAP_RX: Final = re.compile(r",?\s+")

#: "issued a statement ", "released a brief note on Monday, " before a participle cue (statement.issued_statement)
_ISSUED_STATEMENT_LEFT_RX: Final = re.compile(_ISSUED_DOCUMENT_RE + r"(?:\s+(?:on|late|early|last)\s+\w+)?,?\s+$")

#: the reported clause's own finite verb right after its subject ("Putin had spoken", "Putin met", "Putin will travel")
_INNER_VERB_RX: Final = re.compile(
    r",?\s+(?:(?:also|later|earlier|then|reportedly|[a-z]{3,}ly)\s+)?(?:had|has|have|was|were|is|will|would|could|"
    r"[a-z]{2,}ed|met|spoke|held|made|told|went|took|gave|sent)\b"
)

_WITH_GROUP_RX: Final = re.compile(r"\bwith\s+$")

#: ", with both ministers ", "with the two leaders also " before a participle cue
_WITH_JOINT_LEFT_RX: Final = re.compile(
    # ("\bwith" letter first, as _MEDIUM_LEFT_RX)
    r"w(?<!\w.)ith\s+(?:both|the two)\s+(?:leaders|heads of (?:state|government)|"
    r"(?:foreign |prime |defen[cs]e )?ministers|presidents|premiers|counterparts|top diplomats)"
    r"\s+(?:(?:also|jointly|[a-z]{3,}ly)\s+)*$"
)
