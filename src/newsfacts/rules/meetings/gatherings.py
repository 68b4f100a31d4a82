"""Gatherings: chaired, brought together, welcomed, attended, joined by, and a meeting "another time"."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.dates import MONTH_NUMBERS
from newsfacts.rules.doc import Doc
from newsfacts.rules.meetings.calls import _CALLED_BARE_AFTER, _DAY_AFTER_OBJECT_RE
from newsfacts.rules.meetings.clauses import arrival_protocol
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState, _hypothetical, meeting_words, sentence_modality
from newsfacts.rules.meetings.fill import _add_draft, _fill
from newsfacts.rules.meetings.hosts import _HIS_BEFORE_TITLE
from newsfacts.rules.meetings.keys import _keys
from newsfacts.rules.meetings.objects import _object_list
from newsfacts.rules.meetings.patterns import _planned_in
from newsfacts.rules.meetings.subjects import subject_before

#: meeting.chaired: "X chaired a meeting attended by A, B and C", "X hosted talks in Lima attended by A and B":
#: one meeting of the chair and the attendees (never one of the chair with their own state's officials only)
_CHAIRED_RX: Final = re.compile(
    r"\b(?:chaired|chairs|co-chaired|hosted|hosts|convened|presided over)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|session|summit|consultations)\b(?:\s+(?:in|at|on)\s+[^,.;]{1,40}?)?,?\s+attended\s+by\s+"
)


def _chaired(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    cm = _CHAIRED_RX.search(text, span.start, span.end)
    if cm is None or _hypothetical(text, span, cm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    subj, _m = subject_before(doc, cm.start(), mentions, state)
    objs = _object_list(doc, cm.end(), span.end, [m for m in mentions if m.start >= cm.end()])
    attendees = [k for m in objs for k in _keys(doc, m, state)]
    p = list(dict.fromkeys(subj + attendees))
    if len(subj) != 1 or not attendees or len(p) < 2:
        return
    if any(doc.entity(k).kind != "person" for k in p):
        return
    home = doc.entity(subj[0]).country
    if home is not None and all(doc.entity(k).country == home for k in attendees):
        return  # a cabinet session, a briefing of one's own officials
    planned = _planned_in(text, max(span.start, cm.start() - 70), cm.start() + 1)
    d = MeetingDraft(p, "in_person", "planned" if planned else "held", sent)
    d.evidence.append(span)
    d.rule("meeting.chaired")
    if planned:
        d.rule("meeting.planned")
    _fill(doc, d, span)
    state.drafts.append(d)
    doc.fire("meeting.chaired", span.start, span.end, " + ".join(doc.entity(k).name for k in p))


#: meeting.co_chaired_by: "The session was co-chaired by X and his Zambian counterpart, Y"; meeting.brought_together:
#: "The meeting brought together X, head of ..., and Y": a talk (or a session) told as the subject names its parties
_BROUGHT_RX: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:(?P<chaired>(?:was|were)\s+co-chaired\s+by)"
    r"|brought\s+together)\s+"
)


def _brought_together(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    bm = _BROUGHT_RX.search(text, span.start, span.end)
    if bm is None or _hypothetical(text, span, bm.start()):
        return
    noun = bm.group("noun")
    if noun not in lx.meeting_nouns and noun not in lx.occasion_nouns:
        return
    mentions = doc.sentence_mentions(sent)
    objs = _object_list(doc, bm.end(), span.end, [m for m in mentions if m.start >= bm.end()])
    p = list(dict.fromkeys(k for m in objs for k in _keys(doc, m, state)))
    if len(p) < 2 or any(doc.entity(k).kind != "person" for k in p):
        return
    if len({doc.entity(k).country for k in p}) < 2:
        return  # a session of one state's own officials
    rule = "meeting.co_chaired_by" if bm.group("chaired") else "meeting.brought_together"
    planned = _planned_in(text, max(span.start, bm.start() - 70), bm.end())
    mod = sentence_modality(doc, span, meeting_words(doc, sent))
    rules = (rule, "meeting.planned") if planned else (rule,)
    status = "planned" if planned else "held"
    modality = "in_person" if mod == "unknown" else mod
    _add_draft(doc, state, p, status, sent, rules, span, Span(bm.start(), bm.end()), modality)


_WELCOMED_RX: Final = re.compile(
    r"\b(?P<passive>(?:was|were|been|being)\s+(?:warmly\s+|officially\s+|personally\s+|solemnly\s+|cordially\s+)?"
    r"(?:welcomed|greeted)\s+"
    # meeting.welcomed_venue: "was solemnly greeted at Dushanbe International Airport by Y": the place before "by"
    # ("was welcomed upon arrival by Y": the arrival, likewise)
    r"(?P<pvenue>(?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+)?"
    r"(?:(?:up)?on\s+(?:his\s+|her\s+|their\s+)?arrival\s+)?by\s+)"
    # meeting.welcomed_venue: "Y welcomed on Wednesday at the Grand Serail the British Ambassador X": the day and the
    # place before the guest
    r"|\b(?P<avenue>(?:welcomed|welcomes|greeted|greets)\s+(?:on\s+[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?"
    r"(?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:the\s+)?(?=[A-Z]))"
    r"|\b(?P<active>(?:welcomed|welcomes|welcome|greeted|greets|greet)\s+(?:the\s+visiting\s+)?"
    r"|(?:played|plays|will play)\s+host\s+to\s+(?:the\s+visiting\s+)?)"
)
#: what must follow the guest of an active "welcomed": where (or on what occasion) the host received them
_WELCOMED_AFTER: Final = re.compile(
    r",?(?:\s+(?:on\s+\w+|today|yesterday))?,?\s+(?:to|in|at)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z]|(?:[a-z]+\s+){0,2}(?:palace|residence|headquarters|office|airport|capital|country|city)\b)"
    r"|(?:\s+(?:on\s+\w+|today|yesterday))?\s+(?:on|upon)\s+(?:his|her|their)\s+arrival\b"
    # "welcomed X to exchange views on ...", "welcomed X for talks": the purpose of the visit is a meeting
    r"|" + _DAY_AFTER_OBJECT_RE + r"\s+(?:to\s+(?:exchange\s+views|hold\s+talks|discuss)|for\s+talks)\b"
)


def _welcomed(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    mentions = doc.sentence_mentions(sent)
    for wm in _WELCOMED_RX.finditer(text, span.start, span.end):
        guests = [m for m in mentions if m.start >= wm.end()]
        first = guests[0] if guests else None
        # "was welcomed by the Prime Minister of Tajikistan X": an article before the guest's title
        art = 4 if text.startswith("the ", wm.end()) else 0
        if first is None or first.possessive:
            continue
        if not wm.start() < first.lo <= wm.end() + art and not _HIS_BEFORE_TITLE.fullmatch(text, wm.end(), first.lo):
            continue  # (meeting.welcomed_bare: "welcomed his Kenyan counterpart X")
        # (after the guest's tests, which rule out most matches, as "welcomed plans for": its scan is costlier)
        if _hypothetical(text, span, wm.start()):
            continue
        venue = bool(wm.group("pvenue") or wm.group("avenue"))
        bare = False
        if wm.group("passive"):
            objs = _object_list(doc, wm.end(), span.end, guests)
        elif wm.group("avenue"):
            objs = [first]
        else:
            if not wm.group("active").startswith(("play", "will")) and not _WELCOMED_AFTER.match(
                text, first.hi, span.end
            ):
                # meeting.welcomed_bare: "X welcomed Y on Monday.", "X welcomed Y, the ministry said", "X welcomed Y
                # and discussed ...": a person welcomed with nothing after that could make it a statement's object
                if first.kind not in ("name", "desc", "unnamed") or not _CALLED_BARE_AFTER.match(
                    text, first.hi, span.end
                ):
                    continue
                bare = True
            objs = [first]
        subj, _subj_m = subject_before(doc, wm.start(), mentions, state)
        objects = [k for m in objs for k in _keys(doc, m, state)]
        p = list(dict.fromkeys(subj + objects))
        if len(subj) != 1 or not objects or len(p) < 2:
            continue
        if any(doc.entity(k).kind not in ("person", "organization", "group") for k in p):
            continue
        if not any(doc.entity(k).kind == "person" for k in subj) or not any(
            doc.entity(k).kind == "person" for k in objects
        ):
            continue
        if arrival_protocol(doc, span, p):
            continue
        planned = _planned_in(text, max(span.start, wm.start() - 70), wm.start() + 1)
        d = MeetingDraft(p, "in_person", "planned" if planned else "held", sent)
        d.evidence.append(span)
        d.rule("meeting.welcomed")
        if venue:
            d.rule("meeting.welcomed_venue")
        if bare:
            d.rule("meeting.welcomed_bare")
        if planned:
            d.rule("meeting.planned")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire("meeting.welcomed", span.start, span.end, " + ".join(doc.entity(k).name for k in p))
        return


_MEETING_NOUN_RE: Final = r"(?:meetings?|talks|discussions?|consultations|negotiations|session)\b"
_ATTENDED_RX: Final = re.compile(
    r"\b(?:(?:attended|took\s+part\s+in|participated\s+in)|(?:was|were)\s+(?:also\s+)?present\s+(?:at|during|in))"
    r"\s+(?:the|these|those|that|this)\s+"
    + _MEETING_NOUN_RE
    + r"|\b(?P<noun>"
    + _MEETING_NOUN_RE
    # meeting.attended: "The meeting, attended by Foreign Minister Z, reviewed ..."
    # meeting.chaired_by: "The talks were chaired by Z", "The talks were facilitated by Z": Z takes part too
    + r")(?:\s+(?:was|were)\s+(?:also\s+)?|,\s+)(?:attended|chaired|co-chaired|facilitated|mediated|moderated)\s+by\s+"
    # meeting.also_attended: "Z also attended.", "Z was also present", "Z was also in attendance": no object
    r"|\b(?P<bare>(?:(?:was|were)\s+)?also)\s+(?:attended|took\s+part|participated|present|in\s+attendance)(?=\s*(?:[.;]|$))"
)


def _last_told(doc: Doc, d: MeetingDraft, sent: int) -> int:
    """The last sentence before ``sent`` that told of the meeting ``d`` (where it was first told, or a later
    sentence about it: "The closed-door meeting was also attended by Z" reads as near to "The meeting lasted two
    hours" as to it). A follow-up read in ``sent`` itself does not count: it brings the meeting no nearer."""
    told = [i for ev in d.evidence if (i := doc.sent_index(ev.start)) < sent]
    return max(d.sent, *told) if told else d.sent


#: meeting.another_time: a past month or year told with a meeting verb ("spoke by phone in September", "met last
#: year", "had talks in 2019", "earlier this year")
_ANOTHER_TIME_RX: Final = re.compile(
    r"\b(?:[Ii]n\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?:this|last)\s+year|\s+(?:19|20)\d\d)?|[Ii]n\s+(?P<year>(?:19|20)\d\d)|[Ll]ast\s+(?:year|month)|"
    r"[Ee]arlier\s+this\s+year)\b"
)
#: what may stand between a meeting's verb and its time: a few words of no other clause ("by phone", "in Berlin")
_TIME_GAP_RX: Final = re.compile(
    r"(?:\s+(?!(?:who|which|that|since|after|before|when|while|as|took|takes|was|were)\b)[\w'’-]+){0,6}\s+"
)


def _another_time_drafts(doc: Doc, span: Span, told: list[MeetingDraft], new: list[MeetingDraft]) -> None:
    """meeting.another_time: a held meeting of the same parties as one told before, in a sentence of another month
    or year ("X and Y met in March in Berlin" after their talks of May), is a meeting of its own."""
    for d in new:
        if d.status != "held" or "meeting.another_time" in d.rules:
            continue
        o = next((o for o in reversed(told) if set(o.participants) == set(d.participants)), None)
        if o is not None and (am := _another_time(doc, span, o)) is not None:
            d.rule("meeting.another_time")
            doc.fire("meeting.another_time", am.start(), am.end(), am.group())


def _another_time(doc: Doc, span: Span, last: MeetingDraft) -> re.Match[str] | None:
    """The past month or year a sentence tells, when it is not the time of ``last`` (the meeting told last):
    "in September" when that meeting was in November, "in 2019" when it was in 2021, "last year"."""
    text = doc.text
    triggers = [h for h, _low in meeting_words(doc, doc.sent_index(span.start))]
    m = next(
        (
            m
            for m in _ANOTHER_TIME_RX.finditer(text, span.start, span.end)
            # the time of the meeting's own verb: right after it ("spoke by phone in September"), or opening the
            # sentence ("In March, the two met"); not of another clause ("since X took office in January")
            if m.start() - span.start < 3
            or any(h.end <= m.start() and _TIME_GAP_RX.fullmatch(text, h.end, m.start()) for h in triggers)
        ),
        None,
    )
    if m is None:
        return None
    known = (last.date.value if last.date is not None else "") or (doc.published.isoformat() if doc.published else "")
    if m.group("month"):
        month = f"{MONTH_NUMBERS[m.group('month').lower()]:02d}"
        return m if known[5:7] and known[5:7] != month else None
    if m.group("year"):
        return m if known[:4] and known[:4] != m.group("year") else None
    # "last month", "last year": another time than a meeting told with its day, even one no date resolves ("on
    # Saturday" in an article with no date)
    return m if known or last.date is not None else None


#: "The ", "The closed-door ", "This ": a definite meeting noun (meeting.attended_definite)
_DEFINITE_LEFT: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}$")


