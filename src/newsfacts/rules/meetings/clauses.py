"""The clause around a cue, for the main rule: a subject told before it, a possessor, a relative clause, an
aside, a cue's object, "with" after a noun and an ongoing process."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.actors import clause_verb_at
from newsfacts.rules.coref import preceding_word, subjectish
from newsfacts.rules.doc import ABBREV_PERIOD, Doc, Hit, Mention
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState
from newsfacts.rules.meetings.fill import _fill
from newsfacts.rules.meetings.keys import _keys

_AGREED_LEFT: Final = re.compile(r"\b(?:agreed|agree|agrees|decided) to\s+(?:also\s+)?(?:[\w-]+\s+){0,5}$")
#: (a period only after an abbreviated word such as a month's: "met on Sept. 16 with Y"; meeting.abbrev_gap)
_WITH_AFTER: Final = re.compile(r"(?:[^.;,“”\"]|" + ABBREV_PERIOD + r"){0,60}?\bwith\s+")
#: a character _WITH_AFTER never steps over (its periods aside): no match "with" lies past the first
_WITH_AFTER_STOP: Final = re.compile(r"[;,“”\"]")
#: the start of every match of _WITH_AFTER's "with\s+" (a literal first: the engine skips to its candidates)
_WITH_SPACE: Final = re.compile(r"with\s")


def _with_after(text: str, pos: int, end: int) -> re.Match[str] | None:
    """``_WITH_AFTER.match(text, pos, end)``, with no match tried when no "with" and a space (not "within") stands
    within reach before a character the lazy scan cannot step over: the scan would try all its 60 steps first."""
    stop = _WITH_AFTER_STOP.search(text, pos, pos + 64)
    # (a "with" at pos + 60 at the latest, its space at pos + 64; before the stop, which is no space)
    if _WITH_SPACE.search(text, pos, stop.start() if stop is not None else pos + 65) is None:
        return None
    m = _WITH_AFTER.match(text, pos, end)
    if m is not None and text.find(" that ", pos, m.end()) >= 0:
        return None  # "told a press conference that Japan had lodged a protest with X": the "with" of what was said
    return m


_FRONT_NOUN: Final = re.compile(
    # ("On the sidelines of a meeting with Y, X said": the meeting is X's)
    r"(?:^|,\s*|\b[Ii]n\s+|\b[Dd]uring\s+|\bsidelines\s+of\s+)(?:an?|separate|two)\s+(?:\w+\s+){0,2}$"
    r"|(?:^|,\s*)(?:After|Before|Upon|Following|During|In)\s+(?:(?:an?|the|his|her|their)\s+)?(?:\w+\s+){0,2}$"
    # ("At the meeting with Y, the sides pointed out ...": "at" with any determiner; with no "with Y" after
    # the noun nothing here makes a party of the subject)
    r"|(?:^|,\s*)At\s+(?:their|the|his|her|an?)\s+(?:\w+\s+){0,2}$"
)
#: the words one of which _FRONT_NOUN reads among the last three words (a determiner) or four (an opener) of a match
_FRONT_NOUN_DETS: Final = frozenset({"a", "an", "separate", "two"})
_FRONT_NOUN_OPENERS: Final = frozenset({"After", "Before", "Upon", "Following", "During", "In", "At"})


def _front_noun(window: str) -> bool:
    """Does _FRONT_NOUN match in ``window``? Its words come last, before at most two others: a window whose last
    words (commas read as spaces) hold none of them is ruled out without the scan, which tries every position."""
    words = window.replace(",", " ").split()
    if _FRONT_NOUN_DETS.isdisjoint(words[-3:]) and _FRONT_NOUN_OPENERS.isdisjoint(words[-4:]):
        return False
    return _FRONT_NOUN.search(window) is not None


_POSSESSIVE_LEFT: Final = re.compile(
    r"['’]s?\s+(?:(?:(?:first|second|last|recent|latest|separate|previous|earlier|"
    # meeting.possessive_planned: "Petro's impending meeting with Y", "X's upcoming talks with Y": planned
    r"upcoming|forthcoming|planned|impending|expected|proposed|scheduled|"
    # "Modi's recent bilateral meeting with Y", "X's Monday talks with Y": up to two such words
    r"bilateral|one-on-one|face-to-face|closed-door|high-level|official|informal|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){1,2}"
    # meeting.on_the_agenda: "Lavrov's agenda includes talks with Y": the agenda's owner holds them
    r"|(?:agenda|programme|program|schedule|itinerary)\s+(?:also\s+)?(?:includes?|will\s+include|features?)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2})?$"
)
#: the determiner and modifiers before a meeting noun: "the ongoing peace talks", "their stalled negotiations"
_PROCESS_LEFT: Final = re.compile(r"\b(?:the|their|its|these|those)\s+(?P<mods>(?:[\w-]+\s+){1,3})$", re.IGNORECASE)


def _ongoing_process(doc: Doc, span: Span, h: Hit) -> bool:
    """meeting.ongoing_process: "including the ongoing talks between A and B", "the stalled negotiations with Y":
    talks told as a process in the background are no meeting the article reports."""
    lo = h.start - 50 if h.start - 50 > span.start else span.start
    # the modifiers the match reads are the last (up to three) words of the window: none a modifier, no regex to run
    modifiers = doc.lexicon.process_modifiers
    for w in doc.text[lo : h.start].split()[-3:]:
        if w.lower() in modifiers:
            break
    else:
        return False
    pm = _PROCESS_LEFT.search(doc.text, lo, h.start)
    if pm is None or not any(w.lower() in doc.lexicon.process_modifiers for w in pm.group("mods").split()):
        return False
    doc.fire("meeting.ongoing_process", pm.start(), h.end, doc.text[pm.start() : h.end])
    return True


def _subject_told_before(doc: Doc, sent: int, objects: list[int]) -> Mention | None:
    """The person's name that opened one of the three sentences before ``sent`` as its subject, the nearest (none
    of ``objects``; a name listed later in a sentence is no subject)."""
    for i in range(sent - 1, sent - 4 if sent > 3 else -1, -1):
        ms = doc.sentence_mentions(i)
        if not ms:
            continue
        m = ms[0]
        refs = doc.refs_of(m)
        if (
            m.kind == "name"
            and len(refs) == 1
            and refs[0] not in objects
            and doc.entity(refs[0]).kind == "person"
            and subjectish(doc, m)
            and _SUBJECT_OPENING_RX.fullmatch(doc.text, doc.sentences[i].start, m.lo) is not None
        ):
            return m
    return None


#: what may stand before a sentence's subject: an opening phrase set off by a comma ("On Sunday, ")
_SUBJECT_OPENING_RX: Final = re.compile(r"\W*(?:[A-Z][^,.;:“”\"]{0,60},\s*)?")


def _possessor_before(doc: Doc, at: int, mentions: list[Mention]) -> Mention | None:
    """The named person whose possessive stands right before the meeting noun at ``at`` ("X's talks")."""
    before = None
    for m in mentions:
        if m.end > at:
            break
        before = m
    if (
        before is None
        or not before.possessive
        or before.kind != "name"
        or _POSSESSIVE_LEFT.search(doc.text, before.end, at) is None
        or not doc.refs_of(before)
        or doc.entity(doc.refs_of(before)[0]).kind != "person"
    ):
        return None
    return before


def _relative_clause_end(doc: Doc, span: Span, start: int, end: int) -> int:
    """Where a relative clause (", who ...") that holds ``start`` closes, at a comma a clause's verb follows, before
    ``end``; -1 when none does."""
    text = doc.text
    if text.rfind(", who ", span.start, start) < 0:
        return -1
    c = text.find(", ", start, end)
    while c >= 0:
        if clause_verb_at(doc, c + 2):
            return c
        c = text.find(", ", c + 2, end)
    return -1


def _relative_clause_between(doc: Doc, span: Span, start: int, end: int) -> bool:
    """Does a relative clause (", who ...") hold ``start`` and close before ``end``?"""
    c = _relative_clause_end(doc, span, start, end)
    if c < 0:
        return False
    doc.fire("meeting.after_relative_clause", c, end, doc.text[c:end])
    return True


def _search_holding(rx: re.Pattern[str], word: str, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``rx.search(text, lo, hi)``, run only when the window holds ``word``, which every match of ``rx`` holds: a
    substring test (no slice copied) before the regex tries every position."""
    return rx.search(text, lo, hi) if text.find(word, lo, hi) >= 0 else None


