"""Statement rules: who said, stressed, condemned, called for what.

Every reporting cue of the lexicon in a sentence is a candidate; it becomes a statement
only when a rule finds its speaker:

* ``statement.finite``: a subject right before the cue ("Rahimi further welcomed ...");
* ``statement.coordinated``: a cue joined to the one before ("..., voiced support for B and
  stressed the need for C"), sharing its speaker;
* ``statement.participle``: ", stressing the need for D" after a clause with a speaker;
* ``statement.fronted_participle``: "Describing X as Y, the minister said ...";
* ``statement.fronted_quote``: "“...,” he said." and "..., said Wang.";
* ``statement.according_to``: "according to (a statement issued by) X";
* ``statement.account_whole``: "According to the ministry, A welcomed X and urged Y": the account's
  content is the whole clause; A's own cues are statements of their own;
* ``statement.according_to_aside``: "X, according to a statement from Y, urged ...": Y's account
  is a statement whose content is the rest of the clause (X's own cue stays X's: the
  content of a cue after the aside runs to the end of the sentence);
* ``statement.trailing_source``: "..., people familiar with the matter said", "..., the people
  said", "..., his office said", "..., the readout said": a source no actor rule names, after
  what it reports;
* ``statement.relative_who``: "..., Salcedo, who had accused China of ...": the relative
  pronoun's antecedent is the speaker;
* ``statement.anonymous_source``: "Western diplomats said", "Two EU diplomats told the paper",
  "..., experts said": a plural source noun with no determiner is an unnamed group that speaks;
* ``statement.fronted_title``: "..., presidential spokesman X said", "according to presidential
  spokesman X": lower-case words before the speaker's title.

A cue without a speaker yields nothing. Content runs from the cue to the end of the clause
(the next coordinated cue or the end of the sentence), copied from the text.
"""

from __future__ import annotations

import functools
import re
import string
from typing import Final, cast

import attr  # attr.s, not attrs.define: see rules/doc.py

from newsfacts.lexicon import Cue, Lexicon
from newsfacts.models import Span
from newsfacts.prefilter import WordSets, foldable, holds_any, required_words
from newsfacts.rules.actors import ASIDE_GERUNDS, DESCRIBING_NOUN, SPEECH_OCCASIONS
from newsfacts.rules.coref import female_keys, open_paragraphs_before, role_fits, subjectish
from newsfacts.rules.doc import ABBREV_PERIOD, Doc, Entity, Hit, Mention
from newsfacts.rules.doc import span as span_of
from newsfacts.rules.meetings import (
    MeetingState,
    group_keys,
    relative_pronoun_subject,
    source_entity,
    subject_before,
    unnamed_entity,
)
from newsfacts.rules.meetings import _keys as meeting_keys

_COORD_LEFT: Final = re.compile(
    # a class of first characters opens the pattern (the regex engine skips to its candidates at once); the
    # lookbehinds say which it was: ", and", "; ", " and " (one space or more), as the plain alternation did
    # (statement.as_well_as: "said that A as well as expressed B": a second cue of the subject)
    r"[,;\s](?:(?<=,)\s*(?:and\s+|while\s+|but\s+)?|(?<=;)\s*|(?<=\s)\s*(?:and\s+while|and|while|but|as\s+well\s+as)\s+)"
    r"(?:also\s+|further\s+|then\s+|"
    r"finally\s+|once again\s+|again\s+|in turn\s+|has\s+|have\s+|had\s+|[a-z]{3,}ly\s+)*$"
)
#: the last words a match of _COORD_LEFT can end on (before its trailing spaces), besides "...ly" adverbs
_COORD_LAST_WORDS: Final = frozenset(
    {"and", "while", "but", "also", "further", "then", "finally", "again", "turn", "has", "have", "had", "as"}
)


