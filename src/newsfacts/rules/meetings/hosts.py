"""Hosts and guests: told in a place, an invitation accepted, credentials presented, a guest of, "the meeting
with X", "the meeting was with", a tour, "discussed by" and a participle's meeting."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Place, Span
from newsfacts.rules.coref import subjectish
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState, _hypothetical, meeting_words, sentence_modality
from newsfacts.rules.meetings.fill import _add_draft, _fill
from newsfacts.rules.meetings.keys import _keys
from newsfacts.rules.meetings.objects import _object_list
from newsfacts.rules.meetings.patterns import _planned_in
from newsfacts.rules.meetings.subjects import subject_before

#: meeting.told_in_place: "X told German Foreign Minister Y in Beijing on Tuesday that ...": one official telling
#: another in a city (and a day) speaks to them in person
_TOLD_RX: Final = re.compile(r"\btold\s+")
_IN_PLACE_AFTER_TOLD: Final = re.compile(r"\s+(?:in|at)\s+(?=[A-Z])")


def _told_in_place(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    mentions = doc.sentence_mentions(sent)
    for tm in _TOLD_RX.finditer(text, span.start, span.end):
        obj = next((m for m in mentions if m.start >= tm.end()), None)
        if obj is None or obj.lo - tm.end() > 3 or obj.kind != "name" or obj.possessive or obj.lo == obj.start:
            continue  # a titled official: "told German Foreign Minister Y"
        pm = _IN_PLACE_AFTER_TOLD.match(text, obj.hi, span.end)
        if pm is None:
            continue
        place = next((h for h in doc.names_between(pm.end(), span.end) if h.start == pm.end()), None)
        if place is None or place.table != "place":
            continue
        subj, _m = subject_before(doc, tm.start(), mentions, state)
        guest = _keys(doc, obj, state)
        p = list(dict.fromkeys(subj + guest))
        if len(subj) != 1 or len(guest) != 1 or len(p) != 2 or any(doc.entity(k).kind != "person" for k in p):
            continue
        a, b = (doc.entity(k).country for k in p)
        if a is not None and a == b:
            continue  # talks within one state's government are no meeting
        if _hypothetical(text, span, tm.start()):
            continue
        d = MeetingDraft(p, "in_person", "held", sent)
        d.evidence.append(span)
        d.rule("meeting.told_in_place")
        d.location = Place(place.text, lx.places[place.text][0], Span(place.start, place.end))
        d.rule("meeting.location")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire("meeting.told_in_place", span.start, span.end, " + ".join(doc.entity(k).name for k in p))
        return


#: meeting.invitation_accepted: "Y invited X to visit Mogadishu, and the invitation was accepted", "Y invited X
#: to visit India. X accepted the invitation": a planned visit of X with the host who invited
_ACCEPTED_RX: Final = re.compile(
    r"\b(?:accepted\s+(?:the|his|her|this)\s+invitation|(?:the|this)\s+invitation\s+was\s+(?:gladly\s+)?accepted|"
    r"which\s+(?:was|he|she)\s+accepted)\b"
)
_INVITED_RX: Final = re.compile(r"\binvited\s+")
_TO_VISIT_AFTER: Final = re.compile(r"\s+to\s+(?:pay\s+an?\s+(?:[\w-]+\s+){0,2}?visit\s+to|visit)\s+")


def _invitation_accepted(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    am = _ACCEPTED_RX.search(text, span.start, span.end)
    if am is None:
        return
    for i in (sent, sent - 1) if sent > 0 else (sent,):
        sp = doc.sentences[i]
        im = _INVITED_RX.search(text, sp.start, am.start() if i == sent else sp.end)
        if im is None:
            continue
        mentions = doc.sentence_mentions(i)
        obj = next((m for m in mentions if m.start >= im.end()), None)
        if obj is None or obj.lo - im.end() > 3 or obj.kind not in ("name", "desc") or obj.possessive:
            return
        if _TO_VISIT_AFTER.match(text, obj.hi) is None:
            return
        host, _m = subject_before(doc, im.start(), mentions, state)
        if not host and mentions and mentions[0].lo - sp.start <= 3 and subjectish(doc, mentions[0]):
            host = _keys(doc, mentions[0], state)  # "Y thanked Japan and invited X to visit India"
        guest = _keys(doc, obj, state)
        p = list(dict.fromkeys(guest + host))
        if len(host) != 1 or len(guest) != 1 or len(p) != 2 or any(doc.entity(k).kind != "person" for k in p):
            return
        d = MeetingDraft(p, "in_person", "planned", i)
        d.evidence.append(sp)
        if i != sent:
            d.evidence.append(span)
        for r in ("meeting.invitation_accepted", "meeting.planned_next", "meeting.planned"):
            d.rule(r)
        _fill(doc, d, Span(im.start(), sp.end))
        state.drafts.append(d)
        doc.fire("meeting.invitation_accepted", sp.start, span.end, " + ".join(doc.entity(k).name for k in p))
        return


#: meeting.credentials: "Ambassador X presented his credentials to President Y", "Y received the credentials of
#: X": the ceremony is an in-person meeting of the envoy and the head of state
#: what may stand between "credence from" and the envoy's title: an article and "new"
_CREDENCE_GAP: Final = re.compile(r"(?:the\s+)?(?:(?:new|newly[ -]appointed|newly[ -]accredited|incoming)\s+)?")
_CREDENTIALS_RX: Final = re.compile(
    # meeting.credentials_given: "A, B and C presented the letters of credence to President Y", "when handing in the
    # letter of credence to President Y": the article, "handing in", and each of several envoys
    r"\b(?P<give>(?:presented|presents|presenting|handed|hands|handing|submitted|submits|submitting|will\s+present)\s+"
    # ("submitted (a) copy of his credentials to the Foreign Minister": the copy a new envoy gives the minister)
    r"(?:over\s+|in\s+)?(?:(?:an?\s+)?cop(?:y|ies)\s+of\s+)?(?:his|her|their|the)\s+"
    r"(?:(?:letters?\s+of\s+)?credentials(?:\s+letters?)?|letters?\s+of\s+credence)\s+to\s+)"
    # meeting.credentials_received_front: "After receiving on Tuesday the credentials of X, President Y recalled"
    r"|\b(?P<take>(?:received|receives|receiving|accepted|accepts|accepting)\s+"
    r"(?:on\s+[A-Z][a-z]+day(?:,?\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)?\s+)?(?:the\s+)?(?:(?:letters?\s+of\s+)?credentials"
    # meeting.credence_from: "received letters of credence from the new Russian Ambassador X, and Y", "received
    # letters of credentials submitted by the new Ambassadors of A, B and C"
    r"(?:\s+letters?)?|letters?\s+of\s+credence)\s+(?:of|from|(?:submitted|presented)\s+by)\s+)"
)


#: meeting.credentials_poss_envoy: a state's envoy told by the state's possessive, then the name: "of Hungary's new
#: ambassador, Laszlo Kis", "of Ghana's High Commissioner Kwame Mensah"
_CREDENTIALS_POSS_ENVOY: Final = re.compile(
    r"(?:['’]s?)?\s+(?:new(?:ly[- ]appointed)?\s+|incoming\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner)"
    r"(?:\s+to\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+"
)


#: the comma that closes a fronted phrase, then the main clause's subject (meeting.credentials_received_front)
_COMMA_BEFORE_SUBJECT: Final = re.compile(r"[^,.;]{0,40}?,\s*")


def _credentials(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    cm = _CREDENTIALS_RX.search(text, span.start, span.end)
    if cm is None or _hypothetical(text, span, cm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    obj = next((m for m in mentions if m.start >= cm.end()), None)
    poss_envoy = False
    if (
        obj is not None
        and obj.kind == "country"
        and (nxt := next((m for m in mentions if m.start >= obj.end), None)) is not None
        and nxt.kind == "name"
        and (g := _CREDENTIALS_POSS_ENVOY.fullmatch(text, obj.end, nxt.start)) is not None
    ):
        # meeting.credentials_poss_envoy: "received the credentials of Hungary's new ambassador, Laszlo Kis"
        doc.fire("meeting.credentials_poss_envoy", obj.start, nxt.end, g.group())
        obj, poss_envoy = nxt, True
    if obj is None or obj.kind not in ("name", "desc", "unnamed") or obj.possessive:
        return
    if obj.lo - cm.end() > 3 and not poss_envoy:
        if not cm.group("take") or not _CREDENCE_GAP.fullmatch(text, cm.end(), obj.lo):
            return
        doc.fire("meeting.credence_from", cm.start(), cm.end())
    subj, _m = subject_before(doc, cm.start(), mentions, state)
    if (
        not subj
        and cm.group("give")
        and cm.group("give").startswith(("handing", "presenting", "submitting"))
        and mentions
        and mentions[0].lo - span.start < 3
        and mentions[0].end <= cm.start()
        and subjectish(doc, mentions[0])
    ):
        # meeting.credentials_given: "X impressed them when handing in the letter of credence to Y": the sentence's
        # subject is the envoy
        subj = _keys(doc, mentions[0], state)
    if not subj and cm.group("take") and cm.group("take").startswith(("receiving", "accepting")):
        # meeting.credentials_received_front: "After receiving the credentials of X, Y recalled ...": the main
        # clause's subject, right after the comma that closes the phrase
        main = next(
            (m for m in mentions if m.start > obj.hi and _COMMA_BEFORE_SUBJECT.fullmatch(text, obj.hi, m.lo)), None
        )
        if main is not None and subjectish(doc, main):
            subj = _keys(doc, main, state)
            doc.fire("meeting.credentials_received_front", cm.start(), main.end, text[main.start : main.end])
    objs = [obj]
    if cm.group("take"):
        # meeting.credentials_list: "received the credentials of X, and of Y": one meeting each
        objs = _object_list(doc, obj.lo, span.end, [m for m in mentions if m.start >= obj.start]) or [obj]
    planned = _planned_in(text, max(span.start, cm.start() - 70), cm.start() + 1)
    if cm.group("give") and len(subj) > 1 and len(set(subj)) == len(subj) and len(objs) == 1:
        # meeting.credentials_given: "A, B and C presented the letters of credence to President Y": one each
        envoys, subj = subj, _keys(doc, obj, state)
        objs = []
        for k in envoys:
            p = [k, *subj]
            if len(subj) != 1 or k in subj or any(doc.entity(x).kind != "person" for x in p):
                continue
            d = MeetingDraft(p, "in_person", "planned" if planned else "held", sent)
            d.evidence.append(span)
            d.rule("meeting.credentials")
            d.rule("meeting.credentials_given")
            d.separate = True
            _fill(doc, d, span)
            state.drafts.append(d)
            doc.fire("meeting.credentials_given", span.start, span.end, " + ".join(doc.entity(x).name for x in p))
    for o in objs:
        objects = _keys(doc, o, state)
        p = list(dict.fromkeys(subj + objects))
        # "received the credentials submitted by the new Ambassadors of A, B and C": one ceremony of them all
        several = len(objs) == 1 and len(o.members) > 1 and len(p) == len(objects) + 1
        if (
            len(subj) != 1
            or (not several and (len(objects) != 1 or len(p) != 2))
            or any(doc.entity(k).kind != "person" for k in p)
        ):
            continue
        d = MeetingDraft(p, "in_person", "planned" if planned else "held", sent)
        d.evidence.append(span)
        d.rule("meeting.credentials")
        if len(objs) > 1:
            d.rule("meeting.credentials_list")
            d.separate = True
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire("meeting.credentials", span.start, span.end, " + ".join(doc.entity(k).name for k in p))


#: meeting.guest_of: "X arrived in Bangkok yesterday as guest of Foreign Minister Y for a two-day visit": the host
_GUEST_OF: Final = re.compile(
    r"\b(?:arrived|arrives|arriving|is|was|will\s+be)\b[^.;]{0,80}?\bas\s+(?:an?\s+|the\s+)?"
    r"(?:official\s+|personal\s+|special\s+)?guests?\s+of\s+(?:the\s+|his\s+|her\s+)?"
    # meeting.arrived_invited: "X arrived in Kigali on Tuesday for a two-day State visit, on the invitation of
    # President Y": the visit with no state after "to" is one with the host who invited
    r"|\b(?P<arrived>arrived|arrives|arriving)\s+in\s+[^.;]{1,60}?\bfor\s+an?\s+(?:[\w-]+\s+){0,3}?visit,?\s+"
    r"(?:at|on|upon)\s+the\s+invitation\s+of\s+(?:the\s+|his\s+|her\s+)?"
)


def _guest_of(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    gm = _GUEST_OF.search(text, span.start, span.end)
    if gm is None or _hypothetical(text, span, gm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    host = next((m for m in mentions if m.start >= gm.end()), None)
    if host is None or host.kind not in ("name", "desc") or host.possessive or host.lo - gm.end() > 3:
        return
    subj, _m = subject_before(doc, gm.start(), mentions, state)
    hosts = _keys(doc, host, state)
    p = list(dict.fromkeys(subj + hosts))
    if len(subj) != 1 or len(hosts) != 1 or len(p) != 2 or any(doc.entity(k).kind != "person" for k in p):
        return
    planned = _planned_in(text, max(span.start, gm.start() - 70), gm.start() + 1)
    d = MeetingDraft(p, "in_person", "planned" if planned else "held", sent)
    d.evidence.append(span)
    d.rule("meeting.arrived_invited" if gm.group("arrived") else "meeting.guest_of")
    _fill(doc, d, span)
    state.drafts.append(d)
    doc.fire(d.rules[0], span.start, span.end, " + ".join(doc.entity(k).name for k in p))


#: meeting.meeting_with_named: "X met with Mexico's foreign minister on Wednesday. The meeting with Foreign Secretary
#: Y in Washington came a week after ...": the name told with the meeting noun is the unnamed party's
_MEETING_WITH_NAMED: Final = re.compile(
    r"The\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|phone\s+call|call)\s+with\s+(?:the\s+)?"
)


#: meeting.noun_he_held: "the meeting he held with X", "the phone conversation she had with X": a talk told by its noun
#: and a relative clause of its holder
_NOUN_HE_HELD_RX: Final = re.compile(
    r"\b(?:the|a|his|her)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>meeting|talks|phone call|telephone call|phone conversation|"
    r"telephone conversation|conversation)\s+(?:that\s+|which\s+)?(?P<subj>he|she|they)\s+(?:had\s+)?"
    r"(?:held|had)\s+with\s+"
)
#: the nouns of a call among them
_CALL_NOUNS: Final = frozenset({"phone call", "telephone call", "phone conversation", "telephone conversation"})


def _noun_he_held(doc: Doc, sent: int, state: MeetingState) -> None:
    """meeting.noun_he_held: "Mottaki had said his visit would follow the meeting he held with his Lebanese counterpart
    X in Tehran on Sunday": the one who held it met X, on the day and at the place told after X."""
    span = doc.sentences[sent]
    text = doc.text
    mentions = doc.sentence_mentions(sent)
    for hm in _NOUN_HE_HELD_RX.finditer(text, span.start, span.end):
        subj_m = next((m for m in mentions if m.start == hm.start("subj")), None)
        obj_m = next((m for m in mentions if m.start >= hm.end()), None)
        if obj_m is not None and obj_m.lo - hm.end() > 4:
            continue  # (at most "his " before the title: "with his Lebanese counterpart X")
        if subj_m is None or obj_m is None or obj_m.kind not in ("name", "desc", "unnamed") or obj_m.possessive:
            continue
        subj, obj = _keys(doc, subj_m, state), _keys(doc, obj_m, state)
        if len(subj) != 1 or len(obj) != 1 or subj == obj or doc.entity(obj[0]).kind != "person":
            continue
        modality = "phone" if hm.group("noun") in _CALL_NOUNS else "in_person"
        # (the day and place read after the object: "the meeting he held with X in Tehran on Sunday")
        where = Span(hm.start(), obj_m.end)
        _add_draft(
            doc,
            state,
            [subj[0], obj[0]],
            "held",
            sent,
            ("meeting.noun_he_held",),
            Span(obj_m.start, span.end),
            where,
            modality,
        )


