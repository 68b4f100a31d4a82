"""A statement's content and its draft: where the content starts after the cue (a "that", a told person, a
time phrase, whom it was told to), where it ends (an action verb, the sentence's end, a colon's next
paragraph), and ``_make``."""

from __future__ import annotations

import functools
import re
from typing import Final

from newsfacts.lexicon import Cue, Lexicon
from newsfacts.models import Span
from newsfacts.prefilter import holds_any, required_words
from newsfacts.rules.coref import open_paragraphs_before
from newsfacts.rules.doc import ABBREV_PERIOD, Doc, Hit
from newsfacts.rules.doc import span as span_of
from newsfacts.rules.statements.drafts import StatementDraft
from newsfacts.rules.statements.patterns import (
    _MAX_COLON_PARAGRAPH,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _QUOTED_CUE_LEFT_RX,
    _REPORTING_RULES,
    _THAT,
)
from newsfacts.rules.statements.quotemarks import _quote_continues, _quote_mark, _run_open_before, _strip_content

#: statement.that_after_phrase: "said in Berlin on Monday that ...", "said at a news conference in Rome:
#: ..." -- a place, occasion or time phrase between the cue and its that-clause (tried when _THAT fails)
_THAT_LEAD: Final = re.compile(
    # statement.infinitive_content: "to" before a verb ("agreed on Monday to widen a pact that ...") opens the
    # content, no phrase before it: "to" leads one only before its object ("said to reporters that")
    r"\s+(?:in|at|during|after|before|following|from|on|via|by|while|when|ahead of|in an?|"
    r"to(?=\s+(?:the|a|an|his|her|its|their|reporters|journalists|lawmakers|[A-Z])\b))\s"
    # (a period only after an abbreviated word such as a month's: "said on Oct. 12 that ...")
    r"(?:[^,.;:“”\"]|" + ABBREV_PERIOD + r"){1,80}?"
    r"(?:,\s*)?(?:\bthat\b(?!\s+(?:was|were|is|are|had|has|have|would|will|took|came)\b)|:)\s*"
)

#: "in remarks", "in his statement", "at a weekly briefing": a cue word after these is a noun
_NOUN_LEFT_RX: Final = re.compile(
    r"\b(?:in|a|an|the|his|her|its|their|joint)\s+(?:(?:[a-z]+ly|regular|joint|press|news)\s+)?$"
)

#: " Hungary on Monday that ", " the envoy that " after "warned": whom, before what (statement.warned_object)
_WARNED_OBJECT_RX: Final = re.compile(
    r"\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|(?:the|his|her|their)\s+[a-z]+|him|her|them)"
    r"(?:\s+(?:on|late|early|last)\s+[A-Z]\w+)?\s+that\s+"
)

#: "briefed the minister on ", "briefed him about ": who was briefed, before what (statement.briefed_on)
_BRIEFED_ON_RX: Final = re.compile(r"\s+(?!(?:on|about)\b)(?:(?!\bthat\b)[^.;,“”\"]){1,50}?\s(?:on|about)\s+")

_TOLD: Final = re.compile(r"\s+[^.;“”\"]{1,60}?(?:\s+that\b|:)\s*")

#: "told reporters ...", "told a news conference on Monday ...": who heard it, before a content without "that"
_AUDIENCE: Final = (
    r"\s+(?:reporters|journalists|the press|the media|lawmakers|parliament|state (?:media|television|TV)|"
    r"(?:an?|the)\s+(?:(?:joint|weekly|regular|daily|special|virtual)\s+)?(?:press|news)\s+(?:conference|briefing))"
)
#: statement.told_audience_lead: "told reporters after a meeting with Y on Monday that ...": the audience, then a
#: phrase of time or place before "that" (read by ``_THAT_LEAD``)
_TOLD_AUDIENCE_LEAD_RX: Final = re.compile(_AUDIENCE + r"(?=\s+(?:after|following|during|at|in|on|before)\s)")
_TOLD_AUDIENCE_RX: Final = re.compile(
    _AUDIENCE
    + r"(?:\s+(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:today|yesterday)|"
    r"\s+in\s+the\s+(?:morning|afternoon|evening))?"
    # "told reporters both missiles fell", "told reporters 'the chemistry was good'": a quantifier or a single quote
    r"(?:,\s*|\s+)(?=[“\"‘']|(?:the|a|an|it|he|she|they|we|his|her|their|its|there|both|all|no|none|this|that|"
    r"these|those)\b|[A-Z])"
)