def _coord_left(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_COORD_LEFT.search(text, lo, end)``, the regex run only when the window's last non-space character could
    end a match: a comma, a semicolon, or a word of _COORD_LAST_WORDS or a "...ly" adverb (the scan tries every
    position of the window; most windows end on a name or a noun)."""
    # the window up to its last non-space character, and its last run of a-z letters: strips in C, not a loop per
    # character (``lo`` is never negative)
    window = text[lo:end].rstrip()
    if not window:
        return None
    c = window[-1]
    if c != "," and c != ";":
        word = window[len(window.rstrip(string.ascii_lowercase)) :]
        if word not in _COORD_LAST_WORDS and not (len(word) >= 5 and word.endswith("ly")):
            return None  # (no lower-case word: nothing the pattern ends on)
    return _COORD_LEFT.search(text, lo, end)


def _coord_left_memo(doc: Doc, lo: int, end: int) -> re.Match[str] | None:
    """``_coord_left(doc.text, lo, end)``, remembered per window for the article: a coordinated cue's window is read
    by _finite, then again by _trim_coordinated (the same one when the content starts before it)."""
    key = ("statements.coord_left", lo, end)
    if key in doc.memo:
        # (no isinstance test on re.Match: the compiled build's check of that class differs from CPython's)
        return cast("re.Match[str] | None", doc.memo[key])
    found = doc.memo[key] = _coord_left(doc.text, lo, end)
    return found


#: adverbs and auxiliaries between a subject and its cue: "A spokesman for X also stressed", "... has said",
#: "... once again called for", "... categorically denied"
_CUE_LEFT_GAP: Final = (
    r"(?:(?:also|still|now|again|once\s+again|jointly|further|later|earlier|then|first|has|have|had|was|were|"
    r"[a-z]{3,}ly)\s+){0,3}"
)
_BODY_CUE_GAP_RX: Final = re.compile(r"\s+" + _CUE_LEFT_GAP)
#: a past-tense cue word opening a listed clause ("..., voiced support for B and ...": statement.listed_cue)
_LISTED_CUE_RX: Final = re.compile(r"[a-z]+ed\b")
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
_THAT: Final = re.compile(
    r"(?:\s+(?:on \w+(?: (?:morning|afternoon|evening|night))?|"
    # "said Thursday that": a bare weekday
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?|"
    r"in (?:a|the|his|her|its|their) (?:\w+ ){0,2}"
    r"(?:statement|meeting|press conference|interview|message|letter|tweet|remarks|speech|conference|post|address|"
    r"briefing|op-ed|article|broadcast|video|call)"
    r"(?: (?:on|in) [^,.;]{1,30}?)?|earlier|later|also|again|at the time|here|today|yesterday|once again|"
    r"further|repeatedly|explicitly|clearly|firmly|"
    # "said last week that ...", "said earlier this month that ..."
    r"(?:earlier |later )?(?:last|this|next) (?:week|month|year)))*\s*(?:,\s*)?(?:that\b|:)\s*"
)
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
_BRIEFED_ON_RX: Final = re.compile(r"\s+(?!(?:on|about)\b)[^.;,“”\"]{1,50}?\s(?:on|about)\s+")
_TOLD: Final = re.compile(r"\s+[^.;“”\"]{1,60}?(?:\s+that\b|:)\s*")
#: "told reporters ...", "told a news conference on Monday ...": who heard it, before a content without "that"
_TOLD_AUDIENCE_RX: Final = re.compile(
    r"\s+(?:reporters|journalists|the press|the media|lawmakers|parliament|state (?:media|television|TV)|"
    r"(?:an?|the)\s+(?:(?:joint|weekly|regular|daily|special|virtual)\s+)?(?:press|news)\s+(?:conference|briefing))"
    r"(?:\s+(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:today|yesterday)|"
    r"\s+in\s+the\s+(?:morning|afternoon|evening))?"
    # "told reporters both missiles fell", "told reporters 'the chemistry was good'": a quantifier or a single quote
    r"(?:,\s*|\s+)(?=[“\"‘']|(?:the|a|an|it|he|she|they|we|his|her|their|its|there|both|all|no|none|this|that|"
    r"these|those)\b|[A-Z])"
)
_QUOTE_OPEN: Final = '“"‘'
_QUOTE_CLOSE: Final = '”"’'
_FRONT_TAIL: Final = re.compile(
    # "..., said the sources, who asked not to be named." / "..., speaking on condition of anonymity."
    # "..., said Fayez, as he called for aid." (statement.fronted_quote: the clause after "as" is its own)
    r"(?:,\s*(?:who|speaking|without|as)\b[^“”\"]*)?"
    # statement.fronted_quote: '"...," he said as he described the talks as "frank."': a clause of its own subject
    # after the cue, quotes and all (possessive: the rest of the sentence, never backtracked)
    r"(?:,?\s+(?:as|while|when)\s+(?:he|she|they)\s+[a-z]+\b.*+)?"
    # "..., President X said receiving Minister Y" (statement.fronted_quote): the occasion after the cue
    r"(?:\s*(?:receiving|welcoming|hosting)\s+(?:the\s+)?[A-Z][^“”\"]*)?"
    r"(?:\s*(?:in|on|at|after|before|during|ahead|following|prior|of|to|by|while|amid|as|when|earlier|later|here|"
    r"today|yesterday|"
    # "..., Erdogan said Thursday in a joint press conference": a bare weekday after the cue
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"also|in a|in his|in her|in its|last|late|early|afterwards?|separately|then|recently|"
    # statement.fronted_quote_ago: '"...," said Spokesman X a few days ago.': the time the words were said
    r"(?:a\s+few|a|one|two|three|four|five|six|several|some)\s+(?:hours?|days?|weeks?|months?)\s+ago|"
    # "this week", not "said this is a violation": a demonstrative is what was said
    r"this\s+(?:week|weekend|month|year|morning|afternoon|evening|time))\b[^“”\"]*)?\s*[.!?]?[\"”’]?\s*$"
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
        r"(?:\s+(?:on|in|at|after|before|during|outside|following|ahead\s+of|earlier|later|afterwards?|today|yesterday|"
        r"early|late)\b[^“”\"]*?)?"
        # the sentence's end, or a participle cue (", adding that", ", while insisting that"), or an aside on the
        # place or time (", where she stayed")
        r"(?:\s*[.!?]?[\"”’]?\s*$|(?=,\s*(?:while\s+)?[a-z]{3,}ing\s)|,\s*(?:where|when)\s[^“”\"]*$)"
    )


_ATTRIBUTION_END: Final = re.compile(
    r",\s*(?:according to\b|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:reported|quoted)\b)[^“”\"]*$"
)
_ACCORDING_SOURCE: Final = re.compile(
    r"\s*(?:(?:(?:an?|the)\s+(?:\w+\s+){0,2}|(?:\w+\s+){0,2}(?=(?:statements|reports|readouts|releases|figures|data|"
    r"estimates|statistics)\b))"
    # "according to figures from the central bank", "according to data from the institute": a body's own account
    # "according to a note from the Farnesina": a ministry's note verbale or press note is its statement
    r"(?:statement|report|communiqu[eé]|readout|release|note|website|announcement|spokesman|spokeswoman|spokesperson|"
    r"figure|data|estimate|statistic)s?"
    # "according to a readout of the call publicized by X" (statement.according_to_body): the talks it tells of
    r"(?:\s+of\s+the\s+(?:call|talks|meeting|conversation))?"
    r"(?:\s+(?:issued|released|published|posted|publici[sz]ed|circulated|distributed))?"
    r"(?:\s+(?:by|of|from|on))?(?:\s+|(?=[.,;]))|"
    # "according to spokesman Stefan Kornelius": the title without an article
    r"(?:government\s+|chief\s+|deputy\s+)?(?:spokesman|spokeswoman|spokesperson)\s+)?"
)
#: rules whose subject may stand after what it reports ("..., a spokesperson for the ministry said")
_LEAD_RULES: Final = frozenset(
    {
        "statement.finite",
        "statement.source_in_body",
        "statement.spokesperson_of_body",
        "statement.org_description",
        "statement.generic_possessive_role",
        "statement.statement_by",
        "statement.body_head",
        "statement.possessive_body",
        "statement.demonym_body",
        "statement.statement_by_body",
        "statement.its_spokesperson",
        "statement.singular_source",
        "statement.office_of_person",
        "statement.anonymous_source",
        "statement.press_service",
    }
)


#: a sentence with more cues or mentions than this is no natural sentence (see extract_statements)
MAX_CUES: Final = 40
MAX_MENTIONS: Final = 120


@attr.s(auto_attribs=True, slots=True)
class StatementDraft:
    """A statement before ids are given."""

    speakers: list[int]
    cue: str
    kind: str
    content: str
    content_span: Span
    evidence: Span
    direct: bool
    rules: list[str]
    cue_start: int
    target: int | None = None
    source: str | None = None
    meeting: int | None = None
    sent: int = -1
    #: the cue's base form ("describe"), for content rules that apply after some cues only
    base: str = ""


@attr.s(auto_attribs=True, slots=True)
class StatementState:
    """The last statement source ("the statement said" refers to it)."""

    source: list[int] = attr.ib(factory=list)
    #: the last quoted statement's speaker (-1: none), its cue and cue base, where its paragraph ends, and where
    #: a quote paragraph read as its continuation ends (statement.quote_paragraph)
    quote_speaker: int = -1
    quote_cue: str = ""
    quote_base: str = ""
    quote_end: int = -1
    quote_skip: int = -1
    quote_open: bool = False


def _cue_of(doc: Doc, h: Hit) -> Cue | None:
    return doc.lexicon.cues.get(h.text.lower())


def _first_quote(text: str, span: Span) -> int:
    """Where the sentence's first quotation mark stands (its end when it has none): a cue
    before it cannot be inside quotes."""
    q = _quote_mark(text, span.start, span.end)
    return q if q >= 0 else span.end


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


def _quote_mark(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the first quotation mark (“, ” or ", the marks :func:`_inside_quotes` counts) of ``text[start:end]``
    stands, -1 when it has none: three substring searches are several times cheaper than a regex's scan of the
    characters (``start`` and ``end`` are never negative here)."""
    found = text.find('"', start, end)
    if found >= 0:
        end = found  # a curly mark counts only before it
    i = text.find("“", start, end)
    if i >= 0:
        found = end = i
    i = text.find("”", start, end)
    return i if i >= 0 else found


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    # outlets mix straight and curly quotes ("...” ), so count them together
    chunk = text[start:pos]
    return (chunk.count("“") + chunk.count("”") + chunk.count('"')) % 2 == 1


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


def _run_open_before(text: str, pos: int) -> int:
    """Where a quote opens that runs on, unclosed, over the paragraphs before the one holding ``pos`` (whose
    words before ``pos`` hold no quotation mark): the first of those paragraphs; -1 when none does."""
    para = text.rfind("\n", 0, pos) + 1
    if para == 0 or _quote_mark(text, para, pos) >= 0:
        return -1
    before = text[:para].rstrip()
    prev = before.rfind("\n") + 1
    if not before or text[prev] not in _QUOTE_OPEN or _quote_mark(before, prev + 1) >= 0:
        return -1
    return open_paragraphs_before(text, prev)


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


def _strip_content(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Trim a content span: spaces, a trailing period, enclosing quotes when the whole is quoted."""
    # the ends stepped over in place, as ``text[start:end].lstrip(" ,:;\t").rstrip(" \t.;,")`` would cut them: a
    # character or two each, no copies of the content
    while start < end and text[start] in " ,:;\t":
        start += 1
    while end > start and text[end - 1] in " \t.;,":
        end -= 1
    if start >= end:
        return start, end, False
    direct = False
    if start < end and text[start] in _QUOTE_OPEN:
        close = _find_close(text, start, end)
        if close is not None and close >= end - 2:
            direct = True
            start += 1
            end = close
            # the sentence's comma before the closing mark of a fronted quote ("…a historic moment," he said) is
            # no part of what was said, as its period is not
            while end > start and text[end - 1] in " \t.,":
                end -= 1
        elif close is not None and close - start > (end - start) * 0.6:
            direct = True
    elif (
        start < end - 1
        and text[end - 1] in _QUOTE_CLOSE
        and text[end - 2] in ",.!?"
        and _quote_mark(text, start, end - 1) < 0
    ):
        # the closing mark of a quote opened in the paragraph before (statement.quote_continued_before)
        end -= 1
        while end > start and text[end - 1] in " \t.,":
            end -= 1
        direct = True
    return start, end, direct


def _find_close(text: str, start: int, end: int) -> int | None:
    opener = text[start]
    closer = {"“": "”", '"': '"', "‘": "’"}[opener]
    i = text.find(closer, start + 1, end + 2)
    return i if i >= 0 else None


def _speaker_keys(doc: Doc, m: Mention, mstate: MeetingState, sstate: StatementState) -> list[int]:
    if rel := relative_pronoun_subject(doc, m):
        return rel
    if (
        m.kind == "pronoun"
        and m.rule not in ("coref.honorific", "coref.host_guest", "coref.org_head_description")
        and mstate.last_speaker is not None
        and m.sent - mstate.last_speaker[1] <= 3
    ):
        refs = doc.refs_of(m)
        if len(refs) == 1 and refs[0] != mstate.last_speaker[0] and _gender_differs(doc, m, mstate.last_speaker[0]):
            return [refs[0]]  # coref.female_pronoun: "she said" after a man spoke is the woman it refers to
        if len(refs) == 1 and refs[0] != mstate.last_speaker[0] and _named_before_in_sentence(doc, m, refs[0]):
            # statement.pronoun_same_sentence: "MP X of the bloc criticized what he described as ...": the
            # person named earlier in the pronoun's own sentence is whom it refers to, not the last speaker
            return [refs[0]]
        if (
            len(refs) == 1
            and refs[0] != mstate.last_speaker[0]
            and _opened_since(doc, refs[0], mstate.last_speaker[1], m.sent)
        ):
            # statement.pronoun_last_subject: "Kovac said A. Li then met the delegation. He said B.": the
            # person a sentence opened with since the last speaker spoke is whom "he" is
            return [refs[0]]
        return [mstate.last_speaker[0]]
    if m.kind in ("unnamed", "desc") and doc.refs_of(m):
        return list(doc.refs_of(m))
    if m.kind == "group":
        return group_keys(doc, m, mstate)
    if m.kind == "source":
        return [source_entity(doc, m).key]
    if m.kind == "cgroup" or (m.kind == "bodyref" and not doc.refs_of(m)):
        return meeting_keys(doc, m, mstate)
    if m.kind == "unnamed" and m.members:
        return [unnamed_entity(doc, m.role or "Leader", c).key for c in m.members]
    keys = list(doc.refs_of(m))
    if keys and all(doc.entity(k).kind == "place" for k in keys):
        return []
    if m.kind == "pronoun" and len(keys) == 1 and _named_in_fronted_content(doc, m, keys[0]):
        # (with no person before, the one the words name is whom "she" is: "President X held a call, she said")
        return _fronted_pronoun_antecedent(doc, m) or keys
    return keys


def _desc_last_speaker(doc: Doc, m: Mention, mstate: MeetingState) -> int:
    """statement.desc_last_speaker: "X said the talks were fruitful, after his meeting with his counterpart Y.
    'We agree on all,' the minister noted": a description of no country after a quote is who spoke
    last (the sentence before), when they hold its role as well, not the one named last who never spoke nor
    opened a clause since; -1 when that does not hold."""
    ls = mstate.last_speaker
    refs = doc.refs_of(m)
    if ls is None or len(refs) != 1 or refs[0] == ls[0] or m.sent - ls[1] != 1 or not m.role:
        return -1
    e, speaker = doc.entity(refs[0]), doc.entity(ls[0])
    fit = role_fits(doc.lexicon, m.role, speaker)
    if e.kind != "person" or speaker.kind != "person" or fit == 0 or fit < role_fits(doc.lexicon, m.role, e):
        return -1  # the one named last holds the role better ("the foreign minister" of a premier and a minister)
    if m.country:
        same = e.unnamed and speaker.country is None and speaker.role_head == m.role
        if fit < 2 or not (speaker.country == m.country or same):
            # "the Polish president" who spoke is one of that country, or a president of none told (when no one
            # named holds it: "the Indian minister" after a foreign minister of no country is another)
            return -1
    elif not _AFTER_QUOTE_RX.search(doc.text, max(0, m.start - 4), m.start):
        return -1  # with no country, only a description after the quote it closes ('"...," the minister noted')
    for n in doc.mentions_between(doc.sentences[ls[1]].start, m.start):
        if refs[0] in doc.refs_of(n) and subjectish(doc, n):
            return -1  # the one described opened a clause since: "..., Y said"
    doc.fire("statement.desc_last_speaker", m.start, m.end, speaker.name)
    return ls[0]


def _gender_differs(doc: Doc, m: Mention, key: int) -> bool:
    """coref.female_pronoun: is the pronoun ``m`` "she" and ``key`` no woman a title told, while the pronoun's
    antecedent is one (or "he" and ``key`` one)?"""
    female = female_keys(doc)
    if not female:
        return False
    refs = doc.refs_of(m)
    she = m.text.lower() == "she"
    if she:
        return key not in female and refs[0] in female
    return m.text.lower() == "he" and key in female and refs[0] not in female


def _dash_quote_start(text: str, span: Span) -> int:
    """statement.dash_quote: "- We see more ships. Both states share the task, he said.": a line opened by a dash
    is a quote (the Nordic and East European press's quotation mark) that runs to the cue closing it; where its
    words start, else -1."""
    ls = text.rfind("\n", 0, span.start) + 1
    if text[ls : ls + 2] not in _DASH_OPENERS or span.start - ls > 600:
        return -1
    return ls + 2


def _named_in_fronted_content(doc: Doc, m: Mention, key: int) -> bool:
    """statement.fronted_pronoun: "The question of X in the Second World War was open, he said.": is ``key``,
    what "he" was read as, named only inside the words the pronoun's cue reports (the pronoun follows them after a
    comma or a closing quote)? Those words cannot hold whom the pronoun refers to."""
    start = doc.sentences[m.sent].start
    if _comma_or_quote_before(doc.text, start, m.start) < 0:
        return False
    return all(start <= a < m.start for a, _b in doc.entity(key).mentions if a < m.start)


def _fronted_pronoun_antecedent(doc: Doc, m: Mention) -> list[int]:
    """statement.fronted_pronoun: the person the last sentences before the pronoun's own (three at most) have
    as a subject, the nearest first; none when there is none."""
    for i in range(m.sent - 1, max(-1, m.sent - 4), -1):
        for x in reversed(doc.sentence_mentions(i)):
            refs = doc.refs_of(x)
            if len(refs) == 1 and doc.entity(refs[0]).kind == "person" and subjectish(doc, x):
                doc.fire("statement.fronted_pronoun", m.start, m.end, doc.entity(refs[0]).name)
                return [refs[0]]
    return []


def _named_before_in_sentence(doc: Doc, m: Mention, key: int) -> bool:
    """Is ``key`` (a person) named by a name mention before ``m`` in ``m``'s sentence?"""
    if doc.entity(key).kind != "person":
        return False
    start = doc.sentences[m.sent].start
    for x in doc.sentence_mentions(m.sent):
        if x.start >= m.start:
            return False
        if x.kind == "name" and key in doc.refs_of(x):
            # the sentence's subject, outside quotes ("“Meeting X is not planned,” he said" is no reference to X)
            return (
                subjectish(doc, x)
                and not _inside_quotes(doc.text, start, x.start)
                and "“" not in doc.text[start : m.start]
                and '"' not in doc.text[start : m.start]
            )
    return False


def _opened_since(doc: Doc, key: int, after: int, before: int) -> bool:
    """Did a sentence after sentence ``after`` and before ``before`` open with ``key`` (a person) as its subject?"""
    if doc.entity(key).kind != "person":
        return False
    for i in range(before - 1, after, -1):
        ms = doc.sentence_mentions(i)
        if ms and ms[0].lo - doc.sentences[i].start <= 4 and subjectish(doc, ms[0]):
            return key in doc.refs_of(ms[0])
    return False


def _statement_ref(
    doc: Doc, pos: int, sstate: StatementState, span: Span | None = None, mstate: MeetingState | None = None
) -> tuple[list[int], int, str] | None:
    """'the statement said', 'the report said', 'it added': the last statement source."""
    window = doc.text[pos - 30 if pos > 30 else 0 : pos]
    if not window.rstrip().endswith(_STATEMENT_REF_ENDS):
        return None  # the pattern ends on one of these words and white space: most cues follow another word
    m = _STATEMENT_REF_RX.search(window)
    if m is None:
        return None
    # statement.according_to_issuer: "The ministry issued a statement. The statement added that ...": no
    # statement of a body read yet, the body that issued one
    sent = doc.sent_index(pos)
    rule = "statement.finite"
    source: list[int] = []
    if m.group().strip()[:1] in "Ii" and sent > 0:
        # statement.it_body: "The ministry summoned the envoy. It said ...": the body the sentence before
        # opened with, before any source read earlier
        prev = doc.sentences[sent - 1]
        keys = _clause_subject(doc, prev, doc.sentence_mentions(sent - 1), MeetingState(), prev.end)
        if keys and _all_of_kind(doc, keys, "organization"):
            source = keys
            if set(keys) != set(sstate.source):
                rule = "statement.it_body"
    if not source:
        source = list(sstate.source)
    if not source and (source := _statement_issuer(doc, sent)):
        rule = "statement.according_to_issuer"
    if (
        not source
        and span is not None
        and mstate is not None
        and m.group().lower().startswith(("the communiqu", "the declaration", "the joint"))
        and (source := _communique_parties(doc, span, mstate))
    ):
        rule = "statement.communique_parties"  # "The declaration reaffirmed ...": the talks' parties issued it
    if not source:
        return None
    return source, pos - (len(window) - m.start()), rule


def extract_statements(doc: Doc, sent: int, mstate: MeetingState, sstate: StatementState) -> list[StatementDraft]:
    """Apply the statement rules to one sentence."""
    span = doc.sentences[sent]
    text = doc.text
    if sstate.quote_skip > span.start:
        return []  # the next sentences of a quote paragraph read whole (statement.quote_paragraph)
    if sstate.quote_end >= 0 and text.startswith("“", span.start):
        qp = _quote_paragraph(doc, span, sstate)
        if qp is not None:
            qp.sent = sent
            _set_kind(doc, qp)
            return [qp]
    lexicon_cues = doc.lexicon.cues
    fronting_verbs = doc.lexicon.fronting_verbs
    cues = [(h, low, cue) for h, low in doc.sentence_words_lower(sent) if (cue := lexicon_cues.get(low)) is not None]
    citing = text.find(", citing ", span.start, span.end)
    if not cues and citing < 0:
        return []
    if text[span.end - 1].isalnum() and cues and cues[0][1].endswith("s") and _heading_line(text, span):
        doc.fire("statement.heading_line", span.start, span.end)
        return []
    mentions = doc.sentence_mentions(sent)
    if len(cues) > MAX_CUES or len(mentions) > MAX_MENTIONS:
        return []  # no natural sentence holds this many: a list or garbage, skipped to stay linear
    out: list[StatementDraft] = []
    end = -1  # where the sentence's content may run to, found when first needed
    first_quote = _first_quote(text, span)
    for h, low, cue in cues:
        if (
            cue.form == "base"
            and not text[h.start - 10 if h.start > 10 else 0 : h.start].lower().endswith("on to ")
            and not _present_plural(doc, h, span, mentions, mstate)
        ):
            continue
        if (
            h.text[0].isupper()
            and h.start > span.start
            and _NAME_WORD_LEFT_RX.search(text, h.start - 30 if h.start > 30 else 0, h.start)
        ):
            continue  # statement.name_word: "officials of the United States on the issue": a word of a name, no cue
        # the words before the cue less the white space before it (as far back as the widest window below): each
        # pattern below ends on a word of its own and white space at the cue; that word is looked for first
        left = text[h.start - 22 if h.start > 22 else 0 : h.start].rstrip() if cue.form == "finite" else ""
        if cue.form == "finite" and low[-1:] == "s" and _NOUN_CUE_AFTER_RX.match(text, h.end, span.end):
            continue  # "Central Asian states have been ...", "the demands were met": a plural noun, no cue
        if (
            cue.form == "finite"
            and low[-1:] in "dn"
            and left.endswith(_DETERMINER_ENDS)
            and _DETERMINER_LEFT_RX.search(text, h.start - 5 if h.start > 5 else 0, h.start)
        ):
            continue  # statement.adjective_participle: "delivered a written message": an adjective, no cue
        if cue.form == "finite" and low[-1:] != "s" and " " not in low and _BY_AGENT_RX.match(text, h.end, span.end):
            continue  # statement.passive_participle: "the peninsula claimed by Chile", "the measures announced by X"
        if (
            cue.form == "finite"
            and low[-1:] == "s"
            and left.endswith(_NOUN_CUE_LEFT_ENDS)
            and _NOUN_CUE_LEFT_RX.search(text, h.start - 8 if h.start > 8 else 0, h.start)
        ):
            continue  # statement.noun_form: "in remarks to the press", "its calls for": a noun, no cue
        if (
            cue.form == "finite"
            and " " not in low
            and left.endswith(_BE_LEFT_ENDS)
            and _BE_LEFT_RX.search(text, h.start - 22 if h.start > 22 else 0, h.start)
        ):
            continue  # statement.passive_be: "the clause is written more broadly", "it was said that": no speaker
        if (
            h.start > first_quote
            and _inside_quotes(text, span.start, h.start)
            and not _quoted_cue(text, h)
            and not _quote_opens_at(text, h)
            and not _continued_quote_closes(doc, span, first_quote, h.start)
        ):
            # statement.quoted_parties: a quoted readout in which the meeting's parties speak
            inner_st = _quoted_party(doc, h, cue, low, span, mentions, mstate, out)
            if inner_st is not None:
                out.append(inner_st)
            continue
        if low == "according to":
            st = _according_to(doc, h, span, mentions, mstate, sstate, out)
            if st is not None:
                out.append(st)
            continue
        if end < 0:
            end = _sentence_end(doc, span)
        st = None
        if cue.form == "finite" and cue.base in fronting_verbs:
            st = _trailing_source(doc, h, cue, span, mentions, mstate, sstate)
        if st is not None:
            pass
        else:
            # "Muttaqi, according to a statement from X, urged ...": an attribution before the cue is an aside
            cend = end if end > h.start else span.end
            if cue.form == "participle":
                st = _participle(doc, h, cue, span, cend, mentions, mstate, sstate, out)
            else:
                st = _finite(doc, h, cue, span, cend, mentions, mstate, sstate, out)
        if st is None:
            continue
        if low == "reports" and (
            text.startswith((" to ", " from "), h.end) or all(doc.entities[k].kind == "person" for k in st.speakers)
        ):
            # statement.press_reports: "our correspondent X reports from the palace that ...", "he reports to the
            # minister": a person who reports in the present tense is the press, or answers to someone; no statement
            doc.fire("statement.press_reports", h.start, h.end, h.text)
            continue
        if cue.form == "base" and st.rules[0] == "statement.finite":
            st.rules[0] = "statement.present_plural"
        if cue.requires is not None and not (
            cue.requires.search(_after_time(text, h.end, span.end)) or cue.requires.search(st.content)
        ):
            continue
        if st.content[:3] in _OCCASION_OPENERS and _OCCASION_ONLY_RX.fullmatch(st.content) is not None:
            # statement.occasion_only: "..., International Relations and Cooperation Minister X said at a press
            # conference on Wednesday.": where and when it was said is no content
            doc.fire("statement.occasion_only", h.start, h.end, st.content)
            continue
        if h.start > first_quote and _quote_opens_at(text, h):
            if len(st.speakers) > 1 or _all_of_kind(doc, st.speakers, "country"):
                # 'the office said the leaders "confirmed ..."', 'the Russian side "drew attention to ..."': a
                # readout's account of the talks
                continue
            st.rules.append("statement.quote_opens_at_cue")
            st.direct = True  # what follows the cue is the quote's
        out.append(st)
        if (
            len(st.speakers) == 1
            and doc.entities[st.speakers[0]].kind == "person"
            # "X said Y also congratulated him. He added ...": the one reported inside another's report is not who
            # spoke last; the reporter is
            and not any(
                # (a fronted report, "..., X highlighted", is the outer one: its cue stands after the words)
                st.content_span.start > st.cue_start
                and o.cue_start < o.content_span.start <= st.cue_start < o.content_span.end
                and len(o.speakers) == 1
                and doc.entities[o.speakers[0]].kind == "person"
                for o in out[:-1]
            )
        ):
            mstate.last_speaker = (st.speakers[0], sent)
        if _all_of_kind(doc, st.speakers, "organization"):
            sstate.source = list(st.speakers)  # "the statement said", "it added" refer to it
        elif "statement" in text[h.end : h.end + 40] and _IN_STATEMENT_RX.match(text, h.end) is not None:
            # statement.person_statement_source: "X said in a statement: ... The statement blamed Y": a person's
            # written statement is the source "the statement" refers to next
            sstate.source = list(st.speakers)
            doc.fire("statement.person_statement_source", h.start, h.end, st.cue)
    if citing >= 0 and (cst := _citing_source(doc, citing, span, mentions, mstate, sstate, out)) is not None:
        out.append(cst)
        if _all_of_kind(doc, cst.speakers, "organization"):
            sstate.source = list(cst.speakers)
    if len(out) > 1:  # one statement has nothing to be trimmed by or embedded in
        _trim_coordinated(doc, out)
        out = [st for st in out if not _embedded_country(doc, st, out, mentions)]
    for st in out:
        st.sent = sent
        if st.rules[0] in _REPORTING_RULES and any(
            o is not st and st.content_span.start <= o.cue_start < st.content_span.end for o in out
        ):
            continue  # statement.report_of_report: "X condemned Y, the ministry said" reports; it says
        _set_kind(doc, st)
    # (the anonymity pattern is anchored at the content's start: its first letter is n or a)
    kept = [
        s for s in out if s.content and s.speakers and not (s.content[0] in "nNaA" and _ANONYMITY_RX.match(s.content))
    ]
    for s in kept:
        if s.base in fronting_verbs and s.content[0] in "aAtT" and _DOCUMENT_SOURCE_RX.match(s.content):
            # statement.inverted_document: "X condemned Y, said a statement by the presidency": the words after the
            # cue name the document that reports the sentence, no content of the subject's
            doc.fire("statement.inverted_document", s.cue_start, s.content_span.end, s.content[:40])
            kept = [k for k in kept if k is not s]
            break
    if kept:
        last = kept[-1]
        if last.direct and len(last.speakers) == 1 and doc.entities[last.speakers[0]].kind == "person":
            nl = text.find("\n", last.content_span.end)
            sstate.quote_speaker, sstate.quote_cue, sstate.quote_base = last.speakers[0], last.cue, last.base
            sstate.quote_end = nl if nl >= 0 else len(text)
            sstate.quote_open = False
        else:
            sstate.quote_end = -1
    return kept


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


def _heading_line(text: str, span: Span) -> bool:
    """statement.heading_line: a short line of its own with no closing punctuation and a cue in the present
    tense ("Iran slams Israeli regime's crimes", "Ministry calls for calm") is a subheading inside the body,
    no one's statement; what it sums up is told in the sentences below it. (A page cut short ends on a past
    tense: "Kerry said the United" stays.)"""
    if span.start > 0 and text[span.start - 1] != "\n":
        # an indented line or a list's item ("  1. Ministry slams ...") is a line of its own too
        line_start = text.rfind("\n", 0, span.start) + 1
        if not _LINE_LEAD_RX.fullmatch(text, line_start, span.start):
            return False
    if span.end < len(text) and text[span.end] != "\n":
        line_end = text.find("\n", span.end)
        if text[span.end : len(text) if line_end < 0 else line_end].strip():
            return False
    return text.count(" ", span.start, span.end) < _HEADING_MAX_WORDS


#: what may open a line before a heading: indentation, a list number ("  1. ")
_LINE_LEAD_RX: Final = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?")


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


def _present_plural(doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState) -> bool:
    """statement.present_plural: "Diplomatic sources say ...", "Lima and Quito reject ...": a cue in its
    base form is a present-tense verb right after a plural subject (nothing but an adverb between: a
    modal or "to" makes it no statement of its own)."""
    text = doc.text
    if h.start - span.start < 4 or not text[h.start - 1].isspace():
        return False
    keys, subj = subject_before(doc, h.start, mentions, mstate)
    if subj is None or not keys or subj.kind == "pronoun" or subj.possessive:
        return False
    if not _PLURAL_GAP_RX.fullmatch(text, subj.hi, h.start):
        return False
    return subj.plural or subj.kind in ("source", "group", "cgroup") or len(keys) >= 2


def _content_after(doc: Doc, h: Hit, cue: Cue, end: int) -> tuple[int, int]:
    text = doc.text
    pos = h.end
    lead = _lead_time(text, pos, end)
    if lead is not None:
        pos = lead.end()  # "agreed Wednesday to boost trade": the day is no part of the content
    if cue.base == "warn" and (wm := _WARNED_OBJECT_RX.match(text, pos, end)) is not None:
        return wm.end(), end  # statement.warned_object: "warned Hungary on Monday that X": X
    if cue.base == "brief" and (bm := _BRIEFED_ON_RX.match(text, pos, end)) is not None:
        return bm.end(), end  # statement.briefed_on: "briefed the minister on the talks": the talks
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


def _comma_or_quote_before(text: str, start: int, pos: int) -> int:
    """Where the comma or closing quote that ``text[start:pos]`` ends in stands (only spaces
    after it), else -1: "..., said Wang", "“...” said Wang"."""
    i = pos - 1
    while i >= start and text[i].isspace():
        i -= 1
    return i if i >= start and text[i] in ',”"' else -1


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


#: the longest paragraph read as the words a "said:" ending the paragraph before introduces
_MAX_COLON_PARAGRAPH: Final = 1500


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


def _quote_continues(text: str, s: int, e: int) -> int:
    """Where a quote opened at ``s`` and not closed by ``e`` (its paragraph's end) closes, paragraphs on
    (each opening with "“"), within _MAX_COLON_PARAGRAPH characters; ``e`` when it does not go on so."""
    if text.find("”", s, e + 2) >= 0:
        return e
    nl = text.find("\n", e)
    if nl < 0 or text[e:nl].strip(" .,;!?\t") or nl - s > _MAX_COLON_PARAGRAPH:
        return e  # the content does not end its paragraph
    pos = nl
    while pos - s <= _MAX_COLON_PARAGRAPH:
        while pos < len(text) and text[pos] in "\n \t":
            pos += 1
        if pos >= len(text) or text[pos] != "“":
            return e
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        close = text.rfind("”", pos, end)
        if close >= 0 and not text[close + 1 : end].strip():
            return close + 1 if close + 1 - s <= _MAX_COLON_PARAGRAPH else e
        if close >= 0 or text.find("“", pos + 1, end) >= 0:
            return e  # closed inside the paragraph, words of the article's own after it: not one quote
        pos = end
    return e


def _make(
    doc: Doc, speakers: list[int], h: Hit, cue_text: str, cue: Cue, cstart: int, cend: int, span: Span, rule: str
) -> StatementDraft | None:
    if rule in _REPORTING_RULES:
        lead = _DISCOURSE_LEAD_RX.match(doc.text, cstart, cend)
        if lead is not None:
            cstart = lead.end()  # "Separately, X is set to ..., a source said": the adverb is the article's
    rules = [rule]
    if cue.base == "brief" and cstart > h.end + 1:
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
    if e - s < 2 or (e - s <= 10 and _NO_CONTENT_RX.fullmatch(doc.text, s, e)):
        # statement.no_content: "..., Richardson said then.", "Misri said and": an adverb or a conjunction
        # where the content would be is none (the quote, if any, is read by the fronted-quote rules)
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


def _finite(
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
    if cue.base == "brief" and any(p.content_span.start <= h.start < p.content_span.end for p in prev):
        return None  # statement.briefed_on: "UNSMIL said X briefed Y on Z": a briefing told inside a report is none
    wl = h.start - 110 if h.start - 110 > span.start else span.start
    if (
        text[h.start - 6 : h.start] in ("which ", " that ")
        and holds_any(text, _ISSUER_VERBS, wl, h.start)
        and (im := _ISSUED_WHICH_LEFT_RX.search(text, wl, h.start)) is not None
        and (ikeys := _issuer_keys(doc, im.start(), span.start, mentions, mstate, sstate))
    ):
        # statement.issued_which: "The ministry released a note on Saturday which says that ...": the note's
        # issuer speaks
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, ikeys, h, h.text, cue, cstart, cend, span, "statement.issued_which")
    # "..., said Wang." / "..., says Turkish Foreign Ministry"
    inv = _comma_or_quote_before(text, span.start, h.start)
    # the cue's verb is checked first: most cues after a comma are no fronting verb ("..., and urged");
    # "X, the Kremlin's spokesman, told parliament that ...": whom "told" is followed by is told, never the
    # speaker, so the comma before it closes an aside, not a fronted report
    if inv >= 0 and cue.base in doc.lexicon.fronting_verbs and cue.base != "tell":
        if (
            text.startswith(" ", h.end)
            and holds_any(text, _PRESS_SERVICE_WORDS, h.end, span.end)
            and (pm := _PRESS_SERVICE_AT_RX.match(text, h.end + 1, span.end)) is not None
            and _SENTENCE_TAIL_RX.fullmatch(text, pm.end(), span.end) is not None
            and (pkey := _press_service_entity(doc, pm)) is not None
        ):
            # statement.press_service, inverted: "..., reported the Kazakh Foreign Ministry's press service."
            cend = inv if text[inv] == "," else inv + 1
            st = _make(doc, [pkey], h, text[h.start : pm.end()], cue, span.start, cend, span, "statement.fronted_quote")
            if st is not None:
                st.rules.append("statement.press_service")
            return st
        nxt = next((m for m in mentions if m.start >= h.end), None)  # the first mention after the cue
        if nxt is not None and nxt.kind == "place" and nxt.start - h.end < 3:
            # "said Kyiv resident X": the place is the description's, the name after it speaks
            nn = next((m for m in mentions if m.start >= nxt.end), None)
            if nn is not None and nn.kind == "name" and _INVERTED_NOUN_RX.fullmatch(text, h.end, nn.start):
                nxt = nn
        owner_title = False
        if nxt is not None and text.startswith(("'s ", "’s "), nxt.end) and nxt.lo - h.end < 3:
            # statement.inverted_possessive_title: "..., said Mr Lee's press secretary Chang Li Lin.": the owner's
            # possessive and a lower-case title stand between the cue and the name that speaks
            nn = next((m for m in mentions if m.start >= nxt.end), None)
            if nn is not None and nn.kind == "name" and _OWNER_TITLE_GAP_RX.fullmatch(text, nxt.end, nn.start):
                nxt, owner_title = nn, True
        plain = nxt is not None and _FINITE_RX2.fullmatch(text[h.end : nxt.lo]) is not None
        described = (
            # statement.inverted_description: "“...,” said resident X", "..., said analyst X": a lower-case noun
            # no title table holds before a name
            not plain
            and nxt is not None
            and nxt.kind == "name"
            and nxt.title_start >= nxt.start
            and _INVERTED_NOUN_RX.fullmatch(text, h.end, nxt.start) is not None
        )
        if (
            nxt is not None
            and nxt.kind == "unnamed"
            and text.startswith(" ", h.end)
            and (sm := _INVERTED_SPOKES_RX.match(text, h.end, nxt.end + 40)) is not None
            and sm.start("head") < nxt.end
            and (body := next((m for m in mentions if m.start >= nxt.end), None)) is not None
            and sm.end("head") < body.lo <= sm.end()
            and body.kind in ("organization", "body", "bodyref", "country")
            and (body.kind != "bodyref" or doc.refs_of(body))
            and (_FRONT_TAIL.match(text, body.end, span.end) is not None or _participle_next(doc, body.end, span))
            and (owner := _speaker_keys(doc, body, mstate, sstate))
        ):
            # statement.inverted_spokesperson: "“...,” said a spokesman for the Chinese Foreign Ministry": the
            # body's spokesperson after the cue speaks
            owner_name = doc.entity(owner[0]).name if len(owner) == 1 else text[body.start : body.end]
            rule = "statement.inverted_spokesperson"
            skeys = _body_spokesperson(doc, owner, owner_name, sm.group("head"), sm.start(), body.end, rule)
            cend = inv if text[inv] == "," else inv + 1
            st = _make(doc, skeys, h, text[h.start : body.end], cue, span.start, cend, span, "statement.fronted_quote")
            if st is not None:
                st.rules.append("statement.inverted_spokesperson")
            return st
        if nxt is not None and (
            plain
            or described
            or owner_title
            # statement.fronted_title: "..., said presidential spokesman X": lower-case words before the title
            or (0 <= nxt.title_start < nxt.start and _INVERTED_MODIFIER_RX.fullmatch(text, h.end, nxt.lo))
        ):
            keys = _speaker_keys(doc, nxt, mstate, sstate)
            inverted_rule = ""
            if not keys and nxt.kind == "desc" and nxt.country and nxt.role and nxt.lo - h.end < 6:
                # statement.inverted_unnamed: "“...,” said Egypt's foreign ministry spokesman": a role-holder of a
                # state no one named before
                keys = meeting_keys(doc, nxt, mstate)
                inverted_rule = "statement.inverted_unnamed"
            tail = text[nxt.end : span.end]
            tail_ends = _FRONT_TAIL.match(tail) is not None or _participle_next(doc, nxt.end, span)
            if not keys and (tail_ends or _INVERTED_APPOS_TAIL.match(tail) is not None):
                return None
            # (with no speaker and a clause going on after the mention, "X, who arrived on Monday, said the two
            # sides would ...", the comma closes an aside: the subject before it is read below)
            # statement.inverted_apposition: "“...,” said X, a senior fellow at the Y Institute.", "said X, 55,
            # who ...": the speaker's description after the name runs to the sentence's end
            appos = (
                not tail_ends
                and nxt.kind in ("name", "unnamed", "desc")
                and _INVERTED_APPOS_TAIL.match(tail) is not None
            )
            if tail_ends or appos:
                cend = inv
                if text[cend] != ",":
                    cend += 1
                st = _make(
                    doc,
                    keys,
                    h,
                    text[h.start : nxt.end],
                    cue,
                    span.start,
                    cend,
                    span,
                    "statement.fronted_quote",
                )
                if st is not None and owner_title:
                    st.rules.append("statement.inverted_possessive_title")
                elif st is not None and described:
                    st.rules.append("statement.inverted_description")
                elif st is not None and not plain:
                    st.rules.append("statement.fronted_title")
                if st is not None and appos:
                    st.rules.append("statement.inverted_apposition")
                if st is not None and inverted_rule:
                    st.rules.append(inverted_rule)
                return st
    if (
        text.find("pposition", h.start - 100 if h.start - 100 > span.start else span.start, h.start) >= 0
        and (op := _opposition(doc, h, span)) >= 0
    ):
        # statement.opposition: "The opposition criticised the trip", "Opposition lawmakers demanded ...": the
        # political camp no actor rule names speaks, named as written
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, [op], h, h.text, cue, cstart, cend, span, "statement.opposition")
    keys, subj = subject_before(doc, h.start, mentions, mstate)
    if (
        subj is not None
        and cue.base not in _RELATIVE_KEEPS
        and text.endswith(", which ", subj.lo - 8 if subj.lo > 8 else 0, subj.lo)
    ):
        # statement.object_relative: "the $1 million, which he announced earlier this week for the OPT": the
        # cue's object is the noun before "which"; what follows the cue is no content
        doc.fire("statement.object_relative", subj.lo, h.end, text[subj.lo : h.end])
        return None
    if (
        subj is None
        and h.start - span.start > 4
        and (am := _adverb_gap(text, h.start - 30 if h.start - 30 > span.start else span.start, h.start)) is not None
    ):
        # statement.adverb_gap: "She however denied ...", "The ministry in turn said ...": a discourse adverb
        # without commas between the subject and its cue
        keys, subj = subject_before(doc, am.start(), mentions, mstate)
        if subj is not None:
            doc.fire("statement.adverb_gap", am.start(), am.end(), am.group(0).strip())
    if h.start - span.start > 20 and (wa := _while_aside(doc, h.start, span, mentions, mstate, subj)) is not None:
        keys, subj = wa
    joint = _joint_bare(doc, subj, h, span, mstate) if subj is not None and subj.rule == "actor.unnamed_list" else []
    aside_rule = ""
    aside_start = -1
    if (
        subj is not None
        and text.find("who", h.start - 40 if h.start - 40 > span.start else span.start, h.start) >= 0
        and (wm := _WHO_LEFT_RX.search(text, h.start - 60 if h.start - 60 > span.start else span.start, h.start))
        is not None
        and subj.end < wm.start()
    ):
        # statement.relative_who: "... from his counterpart X, who briefed him on ...": the relative's
        # antecedent, not the clause's subject, speaks
        for m in mentions:
            if m.end == wm.start() and m.kind in ("name", "unnamed", "desc"):
                wkeys = _speaker_keys(doc, m, mstate, sstate)
                if wkeys and _all_of_kind(doc, wkeys, "person"):
                    keys, subj = wkeys, m
                    aside_rule = "statement.relative_who"
                break
    if (
        subj is None
        and text[h.start - 2 : h.start] == ") "
        and (pm := _PARTY_LEFT_RX.search(text, h.start - 14 if h.start - 14 > span.start else span.start, h.start))
    ):
        # statement.party_paren: "Interior Minister X (NCP) said": the party's initials after the name
        keys, subj = subject_before(doc, pm.start(), mentions, mstate)
        if subj is not None:
            aside_rule = "statement.party_paren"
    elif (
        (
            (
                text[h.start - 2 : h.start] == ", "
                and (
                    am := _ASIDE_LEFT_RX.search(
                        text, h.start - 120 if h.start - 120 > span.start else span.start, h.start
                    )
                )
                is not None
            )
            # "X — in his upcoming book Y — noted that ...": an aside set off by dashes
            or (
                text[h.start - 2 : h.start] in ("— ", "– ")
                and (
                    am := _DASH_ASIDE_LEFT_RX.search(
                        text, h.start - 140 if h.start - 140 > span.start else span.start, h.start
                    )
                )
                is not None
            )
        )
        and (subj is None or subj.start > am.start())
    ):
        # statement.aside_subject: "The Council, at its weekly session in Riyadh, condemned ...", "X, whose
        # party controls Y, said ...": the subject stands before the aside set off by commas
        akeys, asubj = subject_before(doc, am.start(), mentions, mstate)
        if (
            asubj is not None
            and (
                wm := _MEETING_WITH_ASIDE_RX.search(
                    text, asubj.lo - 80 if asubj.lo - 80 > span.start else span.start, asubj.lo
                )
            )
            is not None
        ):
            # statement.meeting_aside_subject: "X, in a meeting with Y, the head of Z, said ...": Y is the aside's
            # party; the subject stands before the aside that names Y
            akeys, asubj = subject_before(doc, wm.start(), mentions, mstate)
            if asubj is not None:
                doc.fire("statement.meeting_aside_subject", wm.start(), am.end(), text[wm.start() : am.end()])
        if asubj is not None and akeys and not _all_of_kind(doc, akeys, "place"):
            keys, subj, aside_rule = akeys, asubj, "statement.aside_subject"
        elif asubj is not None and asubj.kind == "group" and not akeys:
            # "Both ministers, for their part, said ...": a group the meetings before resolve (below)
            keys, subj, aside_rule = [], asubj, "statement.aside_subject"
        elif (alt := _subject_across(doc, am.start(), span, mentions, mstate, sstate)) is not None:
            keys, subj, aside_start, aside_rule = alt[0], None, alt[1], alt[2]
        elif subj is not None:
            keys, subj = [], None  # a mention inside the aside ("..., whose party rules Libya, said") is no subject
    if aside_start >= 0:
        subj_start0, body_rule = aside_start, aside_rule
    elif subj is None and (po := _person_office(doc, h, mentions, mstate, sstate)) is not None:
        # statement.office_of_person: "the PM Office said": the person's office, named as written
        keys, subj_start0, body_rule = po[0], po[1], "statement.office_of_person"
    elif (ps := _press_service(doc, h.start, span)) is not None:
        # statement.press_service: "the press service of the Cabinet denied", "..., the Kazakh Foreign Ministry's
        # press service reported": a body's press office speaks for it, named as written
        keys, subj, subj_start0, body_rule = [ps[0]], None, ps[1], "statement.press_service"
    elif (
        subj is not None
        and subj.kind == "name"
        and subj.text.isalpha()
        and len(subj.text) <= 10
        and 0 <= _bracketed_acronyms(doc).get(subj.text, -1) < subj.start
        and (
            am := _ACRONYM_LEFT_RX.search(text, subj.start - 4 if subj.start - 4 > span.start else span.start, h.start)
        )
        is not None
        and am.start("acr") == subj.start
        and (ab := _acronym_body(doc, am, mstate, sstate)) is not None
    ):
        # "The DoT said" after "the Department of Trade (DoT)": a name rule read the acronym as a person
        keys = ab[0]
        subj = None
        subj_start0 = ab[1]
        body_rule = "statement.body_head"
    elif (
        subj is None
        or subj.possessive
        or subj.kind in ("country", "place")
        or (
            subj.kind in ("body", "bodyref")
            and text[subj.lo - 3 if subj.lo - 3 > span.start else span.start : subj.lo] in ("'s ", "’s ")
        )
    ) and (
        pb := _possessive_body(doc, h.start, span, mentions, mstate, sstate)
        or _modified_body(doc, h.start, span, mentions, mstate, sstate)
    ) is not None:
        # "Seoul's Foreign Ministry said": the state's name before the body is no subject
        keys, subj, subj_start0, body_rule = pb[0], None, pb[1], pb[2]
    else:
        subj_start0 = -1
        body_rule = "statement.body_head"
    subj_start = (
        subj.title_start
        if subj is not None and 0 <= subj.title_start < subj.start
        else (subj.start if subj is not None else subj_start0)
    )
    if (subj is None or subj.kind == "name") and (
        ua := _unclosed_apposition(doc, subj.lo if subj is not None else h.start, subj, span, mentions)
    ) is not None:
        # statement.unclosed_apposition: "Dr Rajesh Basrur, a visiting professor at the School of International
        # Studies said ...": the description's closing comma is missing; the name before it speaks
        akeys = _speaker_keys(doc, ua, mstate, sstate)
        if akeys:
            keys, subj = akeys, ua
            subj_start = ua.lo
            aside_rule = "statement.unclosed_apposition"
    if cue.base == "report" and subj is not None and subj.text.endswith(("source", "sources")):
        return None  # "..., a Russian source reported": an unnamed source that reports is the press's, no speaker
    if subj is not None and subj.kind == "group":
        keys = group_keys(doc, subj, _meetings_before(doc, mstate, span, mentions, subj.start, h.start))
    if subj is not None and (
        subj.kind in ("unnamed", "source") or (subj.kind == "pronoun" and not subj.plural and len(keys) == 1)
    ):
        keys0, keys = keys, _speaker_keys(doc, subj, mstate, sstate)
        if subj.kind == "pronoun" and keys and keys != keys0:
            doc.entity(keys[0]).add((subj.start, subj.end), "statement.pronoun_last_subject")
    if joint:
        keys = joint
    elif subj is not None and subj.kind == "desc" and (ls := _desc_last_speaker(doc, subj, mstate)) >= 0:
        keys = [ls]
    elif (
        not keys
        and subj is not None
        and subj.kind == "desc"
        and subj.role == "Counterpart"
        and not subj.country
        and (cp := _bare_counterpart(doc, subj, mstate)) >= 0
    ):
        # statement.bare_counterpart: "A held talks with B. His counterpart said ...": B, the party of the
        # last two-party meeting who is not its sentence's subject
        keys = [cp]
        doc.fire("statement.bare_counterpart", subj.start, subj.end, doc.entity(cp).name)
    rule = "statement.finite" if subj_start0 < 0 else body_rule
    if (
        subj is not None
        and text.find("citing", subj.lo - 12 if subj.lo - 12 > span.start else span.start, subj.lo) >= 0
    ):
        outer = _citing_outer(doc, subj, span, mentions, mstate, sstate)
        if outer is not None:
            # statement.citing: "The embassy, citing spokesperson Y, said ...": the outer source says it, on Y's word
            okeys, subj_start = outer
            keys = okeys + [k for k in keys if k not in okeys]
            rule = "statement.citing"
    if not keys:
        ref = _statement_ref(doc, h.start, sstate, span, mstate) or _its_spokesperson(
            doc, h.start, span, mstate, sstate
        )
        if ref is not None:
            keys, subj_start, rule = ref
    if not keys:
        alt = _subject_across(doc, h.start, span, mentions, mstate, sstate)
        if alt is None and cue.base in doc.lexicon.fronting_verbs:
            alt = (
                _statement_by(doc, h, span, mentions, mstate, sstate)
                or _source_in_body(doc, h, span, mentions, mstate, sstate)
                or _statement_by_body(doc, h, span, mentions, mstate, sstate)
            )
        elif alt is None and "statement" in text[h.start - 30 if h.start - 30 > span.start else span.start : h.start]:
            # statement.statement_by with any cue: "Al-Houthi's statement also praised ...", "The ministry's
            # statement condemned ..."
            alt = _statement_by(doc, h, span, mentions, mstate, sstate)
        elif (
            alt is None
            and text.find("spokes", h.start - 90 if h.start - 90 > span.start else span.start, h.start) >= 0
            and _SPOKES_FOR_LEFT_RX.search(text, h.start - 90 if h.start - 90 > span.start else span.start, h.start)
        ):
            # statement.spokesperson_of_body with any cue: "A spokesman for the Chinese Foreign Ministry denounced ..."
            alt = _source_in_body(doc, h, span, mentions, mstate, sstate)
        if alt is not None:
            keys, subj_start, rule = alt
    if (
        not keys
        and h.start - span.start > 12
        and (gm := _place_gap(text, h.start - 50 if h.start - 50 > span.start else span.start, h.start)) is not None
    ):
        # statement.place_gap: "The Embassy of the United States in Sarajevo on Monday condemned ...": where
        # (and when) stands between the subject and its cue
        gkeys, gsubj = subject_before(doc, gm.start(), mentions, mstate)
        if gkeys and gsubj is not None and gsubj.kind != "place":
            keys, subj = gkeys, gsubj
            subj_start = gsubj.lo
            doc.fire("statement.place_gap", gm.start(), gm.end(), gm.group(0).strip())
    if (
        not keys
        and h.start - span.start > 16
        and text.find(" to ", h.start - 60 if h.start - 60 > span.start else span.start, h.start) >= 0
        and (gm := _ENVOY_TO_GAP_RX.search(text, h.start - 60 if h.start - 60 > span.start else span.start, h.start))
        is not None
        and text[max(span.start, gm.start() - 22) : gm.start()].lower().endswith(_ENVOY_WORDS)
    ):
        # statement.envoy_to_gap: "The Saudi ambassador to the United Nations said ...", "China's envoy to the
        # EU urged ...": where an envoy is posted stands between the role and its cue
        gkeys, gsubj = subject_before(doc, gm.start(), mentions, mstate)
        if gkeys and gsubj is not None and gsubj.kind in ("desc", "unnamed", "name"):
            keys, subj = gkeys, gsubj
            subj_start = gsubj.lo
            doc.fire("statement.envoy_to_gap", gm.start(), gm.end(), gm.group(0).strip())
    if (
        keys
        and text[subj_start - 12 if subj_start - 12 > span.start else span.start : subj_start]
        .rstrip()
        .endswith(("which", "whom"))  # the pattern's words, looked for before it is run
        and _RELATIVE_LEFT_RX.search(text, subj_start - 12 if subj_start - 12 > span.start else span.start, subj_start)
        and (
            _RELATIVE_AFTER_RX.match(text, h.end)
            # "the constitution, which it says contains claims": a present cue, then the clause's own verb
            or (h.text in ("says", "say") and _RELATIVE_PRESENT_RX.match(text, h.end))
        )
    ):
        return None  # "the talks, which he said were useful": a relative clause, not a statement
    if (
        keys
        and cue.base in ("describe", "term", "say", "call")
        and _WHAT_LEFT_RX.search(text, subj_start - 6 if subj_start - 6 > span.start else span.start, subj_start)
    ):
        # statement.what_described: "condemned what he described as X", "praised Y for what she said was its
        # role": the judgement is the outer cue's
        return None
    if cue.base == "report" and keys and all(_is_agency(doc, k) for k in keys):
        # statement.agency_body: "Japan's Kyodo News agency reported", "the News Agency of Nigeria reports": a
        # news agency's own sourcing is no statement (GUIDELINES)
        doc.fire("statement.agency_body", h.start, h.end, h.text)
        return None
    if keys:
        assert subj_start >= 0
        # a fronted quote or report: "“...,” he said." / "..., Petrova said in her press conference"
        lead = (
            _without_trailing_article(text[span.start : subj_start])
            if cue.base in doc.lexicon.fronting_verbs and rule in _LEAD_RULES
            else ""
        )
        titled = False
        title_rule = "statement.fronted_title"
        told: str | None = None
        whole = False
        # does the lead end a clause (a comma, a closing quote)? scanned once, again only when a title shortens it
        lead_ends = lead != "" and _FINITE_RX3.search(lead) is not None
        if (
            lead
            and not lead_ends
            and (tm := _TITLE_LEAD_RX.search(lead)) is not None
            and tm.group(2).lower() in doc.lexicon.roles
        ):
            # statement.fronted_title: "..., Kremlin aide Sergei Belyaev told reporters": a lower-case
            # title no actor rule reads stands between the comma and the name
            subj_start = span.start + tm.start(1)
            lead = lead[: tm.start(1)]
            titled = True
        elif (
            lead
            and subj is not None
            and 0 <= subj.title_start < subj.start
            and not lead_ends
            and (mm := _MODIFIER_LEAD_RX.search(lead)) is not None
        ):
            # statement.fronted_title: "..., presidential spokesman Sergei Belov said", "..., the senior
            # adviser X told reporters": lower-case words no actor rule reads stand before the title
            subj_start = span.start + mm.start(1)
            lead = lead[: mm.start(1)]
            titled = True
        elif (
            lead
            and subj is not None
            and 0 <= subj.title_start < subj.start
            and not lead_ends
            and (pm := _POSS_LEAD_RX.search(lead)) is not None
        ):
            # statement.possessive_title: "..., Novak's spokesman Petr Dvorak told reporters", "..., State House
            # spokesperson X said": whose spokesman he is (capitalised words) stands between the comma and the title
            subj_start = span.start + pm.start(1)
            lead = lead[: pm.start(1)]
            titled = True
            title_rule = "statement.possessive_title"
        elif (
            lead
            and not lead_ends
            and (nm := _NAME_LEAD_RX.search(lead)) is not None
            and all(
                w in doc.lexicon.roles or w.capitalize() in doc.lexicon.speaker_body_heads
                for w in nm.group(1).split()
                if w.islower() and w not in ("the", "a", "an")
            )
        ):
            # statement.fronted_name_lead: "..., the Prime Minister's Office said in a press release", "..., DFA
            # spokesperson Ma. Luisa Cruz said": capitalised words and role words the speaker's actor rule left
            # out stand between the comma and the speaker's name
            subj_start = span.start + nm.start(1)
            lead = lead[: nm.start(1)]
            titled = True
            title_rule = "statement.fronted_name_lead"
        elif (
            lead
            and not lead_ends
            and lead[-1] == " "
            and (pm := _PARTICLE_LEAD_RX.search(lead)) is not None
            and all(w in doc.lexicon.surname_particles for w in pm.group(1).split())
        ):
            # statement.particle_lead: "“...,” de la Torre said", "..., van der Berg told reporters": the lower-case
            # particles of a compound surname stand between the comma and the name the actor rule read
            subj_start = span.start + pm.start(1)
            lead = lead[: pm.start(1)]
            titled = True
            title_rule = "statement.particle_lead"
        if titled:
            lead_ends = lead != "" and _FINITE_RX3.search(lead) is not None
        if (
            lead_ends
            and len(lead) > 12
            and (
                _FRONT_TAIL.fullmatch(tail := text[h.end : span.end])
                or _participle_next(doc, h.end, span)
                or (cue.base == "tell" and (told := _told_tail(doc, tail)) is not None)
                or (whole := _whole_quote_lead(text, span.start, lead, tail))
            )
            and (len(lead.split()) >= 4 or lead[:1] in _QUOTE_OPEN)
            and not _OPENING_PHRASE.fullmatch(lead.strip() + " ")
            and not _THAT.match(text, h.end, span.end)
        ):
            cend = span.start + len(lead.rstrip())
            if text[cend - 1] == ",":
                cend -= 1
            dash = _dash_quote_start(text, span)
            fst = _make(
                doc,
                keys,
                h,
                text[subj_start : h.end],
                cue,
                span.start if dash < 0 else dash,
                cend,
                span,
                "statement.fronted_quote",
            )
            if fst is not None and dash >= 0:
                fst.direct = True
                fst.rules.append("statement.dash_quote")
            if fst is not None and titled:
                fst.rules.append(title_rule)
            if fst is not None and told:
                fst.rules.append(told)
            elif fst is not None and whole:
                fst.rules.append("statement.whole_quote_lead")
            if fst is not None and rule != "statement.finite":
                fst.rules.append(rule)  # the rule that found the subject ("..., a spokesperson for X said")
            return fst
        if (
            lead_ends
            and rule == "statement.finite"
            and len(lead.split()) >= 2
            and (pm := _PAREN_AFTER_RX.match(text, h.end, span.end)) is not None
            and span.end - pm.end() > 10
            and not _OPENING_PHRASE.fullmatch(lead.strip() + " ")
            and not _THAT.match(text, h.end, span.end)
        ):
            # statement.parenthetical_speaker: "The raid was illegal, Peskov said, and Moscow would respond.",
            # "“The raid,” he said, “was illegal.”": the speaker stands inside what was said, which is the sentence
            if (after := _lead_then_content(doc, lead, pm.end())) >= 0:
                # statement.lead_then_content: "During the press conference, Wong said, “We raised it.”",
                # "Briefing the media, the spokesperson said, we have seen the reports": the opening phrase
                # tells when the speaker spoke; what was said follows the cue
                return _make(
                    doc,
                    keys,
                    h,
                    text[subj_start : h.end],
                    cue,
                    after,
                    span.end,
                    span,
                    "statement.lead_then_content",
                )
            return _make(
                doc,
                keys,
                h,
                text[subj_start : h.end],
                cue,
                span.start,
                span.end,
                span,
                "statement.parenthetical_speaker",
            )
        cstart, cend = _content_after(doc, h, cue, end)
        if text[cstart + 1 : cstart + 3] in ("th", "so") and _DEMONSTRATIVE_OBJECT_RX.match(text, cstart, cend):
            # statement.demonstrative_object: "He said this in an interview with NHK", "she said so on Monday":
            # what was said stands in another sentence; this one only tells where
            doc.fire("statement.demonstrative_object", h.start, cend, h.text)
            return None
        st = _make(doc, keys, h, h.text, cue, cstart, cend, span, rule)
        if st is not None and aside_rule in (
            "statement.aside_subject",
            "statement.relative_who",
            "statement.party_paren",
            "statement.unclosed_apposition",
        ):
            st.rules.append(aside_rule)
        return st
    if not _coord_left_memo(doc, h.start - 30 if h.start - 30 > span.start else span.start, h.start):
        return None
    if inv >= 0 and cue.base in doc.lexicon.fronting_verbs and _NAME_NEXT_RX.match(text, h.end):
        # statement.inverted_unread: "..., writes Jon Smith for the Review.": an inverted attribution whose
        # name no actor rule read is no coordinated cue of the sentence's subject
        doc.fire("statement.inverted_unread", h.start, h.end, h.text)
        return None
    # coordinated: "..., voiced support for B and stressed the need for C"
    if cue.base == "brief":
        return None  # "thanked X and briefed Y on Z": an act after another cue (statement.briefed_on)
    if prev:
        if _in_reported_clause(doc, prev, h, cue, mentions) or _present_in_past_report(doc, prev, h, cue):
            return None
        cstart, cend = _content_after(doc, h, cue, end)
        last = prev[-1]
        if last.rules[0] in _ACCOUNT_RULES and last.content_span.start < h.start:
            # statement.account_inner: "According to the ministry, the ministers reviewed A and agreed to B": the
            # account's own subject agrees, not its source
            return _account_inner(doc, last, h, cue, span, mentions, mstate, sstate, cstart, cend)
        if _all_of_kind(doc, last.speakers, "country"):
            last = _outer(prev)  # "Lee said Singapore welcomed X and expressed confidence ...": Lee's
        return _make(doc, last.speakers, h, h.text, cue, cstart, cend, span, "statement.coordinated")
    # "X and Y exchanged views on A and agreed that B": the clause's subject
    keys = _clause_subject(doc, span, mentions, mstate, h.start)
    if keys:
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, keys, h, h.text, cue, cstart, cend, span, "statement.coordinated")
    return None