def _meeting_with_named(doc: Doc, sent: int, state: MeetingState) -> None:
    last = state.last
    if last is None or sent - last.sent > 2 or len(last.participants) != 2:
        return
    span = doc.sentences[sent]
    text = doc.text
    wm = _MEETING_WITH_NAMED.match(text, span.start, span.end)
    if wm is None:
        return
    mentions = doc.sentence_mentions(sent)
    m = next((x for x in mentions if x.start >= wm.end()), None)
    if m is None or m.kind != "name" or m.lo - wm.end() > 3 or m.possessive:
        return
    keys = _keys(doc, m, state)
    if len(keys) != 1 or keys[0] in last.participants:
        return
    e = doc.entity(keys[0])
    unnamed = [k for k in last.participants if doc.entity(k).unnamed]
    if e.kind != "person" or e.unnamed or len(unnamed) != 1:
        return
    u = doc.entity(unnamed[0])
    if u.country is None or (e.country is not None and e.country != u.country):
        return
    last.participants[last.participants.index(unnamed[0])] = e.key
    if e.country is None:
        e.country = u.country
    if span not in last.evidence:
        last.evidence.append(span)
    last.rule("meeting.meeting_with_named")
    doc.fire("meeting.meeting_with_named", wm.start(), m.end, e.name)