def _alt(words: frozenset[str]) -> str:
    """A regex alternation of ``words`` (longest first; a space matches any run of spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=8)
def _told_tail_rx(
    media_nouns: frozenset[str], media_modifiers: frozenset[str], outlet_kinds: frozenset[str]
) -> re.Pattern[str]:
    """'..., Novak told reporters after the meeting.': whom a statement was told to (see _told_tail), its press
    words from the ``told_media_noun``, ``told_media_modifier`` and ``told_outlet_kind`` tables."""
    nouns, mods, kinds = _alt(media_nouns), _alt(media_modifiers), _alt(outlet_kinds)
    return re.compile(
        r"\s*(?:reporters|journalists|the press|the media|media|lawmakers|parliament|state (?:media|television|TV)|"
        # statement.told_media: "..., a source told local media.", "..., the official told Turkish reporters."
        r"(?P<media>(?:" + mods + r"|[a-z]+ian|[a-z]+ese|[A-Z][a-z]+)\s+(?:" + nouns + r"))|"
        r"(?:an?|the)\s+(?:(?:joint|weekly|regular|daily|special|virtual)\s+)?(?:press|news)\s+(?:conference|briefing)|"
        # statement.told_media: "..., he told broadcaster TVN9.", "..., she told the daily Courier and Post.", an
        # outlet's name may hold "&" and hyphens ("the M&G", "Al-Quds Al-Arabi")
        r"(?P<outlet>(?:the\s+)?(?:(?:public|state|private|national|local|[a-z]+ian|[a-z]+ese)\s+)?"
        r"(?:" + kinds + r")\s+|"
        # "the Saudi state-owned Al-Arabiya television": a capitalised demonym before a press modifier
        r"(?:the\s+)?[A-Z][a-z]+\s+(?:" + mods + r")\s+(?:(?:" + kinds + r")\s+)?)?"
        # "the BBC's Persian service": an outlet's service or edition
        r"(?:(?:the\s+)?[A-Z][\w.&-]*['’]s\s+(?:[A-Z][\w-]*\s+)?(?:service|channel|website|edition|programme|program)|"
        r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w.&'’-]*){0,3}"
        r"(?:\s+(?:news\s+agency|newspaper|daily|broadcaster|television|radio|website))?)|"
        # statement.told_description: '"...," the adviser told the envoy.', '..., he told his guest, adding ...'
        r"(?:the|his|her|their)\s+(?:(?:visiting|foreign|[a-z]+ian|[a-z]+ese)\s+)?(?P<desc>[a-z]+))"
        # ("told a joint press conference with Y": the party the conference was held with)
        r"(?:\s+(?:on|in|at|with|after|before|during|outside|following|ahead\s+of|earlier|later|afterwards?|today|"
        r"yesterday|"
        r"early|late)\b[^“”\"]*?)?"
        # the sentence's end, or a participle cue (", adding that", ", while insisting that"), or an aside on the
        # place or time (", where she stayed")
        r"(?:\s*[.!?]?[\"”’]?\s*$|(?=,\s*(?:while\s+)?[a-z]{3,}ing\s)|,\s*(?:where|when)\s[^“”\"]*$)"
    )


@functools.lru_cache(maxsize=8)
def _told_event_rx(lx: Lexicon) -> re.Pattern[str]:
    """statement.told_event: "told a meeting with the visiting minister in Sari on Sunday that ...": the event
    told (a ``meeting`` or ``occasion_noun`` table noun) and all that qualifies it come before the content,
    however long (``_TOLD`` reads 60 characters). Compiled once per lexicon (a lexicon hashes by identity)."""
    return re.compile(
        r"\s+(?:an?|the|this|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:"
        + _alt(frozenset(lx.meeting_nouns) | lx.occasion_nouns)
        + r")\b[^.;“”\"]{0,200}?\s+that\b(?!\s+(?:was|were|is|are|had|has|have|would|will|took|came)\b)\s*"
    )


_ATTRIBUTION_END: Final = re.compile(
    r",\s*(?:according to\b|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:reported|quoted)\b)[^“”\"]*$"
)


def _action_break(text: str, start: int, end: int, verbs: frozenset[str]) -> int:
    r"""statement.action_break: where ", and invited ...", " and then briefed ..." (an action verb of ``verbs`` after
    "and", outside quotes) ends the content ``text[start:end]``, else -1.

    The matches of ``(?:,\s*|\s+)and\s+...`` in order: each "and" after a space or a comma (one scan led by the
    literal; matches do not overlap), from the second character on; the match starts where the spaces before "and"
    start, at a comma right before them, never before ``start``."""
    for m in _ACTION_AND_RX.finditer(text, start + 1, end):
        if m.group(1) not in verbs:
            continue
        p = m.start()
        while p > start and text[p - 1].isspace():
            p -= 1
        if p > start and text[p - 1] == ",":
            p -= 1
        if _quote_mark(text, start, p) < 0:
            return p  # (inside a quote, "and signed" is the speaker's own words)
    return -1


def _lead_time(text: str, pos: int, end: int) -> re.Match[str] | None:
    """``_LEAD_TIME_RX.match(text, pos, end)``, run only when it can match: every match opens with a comma, or
    with white space and holds "day" (Monday ... Sunday, today, yesterday); most cues are followed by neither."""
    c = text[pos : pos + 1]
    if c != "," and not (c.isspace() and text.find("day", pos, end) >= 0):
        return None
    return _LEAD_TIME_RX.match(text, pos, end)


def _after_time(text: str, pos: int, end: int) -> str:
    lead = _lead_time(text, pos, end)
    return text[lead.end() if lead else pos : min(end, pos + 200)].lstrip()


def _content_after(doc: Doc, h: Hit, cue: Cue, end: int) -> tuple[int, int]:
    text = doc.text
    pos = h.end
    lead = _lead_time(text, pos, end)
    if lead is not None:
        pos = lead.end()  # "agreed Wednesday to boost trade": the day is no part of the content
    if cue.base == "warn" and (wm := _WARNED_OBJECT_RX.match(text, pos, end)) is not None:
        return wm.end(), end  # statement.warned_object: "warned Hungary on Monday that X": X
    if cue.base in ("brief", "inform") and (bm := _BRIEFED_ON_RX.match(text, pos, end)) is not None:
        # statement.briefed_on: "briefed the minister on the talks", "informed his colleague about the summit"
        return bm.end(), end
    if (
        cue.base == "tell"
        and text.find("that", pos, pos + 260) >= 0
        and (em := _told_event_rx(doc.lexicon).match(text, pos, end))
    ):
        doc.fire("statement.told_event", pos, em.end(), text[pos : em.end()].strip())
        return em.end(), end
    if cue.base in ("tell", "assure", "inform", "brief"):
        m = _TOLD.match(text, pos, end)
        if m is not None and not any(
            # "told state broadcaster HRT that": a cue's base form there is a noun ("state")
            (c := doc.lexicon.cues.get(x.text.lower())) is not None and c.form != "base"
            for x in doc.words_between(pos, m.end())
        ):
            return m.end(), end
        if cue.base == "tell" and (am := _TOLD_AUDIENCE_RX.match(text, pos, end)) is not None:
            pos = am.end()  # "told reporters the talks were useful": the audience is no content
        elif (
            cue.base == "tell"
            and (am := _TOLD_AUDIENCE_LEAD_RX.match(text, pos, end)) is not None
            and (tl := _THAT_LEAD.match(text, am.end(), end)) is not None
        ):
            doc.fire("statement.told_audience_lead", pos, tl.end(), text[pos : tl.end()].strip())
            return tl.end(), end
        elif cue.base == "tell" and (am := _TOLD_NAME_RX.match(text, pos, end)) is not None:
            # statement.told_name: "told Reuters it would be a small meeting", "told Trump the world was counting
            # on him": the named addressee, then a clause opened by a pronoun or an article
            doc.fire("statement.told_name", am.start(), am.end(), am.group(0).strip())
            pos = am.end()
        elif cue.base == "tell" and (after := _told_person(doc, pos, end)) > pos:
            # statement.told_person: "has told her Chinese counterpart Australia expects more movement": the
            # person told, then the clause with no "that"
            doc.fire("statement.told_person", pos, after, text[pos:after].strip())
            pos = after
    if text[pos : pos + 1] in ('"', "”") and _QUOTED_CUE_LEFT_RX.search(text, max(0, h.start - 16), h.start):
        pos += 1  # past the quote that closes a quoted cue
    if text.find("that", pos, end) < 0 and text.find(":", pos, end) < 0:
        return pos, end  # every match of _THAT and _THAT_LEAD ends on "that" or a colon
    m = _THAT.match(text, pos, end)
    if m is not None:
        return m.end(), end
    m = _THAT_LEAD.match(text, pos, end)
    if m is not None and not any(
        doc.lexicon.cues.get(x.text.lower()) is not None
        and not _NOUN_LEFT_RX.search(text, max(pos, x.start - 20), x.start)
        for x in doc.words_between(pos, m.end())
    ):
        return m.end(), end
    return pos, end


def _told_person(doc: Doc, pos: int, end: int) -> int:
    """Where the clause after "told" starts when a person right after the cue is its object and a clause with
    no "that" follows (its subject capitalised, a pronoun or an article); ``pos`` when not."""
    m = next(iter(doc.mentions_between(pos, pos + 80)), None)
    if m is None or m.lo - pos > 1 or m.kind not in ("name", "desc", "unnamed") or m.possessive:
        return pos
    keys = doc.refs_of(m)
    if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
        return pos
    clause = _TOLD_CLAUSE_RX.match(doc.text, m.hi, end)
    return clause.end() if clause is not None else pos


#: the opening of a clause after the person told: a capital, a pronoun or an article, and a word after it
_TOLD_CLAUSE_RX: Final = re.compile(
    r"\s+(?=(?:[A-Z][\w’'-]*|it|he|she|they|we|there|the|a|an|his|her|their|its)\s+[\w’'-]+)"
)


def _sentence_end(doc: Doc, span: Span) -> int:
    text = doc.text
    end = span.end
    # sliced once for the word tests that gate the regexes below (on the whole sentence even after ``end``
    # moves: each word is one every match holds, so a test that passes more often gates as well)
    sentence = text[span.start : end]
    # the attribution's words ("according to", "reported") are looked for before the regex is run
    if holds_any(sentence, _ATTRIBUTION_WORDS):
        am = _ATTRIBUTION_END.search(text, span.start, end)
        if am is not None:
            end = am.start()
    # statement.trailing_attribution: "China opposes the plan, both ministries said on Friday.": an attribution
    # closing the sentence is no part of what a cue inside it says (whether or not its speaker is read)
    comma = text.rfind(",", span.start, end)
    if (
        comma > span.start
        and holds_any(text, _TRAILING_ATTRIBUTION_WORDS, comma, end)  # "said", "added", ...: before the regex
        and _TRAILING_ATTRIBUTION_RX.fullmatch(text, comma, end)
    ):
        doc.fire("statement.trailing_attribution", comma, end)
        end = comma
    # statement.occasion_tail: "..., warning of countermeasures, in a statement carried by the news agency.":
    # where it was said closes the sentence, no part of what was said
    # (no comma can follow the one a match opens with: only the last comma before ``end`` can open it, and its
    # words stand after it)
    if (
        text.find(" in ", span.start, end) >= 0  # the regex's \s+in\s+ does not imply it: kept on ``end``
        and (last_comma := text.rfind(",", span.start, end)) >= 0
        and holds_any(text, _OCCASION_WORDS, last_comma, end)
        and (om := _OCCASION_TAIL_RX.match(text, last_comma, end)) is not None
    ):
        end = om.start() + (2 if text[om.start() + 1] in _QUOTE_CLOSE else 0)
    # statement.call_tail: "X stressed the need for calm in a phone call on Monday": the call is
    # where it was said, no part of what was said
    if "phone" in sentence or "video" in sentence:
        cm = _CALL_TAIL.search(text, span.start, end)
        if cm is not None:
            end = cm.start()
    # statement.talks_tail: "X stressed the need for calm during Wednesday's talks with Y": the talks are where
    # it was said ("the importance of progress in the talks with Iran" is what was said: "in" stays)
    # (" at " is in many sentences: the pattern's nouns, one of which every match holds, are looked for too)
    if ("during" in sentence or " at " in sentence) and holds_any(sentence, _TALKS_NOUNS):
        tm = _TALKS_TAIL_RX.search(text, span.start, end)
        if tm is not None:
            doc.fire("statement.talks_tail", tm.start(), end)
            end = tm.start()
    return end


def _colon_paragraph(doc: Doc, span: Span, cue_end: int) -> tuple[int, int, bool] | None:
    """The next paragraph, stripped, when the sentence ``span`` ends with a colon right after its cue."""
    text = doc.text
    if text[cue_end : span.end].strip() != ":":
        return None
    i = doc.sent_index(span.start)
    if i < 0 or i + 1 >= len(doc.sentences):
        return None
    first = doc.sentences[i + 1]
    if "\n" not in text[span.end : first.start]:
        return None  # a colon inside a paragraph: the rules of quotes read what follows it
    j = i + 1
    while j + 1 < len(doc.sentences) and "\n" not in text[doc.sentences[j].end : doc.sentences[j + 1].start]:
        j += 1
    end = doc.sentences[j].end
    if end - first.start > _MAX_COLON_PARAGRAPH:
        return None
    return _strip_content(text, first.start, end)


def _make(
    doc: Doc, speakers: list[int], h: Hit, cue_text: str, cue: Cue, cstart: int, cend: int, span: Span, rule: str
) -> StatementDraft | None:
    if rule in _REPORTING_RULES:
        lead = _DISCOURSE_LEAD_RX.match(doc.text, cstart, cend)
        if lead is not None:
            cstart = lead.end()  # "Separately, X is set to ..., a source said": the adverb is the article's
    rules = [rule]
    if cue.base in ("brief", "inform") and cstart > h.end + 1 and doc.text.endswith((" on ", " about "), h.end, cstart):
        rules.append("statement.briefed_on")
    elif (
        cue.base == "warn" and (wm := _WARNED_OBJECT_RX.match(doc.text, h.end, cend)) is not None and wm.end() == cstart
    ):
        rules.append("statement.warned_object")  # "warned Hungary that ...": the object before "that"
    if cstart > h.start and doc.text.find(" and ", cstart, cend) >= 0:
        # statement.action_break: "said the talks were useful and invited Y to Rome": the speaker's next
        # act (no speech act) ends the content
        brk = _action_break(doc.text, cstart, cend, doc.lexicon.action_verbs)
        if brk >= 0:
            cend = brk
            rules.append("statement.action_break")
    if (
        rule == "statement.fronted_quote"
        and doc.text.startswith("“", cstart)
        and doc.text[cstart - 1 : cstart] == "\n"
        and (run := open_paragraphs_before(doc.text, cstart)) < cstart
    ):
        # statement.quote_run_before: '“A.' / '“B.' / '“C,” he stated.': the quote began paragraphs before
        cstart = run
        rules.append("statement.quote_run_before")
    elif (
        rule == "statement.fronted_quote"
        and cend > cstart
        and doc.text[cend - 1] in _QUOTE_CLOSE
        and _quote_mark(doc.text, cstart, cend - 1) < 0
        and (run := _run_open_before(doc.text, cstart)) >= 0
    ):
        # statement.quote_continued_before: '“A.' / 'B. C,” the ministry said.': what was said began there
        cstart = run
        rules.append("statement.quote_continued_before")
    s, e, direct = _strip_content(doc.text, cstart, cend)
    if 2 <= e - s <= 60 and _BARE_OCCASION_RX.fullmatch(doc.text, s, e):
        # "told reporters in Bishkek.", "said in a statement.": no content here; statement.quote_before:
        # what was said is the quoted sentence before ("“We will respond.” Kovac said in a statement.")
        # (with none, the bare phrase stays: the speaker did speak)
        i = doc.sent_index(span.start)
        prev = doc.sentences[i - 1] if i > 0 else None
        if prev is not None and doc.text[prev.start] in _QUOTE_OPEN and cstart > h.start:
            ps, pe, pdirect = _strip_content(doc.text, prev.start, prev.end)
            if pdirect:
                s, e, direct = ps, pe, pdirect
                rules.append("statement.quote_before")
    if e - s >= 2 and doc.text[s] == "“" and (cont := _quote_continues(doc.text, s, e)) > e:
        # statement.quote_continues: 'X said: “A.' then a paragraph opening '“B.”': a quote left open at its
        # paragraph's end goes on in the next one that opens with a quotation mark, up to where it closes
        s, e, direct = _strip_content(doc.text, s, cont)
        direct = True
        rules.append("statement.quote_continues")
    if e - s < 2 and cstart > h.start and (colon := _colon_paragraph(doc, span, h.end)) is not None:
        # statement.colon_paragraph: "The PM said:" ending its paragraph: what was said is the next one, quoted
        # or not (a government's release prints its ministers' words so)
        s, e, direct = colon
        rules.append("statement.colon_paragraph")
    if (
        e - s < 2
        or (e - s <= 10 and _NO_CONTENT_RX.fullmatch(doc.text, s, e))
        or (doc.text[s] == "." and doc.text[s + 1 : s + 2] != ".")
    ):
        # statement.no_content: "..., Richardson said then.", "Misri said and", "X summed up. -06D--": an adverb,
        # a conjunction or a full stop (no ellipsis) where the content would be is none (the quote, if any, is read
        # by the fronted-quote rules)
        return None
    if (
        doc.text.startswith("and ", s)
        and (av := _AND_VERB_RX.match(doc.text, s)) is not None
        and av.group(1) in doc.lexicon.meeting_verbs
    ):
        # statement.shared_object: "X welcomed and met Y in Tehran": the cue shares its object with a meeting
        # verb, a host's welcome, nothing said
        doc.fire("statement.shared_object", h.start, av.end(), doc.text[h.start : av.end()])
        return None
    if direct:
        rules.insert(1, "statement.direct_quote")
    return StatementDraft(
        speakers=list(dict.fromkeys(speakers)),
        cue=cue_text,
        kind=cue.kind,
        content=doc.text[s:e],
        content_span=span_of(s, e),
        evidence=span,
        direct=direct,
        rules=rules,
        cue_start=h.start,
        base=cue.base,
    )


def _without_trailing_article(lead: str) -> str:
    r"""``lead`` less the article and white space it ends with, as ``_TRAILING_ARTICLE_RX.sub("", lead)`` gives it.

    A match ends the text and is the article before its trailing white space, so it starts in the last three
    characters before that white space: the regex is tried there only (a ``sub`` tries it at every position of a
    fronted quote); ``\b`` still reads the character before where the search starts."""
    if not lead[-1:].isspace():
        return lead
    body = len(lead.rstrip())
    m = _TRAILING_ARTICLE_RX.search(lead, body - 3 if body > 3 else 0)
    return lead if m is None else lead[: m.start()]


def _told_tail(doc: Doc, tail: str) -> str | None:
    """Is ``tail`` (after "told") just whom it was told to, and when or where ("reporters in Rome", "a weekly
    press briefing", "The Times of Malta", "the envoy"), up to the sentence's end or a participle cue?
    statement.told_description: a lower-case audience is a role ("the envoy", "his guest")."""
    lx = doc.lexicon
    m = _told_tail_rx(lx.told_media_nouns, lx.told_media_modifiers, lx.told_outlet_kinds).match(tail)
    if m is None:
        return None
    desc = m.group("desc")
    if m.group("media") or m.group("outlet"):
        return "statement.told_media"
    if desc is None:
        return ""
    if doc.lexicon.roles.get(desc) is not None or desc in doc.lexicon.role_plurals:
        return "statement.told_description"
    return None


#: ", both ministries said on Friday.", ", a spokesperson for the military said Thursday.": the last comma's phrase
#: is an attribution (statement.trailing_attribution); no conjunction or relative word opens it
_TRAILING_ATTRIBUTION_RX: Final = re.compile(
    r",\s+(?!(?:and|but|or|as|which|who|whom|whose|while|when|where|because|although|though|if|that|so|"
    r"what|how|after|before|since|until|unless)\b)(?:[^\s,“”\"]+\s+){1,8}?(?:said|says|added|adds|stated|noted|reported|reports)"
    r"(?:\s+[^\s,“”\"]+){0,3}\s*[.]?\s*"
)

#: the words every match of _TRAILING_ATTRIBUTION_RX holds ("said", "added", ...)
_TRAILING_ATTRIBUTION_WORDS: Final = required_words(_TRAILING_ATTRIBUTION_RX)

#: " Reuters ", " Foreign Minister Lavrov " after "told", before a clause's pronoun or article (statement.told_name)
_TOLD_NAME_RX: Final = re.compile(
    # (an outlet's name may take its article: "told the Herald the talks were useful")
    r"\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s+"
    r"(?=(?:it|he|she|they|we|there|the|a|an|his|her|their|its)\s)"
)

_TRAILING_ARTICLE_RX: Final = re.compile(r"(?:\b(?:the|a|an)\s+)$", re.IGNORECASE)

#: "..., who asked not to be named": the sources' condition, not a statement
_ATTRIBUTION_WORDS: Final = required_words(_ATTRIBUTION_END)

#: a call closing a sentence: "... in a phone call on Monday.", "... during a video call"
_CALL_TAIL: Final = re.compile(
    # ",?\s+" as a class of first characters (the regex engine skips to its candidates at once; an optional comma
    # first had it try every position), the lookbehind saying which it was, as in _COORD_LEFT
    r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:in|during|over)\s+(?:an?|their|the)\s+(?:tele)?(?:phone|video)\s+"
    r"(?:call|conversation|conference|talks)"
    r"(?:\s+(?:on|last|this)\s+\w+|\s+(?:today|yesterday|earlier))?\s*[.]?\s*$"
)

#: " during Wednesday's talks with Y." closing a sentence (statement.talks_tail)
_TALKS_TAIL_RX: Final = re.compile(
    # ",?\s+" as a class of first characters, as in _CALL_TAIL
    r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:during|at)\s+(?:(?:an?|the|his|her|their)\s+|\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|meetings|conversation|consultations)\s+with\s+(?:(?!\sthat\s)[^;“”\"]){1,160}?[.!?]?\s*$"
)

#: the nouns every match of _TALKS_TAIL_RX holds ("meetings" holds "meeting")
_TALKS_NOUNS: Final = ("meeting", "talks", "conversation", "consultations")

#: ", in a statement carried by KCNA.", ", in a post on X on Monday.", ", in his opening remarks at the meeting."
#: closing a sentence (statement.occasion_tail)
_OCCASION_TAIL_RX: Final = re.compile(
    r",[”\"’]?\s+in\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|interview|message|letter|"
    r"communiqu[eé]|press release|remarks|speech|address)\b[^,“”\"]*[.!?]?\s*$"
)

_OCCASION_WORDS: Final = required_words(_OCCASION_TAIL_RX)

_LEAD_TIME_RX: Final = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
    # an interrupted cue, "agreed, during the closed-door talks, to set up ...": an occasion set off by
    # commas between the cue and its content
    r"|,\s+(?:during|at|in|after|on)\s+(?:the|a|an|their|his|her|its|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b[^,.;:“”\"]{0,60}+,(?=\s+(?:to|that|the|a|an)\b)"
)

#: "and met ", "and then briefed ": the verb after "and" (statement.shared_object)
_AND_VERB_RX: Final = re.compile(r"and\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")

#: ", and invited ", " and then briefed ": _AND_VERB_RX after a space or a comma (statement.action_break), the
#: literal first (the lookbehind reads the character before "and"; the spaces or comma before it are read by hand)
_ACTION_AND_RX: Final = re.compile(r"and(?<=[\s,]and)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")

#: a content that is one adverb or conjunction: "then", "and" (statement.no_content)
_NO_CONTENT_RX: Final = re.compile(
    r"(?i:then|and|or|but|so|too|also|again|earlier|later|afterwards|this|that|it|here|there|today|yesterday)"
)

#: a content that is only the audience or the occasion: "reporters in Bishkek", "in a statement"
_BARE_OCCASION_RX: Final = re.compile(
    r"(?:(?:reporters|journalists|the press|the media|lawmakers)(?:\s+(?:in|at|on|after)\s+[^,;]{1,40})?|"
    r"(?:in|on)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|press conference|"
    r"message|post|briefing|speech|address)(?:\s+on\s+\w+)?|on\s+[A-Z]\w+)"
)

_DISCOURSE_LEAD_RX: Final = re.compile(
    r"\s*(?:Separately|Meanwhile|However|Additionally|Moreover|Furthermore|In addition|Also|Elsewhere),\s*"
)