def _account_inner(
    doc: Doc,
    last: StatementDraft,
    h: Hit,
    cue: Cue,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    cstart: int,
    cend: int,
) -> StatementDraft | None:
    """statement.account_inner: a cue joined to a source's account ("according to X, the ministers reviewed A
    and agreed to B") is said by the account's subject, the mention its content opens with; none when no actor
    is read there."""
    c0 = last.content_span.start
    inner = next((m for m in mentions if c0 <= m.lo <= c0 + 4), None)
    if inner is None or inner.end > h.start:
        return None
    if inner.kind == "group":
        keys = group_keys(doc, inner, _meetings_before(doc, mstate, span, mentions, inner.start, h.start))
    else:
        keys = _speaker_keys(doc, inner, mstate, sstate)
    if not keys or set(keys) == set(last.speakers) or _all_of_kind(doc, keys, "place"):
        return None
    return _make(doc, keys, h, h.text, cue, cstart, cend, span, "statement.account_inner")


def _citing_source(
    doc: Doc,
    at: int,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    prev: list[StatementDraft],
) -> StatementDraft | None:
    """statement.citing_source: "Trend reports, citing the Foreign Ministry, that ...", "The ministers discussed
    X, the agency reported, citing the ministry.": an outlet's report on a body's or official's word is the
    cited source's statement (the outlet's own sourcing is none)."""
    text = doc.text
    pos = at + len(", citing ")
    cited = next((m for m in mentions if m.lo >= pos), None)
    if cited is None or not _CITED_LEAD_RX.fullmatch(text, pos, cited.lo):
        return None
    keys = _speaker_keys(doc, cited, mstate, sstate)
    if (
        not keys
        or any(doc.entity(k).name in doc.lexicon.agencies or doc.entity(k).kind == "place" for k in keys)
        or any(set(keys) & set(p.speakers) for p in prev)
    ):
        return None
    cue = Cue("say", "citing", "finite")
    h = Hit(at + 2, at + 8, "citing", "cue")
    if (tm := _CITED_THAT_RX.match(text, cited.end, span.end)) is not None:
        # "Trend reports, citing the ministry, that the ministers met"
        return _make(doc, keys, h, "citing", cue, tm.end(), span.end, span, "statement.citing_source")
    if _CITED_END_RX.fullmatch(text, cited.end, span.end) is not None:
        # "The ministers met, the agency reported, citing the ministry."
        rm = _REPORTER_TAIL_RX.search(text, max(span.start, at - 60), at + 1)
        if rm is None or rm.start() - span.start < 12:
            return None
        return _make(doc, keys, h, "citing", cue, span.start, rm.start(), span, "statement.citing_source")
    return None


def _meetings_before(
    doc: Doc, mstate: MeetingState, span: Span, mentions: list[Mention], subj: int, pos: int
) -> MeetingState:
    """statement.group_before_content: "The two leaders confirmed that Minister X will visit China": a
    meeting told only inside the content (none of its parties named before the cue) is not the one whose
    parties "the two leaders" are; the meetings before it are."""
    last = mstate.last
    if last is None or doc.sent_index(span.start) != last.sent:
        return mstate
    parts = set(last.participants)
    for m in mentions:
        if m.start >= pos:
            break
        if m.start != subj and m.start >= span.start and parts.intersection(doc.refs_of(m)):
            return mstate
    return MeetingState(drafts=mstate.drafts[:-1], last_speaker=mstate.last_speaker)


