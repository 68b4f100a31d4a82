"""Sides and formats: "the X side led by Y", the parties at the table, the next meeting the sides agreed, a
format of states ("the 3+3 format") and a meeting held through delegates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsfacts.models import Span
from newsfacts.prefilter import holds_any, required_words
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings.counterparts import _holds, unnamed_entity
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState, _hypothetical, meeting_words
from newsfacts.rules.meetings.fill import _add_draft, _fill, _parties_told_after
from newsfacts.rules.meetings.keys import _keys
from newsfacts.rules.meetings.places import _country_key
from newsfacts.rules.meetings.subjects import _first_person, subject_before

#: meeting.side_led_by: "Oman and Iran held consultations ... The Omani side was headed by X, while the Iranian side
#: was led by Y": the head of a side named by its state (or group) takes its place in the meeting told last
_SIDE_LED_BY: Final = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<side>[A-Z][\w’'.-]*)"
    # "Thailand's team was headed by Y"
    r"|(?P<poss>[A-Z][\w.-]*)['’]s)\s+(?:side|delegation|team)\s+(?:was|were|is)\s+"
    r"(?:led|headed|chaired)\s+by\s+"
)
#: a word of each of two parts every match of _SIDE_LED_BY holds ("side" alone is in "president"): tested before
#: the scan, which reads every position of the sentence
_SIDE_WORDS: Final = required_words(_SIDE_LED_BY)
#: the tail of every match of _SIDE_LED_BY, which opens with a literal: the engine skips to its candidates ("led" alone
#: is in "called")
_SIDE_LED_TAIL: Final = re.compile(r"(?:led|headed|chaired)\s+by\s")
#: _SIDE_LED_TAIL from its literal "ed" (the engine skips to it), look-behinds telling the word: found in every window
#: _SIDE_LED_TAIL is (and in one that starts inside the word, the look-behinds reading before it), several times
#: cheaper than the alternation tried at every position
_SIDE_LED_ED: Final = re.compile(r"ed(?:(?<=led)|(?<=headed)|(?<=chaired))\s+by\s")


def _side_led_tail(text: str, start: int, end: int) -> bool:
    """Does _SIDE_LED_TAIL match in ``text[start:end]``?"""
    return _SIDE_LED_ED.search(text, start, end) is not None and _SIDE_LED_TAIL.search(text, start, end) is not None


def _sides_led_by(doc: Doc, span: Span) -> Iterator[re.Match[str]]:
    """The matches of _SIDE_LED_BY in the sentence ``span``."""
    if holds_any(doc.text, _SIDE_WORDS, span.start, span.end) and _side_led_tail(doc.text, span.start, span.end):
        yield from _SIDE_LED_BY.finditer(doc.text, span.start, span.end)


def _side_led_by(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    last = state.last
    mentions = doc.sentence_mentions(sent)
    if last is None or sent - last.sent > 2:
        _sides_named(doc, sent, state, mentions)
        return
    # the meetings of the sentence told last ("held separate meetings with a Hamas delegation and with ...")
    recent = [d for d in state.drafts[-6:] if d.sent == last.sent]
    found: list[tuple[str, Mention]] = []
    for sm in _sides_led_by(doc, span):
        head = _first_person(doc, mentions, sm.end(), span.end, state)
        if head is not None and head.lo - sm.end() <= 3:
            found.append((sm.group("side") or sm.group("poss"), head))
    if text.find(" led the ", span.start, span.end) >= 0:
        # "X, the head of Israel's Mossad, led the Israeli team": the head is the clause's subject
        for am in _LED_THE_SIDE.finditer(text, span.start, span.end):
            subj, head_m = subject_before(doc, am.start(), mentions, state)
            if len(subj) == 1 and head_m is not None and head_m.kind in ("name", "desc"):
                side = am.group("side")
                if side is None:
                    side = _own_country_name(doc, subj[0])
                    if side is None:
                        continue
                    doc.fire("meeting.led_own_side", head_m.start, head_m.end, side)
                found.append((side, head_m))
    for side, head in found:
        iso = lx.country_of(side)
        keys = _keys(doc, head, state)
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
            continue
        for d in recent:
            if keys[0] in d.participants:
                continue
            i = next(
                (
                    i
                    for i, k in enumerate(d.participants)
                    if doc.entity(k).kind != "person"
                    and (doc.entity(k).name == side or (iso is not None and doc.entity(k).country == iso))
                ),
                None,
            )
            if i is None:
                continue
            d.participants[i] = keys[0]
            if span not in d.evidence:
                d.evidence.append(span)
            d.rule("meeting.side_led_by")
            doc.fire("meeting.side_led_by", head.start, head.end, doc.entity(keys[0]).name)
            break


def _partyless_meeting_sentence(doc: Doc, sent: int, state: MeetingState, back: int = 2) -> int | None:
    """The sentence (this one or up to ``back`` before) that tells of a meeting by its noun with no meeting of
    its own made since, or None."""
    told = next(
        (
            k
            for k in range(sent, max(-1, sent - back - 1), -1)
            if any(low in doc.lexicon.meeting_nouns or low in ("meeting", "talks") for _h, low in meeting_words(doc, k))
        ),
        None,
    )
    if told is None or (state.last is not None and state.last.sent >= told):
        return None
    at = doc.sentences[told]
    return None if _hypothetical(doc.text, at, at.end - 1) else told


#: meeting.at_the_table: "Sitting across the table were X and Y", "On one side of the table sat X; on the other, Y"
_AT_THE_TABLE: Final = re.compile(
    r"\b(?:[Aa]cross|[Aa]round|[Aa]t)\s+the\s+(?:negotiating\s+)?table\b|\bside\s+of\s+the\s+(?:negotiating\s+)?table\b"
)


def _at_the_table(doc: Doc, sent: int, state: MeetingState) -> None:
    """meeting.at_the_table: "A new round of talks took place on Wednesday. Sitting across the table were X and
    Y": the persons a sentence seats at the table of a meeting told with no parties are its parties."""
    span = doc.sentences[sent]
    tm = _AT_THE_TABLE.search(doc.text, span.start, span.end)
    if tm is None or (told := _partyless_meeting_sentence(doc, sent, state, 1)) is None:
        return
    keys: list[int] = []
    for m in doc.sentence_mentions(sent):
        if m.kind not in ("name", "desc", "unnamed"):
            continue
        refs = doc.refs_of(m)
        e = doc.entity(refs[0]) if len(refs) == 1 else None
        # "each accompanied by a vice minister": a role-holder of no state told is no party
        if e is not None and e.kind == "person" and not (e.unnamed and e.country is None) and e.key not in keys:
            keys.append(e.key)
    if len(keys) < 2:
        return
    _parties_told_after(doc, state, keys, sent, told, "meeting.at_the_table", Span(tm.start(), tm.end()))