def _attended(doc: Doc, sent: int, state: MeetingState) -> None:
    """meeting.attended: who else attended the meeting told last (this sentence or the two before, counted from
    the last sentence about it): a named person, or an unnamed role-holder of a country the meeting has no one of
    yet (never an aide of a state that is already there: talks with one's own state's bodies are no meeting)."""
    last = state.last
    if last is None or sent - _last_told(doc, last, sent) > 6:
        return
    span = doc.sentences[sent]
    text = doc.text
    am = _ATTENDED_RX.search(text, span.start, span.end)
    if am is None:
        return
    if sent - _last_told(doc, last, sent) > 2 and not (
        am.group("noun") and _DEFINITE_LEFT.search(text, max(span.start, am.start() - 30), am.start())
    ):
        # meeting.attended_definite: "The closed-door meeting was also attended by Z" names the meeting told last
        # even a few sentences on (up to six, as a follow-up); any other form, two at most
        return
    mentions = doc.sentence_mentions(sent)
    if am.group("noun"):
        cands = _object_list(doc, am.end(), span.end, mentions)
    else:
        lx = doc.lexicon
        if any(h.start < am.start() and low in lx.meeting_verbs for h, low in meeting_words(doc, sent)):
            return  # "X met Y and attended the talks": a meeting of its own, told by its verb
        cands = [m for m in mentions if m.end <= am.start() and m.kind in ("name", "desc", "unnamed")]
        said = [h.end for h in doc.words_between(span.start, am.start()) if h.table == "cue"]
        if said:
            # meeting.attended_reported: "Qane said X was also present at the meeting": X attended, not who said it
            cands = [m for m in cands if m.start >= said[-1]]
    countries = {doc.entity(k).country for k in last.participants}
    told = set(last.participants)
    added: list[int] = []
    for m in cands:
        if m.kind not in ("name", "desc", "unnamed"):
            continue
        keys = _keys(doc, m, state)
        if len(keys) != 1 or keys[0] in last.participants:
            continue
        e = doc.entity(keys[0])
        if e.kind != "person" or (e.unnamed and (e.country is None or e.country in countries)):
            continue
        last.participants.append(e.key)
        added.append(e.key)
    if not added:
        return
    for d in state.drafts[-6:]:
        if (
            d is not last
            and set(d.participants) == told
            and d.modality == last.modality
            and d.status == last.status
            and not d.separate
            and last.sent - d.sent <= 6
        ):
            # meeting.attended_told_twice: "X and Y held a meeting ... X and Y also discussed ... The meeting was
            # also attended by Z": the one meeting told twice has Z in both tellings (they merge into one)
            d.participants.extend(added)
            d.rule("meeting.attended")
            d.rule("meeting.attended_told_twice")
    if span not in last.evidence:
        last.evidence.append(span)
    last.rule("meeting.attended")
    if am.group("noun") and not am.group().endswith("attended by "):
        last.rule("meeting.chaired_by")
    if am.group("bare"):
        last.rule("meeting.also_attended")
    doc.fire("meeting.attended", span.start, span.end, " + ".join(doc.entity(k).name for k in added))