def _citing_outer(
    doc: Doc, cited: Mention, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int] | None:
    """The source before a "citing Y" aside ("The embassy, citing spokesperson Y, said"): its keys and start,
    unless it is a news agency (whose own sourcing is no statement: then Y speaks alone)."""
    text = doc.text
    cm = _CITING_LEFT_RX.search(text, max(span.start, cited.lo - 40), cited.lo)
    if cm is None:
        return None
    for m in reversed(mentions):
        if m.end > cm.start():
            continue
        if m.hi != cm.start() and m.end != cm.start():
            return None
        keys = _speaker_keys(doc, m, mstate, sstate)
        if not keys or not subjectish(doc, m) or any(doc.entity(k).name in doc.lexicon.agencies for k in keys):
            return None
        return keys, m.lo
    return None


def _in_reported_clause(doc: Doc, prev: list[StatementDraft], h: Hit, cue: Cue, mentions: list[Mention]) -> bool:
    """statement.reported_clause: "Ruiz said Peru wanted ties and supported a solution": the second
    verb continues the reported clause (its subject is Peru), it is no statement of the speaker's."""
    if cue.base not in doc.lexicon.clause_verbs:
        return False
    fronting_verbs = doc.lexicon.fronting_verbs
    for p in prev:
        cs = p.content_span.start
        if p.base not in fronting_verbs or not cs <= h.start < p.content_span.end:
            continue
        first = next((m for m in mentions if m.lo >= cs), None)
        if (
            first is not None
            and first.lo == cs
            # a state or body as the reported clause's subject, told without "that" ("said Peru wanted ...")
            and first.kind in ("country", "place", "organization", "body")
            and "that" not in doc.text[p.cue_start : cs].split()
            and _CLAUSE_VERB_AFTER_RX.match(doc.text, first.hi) is not None
        ):
            return True
    return False


def _present_in_past_report(doc: Doc, prev: list[StatementDraft], h: Hit, cue: Cue) -> bool:
    """statement.present_in_past_report: "X said the government values Y and hopes Z", "the ministry said that
    Oslo holds A responsible and demands B": a present-tense verb joined inside what a past-tense cue reports
    has the reported clause's subject, not the speaker, whose own next verb would be past ("and urged")."""
    if cue.form != "finite":
        return False
    word = h.text.split(" ", 1)[0].lower()
    if not word.endswith("s") or word.endswith(("ss", "us")):
        return False
    for p in prev:
        if not p.content_span.start <= h.start < p.content_span.end or p.direct:
            continue
        if p.base not in doc.lexicon.fronting_verbs:
            continue  # "thanked X and says Y": an object, no reported clause, before the second verb
        verbs = [w for w in p.cue.lower().split() if (c := doc.lexicon.cues.get(w)) is not None and c.form == "finite"]
        if verbs and not verbs[0].endswith("s"):
            doc.fire("statement.present_in_past_report", h.start, h.end, h.text)
            return True
    return False


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