def _sides_named(doc: Doc, sent: int, state: MeetingState, mentions: list[Mention]) -> None:
    """meeting.sides_named: "Cambodia and Thailand agreed ... following a meeting of the boundary commission.
    The Cambodian delegation was led by X, while Thailand's team was headed by Y": a meeting told with no
    parties in this sentence or the two before is one of the heads of the sides this sentence names (two
    states or more, one head each)."""
    span = doc.sentences[sent]
    heads: dict[str, int] = {}
    for sm in _sides_led_by(doc, span):
        head = _first_person(doc, mentions, sm.end(), span.end, state)
        iso = doc.lexicon.country_of(sm.group("side") or sm.group("poss"))
        if head is None or head.lo - sm.end() > 3 or iso is None:
            return
        keys = _keys(doc, head, state)
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person" or iso in heads:
            return
        heads[iso] = keys[0]
    if len(heads) < 2 or len(set(heads.values())) != len(heads):
        return
    if (told := _partyless_meeting_sentence(doc, sent, state)) is None:
        return
    _parties_told_after(doc, state, list(heads.values()), sent, told, "meeting.sides_named", span)


_LED_THE_SIDE: Final = re.compile(
    r"\b(?:led|headed)\s+(?:the\s+(?P<side>[A-Z][\w’'.-]*)"
    # meeting.led_own_side: "Nepal's Foreign Secretary Y led her country's delegation": the head's own state
    r"|(?P<own>his|her|their)\s+(?:country|nation|government)['’]s)\s+(?:side|delegation|team)\b"
)


def _own_country_name(doc: Doc, key: int) -> str | None:
    """The name of the state a person serves (a country name the lexicon knows), or None."""
    iso = doc.entity(key).country
    if iso is None:
        return None
    return doc.lexicon.country_names.get(iso)


