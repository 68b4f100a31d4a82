"""When mentions are one meeting and when one mention is several: joint meetings split, counted joins, unnamed
parties named later, states and persons, calls and visits, hosted visits and summons."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from newsfacts.rules.coref import merge_royal, royal_named_after
from newsfacts.rules.doc import Doc, Entity, Mention
from newsfacts.rules.meetings.counterparts import _holds, _rank_word_in, counterpart_entities
from newsfacts.rules.meetings.drafts import MeetingDraft
from newsfacts.rules.meetings.patterns import _AND_HIS_LINK, _COUNT_WORDS, _REMOTE


def _joint_split(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.joint_split: "X spoke with the leaders of France and Poland on Wednesday ... X, Y and Z held a video
    conference on Wednesday": the talks one sentence told as one per party are the joint meeting another tells of
    all of them (the same day, or none told)."""
    joints = [d for d in drafts if len(d.participants) >= 3]
    if not joints or len(drafts) < 2:
        return
    by_sent: dict[int, list[MeetingDraft]] = {}
    for d in drafts:
        if len(d.participants) == 2:
            by_sent.setdefault(d.sent, []).append(d)
    groups = list(by_sent.values())
    # a meeting of all that one plural role told ("spoke with the leaders of A and B"): the same as one told of
    # all the persons, whose modality it takes
    groups += [[d] for d in joints if "meeting.plural_role_object" in d.rules]
    for group in groups:
        if len(group) < 2 and "meeting.plural_role_object" not in group[0].rules:
            continue
        hubs = set(group[0].participants).intersection(*(g.participants for g in group[1:]))
        span = doc.sentences[group[0].sent]
        if (len(hubs) != 1 and len(group) > 1) or _SEPARATE_RX.search(doc.text, span.start, span.end):
            continue  # "she met each of the negotiators separately": one talk each
        union = {k for g in group for k in g.participants}
        for j in joints:
            if (
                j.sent == group[0].sent
                or not _same_parties(doc, union, set(j.participants))
                or len(j.participants) != len(union)
                or any(g.status != j.status or g.modality not in (j.modality, "in_person", "unknown") for g in group)
                or any(_dates_differ(g, j) for g in group)
            ):
                continue
            # meeting.same_parties_named: a party the joint meeting leaves unnamed takes the name the other tells
            pairs = _named_for_unnamed(doc, set(j.participants), union) or {}
            named = [
                pairs[k] if k in pairs and doc.entity(k).unnamed and not doc.entity(pairs[k]).unnamed else k
                for k in j.participants
            ]
            j.participants = list(named)
            for g in group:
                g.participants = list(named)
                g.modality = j.modality
                g.rule("meeting.joint_split")
            doc.fire(
                "meeting.joint_split", j.evidence[0].start if j.evidence else 0, j.evidence[0].end if j.evidence else 0
            )
            break