#: meeting.meeting_was_with: "X held a series of meetings in Lima ... The first bilateral meeting of the day was with
#: Prime Minister Y", "Another meeting took place with Z": the protagonist of the meetings just told met each one
_WAS_WITH: Final = re.compile(
    r"\W*(?:The|Another|Her|His)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|encounter)\b[^.;]{0,100}?"
    r"\b(?:was|took\s+place|was\s+held)\s+with\s+(?:the\s+)?"
)


def _meeting_was_with(doc: Doc, sent: int, state: MeetingState) -> None:
    last = state.last
    if last is None or sent - last.sent > 3 or not last.participants:
        return
    span = doc.sentences[sent]
    text = doc.text
    wm = _WAS_WITH.match(text, span.start, span.end)
    if wm is None or _hypothetical(text, span, wm.end()):
        return
    host = last.participants[0]
    if doc.entity(host).kind != "person":
        return
    mentions = doc.sentence_mentions(sent)
    if any(m.end <= wm.end() and m.kind in ("name", "desc", "pronoun") for m in mentions):
        return  # "His meeting with X": a subject of its own, read by the other rules
    objs = _object_list(doc, wm.end(), span.end, [m for m in mentions if m.start >= wm.end()])
    objs = [m for m in objs if m.kind in ("name", "desc")]
    if not objs or objs[0].lo - wm.end() > 3:
        return
    for m in objs:
        keys = _keys(doc, m, state)
        if len(keys) != 1 or keys[0] == host or doc.entity(keys[0]).kind != "person":
            continue
        d = MeetingDraft([host, keys[0]], "in_person", "held", sent)
        d.evidence.append(span)
        d.rule("meeting.meeting_was_with")
        _fill(doc, d, span)
        d.location = d.location or last.location
        state.drafts.append(d)
        doc.fire("meeting.meeting_was_with", span.start, span.end, doc.entity(host).name + " + " + m.text)