_JOINED_BY: Final = re.compile(r"\s+(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?joined\s+by\s+")


#: meeting.joined_after: "After the 20-minute meeting, they" before "were joined by"
_AFTER_MEETING_THEY: Final = re.compile(r"\W*After\s+(?:the|their|this)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks),\s+they")


def _joined_by(doc: Doc, sent: int, state: MeetingState) -> None:
    """meeting.joined_by: "X met Y in Geneva on Wednesday ... X and Y were joined by Z, who chaired the session":
    the parties of the meeting told last (this sentence or the two before, counted from the last sentence about
    it), as the subject, were joined by a named person who takes part too."""
    last = state.last
    if last is None or sent - _last_told(doc, last, sent) > 2:
        return
    span = doc.sentences[sent]
    text = doc.text
    jm = _JOINED_BY.search(text, span.start, span.end)
    if jm is None:
        return
    mentions = doc.sentence_mentions(sent)
    before = [m for m in mentions if m.end <= jm.start()]
    after_meeting = _AFTER_MEETING_THEY.fullmatch(text, span.start, jm.start()) is not None
    if after_meeting:
        # meeting.joined_after: "X met Y on Friday ... After the 20-minute meeting, they were joined by Z": a
        # meeting of the three after the one of the two
        subj = list(last.participants)
    else:
        if not before or before[0].lo - span.start > 3:
            return
        subj = [k for m in before for k in _keys(doc, m, state)]
    if not subj or not set(subj) <= set(last.participants):
        return
    added: list[int] = []
    for m in _object_list(doc, jm.end(), span.end, [m for m in mentions if m.start >= jm.end()]):
        keys = _keys(doc, m, state) if m.kind in ("name", "desc") else []
        if len(keys) != 1 or keys[0] in last.participants:
            continue
        e = doc.entity(keys[0])
        if e.kind == "person" and not e.unnamed:
            added.append(e.key)
    if not added:
        return
    if after_meeting:
        d = MeetingDraft(list(last.participants) + added, last.modality, last.status, sent)
        d.evidence.append(span)
        d.rule("meeting.joined_by")
        d.rule("meeting.joined_after")
        d.date = last.date
        d.location = last.location
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire("meeting.joined_after", jm.start(), jm.end(), " + ".join(doc.entity(k).name for k in added))
        return
    last.participants += added
    if span not in last.evidence:
        last.evidence.append(span)
    last.rule("meeting.joined_by")
    doc.fire("meeting.joined_by", jm.start(), jm.end(), " + ".join(doc.entity(k).name for k in added))