def _counted_join(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.counted_join: "X hosted his A and B counterparts, Y and Z, on Monday. The three ministers condemned
    ...": the talks one sentence told as one per counterpart are one meeting of all when the group that follows
    (in that sentence or the next two, before another meeting) counts them all ("the three ministers")."""
    by_sent: dict[int, list[MeetingDraft]] = {}
    for d in drafts:
        by_sent.setdefault(d.sent, []).append(d)
    for sent, group in by_sent.items():
        if len(group) < 2 or any(len(g.participants) != 2 or g.status != group[0].status for g in group):
            continue
        hubs = set(group[0].participants).intersection(*(g.participants for g in group[1:]))
        span = doc.sentences[sent]
        if len(hubs) != 1 or _SEPARATE_RX.search(doc.text, span.start, span.end):
            continue  # "held separate talks with his A and B counterparts": one talk each
        if doc.text.find("bilateral", span.start, span.end) >= 0:
            continue
        union = list(dict.fromkeys(k for g in group for k in g.participants))
        if len(union) != len(group) + 1 or any(doc.entity(k).kind != "person" for k in union):
            continue
        counted = None
        for i in range(sent, min(len(doc.sentences), sent + 3)):
            if i > sent and any(d.sent == i for d in drafts if d not in group):
                break  # another meeting told first: the group may be of it
            for m in doc.sentence_mentions(i):
                words = m.text.lower().split()
                if (
                    m.kind == "group"
                    and (i > sent or m.start >= group[-1].evidence[0].start)
                    and len(words) > 2
                    and words[0] == "the"
                    and _COUNT_WORDS.get(words[1], 0) == len(union)
                ):
                    counted = m
                    break
            if counted is not None:
                break
        if counted is None:
            continue
        for g in group:
            g.participants = list(union)
            g.rule("meeting.counted_join")
        doc.fire("meeting.counted_join", counted.start, counted.end, " + ".join(doc.entity(k).name for k in union))


def _same_parties(doc: Doc, a: set[int], b: set[int]) -> bool:
    """Are ``a`` and ``b`` the same parties, an unnamed role-holder of a state ("Foreign Minister of Poland")
    standing for the one person of that state the other names?"""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return _named_for_unnamed(doc, a, b) is not None


def _named_for_unnamed(doc: Doc, a: set[int], b: set[int]) -> dict[int, int] | None:
    """The pairing of the parties ``a`` and ``b`` do not share, each unnamed role-holder of a state on either
    side ("Foreign Minister of Poland") with the one party of that state on the other, or None when they are
    not the same parties."""
    rest_a, rest_b = a - b, b - a
    pairs: dict[int, int] = {}
    for k in rest_a:
        e = doc.entity(k)
        fits = [
            o
            for o in rest_b
            if (e.unnamed and e.country and doc.entity(o).country == e.country)
            # meeting.same_parties_named: the unnamed one may stand on either side ("The foreign ministers of A,
            # B and C met ... X hosted his B and C counterparts, Y and Z")
            or (doc.entity(o).unnamed and doc.entity(o).country and doc.entity(o).country == e.country)
        ]
        if len(fits) != 1:
            return None
        rest_b.discard(fits[0])
        pairs[k] = fits[0]
    return None if rest_b else pairs


_SEPARATE_RX: Final = re.compile(r"\b(?:separate(?:ly)?|each|individually|one by one)\b")


#: how long before the publication a meeting's day tells of another meeting than the undated one told first
_EARLIER_DAYS: Final = 21


def _earlier_talks(doc: Doc, first: MeetingDraft, later: MeetingDraft) -> bool:
    """Is ``later`` an in-person talk dated three weeks or more before the publication, and ``first`` an undated
    remote one (meeting.earlier_talks)?"""
    if first.date is not None or first.modality not in _REMOTE or later.modality in _REMOTE:
        return False
    value = later.date.value if later.date is not None else None
    if doc.published is None or value is None or value.startswith("X"):
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return (doc.published - day).days >= _EARLIER_DAYS


def _dates_differ(a: MeetingDraft, b: MeetingDraft) -> bool:
    return bool(a.date and b.date and a.date.value and b.date.value and a.date.value != b.date.value)


_AT_INVITATION: Final = re.compile(r"\b(?:at|on|upon)\s+the\s+invitation\s+of\s+")
#: between "at the invitation of" and the host's title or name: "the ", "his " ("of his Iranian counterpart Y")
_INVITER_GAP: Final = re.compile(r"(?:the|his|her|its|their)?\s*")


def _invited_by_host(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.at_invitation: "X paid a visit to Chile at the invitation of Chilean Foreign Minister Y": the
    visit to the country is a meeting with the named host who invited (of that country or of none told)."""
    for d in drafts:
        if "meeting.visit" not in d.rules or not d.evidence or len(d.participants) != 2:
            continue
        ev = d.evidence[0]
        if doc.text.find("invitation", ev.start, ev.end) < 0:
            continue
        im = _AT_INVITATION.search(doc.text, ev.start, ev.end)
        if im is None:
            continue
        host = next((m for m in doc.mentions_between(im.end(), ev.end)), None)
        if host is None or host.kind not in ("name", "desc") or not _INVITER_GAP.fullmatch(doc.text, im.end(), host.lo):
            continue
        keys = doc.refs_of(host)
        countries = [doc.entity(k) for k in d.participants if doc.entity(k).kind == "country"]
        if len(countries) != 1:
            continue
        if (
            host.kind == "desc"
            and doc.text.startswith("counterpart", host.end - len("counterpart"))
            and all(doc.entity(k).unnamed for k in keys)
        ):
            # meeting.invited_by_counterpart: "X will travel to Iraq at the invitation of his Iraqi counterpart":
            # the visitor's counterpart of the state visited, unnamed
            visitor = next((doc.entity(k) for k in d.participants if k != countries[0].key), None)
            found = counterpart_entities(doc, visitor, im.end(), host.end)
            if len(found) == 1 and found[0][0].country == countries[0].country:
                d.participants[d.participants.index(countries[0].key)] = found[0][0].key
                d.rule("meeting.invited_by_counterpart")
                doc.fire("meeting.invited_by_counterpart", host.start, host.end, found[0][0].name)
            continue
        if len(keys) != 1 or keys[0] in d.participants:
            continue
        e = doc.entity(keys[0])
        if e.kind != "person" or e.unnamed or e.country not in (None, countries[0].country):
            continue
        d.participants[d.participants.index(countries[0].key)] = e.key
        d.rule("meeting.at_invitation")
        doc.fire("meeting.at_invitation", host.start, host.end, e.name)


def _name_the_unnamed(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.named_later: "X met his Omani counterpart ... (sentences on) Omani Foreign Minister Y said":
    an unnamed role-holder is the one person of that country the article names with that role."""
    if len(drafts) > 200 or not any(doc.entity(k).unnamed for d in drafts for k in d.participants):
        return
    named = [e for e in doc.entities if e.kind == "person" and not e.unnamed and e.country and e.role]
    for d in drafts:
        for i, k in enumerate(d.participants):
            u = doc.entity(k)
            if not u.unnamed or u.kind != "person" or not u.country or not u.role_head:
                continue
            want = u.role_head.lower()
            fits = [e for e in named if e.country == u.country and e.key not in d.participants and _holds(e, want)]
            if len(fits) == 1 and not _rank_word_in(doc.lexicon, fits[0].role or "", want):
                d.participants[i] = fits[0].key
                d.rule("meeting.named_later")
            elif (
                not fits
                and (royal := royal_named_after(doc, k, d.sent)) is not None
                and royal.key not in d.participants
            ):
                # coref.royal_named_after: "... received by the Saudi Crown Prince. Prince Mohammed bin Salman said"
                merge_royal(doc, k, royal)
                d.participants[i] = royal.key
                d.rule("meeting.named_later")
            elif (
                not fits
                and "actor.counterparts" in u.rules
                and (met := _counterpart_met(doc, drafts, d, u)) is not None
            ):
                d.participants[i] = met
                d.rule("meeting.counterpart_met_before")
            elif (
                not fits
                and "actor.counterparts" in u.rules
                and (met := _counterpart_met(doc, drafts, d, u, later=True)) is not None
            ):
                # meeting.counterpart_met_after: "X has spoken to his Brazilian counterpart ... (paragraphs on) X
                # spoke to Brazil leader Y": the one named person of that state a party of ``d`` meets later on
                d.participants[i] = met
                d.rule("meeting.counterpart_met_after")


def _counterpart_met(
    doc: Doc, drafts: list[MeetingDraft], d: MeetingDraft, u: Entity, later: bool = False
) -> int | None:
    """meeting.counterpart_met_before: "X hosted her Mexican counterpart, Y ... X will travel to Mexico City for a
    trilateral meeting with her Mexican and US counterparts": an unnamed counterpart of a state is the one named
    person of it a party of ``d`` met in an earlier meeting of the article (and no other of that state)."""
    seen: set[int] = set()
    for o in drafts:
        if o is d:
            if later:
                continue
            break
        if (o.sent > d.sent if later else o.sent < d.sent) and set(o.participants) & set(d.participants):
            seen.update(
                k
                for k in o.participants
                if k not in d.participants
                and doc.entity(k).kind == "person"
                and not doc.entity(k).unnamed
                and doc.entity(k).country == u.country
                and not _other_portfolio(doc.entity(k), u)
            )
    return next(iter(seen)) if len(seen) == 1 else None


def _other_portfolio(e: Entity, u: Entity) -> bool:
    """Do two ministers' titles name different portfolios ("Electricity Minister", "Oil Minister")? An oil
    minister's counterpart is no electricity minister met later."""
    a, b = e.role_head or "", u.role_head or ""
    return a != b and a.endswith("Minister") and b.endswith("Minister")


def _named_next_sentence(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.named_next_sentence: "The leaders of Germany, France and Poland held a video call on Wednesday.
    Chancellor X, French President Y and Polish Prime Minister Z agreed ...": the unnamed members of a
    meeting are the persons the next sentence names, as many as they are (each of the right state where
    the text tells it; in the order of the list otherwise)."""
    for d in drafts[:50]:
        parts = [doc.entity(k) for k in d.participants]
        if len(parts) < 2 or not all(e.kind == "person" and e.unnamed and e.country for e in parts):
            continue
        if d.sent + 1 >= len(doc.sentences):
            continue
        named = _opening_names(doc, d.sent + 1)
        if len(named) != len(parts):
            continue
        countries = [e.country for e in parts]
        if any(e.country is not None and e.country not in countries for e in named):
            continue
        if len({e.country for e in named if e.country}) != sum(1 for e in named if e.country):
            continue
        free = [e for e in named if e.country is None]
        by_country: dict[str, Entity] = {e.country: e for e in named if e.country}
        chosen = [by_country.get(u.country or "") or (free.pop(0) if free else None) for u in parts]
        if any(e is None for e in chosen) or len({id(e) for e in chosen}) != len(chosen):
            continue
        d.participants = [e.key for e in chosen if e is not None]
        d.rule("meeting.named_next_sentence")
        sp = doc.sentences[d.sent + 1]
        doc.fire(
            "meeting.named_next_sentence", sp.start, sp.end, " + ".join(doc.entity(k).name for k in d.participants)
        )


def _mediator_named_next(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.mediated_by: "A and B met in Luanda for talks mediated by Angola. A, B and Angolan Foreign Minister C
    agreed ...": the mediating state is the person of that state the next sentence names beside the other parties."""
    for d in drafts:
        if "meeting.mediated_by" not in d.rules:
            continue
        states = [k for k in d.participants if doc.entity(k).kind == "country"]
        if len(states) != 1 or d.sent + 1 >= len(doc.sentences):
            continue
        code = doc.entity(states[0]).country
        rest = set(d.participants) - set(states)
        told = {k for m in doc.sentence_mentions(d.sent + 1) for k in doc.refs_of(m)}
        fits = [k for k in told if (e := doc.entity(k)).kind == "person" and e.country == code and k not in rest]
        if rest <= told and len(fits) == 1:
            d.participants = [fits[0] if k == states[0] else k for k in d.participants]
            if d.evidence:
                doc.fire("meeting.mediated_by", d.evidence[0].start, d.evidence[0].end, doc.entity(fits[0]).name)


def _states_named_later(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.states_named_later: "Talks between Chile and Peru were held in Lima on Monday. The talks brought
    together Foreign Ministers X and Y", "Chile and Peru hold talks on trade (headline) ... X and Y met ...": a
    meeting of states is the one of the persons, one of each of those states, the next meeting told names (in the
    next two sentences, or anywhere after a headline); it keeps its own day and place and takes their names."""
    if len(drafts) < 2 or len(drafts) > 100:
        return
    for i, a in enumerate(drafts[:-1]):
        states = [doc.entity(k) for k in a.participants]
        if len(states) < 2 or any(e.kind != "country" or not e.country for e in states):
            continue
        codes = {e.country for e in states}
        b = drafts[i + 1]
        if b.sent <= a.sent or b.status != a.status or b.sent - a.sent > (6 if _headline(doc, a) else 2):
            continue
        if _modalities_apart(a, b):
            continue
        persons = [doc.entity(k) for k in b.participants]
        if len(persons) != len(states) or any(e.kind != "person" or e.country is None for e in persons):
            continue
        if {e.country for e in persons} != codes:
            continue
        a.participants = list(b.participants)
        a.rule("meeting.states_named_later")
        if b.evidence:
            doc.fire(
                "meeting.states_named_later",
                b.evidence[0].start,
                b.evidence[0].end,
                " + ".join(e.name for e in persons),
            )


def _states_of_persons(doc: Doc, drafts: list[MeetingDraft]) -> None:
    """meeting.states_of_persons: "X met Y on Monday ... It was the first meeting between Chile and Denmark in a
    decade", "a meeting took place at the level of the foreign ministers of A and B": a meeting of states only,
    anywhere in the article, is the meeting of the persons, one of each of those states, another sentence tells
    (same status and kind, no other day): one meeting, of the persons."""
    if len(drafts) < 2 or len(drafts) > 100:
        return
    for a in drafts:
        if len(a.participants) < 2:
            continue
        states = [doc.entity(k) for k in a.participants]
        if any(e.kind != "country" or not e.country for e in states):
            continue
        codes = {e.country for e in states}
        if len(codes) != len(states):
            continue
        for b in drafts:
            if b is a or b.status != a.status or len(b.participants) != len(states) or _dates_differ(a, b):
                continue
            if _modalities_apart(a, b) or (a.modality != b.modality and "unknown" not in (a.modality, b.modality)):
                continue
            persons = [doc.entity(k) for k in b.participants]
            if any(e.kind != "person" or e.country is None for e in persons) or {e.country for e in persons} != codes:
                continue
            a.participants = list(b.participants)
            a.rule("meeting.states_of_persons")
            if a.evidence:
                doc.fire(
                    "meeting.states_of_persons",
                    a.evidence[0].start,
                    a.evidence[0].end,
                    " + ".join(e.name for e in persons),
                )
            break


def _headline(doc: Doc, d: MeetingDraft) -> bool:
    """Whether a meeting is told in the headline: the pipeline's title, else a line of its own with no full
    stop."""
    if not d.evidence:
        return False
    ev = d.evidence[0]
    if doc.title is not None:
        return ev.end <= doc.title[1]
    line = doc.text[doc.sentences[d.sent].start : doc.sentences[d.sent].end].rstrip()
    return "\n" not in line and line[-1:] not in (".", "!", "?", '"', "”", ":") and doc.text.startswith("\n", ev.end)


def _opening_names(doc: Doc, sent: int) -> list[Entity]:
    """The named persons a sentence opens with, joined by commas and "and" ("X, Y and Z agreed ...")."""
    out: list[Entity] = []
    prev: Mention | None = None
    for m in doc.sentence_mentions(sent):
        if prev is None and m.lo - doc.sentences[sent].start > 4:
            return []
        if (
            m.kind != "name"
            or m.possessive
            or (prev is not None and not _AND_HIS_LINK.fullmatch(doc.text, prev.hi, m.lo))
        ):
            break
        keys = doc.refs_of(m)
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person" or doc.entity(keys[0]).unnamed:
            return []
        out.append(doc.entity(keys[0]))
        prev = m
    return out


def _modalities_apart(a: MeetingDraft, b: MeetingDraft) -> bool:
    """meeting.modality_apart: a phone call and a video call of the same parties are two talks ("held talks
    by video link ... the two had spoken by phone in October"), and so are a call that was held and a
    meeting in person that is planned ("X spoke by phone with Y ... X is to visit Y's capital next month")."""
    if a.modality == b.modality:
        return False
    if a.modality in _REMOTE and b.modality in _REMOTE:
        return True
    return a.status != b.status and "in_person" in (a.modality, b.modality) and bool(_REMOTE & {a.modality, b.modality})


#: meeting.call_and_visit: the rules that tell a meeting face to face by a visit or a reception
_VISIT_RULES: Final = (
    "meeting.visit",
    "meeting.at_invitation",
    "meeting.welcomed",
    "meeting.on_a_visit",
    "meeting.guest_of",
    "meeting.credentials",
)


def _call_and_visit(a: MeetingDraft, b: MeetingDraft) -> bool:
    """meeting.call_and_visit: a phone call held and a visit held ("X and Y reviewed ties during a phone call on
    Friday ... Earlier this month, X visited Qatar at the invitation of Y") are two talks of the same parties."""
    for x, y in ((a, b), (b, a)):
        if (
            x.modality in _REMOTE
            and y.modality == "in_person"
            and x.status == y.status == "held"
            and any(r in y.rules for r in _VISIT_RULES)
        ):
            return True
    return False


def _another_meeting(doc: Doc, a: MeetingDraft, b: MeetingDraft) -> bool:
    """meeting.another_meeting: a held and a planned meeting of the same parties are two meetings when
    their days or places differ or the later one is told "again" ("X met Y in Lima on Tuesday ...
    X is to meet Y again in Paris next month")."""
    if a.date is not None and b.date is not None and a.date.value and b.date.value and a.date.value != b.date.value:
        return True
    if a.location is not None and b.location is not None and a.location.name != b.location.name:
        return True
    return any(_AGAIN_RX.search(doc.text, ev.start, ev.end) for ev in b.evidence[:1])


def _hosted_visits(doc: Doc, drafts: list[MeetingDraft]) -> dict[int, int]:
    """meeting.on_a_visit: "X is on a visit to India" is a meeting with India only when the article
    names no one X met there: a meeting of X (same status, in person) with persons of that country or
    of no known country supersedes it. Returns, for each superseded draft, the draft that does."""
    out: dict[int, int] = {}
    if len(drafts) > 200:
        return out  # no natural article: kept linear
    for di, d in enumerate(drafts):
        on_a_visit = "meeting.on_a_visit" in d.rules
        if not on_a_visit and "meeting.visit" not in d.rules:
            continue
        visited = {doc.entity(k).country for k in d.participants if doc.entity(k).kind == "country"}
        visitors = {k for k in d.participants if doc.entity(k).kind == "person"}
        for oi, o in enumerate(drafts):
            others = [doc.entity(k) for k in o.participants if k not in visitors]
            if (
                oi != di
                and "meeting.visit" not in o.rules
                and visitors & set(o.participants)
                # "X is on a visit to Malaysia. He is to meet Y on Tuesday": the visit's host is named
                and (
                    o.status == d.status or (d.status == "held" and o.status == "planned" and 0 <= o.sent - d.sent <= 3)
                )
                and o.modality == "in_person"
                and others
                # meeting.visit_host_named: "Cho is visiting Japan ... Japanese Foreign Minister Y and Cho agreed": a
                # visit whose host of that country is named is the meeting with the host (the host's country known)
                and all(
                    e.kind == "person" and (e.country in visited if not on_a_visit else e.country in visited | {None})
                    for e in others
                )
            ):
                if not on_a_visit:
                    if (o.location is not None and o.location.country not in visited) or _dates_differ(o, d):
                        continue  # "The two last met in Moscow, while X last visited Mongolia in 2016": another talk
                    ev = d.evidence[0]
                    doc.fire(
                        "meeting.visit_host_named",
                        ev.start,
                        ev.end,
                        " + ".join(doc.entity(k).name for k in o.participants),
                    )
                out[di] = oi
                break
    return out


def _summons_received(doc: Doc, drafts: list[MeetingDraft], taken: dict[int, int]) -> dict[int, int]:
    """meeting.summons_received: "The ministry summoned the Belarusian charge d'affaires on Monday. Deputy
    Minister X, who met the diplomat, ...": the ministry's summons is the talk its official held with the
    envoy told within two sentences (the official's meeting takes the summons' day). Returns, for each
    summons folded, the draft it went into."""
    out: dict[int, int] = {}
    if len(drafts) > 200:
        return out
    for di, d in enumerate(drafts):
        if di in taken or "meeting.summoned" not in d.rules or len(d.participants) != 2:
            continue
        envoys = [k for k in d.participants if doc.entity(k).kind == "person"]
        bodies = [k for k in d.participants if doc.entity(k).kind == "organization"]
        if len(envoys) != 1 or len(bodies) != 1:
            continue
        for oi, o in enumerate(drafts):
            if (
                oi != di
                and oi not in taken
                and 0 <= o.sent - d.sent <= 2
                and o.status == d.status
                and o.modality == "in_person"
                and len(o.participants) == 2
                and envoys[0] in o.participants
                and all(doc.entity(k).kind == "person" for k in o.participants)
                and not _dates_differ(o, d)
            ):
                o.date = o.date or d.date
                for ev in d.evidence:
                    if ev not in o.evidence:
                        o.evidence.append(ev)
                o.rule("meeting.summons_received")
                out[di] = oi
                break
    return out


#: meeting.unnamed_general_role: roles that name no office of their own ("the Egyptian leader"): another unnamed
#: role-holder of the same state, told in the meeting before, is who they are
_GENERAL_SIDE_ROLES: Final = frozenset({"Leader", "Official", "Counterpart", "Representative"})


def _unnamed_match(doc: Doc, a: MeetingDraft, b: MeetingDraft) -> bool:
    """Is ``a`` the same talk as ``b`` with sides unnamed in ``a`` and named in ``b``?

    Every participant only ``a`` has must be an unnamed role-holder whose country matches
    a distinct named participant only ``b`` has.
    """
    sa, sb = set(a.participants), set(b.participants)
    only_a, only_b = sa - sb, sb - sa
    if not only_a or len(only_a) != len(only_b) or a.sent == b.sent:
        return False
    free = [doc.entity(k) for k in only_b]
    side_roles = doc.lexicon.unnamed_side_roles
    for k in only_a:
        ua = doc.entity(k)
        if not ua.unnamed or ua.country is None:
            return False
        nb = next(
            (
                e
                for e in free
                if (
                    not e.unnamed
                    # meeting.unnamed_general_role: "his Vietnamese counterpart (the Foreign Minister of Vietnam) ...
                    # Sikorski and the Vietnamese minister discussed ...": a more general role of the same state
                    or (
                        ua.role_head
                        and e.role_head
                        and (
                            e.role_head.lower().endswith(" " + ua.role_head.lower())
                            or ua.role_head in _GENERAL_SIDE_ROLES
                        )
                    )
                )
                and e.country == ua.country
                and (
                    not ua.role_head
                    or not e.role_head
                    or ua.role_head.split()[-1] == e.role_head.split()[-1]
                    or ua.role_head in side_roles
                )
            ),
            None,
        )
        if nb is None:
            return False
        free.remove(nb)
    return True


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_AGAIN_RX: Final = re.compile(r"\b(?:again|another|next round|follow-up|last year|earlier this year|previously)\b")
