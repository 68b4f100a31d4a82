"""Trips: a planned trip and its hosts, a visit's host and a bare role as the object."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Place, Span
from newsfacts.prefilter import holds_any, required_words
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings.counterparts import unnamed_entity
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState, _hypothetical
from newsfacts.rules.meetings.fill import _fill
from newsfacts.rules.meetings.keys import _keys
from newsfacts.rules.meetings.objects import _object_list
from newsfacts.rules.meetings.patterns import _lexicon_rx
from newsfacts.rules.meetings.places import _country_key, _place_country
from newsfacts.rules.meetings.subjects import subject_before

_TRIP_RX: Final = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went) to\s+"
    r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"|\bvisit(?:s|ed|ing)?\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
#: "is expected in Brussels for a NATO summit"; ``{words}``: the ``occasion_noun`` table
_OTHER_OCCASION_RE: Final = r"[^.;]{0,80}?\b(?:{words}|talks\s+with|meeting\s+(?:of|with)|meet)"
_GATHERING_AFTER: Final = re.compile(r"[^.;]{0,40}?\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\b")
_ARRIVE_FOR_VISIT: Final = re.compile(
    r"[^.;]{0,60}?\b(?:for|on)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|talks)\b"
)
_PLACE_RE: Final = r"(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_TRIP_PLANNED_RX: Final = re.compile(
    # meeting.trip_reported: "is to travel to Lima", "said he would travel to Lima in May to continue the talks"
    # meeting.plans_to_travel: "X announced plans to travel to Iraq in the coming days", "X intends to fly to Oslo"
    r"(?P<trip>\b(?:will|would|(?:is|are)(?: also)?(?: (?:scheduled|set|expected|due|slated|going|planning))? to|"
    r"(?:(?:announced|revealed|unveiled|confirmed)(?: (?:his|her|their))? )?plans? to|intends? to)(?: also)? "
    r"(?:travel|fly|head)(?: on)? to\s+"
    # meeting.expected_in: "X is expected in Asmara next week", "X will arrive in Asmara on Friday for a visit"
    r"|\b(?:is|are)(?: also)? (?:expected|due) in\s+"
    r"|\b(?P<arrive>(?:will|(?:is|are)(?: also)? (?:scheduled|set|expected|due|slated|going) to)(?: also)? "
    r"arrive in\s+)"
    # meeting.accepted_invitation: "X accepted an invitation to visit Rome", "accepted Y's invitation to visit Chile"
    r"|\baccepted\s+(?:an|the|a|his|her|their|[A-Z][\w-]*['’]s?)\s+(?:[\w’'-]+\s+){0,2}?invitation\s+"
    r"(?:from\s+[^,.;]{1,60}?\s+)?to\s+(?:pay\s+an?\s+(?:[\w-]+\s+){0,2}?visit\s+to|visit)\s+)"
    + _PLACE_RE
    # meeting.visit_noun: "the upcoming visit of the Uzbek president to Baku", "the state visit by X to Y"
    + r"|\b(?:(?:state|official|working) )?visits? (?P<by>by|of)\s+[^,.;]{3,80}?(?P<to>\s+to\s+)"
    + _PLACE_RE.replace("place", "place2", 1)
    # meeting.visit_noun_to_by: "preparations for the official visit to Vietnam by Malaysian Prime Minister X"
    + r"|\b(?:(?:state|official|working) )?visit to "
    + _PLACE_RE.replace("place", "place3", 1)
    + r"\s+(?P<by3>by)\s+"
)
#: a word every match of _TRIP_PLANNED_RX holds (" travel", "visit of", "invitation", ...): the sentences _TRIP_GATE
#: lets in for a bare "visit" have none, and its scan (a word boundary tried at every position) is not run there
_TRIP_PLANNED_WORDS: Final = required_words(_TRIP_PLANNED_RX)
_PLANNED_VISIT_LEFT: Final = re.compile(
    r"(?i)\b(?:upcoming|forthcoming|planned|expected|scheduled|preparations? for|ahead of|next)\b[^.;,]{0,30}$"
)
_PREPARING_LEFT: Final = re.compile(
    r"\bpreparations?\s+for\s+(?:the\s+)?(?:(?:upcoming|forthcoming|planned|expected|next|first)\s+)?$"
)
#: a plain "visit(s) of X to Y" told as coming: "the upcoming visits of ", "his forthcoming visit of "
_COMING_LEFT: Final = re.compile(r"\b(?:upcoming|forthcoming|planned|expected|scheduled|next)\s+$")
_PLANNED_VISIT_RIGHT: Final = re.compile(
    r"[^.;,]{0,30},?\s+(?:which (?:is|was) (?:expected|scheduled|planned|due)|(?:scheduled|planned|set|slated) for)\b"
)


def _trip_hosts(doc: Doc, span: Span, parts: list[int]) -> tuple[list[int], bool]:
    """meeting.trip_officials: "X will travel to Oslo for talks with Norwegian officials": a trip
    whose hosts are only the officials of the country visited is a meeting with that country."""
    groups = [k for k in parts if doc.entity(k).kind == "group" and doc.entity(k).country]
    if not groups:
        return parts, False
    text = doc.text
    lx = doc.lexicon
    visited: set[str] = set()
    for tm in _TRIP_RX.finditer(text, span.start, span.end):
        words = (tm.group(1) or tm.group(2)).split()
        for n in range(len(words), 0, -1):  # "Oslo Thursday": the longest name that is a place
            if iso := lx.country_of(" ".join(words[:n])):
                visited.add(iso)
                break
    out = list(parts)
    changed = False
    for k in groups:
        iso = doc.entity(k).country
        if iso in visited:
            assert iso is not None
            out[out.index(k)] = _country_key(doc, iso)
            changed = True
    return list(dict.fromkeys(out)), changed


def _planned_trip(doc: Doc, sent: int, state: MeetingState) -> None:
    """meeting.trip: "X is expected to travel to India next year"; meeting.visit_noun: "the upcoming
    state visit of X to Azerbaijan": a planned visit to a country (or its capital) is a planned
    meeting with it (dropped when the article names whom X meets there)."""
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    if not holds_any(text, _TRIP_PLANNED_WORDS, span.start, span.end):
        return
    mentions = doc.sentence_mentions(sent)
    for tm in _TRIP_PLANNED_RX.finditer(text, span.start, span.end):
        iso = _place_country(lx, tm.group("place") or tm.group("place2") or tm.group("place3"))
        if iso is None:
            continue
        if tm.group("arrive") and not _ARRIVE_FOR_VISIT.match(text, tm.end(), span.end):
            continue  # "will arrive in Lima": a visit only when the sentence says so ("for a two-day visit")
        if tm.group("trip") and (
            (
                tm.group("trip").rstrip().endswith(" in")
                and _lexicon_rx(lx, _OTHER_OCCASION_RE, "occasion_nouns").match(text, tm.end(), span.end)
            )
            # meeting.trip_to_gathering: "will fly on to Ottawa for a meeting of G7 foreign ministers"
            or _GATHERING_AFTER.match(text, tm.end(), span.end)
        ):
            continue  # "X is expected in Brussels for a NATO summit", "... for talks with Y" (told by its own rule)
        if tm.group("trip"):
            subj, _m = subject_before(doc, tm.start(), mentions, state)
            trip = tm.group("trip")
            rule = (
                "meeting.accepted_invitation"
                if trip.startswith("accepted")
                else "meeting.expected_in"
                if trip.rstrip().endswith(" in")
                else "meeting.trip"
            )
        else:
            if tm.group("by3"):
                by = [m for m in mentions if tm.end() <= m.lo <= tm.end() + 4]
            else:
                by = [m for m in mentions if m.start >= tm.end("by") and m.end <= tm.start("to")]
            left = max(span.start, tm.start() - 60)
            if not by or not (
                (
                    _PLANNED_VISIT_LEFT.search(text, left, tm.start() + 1)
                    if tm.group().startswith(("state", "official", "working"))
                    # a plain "visit of X to Y" is one being prepared: "preparations for the visit of X to Y", or
                    # one told as coming: "during the upcoming visits of X to A and B"
                    else _PREPARING_LEFT.search(text, left, tm.start()) or _COMING_LEFT.search(text, left, tm.start())
                )
                or _PLANNED_VISIT_RIGHT.match(text, by[0].hi if tm.group("by3") else tm.end(), span.end)
            ):
                continue
            subj = _keys(doc, by[0], state)
            rule = "meeting.visit_noun_to_by" if tm.group("by3") else "meeting.visit_noun"
        if len(subj) != 1 or _hypothetical(text, span, tm.start()):
            continue
        e = doc.entity(subj[0])
        if e.kind != "person" or e.country == iso:
            continue  # "will return to Tehran": going home is no visit
        host = _trip_host_named(doc, mentions, tm.end(), span.end, iso, state)
        d = MeetingDraft([subj[0], host if host is not None else _country_key(doc, iso)], "in_person", "planned", sent)
        d.evidence.append(span)
        for r in ("meeting.visit", rule, "meeting.planned"):
            d.rule(r)
        if host is not None:
            d.rule("meeting.trip_with_host")
        place = tm.group("place") or tm.group("place2") or tm.group("place3")
        if place in lx.places and rule in ("meeting.visit_noun", "meeting.visit_noun_to_by"):
            # "the visit of X to Baku": the city visited is where they meet
            pg = "place3" if tm.group("place3") else "place2"
            d.location = Place(place, lx.places[place][0], Span(tm.start(pg), tm.end(pg)))
            d.rule("meeting.location")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire(rule, span.start, span.end, " + ".join(doc.entity(k).name for k in d.participants))
        if rule in ("meeting.trip", "meeting.visit_noun") and (am := _AND_PLACE.match(text, tm.end(), span.end)):
            # meeting.trip_places: "will travel to Belgrade and Pristina next week", "the upcoming visits of X to
            # Turkey and Russia": a visit to each
            iso2 = _place_country(lx, am.group(1))
            if iso2 is None or iso2 in (iso, e.country):
                continue
            d2 = MeetingDraft([subj[0], _country_key(doc, iso2)], "in_person", "planned", sent)
            d2.evidence.append(span)
            for r in ("meeting.visit", rule, "meeting.trip_places", "meeting.planned"):
                d2.rule(r)
            if am.group(1) in lx.places:
                d2.location = Place(am.group(1), lx.places[am.group(1)][0], Span(am.start(1), am.end(1)))
                d2.rule("meeting.location")
            d2.date = d.date
            state.drafts.append(d2)
            doc.fire(
                "meeting.trip_places", span.start, span.end, " + ".join(doc.entity(k).name for k in d2.participants)
            )


_TRIP_WITH: Final = re.compile(r"[^.;“”\"]{0,80}?\bwith\s+")


def _trip_host_named(
    doc: Doc, mentions: list[Mention], pos: int, end: int, iso: str, state: MeetingState
) -> int | None:
    """meeting.trip_with_host: "X will travel to Guatemala City next week to follow up on the agreements with his
    Guatemalan counterpart, Y": the person of the visited state the trip is "with" is the host."""
    wm = _TRIP_WITH.match(doc.text, pos, end)
    if wm is None:
        return None
    objs = _object_list(doc, wm.end(), end, [m for m in mentions if m.start >= wm.end()])
    if len(objs) != 1:
        return None
    keys = _keys(doc, objs[0], state)
    if len(keys) != 1 or doc.entity(keys[0]).kind != "person" or doc.entity(keys[0]).country != iso:
        return None
    return keys[0]