#: meeting.tour: "X's tour that took him to China last week and to Cyprus and Malta", "X was on a tour of three
#: states - the United Kingdom, France and Turkey - to discuss ...": a visit to each state (dropped for a state
#: where the article names whom X met, as any visit)
_TOUR_RX: Final = re.compile(
    r"\btour\s+(?:that|which)\s+(?:also\s+)?(?P<tense>took|takes|will\s+(?:also\s+)?take|is\s+taking)\s+"
    r"(?:him|her|them)\s+to\s+"
    # meeting.tour_include: "a tour of Latin America on Monday that will include visits to Cuba, Ecuador and
    # Chile", "a regional tour that will include Bolivia, Cuba and Venezuela": the states it includes
    r"|\btour\b[^.;“”\"]{0,60}?\s(?:that|which)\s+(?:also\s+)?"
    r"(?P<incl>will\s+(?:also\s+)?include|includes|included|is\s+to\s+include)\s+"
    r"(?:(?:visits?|stops?|trips?|stopovers?)\s+(?:to|in)\s+)?"
    r"|\b(?:on|concluded|completed|began|begins|started)\s+an?\s+(?:[\w-]+\s+){0,2}tour\s+of\s+"
    r"(?:(?:two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations)\s*[-–—:,]?\s*)?"
    # meeting.tour by the verb: "X toured Kenya, Uganda and Rwanda last week", then the states
    r"|\b(?:toured|tours|is\s+touring)\s+(?=(?:the\s+)?[A-Z])"
)
_TOUR_FIRST: Final = re.compile(r"(?:the\s+)?")
#: "next week", "later this month" after a tour's states: the tour is still to come
_NEXT_TIME_AFTER: Final = re.compile(r"\s+(?:next|later\s+this|early\s+next)\s+(?:week|month|year)\b")
#: what joins the states of a tour: commas, "and (to)", a time told after a state
_TOUR_JOIN: Final = re.compile(
    r"(?:\s+(?:last|this|next|earlier|later)(?:\s+this)?\s+(?:week|month|year|weekend))?"
    r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)(?:to\s+)?(?:the\s+)?"
)


