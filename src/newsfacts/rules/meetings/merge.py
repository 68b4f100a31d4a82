"""``merge_meetings``: mentions of one event folded into one meeting."""

from __future__ import annotations

from newsfacts.models import Span
from newsfacts.rules.doc import Doc
from newsfacts.rules.meetings.drafts import MeetingDraft
from newsfacts.rules.meetings.merge_places import (
    _arrival_place,
    _dateline_day,
    _dateline_fallback,
    _lead_occasion,
    _same_visit_place,
    _shared_place,
    _title_place,
)
from newsfacts.rules.meetings.patterns import _REMOTE
from newsfacts.rules.meetings.same_meeting import (
    _another_meeting,
    _call_and_visit,
    _counted_join,
    _dates_differ,
    _earlier_talks,
    _hosted_visits,
    _invited_by_host,
    _joint_split,
    _mediator_named_next,
    _modalities_apart,
    _name_the_unnamed,
    _named_next_sentence,
    _states_named_later,
    _states_of_persons,
    _summons_received,
    _unnamed_match,
)


def merge_meetings(doc: Doc, drafts: list[MeetingDraft]) -> tuple[list[MeetingDraft], dict[int, int]]:
    """Fold several mentions of one talk into one meeting (``meeting.merge``).

    Same participants: one meeting. A meeting with an unnamed role-holder of a country
    ("Foreign Minister of Pakistan") and one with a named person of that country and the
    same other side: one meeting, with the named person. Returns the meetings and, for each
    draft's index, the index of the meeting it went into.
    """
    out: list[MeetingDraft] = []
    into: dict[int, int] = {}
    by_party: dict[int, list[int]] = {}
    evidence_held: dict[int, set[Span]] = {}  # per meeting of ``out`` merged into (by id): its evidence
    _invited_by_host(doc, drafts)
    hosted = _hosted_visits(doc, drafts)
    hosted.update(_summons_received(doc, drafts, hosted))
    _named_next_sentence(doc, drafts)
    _name_the_unnamed(doc, drafts)
    _states_named_later(doc, drafts)
    _mediator_named_next(doc, drafts)
    _states_of_persons(doc, drafts)
    _counted_join(doc, drafts)
    _joint_split(doc, drafts)
    for di, d in enumerate(drafts):
        if di in hosted:
            continue
        target = None
        near = sorted(
            {i for k in d.participants for i in by_party.get(k, [])[-20:]} | set(range(max(0, len(out) - 5), len(out)))
        )
        for oi in near:
            o = out[oi]
            if o.status != d.status and ("meeting.planned_next" in d.rules or _another_meeting(doc, o, d)):
                continue  # "they would hold talks in Rio": the next meeting of the same two
            if "meeting.another_day" in d.rules + o.rules and _dates_differ(o, d):
                continue
            if "meeting.another_time" in d.rules or "meeting.another_talk" in d.rules:
                continue  # told of another month or year than the meetings before it, or as another talk
            if _modalities_apart(o, d):
                if set(o.participants) == set(d.participants):
                    d.rule("meeting.modality_apart")
                continue
            if _call_and_visit(o, d):
                if set(o.participants) == set(d.participants):
                    d.rule("meeting.call_and_visit")
                continue
            if _earlier_talks(doc, o, d):
                # meeting.earlier_talks: "X and Y held a telephone conversation ... . On December 20, the foreign
                # ministers held talks in Amman" in an April article: talks told with a day weeks before the
                # publication, of no remote kind, are others than the undated call told first
                d.rule("meeting.earlier_talks")
                if _unnamed_match(doc, d, o):
                    d.participants = list(o.participants)  # "the foreign ministers of Jordan and Iran": the two named
                continue
            if set(o.participants) == set(d.participants):
                target = o
                break
            if _unnamed_match(doc, o, d) or _unnamed_match(doc, d, o):
                target = o
                break
        if target is None:
            into[di] = len(out)
            for k in d.participants:
                by_party.setdefault(k, []).append(len(out))
            out.append(d)
            continue
        into[di] = out.index(target)
        if _unnamed_match(doc, target, d):
            target.participants = list(d.participants)
            for k in d.participants:
                by_party.setdefault(k, []).append(into[di])
        # the evidence already held, as a set: a list test per span grew with the square of a long
        # text's merged mentions
        held = evidence_held.get(id(target))
        if held is None:
            held = evidence_held[id(target)] = set(target.evidence)
        for ev in d.evidence:
            if ev not in held:
                held.add(ev)
                target.evidence.append(ev)
        if target.modality == "unknown":
            target.modality = d.modality
        elif target.modality_assumed and d.modality in _REMOTE and not d.modality_assumed:
            # meeting.modality_told_later: "X spoke with Y. ... X spoke with Y by phone on Friday": one call
            target.modality, target.modality_assumed, target.location = d.modality, False, None
            target.rule("meeting.modality_told_later")
        elif target.modality_assumed and not d.modality_assumed:
            target.modality_assumed = False
        if target.status == "planned" and d.status == "held" and "meeting.planned_next" not in target.rules:
            # "X arrived for a visit during which he will meet Y ... X met Y on Tuesday": it took place
            target.status = "held"
            target.date = d.date or target.date
        target.date = target.date or d.date
        target.location = target.location or d.location
        target.occasion = target.occasion or d.occasion
        target.topics += [t for t in d.topics if t not in target.topics]
        for r in [*d.rules, "meeting.merge"]:
            target.rule(r)
    for di, oi in hosted.items():
        into[di] = into[oi]
    _dateline_day(doc, out)
    _lead_occasion(doc, out)
    _shared_place(doc, out)
    _title_place(doc, out)
    _arrival_place(doc, out)
    _same_visit_place(doc, out)
    _dateline_fallback(doc, out)
    return out, into
