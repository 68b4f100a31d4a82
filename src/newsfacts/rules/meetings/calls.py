"""Calls and receptions: a call with X, "X called Y", an "after meeting" gerund, a reception for X, a pair
clause ("they met") and a call told after its parties."""

from __future__ import annotations

import itertools
import re
from typing import Final

from newsfacts.models import Span
from newsfacts.prefilter import holds_any, required_words
from newsfacts.rules.coref import subjectish
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState, _hypothetical, meeting_words
from newsfacts.rules.meetings.fill import _add_draft, _fill
from newsfacts.rules.meetings.hosts import _HIS_BEFORE_TITLE
from newsfacts.rules.meetings.keys import _keys, _pair_subject
from newsfacts.rules.meetings.objects import _object_list
from newsfacts.rules.meetings.patterns import _AND_HIS_LINK, _PLANNED_ADJ_LEFT, _lexicon_rx, _planned_in
from newsfacts.rules.meetings.subjects import subject_before

#: meeting.call_with: "X's call with Y went well", "X said her call with Y was useful", "In a call with Y, X said":
#: a call (the noun alone, "phone" unsaid) with a person is a phone call; never "his call for talks with Y"
_CALL_WITH_RX: Final = re.compile(r"\bcalls?\s+with\s+")
#: before "call": the possessive of the caller and up to two modifiers ("'s ", "'s earlier ", "'s Monday ")
_CALL_POSS_LEFT: Final = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
#: before "call": "his ", "her latest ", "In a ", "During their "
_CALL_PRONOUN_LEFT: Final = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$")
_CALL_FRONT_LEFT: Final = re.compile(
    r"^\W{0,3}(?:In|During|After|Following)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)
#: after the one called, in "In a call with Y, X ...": Y's day or place, the comma, a fronted adverb
_CALL_FRONT_GAP: Final = re.compile(r"(?:\s+(?:on|in|at|late|earlier)\s+[^,;.]{1,40}+)?,\s+(?:[a-z]+ly\s+)?")


def _call_with(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    mentions = doc.sentence_mentions(sent)
    for cm in _CALL_WITH_RX.finditer(text, span.start, span.end):
        left = text[max(span.start, cm.start() - 12) : cm.start()]
        if left.endswith(("phone ", "video ", "courtesy ", "farewell ")) or _hypothetical(text, span, cm.start()):
            continue  # the meeting nouns of the table
        obj = next((m for m in mentions if m.start >= cm.end()), None)
        if (
            obj is None
            or obj.kind not in ("name", "desc", "unnamed")
            or obj.possessive
            or not (obj.lo - cm.end() <= 3 or _HIS_BEFORE_TITLE.fullmatch(text, cm.end(), obj.lo))
        ):
            continue
        before = [m for m in mentions if m.end <= cm.start()]
        subj_m: Mention | None = None
        if before and before[-1].possessive and _CALL_POSS_LEFT.fullmatch(text, before[-1].end, cm.start()):
            subj_m = before[-1]
        elif before and _CALL_PRONOUN_LEFT.search(text, max(span.start, cm.start() - 40), cm.start()):
            subj_m = before[0] if subjectish(doc, before[0]) else None
        elif not before and _CALL_FRONT_LEFT.search(text[span.start : cm.start()]):
            gap = _CALL_FRONT_GAP.match(text, obj.hi)
            after = next((m for m in mentions if m.start >= obj.hi), None) if gap else None
            if gap is not None and after is not None and after.lo == gap.end() and subjectish(doc, after):
                subj_m = after
        if subj_m is None:
            continue
        p = list(dict.fromkeys(_keys(doc, subj_m, state) + _keys(doc, obj, state)))
        if len(p) != 2 or any(doc.entity(k).kind != "person" for k in p):
            continue
        if any(dr.sent == sent and set(dr.participants) == set(p) for dr in state.drafts):
            continue  # told by another rule of the sentence ("held a call with Y")
        planned = _PLANNED_ADJ_LEFT.search(text, max(span.start, cm.start() - 50), cm.start()) is not None
        d = MeetingDraft(p, "phone", "planned" if planned else "held", sent)
        d.evidence.append(span)
        d.rule("meeting.call_with")
        d.rule("meeting.phone_call")
        if planned:
            d.rule("meeting.planned")
        _fill(doc, d, span, cm.end())
        state.drafts.append(d)
        doc.fire("meeting.call_with", cm.start(), cm.end(), " + ".join(doc.entity(k).name for k in p))
        return


_CALLED_RX: Final = re.compile(
    # "\b(?:called|dialled|dialed|rang)", letter first (as _CITY_SPAN)
    r"[cdr](?<!\w.)(?:(?<=c)alled|(?<=d)ialled|(?<=d)ialed|(?<=r)ang)\s+(?!on\b|for\b|upon\b|off\b|it\b|a\b|an\b|the\s+(?:meeting|talks|conference|session)\b)"
)
#: what follows "X called Y" in a phone call; ``{words}``: the ``call_purpose_verb`` table
_CALLED_AFTER_RE: Final = (
    # meeting.called_up: "X called him up to congratulate him": the particle after the person called
    r"(?:\s+up)?"
    # "X called President Y of the Philippines to inform him ...": the state after the name
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?"
    r"(?:\s+(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\w+)|today|yesterday|late\s+\w+|earlier\s+\w+|last\s+\w+))?"
    r"(?:,?\s+to\s+(?:{words})\b|\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b)"
)

#: meeting.called_bare: what may follow "X called Y" with no purpose told: a day, then the sentence's end, a
#: reporting tail (", the ministry said", ", according to ...", ", Xinhua reported") or a verb of talks
_DAY_AFTER_OBJECT_RE: Final = (
    # a day told right after the one met or called: "on Monday", "on Monday, March 10,", "on 10 March", "last week"
    r",?(?:\s+(?:on\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|(?:late|earlier)\s+on\s+[A-Z][a-z]+day|"
    r"last\s+(?:week|month)|(?:earlier\s+)?this\s+week),?)?"
)
#: the state after a name: "Sultan Haitham bin Tarik of Oman"
_OF_STATE_RE: Final = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
_CALLED_BARE_AFTER: Final = re.compile(
    _OF_STATE_RE + _DAY_AFTER_OBJECT_RE + r"(?:\s*(?:[.;]|$)"
    r"|,\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|reported|announced)\b|according\s+to\b"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:said|says|reported)\b|(?:state|official)\s+media\s+reported\b)"
    r"|,?\s+and\s+(?:discussed|talked|spoke|exchanged|reviewed|conveyed|congratulated|thanked|briefed|expressed|"
    r"offered|urged|called\s+for|stressed)\b"
    # meeting.welcomed_with_whom: "X welcomed Y, with whom he discussed the situation": the talk told after
    r"|,\s+with\s+whom\s+(?:he|she|they)\s+(?:also\s+)?(?:discussed|talked|held|exchanged|reviewed|conferred)\b)"
)