def _tour(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    tm = _TOUR_RX.search(text, span.start, span.end)
    if tm is None or _hypothetical(text, span, tm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    first = mentions[0] if mentions else None
    reported = False
    if first is not None and (that := text.rfind(" that ", first.end, tm.start())) >= 0:
        # meeting.tour_reported: "the spokesman announced that the chief diplomat would set off a tour ...": the
        # reported clause's subject tours
        first = next((m for m in mentions if that + 5 <= m.lo <= that + 6), None)
        if first is None:
            return
        reported = True
    elif first is None or first.lo - span.start > 3:
        return
    if first.end > tm.start() or not subjectish(doc, first):
        return
    subj = _keys(doc, first, state)
    if len(subj) != 1 or doc.entity(subj[0]).kind != "person":
        return
    states: list[int] = []
    cur = tm.end()
    for m in mentions:
        if m.start < cur:
            continue
        if m.kind != "country" or m.possessive:
            break
        if not (_TOUR_FIRST.fullmatch(text, cur, m.lo) if not states else _TOUR_JOIN.fullmatch(text, cur, m.lo)):
            break
        states += [k for k in doc.refs_of(m) if k not in states and k not in subj]
        cur = m.end
    if not states:
        return
    planned = (
        (tm.group("tense") or tm.group("incl") or "").startswith(("will", "is"))
        # meeting.tour_planned: "X will embark on a tour of A, B and C", "X's tour of A and B next month"
        or _planned_in(text, max(span.start, tm.start() - 70), tm.start() + 1)
        or _NEXT_TIME_AFTER.match(text, cur) is not None
    )
    for k in states:
        d = MeetingDraft([subj[0], k], "in_person", "planned" if planned else "held", sent)
        d.evidence.append(span)
        d.rule("meeting.visit")
        d.rule("meeting.tour")
        if tm.group("incl"):
            d.rule("meeting.tour_include")
        if reported:
            d.rule("meeting.tour_reported")
        if planned:
            d.rule("meeting.planned")
        d.separate = True
        _fill(doc, d, span)
        d.location = None
        if len(states) > 1:
            d.date = None  # (the day told is the tour's, not each stop's)
        state.drafts.append(d)
        doc.fire("meeting.tour", span.start, span.end, doc.entity(subj[0]).name + " + " + doc.entity(k).name)


#: meeting.discussed_by: "Preparations for the visit were discussed today by X and Y": the agents of a passive
#: topic verb talked with each other
_DISCUSSED_BY: Final = re.compile(
    r"\b(?:(?:was|were|has been|have been|had been|are being|is being)\s+(?:also\s+)?(?:discussed|reviewed)|"
    # meeting.issues_discussed_by: "they followed up on the issues discussed by X and Y on Friday": a reduced
    # relative after the topic noun
    r"(?P<noun>(?:issues|matters|topics|questions|subjects)\s+(?:(?:that|which)\s+were\s+)?discussed))\s+"
    r"(?:(?:today|yesterday|on\s+\w+|in\s+[A-Z][\w’'-]*|at\s+(?:the\s+)?[^,.;]{1,40}?|by\s+(?:tele)?phone|"
    r"by\s+video\s+link)\s+){0,3}by\s+"
)


def _discussed_by(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    dm = _DISCUSSED_BY.search(text, span.start, span.end)
    if dm is None or _hypothetical(text, span, dm.start()):
        return
    mentions = [m for m in doc.sentence_mentions(sent) if m.start >= dm.end()]
    objs = _object_list(doc, dm.end(), span.end, mentions)
    p = list(dict.fromkeys(k for m in objs for k in _keys(doc, m, state)))
    if len(p) < 2 or len(objs) != len(p) or any(doc.entity(k).kind != "person" for k in p):
        return
    modality = sentence_modality(doc, span, meeting_words(doc, sent))
    d = MeetingDraft(p, "in_person" if modality == "unknown" else modality, "held", sent)
    d.evidence.append(span)
    d.rule("meeting.discussed_by")
    if dm.group("noun"):
        d.rule("meeting.issues_discussed_by")
    _fill(doc, d, span, dm.end())
    state.drafts.append(d)
    doc.fire("meeting.discussed_by", span.start, span.end, " + ".join(doc.entity(k).name for k in p))


#: meeting.participle_meeting: "X began a visit to Kenya on Tuesday, meeting President Y at State House and
#: Speaker Z at parliament": the sentence's subject met each one named (one meeting each when each has a venue)
_PARTICIPLE_RX: Final = re.compile(
    # meeting.participle_adverb: "X opened a business forum in Hanoi, later meeting Y"
    r",\s+(?:(?P<adv>later|then|also|subsequently)\s+)?(?:meeting(?:\s+with)?|holding\s+talks\s+with)\s+(?=[A-Z]|(?:the|his|her)\s)"
)
_PARTICIPLE_JOIN: Final = re.compile(
    r"(?P<venue>\s+(?:at|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s*(?:,\s*and|,|and)\s+(?:the\s+)?"
)
_LEAD_WORDS: Final = re.compile(
    r"\W{0,3}(?:(?:Earlier|Later|Meanwhile|Separately|Also|Elsewhere|Today|Yesterday|On\s+\w+(?:\s+\w+)?|"
    # meeting.participle_lead: "Earlier on Tuesday, X opened ..., later meeting Y": a fronted adverbial
    r"(?:Earlier|Later)\s+(?:on\s+\w+|today|this\s+week)|In\s+(?:a\s+separate|another)\s+development),\s+)?"
    r"(?:[A-Za-z][\w’'-]*\s+){0,3}"
)
#: "meeting his Kenyan counterpart X": the possessive before the title of the one met
_HIS_BEFORE_TITLE: Final = re.compile(r"(?:his|her|their)\s+")
_PARTICIPLE_VENUE: Final = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[\w’'-]+")


def _participle_meeting(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    pm = _PARTICIPLE_RX.search(text, span.start, span.end)
    if pm is None or _hypothetical(text, span, pm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    first = mentions[0] if mentions else None
    if (
        first is None
        or first.end > pm.start()
        or not subjectish(doc, first)
        # meeting.participle_lead: "French presidential envoy X began a visit ..., meeting Y": the title's
        # first words may stand before the mention
        or not (first.lo - span.start <= 3 or _LEAD_WORDS.fullmatch(doc.text, span.start, first.lo))
    ):
        return
    subj = _keys(doc, first, state)
    if len(subj) != 1 or doc.entity(subj[0]).kind != "person":
        return
    objs: list[Mention] = []
    venues = False
    cur = pm.end()
    for m in mentions:
        if m.start < cur:
            continue
        if m.kind == "place" and objs:
            continue
        if m.kind not in ("name", "desc", "unnamed") or m.possessive:
            break
        if objs:
            j = _PARTICIPLE_JOIN.fullmatch(text, cur, m.lo)
            if j is None:
                break
            venues = venues or j.group("venue") is not None
        elif m.lo - cur > 3 and not _HIS_BEFORE_TITLE.fullmatch(text, cur, m.lo):
            return
        objs.append(m)
        cur = m.hi
    if objs and _PARTICIPLE_VENUE.match(text, cur):
        venues = venues or len(objs) > 1
    keys = [k for m in objs for k in _keys(doc, m, state) if k not in subj]
    if not keys or any(doc.entity(k).kind != "person" for k in keys):
        return
    planned = _planned_in(text, max(span.start, pm.start() - 110), pm.start() + 1)
    for p in [[*subj, k] for k in keys] if venues else [subj + keys]:
        d = MeetingDraft(p, "in_person", "planned" if planned else "held", sent)
        d.evidence.append(span)
        d.rule("meeting.participle_meeting")
        if pm.group("adv"):
            d.rule("meeting.participle_adverb")
        if planned:
            d.rule("meeting.planned")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire("meeting.participle_meeting", span.start, span.end, " + ".join(doc.entity(k).name for k in p))