def _agreed_left(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_AGREED_LEFT.search(text, lo, hi)``, run only when the window holds "agree" or "decided", one of which every
    match holds (two substring tests before the regex tries every position)."""
    if text.find("agree", lo, hi) < 0 and text.find("decided", lo, hi) < 0:
        return None
    return _AGREED_LEFT.search(text, lo, hi)


def _own_clause(doc: Doc, made: list[MeetingDraft], span: Span, end: int) -> None:
    """meeting.coordinated_planned: "X had met Y at the palace, and is scheduled to meet Z in Tyre tomorrow":
    the first verb's meetings keep only the day and the place told before the second verb."""
    for d in made:
        if d.date is not None and d.date.span is not None and d.date.span.start >= end:
            d.date = None
            d.rules = [r for r in d.rules if not r.startswith("date.")]
        if d.location is not None and d.location.span is not None and d.location.span.start >= end:
            d.location = None
            d.rules = [r for r in d.rules if r not in ("meeting.location", "meeting.gazetteer_city")]
        _fill(doc, d, Span(span.start, end))


#: the gap between a clause's subject and an aside that opens at a meeting noun's "in a"/"during"
_ASIDE_GAP_RX: Final = re.compile(r",?[ \t]*")


def _aside_subject(doc: Doc, mentions: list[Mention], aside: int) -> Mention | None:
    """The mention right before the aside that starts at ``aside`` ("X[,] in a phone call ..."), when it is the
    subject of its clause."""
    before = None
    for m in mentions:
        if m.end > aside:
            break
        before = m
    if (
        before is None
        or before.kind not in ("name", "desc")
        or _ASIDE_GAP_RX.fullmatch(doc.text, before.end, aside) is None
    ):
        return None
    return before if subjectish(doc, before) else None


#: the cues (base forms) besides appeals and approvals whose object is the person told (meeting.cue_object)
_TOLD_TO_BASES: Final = frozenset({"tell", "inform", "assure", "brief"})


def _cue_object(doc: Doc, mentions: list[Mention], start: int, end: int, state: MeetingState) -> list[int] | None:
    """The person a cue that takes one ("told", "urged", "thanked", "congratulated") is said to between
    ``start`` and ``end``: "X told Y in a phone call" (never "X criticized Y during a meeting of ...")."""
    lx = doc.lexicon
    for m in mentions:
        # "X has told the President of Ukraine that ... during a phone call": an unnamed role-holder too
        if m.start < start or m.kind not in ("name", "desc", "unnamed"):
            continue
        if m.end > end:
            return None
        c = lx.cues.get(preceding_word(doc, m.lo))
        # ("informed Y that", "assured Y that", "briefed Y on": told to Y as "told" is)
        if c is None or c.form != "finite" or not (c.kind in ("appeal", "approve") or c.base in _TOLD_TO_BASES):
            continue
        keys = _keys(doc, m, state)
        if len(keys) == 1 and doc.entity(keys[0]).kind == "person" and not m.possessive:
            return keys
        return None
    return None


def _own_mission(doc: Doc, parts: list[int]) -> bool:
    """meeting.own_mission: are the parties two persons of one state, one of them its envoy abroad and the other
    not (two envoys of a state told together may be meeting a third side the text names otherwise)?"""
    es = [doc.entity(k) for k in parts]
    if len(es) != 2 or any(e.kind != "person" or e.country is None for e in es) or es[0].country != es[1].country:
        return False
    missions, envoys = doc.lexicon.mission_roles, doc.lexicon.envoy_roles
    return [e.role_head in missions or e.role_head in envoys for e in es].count(True) == 1


#: an arrival, or an airport, in a sentence of a welcome (meeting.arrival_welcome); an arrival "at the palace" or "at
#: the ministry" is no airport's
_ARRIVAL_RX: Final = re.compile(
    r"\b(?:[Uu]p)?[Oo]n\s+(?:(?:his|her|their)\s+)?arrival\b(?!\s+at\s+the\s+(?![\w\s]{0,40}\bairport))"
    r"|\bat\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[Aa]irport\b"
)


def arrival_protocol(doc: Doc, span: Span, parties: list[int]) -> bool:
    """meeting.arrival_welcome: "Upon his arrival in Tehran, X was welcomed by Deputy Speaker Y", "was received at
    the airport by Ambassador Y": a welcome on arrival by an official is protocol, no talks; one by (or of) a
    leader of a state ("was welcomed upon arrival by President Y") opens a visit's talks and stays a meeting."""
    text = doc.text
    if text.find("rriv", span.start, span.end) < 0 and text.find("irport", span.start, span.end) < 0:
        return False
    ar = _ARRIVAL_RX.search(text, span.start, span.end)
    if ar is None:
        return False
    leaders = doc.lexicon.leader_roles
    if any(doc.entity(k).role_head in leaders for k in parties):
        return False
    doc.fire("meeting.arrival_welcome", ar.start(), ar.end(), ar.group())
    return True