#: between a state's possessive and its official's name: "'s new Prime Minister ", "'s Foreign Minister "
_POSSESSIVE_TITLE_GAP: Final = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.-]*\s+){1,5}")


def _called(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    mentions = doc.sentence_mentions(sent)
    for cm in _CALLED_RX.finditer(text, span.start, span.end):
        obj = next((m for m in mentions if m.start >= cm.end()), None)
        if obj is None or not (
            cm.end() <= obj.lo <= cm.end() + 4 or _HIS_BEFORE_TITLE.fullmatch(text, cm.end(), obj.lo)
        ):
            continue
        if _hypothetical(text, span, cm.start()):  # (after the object's test, which rules out most matches)
            continue
        if obj.possessive:
            # "called Nepal's new Prime Minister X to congratulate him": the state's official is called
            nxt = next((m for m in mentions if m.start >= obj.end), None)
            if obj.kind != "country" or nxt is None or nxt.kind != "name":
                continue
            if not _POSSESSIVE_TITLE_GAP.fullmatch(text, obj.end, nxt.start):
                continue
            obj = nxt
        dialled = cm.group().startswith(("dial", "rang"))
        bare = False
        if not dialled and not _lexicon_rx(doc.lexicon, _CALLED_AFTER_RE, "call_purpose_verbs").match(
            text, obj.hi, span.end
        ):
            # meeting.called_bare: "X called Y on Monday.", "X called Y and discussed ...", "X called Y, the
            # ministry said": a person called with nothing after that could make Y a name or a label
            if cm.group().startswith("called") and _CALLED_BARE_AFTER.match(text, obj.hi, span.end):
                bare = True
            else:
                continue
        subj, _m = subject_before(doc, cm.start(), mentions, state)
        objects = _keys(doc, obj, state)
        p = list(dict.fromkeys(subj + objects))
        if len(subj) != 1 or len(objects) != 1 or len(p) != 2:
            continue
        if any(doc.entity(k).kind != "person" for k in p):
            continue
        planned = _planned_in(text, max(span.start, cm.start() - 70), cm.start() + 1)
        d = MeetingDraft(p, "phone", "planned" if planned else "held", sent)
        d.evidence.append(span)
        rule = "meeting.called_bare" if bare else "meeting.called_to"
        d.rule(rule)
        d.rule("meeting.phone_call")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire(rule, span.start, span.end, " + ".join(doc.entity(k).name for k in p))
        return


_AFTER_GERUND: Final = re.compile(
    # meeting.after_meeting: "... on Wednesday after receiving the Zambian High Commissioner, X, at the ministry"
    # meeting.while_meeting: "X said while meeting with Y that ...", "when meeting with Y"
    r"\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore|[Uu]pon|[Ww]hile|[Ww]hen)\s+(?:meeting(?:\s+with)?|hosting|receiving)\s+"
    r"(?=[A-Z]|the\s)"
    # meeting.said_receiving: "Relations are at their highest level, President X said receiving Foreign Minister Y":
    # the gerund right after the cue, with no "while"
    r"|(?<=\bsaid |\bsays )(?P<bare>receiving|hosting)\s+(?=[A-Z]|the\s)"
)
#: what every match of _AFTER_GERUND holds before its gerund: a part of each of its words, or the cue of its
#: bare gerund: a sentence with none of them (most hold the gerund, as "held a meeting with", and none of these)
#: is not scanned (the scan tries the words at every position)
_AFTER_GERUND_OPENERS: Final = ("fter", "ollowing", "efore", "pon", "hile", "hen", "said ", "says ")
#: meeting.while_meeting: what stands between the speaker and "while meeting": "X said while meeting with Y"
_SAID_BEFORE_GERUND: Final = re.compile(
    r",?\s+(?:said|says|noted|stressed|emphasi[sz]ed|added|remarked|told\s+(?:reporters|journalists|the\s+press))"
    r"(?:\s+on\s+[A-Z][a-z]+|\s+[A-Z][a-z]+day|\s+today|\s+yesterday)?,?\s+"
)


#: a sentence adverb and its comma before a fronted "while receiving Y" ("Separately, while receiving ...")
_LEAD_ADVERB: Final = re.compile(
    r"\W*(?:[A-Z][a-z]+ly|Meanwhile|Also|Later|Earlier|Likewise|Moreover|Furthermore|Besides|Then),\s+"
)
#: between a subject and the aside "while meeting with Y" after it (meeting.while_meeting_aside)
_ASIDE_GAP: Final = re.compile(r",?\s+")


def _after_gerund(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    # (from 5 before the sentence: the bare gerund's cue, "said ", is read by a lookbehind)
    if not holds_any(text, _AFTER_GERUND_OPENERS, span.start - 5 if span.start > 5 else 0, span.end):
        return
    gm = _AFTER_GERUND.search(text, span.start, span.end)
    if gm is None:
        return
    mentions = doc.sentence_mentions(sent)
    objs = _object_list(doc, gm.end(), span.end, [m for m in mentions if m.start >= gm.end()])
    if not objs or objs[0].lo != gm.end():
        return
    subj: list[int] = []
    said_before = False
    if not text[span.start : gm.start()].strip(' "“\n\t') or _LEAD_ADVERB.fullmatch(text, span.start, gm.start()):
        # fronted: the main clause's subject right after the comma
        comma = text.find(",", objs[-1].hi, span.end)
        after = [m for m in mentions if m.start > comma] if comma >= 0 else []
        if after and after[0].lo - comma < 4 and subjectish(doc, after[0]):
            subj = _keys(doc, after[0], state)
    else:
        first = mentions[0] if mentions else None
        prev = [m for m in mentions if m.end <= gm.start()]
        if prev and _SAID_BEFORE_GERUND.fullmatch(text, prev[-1].hi, gm.start()) and subjectish(doc, prev[-1]):
            # meeting.while_meeting: "A and B should deepen ties, X said while meeting with Y": the speaker
            subj = _keys(doc, prev[-1], state)
            said_before = prev[-1] is not first
        elif first is not None and first.lo - span.start < 3 and first.end <= gm.start() and subjectish(doc, first):
            subj = _keys(doc, first, state)
        elif prev and _ASIDE_GAP.fullmatch(text, prev[-1].hi, gm.start()) and subjectish(doc, prev[-1]):
            # meeting.while_meeting_aside: "According to IRNA, X while meeting with Y on Tuesday said that ...":
            # the subject right before the aside, wherever the clause starts
            subj = _keys(doc, prev[-1], state)
            doc.fire("meeting.while_meeting_aside", prev[-1].lo, gm.end(), text[prev[-1].lo : gm.end()])
    objects = [k for m in objs for k in _keys(doc, m, state)]
    p = list(dict.fromkeys(subj + objects))
    if len(subj) != 1 or not objects or len(p) < 2 or any(doc.entity(k).kind != "person" for k in p):
        return
    d = MeetingDraft(p, "in_person", "held", sent)
    d.evidence.append(span)
    d.rule("meeting.after_meeting")
    if gm.group("bare"):
        if not said_before:
            return  # "X says receiving aid is ...": a bare gerund is a meeting only after a fronted quote's speaker
        d.rule("meeting.said_receiving")
        doc.fire("meeting.said_receiving", gm.start(), gm.end(), gm.group())
    if said_before:
        d.rule("meeting.while_meeting")
        doc.fire("meeting.while_meeting", span.start, gm.end(), text[span.start : gm.end()])
    _fill(doc, d, span)
    state.drafts.append(d)
    doc.fire("meeting.after_meeting", span.start, span.end, " + ".join(doc.entity(k).name for k in p))


#: meeting.reception_for: "During a reception in Hanoi on Monday for visiting Prime Minister Y, X said ...",
#: "X affirmed in his reception for Y that ...", "X told Y during a reception for the latter": the host receives Y
_RECEPTION_FOR: Final = re.compile(
    r"\b(?:[Dd]uring|[Aa]t|[Ii]n)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?reception\s+"
    r"(?:(?:in|at|on)\s+[^,;.]{1,40}?\s+)?for\s+(?:visiting\s+)?"
)
_LATTER: Final = re.compile(r"the\s+(?:latter|later)\b")


def _reception_for(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    rm = _RECEPTION_FOR.search(text, span.start, span.end)
    if rm is None or _hypothetical(text, span, rm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    before = [m for m in mentions if m.end <= rm.start()]
    guest: list[int] = []
    subj: list[int] = []
    if _LATTER.match(text, rm.end()):
        # "X told Y during a reception for the latter": the person named last before it, not the subject
        persons = [m for m in before if m.kind in ("name", "desc")]
        if len(persons) < 2 or subjectish(doc, persons[-1]):
            return
        guest = _keys(doc, persons[-1], state)
        obj_end = rm.end()
    else:
        objs = _object_list(doc, rm.end(), span.end, [m for m in mentions if m.start >= rm.end()])
        if not objs or objs[0].lo - rm.end() > 4 or objs[0].kind not in ("name", "desc"):
            return
        guest = _keys(doc, objs[0], state)
        obj_end = objs[0].hi
    if not text[span.start : rm.start()].strip(' "“\n\t'):
        # fronted: the main clause's subject right after the comma
        comma = text.find(",", obj_end, span.end)
        after = [m for m in mentions if m.start > comma] if comma >= 0 else []
        if after and after[0].lo - comma < 4 and subjectish(doc, after[0]):
            subj = _keys(doc, after[0], state)
    else:
        first = next((m for m in before if m.kind in ("name", "desc") and subjectish(doc, m)), None)
        if first is not None:
            subj = _keys(doc, first, state)
    p = list(dict.fromkeys(subj + guest))
    if len(subj) != 1 or len(guest) != 1 or len(p) != 2 or any(doc.entity(k).kind != "person" for k in p):
        return
    a, b = (doc.entity(k).country for k in p)
    if a is not None and a == b:
        return  # a reception within one state's government is no meeting
    rules = ("meeting.reception_for",)
    _add_draft(doc, state, p, "held", sent, rules, span, Span(rm.start(), rm.end()))


#: meeting.they_met: "A and B jointly urged a ceasefire as they met on Monday in Berlin": "they" are the pair the
#: sentence opens with
_THEY_MET: Final = re.compile(
    r"\b(?:as|when|while|after|before)\s+they\s+(?:met|held\s+talks|sat\s+down|spoke\s+by\s+(?:tele)?phone)\b"
)
#: meeting.their_meeting: "A and B have ended their 50-minute meeting at the White House": their own meeting
_THEIR_MEETING: Final = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|began|started|opened|finished)\s+their\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks)\b"
)
#: meeting.entourage_list: "A, B and senior ministers of both governments met at Parliament House", "A, B, C and key
#: members of their staff met": the named ones, with their entourage
_ENTOURAGE_MET: Final = re.compile(
    r"\s*,?\s+and\s+(?:key\s+|senior\s+|other\s+|top\s+)?(?:members\s+of\s+)?(?:(?:their|the\s+two|both)\s+)?"
    r"(?:respective\s+|accompanying\s+|senior\s+)?(?:delegations|staffs?|aides|teams|ministers|officials|advisers|advisors)"
    r"(?:\s+of\s+(?:both|the\s+two)\s+[a-z]+)?\s+(?:met|held\s+talks|held\s+a\s+meeting)\b"
)
#: the words every match of _ENTOURAGE_MET holds: a substring test before the scan
_ENTOURAGE_WORDS: Final = required_words(_ENTOURAGE_MET)
#: _pair_clause's patterns, each with a word every match holds (tested before the pattern is run), and its rule
_PAIR_CLAUSE_RULES: Final = (
    (_THEY_MET, "they", "meeting.they_met"),
    (_THEIR_MEETING, "their", "meeting.their_meeting"),
)


def _pair_clause(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    sentence = text[span.start : span.end]
    found: tuple[list[int], re.Match[str], str] | None = None
    for rx, word, rule in _PAIR_CLAUSE_RULES:
        m = rx.search(text, span.start, span.end) if word in sentence else None
        if m is not None and (pair := _pair_subject(doc, sent)):
            found = (pair, m, rule)
            break
    if (
        found is None
        and holds_any(sentence, _ENTOURAGE_WORDS)
        and (em := _ENTOURAGE_MET.search(text, span.start, span.end)) is not None
    ):
        mentions = doc.sentence_mentions(sent)
        names = [m for m in mentions if m.end <= em.start()]
        if (
            len(names) >= 2
            and names[0].lo - span.start <= 4
            and subjectish(doc, names[0])
            and names[-1].hi == em.start()
            and all(m.kind in ("name", "desc") and not m.possessive for m in names)
            and all(_AND_HIS_LINK.fullmatch(text, a.hi, b.lo) for a, b in itertools.pairwise(names))
        ):
            keys = list(dict.fromkeys(k for m in names for k in _keys(doc, m, state)))
            if len(keys) >= 2 and all(doc.entity(k).kind == "person" for k in keys):
                found = (keys, em, "meeting.entourage_list")
    if found is None:
        return
    keys, m, rule = found
    if _hypothetical(text, span, m.start()):
        return
    countries = {doc.entity(k).country for k in keys}
    if len(countries) == 1 and None not in countries:
        return  # talks within one state's government are no meeting
    modality = "phone" if "phone" in m.group() else "in_person"
    _add_draft(doc, state, keys, "held", sent, (rule,), Span(m.start(), span.end), Span(m.start(), m.end()), modality)


#: meeting.call_told_after: "X spoke with Y on Tuesday, stressing ... The phone call addressed ...": the call the
#: next sentence names says how the two spoke
_DEFINITE_CALL: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir)\s+(?:(?:tele)?phone\s+(?:call|conversation|talks?)|call)\b(?!\s+(?:for|on|to|of)\b)"
)
_SPOKE_WITH: Final = re.compile(r"\b(?:spoke|speaks|talked|has\s+spoken|had\s+spoken)\s+(?:with|to)\s")


def _call_told_after(doc: Doc, sent: int, state: MeetingState) -> None:
    last = state.drafts[-1]
    if last.modality != "in_person" or not 0 < sent - last.sent <= 2 or not last.evidence:
        return
    span = doc.sentences[sent]
    cm = _DEFINITE_CALL.search(doc.text, span.start, span.end)
    ev = last.evidence[0]
    if cm is None or _SPOKE_WITH.search(doc.text, ev.start, ev.end) is None:
        return
    if any(
        low not in ("speak", "talk") and not low.startswith(("spok", "talk"))
        for _h, low in meeting_words(doc, last.sent)
    ):
        return  # "met Y and spoke with Z": the verbs tell how they met
    last.modality = "phone"
    last.rule("meeting.call_told_after")
    doc.fire("meeting.call_told_after", cm.start(), cm.end(), cm.group())