_AND_PLACE: Final = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


#: "meet the provincial governor", "call on the regional governor": a role after "the" and an adjective of
#: level that the actor rules read as no description
_BARE_ROLE_OBJECT: Final = re.compile(
    r"\s+(?:with\s+)?the\s+(?:(?:provincial|regional|local|state|city|district)\s+)?"
    r"(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
)


def _bare_role_object(doc: Doc, pos: int, end: int) -> str | None:
    """The canonical role of "the (provincial) governor" right after a meeting verb, or None."""
    rm = _BARE_ROLE_OBJECT.match(doc.text, pos, end)
    if rm is None:
        return None
    words = rm.group("words").split()
    for n in range(len(words), 0, -1):
        hit = doc.lexicon.roles.get(" ".join(words[:n]))
        if hit is not None and hit[1]:
            return hit[0]
    return None


def _visit_host(doc: Doc, state: MeetingState, visitor: int, role: str) -> int | None:
    """The unnamed ``role`` holder of the country ``visitor`` is visiting: the country of the place of their
    last meeting (else of the other side of it, one state), when that is not their own."""
    e = doc.entity(visitor)
    if e.kind != "person":
        return None
    last = next((d for d in reversed(state.drafts[-8:]) if visitor in d.participants), None)
    if last is None:
        return None
    iso = last.location.country if last.location is not None else None
    if iso is None:
        others = {doc.entity(k).country for k in last.participants if k != visitor}
        iso = others.pop() if len(others) == 1 else None
    if iso is None or iso == e.country:
        return None
    return unnamed_entity(doc, role, iso, "actor.visit_host_role").key