#: meeting.next_meeting: "The next trilateral meeting will be held in Tbilisi in 2026": the parties of the
#: meeting told last (of three or more for a joint one: "trilateral") meet again
_NEXT_MEETING: Final = re.compile(
    r"[\"“]?[Tt]he\s+next\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<noun>meeting|session|round)"
    # meeting.next_round_states: "The next round of the FOC will be held in Kathmandu", "the next meeting between
    # the two governments will be held in Madrid": a round of a format between states, or a meeting of their
    # governments, is the states' meeting
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|"
    r"\s+between\s+the\s+two\s+(?:governments|countries|states|nations))?\s+"
    r"(?:will|would|is\s+(?:to|scheduled\s+to|expected\s+to|set\s+to))\s+(?:be\s+held|take\s+place|convene)\b"
)
#: "The two ministers also announced that the next meeting ...": the clause after "that" opens it
_THAT_NEXT: Final = re.compile(r"\b(?:announced|said|agreed|confirmed|added)\s+that\s+(?=the\s+next\s)")
#: meeting.next_round_states: "the two sides agreed to hold the next meeting of their joint commission": the
#: sides or parties (not "the two ministers") holding the next round of their format are the states
_SIDES_NEXT: Final = re.compile(
    r"\b(?:[Tt]he\s+two\s+sides|[Bb]oth\s+sides|[Tt]he\s+(?:two\s+)?parties|[Tt]he\s+sides)\s+(?:also\s+)?"
    r"(?:agreed|decided)\s+to\s+(?:hold|convene)\s+the\s+next\s+(?:round|meeting|session)\b"
)


def _states_of(doc: Doc, keys: list[int]) -> list[str]:
    """The states the parties ``keys`` serve, one each and no two alike (persons or countries); [] otherwise. One
    titled person the text gives no state serves the article's home country (as actor.home_country will tell)."""
    codes: list[str] = []
    homeless = 0
    for k in keys:
        e = doc.entity(k)
        if e.country is None and e.kind == "person" and e.role and doc.home is not None and not homeless:
            homeless = 1
            continue
        if e.country is None or e.kind not in ("person", "country") or e.country in codes:
            return []
        codes.append(e.country)
    if homeless:
        if doc.home is None or doc.home in codes:
            return []
        codes.insert([doc.entity(k).country for k in keys].index(None), doc.home)
    return codes if len(codes) >= 2 else []


def _as_states(doc: Doc, d: MeetingDraft, codes: list[str], where: Span) -> None:
    """meeting.next_round_states: the planned meeting ``d`` becomes one of the states ``codes``."""
    d.participants = [_country_key(doc, c) for c in codes]
    d.rule("meeting.next_round_states")
    names = " + ".join(doc.entity(k).name for k in d.participants)
    doc.fire("meeting.next_round_states", where.start, where.end, names)


def _next_meeting(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    nm = _NEXT_MEETING.match(text, span.start, span.end)  # the sentence opens with it
    if nm is None and (tn := _THAT_NEXT.search(text, span.start, span.end)) is not None:
        nm = _NEXT_MEETING.match(text, tn.end(), span.end)
    if nm is None:
        # "The parties agreed to hold the next round in Beijing" (no meeting word a rule before read): the states
        nm = _SIDES_NEXT.search(text, span.start, span.end) if state.drafts[-1].sent != sent else None
        if nm is None:
            return
        joint, states = False, True
    else:
        joint = any(doc.lexicon.meeting_modifiers.get(w.lower()) == "joint" for w in nm.group("mods").split())
        states = nm.group("noun") == "round" or (nm.group("of") or "").lstrip().startswith("between")
    target = None
    codes: list[str] = []
    for d in reversed(state.drafts):
        if sent - d.sent > (10 if joint or states else 4):
            break
        if states:
            # the last held meeting whose parties serve two states or more, one each
            if d.status == "held" and (codes := _states_of(doc, d.participants)):
                target = d
                break
        elif d.status == "held" and (len(d.participants) >= 3 or not joint):
            target = d
            break
    if target is None or any(doc.entity(k).kind != "person" for k in target.participants):
        return
    d = MeetingDraft(list(target.participants), "in_person", "planned", sent)
    d.evidence.append(span)
    for r in ("meeting.next_meeting", "meeting.planned_next", "meeting.planned"):
        d.rule(r)
    if codes:
        _as_states(doc, d, codes, Span(nm.start(), nm.end()))
    _fill(doc, d, Span(nm.start(), span.end))
    state.drafts.append(d)
    doc.fire("meeting.next_meeting", span.start, span.end, " + ".join(doc.entity(k).name for k in d.participants))


#: meeting.states_format: "agreed to convene the Peru-Chile intergovernmental commission in Lima in May", "the
#: Chile-Peru border committee, which last met in 2019, will be convened in Arica", "the next Peru-Chile binational
#: cabinet meeting, to be held in Lima": a format of two named states, planned, is their meeting
_STATES_FORMAT: Final = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)-(?P<b>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[Cc]ommission|[Cc]ommittee|[Cc]abinet\s+meeting|[Cc]ouncil|[Cc]onsultations|[Ss]ession|meeting)\b"
)
_STATES_FORMAT_AGREED: Final = re.compile(r"\b(?:agreed|decided|agree)\s+to\s+(?:convene|hold)\s+(?:the|their)\s+$")
_STATES_FORMAT_NEXT: Final = re.compile(r"\b[Tt]he\s+next\s+$")
_STATES_FORMAT_WILL: Final = re.compile(
    r"(?:,\s+(?:which|that)\s[^,;.]{1,60},)?\s+(?:will|would|is\s+to)\s+be\s+(?:convened|held)\b"
)
_STATES_FORMAT_TO_BE: Final = re.compile(r",?\s+(?:to\s+be|that\s+will\s+be|which\s+will\s+be)\s+held\b")