def _issuer_keys(
    doc: Doc, verb: int, floor: int, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> list[int]:
    """Who issued the statement whose issuing verb ("issued", "released") stands at ``verb``: the verb's subject,
    a named one or a body told before; none for a subject no actor rule read whole."""
    text = doc.text
    ikeys, isubj = subject_before(doc, verb, mentions, mstate)
    if isubj is None:
        # "the ministry issued a note ...": a body told before, right before the verb
        isubj = next(
            (m for m in mentions if m.end == verb and m.kind in ("body", "bodyref") and doc.refs_of(m)),
            None,
        )
    if isubj is not None and isubj.kind in ("unnamed", "source", "pronoun", "desc", "body", "bodyref"):
        ikeys = _speaker_keys(doc, isubj, mstate, sstate)
    if (not ikeys or _all_of_kind(doc, ikeys, "place")) and (
        db := _demonym_body(doc, verb, doc.sentences[doc.sent_index(verb)], mentions, mstate, sstate)
    ) is not None:
        # "The Polish embassy in Paris released a statement saying ...": the subject no actor rule read whole
        return db[0]
    if (
        not ikeys
        or isubj is None
        or _all_of_kind(doc, ikeys, "place")
        # "the ministry issued a note ..." with no ministry named before: no speaker
        or any(doc.entity(k).name[:1].islower() for k in ikeys)
        # "The Alliance for the Peoples of Our America (X) issued ...": a name after a preposition is part of
        # a longer subject no actor rule read
        or _PREPOSITION_LEFT_RX.search(text, max(floor, isubj.lo - 12), isubj.lo) is not None
    ):
        return []
    return list(ikeys)


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


_OPENING_PHRASE: Final = re.compile(
    r"(?:(?:In|During|At|On|For|After|Upon|Following|Speaking|Elsewhere|Separately|Meanwhile|Later|Earlier|"
    r"Additionally|Moreover|Furthermore|However|Also)\b[^,]{0,80},\s*)?"
)


#: what follows a dateline's place before the story: " (IP) - ", ", IRNA – ", ", Nov. 7 (MNA) – "
_DATELINE_TAIL_RX: Final = re.compile(r"(?:,[^\n:—–-]{1,30}?)?\s*(?:\([A-Za-z ]{2,20}\))?\s*[—–-]{1,2}\s+")


def _clause_subject(doc: Doc, span: Span, mentions: list[Mention], mstate: MeetingState, before: int) -> list[int]:
    """The subject at the start of the sentence (after an opening phrase ending in a comma)."""
    text = doc.text
    start = span.start
    lead = _OPENING_PHRASE.match(text[start:before])
    pos = start + (lead.end() if lead else 0)
    first = [m for m in mentions if m.start >= pos and m.end <= before]
    if not first:
        return []
    m0 = first[0]
    if m0.kind in ("place", "country") and m0.start - pos <= 1 and (dl := _DATELINE_TAIL_RX.match(text, m0.end)):
        # statement.dateline_not_subject: "Tehran (IP) - The Leader called A and said B": the dateline's place
        # opens the sentence, the subject follows it
        pos = dl.end()
        first = first[1:]
        if not first:
            return []
        m0 = first[0]
    lo = m0.lo
    if lo - pos > 4 or (not subjectish(doc, m0) and lo != pos):
        return []
    k = 1
    if (
        m0.kind in ("organization", "country")
        and len(first) > 1
        and first[1].kind == "name"
        and 0 <= first[1].title_start < first[1].start
        and _TITLE_MODIFIER_GAP_RX.fullmatch(text, m0.end, first[1].title_start)
    ):
        # statement.modifier_subject: "EU Enlargement Commissioner X held talks ..., pledging ...": the body
        # before the title is the person's, no subject of its own
        doc.fire("statement.modifier_subject", m0.start, first[1].end, text[m0.start : first[1].end])
        m0 = first[1]
        k = 2
    keys = _speaker_keys(doc, m0, mstate, StatementState())
    # "X and Norwegian Prime Minister Y held talks, agreeing to ...": the link runs to the title
    while k < len(first) and _CLAUSE_SUBJECT_RX.fullmatch(text[first[k - 1].hi : first[k].lo]):
        keys += _speaker_keys(doc, first[k], mstate, StatementState())
        k += 1
    return keys


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
    if lead.strip() in ("", "“", '"', "("):  # nothing, or an opening quote or bracket
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


def _unclosed_apposition(
    doc: Doc, pos: int, subj: Mention | None, span: Span, mentions: list[Mention]
) -> Mention | None:
    """The person's name that opens the sentence before ", a/the <description>" when the description runs
    into its verb without a closing comma, and ``subj`` (at ``pos``; none when no mention stands right
    before the cue) is a name inside it or none (statement.unclosed_apposition)."""
    text = doc.text
    comma = text.rfind(",", span.start, pos)
    # the pattern goes on from the comma with white space, then "a", "an" or "the": two characters tell most
    # commas apart before it is run
    if (
        comma <= span.start
        or not text[comma + 1 : comma + 2].isspace()
        or (text[comma + 2 : comma + 3] not in ("a", "t") and not text[comma + 2 : comma + 3].isspace())
        or _APPOS_OPEN_RX.match(text, comma) is None
    ):
        return None
    first = next((m for m in mentions if m.end == comma), None)
    if first is None or first.kind != "name" or first is subj:
        return None
    # the name opens the sentence (after an opening phrase, if any): "Putin met Erdogan, the ... said" is none
    if not _OPENING_PHRASE.fullmatch(text, span.start, first.lo):
        return None
    return first


def _is_agency(doc: Doc, key: int) -> bool:
    """Is the actor a news agency (the ``agency`` table, or a name holding "news agency")?"""
    name = doc.entity(key).name
    return name in doc.lexicon.agencies or "news agency" in name.lower()


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


def _opposition(doc: Doc, h: Hit, span: Span) -> int:
    """statement.opposition: the key of the opposition camp the clause before ``h`` opens with ("The opposition",
    "Opposition parties in Belgrade, meanwhile,", "Opposition lawmakers"), made once per name; else -1."""
    lo = max(span.start, h.start - 100)
    om = _OPPOSITION_RX.search(doc.text[lo : h.start])
    if om is None or (lo > span.start and om.start() == 0 and om.group("lead")[:1] not in (",", ";", " ")):
        return -1  # (the slice's start is no clause's when the sentence is longer)
    member = om.group("member")
    if member is not None and member not in doc.lexicon.speaker_group_nouns:
        return -1
    name = re.sub(r"\s+", " ", om.group("np"))
    if name[:4] in ("The ", "the "):
        name = name[4:]
    key = f"opposition:{name.lower()}"
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("organization", name).key
    e = doc.entity(doc.unnamed[key])
    e.add((lo + om.start("np"), lo + om.end("np")), "statement.opposition")
    return e.key


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


def _according_to(
    doc: Doc,
    h: Hit,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    prev: list[StatementDraft],
) -> StatementDraft | None:
    text = doc.text
    src = _ACCORDING_SOURCE.match(text, h.end, span.end)
    pos = src.end() if src else h.end
    after = [m for m in mentions if m.start >= pos and m.start - pos < 6]
    if not after and (not text[h.end : pos].strip() or text[h.end : pos].rstrip().endswith(" by")):
        # statement.fronted_title: "according to presidential spokesman X", "according to Kremlin aide X":
        # the name's title, lower-case words before it (also after "a statement issued by")
        after = [
            m
            for m in mentions
            if pos <= m.title_start < m.start
            and (
                _FINITE_RX2.fullmatch(text, pos, m.title_start)
                or _INVERTED_MODIFIER_RX.fullmatch(text, pos, m.title_start)
            )
        ]
    if not after and src is not None and src.end() > h.end + 1:
        # "according to a Foreign Office readout": the source named inside the phrase
        after = [
            m
            for m in mentions
            if m.start > h.end and m.end <= src.end() and m.kind in ("organization", "body", "bodyref")
        ][-1:]
    if _ACCORDING_TO_RX2.match(text, h.end, h.end + 8):
        after = []  # "According to her, the US ...": the pronoun is the source, not the US
    if (
        after
        and src is not None
        and text.startswith(", ", src.end())
        and any(m.kind == "desc" and h.end < m.lo and m.end == src.end() for m in mentions)
    ):
        after = []  # "According to the spokesman, Fidan welcomed ...": the description is the source (below)
    elif (
        after
        and src is not None
        and text.startswith(", ", src.end())
        and _ACCORDING_TO_RX1.match(text, h.end, src.end()) is not None
        and after[0].start >= src.end() + 2
    ):
        # statement.according_to_issuer: "According to the statement, Zarif reaffirmed ...": the statement's issuer
        # is the source; the name after the comma opens what it said
        after = []
    source_text = None
    keys: list[int] = []
    rule = "statement.according_to"
    joint = _joint_source(doc, span, src, mstate) if src and src.end() > h.end + 1 else None
    if joint is not None:
        # statement.according_to_joint: "according to readouts released by both governments", "according
        # to a joint statement": the parties of the last meeting
        keys, sub_end = joint
        source_text = text[h.end : sub_end].strip()
        rule = "statement.according_to_joint"
        if any(set(p.speakers) == set(keys) for p in prev):
            return None  # "The leaders agreed to ..., according to a joint statement": told once
        after = []
    elif (ap := _apposition_source(doc, h, span, mentions, mstate, sstate)) is not None:
        # statement.according_to_apposition: "According to the ministry's spokesperson, Chidi Okafor, the two
        # ministers ...": the name set off after the title is the source
        keys, sub_end = ap
        rule = "statement.according_to_apposition"
        source_text = text[h.end : sub_end].strip()
    elif (
        not after
        and (sm := _ACCORDING_SOURCE_RX.match(text, h.end, span.end)) is not None
        and not any(m.start < sm.end("np") and sm.start("np") < m.end for m in mentions)
    ):
        # statement.singular_source: "according to a diplomatic source present at the meeting"
        keys = _source_person(doc, sm.group("np"), sm.start("np"), sm.end("np"))
        sub_end, rule = sm.end(), "statement.singular_source"
        source_text = text[h.end : sub_end].strip()
    elif (
        (not after or after[0].kind not in ("name", "unnamed", "desc", "pronoun"))  # a person's office: below
        and holds_any(text, _PRESS_SERVICE_WORDS, pos, span.end)  # a word every match holds, before the regex
        and (pm := _PRESS_SERVICE_AT_RX.match(text, pos, span.end)) is not None
    ):
        # statement.according_to_press_service: "according to the Lithuanian government's press service"
        pkey = _press_service_entity(doc, pm)
        if pkey is None:
            return None
        keys, sub_end, rule = [pkey], pm.end("name"), "statement.according_to_press_service"
        source_text = text[h.end : sub_end].strip()
    elif (bm := _body_at(doc, pos, span)) is not None and (
        bkeys := _named_body(doc, bm, mentions, mstate, sstate, "statement.according_to_body")
    ):
        # statement.according_to_body: "according to a statement from the Sovereignty Council", "according to
        # South Korea's trade ministry": a named institution no table knows
        keys, sub_end, rule = bkeys, bm.end("name"), "statement.according_to_body"
        source_text = text[h.end : sub_end].strip()
    elif after:
        keys = _speaker_keys(doc, after[0], mstate, sstate)
        if not keys and after[0].kind == "desc" and after[0].country and after[0].role:
            # statement.according_to_unnamed: "according to Egypt's foreign ministry spokesman", "according to the
            # Iranian foreign ministry spokesperson": a role-holder of a state no one named before
            keys = meeting_keys(doc, after[0], mstate)
            rule = "statement.according_to_unnamed"
        sub_end = max(after[0].end, src.end() if src is not None and after[0].end < src.end() else 0)
        pronoun = after[0].kind == "pronoun"
        if (
            (om := (_PRONOUN_OFFICE_AFTER_RX if pronoun else _OFFICE_AFTER_RX).match(text, after[0].hi)) is not None
            and len(keys) == 1
            and doc.entity(keys[0]).kind == "person"
        ):
            # statement.office_of_person: "according to a statement from the prime minister's office": the
            # office speaks, not the person it serves; statement.pronoun_office: "according to her office"
            person = doc.entity(keys[0])
            written = _office_name(text, after[0].lo, om) if not pronoun else _owner_office(person, om)
            keys, sub_end = [_office_of(doc, person, written)], max(sub_end, om.end())
            rule = "statement.pronoun_office" if pronoun else "statement.office_of_person"
        source_text = text[h.end : sub_end].strip() if src and src.end() > h.end + 1 else None
    elif (
        text.startswith(("his ", "her "), pos)
        and (om := _PRONOUN_OFFICE_RX.match(text, pos, span.end)) is not None
        and len(owner := _office_owner(doc, span, mentions, mstate, h.start)) == 1
    ):
        # statement.pronoun_office: "X also raised concerns about Y, according to her office": the office of
        # the clause's subject (or of the last speaker)
        person = doc.entity(owner[0])
        keys, sub_end = [_office_of(doc, person, _owner_office(person, om, 1))], om.end()
        source_text = text[h.end : sub_end].strip()
        rule = "statement.pronoun_office"
    elif (od := _org_description(doc, _ORG_DESC_RX.match(text, pos, span.end), h.start)) is not None:
        # statement.org_description: "according to a statement from the regional bloc": the bloc named before
        keys, sub_end = od
        source_text = text[h.end : sub_end].strip()
        rule = "statement.org_description"
    elif src and src.end() > h.end + 1:
        # "according to the statement": the last source
        if _ACCORDING_TO_RX1.match(text[h.end : h.end + 20]) and (
            issuer := list(sstate.source) or _statement_issuer(doc, span_sent(doc, span))
        ):
            # statement.according_to_issuer: "X issued a statement ... Y, according to the statement"
            keys = issuer
            sub_end = src.end()
            rule = "statement.according_to_issuer"
        elif "communiqu" in text[h.end : src.end()].lower() and (
            parties := next((list(p.speakers) for p in prev if len(p.speakers) >= 2), None)
            or _communique_parties(doc, span, mstate)
        ):
            # statement.communique_parties: "A and B agreed to X, according to a final communiqué": issued by the
            # parties who speak together in the sentence, else by the last meeting's
            keys, sub_end, rule = parties, src.end(), "statement.communique_parties"
            source_text = text[h.end : sub_end].strip()
        elif (
            not prev
            and text[h.end : src.end()].rstrip().endswith((" by", " from"))
            and (pm := _ACCORDING_TO_RX2.match(text, src.end(), src.end() + 8)) is not None
            and pm.group().strip() in ("him", "her")
            and (one := _sole_recent_person(doc, span_sent(doc, span), h.start, pm.group().strip())) >= 0
        ):
            # statement.according_to_pronoun: "According to a statement by her, ...": the one person told before
            keys, sub_end, rule = [one], pm.end(), "statement.according_to_pronoun"
            source_text = text[h.end : sub_end].strip()
        elif (
            (dm := next((m for m in mentions if h.end < m.lo <= h.end + 2 and m.kind in ("desc", "unnamed")), None))
            is not None
            and len(drefs := doc.refs_of(dm)) == 1
            and doc.entity(drefs[0]).kind == "person"
        ):
            # statement.according_to_description: "..., according to the spokesperson", "according to a Kremlin
            # spokesman": the person the description refers to (the source phrase is the description itself)
            keys, sub_end, rule = [drefs[0]], dm.end, "statement.according_to_description"
        else:
            return None
    else:
        pm = _ACCORDING_TO_RX2.match(text[h.end : h.end + 8])
        if (
            pm
            and pm.group().strip() in ("him", "her")
            and mstate.last_speaker is not None
            and span_sent(doc, span) - mstate.last_speaker[1] <= 2
        ):
            # "According to her, ...": the last person who spoke
            keys = [mstate.last_speaker[0]]
            sub_end = h.end + pm.end()
        elif pm and prev == [] and mstate.last is not None:
            keys = [k for k in mstate.last.participants if doc.entity(k).kind == "person"]
            sub_end = h.end + pm.end()
        elif (
            pm
            and prev == []
            and (one := _sole_recent_person(doc, span_sent(doc, span), h.start, pm.group().strip())) >= 0
        ):
            # statement.according_to_pronoun: "X arrived in Geneva on Monday. According to him, ...": the one
            # person the sentence before tells of, when no one has spoken yet
            keys = [one]
            sub_end = h.end + pm.end()
            rule = "statement.according_to_pronoun"
        else:
            return None
    if not keys or any(doc.entity(k).name in doc.lexicon.agencies for k in keys):
        return None
    if any(doc.entity(k).kind == "person" for k in keys) is False and all(
        doc.entity(k).kind == "country" for k in keys
    ):
        return None
    lead = text[span.start : h.start]
    if lead.strip() in ("", "“", '"'):
        comma = text.find(",", sub_end, span.end)
        if comma < 0:
            return None
        st = _make(
            doc,
            keys,
            h,
            text[h.start : h.end],
            _cue_of(doc, h) or _ACC,
            comma + 1,
            span.end,
            span,
            rule,
        )
    else:
        if prev:  # "X said ..., according to the statement": a source, not a statement of its own
            for p in prev:
                p.source = p.source or source_text
            if not after and rule not in _NAMED_SOURCE_RULES:
                return None
            # statement.according_to_named: "X urged ..., according to the Peruvian Foreign Ministry":
            # the ministry's account of it is a statement too
        aside = _aside_subject(doc, span, lead, mentions) if not prev else None
        # (or a subject no actor rule reads: "The meeting, according to the ministry, discussed ...")
        np_lead = not prev and _NP_ASIDE_LEAD_RX.fullmatch(lead) is not None
        if (aside is not None or np_lead) and (comma := text.find(",", sub_end, span.end)) >= 0:
            # statement.according_to_aside: "Muttaqi, according to a statement issued by the ministry,
            # urged ...": the ministry's account holds the rest of the clause
            st = _make(
                doc,
                keys,
                h,
                text[h.start : h.end],
                _cue_of(doc, h) or _ACC,
                comma + 1,
                span.end,
                span,
                "statement.according_to_aside",
            )
            if st is not None:
                st.source = source_text
                sstate.source = keys
            return st
        cend = span.start + len(lead.rstrip().rstrip(","))
        st = _make(
            doc,
            keys,
            h,
            text[h.start : h.end],
            _cue_of(doc, h) or _ACC,
            span.start,
            cend,
            span,
            rule,
        )
    if st is not None:
        st.source = source_text
        sstate.source = keys
    return st


_ACC: Final = Cue("say", "according to", "finite")


def _bare_counterpart(doc: Doc, m: Mention, mstate: MeetingState) -> int:
    """The other party of the last meeting of two persons (told in this sentence or the two before), when ``m``
    ("his counterpart", "her counterpart") opens its sentence: the one told after the meeting sentence's first
    person (its subject); -1 when a title says the owner is the woman told after, or anything is unclear."""
    last = mstate.last
    text = doc.text
    if (
        last is None
        or not 0 < m.sent - last.sent <= 2
        or len(last.participants) != 2
        or m.lo - doc.sentences[m.sent].start > 2
        or not text.startswith(("His ", "Her "), m.lo)
    ):
        return -1
    sent = doc.sentences[last.sent]
    first: list[tuple[int, int]] = []
    for k in last.participants:
        e = doc.entity(k)
        starts = [a for a, _b in e.mentions if sent.start <= a < sent.end]
        if e.kind != "person" or not starts:
            return -1
        first.append((min(starts), k))
    first.sort()
    subject, other = first[0][1], first[1][1]
    females = female_keys(doc)
    if text.startswith("His ", m.lo) and subject in females:
        return -1
    if text.startswith("Her ", m.lo) and other in females and subject not in females:
        return -1
    return other


def _sole_recent_person(doc: Doc, sent: int, before: int, pronoun: str) -> int:
    """The one person this sentence (before ``before``) or, failing that, one of the two before it refers to
    (the nearest sentence that refers to any person decides), else -1; "him" is no person titled as a woman."""
    for s in range(sent, max(-1, sent - 3), -1):
        keys = {
            k
            for m in doc.sentence_mentions(s)
            if s < sent or m.end <= before
            for k in doc.refs_of(m)
            if doc.entity(k).kind == "person"
        }
        if len(keys) > 1 or (len(keys) == 1 and pronoun == "him" and keys <= female_keys(doc)):
            return -1
        if keys:
            return next(iter(keys))
    return -1


def _joint_source(doc: Doc, span: Span, src: re.Match[str], mstate: MeetingState) -> tuple[list[int], int] | None:
    """A source both parties of the last meeting issued: "readouts released by both governments",
    "a joint statement", "statements from the two sides"."""
    text = doc.text
    last = mstate.last
    if last is None or len(last.participants) < 2 or doc.sent_index(span.start) - last.sent > 6:
        return None
    jm = _JOINT_SOURCE_RX.match(text, src.end(), span.end)
    if jm is not None:
        end = jm.end()
    elif "joint" in text[src.start() : src.end()].lower():
        end = src.end()
    else:
        return None
    return list(last.participants), end


def _statement_issuer(doc: Doc, sent: int) -> list[int]:
    """The organization that last "issued a statement" (within six sentences): whom "according to the
    statement" cites when no statement of an organization was read yet."""
    text = doc.text
    for i in range(sent, max(-1, sent - 7), -1):
        sp = doc.sentences[i]
        if not holds_any(text, _ISSUED_WORDS, sp.start, sp.end):
            continue
        for m in reversed(doc.sentence_mentions(i)):
            if m.kind not in ("organization", "body") or not _ISSUED_RX.match(text, m.hi, sp.end):
                continue
            keys = list(doc.refs_of(m))
            if keys and _all_of_kind(doc, keys, "organization"):
                return keys
    return []


def _aside_subject(doc: Doc, span: Span, lead: str, mentions: list[Mention]) -> Mention | None:
    """The subject before an aside ("Muttaqi, according to ..., urged"): ``lead`` is just it and a comma."""
    stripped = lead.rstrip()
    if not stripped.endswith(","):
        return None
    comma = span.start + len(stripped) - 1
    first: Mention | None = None
    for m in mentions:
        if m.lo > span.start + 4:
            if (
                first is not None
                and m.kind == "name"
                and m.hi == comma
                and doc.text.startswith(" and ", first.hi)
                and first.hi + 5 == m.lo
            ):
                # "Fidan and Brandt, according to the ministry, agreed ...": two names, the aside's subject
                return m if subjectish(doc, first) else None
            if m.lo > comma:
                break
            continue
        if m.hi == comma or (m.end == comma and m.tail_end < 0):
            return m if subjectish(doc, m) and m.kind not in ("place",) else None
        if m.kind == "name" and first is None and m.lo >= span.start:
            first = m
    return None


def _subject_across(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """A subject no mention rule reads: "Salcedo, who had accused ..." (statement.relative_who),
    "both heads of government agreed ..." (statement.joint_subject)."""
    text = doc.text
    if (bh := _body_head(doc, pos, span, mentions, mstate, sstate)) is not None:
        return bh
    if (pb := _possessive_body(doc, pos, span, mentions, mstate, sstate)) is not None:
        return pb
    if (db := _demonym_body(doc, pos, span, mentions, mstate, sstate)) is not None:
        return db
    if (mb := _modified_body(doc, pos, span, mentions, mstate, sstate)) is not None:
        return mb
    lo = pos - 60 if pos - 60 > span.start else span.start
    window = text[lo:pos]  # sliced once for the literal checks that gate each regex below
    if (("both" in window.lower() or "two" in window) and (jm := _JOINT_LEFT_RX.search(text, lo, pos))) or (
        ("heads" in window or "two" in window or "leaders" in window)
        and not _VERB_S_RX.match(text, pos)  # "the two states in ...": a plural subject's verb takes no -s
        and (jm := _JOINT_BARE_LEFT_RX.search(text, lo, pos))
    ):
        # statement.joint_subject: "Both leaders agreed ...", "the two heads of government agreed that ...":
        # the parties of the last meeting; also "The two also underscored ...", "The heads of state expressed
        # readiness ..." (statement.joint_bare)
        last = mstate.last
        if last is None or doc.sent_index(span.start) - last.sent > 6:
            return None
        keys = [k for k in last.participants if doc.entity(k).kind == "person"]
        rule = "statement.joint_subject" if jm.re is _JOINT_LEFT_RX else "statement.joint_bare"
        return (keys, jm.start(), rule) if len(keys) >= 2 else None
    if "ha" in window and (am := _AUX_PHRASE_LEFT_RX.search(text, lo, pos)):
        # statement.aux_phrase: "Chilean officials have on several occasions voiced ...", "He has in recent
        # weeks condemned ...": a time or occasion phrase between the auxiliary and the cue
        for m in reversed(mentions):
            if m.end > am.start():
                continue
            if m.hi != am.start() or not subjectish(doc, m) or m.kind == "place" or m.possessive:
                return None
            keys = _speaker_keys(doc, m, mstate, sstate)
            lo_m = m.lo
            return (keys, lo_m, "statement.aux_phrase") if keys else None
        return None
    if ("'s" in window or "’s" in window) and (gm := _GENERIC_POSS_ROLE_RX.search(text, lo, pos)):
        # statement.generic_possessive_role: "the kingdom's foreign minister said", "the country's president
        # told": the holder of that role named last before (no one named: no speaker)
        role = doc.lexicon.roles.get(gm.group("role").lower())
        if role is None:
            return None
        best: Entity | None = None
        best_pos = -1
        for e in doc.entities:
            if e.kind != "person" or role_fits(doc.lexicon, role[0], e) != 2:
                continue
            seen = max((a for a, _b in e.mentions if a < gm.start()), default=-1)
            if seen > best_pos:
                best, best_pos = e, seen
        if best is None:
            return None
        best.add((gm.start(), gm.end("role")), "statement.generic_possessive_role")
        return [best.key], gm.start(), "statement.generic_possessive_role"
    if (
        holds_any(window, _ORG_DESC_WORDS)  # "bloc", "alliance", ...: a substring test before the scan
        and (om := _ORG_DESC_LEFT_RX.search(text, lo, pos)) is not None
        and not _PREP_LEFT_RX.search(text, max(span.start, om.start() - 12), om.start())
        and (od := _org_description(doc, _ORG_DESC_RX.match(text, om.start(), pos), om.start())) is not None
    ):
        # statement.org_description: "The bloc said ...", "the alliance also urged ...": the organization named before
        return od[0], om.start(), "statement.org_description"
    if "who" in window and (wm := _WHO_LEFT_RX.search(text, lo, pos)):
        for m in mentions:
            if m.end == wm.start() and m.kind in ("name", "unnamed", "desc"):
                keys = _speaker_keys(doc, m, mstate, sstate)
                if keys and _all_of_kind(doc, keys, "person"):
                    return keys, m.lo, "statement.relative_who"
                return None
        return None
    return _anonymous_source(doc, pos, span, mentions) or _singular_source(doc, pos, span, mentions)


def _joint_bare(doc: Doc, subj: Mention, h: Hit, span: Span, mstate: MeetingState) -> list[int]:
    """statement.joint_bare: "The leaders of the two nations agreed that ..." read as a list of two states'
    leaders: the persons of the last meeting (within six sentences) are the two, when it has two."""
    jm = _JOINT_BARE_LEFT_RX.search(doc.text, max(span.start, h.start - 60), h.start)
    last = mstate.last
    if jm is None or jm.start() != subj.start or last is None:
        return []
    told = max((doc.sent_index(e.start) for e in last.evidence), default=last.sent)  # told last (a headline first)
    if doc.sent_index(span.start) - max(told, last.sent) > 6:
        return []
    keys = [k for k in last.participants if doc.entity(k).kind == "person"]
    if len(keys) != 2:
        return []
    doc.fire("statement.joint_bare", subj.start, subj.end, subj.text)
    return keys


def _singular_source(doc: Doc, pos: int, span: Span, mentions: list[Mention]) -> tuple[list[int], int, str] | None:
    """statement.singular_source: "A Lebanese ministerial source denied ...", "..., a diplomatic source said":
    one unnamed source no actor rule read, opening its clause; its country is its adjective's."""
    text = doc.text
    lo = pos - 60 if pos - 60 > span.start else span.start
    if text.find("source", lo, pos) < 0:
        return None
    sm = _SINGULAR_SOURCE_LEFT_RX.search(text, lo, pos)
    if sm is None or any(m.start < sm.end("np") and sm.start("np") < m.end for m in mentions):
        return None
    at = sm.start()
    if at > span.start and not _CLAUSE_OPEN_RX.search(text, at - 4 if at - 4 > span.start else span.start, at):
        return None  # "met a source ..." : a source inside a clause is no subject
    return _source_person(doc, sm.group("np"), sm.start("np"), sm.end("np")), at, "statement.singular_source"


def _source_person(doc: Doc, phrase: str, lo: int, hi: int) -> list[int]:
    """The unnamed source a phrase names ("Lebanese ministerial source"), a person, once per name."""
    name = re.sub(r"\s+", " ", phrase)
    name = name[:1].upper() + name[1:]
    country = next((c for w in name.split() if w[:1].isupper() and (c := doc.lexicon.country_of(w))), None)
    key = "source_in:" + name.lower()
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("person", name, country=country, unnamed=True).key
    e = doc.entity(doc.unnamed[key])
    e.add((lo, hi), "statement.singular_source")
    return [e.key]


def _anonymous_source(doc: Doc, pos: int, span: Span, mentions: list[Mention]) -> tuple[list[int], int, str] | None:
    """statement.anonymous_source: "Western diplomats said", "Two EU diplomats told the paper", "Several
    analysts said", "..., economic analysts said": a plural source noun (``source_plural``, or a generic
    role's plural: "diplomats") with no determiner opening its clause is an unnamed group, the speaker."""
    text = doc.text
    lx = doc.lexicon
    if not _plural_source_before(text, span.start, pos, lx) and not holds_any(
        text, _ANON_SOURCE_WORDS, span.start, pos
    ):
        return None  # no plural source noun right before the cue, no phrase after one: the patterns cannot match
    am = _ANON_SOURCE_RX.fullmatch(text, span.start, pos) or _ANON_SOURCE_LEFT_RX.search(
        text, max(span.start, pos - 70), pos
    )
    if am is None:
        return None
    head = am.group("head")
    if head.lower() == "people" and am.group("familiar"):
        head = "sources"  # "people familiar with the matter", "people briefed on the talks"
    elif head[0].isupper():
        return None  # "Observers welcomed the deal.": a bare plural opening a sentence sets a scene
    singular = lx.role_plurals.get(head)
    role = lx.roles.get(singular) if singular is not None else None
    if head not in lx.source_plurals and (role is None or role[0] not in lx.generic_roles):
        return None
    n0 = am.start("np")
    if n0 == span.start and text[n0 : n0 + 1].islower():
        return None  # a sentence opens with a capital
    n1 = am.end("np")
    if any(m.start < n1 <= m.end and m.kind in ("group", "cgroup") for m in mentions):
        return None  # "the two diplomats", "both sides": the parties told before
    m = Mention(
        n0,
        n1,
        "source",
        doc.sent_index(n0),
        "statement.anonymous_source",
        text[n0:n1],
        role="Source",
        name=text[n0:n1],
        plural=True,
    )
    return [source_entity(doc, m).key], n0, "statement.anonymous_source"


def _plural_source_before(text: str, start: int, pos: int, lx: Lexicon) -> bool:
    """Is the word before ``pos`` (or before an adverb there: "diplomats also said") a plural source
    noun or a role's plural? Without an aside or a "familiar with" phrase, the anonymous-source
    patterns' head is that word: a cheap look back, not two pattern scans of the clause."""
    words = text[start:pos].rsplit(None, 2)
    for i in range(len(words) - 1, -1, -1):
        if i == 0 and len(words) == 3:
            return True  # the rest of the clause, not one word: no answer from it
        w = words[i]
        word = w if w.isascii() and w.isalpha() else _trailing_letters(w)  # the head may follow a quote or comma
        if word in lx.source_plurals or word in lx.role_plurals:
            return True
        if word != w or word not in _ANON_ADVERBS:
            return False
    return False


def _trailing_letters(word: str) -> str:
    """The ASCII letters ``word`` ends in ("diplomats" of "“diplomats")."""
    j = len(word)
    while j > 0 and word[j - 1] in _ASCII_LETTERS:
        j -= 1
    return word[j:]


def _body_head(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.body_head: "The Joint Staff said", "The National Security Council condemned", "The Foreign
    Office (FO) on Thursday rejected", "..., the Department of Trade (DoT) said": a named institution (its
    last capitalised word a ``speaker_body_head``) right before the cue is the speaker, an organization."""
    text = doc.text
    lo = pos - 90 if pos - 90 > span.start else span.start
    if "he " not in text[lo:pos] or not _name_before(text, lo, pos):
        return None
    bm = _BODY_HEAD_LEFT_RX.search(text, lo, pos)
    if bm is None and (am := _ACRONYM_LEFT_RX.search(text, lo, pos)) is not None:
        return _acronym_body(doc, am, mstate, sstate)
    if (
        bm is None
        or not _body_headed(doc, bm)
        or _PREP_LEFT_RX.search(text, max(span.start, bm.start() - 12), bm.start())
    ):
        return None  # "a source in the Foreign Ministry told": the body is no subject
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.body_head")
    return (keys, bm.start(), "statement.body_head") if keys else None


def _body_headed(doc: Doc, bm: re.Match[str]) -> bool:
    """Is the name ``bm`` matched an institution's: its head word before any "of", "to" or "in" phrase
    ("Council", "Ministry", "ministry") a ``speaker_body_head``?"""
    heads = doc.lexicon.speaker_body_heads
    head = bm.group("head")
    return head in heads or head.capitalize() in heads


def _named_body(
    doc: Doc, bm: re.Match[str], mentions: list[Mention], mstate: MeetingState, sstate: StatementState, rule: str
) -> list[int]:
    """The organization a body name matched by ``bm`` (group ``name``, ``prep``) names: the one an actor rule
    read there, else one made for it (named as written: "UN Support Mission in Libya"), or none when a
    person or a state stands inside the name ("The Embassy of Peru": left to the subject rules)."""
    text = doc.text
    n0, n1 = bm.start("name"), bm.end("name")
    # a place after "in" or "to" ("the Mission in Libya", "the Delegation to Georgia") is where it serves
    own_end = bm.start("prep") if bm.group("prep") in ("in", "to") else n1
    # a possessive's owner ("Seoul's") is the body's state, no part of whom the body is
    # (when the name has no owner, the name's start: "owner" is -1 then, and the sentence's mentions before the
    # name are no part of it)
    b0 = bm.end("owner") + 3 if "owner" in bm.re.groupindex and bm.group("owner") is not None else n0
    inside = [m for m in mentions if m.start < own_end and b0 < m.end]
    if inside and bm.group("prep") in ("of", "for") and all(_owner_in_name(text, bm, m) for m in inside):
        # "the Central Bank of Samoa", "the Office of the President", "the Department
        # of the Taoiseach": a state, or an office named by its title, after "of" is whose the body is
        inside = []
    state = None
    if (
        len(inside) == 1
        and inside[0].kind == "country"
        and inside[0].start == n0
        and inside[0].end < bm.start("head")
        and not inside[0].possessive
        and own_end == n1
    ):
        # statement.state_named_body: "The Sri Lanka Navy said", "the Nepal Electricity Authority": a state's
        # name as the first words of its body's name; the body speaks, named as written
        state, inside = inside[0].country, []
    if inside:
        # a body an actor rule knows ("The Foreign Office (FO) on Thursday"): it speaks; one of its bodies
        # ("the UN Support Mission", "the EU Delegation") is a body of its own
        m = inside[0]
        if len(inside) > 1 or m.kind not in ("organization", "body", "bodyref"):
            return []
        if m.start <= b0 + 1 and own_end == n1:
            if m.end >= n1 - 1 or (m.end >= bm.start("head") and bm.group("prep") is None):
                keys = _speaker_keys(doc, m, mstate, sstate)
                if keys and not _all_of_kind(doc, keys, "country"):
                    return keys
                # "Seoul's Foreign Ministry": a body read as its state speaks as the body itself
        elif m.kind != "bodyref" and own_end == n1 and not (m.kind == "body" and m.start >= bm.start("head")):
            # (a bare "ministry" after modifiers, "South Korea's trade ministry", is this body; so is a head an
            # actor rule read alone: "Ministry" in "the Finance Ministry")
            return []
        # a body told with where it serves ("the Chinese Embassy in Manila") is named so, the fullest name
    name = _BASED_RX.sub("", re.sub(r"\s+", " ", text[n0:n1]))  # "Tripoli-based High Council": where, no name
    if name in doc.lexicon.agencies:
        return []
    key = "body_head:" + name.lower()
    if key not in doc.unnamed:
        country = state or next(
            (c for w in text[n0:own_end].split() if (c := doc.lexicon.country_of(w)) is not None), None
        )
        e = doc.new_entity("organization", name, country=country)
        if state is not None:
            e.rules.append("statement.state_named_body")
        doc.unnamed[key] = e.key
    e = doc.entity(doc.unnamed[key])
    e.add((n0, n1), rule)
    return [e.key]


def _owner_in_name(text: str, bm: re.Match[str], m: Mention) -> bool:
    """Is mention ``m`` inside a body's name (``bm``) its owner after "of": a state ("the Central Bank of
    Samoa") or a title after "the" ("the Office of the President")?"""
    if m.start <= bm.start("prep"):
        return False
    if m.kind == "country":
        return True
    return (
        m.kind in ("unnamed", "desc")
        and (m.text.startswith("the ") or text[max(0, m.start - 4) : m.start] == "the ")
        and m.end <= bm.end("name")
    )


def _demonym_body(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.demonym_body: "The Israeli military said", "The Russian embassy in Helsinki denied": a
    state's adjective, then a lower-case institution (its head a ``speaker_body_head``) right before the
    cue is the speaker, named as written."""
    text = doc.text
    lo = pos - 80 if pos - 80 > span.start else span.start
    heads = doc.lexicon.speaker_body_heads
    for w in text[lo:pos].rsplit(None, 6)[1:]:  # a loop, not any(): no generator made per call (a hot path)
        if w.islower() and w.capitalize() in heads:
            break
    else:
        return None  # no lower-case institution noun among the last words: the pattern cannot match
    bm = _DEMONYM_BODY_LEFT_RX.search(text, lo, pos)
    if bm is None or doc.lexicon.country_of(bm.group("owner")) is None or not _body_headed(doc, bm):
        return None
    if _PREP_LEFT_RX.search(text, max(span.start, bm.start() - 12), bm.start()):
        return None  # "a source in the Russian embassy told": the body is no subject
    if bm.group("portfolio") is not None:
        # "the South Sudanese ministry of information": the body an actor rule read without its portfolio is
        # this one, named in full
        mentions = [m for m in mentions if not (m.kind == "body" and m.end <= bm.end("head"))]
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.demonym_body")
    return (keys, bm.start(), "statement.demonym_body") if keys else None


def _modified_body(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.modified_body: "The conservative Popular Party (PP) criticized", "the opposition Hayastan
    faction accused", "Peru's opposition Green Liberal Party demanded": lower-case words (what kind of
    body it is) between the determiner or a state's possessive and a named institution (its head a
    ``speaker_body_head``) right before the cue; the speaker is the institution, named as written
    without them."""
    text = doc.text
    lo = pos - 100 if pos - 100 > span.start else span.start
    # _finite and _subject_across both ask about the same cue: a "no" the words alone gave is remembered
    no_key = ("statements.no_modified_body", span.start, pos)
    if no_key in doc.memo:
        return None
    words = text[lo:pos].rsplit(None, 7)
    heads = doc.lexicon.speaker_body_heads
    for w in words[-4:]:  # loops, not any(): no generator made per call (a hot path)
        if w.capitalize() in heads:
            break
    else:
        doc.memo[no_key] = True
        return None  # no institution noun among the last words: cannot match
    for w in words[1:-1]:
        if w.islower() and w.isalpha():
            break
    else:
        doc.memo[no_key] = True
        return None  # no lower-case modifier: cannot match
    bm = _MODIFIED_BODY_LEFT_RX.search(text, lo, pos)
    if (
        bm is None
        or not _body_headed(doc, bm)
        # "the minister's political Unity Party": only a state's possessive
        or (bm.group("own") is not None and doc.lexicon.country_of(bm.group("own")) is None)
        # "deputies from the opposition Unity Party said": the body is no subject
        or _PREP_LEFT_RX.search(text, max(span.start, bm.start() - 12), bm.start())
    ):
        doc.memo[no_key] = True
        return None
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.modified_body")
    return (keys, bm.start("name"), "statement.modified_body") if keys else None


def _apposition_source(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int] | None:
    """The person named right after the first comma after "according to" ("according to a statement by the
    ministry's spokesperson, Chidi Okafor, ..."), when the words before it name no one and the name
    ends in a comma or the sentence: its keys and end."""
    text = doc.text
    comma = text.find(",", h.end, h.end + 140 if h.end + 140 < span.end else span.end)
    if comma < 0 or not _APPOSITION_TITLE_RX.match(text, h.end, comma):
        return None
    name = None
    for m in mentions:
        if m.start <= h.end:
            continue
        if m.start < comma:
            if m.kind in ("name", "pronoun", "group", "cgroup"):
                return None  # a name before the comma: the source is told there
            continue
        name = m
        break
    if name is None or name.kind != "name" or text[comma + 1 : name.lo].strip():
        return None
    after = text[name.end : name.end + 2]
    if not (after[:1] in ",." or name.end >= span.end - 1):
        return None
    keys = _speaker_keys(doc, name, mstate, sstate)
    if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
        return None
    return keys, name.end


def _body_at(doc: Doc, pos: int, span: Span) -> re.Match[str] | None:
    """The institution named right at ``pos`` ("the Sovereignty Council", "South Korea's trade ministry"),
    up to a comma or the sentence's end, when its head is a ``speaker_body_head`` (and a possessive's
    owner a state)."""
    text = doc.text
    while text[pos : pos + 1] == " ":
        pos += 1
    c = text[pos : pos + 1]
    if not c.isupper() and not text.startswith("the ", pos):
        return None
    bm = _BODY_AT_RX.match(text, pos, span.end)
    if bm is None:
        return None
    if bm.group("owner") is not None and doc.lexicon.country_of(bm.group("owner")) is None:
        return None
    return bm if _body_headed(doc, bm) else None


def _possessive_body(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.possessive_body: "Seoul's Foreign Ministry said", "..., North Korea's Missile Administration
    said", "India's Ministry of Commerce and Industry said": a state's institution no table names (its head
    a ``speaker_body_head``) right before the cue is the speaker, named as written."""
    text = doc.text
    lo = pos - 90 if pos - 90 > span.start else span.start
    if text.find("'s ", lo, pos) < 0 and text.find("’s ", lo, pos) < 0:
        return None
    # _finite and _subject_across both ask about the same cue: a "no" the words alone gave is remembered
    no_key = ("statements.no_possessive_body", span.start, pos)
    if no_key in doc.memo:
        return None
    bm = _POSS_BODY_LEFT_RX.search(text, lo, pos) if _possessive_name_before(text, lo, pos) else None
    if (
        bm is None
        or (doc.lexicon.country_of(bm.group("owner")) is None and bm.group("owner") not in doc.lexicon.organizations)
        or not _body_headed(doc, bm)
    ):
        # (an international organization owns bodies too: "The European Union's diplomatic service said")
        doc.memo[no_key] = True
        return None
    name = bm.group("name")
    if name.split(" ", 1)[0] in doc.lexicon.agencies or "news agency" in name.lower():
        # statement.agency_body: "South Korea's Yonhap news agency reported": a news agency's own sourcing
        # is no statement (GUIDELINES)
        doc.fire("statement.agency_body", bm.start("name"), pos, name)
        return None
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.possessive_body")
    return (keys, bm.start("name"), "statement.possessive_body") if keys else None


def _name_before(text: str, lo: int, pos: int) -> bool:
    """May a capitalised name (or a bracketed acronym) end right before ``pos``, but for the adverbs
    _BODY_HEAD_LEFT_RX and _ACRONYM_LEFT_RX allow there? A look at the last words: most cues
    without a subject follow lower-case words, and the two patterns are slow to fail."""
    # the last three words; the first item is the rest of the window (or a word it may cut): no answer from it
    words = text[lo:pos].rsplit(None, 3)
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w in _BODY_ADVERBS or (len(w) >= 5 and w.endswith("ly") and w.isascii() and w.isalpha() and w.islower()):
            continue
        # a name ends in a word character or a hyphen ("Geneva," ends none: the patterns fail there, slowly)
        return ("A" <= w[0] <= "Z" and (w[-1].isalnum() or w[-1] in "_-")) or w.endswith(")")
    return True


def _possessive_name_before(text: str, lo: int, pos: int) -> bool:
    """May a name _POSS_BODY_LEFT_RX matches ("Seoul's Foreign Ministry", "India's ministry") end right before
    ``pos``, but for the adverbs it allows there? Its last word ends in a word character, a hyphen or a bracket,
    and a lower-case one is the body's head, one to three words after the owner's "'s" (the pattern is slow
    to fail: "Iran's prominent role in the resolution of the crisis in Syria, and")."""
    # the last words; the first item is the rest of the window (or a word it may cut): no answer from it
    words = text[lo:pos].rsplit(None, 6)
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w in _BODY_ADVERBS or (len(w) >= 5 and w.endswith("ly") and w.isascii() and w.isalpha() and w.islower()):
            continue
        if not (w[-1].isalnum() or w[-1] in "_-)"):
            return False
        if i > 3 and w.isalpha() and w.islower():
            return any(x.endswith(("'s", "’s")) for x in words[i - 3 : i])
        return True
    return True


def _bracketed_acronyms(doc: Doc) -> dict[str, int]:
    """Where each acronym given in brackets ("(DoT)") first stands in the text: one scan per article."""
    memo = doc.memo.get("bracketed_acronyms")
    if isinstance(memo, dict):
        return memo
    found: dict[str, int] = {}
    for m in _BRACKETED_ACRONYM_RX.finditer(doc.text):
        found.setdefault(m.group(1), m.start())
    doc.memo["bracketed_acronyms"] = found
    return found


def _acronym_body(
    doc: Doc, am: re.Match[str], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.body_head: "The DoT said" after "the Department of Trade (DoT)": the body the acronym was
    given to in brackets before."""
    text = doc.text
    at = _bracketed_acronyms(doc).get(am.group("acr"), -1)
    if at < 0 or at >= am.start():
        return None
    fm = _ACRONYM_FULL_RX.search(text, max(0, at - 90), at)
    if fm is None:
        return None
    f0, f1 = fm.start("name"), fm.end("name")
    known = [m for m in doc.mentions_between(max(0, f0 - 4), f1) if m.start < f1 and f0 < m.end]
    if known:
        m = known[0]
        if len(known) > 1 or m.kind not in ("organization", "body", "bodyref"):
            return None
        keys = _speaker_keys(doc, m, mstate, sstate)
    elif fm.group("head") in doc.lexicon.speaker_body_heads:
        name = re.sub(r"\s+", " ", fm.group("name"))
        key = "body_head:" + name.lower()
        if key not in doc.unnamed:
            country = next((c for w in name.split() if (c := doc.lexicon.country_of(w)) is not None), None)
            doc.unnamed[key] = doc.new_entity("organization", name, country=country).key
        keys = [doc.unnamed[key]]
    else:
        return None
    if not keys:
        return None
    for k in keys:
        doc.entity(k).add((am.start("acr"), am.end("acr")), "statement.body_head")
    return keys, am.start(), "statement.body_head"


def _org_description(doc: Doc, dm: re.Match[str] | None, before: int) -> tuple[list[int], int] | None:
    """The organization a description matched by ``_ORG_DESC_RX`` ("the regional bloc", "the alliance") refers
    to: the one mentioned last before ``before`` (with its end), or None when none was."""
    if dm is None:
        return None
    best, best_pos = -1, -1
    for e in doc.entities:
        if e.kind != "organization" or e.country is not None:
            continue  # a state's own body ("Ghana's foreign ministry") is no bloc
        seen = max((a for a, _b in e.mentions if a < before), default=-1)
        if seen > best_pos:
            best, best_pos = e.key, seen
    if best < 0:
        return None
    doc.entity(best).add((dm.start(), dm.end()), "statement.org_description")
    return [best], dm.end()


def _statement_by(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.statement_by: "A statement issued by the Chilean Foreign Ministry said ...", "The ministry's
    statement said ...", "The Chilean foreign ministry statement said ...": the issuer says it."""
    text = doc.text
    last = None
    for m in reversed(mentions):
        if m.end <= h.start:
            last = m
            break
    if last is None or last.kind not in ("organization", "body", "bodyref", "country", "name", "unnamed", "desc"):
        return None
    if (
        last.kind in ("name", "unnamed", "desc")
        and text.startswith(("'", "’"), last.hi)
        and (om := _OFFICE_AFTER_RX.match(text, last.hi)) is not None
        and _PLURAL_GAP_RX.fullmatch(text, om.end(), h.start)
    ):
        # statement.office_of_person: "The prime minister's office said": the office, not the person
        keys = _speaker_keys(doc, last, mstate, sstate)
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
            return None
        office = _office_of(doc, doc.entity(keys[0]), _office_name(text, last.lo, om))
        return [office], last.lo, "statement.office_of_person"
    if (am := _STATEMENT_AFTER_RX.fullmatch(text, last.hi, h.start)) is not None:
        start = last.lo  # "The Chilean foreign ministry statement said", "Rojas's statement said"
        if last.kind in ("name", "unnamed", "desc") and not am.group(1):
            return None  # "Rojas statement" is no phrase: a person's statement is told with a possessive
    elif (
        last.kind in ("organization", "body", "bodyref", "country", "name")
        and not last.possessive
        and _PLURAL_GAP_RX.fullmatch(text, last.hi, h.start)
        and (bm := _STATEMENT_BY_RX.search(text, max(span.start, last.lo - 60), last.lo)) is not None
    ):
        start = bm.start()
    else:
        return None
    keys = _speaker_keys(doc, last, mstate, sstate)
    if not keys or any(doc.entity(k).name in doc.lexicon.agencies for k in keys):
        return None
    if _OFFICE_OF_RX.match(text, start):
        # "The office of Prime Minister X said": the person's office, as "his office said" names it
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
            return None
        keys = [_office_of(doc, doc.entity(keys[0]))]
    return keys, start, "statement.statement_by"


def _statement_by_body(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.statement_by_body: "..., a statement from the Presidency of the Republic said": the issuer,
    an institution no table names (its head a ``speaker_body_head``), says it."""
    text = doc.text
    lo = h.start - 120 if h.start - 120 > span.start else span.start
    if not holds_any(text, _ISSUED_WORDS, lo, h.start):
        return None
    sm = _STATEMENT_BY_BODY_RX.search(text, lo, h.start)
    if sm is None or not _body_headed(doc, sm):
        return None
    keys = _named_body(doc, sm, mentions, mstate, sstate, "statement.statement_by_body")
    return (keys, sm.start(), "statement.statement_by_body") if keys else None


def _office_of(doc: Doc, person: Entity, written: str | None = None) -> int:
    """The organization that is a person's office, made once per person: named as the text writes it
    ("prime minister's office", "Toktogulov's press service") when given, else "Office of <the person's
    role or name>"."""
    key = f"office:{person.key}"
    if key not in doc.unnamed:
        if written is None:
            who = f"the {person.role}" if person.role else person.name
            written = f"Office of {who}"
        e = doc.new_entity("organization", written, country=person.country)
        doc.unnamed[key] = e.key
    return doc.unnamed[key]


def _person_office(
    doc: Doc, h: Hit, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int] | None:
    """ "the PM Office said", "the President's Media Office said": a person's title or name, then "Office",
    right before the cue: the person's office (its keys and start)."""
    text = doc.text
    if text.find("Office", h.start - 20 if h.start > 20 else 0, h.start) < 0:
        return None
    last = next((m for m in reversed(mentions) if m.end <= h.start), None)
    if last is None or last.kind not in ("desc", "name", "unnamed"):
        return None
    om = _OFFICE_NOUN_AFTER_RX.match(text, last.hi)
    if om is None or not _PLURAL_GAP_RX.fullmatch(text, om.end(), h.start):
        return None
    keys = _speaker_keys(doc, last, mstate, sstate)
    if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
        return None
    return [_office_of(doc, doc.entity(keys[0]), _office_name(text, last.lo, om))], last.lo


def _press_service(doc: Doc, pos: int, span: Span) -> tuple[int, int] | None:
    """statement.press_service: "the press service of the Cabinet", "the Kazakh Foreign Ministry's press service",
    "Akorda press service", "the President's press secretariat" right before the cue at ``pos``: the press office,
    an organization named as written ("Press service of the Cabinet"; the owner's last word ends the name, as the
    body it speaks for), and where its phrase starts."""
    text = doc.text
    lo = pos - 100 if pos - 100 > span.start else span.start
    if not holds_any(text, _PRESS_SERVICE_WORDS, lo, pos):
        return None
    pm = _PRESS_SERVICE_LEFT_RX.search(text, lo, pos)
    if pm is None:
        return None
    key = _press_service_entity(doc, pm)
    return (key, pm.start()) if key is not None else None


def _press_service_entity(doc: Doc, pm: re.Match[str]) -> int | None:
    """The organization a press office's name (``pm``'s group ``name``) names, made once per article; the
    press office of a named institution ("the Kazakh Foreign Ministry's press service", its head word a
    ``speaker_body_head``) is that institution's voice: the institution."""
    text = doc.text
    n0, n1 = pm.start("name"), pm.end("name")
    if pm.group("ohead") is not None and pm.group("ohead") in doc.lexicon.speaker_body_heads:
        for m in doc.mentions_between(pm.start("owner"), pm.end("owner")):
            refs = doc.refs_of(m)
            if m.end <= pm.end("owner") and m.kind in ("organization", "body") and len(refs) == 1:
                return refs[0]
        n1 = pm.end("owner")
    name = re.sub(r"\s+", " ", text[n0:n1])
    name = name[:1].upper() + name[1:]
    if name in doc.lexicon.agencies:
        return None
    key = "body_head:" + name.lower()
    if key not in doc.unnamed:
        country = next((c for w in name.split() if (c := doc.lexicon.country_of(w)) is not None), None)
        doc.unnamed[key] = doc.new_entity("organization", name, country=country).key
    e = doc.entity(doc.unnamed[key])
    e.add((n0, n1), "statement.press_service")
    return e.key


def _office_name(text: str, lo: int, om: re.Match[str]) -> str:
    """The office as written, from its owner's mention to "office" ("Iraqi premier's media office")."""
    name = re.sub(r"\s+", " ", text[lo : om.end()])
    return name[4:] if name[:4].lower() == "the " else name


def _owner_office(person: Entity, om: re.Match[str], group: int = 0) -> str:
    """ "her office", "his media office": the office named by its owner ("Rachel Whitford's office")."""
    return f"{person.name}'s {om.group(group).strip()}"


def _office_owner(doc: Doc, span: Span, mentions: list[Mention], mstate: MeetingState, before: int) -> list[int]:
    """Whose office "his office" is: the person the clause opens with, else the last person who spoke
    (within two sentences)."""
    owner = [k for k in _clause_subject(doc, span, mentions, mstate, before) if doc.entity(k).kind == "person"]
    if not owner and mstate.last_speaker is not None and doc.sent_index(span.start) - mstate.last_speaker[1] <= 2:
        owner = [mstate.last_speaker[0]]
    return owner


def _source_in_body(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.source_in_body: "A source in the Chilean Foreign Ministry told ...", "officials at the
    embassy said ...": an unnamed source placed inside a body or country, right before the cue."""
    text = doc.text
    body = None
    for m in reversed(mentions):
        if m.end <= h.start:
            body = m
            break
    if body is None or body.kind not in ("organization", "body", "bodyref", "country"):
        return None
    rule = "statement.source_in_body"
    if body.possessive or text.startswith(("'", "’"), body.hi):
        # statement.spokesperson_of_body: "The ministry's spokesperson said", "the Kremlin's spokesman told"
        pm = _BODY_POSS_ROLE_RX.fullmatch(text, body.hi, h.start)
        if pm is None:
            return None
        head, lo, hi, rule = pm.group("head"), body.lo, pm.end("head"), "statement.spokesperson_of_body"
        name_start = lo
    else:
        if not _BODY_CUE_GAP_RX.fullmatch(text, body.hi, h.start):
            return None
        sm = _SOURCE_IN_RX.search(text, max(span.start, body.lo - 70), body.lo)
        if sm is None:
            return None
        head, lo, hi, name_start = sm.group("head"), sm.start(), body.end, sm.start("head")
        if sm.group("prep") in ("for", "of"):
            # statement.spokesperson_of_body: "A spokesperson for the State Department said"
            if head.lower().startswith("source"):
                return None
            rule = "statement.spokesperson_of_body"
    owner = _speaker_keys(doc, body, mstate, sstate)
    if rule == "statement.spokesperson_of_body":
        owner_name = doc.entity(owner[0]).name if len(owner) == 1 else text[body.start : body.end]
        return _body_spokesperson(doc, owner, owner_name, head, lo, hi, rule), lo, rule
    name = text[name_start : body.end]
    return _unnamed_source(doc, owner, name[:1].upper() + name[1:], head, lo, hi, rule), lo, rule


def _body_spokesperson(
    doc: Doc, owner: list[int], owner_name: str, head: str, lo: int, hi: int, rule: str
) -> list[int]:
    """A body's spokesperson: the one named before ("Foreign Ministry spokesperson Lin Wei"), else an
    unnamed "Spokesman of <the body>"."""
    countries = {doc.entity(k).country for k in owner}
    country = countries.pop() if len(countries) == 1 else None
    low_head = head.lower()
    named = [
        e.key
        for e in doc.entities
        if e.kind == "person"
        and not e.unnamed
        and e.role
        and low_head in e.role.lower()
        and (country is None or e.country == country)
    ]
    if len(named) == 1:
        doc.entity(named[0]).add((lo, hi), rule)
        return named
    return _unnamed_source(doc, owner, f"{head[:1].upper() + head[1:]} of {owner_name}", head, lo, hi, rule)


def _unnamed_source(doc: Doc, owner: list[int], name: str, head: str, lo: int, hi: int, rule: str) -> list[int]:
    """The unnamed source (a person, or a group for a plural head) of a body, made once per name."""
    countries = {doc.entity(k).country for k in owner}
    country = countries.pop() if len(countries) == 1 else None
    key = "source_in:" + name.lower()
    if key not in doc.unnamed:
        e = doc.new_entity("group" if head.endswith("s") else "person", name, country=country, unnamed=True)
        doc.unnamed[key] = e.key
    e = doc.entity(doc.unnamed[key])
    e.add((lo, hi), rule)
    return [e.key]


def _its_spokesperson(
    doc: Doc, pos: int, span: Span, mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.its_spokesperson: "The Kremlin accused Brussels of X. Its spokesman said ...": the
    spokesperson of the body the sentence before opened with (else of the last body that spoke)."""
    lo = pos - 40 if pos - 40 > span.start else span.start
    if "ts " not in doc.text[lo:pos] or (m := _ITS_SPOKES_RX.search(doc.text, lo, pos)) is None:
        return None
    sent = doc.sent_index(pos)
    owner: list[int] = []
    if sent > 0:
        prev = doc.sentences[sent - 1]
        owner = _clause_subject(doc, prev, doc.sentence_mentions(sent - 1), MeetingState(), prev.end)
    if not owner or not _all_of_kind(doc, owner, "organization"):
        owner = list(sstate.source)
    if len(owner) != 1:
        return None
    rule = "statement.its_spokesperson"
    keys = _body_spokesperson(doc, owner, doc.entity(owner[0]).name, m.group("head"), m.start(), m.end("head"), rule)
    return keys, m.start(), rule


def _trailing_source(
    doc: Doc, h: Hit, cue: Cue, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> StatementDraft | None:
    """statement.trailing_source: "..., people familiar with the matter said", "..., the people said",
    "..., his office said", "..., the readout said": a source no actor rule names, after its content."""
    text = doc.text
    lo = h.start - 70 if h.start - 70 > span.start else span.start
    if not holds_any(text, _TRAILING_SOURCE_WORDS, lo, h.start):
        return None
    sm = _TRAILING_SOURCE_RX.search(text, lo, h.start)
    if sm is None or not _FRONT_TAIL.fullmatch(text, h.end, span.end):
        return None
    src0, src1 = sm.start("src"), sm.end("src")
    phrase = text[src0:src1]
    low = phrase.lower()
    if not low.startswith("the same source") and any(m.start < src1 and src0 < m.end for m in mentions):
        return None  # an actor rule knows this source: the finite rule reads it
    keys: list[int] = []
    extra = ""
    if low.endswith(" office"):
        owner = _office_owner(doc, span, mentions, mstate, src0)
        if len(owner) != 1:
            return None
        person = doc.entity(owner[0])
        keys = [_office_of(doc, person, f"{person.name}'s {phrase.split(None, 1)[1]}")]
    elif low.startswith(("the readout", "the statement", "the communiqu", "the release")):
        keys = list(sstate.source)
        if not keys and low.startswith("the communiqu"):
            keys = _communique_parties(doc, span, mstate)
            extra = "statement.communique_parties"
    elif low in ("the people", "the persons"):
        keys = [v for k, v in reversed(doc.unnamed.items()) if k.startswith("people:")][:1]
    elif low.startswith("the same source"):
        # statement.same_sources: "..., the same sources said": the unnamed sources told last
        keys = [
            e.key
            for e in reversed(doc.entities)
            if e.unnamed and e.kind in ("group", "person") and e.name.lower().endswith(("source", "sources"))
        ][:1]
        extra = "statement.same_sources"
    else:
        name = phrase[4:] if low.startswith("the ") else phrase
        key = "people:" + name.lower()
        if key not in doc.unnamed:
            e = doc.new_entity("group", name, country=None, unnamed=True)
            doc.unnamed[key] = e.key
        keys = [doc.unnamed[key]]
    if not keys:
        return None
    for k in keys:
        doc.entity(k).add((src0, src1), "statement.trailing_source")
    cend = sm.start()
    if text[cend] != ",":
        cend += 1
    st = _make(doc, keys, h, text[src0 : h.end], cue, span.start, cend, span, "statement.trailing_source")
    if st is not None and extra:
        st.rules.append(extra)
    return st


def _communique_parties(doc: Doc, span: Span, mstate: MeetingState) -> list[int]:
    """statement.communique_parties: the issuers of a communiqué no body is said to have issued ("according
    to a final communiqué", "the communiqué said"): the parties of the last meeting (two or more, told
    within six sentences)."""
    last = mstate.last
    if last is None or len(last.participants) < 2 or doc.sent_index(span.start) - last.sent > 6:
        return []
    return list(last.participants)


def span_sent(doc: Doc, span: Span) -> int:
    return doc.sent_index(span.start)


def _all_of_kind(doc: Doc, keys: list[int], kind: str) -> bool:
    """Are all the entities of ``keys`` of ``kind`` (true of none)?"""
    entities = doc.entities
    for k in keys:  # noqa: SIM110 - a loop, not all(): no generator made per call (a hot path)
        if entities[k].kind != kind:
            return False
    return True


def _embedded_country(doc: Doc, st: StatementDraft, out: list[StatementDraft], mentions: list[Mention]) -> bool:
    """ "..., said Wang" over "China hopes ...": a country's cue inside another's content is reported speech.

    statement.side_in_report: "The Turkish side stressed ..., the ministry said" is not: "the
    <nationality> side" is a party to talks whose words a readout reports, and keeps its statement.
    """
    if not _all_of_kind(doc, st.speakers, "country"):
        return False
    subj = next((m for m in reversed(mentions) if m.end <= st.cue_start), None)
    if subj is not None and subj.kind == "country" and subj.text.endswith(" side"):
        if "statement.side_in_report" not in st.rules:
            st.rules.append("statement.side_in_report")
        return False
    for o in out:
        if o is not st and o.content_span.start <= st.cue_start < o.content_span.end:
            if _EVENT_CLAUSE_RX.fullmatch(doc.text, o.content_span.start, st.cue_start) is not None:
                # statement.event_clause: "X expressed concern after Iran announced that ...": the country's words
                # are the event X reacts to, told by the article, not reported by X
                if "statement.event_clause" not in st.rules:
                    st.rules.append("statement.event_clause")
                return False
            return True
    return False


#: a content that opens with the event it reacts to, up to the country's cue ("after Iran announced")
_EVENT_CLAUSE_RX: Final = re.compile(
    r"(?:after|when|as|since|following|because|before|once|until)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"\s+(?:has\s+|had\s+|have\s+)?"
)


def _trim_coordinated(doc: Doc, out: list[StatementDraft]) -> None:
    """A statement's content stops where the next coordinated or participle cue starts."""
    text = doc.text
    for i, st in enumerate(out):
        for nxt in out[i + 1 :]:
            if nxt.cue_start <= st.content_span.start or nxt.cue_start >= st.content_span.end:
                continue
            if nxt.rules[0] == "statement.with_person":
                # "X denied any role, with its spokesman Y claiming ...": X's content stops before "with"
                cut = text.rfind(", with ", st.content_span.start, nxt.cue_start)
                if cut > st.content_span.start:
                    s, e, direct = _strip_content(text, st.content_span.start, cut)
                    st.content_span = span_of(s, e)
                    st.content = text[s:e]
                    st.direct = direct
                break
            if nxt.rules[0] in _JOINED_RULES:
                if (
                    st.rules[0] in _ACCOUNT_RULES
                    and st.cue_start < st.content_span.start
                    and not set(nxt.speakers) & set(st.speakers)
                ):
                    # statement.account_whole: "According to the ministry, A welcomed X and urged Y": the
                    # account holds all A did; A's own cues are statements of their own
                    if "statement.account_whole" not in st.rules:
                        st.rules.append("statement.account_whole")
                    continue
                m = _coord_left_memo(
                    doc,
                    nxt.cue_start - 30 if nxt.cue_start - 30 > st.content_span.start else st.content_span.start,
                    nxt.cue_start,
                )
                cut = m.start() if m else nxt.cue_start
                s, e, direct = _strip_content(text, st.content_span.start, cut)
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                break
            if (
                nxt.rules[0] == "statement.finite"
                and nxt.speakers == st.speakers
                and text.startswith(", ", nxt.cue_start - 2)
                and _LISTED_CUE_RX.match(text, nxt.cue_start) is not None
            ):
                # statement.listed_cue: "expressed concern over A, voiced support for B and stressed C": a cue
                # of the same speaker listed after a comma ends the content before it
                s, e, direct = _strip_content(text, st.content_span.start, nxt.cue_start - 2)
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                if "statement.listed_cue" not in st.rules:
                    st.rules.append("statement.listed_cue")
                break
            if (
                nxt.rules[0] in ("statement.finite", "statement.opposition")
                and not set(nxt.speakers) & set(st.speakers)
                and (
                    cm := _CLAUSE_BREAK_RX.search(
                        text,
                        nxt.cue_start - 70 if nxt.cue_start - 70 > st.content_span.start else st.content_span.start,
                        nxt.cue_start,
                    )
                )
                is not None
            ):
                # statement.clause_break: "X stressed A, while Y called for B": the other speaker's clause
                # ends X's content
                s, e, direct = _strip_content(text, st.content_span.start, cm.start())
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                if "statement.clause_break" not in st.rules:
                    st.rules.append("statement.clause_break")
                break
            if (
                st.rules[0] in _PARTICIPLE_RULES
                and nxt.rules[0] == "statement.finite"
                and nxt.speakers == st.speakers
                and (c := text.rfind(", ", st.content_span.start, nxt.cue_start)) > st.content_span.start
                and _CLAUSE_SUBJECT_AFTER_COMMA_RX.fullmatch(text, c + 2, nxt.cue_start) is not None
            ):
                # statement.participle_before_clause: "... and while emphasizing A, he praised B": the clause the
                # participle went before ends its content
                s, e, direct = _strip_content(text, st.content_span.start, c)
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                if "statement.participle_before_clause" not in st.rules:
                    st.rules.append("statement.participle_before_clause")
                break
            if nxt.rules[0] in _FRONTED_RULES and nxt.content_span.end <= nxt.cue_start:
                # "X pledged support for Kyiv, the EU said": the content stops at the attribution
                cut = doc.text.rfind(",", st.content_span.start, nxt.cue_start)
                if cut > st.content_span.start:
                    s, e, direct = _strip_content(text, st.content_span.start, cut)
                    st.content_span = span_of(s, e)
                    st.content = text[s:e]
                    st.direct = direct
                break


def _set_kind(doc: Doc, st: StatementDraft) -> None:
    if st.kind != "say":
        return
    if st.rules[0] in _ACCOUNT_RULES and not _all_of_kind(doc, st.speakers, "person"):
        return  # statement.account_kind: "X said A, according to the ministry": a body's account is `say`
    lx = doc.lexicon
    for rx, kind in lx.cue_content_kinds.get(st.base, ()):
        if rx.search(st.content):
            st.kind = kind
            st.rules.append("statement.content_kind")
            return
    content = st.content
    # the patterns are case-blind scans, slow where nothing matches: each is run only when
    # the content holds one of the words every match of it holds (a scan per word group tells for all)
    kinds = lx.content_kinds
    if foldable(content):
        lowered = content.lower()
        admitted = 0
        for words in _content_kind_words(lx):
            admitted |= words.admitted(lowered)
        # only the admitted patterns, lowest bit first (the table's order): a few of the many kinds, no loop over all
        while admitted:
            low = admitted & -admitted
            i = low.bit_length() - 1
            if i >= len(kinds):
                return
            rx, kind = kinds[i]
            if rx.search(content):
                st.kind = kind
                st.rules.append("statement.content_kind")
                return
            admitted ^= low
        return
    if lx.content_kinds_any is not None and not lx.content_kinds_any.search(content):
        return  # one pass over the content says that none of the patterns can match
    for rx, kind in kinds:
        if rx.search(content):
            st.kind = kind
            st.rules.append("statement.content_kind")
            return


#: the first characters that part the content kinds' words into scans of their own (a space; a to m), the rest
#: in a last one: each scan's regex stops only where one of its words can start and tries fewer of them there (one
#: scan of all the words tried some two dozen alternatives at nearly every character; three scans cost an eighth
#: fewer instructions, two or four more); a set's words in several scans are admitted as one set's: by any scan
_CONTENT_KIND_FIRST_LETTERS: Final = (" ", "abcdefghijklm")


@functools.lru_cache(maxsize=8)
def _content_kind_words(lx: Lexicon) -> tuple[WordSets, ...]:
    """For each of ``lx.content_kinds``: lower-case words one of which every match holds, parted by their first
    character over the scans of ``_CONTENT_KIND_FIRST_LETTERS`` (a set of no known words, admitting every content,
    in the first scan only)."""
    sets = [required_words(rx, fold=True) for rx, _kind in lx.content_kinds]
    groups = [*_CONTENT_KIND_FIRST_LETTERS, ""]  # "": the words of no group before
    scans: list[WordSets] = []
    for g in range(len(groups)):
        part: list[frozenset[str] | None] = []
        for words in sets:
            if words is None:
                part.append(None if g == 0 else frozenset())
            else:
                part.append(frozenset(w for w in words if _first_letter_group(w, groups) == g))
        scans.append(WordSets(part))
    return tuple(scans)


def _first_letter_group(word: str, groups: list[str]) -> int:
    """The first of ``groups`` that holds the first character of ``word`` (the last, "", takes any)."""
    for g, first in enumerate(groups):
        if not first or word[0] in first:
            return g
    return len(groups) - 1


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_FINITE_RX2: Final = re.compile(r"\s*(?:the\s+|its\s+|his\s+|her\s+|their\s+)?")
_INVERTED_MODIFIER_RX: Final = re.compile(
    r"\s*(?:the\s+)?(?:(?!(?:that|it|to|in|on|at|by|of|for|with|he|she|they|and|but|as|this|its|his|her|their)\s)"
    r"[a-z][a-z-]+\s+){1,3}"
)
#: " resident ", " Kyiv resident ", " the analyst " between an inverted cue and an untitled name
#: (statement.inverted_description)
_INVERTED_NOUN_RX: Final = re.compile(r"\s+" + DESCRIBING_NOUN)
#: "'s press secretary ", "’s spokesman " between an owner's possessive and the name that speaks
_OWNER_TITLE_GAP_RX: Final = re.compile(r"['’]s(?:\s+[a-z][a-z-]+){1,3}\s+")
#: after an inverted cue's name: its description to the sentence's end (statement.inverted_apposition)
_INVERTED_APPOS_TAIL: Final = re.compile(
    r",\s*(?:\d{1,3}\s*,\s*)?(?:(?:an?|the|his|her|their|one|another)\s+[^“”\"]*|who\b[^“”\"]*|\d{1,3}\s*|"
    # "said X, Jordan's foreign minister", "said X, the EU's top diplomat": a possessive owner before the post
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s+[a-z][^“”\"]*|"
    # "said X, senior fellow at the Y Institute", "said X, professor of politics at Z", "said X, U.S.
    # undersecretary of state for public affairs": a bare post of a body
    r"(?:[A-Z][\w.]*\s+)?"
    r"(?!(?:while|when|as|after|before|during|in|on|at|and|but|which|adding|noting|saying)\s)(?:[a-z][\w-]*\s+){1,4}"
    r"(?:at|of|for|with|in|from)\s+[^“”\"]*)[.!?]?[\"”’]?\s*$"
)
#: "this in an interview with NHK", "so on Monday, speaking in parliament": a demonstrative object, then only
#: where or when (statement.demonstrative_object)
_DEMONSTRATIVE_OBJECT_RX: Final = re.compile(
    r"\s(?:this|so)(?:\s+(?:on|in|at|during|after|before|while|when|to|via|through|earlier|later|today|yesterday)\b"
    r"[^“”\"]*|\s*,\s*(?:speaking|writing|adding)\b[^“”\"]*)?\s*[.]?\s*$"
)
#: a capitalised word right before a capitalised cue ("the United States", "Human Rights Watch Says" inside a
#: sentence): the cue is a word of a name (statement.name_word)
_NAME_WORD_LEFT_RX: Final = re.compile(r"\b[A-Z][\w’'.-]*\s+$")
#: ", both ministries said on Friday.", ", a spokesperson for the military said Thursday.": the last comma's phrase
#: is an attribution (statement.trailing_attribution); no conjunction or relative word opens it
_TRAILING_ATTRIBUTION_RX: Final = re.compile(
    r",\s+(?!(?:and|but|or|as|which|who|whom|whose|while|when|where|because|although|though|if|that|so|"
    r"what|how|after|before|since|until|unless)\b)(?:[^\s,“”\"]+\s+){1,8}?(?:said|says|added|adds|stated|noted|reported|reports)"
    r"(?:\s+[^\s,“”\"]+){0,3}\s*[.]?\s*"
)
#: the words every match of _TRAILING_ATTRIBUTION_RX holds ("said", "added", ...)
_TRAILING_ATTRIBUTION_WORDS: Final = required_words(_TRAILING_ATTRIBUTION_RX)
#: " in Sarajevo on Monday " between a subject and its cue (statement.place_gap)
_PLACE_GAP_RX: Final = re.compile(
    r"\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+$"
)


def _place_gap(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_PLACE_GAP_RX.search(text, lo, end)``, run only when the window's last word is capitalised (a place or a
    weekday) and "in" is one of its last five words: most cues follow a lower-case word, and the scan tries every
    space of the window."""
    if end <= lo or not text[end - 1].isspace():
        return None
    words = text[lo:end].split()
    if not words or not "A" <= words[-1][0] <= "Z" or "in" not in words[-5:]:
        return None
    return _PLACE_GAP_RX.search(text, lo, end)


#: " to the United Nations ", " to Egypt on Monday " between an envoy's role and its cue (statement.envoy_to_gap)
_ENVOY_TO_GAP_RX: Final = re.compile(
    r"\s+to\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    # "The Saudi ambassador to the UN, for his part, said": an aside set off by commas
    r"(?:,\s+[^,;:“”\"]{1,80},)?\s+" + _CUE_LEFT_GAP + "$"
)
_ENVOY_WORDS: Final = ("ambassador", "envoy", "representative", "emissary", "ambassador-designate")
#: ", a visiting professor at ", ", the spokesperson of ": a description opening after a comma
_APPOS_OPEN_RX: Final = re.compile(r",\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:at|of|for|with|in)\s")
#: " Reuters ", " Foreign Minister Lavrov " after "told", before a clause's pronoun or article (statement.told_name)
_TOLD_NAME_RX: Final = re.compile(
    # (an outlet's name may take its article: "told the Herald the talks were useful")
    r"\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s+"
    r"(?=(?:it|he|she|they|we|there|the|a|an|his|her|their|its)\s)"
)
#: two capitalised words after an inverted cue, then the sentence's end, a comma or a preposition: a name ("...,
#: writes Jon Smith for the Review"; statement.inverted_unread), not a clause ("..., said Hong Kong's autonomy had")
_NAME_NEXT_RX: Final = re.compile(
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+(?=\s*[,.;]|\s+(?:for|of|in|at|on|who)\b|\s*$)"
)
#: a subheading's words at most (statement.heading_line)
_HEADING_MAX_WORDS: Final = 10
#: a lead that ends a clause: a comma, a closing quote ("'We held talks,' he stated": a straight single quote
#: after the quote's last stop closes it too)
#: "de la ", "van der " right before a surname at the end of a fronted report's lead (statement.particle_lead)
_PARTICLE_LEAD_RX: Final = re.compile(r"(?:^|(?<=\s))((?:[a-z]{1,4}\s){1,3})$")
_FINITE_RX3: Final = re.compile(r"(?:,|[,.!?][”\"’']|[”\"’])\s*$")
_PARTICIPLE_NEXT_RX: Final = re.compile(
    r"(?:\s+(?:on|in|at|last|this|late|early|after|following|during)\s+[^,]{1,40})?,\s*"
)
#: what joins the subjects of a clause: "X, Y and Z", "X and his counterpart Y"
_CLAUSE_SUBJECT_RX: Final = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:(?:his|her|their|the)\s+)?")
#: " Enlargement ", " " between a body and a person's title ("EU Enlargement Commissioner X"):
#: statement.modifier_subject
_TITLE_MODIFIER_GAP_RX: Final = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+")
_PARTICIPLE_RX2: Final = re.compile(r",\s*(?:the\s+)?")
_PARTICIPLE_RX3: Final = re.compile(r",\s*")
_ACCORDING_TO_RX1: Final = re.compile(r"\s*the (?:statement|report|ministry|communiqu[eé]|readout|press release)\b")
_ACCORDING_TO_RX2: Final = re.compile(r"\s*(?:them|him|her)\b")
_STATEMENT_REF_RX: Final = re.compile(
    # a class of first letters opens the pattern (not "\b", tried at every position); the lookbehinds check the
    # word start and which letter it was
    r"[TtIi](?<!\w[TtIi])(?:(?<=[Tt])he (?:statement|report|ministry|note|communiqu[eé]|readout|press release|"
    r"(?:joint\s+)?declaration|joint statement)|(?<=[Ii])t)\s+(?:also\s+|further\s+)?$"
)
#: the words a match of _STATEMENT_REF_RX ends on, before its white space
_STATEMENT_REF_ENDS: Final = (
    "statement",
    "report",
    "ministry",
    "note",
    "communique",
    "communiqué",
    "readout",
    "release",
    "declaration",
    "it",
    "It",
    "also",
    "further",
)
#: ", Kremlin aide ", ", Russian presidential aide " before a name: the title's words, its last one a role
_TITLE_LEAD_RX: Final = re.compile(r"(?:,|[,.!?][”\"’])\s*((?:[A-Z][\w-]*\s+){0,2}(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+)$")
#: ", presidential ", ", the senior " before a title the name's actor rule read: its lower-case modifiers
#: (no conjunction, relative or possessive word: ", and spokesman X said" is a new clause)
_MODIFIER_LEAD_RX: Final = re.compile(
    r"(?:,|[,.!?][”\"’])\s*((?:(?:the|a|an)\s+)?(?:[a-z]+['’]s\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,2}"
    r"(?:(?!(?:and|but|or|nor|while|whereas|as|when|where|which|who|whom|whose|that|so|then|yet|if|"
    r"its|his|her|their|our|this|these|those)\s)[a-z][a-z-]+\s+){1,3})$"
)
#: ", Novak's ", ", the President's " before a title the name's actor rule read (statement.possessive_title)
_POSS_LEAD_RX: Final = re.compile(
    # ", his spokesman Stephane Dujarric said": a possessive pronoun for whose spokesman he is
    r"(?:,|[,.!?][”\"’])\s*((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s?)?\s+|(?:his|her|its|their)\s+)$"
)
#: "Western diplomats ", "two EU diplomats ", ", several economic analysts " opening a clause before its cue
#: (no determiner: "the diplomats" are the parties told before)
_ANON_SOURCE_NP: Final = (
    r"(?P<np>(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|\d+)\s+)?"
    r"(?:(?!(?i:the|a|an|his|her|its|their|our|these|those|both|all|and|but|or|which|who|that|as|while)\s)"
    r"(?:[A-Z][\w.-]*|[a-z][a-z-]+)\s+){0,3}(?P<head>[A-Za-z][a-z]+)(?P<familiar>\s+(?:familiar|briefed|close)\s+"
    r"(?:with|on|to)\s+(?:the|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?)?)"
    r"(?:\s*,\s*(?:speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|speaking\s+anonymously|"
    r"who\s+(?:asked|declined|requested|spoke)\s[^,]{0,40}?)\s*,)?\s+(?:(?:also|later|earlier|privately)\s+)?"
)
_ANON_SOURCE_RX: Final = re.compile(r"[“\"‘]?\s*" + _ANON_SOURCE_NP)
#: the words of _ANON_SOURCE_NP's phrases after the head ("familiar with the matter", ", speaking on
#: condition of anonymity,", ", who asked not to be named,"): with one, the head need not end the clause
_ANON_SOURCE_WORDS: Final = frozenset({"familiar", "briefed", "close", "speaking", "who"})
#: the adverbs _ANON_SOURCE_NP allows between the head and the cue
_ANON_ADVERBS: Final = frozenset({"also", "later", "earlier", "privately"})
_ASCII_LETTERS: Final = string.ascii_letters
_ANON_SOURCE_LEFT_RX: Final = re.compile(r"(?:[,;:]\s*|\b(?:and|but|while)\s+|[“\"]\s*)" + _ANON_SOURCE_NP + "$")
#: an auxiliary right after a cue's -s form makes it a plural noun ("states have", "claims were")
_NOUN_CUE_AFTER_RX: Final = re.compile(
    r"\s+(?:have|had|are|were|will|would|could|can|should|must|might|remain|remained)\b(?!\s+(?:to|that)\b)"
)
#: ", while Vidal ", "; Peru's minister " before another speaker's cue: the break between two clauses
_CLAUSE_BREAK_RX: Final = re.compile(
    r"(?:,\s*(?:while|whereas|but)|;)\s+(?:[\w'’.-]+\s+){1,6}?(?:(?:also|in turn|for (?:his|her|its|their) part|"
    r"[a-z]{3,}ly),?\s+)?$"
)
#: an organization told by what it is: "the regional bloc", "the alliance", "the 27-member union"
_ORG_DESC_RX: Final = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:bloc|alliance|organi[sz]ation|grouping)\b(?!['’-])")
#: "leaders of the bloc said": a description after a preposition is no subject
_PREP_LEFT_RX: Final = re.compile(r"\b(?:of|in|from|at|within|to|with|for|by|on|about|inside)\s+$")
#: the same description as a cue's subject ("The bloc said", "the alliance also urged")
_ORG_DESC_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:bloc|alliance|organi[sz]ation|grouping)\s+"
    r"(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)
_ORG_DESC_WORDS: Final = required_words(_ORG_DESC_LEFT_RX)
#: after a parenthetical "X said": a comma (a place or day before it), then the rest of what was said
_PAREN_AFTER_RX: Final = re.compile(r"(?:\s+(?:on|in|at)\s+[^,“”\"]{1,30}?)?\s*,\s*(?:[“\"]\s*)?(?=[\w“\"])")
#: a clause's subject and its adverb after a comma, up to its cue: "he ", "the minister also ", "Zarif "
#: (statement.participle_before_clause)
_CLAUSE_SUBJECT_AFTER_COMMA_RX: Final = re.compile(
    r"(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:also\s+|further\s+)?"
)
#: " in a statement", " in a written statement" right after a cue (statement.person_statement_source)
_IN_STATEMENT_RX: Final = re.compile(r"\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?statement\b")
#: "A statement issued by the ", "the joint communiqué from " before the issuer
_STATEMENT_BY_RX: Final = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|brief|separate|official|new|short)\s+)?"
    r"(?:statement|communiqu[eé]|readout|press release|release)\s+(?:(?:issued|released|published|posted|put out)\s+)?"
    r"(?:by|from|of)|[Tt]he\s+[Oo]ffice\s+of)\s+(?:the\s+)?$"
)
#: "'s office", "’s press office" after a person's mention
_OFFICE_AFTER_RX: Final = re.compile(r"['’]s?\s+(?:(?:(?:press|media)\s+)?office|press\s+service|[Aa]dministration)\b")
#: " Office", " Media Office" after a person's title ("the PM Office said": statement.office_of_person)
_OFFICE_NOUN_AFTER_RX: Final = re.compile(r"(?:['’]s)?\s+(?:(?:Press|Media)\s+)?Office\b")
#: "her office", "his media office" after "according to (a statement by)" (statement.pronoun_office)
_PRONOUN_OFFICE_RX: Final = re.compile(r"(?:his|her)\s+((?:(?:press|media)\s+)?office|press\s+service)\b")
#: "her office", "his media office" after a possessive pronoun (statement.pronoun_office)
_PRONOUN_OFFICE_AFTER_RX: Final = re.compile(r"\s+(?:(?:press|media)\s+)?office\b|\s+press\s+service\b")
_OFFICE_OF_RX: Final = re.compile(r"[Tt]he\s+[Oo]ffice\b")
#: after the issuer: "'s statement ", " statement also " (a possessive or a noun compound)
_STATEMENT_AFTER_RX: Final = re.compile(
    r"(['’]s?)?\s+(?:(?:joint|written|brief|separate|official|new|short)\s+)?"
    r"(?:statement|communiqu[eé]|readout|press release)\s+(?:(?:also|further|then|[a-z]{3,}ly)\s+)?"
)
#: between the person a "with" clause names and its participle cue: nothing, or the apposition's closing comma
_WITH_GAP_RX: Final = re.compile(r",?\s+")
#: the issuing verb and the document it issues: "issued a statement", "also released a brief note"
_ISSUED_DOCUMENT_RE: Final = (
    # (a day may stand before the verb: "The embassy later on Sunday released a statement")
    r"(?:\s+(?:also|later|earlier|then|swiftly|quickly))?(?:\s+on\s+[A-Z][a-z]+day)?"
    r"\s+(?:issued|released|published|put out)\s+"
    r"(?:an?|its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|note|communiqu[eé]|readout|press release|declaration)"
)
#: "issued a statement ", "released a brief note on Monday, " before a participle cue (statement.issued_statement)
_ISSUED_STATEMENT_LEFT_RX: Final = re.compile(_ISSUED_DOCUMENT_RE + r"(?:\s+(?:on|late|early|last)\s+\w+)?,?\s+$")
#: statement.issued_which: "released a note this Saturday (19) which says", "issued a statement, which said"
_ISSUED_WHICH_LEFT_RX: Final = re.compile(
    _ISSUED_DOCUMENT_RE + r"(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+\(\d{1,2}\))?)?,?\s+(?:which|that)\s+$"
)
_ISSUER_VERBS: Final = frozenset({"issued", "released", "published", "put out"})
#: a preposition (and an adjective or two) before a name: the name is no subject ("the Alliance of Our America")
_PREPOSITION_LEFT_RX: Final = re.compile(r"\b(?:of|for|in|from|to|with|by|on|at)\s+(?:[A-Z][\w-]*\s+|the\s+)?$")
#: an opposition camp opening the clause before a cue: "The opposition ", "Opposition parties in Belgrade, meanwhile, ",
#: ", while the main opposition " (statement.opposition; the member noun is checked against ``speaker_group_noun``)
_OPPOSITION_RX: Final = re.compile(
    r"(?P<lead>^(?:(?:[A-Z][\w-]*|In|On|At)[^,;“”\"]{0,50},\s*)?|[,;]\s+(?:while\s+|and\s+|but\s+|whereas\s+)?|"
    r"\s(?:while|whereas|but)\s+)"
    r"(?P<np>(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]*|main|largest|parliamentary)\s+)?[Oo]pposition"
    r"(?:\s+(?!(?:has|have|had|also|meanwhile)\b)(?P<member>[A-Za-z]+))?"
    r"(?:\s+(?:in|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)"
    r"(?:\s*,\s*(?:meanwhile|however|in turn|for (?:its|their) part)\s*,)?"
    r"\s+(?:(?:has|have|had|also|meanwhile|quickly|swiftly|sharply|strongly|immediately)\s+)*$"
)
#: a discourse adverb set between a subject and its cue without commas ("She however denied")
_ADVERB_GAP_RX: Final = re.compile(
    r"\s+(?:however|nevertheless|nonetheless|though|meanwhile|in turn|for (?:his|her|its|their) part|too)\s+$"
)
#: ", in a meeting with “" right before a name: the name is an aside's party, not a clause's subject
#: (statement.meeting_aside_subject)
_MEETING_WITH_ASIDE_RX: Final = re.compile(
    r",\s+(?:in|during|at)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|conversation|call|phone\s+call)\s+with\s+(?:the\s+)?[“\"]?$"
)
#: " while meeting with Y on Tuesday in Tehran " between a subject and its cue, no comma nor stop in it
#: (statement.while_aside)
_WHILE_ASIDE_LEFT_RX: Final = re.compile(
    rf" (?:while|when|after|upon|during) (?:{ASIDE_GERUNDS})\b[^,.;:“”\"]{{1,160}}\s$"
    # statement.speech_aside: "X in his weekly press conference with the media, which was held virtually,
    # congratulated ...": the occasion (and a relative clause of its own) between the subject and its cue
    rf"| in (?:his|her) (?:[a-z-]+ ){{0,3}}?(?:{SPEECH_OCCASIONS})\b[^,.;:“”\"]{{0,80}}"
    r"(?:, which [^,.;:“”\"]{1,80},)?\s$"
)


def _while_aside(
    doc: Doc, cue_start: int, span: Span, mentions: list[Mention], mstate: MeetingState, subj: Mention | None
) -> tuple[list[int], Mention] | None:
    """statement.while_aside: "X while meeting with Y on Tuesday in Tehran said that ...", "X in his weekly press
    conference, which was held virtually, congratulated ...": the subject before an aside with no comma of its own
    before the cue (the speaker's keys and mention), when the clause's subject found so far is none or stands
    inside the aside."""
    text = doc.text
    lo = cue_start - 200 if cue_start - 200 > span.start else span.start
    if text.find("ing ", lo, cue_start) < 0 and text.find(" in h", lo, cue_start) < 0:
        return None  # every match holds a gerund or " in his" / " in her"
    wm = _WHILE_ASIDE_LEFT_RX.search(text, lo, cue_start)
    if wm is None or (subj is not None and subj.start <= wm.start()):
        return None
    wkeys, wsubj = subject_before(doc, wm.start(), mentions, mstate)
    if wsubj is None or wsubj.end != wm.start() or not wkeys:
        return None
    doc.fire("statement.while_aside", wm.start(), wm.end(), wm.group(0).strip())
    return wkeys, wsubj


#: the words a match of _ADVERB_GAP_RX ends on, before its spaces
_ADVERB_GAP_ENDS: Final = ("however", "nevertheless", "nonetheless", "though", "meanwhile", "turn", "part", "too")


def _adverb_gap(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_ADVERB_GAP_RX.search(text, lo, end)``, run only when the window ends in spaces after one of its words."""
    if end <= lo or not text[end - 1].isspace() or not text[lo:end].rstrip().endswith(_ADVERB_GAP_ENDS):
        return None
    return _ADVERB_GAP_RX.search(text, lo, end)


#: a dash and a space opening a line: a quote (statement.dash_quote)
_DASH_OPENERS: Final = frozenset({"- ", "– ", "— "})
#: ", the Prime ", ", DFA spokesperson Ma. " before a speaker's name: capitalised words and lower-case ones (checked
#: against the role words), four at most (statement.fronted_name_lead)
_NAME_LEAD_RX: Final = re.compile(
    r"(?:,|[,.!?][”\"’])\s*((?:(?:[Tt]he|an?)\s+)?(?:(?:[A-Z][\w.'’-]*|[a-z][a-z-]+)\s+){1,4})$"
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
#: a document and its issuer as the whole of a cue's content ("said a statement by the presidency on Sunday")
_DOCUMENT_SOURCE_RX: Final = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|press release|readout|news release)\s+"
    r"(?:(?:issued|released|published)\s+)?(?:by|from)\s+[^,;:“”\"]{1,80}$",
    re.IGNORECASE,
)
_ANONYMITY_RX: Final = re.compile(r"(?:not to be (?:named|identified|quoted)|anonymity)\b", re.IGNORECASE)
#: verbs that are cues but just as often a reported clause's own predicate ("... and supported ...")
_CLAUSE_VERB_AFTER_RX: Final = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|was|were|is|are|had|has|have|would|will|could|should|must|can|remains?|"
    r"wants?|supports?|opposes?|hopes?|seeks?)\b"
)
_RELATIVE_LEFT_RX: Final = re.compile(r"\b(?:which|whom)\s+$")
_WHAT_LEFT_RX: Final = re.compile(r"\bwhat\s+$")
#: " a diplomatic source present at the meeting" after "according to" (statement.singular_source)
_ACCORDING_SOURCE_RX: Final = re.compile(
    r"\s+[Aa]n?\s+(?P<np>(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]+\s+){0,2}source)\b(?:\s+[a-z][^,;.“”\"]{0,50})?(?=[,.;]|$)"
)
#: "A Lebanese ministerial source ", ", a diplomatic source also " before a cue (statement.singular_source)
_SINGULAR_SOURCE_LEFT_RX: Final = re.compile(
    r"\b[Aa]n?\s+(?P<np>(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]+\s+){0,2}source)\s+(?:(?:also|later|earlier)\s+)?$"
)
#: where a clause opens: the sentence's start, a comma, a quote
_CLAUSE_OPEN_RX: Final = re.compile(r"(?:[,;:“”\"]|\b(?:and|but|while))\s*$")
#: " (NCP) " between a name and its cue (statement.party_paren)
_PARTY_LEFT_RX: Final = re.compile(r"\s+\([A-Z][A-Za-z.-]{1,8}\)\s+$")
#: "written", "stated" right after an article: an adjective ("a written message"; statement.adjective_participle)
_DETERMINER_LEFT_RX: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
#: the words a match of _DETERMINER_LEFT_RX ends on, before its white space
_DETERMINER_ENDS: Final = ("a", "A", "an", "An", "the", "The")
#: a form of "be" (and an adverb) right before a participle: a passive, its subject no speaker (statement.passive_be)
#: (each word opens with its first letter, checked for a word start after it: the alternation's first letters
#: make a class the regex engine skips to, where a leading "\b" is tried at every position)
_BE_LEFT_RX: Final = re.compile(
    r"(?:i(?<!\wi)s|a(?<!\wa)re|w(?<!\ww)(?:as|ere)|b(?<!\wb)e(?:en|ing)?)\s+(?:[a-z]+ly\s+)?$"
)
#: the words a match of _BE_LEFT_RX ends on, before its white space (a form of "be", or an adverb after it)
_BE_LEFT_ENDS: Final = ("is", "are", "was", "were", "be", "been", "being", "ly")
#: " by " right after a past participle: its agent follows, a passive (statement.passive_participle); not a means
#: ("said by telephone", "told by video link", "announced by letter")
_BY_AGENT_RX: Final = re.compile(
    r"\s+by\s+(?!(?:a\s+|the\s+)?(?:(?:tele)?phone|video|letter|e-?mail|text|cable|radio|satellite|post|way|means|far)\b)"
)
#: "in ", "his ", "the " right before a cue's -s form: a plural noun ("in remarks", "her calls"; statement.noun_form)
_NOUN_CUE_LEFT_RX: Final = re.compile(
    r"\b(?:[Ii]n|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|of)\s+$"
)
#: the words a match of _NOUN_CUE_LEFT_RX ends on, before its white space (their last letters)
_NOUN_CUE_LEFT_ENDS: Final = ("in", "In", "is", "er", "ts", "ir", "he", "se", "ch", "of")
#: "Its spokesman ", "its chief spokeswoman also " before a cue (statement.its_spokesperson)
_ITS_SPOKES_RX: Final = re.compile(
    # ("\b[Ii]ts" letter first, as _MEDIUM_LEFT_RX)
    r"[Ii](?<!\w.)ts\s+(?:(?:chief|deputy|press|official)\s+)?(?P<head>spokes(?:man|woman|person))\s+"
    r"(?:(?:also|further|[a-z]{3,}ly)\s+)?$"
)
_BASED_RX: Final = re.compile(r"^[A-Z][\w-]*-based\s+")
_RELATIVE_AFTER_RX: Final = re.compile(r"\s+(?:was|were|is|are|would|will|had|has|could|might)\b")
_RELATIVE_PRESENT_RX: Final = re.compile(r"\s+[a-z]{3,}s\b")
_QUOTED_CUE_LEFT_RX: Final = re.compile(r"[\"“](?:[a-z]+ly\s+)?$")
#: cues whose content a relative "which" before the subject leaves standing ("the deal, which he said was historic",
#: "the vote, which he described as a sham")
_RELATIVE_KEEPS: Final = frozenset(
    {"say", "tell", "add", "note", "state", "describe", "call", "term", "label", "brand", "dub"}
)
_LEAD_TIME_RX: Final = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
    # an interrupted cue, "agreed, during the closed-door talks, to set up ...": an occasion set off by
    # commas between the cue and its content
    r"|,\s+(?:during|at|in|after|on)\s+(?:the|a|an|their|his|her|its|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b[^,.;:“”\"]{0,60}+,(?=\s+(?:to|that|the|a|an)\b)"
)
_JOINT_SOURCE_RX: Final = re.compile(
    r"\s*(?:both|the two|each of the two)\s+(?:governments|sides|countries|leaders|ministries|capitals|parties|"
    r"delegations|offices)\b"
)
#: "... issued a statement", "... said in a statement"
_ISSUED_RX: Final = re.compile(
    r"\s+(?:(?:has|had|also|later|earlier)\s+)*(?:issued|released|published|put out|posted|said in)\s+"
    r"(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|readout|press release|note|declaration)\b"
)
#: "X, citing spokesperson Y, said": the aside before the cited source (title words are part of the mention)
_CITING_LEFT_RX: Final = re.compile(r"\s*,\s*citing\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,3}$")
#: the reported clause's own finite verb right after its subject ("Putin had spoken", "Putin met", "Putin will travel")
_INNER_VERB_RX: Final = re.compile(
    r",?\s+(?:(?:also|later|earlier|then|reportedly|[a-z]{3,}ly)\s+)?(?:had|has|have|was|were|is|will|would|could|"
    r"[a-z]{2,}ed|met|spoke|held|made|told|went|took|gave|sent)\b"
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
#: between "citing" and the cited source's mention: an article, a few lower-case words ("a statement by the")
_CITED_LEAD_RX: Final = re.compile(
    r"(?:(?:the|a|an|its|his|her)\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:by|from|of)\s+)?(?:the\s+)?"
)
_CITED_THAT_RX: Final = re.compile(r"\s*,\s*that\s+")
_CITED_END_RX: Final = re.compile(r"\s*[.!]?\s*")
#: ", the agency reported, " / ", Trend reports, " before "citing"
_REPORTER_TAIL_RX: Final = re.compile(
    r",\s*(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:reported|reports|informed|informs|said|says|wrote|writes)\s*,\s*$"
)
_ISSUED_WORDS: Final = frozenset({"statement", "communiqué", "communique", "readout", "release", "note", "declaration"})
_WITH_GROUP_RX: Final = re.compile(r"\bwith\s+$")
_DISCOURSE_LEAD_RX: Final = re.compile(
    r"\s*(?:Separately|Meanwhile|However|Additionally|Moreover|Furthermore|In addition|Also|Elsewhere),\s*"
)

#: between a plural subject and its present-tense cue: a space and at most one adverb ("also", "strongly")
_PLURAL_GAP_RX: Final = re.compile(r"\s+(?:(?:also|still|now|again|jointly|[a-z]{3,}ly)\s+)?")
#: an unnamed source placed in a body: "a source in the", "two senior officials at the", "sources within"
_SOURCE_IN_RX: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:(?:senior|high-ranking|diplomatic|"
    r"informed|government|military|security|well-placed|knowledgeable|chief|press)\s+){0,2}"
    r"(?P<head>sources?|officials?|spokes(?:man|woman|person)|spokespeople|representatives?)\s+"
    r"(?P<prep>in|at|from|within|inside|for|of)\s+(?:the\s+)?$"
)
#: after a body's possessive: "'s spokesperson ", "’s chief spokesman also "
_BODY_POSS_ROLE_RX: Final = re.compile(
    r"(?:['’]s?)?\s+(?:(?:chief|senior|deputy|official|press)\s+)?(?P<head>spokes(?:man|woman|person))"
    r"\s+(?:(?:also|further|again|[a-z]{3,}ly)\s+)?"
)
#: "... have on several occasions ", "... has in recent weeks ": an auxiliary, then a time or occasion phrase
_AUX_PHRASE_LEFT_RX: Final = re.compile(
    r"\s+(?:has|have|had)\s+(?:also\s+)?(?:on|in|at|over|since|during|throughout)\s+[\w -]{2,40}$"
)
#: a sentence break inside a quote (the splitter keeps quoted sentences together), or the quote's start
_INNER_BREAK_RX: Final = re.compile(r"(?:[.!?]\s+|[“\"]\s*)$")
_ACCORDING_THEM_RX: Final = re.compile(r"\s+them\s*,\s*")
#: where a quoted sentence stops: its period before the next sentence, or the closing quote
_QUOTE_STOP_RX: Final = re.compile(r"[.!?]?\s*[”\"]|[.!?]\s+(?=[A-Z“])")
#: "the kingdom's foreign minister ", "The country's top diplomat also " before a cue
_GENERIC_POSS_ROLE_RX: Final = re.compile(
    # (also a bloc's: "the EU's top diplomat", "the bloc's foreign policy chief", "the alliance's secretary-general")
    # ("\b[Tt]he" letter first, as _MEDIUM_LEFT_RX)
    r"[Tt](?<!\w.)he\s+(?:country|kingdom|nation|republic|emirate|sultanate|island nation|bloc|union|alliance|EU|AU|"
    r"African Union|European Union)['’]s\s+(?:new\s+)?"
    r"(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2}?)\s+(?:(?:also|further|then|has|had|[a-z]{3,}ly)\s+)*$"
)
_WHO_LEFT_RX: Final = re.compile(
    r",\s*who\s+(?:(?:has|have|had|also|later|earlier|then|previously|recently|once again|again|[a-z]{3,}ly)\s+)*$"
)
#: the source phrase before a trailing cue ("..., people familiar with the matter said")
_TRAILING_SOURCE_RX: Final = re.compile(
    r"(?:,|[,.!?]?[”\"’])\s*(?P<src>(?:[Tt]he\s+)?(?:people|persons|those)\s+(?:familiar|briefed|close|with\s+knowledge)"
    r"\b[^,;“”\"]{0,40}?|[Tt]he\s+(?:people|persons)|(?:his|her|their)\s+office|"
    r"[Tt]he\s+(?:readout|statement|communiqu[eé]|release)|[Tt]he\s+same\s+sources?)\s+(?:also\s+|further\s+)?$"
)
_TRAILING_SOURCE_WORDS: Final = frozenset(
    {"people", "persons", "those", "office", "readout", "statement", "communiqué", "communique", "release", "same"}
)
#: "according to" rules that name a source of their own: "X said A, according to <source>" is the source's
#: statement too (the statement rules before it keep theirs)
_NAMED_SOURCE_RULES: Final = frozenset(
    {
        "statement.according_to_press_service",
        "statement.pronoun_office",
        "statement.according_to_body",
        "statement.communique_parties",
        "statement.according_to_apposition",
        "statement.singular_source",
    }
)
#: rules of a source's account of what happened or was said ("according to the ministry", "..., the statement
#: said"): a body's or a group's account is `say` whatever it holds (statement.account_kind); a person's
#: ("according to her, ...") is their own view
_ACCOUNT_RULES: Final = frozenset(
    {
        "statement.according_to_press_service",
        "statement.according_to",
        "statement.according_to_aside",
        "statement.according_to_joint",
        "statement.according_to_issuer",
        "statement.according_to_body",
        "statement.according_to_apposition",
        "statement.communique_parties",
        "statement.pronoun_office",
        "statement.office_of_person",
        "statement.trailing_source",
    }
)
#: rules of a participle cue's statement ("..., stressing A"), which a second participle joined by "and" continues
_PARTICIPLE_RULES: Final = frozenset(
    {
        "statement.participle",
        "statement.participle_inner",
        "statement.participle_nested",
        "statement.participle_after_quote",
        "statement.participle_caller",
        "statement.with_person",
        "statement.with_group",
    }
)
#: rules whose cue continues the clause before it: the content before stops at their cue
_JOINED_RULES: Final = frozenset(
    {
        "statement.participle_and",
        "statement.coordinated",
        "statement.participle",
        "statement.participle_inner",
        "statement.participle_after_quote",
        "statement.participle_nested",
        "statement.participle_caller",
    }
)
#: rules whose cue stands after what it reports
_FRONTED_RULES: Final = frozenset({"statement.fronted_quote", "statement.trailing_source"})
#: rules that report another's account ("X condemned Y, the ministry said")
_REPORTING_RULES: Final = frozenset(
    {
        "statement.according_to",
        "statement.according_to_aside",
        "statement.according_to_joint",
        "statement.according_to_issuer",
        "statement.office_of_person",
        "statement.fronted_quote",
        "statement.trailing_source",
    }
)
#: "The Joint Staff ", "the Department of Trade (DoT) on Thursday " before a cue (statement.body_head)
_BODY_NAME: Final = (
    r"(?P<head>[A-Z][a-z]+)(?:\s+(?P<prep>of|to|in|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}"
    # "the Council for the Development of Cambodia", "the Committee for the Defense of Human Rights": one more
    # "of" phrase after a "for" one
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})?)?)"
)
_BODY_TAIL: Final = (
    r"(?:\s*\([A-Z][A-Za-z.]{1,9}\))?(?:\s+(?:(?:on|late|early|last)\s+[A-Z][a-z]+|yesterday|today))?"
    r"\s*(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)
#: "The People's Unity Party ": a possessive may stand inside the name
_BODY_HEAD_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w.-]*(?:['’]s)?\s+){0,4}?" + _BODY_NAME + _BODY_TAIL
)
#: "The Israeli military ", "the Russian embassy in Helsinki " before a cue (statement.demonym_body)
_DEMONYM_BODY_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?P<name>(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:[a-z]{3,}\s+){0,2}?(?P<head>[a-z]+)"
    r"(?:\s+(?P<prep>in|to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    # "the South Sudanese ministry of information", "the Chinese ministry of commerce": a lower-case portfolio
    r"|\s+(?P<portfolio>of)\s+[a-z]{4,}(?:\s+and\s+[a-z]{4,})?)?)" + _BODY_TAIL
)
#: " a statement by the ministry's spokesperson", " the Director General for Asia at the ministry" before a comma and
#: the name it is set off from (statement.according_to_apposition): a determiner, then no clause
_APPOSITION_TITLE_RX: Final = re.compile(r"\s+(?:(?:an?|the)\s+)(?:[^,;:“”\"]{1,120})$")
#: ", at its weekly session in Riyadh on Tuesday, ", ", meanwhile, ", ", whose party controls Y, " right before a
#: cue: an aside between the subject and its verb (statement.aside_subject)
_ASIDE_LEFT_RX: Final = re.compile(
    r",\s+(?:whose|at|in|on|during|after|meanwhile|however|though|too|for (?:his|her|its|their) part|in turn|"
    r"nevertheless|instead|likewise|also|separately|the|an?)\b[^,;:“”\"]{0,90},\s+$"
)
#: " — in his upcoming book The Anger Management — " right before a cue (statement.aside_subject)
_DASH_ASIDE_LEFT_RX: Final = re.compile(r"\s[—–]\s+[^;“”\"—–\n]{1,120}?\s[—–]\s+$")
#: "the press service of the Cabinet ", "the Kazakh Foreign Ministry's press service also ", "Akorda press service "
#: before a cue (statement.press_service)
_PRESS_SERVICE_NAME: Final = (
    r"(?P<name>(?:[Pp]ress|[Mm]edia|[Ii]nformation)\s+(?:service|office|secretariat)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w.-]*"
    r"|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}(?P<ohead>[A-Z][\w.-]*|[a-z]{4,}))(?:['’]s?)?\s+(?:presidential\s+)?"
    r"(?:press|media)\s+(?:service|office|secretariat))"
)
_PRESS_SERVICE_LEFT_RX: Final = re.compile(
    r"(?:\b[Tt]he\s+)?" + _PRESS_SERVICE_NAME + r"\s+(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)
#: the same after "according to (a statement from)": "the Lithuanian government's press service, "
_PRESS_SERVICE_AT_RX: Final = re.compile(r"(?:[Tt]he\s+)?" + _PRESS_SERVICE_NAME + r"(?=\s*[,.;])")
_PRESS_SERVICE_WORDS: Final = frozenset({"service", "office", "secretariat"})
#: content that only tells where and when something was said (statement.occasion_only)
_OCCASION_ONLY_RX: Final = re.compile(
    r"(?:at|in|during|on|after|following)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:press conference|news conference|press briefing|briefing|conference|interview|meeting|session|speech|"
    r"address|statement|forum|summit|event|ceremony|talks)"
    # then only when and where: "on Wednesday, 31 January", "in Pretoria" (not "on the need for ...")
    r"(?:\s+(?:on|in|at)\s+[A-Z0-9][\w.-]*(?:,?\s+(?:[A-Z0-9][\w.-]*|of))*){0,3}[.;]?"
    # statement.occasion_only: '“...,” Sudani said following the meeting, labeling the visit “important”': a
    # participle the occasion's comma sets off is a statement of its own
    r"(?:,\s+[a-z]+ing\b.*)?"
)
_OCCASION_OPENERS: Final = frozenset({"at ", "in ", "dur", "on ", "aft", "fol"})
#: what may close a sentence after an inverted cue's speaker: its stop and closing quotes or brackets
_SENTENCE_TAIL_RX: Final = re.compile(r"\s*[.!?]?[”\"’)]*\s*")
#: "a statement from the Presidency of the Republic " before a cue (statement.statement_by_body)
_STATEMENT_BY_BODY_RX: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|brief|separate|official|new|short)\s+)?"
    r"(?:statement|communiqu[eé]|readout|press release|release)\s+(?:(?:issued|released|published|posted)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){0,4}?" + _BODY_NAME + _BODY_TAIL
)
#: "the Sovereignty Council, ", "South Korea's trade ministry." after "according to" (statement.according_to_body)
_BODY_AT_RX: Final = re.compile(
    r"(?:the\s+)?(?P<name>(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:(?:[A-Z][\w-]*|[a-z]{3,})\s+){0,2}?"
    r"|(?:[A-Z][\w.-]*\s+){0,4}?(?:[a-z]{3,}\s+){0,2}?)"
    + _BODY_NAME.replace("(?P<head>[A-Z][a-z]+)", "(?P<head>[A-Za-z][a-z]+)")
    + r"(?:\s*\([A-Z][A-Za-z.]{1,9}\))?(?=\s*[,.;]|\s*$)"
)
#: "Seoul's Foreign Ministry ", "India's Ministry of Commerce " before a cue (statement.possessive_body)
_POSS_BODY_LEFT_RX: Final = re.compile(
    r"(?P<name>\b(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:(?:[A-Z][\w-]*|[a-z]{3,})\s+){0,2}?"
    + _BODY_NAME.replace("(?P<head>[A-Z][a-z]+)", "(?P<head>[A-Za-z][a-z]+)")
    + _BODY_TAIL
)
#: "The conservative Popular Party ", "Sorland's opposition Green Party (GP) " before a cue: lower-case modifiers,
#: then a named institution (statement.modified_body)
_MODIFIED_BODY_LEFT_RX: Final = re.compile(
    r"(?:\b[Tt]he|\b(?P<own>[A-Z][\w.-]*)['’]s)\s+(?:[a-z][a-z-]{2,}\s+){1,2}"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?(?P<head>[A-Za-z][a-z]+))(?P<prep>)" + _BODY_TAIL
)
#: "The DoT ", "the FO on Monday " before a cue: an acronym given in brackets before (statement.body_head)
_ACRONYM_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?P<acr>[A-Z][A-Za-z.]{0,8}[A-Z])(?:\s+(?:on|late|early|last)\s+[A-Z][a-z]+)?"
    r"\s+(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)
#: the adverbs _BODY_HEAD_LEFT_RX and _ACRONYM_LEFT_RX allow between the name and the cue (and "[a-z]{3,}ly")
_BODY_ADVERBS: Final = frozenset({"also", "further", "then", "has", "have", "had", "yesterday", "today"})
_BRACKETED_ACRONYM_RX: Final = re.compile(r"\(([A-Z][A-Za-z.]{0,8}[A-Z])\)")
#: the full name before "(DoT)"
_ACRONYM_FULL_RX: Final = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){0,4}?(?P<head>[A-Z][a-z]+)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?)\s*$"
)
#: ", with both ministers ", "with the two leaders also " before a participle cue
_WITH_JOINT_LEFT_RX: Final = re.compile(
    # ("\bwith" letter first, as _MEDIUM_LEFT_RX)
    r"w(?<!\w.)ith\s+(?:both|the two)\s+(?:leaders|heads of (?:state|government)|"
    r"(?:foreign |prime |defen[cs]e )?ministers|presidents|premiers|counterparts|top diplomats)"
    r"\s+(?:(?:also|jointly|[a-z]{3,}ly)\s+)*$"
)
#: statement.joint_bare: "The two also underscored", "The heads of government expressed", "The leaders of the two
#: nations agreed": the parties of a meeting told before without "both" or a role after "two" ("the heads of
#: state" is a group mention of its own, coref.group, which names the same parties)
_JOINT_BARE_LEFT_RX: Final = re.compile(
    r"\b(?:The\s+(?:two|leaders)|[Tt]he\s+(?:heads\s+of\s+government|(?:leaders|heads|presidents)\s+of\s+(?:the\s+)?two\s+"
    r"(?:countries|nations|states)))\s+(?:(?:also|have|had|jointly|further|then|[a-z]{3,}ly)\s+)*$"
)
#: "A spokesman for the Chinese Foreign Ministry " right before a cue (statement.spokesperson_of_body)
#: " a spokesman for the " between an inverted cue and a body (statement.inverted_spokesperson)
_INVERTED_SPOKES_RX: Final = re.compile(
    r"\s+(?:an?|the)\s+(?:(?:senior|chief|deputy)\s+)?(?P<head>spokes(?:man|woman|person))\s+(?:for|of)\s+(?:the\s+)?"
)
_SPOKES_FOR_LEFT_RX: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}"
    + _CUE_LEFT_GAP
    + "$"
)
#: "The meeting, ", "These talks, ": a short noun phrase as a clause's subject before an aside
_NP_ASIDE_LEAD_RX: Final = re.compile(r"\s*(?:The|This|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*")
#: a closing quote (and its comma) right before a description: '"We agree," the minister said'
_AFTER_QUOTE_RX: Final = re.compile(r"[,.!?]?[\"”’]\s+$")
#: a word ending in -s ("states", "says"): no verb of a plural subject
_VERB_S_RX: Final = re.compile(r"[a-z]+s\b")
_JOINT_LEFT_RX: Final = re.compile(
    r"\b(?:[Bb]oth|[Tt]he two)\s+(?:leaders|heads of (?:state|government)|(?:foreign |prime |defen[cs]e )?ministers|"
    r"presidents|premiers|counterparts|delegations|top diplomats)"
    # statement.joint_subject: "Both ministers, however, said": a discourse adverb set off by commas
    r"(?:,\s(?:however|though|meanwhile|nevertheless|nonetheless|in turn|for their part),)?\s+"
    r"(?:(?:also|have|had|jointly|further|then|[a-z]{3,}ly)\s+)*$"
)