def _states_format(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    for fm in _STATES_FORMAT.finditer(text, span.start, span.end):
        left = text[max(span.start, fm.start() - 40) : fm.start()]
        agreed = _STATES_FORMAT_AGREED.search(left) is not None
        if not (
            agreed
            or _STATES_FORMAT_WILL.match(text, fm.end(), span.end)
            or (_STATES_FORMAT_NEXT.search(left) and _STATES_FORMAT_TO_BE.match(text, fm.end(), span.end))
        ):
            continue
        a, b = lx.country_of(fm.group("a")), lx.country_of(fm.group("b"))
        if a is None or b is None or a == b or _hypothetical(text, span, fm.start()):
            continue
        rules = ("meeting.states_format", "meeting.planned_next", "meeting.planned")
        parts = [_country_key(doc, a), _country_key(doc, b)]
        _add_draft(doc, state, parts, "planned", sent, rules, Span(fm.start(), span.end), Span(fm.start(), fm.end()))
        return


#: meeting.delegated_meeting: "the two leaders agreed that energy ministers from both sides would meet in Lima", "both
#: presidents agreed to instruct their trade ministers to meet next week": the role-holders of the states of the
#: meeting told last, planned
_DELEGATED_MEET: Final = re.compile(
    r"\b(?:agreed|decided|agree)\s+(?:that\s+(?:their\s+|the\s+)?(?P<r1>(?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:of|from)\s+"
    r"both\s+(?:sides|countries)\s+(?:would|will|should)"
    r"|to\s+(?:instruct|task|ask|direct)\s+their\s+(?P<r2>(?:[a-z]+\s+){0,2}?[a-z]+s)\s+to)\s+(?:meet|hold\s+talks)\b"
)


def _delegated_meeting(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    dm = _DELEGATED_MEET.search(text, span.start, span.end)
    last = state.last
    if dm is None or last is None or sent - last.sent > 2 or last.status != "held":
        return
    # a one-person office the lexicon knows ("trade ministers"), never a body of many ("military commanders")
    key = lx.role_plurals.get(dm.group("r1") or dm.group("r2") or "")
    codes = _states_of(doc, last.participants)
    if key is None or key not in lx.roles or not codes:
        return
    role = lx.roles[key][0]
    parts: list[int] = []
    for c in codes:
        # the role-holder the article names ("Energy Minister X, in a separate interview, said ..."), else unnamed
        named = [
            e.key
            for e in doc.entities
            if e.kind == "person"
            and not e.unnamed
            and (e.country == c or (e.country is None and c == doc.home))
            and _holds(e, key)
        ]
        parts.append(named[0] if len(named) == 1 else unnamed_entity(doc, role, c, "actor.delegated_role").key)
    rules = ("meeting.delegated_meeting", "meeting.planned_next", "meeting.planned")
    _add_draft(doc, state, parts, "planned", sent, rules, Span(dm.end(), span.end), Span(dm.start(), dm.end()))
