"""The main rule: each meeting cue of a sentence and the parties found around it (``_detect_meetings``)."""

from __future__ import annotations

import re

from newsfacts.models import Place, Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.coref import subjectish
from newsfacts.rules.dates import find_date, find_event_date
from newsfacts.rules.doc import WORD_AFTER_RX, Doc, Hit, Mention
from newsfacts.rules.meetings.clauses import (
    _POSSESSIVE_LEFT,
    _SUBJECT_OPENING_RX,
    _agreed_left,
    _aside_subject,
    _cue_object,
    _front_noun,
    _ongoing_process,
    _own_clause,
    _own_mission,
    _possessor_before,
    _relative_clause_between,
    _relative_clause_end,
    _search_holding,
    _subject_told_before,
    _with_after,
    arrival_protocol,
)
from newsfacts.rules.meetings.counterparts import _member_list_keys, counterpart_entities, unnamed_entity
from newsfacts.rules.meetings.cuewords import (
    _AFTER_CLAUSE_LEFT,
    _AND_LINK,
    _ANOTHER_TALK_RX,
    _APPEAL_TO,
    _AT_REQUEST_AFTER,
    _AUDIENCE_AFTER,
    _BARE_TWO_LEFT,
    _BARE_TWO_TAIL,
    _BARE_TWO_WORDS,
    _BETWEEN_AFTER,
    _CALL_TO_RX,
    _CO_CHAIR_WITH,
    _COMMA_IN_A_LEFT,
    _COMMA_THEN_LEFT,
    _CONFERENCE_AFTER_LEFT,
    _COORD_AUX_LEFT,
    _COORD_VP_LEFT,
    _COUNT_PLURAL_ENDS,
    _COURTESY_OBJECT,
    _CUE_AFTER_LEFT,
    _CUE_BEFORE_RX,
    _CUE_IN_LEFT,
    _DETECT_MEETINGS_RX1,
    _DETECT_MEETINGS_RX2,
    _DETECT_MEETINGS_RX3,
    _DUE_IN,
    _DURING_LEFT,
    _EACH_SEPARATELY,
    _FAR_WITH,
    _FOLLOWUP_NOUN,
    _FOLLOWUP_NOUN_WORDS,
    _FOLLOWUP_TAIL,
    _FRONT_TAIL_PART,
    _HIS_AFTER,
    _HIS_FRONT_RX,
    _HIS_IN_FRONT_RX,
    _HIS_NOUN_LEFT,
    _HOLD_LEFT,
    _HOLD_WORDS,
    _HOST_EVENT,
    _IN_A_FRONT,
    _IN_A_LEFT,
    _IN_PERSON_LEMMAS,
    _IN_PLACE_AFTER,
    _INCLUDING_AFTER_RE,
    _INVERTED_CUE_IN_LEFT,
    _JOINT_WRITINGS,
    _JOINT_WRITINGS_WORDS,
    _LATER_AFTER,
    _MEDIATED_AFTER,
    _MEDIATED_BY_RX,
    _NOUN_WITH_TAIL,
    _OBJ_PRONOUN,
    _ON_A,
    _OUTCOME_OF_LEFT,
    _PAIR_FORMAT_LEFT,
    _PASSIVE_BETWEEN,
    _PAST_MEETING_VERBS,
    _PAST_VERB_RX,
    _PLANNED_AFTER,
    _PLANNED_NEXT,
    _POSSESSIVE_VISIT_LEFT,
    _POSSESSIVE_WORD_GAP,
    _PRESENT_ING_LEFT,
    _PROGRESSIVE_HOST_LEFT,
    _PROGRESSIVE_LEFT,
    _PRONOUN_OPENING,
    _SCHEDULED_AFTER,
    _SENTENCE_END,
    _SEPARATE_SUBJECTS,
    _SPEAKING_LEFT,
    _TO_WITH_AFTER,
    _TOGETHER_WITH,
    _TOOK_PLACE,
    _TOPIC_BEFORE_RX,
    _TOPIC_PREP_IN,
    _TOPIC_TALKS_WITH,
    _TOPIC_WITH_RE,
    _UNSAID_LEMMAS,
    _VISIT_DAY_AFTER,
    _WITH_AGAIN,
    _WITH_AGAIN_JOIN,
    _WITH_BEFORE_COMMA,
    _WITH_NAME,
    _WITH_SET_OFF,
)
from newsfacts.rules.meetings.drafts import (
    _VIRTUALLY,
    MeetingDraft,
    MeetingState,
    _hypothetical,
    _noun_modifiers,
    day_of_talk,
    meeting_words,
    sentence_modality,
)
from newsfacts.rules.meetings.fill import _fill, _followup, _group_topic
from newsfacts.rules.meetings.gatherings import _another_time
from newsfacts.rules.meetings.keys import _keys, _own_object_span, the_two
from newsfacts.rules.meetings.objects import (
    _appeal_window_end,
    _appositive_name,
    _host_officials,
    _joint_told,
    _object_list,
    _separately,
    _together_with,
)
from newsfacts.rules.meetings.patterns import (
    _AND_HIS_LINK,
    _COUNT_WORDS,
    _PLAN_WORD,
    _PLANNED_ADJ_LEFT,
    _REMOTE,
    _lexicon_rx,
    _planned_in,
    _planned_trip_in,
)
from newsfacts.rules.meetings.places import _country_key
from newsfacts.rules.meetings.sides import _SIDES_NEXT, _as_states, _states_of
from newsfacts.rules.meetings.subjects import delegation_head, subj_m_start, subject_before
from newsfacts.rules.meetings.trips import _PLANNED_VISIT_LEFT, _bare_role_object, _trip_hosts, _visit_host


def _detect_meetings(doc: Doc, sent: int, state: MeetingState) -> None:
    span = doc.sentences[sent]
    text = doc.text
    lx = doc.lexicon
    triggers = meeting_words(doc, sent)
    if not triggers:
        return
    mentions = doc.sentence_mentions(sent)
    if len(triggers) > 30 or len(mentions) > 120:
        return  # no trigger, or no natural sentence: a list or garbage, skipped to stay linear
    followup = (
        _FOLLOWUP_NOUN.search(text, span.start, span.end)
        if holds_any(text, _FOLLOWUP_NOUN_WORDS, span.start, span.end)
        and _FOLLOWUP_TAIL.search(text, span.start, span.end) is not None
        else None
    )
    own_with = followup is not None and _WITH_NAME.match(text, followup.end(), span.end) is not None
    if own_with:
        # meeting.own_talks_with: "In his conversation with Y, ..." names its own party: a meeting
        # of its own, not the last one told again
        followup = None
    elif (
        followup is not None
        and (state.last is None or sent - state.last.sent > 6)
        and text.startswith("their ", followup.start() + followup.group().index(" ") + 1)
    ):
        # meeting.their_talks: "X and Y agreed ... during their talks in Tokyo": with no meeting told before, the
        # subjects' own talk is told here, not one told again
        doc.fire("meeting.their_talks", followup.start(), followup.end(), followup.group())
        followup = None
    elif followup is not None and state.last is None and followup.start() == span.start:
        # meeting.the_talks_first: "During the phone call, X and Y addressed ..." opening a sentence with no meeting
        # told before (the article's lead was the call's headline): the talks of the sentence's own parties
        doc.fire("meeting.the_talks_first", followup.start(), followup.end(), followup.group())
        followup = None
    modality = ""  # the sentence's modality, read when first needed
    created = False
    skip_to = -1
    carry: tuple[int, list[int], Mention | None] | None = None
    for h, low in triggers:
        if h.start < skip_to:
            continue
        is_noun = (low in lx.meeting_nouns and low not in lx.meeting_verbs) or low in ("meeting", "talks", "visit")
        if low in lx.topic_verbs:
            is_noun = False
        elif (
            low == "meeting"
            and _PRESENT_ING_LEFT.search(text, h.start - 16 if h.start - 16 > span.start else span.start, h.start)
            is not None
        ):
            # meeting.progressive_verb: "X is meeting his Russian counterpart Y in Sochi": after "is" the word is
            # the verb, its object the party
            is_noun = False
            doc.fire("meeting.progressive_verb", h.start, h.end, low)
        if followup and followup.start() <= h.start < followup.end():
            continue
        if is_noun and lx.process_modifiers and _ongoing_process(doc, span, h):
            continue
        if low.startswith(("spok", "speak", "talk")) and (am := _AUDIENCE_AFTER.match(text, h.end, span.end)):
            # meeting.press_audience: "X speaks to reporters on Parliament Hill": an audience, no party
            doc.fire("meeting.press_audience", h.start, am.end(), am.group())
            continue
        # where the verb of the clause stands: "held a telephone conversation" -> "held"
        verb_pos = h.start
        told_visiting = False
        if (
            low == "visiting"
            and (tv := _CUE_BEFORE_RX.search(text, h.start - 16 if h.start - 16 > span.start else span.start, h.start))
            is not None
            and (tc := lx.cues.get(tv.group(1))) is not None
            and tc.form == "finite"
        ):
            # meeting.told_visiting: "X told visiting Iraqi Prime Minister Y on Wednesday": X said it to Y, who
            # was visiting: the two met
            verb_pos, told_visiting = tv.start(1), True
        at_noun = True  # no verb before the noun: "In a meeting with Y, X ..."
        joint = False
        if is_noun:
            # meeting.noun_modifier: "for a trilateral meeting with A and B": the noun phrase starts at its
            # adjectives (and "trilateral" makes it one meeting of all the parties)
            noun_start, joint = _noun_modifiers(lx, text, span.start, h.start)
            left_end = h.start
            pf_lo = noun_start - 60 if noun_start - 60 > span.start else span.start
            if (
                # every match holds a hyphen and an apostrophe: two substring tests before the scan
                text.find("-", pf_lo, noun_start) >= 0
                and (text.find("’", pf_lo, noun_start) >= 0 or text.find("'", pf_lo, noun_start) >= 0)
                and (pf := _PAIR_FORMAT_LEFT.search(text, pf_lo, noun_start)) is not None
            ):
                # meeting.pair_format: "held a Japan-Canada Foreign Ministers’ telephone talk with Y": the format's
                # name stands between the verb and its noun
                left_end = noun_start = pf.start()
                doc.fire("meeting.pair_format", pf.start(), h.end, pf.group())
            hold_lo = left_end - 60 if left_end - 60 > span.start else span.start
            hold = (
                _HOLD_LEFT.search(text, hold_lo, left_end) if holds_any(text, _HOLD_WORDS, hold_lo, left_end) else None
            )
            if hold is not None and _TOPIC_PREP_IN.search(hold.group()):
                # meeting.spoke_about_talks: "X spoke to reporters about the phone call between A and B": X told of
                # the talk, the verb is no "held"
                doc.fire("meeting.spoke_about_talks", hold.start(), h.end, hold.group())
                hold = None
            if hold is not None:
                verb_pos = hold.start()
                at_noun = False
            else:
                verb_pos = noun_start
        # objects: "... with Y", "... between X and Y"
        objects: list[int] = []
        separate = False
        obj_rule = ""
        venue_objs: list[Mention] = []  # objects each told with its own venue ("met X in Lima and Y in Cusco")
        together = ""  # the rule that made several objects one meeting of all
        # "with" starts at most 60 characters on: the regex is run only when it is there
        wm = _with_after(text, h.end, span.end)
        if (
            wm is not None
            and not is_noun
            and (nw := _NOUN_WITH_TAIL.search(text, h.end, wm.end())) is not None
            and any(m.kind in ("name", "desc") and h.end <= m.lo and m.hi <= nw.start() for m in mentions)
        ):
            # meeting.noun_own_with: "will receive X after his talks with Z": the "with" is the talks' own
            doc.fire("meeting.noun_own_with", nw.start(), wm.end(), text[nw.start() : wm.end()])
            wm = None
        elif wm is not None and not is_noun and (tw := _TOPIC_TALKS_WITH.search(text, h.end, wm.end())) is not None:
            # meeting.topic_talks_with: "They also conferred about the P5+1 talks with Iran": other talks, the topic
            doc.fire("meeting.topic_talks_with", tw.start(), wm.end(), tw.group())
            wm = None
        elif (
            wm is not None
            and not is_noun
            and low in lx.object_verbs
            and (om := next((m for m in mentions if m.kind in ("name", "desc") and h.end <= m.lo < wm.end()), None))
            is not None
            and om.hi < wm.end()
        ):
            # meeting.object_before_with: "X received Y with a military ceremony at the ministry": the verb's own
            # object comes first; the "with" is the manner's, no party after it
            doc.fire("meeting.object_before_with", om.lo, wm.end(), text[om.lo : wm.end()])
            wm = None
        if (
            wm is None
            and is_noun
            and text.startswith((",", " on "), h.end)
            and (sw := _WITH_SET_OFF.match(text, h.end, span.end)) is not None
        ):
            # meeting.with_set_off: "his talks, Tuesday in Rabat, with US Under Secretary Y", "In a phone call on
            # Thursday night, with Y, X said": the day (and place) set off by commas between the noun and its "with"
            wm = sw
            doc.fire("meeting.with_set_off", sw.start(), sw.end(), sw.group())
        if wm is None and low.startswith(("spok", "speak", "talk")):
            wm = _TO_WITH_AFTER.match(text, h.end, span.end)
        elif (
            wm is None
            and is_noun
            and lx.meeting_nouns.get(low) == "phone"
            and (cm := _CALL_TO_RX.match(text, h.end, span.end)) is not None
        ):
            # meeting.call_to: "Modi's phone call to PTI Chairman Imran Khan": whom a call was made to is its party
            wm = cm
            doc.fire("meeting.call_to", h.start, cm.end(), text[h.start : cm.end()])
        elif (
            wm is None
            and low in lx.topic_verbs
            and text.find("with", h.end, span.end) >= 0
            and (fw := _FAR_WITH.match(text, h.end, span.end)) is not None
            and (fm := next((m for m in mentions if m.start >= fw.end()), None)) is not None
            # ("with the bloc's foreign policy chief Y": a possessive word before the title)
            and (fm.lo - fw.end() <= 4 or _POSSESSIVE_WORD_GAP.fullmatch(text, fw.end(), fm.lo) is not None)
            and fm.kind in ("name", "desc")
            # "reviewed progress following up on X's discussions with Y": the "with" is the nearer noun's
            and not any(h.end < t.start < fw.end() and t_low in lx.meeting_nouns for t, t_low in triggers)
        ):
            # meeting.discussed_long_with: "X discussed gas transit and the extension of direct flights between A
            # and B with his Kazakh counterpart, Y": a long topic before "with" and the person it names
            wm = fw
            doc.fire("meeting.discussed_long_with", h.start, fw.end(), low)
        elif wm is None and low.startswith("co-chair"):
            # meeting.co_chair: "to co-chair the next session of the High-Level Joint Task Force on Investments
            # with Y": the body's long name stands between the verb and its "with"
            wm = _CO_CHAIR_WITH.match(text, h.end, span.end)
        elif (
            wm is not None
            # "spoke about ties with Russia": "spoke about" is a topic verb too
            and (low in lx.topic_verbs or low.startswith(("spok", "speak", "talk")))
            and _lexicon_rx(lx, _TOPIC_WITH_RE, "relation_nouns").search(text, h.end, wm.end())
            and (nxt_m := next((m for m in mentions if m.start >= wm.end()), None)) is not None
            and nxt_m.kind in ("country", "place", "cgroup", "organization")
        ):
            # meeting.topic_with: "They discussed the war and relations with Russia": a state after "relations
            # with" is the topic, no party ("discussed ties with the Tajik president": a person is)
            doc.fire("meeting.topic_with", nxt_m.start, nxt_m.end, nxt_m.text)
            wm = None
        bm = _BETWEEN_AFTER.match(text, h.end, span.end) if is_noun else None
        if bm is not None and bm.group("held"):
            doc.fire("meeting.held_between", bm.start("held"), bm.end(), bm.group("held"))
        passive = False
        if bm is None and is_noun and text.find("between", h.end, h.end + 100) >= 0:
            bm = _PASSIVE_BETWEEN.match(text, h.end, span.end)
            passive = bm is not None
        if low == "summit" and wm is None and bm is None:
            continue  # meeting.summit_with: a summit is a talk of those it is "with" or "between" only
        obj_end = h.end
        # meeting.meeting_of: "A trilateral meeting of A, B and C was held in Athens": named parties only
        of_objects: list[int] = []
        of_rule = "meeting.meeting_of"
        if wm is None and bm is None and is_noun and text.startswith(" of ", h.end):
            of_objs = _object_list(doc, h.end + 4, span.end, [m for m in mentions if m.start >= h.end + 4])
            if len(of_objs) >= 2 and all(m.kind == "name" for m in of_objs):
                of_objects = [k for m in of_objs for k in _keys(doc, m, state)]
            elif (
                len(of_objs) == 1
                and of_objs[0].kind in ("unnamed", "group")
                and len(refs := doc.refs.get((of_objs[0].start, of_objs[0].end), ())) >= 2
                and all(doc.entity(k).kind == "person" for k in refs)
            ):
                # meeting.meeting_of_members: "A trilateral meeting of the foreign ministers of A, B and C was held
                # ...": the members the article names (coref.named_member)
                of_objects = list(refs)
                of_rule = "meeting.meeting_of_members"
        # the verb's subject read for the counterparts, kept for the subject rules below (nothing between changes what
        # it reads): read again only when the reading fired a rule, whose firing the trace holds once per reading
        verb_subject: tuple[list[int], Mention | None] | None = None
        if wm is not None:
            fired = len(doc.firings)
            subj_guess, guess_m = subject_before(doc, verb_pos, mentions, state)
            if len(doc.firings) == fired:
                verb_subject = (subj_guess, guess_m)
            subj_entity = doc.entity(subj_guess[0]) if subj_guess else None
            cps = counterpart_entities(doc, subj_entity, wm.end(), min(span.end, wm.end() + 120), list_end=span.end)
            before = (
                _object_list(
                    doc, wm.end(), cps[0][1].start, [m for m in mentions if wm.end() <= m.start < cps[0][1].start]
                )
                if cps and cps[0][1].start > wm.end() + 1
                else []
            )
            if before and not _WITH_AGAIN_JOIN.fullmatch(text, before[-1].hi, cps[0][1].start):
                cps = []  # "in a meeting with X, expressed his wish to meet his Iranian counterpart": another clause's
            if cps:
                objects = [e.key for e, _ in cps]
                if before:
                    # meeting.with_then_counterparts: "had separate meetings with Singapore's Prime Minister X and
                    # with his counterparts from Japan and Turkey": the one named first is a party too
                    objects = [k for m in before for k in _keys(doc, m, state)] + objects
                    doc.fire("meeting.with_then_counterparts", before[0].start, cps[0][1].end, before[-1].text)
                # meeting.joint_counterparts: "held a three-way video call with her A and B counterparts": one
                # meeting of all (without "trilateral" and the like: one meeting each)
                # meeting.video_counterparts: "held a video conference with her A and B counterparts": one call
                separate = not (joint or lx.meeting_nouns.get(low) == "video" or _joint_told(doc, span, triggers))
                obj_rule = "meeting.counterparts"
                obj_end = cps[-1][1].end
            after = [m for m in mentions if m.start >= (obj_end if cps else wm.end())]
            objs = _object_list(doc, obj_end if cps else wm.end(), span.end, after)
            if (
                not cps
                and all(m.kind in ("group", "cgroup", "source") for m in objs)  # ("several officials": a source)
                and text.find("including", wm.end(), min(span.end, wm.end() + 120)) >= 0
                and (inc := _lexicon_rx(lx, _INCLUDING_AFTER_RE, "group_nouns").match(text, wm.end() - 1, span.end))
            ):
                # meeting.with_including: "held a series of phone calls with world leaders, including King X of
                # Jordan and President Y of Egypt": the named ones are the parties
                inc_objs = [
                    m
                    for m in _object_list(doc, inc.end(), span.end, [m for m in mentions if m.start >= inc.end()])
                    if m.kind in ("name", "desc")
                ]
                if inc_objs:
                    objs = inc_objs
                    obj_rule = "meeting.with_including"
                    doc.fire("meeting.with_including", inc.start(), inc.end(), inc.group())
            if cps and objs and _DETECT_MEETINGS_RX1.match(text[obj_end : objs[0].start]):
                objects += [k for m in objs for k in _keys(doc, m, state)]
            elif not cps:
                # "the Minister of Foreign Affairs, the Prime Minister and the President of Iraq"
                list_country = next((m.country for m in reversed(objs) if m.country), None)
                for m in objs:
                    keys = _keys(doc, m, state)
                    if not keys and m.kind == "desc" and m.role and list_country:
                        keys = [unnamed_entity(doc, m.role, list_country).key]
                    objects += keys
                if objs:
                    obj_end = objs[-1].end
                named_countries = {doc.entity(k).country for k in objects} - {None}
                venues = any(_IN_PLACE_AFTER.match(text, a.hi) for a in objs[:-1])
                if len(objects) > 1 and not joint and (together := _together_with(doc, h, low, wm.end(), objs)):
                    joint = not _separately(text, span.start, h.end, obj_end)
                plural_each = False
                separate = (
                    len(objects) > 1
                    and not joint
                    and (
                        venues
                        or len(named_countries) > 1
                        or any(doc.entity(k).unnamed for k in objects)
                        or _separately(text, span.start, h.end, obj_end)
                        # meeting.and_with: "talks with X, as well as with Y and Z": "with" told again, talks apart
                        or _WITH_AGAIN.search(text, wm.end(), obj_end) is not None
                        # "talks with officials including A, B and C": one with each named
                        or obj_rule == "meeting.with_including"
                        # meeting.plural_noun_each: "held telephone conversations with A and B": one call each
                        or (plural_each := low.endswith(_COUNT_PLURAL_ENDS))
                        or _host_officials(doc, low, subj_guess, objects, span, h.start, obj_end, state)
                    )
                )
                if separate and venues:
                    venue_objs = objs
                elif separate and plural_each:
                    doc.fire("meeting.plural_noun_each", h.start, obj_end, low)
        elif low.startswith(("courtesy call", "farewell call", "courtesy visit")) and (
            cm := _COURTESY_OBJECT.match(text, h.end, span.end)
        ):
            # meeting.courtesy_call: "paid a courtesy call on/to Y"
            after = [m for m in mentions if m.start >= cm.end()]
            for m in _object_list(doc, cm.end(), span.end, after):
                objects += _keys(doc, m, state)
            obj_rule = "meeting.courtesy_call"
            # meeting.courtesy_visits: "paid courtesy visits to President X and Chairman Y": one visit each
            separate = low.endswith("s") and len(set(objects)) > 1
            if separate:
                obj_rule = "meeting.courtesy_visits"
        elif bm is not None:
            if not passive and bm.group("held"):
                obj_rule = "meeting.held_between"
            after = [m for m in mentions if m.start >= bm.end()]
            objs = _object_list(doc, bm.end(), span.end, after)
            for m in objs:
                objects += _keys(doc, m, state)
            if objs:
                obj_end = objs[-1].hi
            if len(objs) >= 2 and (med := _MEDIATED_AFTER.match(text, obj_end, span.end)) is not None:
                # meeting.mediated_by: "talks between A and B, mediated by C, were held": C takes part too
                mediator = next((m for m in after if m.start >= med.end()), None)
                if mediator is not None and mediator.kind in ("name", "desc") and mediator.lo - med.end() <= 3:
                    mk = _keys(doc, mediator, state)
                    if len(mk) == 1 and doc.entity(mk[0]).kind == "person":
                        objects += mk
                        obj_rule = "meeting.mediated_by"
        if (
            bm is not None
            and not passive
            and not bm.group("held")
            and len(objects) >= 2
            and all(doc.entity(k).kind != "person" for k in objects)
            and (tp := _TOPIC_BEFORE_RX.search(text, span.start, h.start)) is not None
        ):
            # meeting.topic_process: "the minister spoke about the revival of Karabakh and negotiations between Baku
            # and Yerevan": talks of states or bodies (no person) told as what was discussed are a topic, no meeting
            doc.fire("meeting.topic_process", tp.start(), h.end, text[tp.start() : h.end])
            continue
        # subject
        front = (
            is_noun
            and at_noun
            and (
                _front_noun(text[h.start - 30 if h.start - 30 > span.start else span.start : h.start])
                # meeting.conference_after_talks: "In a press conference following a meeting with Y, X said"
                or (
                    h.start - span.start < 90
                    and _CONFERENCE_AFTER_LEFT.fullmatch(text, span.start, h.start) is not None
                )
            )
        )
        if (
            is_noun
            and not front
            and objects
            and at_noun
            and text[span.start : h.start].lstrip()[:1] in "STA"
            and _SPEAKING_LEFT.search(text[h.start - 70 if h.start - 70 > span.start else span.start : h.start])
            is not None
        ):
            front = True
            obj_rule = obj_rule or "meeting.speaking_after_talks"
        said_in: re.Match[str] | None = None
        if (
            # ("X told a meeting with Y that ...": the noun after the cue, no fronted phrase)
            (front or (is_noun and at_noun and text.find("told", h.start - 30, h.start) >= 0))
            and objects
            and (
                said_in := _CUE_IN_LEFT.search(text, h.start - 50 if h.start - 50 > span.start else span.start, h.start)
            )
            is not None
            and ((c := lx.cues.get(said_in.group(1).lower())) is None or c.form != "finite")
        ):
            said_in = None
        if said_in is not None:
            front = False  # meeting.said_in_meeting: "X stated in a meeting with Y that ...": the cue's subject
        subj: list[int] = []
        subj_m: Mention | None = None
        first_m = mentions[0] if mentions else None
        if (
            front
            and objects
            and first_m is not None
            and first_m.lo - span.start < 3
            and first_m.end <= h.start
            and _COMMA_IN_A_LEFT.fullmatch(text, first_m.hi, h.start)
            and subjectish(doc, first_m)
        ):
            # meeting.in_meeting_with: "X, in a meeting with Y on Tuesday, said ...": the subject before the comma
            subj, subj_m = _keys(doc, first_m, state), first_m
        elif front and objects:
            # "In a telephone conversation with Y, X ...": the main clause's subject
            comma = text.find(",", obj_end, span.end)
            tries = 0
            while comma >= 0 and not subj:
                after = [m for m in mentions if m.start > comma]
                if after and after[0].kind == "country" and _appositive_name(doc, after[0], after) is not None:
                    after = after[1:]  # "..., Ivory Coast President Alassane Ouattara said": the name
                if (
                    after
                    and after[0].kind == "group"
                    and after[0].role
                    and not doc.refs_of(after[0])
                    and after[0].lo - comma < 4
                    and (ante := _subject_told_before(doc, sent, objects)) is not None
                ):
                    # meeting.group_front_subject: "X called for ... . In talks with Y through videoconference, the
                    # diplomats discussed ...": a plural of persons no one is named for is Y and whom the sentences
                    # before told as their subject
                    subj, subj_m = list(doc.refs_of(ante)), ante
                    doc.fire("meeting.group_front_subject", after[0].start, after[0].end, doc.entity(subj[0]).name)
                elif after and subjectish(doc, after[0]) and min(after[0].start, after[0].lo) - comma < 40:
                    subj = _keys(doc, after[0], state)
                    subj_m = after[0]
                    k = 1
                    while k < len(after) and _AND_LINK.fullmatch(text, after[k - 1].end, after[k].start):
                        subj += _keys(doc, after[k], state)
                        k += 1
                    if after[0].kind == "place" or not set(subj) - set(objects):
                        subj, subj_m = [], None  # the meeting's place, or the object's own apposition
                tries += 1
                if subj or tries > 3 or not _FRONT_TAIL_PART.match(text, comma + 1):
                    break
                # meeting.front_tail_commas: "In a meeting with Y, Singapore's foreign minister, in the Chinese
                # capital, Beijing, on Monday, X said": the commas of the object's apposition and of its place
                comma = text.find(",", comma + 1, comma + 90 if comma + 90 < span.end else span.end)
            if subj and tries > 1:
                doc.fire("meeting.front_tail_commas", obj_end, subj_m.start if subj_m else obj_end)
            main_m = next((m for m in mentions if m.start >= obj_end), None)
            if (
                not subj
                and main_m is not None
                and main_m.kind in ("name", "desc", "pronoun")
                and not text[obj_end : main_m.lo].strip()
                and (fw := WORD_AFTER_RX.match(text, main_m.end)) is not None
                and (
                    fw.group(1).endswith("ed")
                    or fw.group(1) in lx.meeting_verbs
                    or ((c := lx.cues.get(fw.group(1))) is not None and c.form == "finite")
                )
                and subjectish(doc, main_m)
                and (nkeys := _keys(doc, main_m, state))
                and not set(nkeys) & set(objects)
            ):
                # meeting.front_no_comma: "During the meeting with Y the Head of State noted ...": the object's
                # name runs into the main clause's subject, a finite verb right after it
                subj, subj_m = nkeys, main_m
                doc.fire("meeting.front_no_comma", main_m.start, main_m.end, main_m.text)
            if not subj and _HIS_IN_FRONT_RX.fullmatch(text, span.start, h.start) is not None:
                # meeting.his_front_passive: "During his meeting with Y, matters of mutual interest were discussed":
                # no subject after the comma; "his" is the person the sentences before told as a subject
                ante = _subject_told_before(doc, sent, objects)
                if ante is not None:
                    subj, subj_m = list(doc.refs_of(ante)), ante
                    doc.fire("meeting.his_front_passive", span.start, h.end, doc.entity(subj[0]).name)
        joint_front = False
        if (
            front
            and not objects
            and _IN_A_FRONT.fullmatch(text, span.start, h.start)
            and 0 <= (comma := text.find(",", h.end, h.end + 40 if h.end + 40 < span.end else span.end)) < span.end
            and not _WITH_BEFORE_COMMA.search(text, h.end, comma)
        ):
            # meeting.joint_front: "In a phone call on Monday, X and Y agreed ...": the main clause's
            # conjoined subject (two or more) held the call
            after = [m for m in mentions if m.start > comma]
            if after and after[0].lo - comma < 4 and subjectish(doc, after[0]):
                keys = _keys(doc, after[0], state)
                k = 1
                # ("X and his Iranian counterpart Y": a title and its determiner may open the second party)
                while k < len(after) and _AND_HIS_LINK.fullmatch(text, after[k - 1].hi, after[k].lo):
                    keys += _keys(doc, after[k], state)
                    k += 1
                if len(set(keys)) >= 2 and after[0].kind != "group":
                    subj, subj_m, joint_front = keys, after[0], True
                elif (
                    len(set(keys)) == 1
                    and after[0].kind in ("name", "desc")
                    and (told := _cue_object(doc, mentions, after[0].end, span.end, state)) is not None
                ):
                    # meeting.cue_object: "During a phone call on Tuesday, X told Y that ..."
                    subj, subj_m, objects, obj_rule = keys, after[0], told, "meeting.cue_object"
        if (
            not subj
            and objects
            and is_noun
            and (
                (am := _CUE_AFTER_LEFT.search(text, h.start - 64 if h.start - 64 > span.start else span.start, h.start))
                or (am := said_in)
            )
            and am.group(1).lower() in lx.cues
        ):
            # meeting.said_after_talks: "..., X said after talks with Y": the speaker of the cue met Y
            subj, subj_m = subject_before(doc, am.start(1), mentions, state)
            if subj:
                obj_rule = "meeting.said_in_meeting" if am is said_in else "meeting.said_after_talks"
        if (
            not subj
            and objects
            and is_noun
            and (
                iv := _INVERTED_CUE_IN_LEFT.search(
                    text, h.start - 80 if h.start - 80 > span.start else span.start, h.start
                )
            )
            is not None
            and (c := lx.cues.get(iv.group(1))) is not None
            and c.form == "finite"
            and (im := next((m for m in mentions if m.lo == iv.start(2)), None)) is not None
        ):
            # meeting.inverted_said_in: '"...," said X during a press conference in Brasilia with Y': the speaker
            # after the cue met Y
            subj, subj_m = _keys(doc, im, state), im
            obj_rule = "meeting.inverted_said_in"
        deleg = False
        if not subj and carry is not None and carry[0] == h.start:
            # meeting.coordinated_verb: "X held talks with Y and was also received by Z": X again
            subj, subj_m = list(carry[1]), carry[2]
            obj_rule = obj_rule or "meeting.coordinated_verb"
        if not subj and (
            text.find("elegation", span.start, verb_pos) >= 0
            or text.find(" team", span.start, verb_pos) >= 0
            or text.find(" mission", span.start, verb_pos) >= 0
        ):
            # meeting.delegation_head: "A delegation headed by X met Y": the head is the party
            subj, subj_m = delegation_head(doc, span, verb_pos, mentions, state)
            deleg = bool(subj)
        if not subj and objects and is_noun and (poss := _possessor_before(doc, h.start, mentions)) is not None:
            # meeting.possessor_noun: "The two sides reviewed progress following up on X's discussions with Y": the
            # possessor right before the noun held them, whatever the clause's subject
            subj, subj_m = list(doc.refs_of(poss)), poss
            obj_rule = obj_rule or "meeting.possessor_noun"
        if (
            not subj
            and objects
            and is_noun
            and wm is not None
            and text.startswith(" of ", h.end)
            and (om := next((m for m in mentions if m.lo >= h.end + 4), None)) is not None
            and om.kind in ("name", "desc")
            and om.lo - h.end <= 8
            and not text[om.hi : text.rfind("with", om.hi, wm.end())].strip()
            and not om.possessive
            and (okeys := _keys(doc, om, state))
            and not set(okeys) & set(objects)
        ):
            # meeting.noun_of_with: "a telephone conversation of Foreign Minister X with Y took place", "the meeting
            # of X with Y was held": the person after "of" holds the talks with the one after "with"
            subj, subj_m, obj_rule = okeys, om, "meeting.noun_of_with"
            doc.fire("meeting.noun_of_with", h.start, wm.end(), om.text)
        if not subj:
            subj, subj_m = verb_subject if verb_subject is not None else subject_before(doc, verb_pos, mentions, state)
        if (
            not subj
            and (last := state.last) is not None
            and sent - last.sent == 1
            and "meeting.summoned" in last.rules
            and _PRONOUN_OPENING.match(text, span.start, h.end)
            and (envoy := [k for k in last.participants if doc.entity(k).kind == "person"])
        ):
            # meeting.summoned_received: "The ministry summoned the Russian ambassador. He was received by State
            # Secretary X": "he" is the envoy summoned
            subj, subj_m = envoy[:1], None
            obj_rule = "meeting.summoned_received"
        if (
            not subj
            and (
                ca := _search_holding(
                    _COORD_AUX_LEFT,
                    "and",
                    text,
                    verb_pos - 120 if verb_pos - 120 > span.start else span.start,
                    verb_pos,
                )
            )
            is not None
        ):
            # meeting.coordinated_aux: "X will travel to Savai'i on Thursday and is scheduled to call on Y": the
            # subject of the first verb phrase
            subj, subj_m = subject_before(doc, ca.start() + 1, mentions, state)
            if subj:
                obj_rule = obj_rule or "meeting.coordinated_aux"
        if (
            not subj
            and verb_pos - span.start < 300
            # every match holds "two", "pair", ...: most sentences have none, and no slice is made
            and holds_any(text, _BARE_TWO_WORDS, span.start, verb_pos)
            and _BARE_TWO_TAIL.search(text, span.start, verb_pos) is not None  # (no slice made when it fails)
            and (bare := _BARE_TWO_LEFT.search(text[span.start : verb_pos].lstrip(' \n\t"“')))
        ):
            # "The two met in Tokyo on Monday": no group word after "two"
            at = text.rfind(bare.group(1), span.start, verb_pos)
            # coref.the_two, "the pair": "The pair are expected to meet in Lima": the two persons just named
            two = Mention(at, at + len(bare.group(1)), "group", sent, "coref.the_two", bare.group(1), plural=True)
            if (state.last is None or sent - state.last.sent > 6) and (subj := the_two(doc, two)):
                subj_m = two
            elif (
                state.last is not None
                and sent - state.last.sent <= 6
                and len(state.last.participants) == _COUNT_WORDS.get(bare.group(1)[4:], 0)
            ):
                # meeting.the_three: "X met Y and Z in Lima. The three will meet again in May": the last
                # meeting's parties, counted
                subj, subj_m = list(state.last.participants), two
                doc.fire("meeting.the_three", at, at + len(bare.group(1)), bare.group(1))
        if not subj and (
            av := _search_holding(
                _DETECT_MEETINGS_RX2, "and", text, verb_pos - 20 if verb_pos - 20 > span.start else span.start, verb_pos
            )
            # ("is scheduled to stay in Riyadh until March 25, then visit Qatar": a comma and "then" for "and")
            or (_COMMA_THEN_LEFT.search(text, verb_pos - 10, verb_pos) if text.endswith("then ", 0, verb_pos) else None)
        ):
            # "X arrived in Baghdad ... and met with Y": the sentence's subject (after a label that opens it:
            # "Iran news: X welcomed and met Y")
            head = span.start
            if (colon := text.find(": ", span.start, verb_pos)) >= 0:
                head = colon + 2
            first = next((m for m in mentions if m.start >= head), None)
            if (
                first is not None
                # ("Heading an Iranian delegation, X arrived in Baghdad and held meetings with ...": an opening
                # phrase set off by a comma before the subject)
                and (first.lo - head < 3 or _SUBJECT_OPENING_RX.fullmatch(text, head, first.lo) is not None)
                and subjectish(doc, first)
                and doc.refs_of(first)
            ):
                subj, subj_m = _keys(doc, first, state), first
                if len(av.group().split()) > 1:
                    doc.fire("meeting.and_adverb_verb", av.start(), verb_pos, av.group())
        if not subj and objects and is_noun:
            # "X's meeting with Y"; "X made the remarks in a phone call with Y": the nearest subject
            before = [m for m in mentions if m.end <= h.start]
            if (
                before
                and before[-1].possessive
                and _POSSESSIVE_LEFT.search(text, before[-1].end, h.start)
                and doc.refs_of(before[-1])
                and doc.entity(doc.refs_of(before[-1])[0]).kind == "person"
            ):
                subj, subj_m = list(doc.refs_of(before[-1])), before[-1]
            elif (
                text.startswith(" with ", h.end)  # "the talks between A and B" name their own parties
                and "of " in text[h.start - 30 if h.start - 30 > span.start else span.start : h.start]
                and (
                    oc := _OUTCOME_OF_LEFT.search(
                        text, h.start - 80 if h.start - 80 > span.start else span.start, h.start
                    )
                )
                is not None
            ):
                # meeting.outcome_of_talks: "X summarized the outcomes of the talks with Y", "X briefed reporters on the
                # results of his meeting with Y": the talks the subject tells the results of are the subject's own
                for m in reversed(before):
                    if (
                        m.end <= oc.start()
                        and m.kind in ("name", "pronoun", "desc")
                        and subjectish(doc, m)
                        and doc.refs_of(m)
                    ):
                        subj, subj_m = _keys(doc, m, state), m
                        doc.fire("meeting.outcome_of_talks", oc.start(), h.end, oc.group())
                        break
            elif _IN_A_LEFT.search(
                text[h.start - 40 if h.start - 40 > span.start else span.start : h.start]
            ) or _HIS_NOUN_LEFT.search(
                # meeting.his_meeting: "X hailed his meeting with Y as productive", "X said her talks with Y were good"
                text,
                h.start - 60 if h.start - 60 > span.start else span.start,
                h.start,
            ):
                for m in reversed(before):
                    if m.kind in ("name", "pronoun", "desc") and subjectish(doc, m) and doc.refs_of(m):
                        subj, subj_m = _keys(doc, m, state), m
                        break
            elif (
                _HIS_FRONT_RX.fullmatch(text, span.start, h.start) is not None
                and (comma := text.find(",", h.end, h.end + 150 if h.end + 150 < span.end else span.end)) > 0
            ):
                # meeting.his_meeting_front: "Regarding his talks with Y, X said ...", "Referring to her meeting with
                # Y, X stressed ...": the main clause's subject held them
                main_subj = next((m for m in mentions if m.start > comma), None)
                if (
                    main_subj is not None
                    and main_subj.lo - comma < 4
                    and main_subj.kind in ("name", "desc", "pronoun")
                    and subjectish(doc, main_subj)
                    and doc.refs_of(main_subj)
                ):
                    subj, subj_m = _keys(doc, main_subj, state), main_subj
                    doc.fire("meeting.his_meeting_front", span.start, h.end, text[span.start : h.end])
        in_a_call = False
        dl: re.Match[str] | None = None
        if (
            not subj
            and is_noun
            and (dl := _DURING_LEFT.search(text, h.start - 40 if h.start - 40 > span.start else span.start, h.start))
            is not None
            and objects
            and dl.group(1) is not None
        ):
            dl = None  # "in a call with Y" after the main clause: only "during" (below) makes its subject a party
        if not subj and is_noun and dl is not None:
            # meeting.joint_in_a_call: "X and Y stressed ... in a phone call on Monday"
            in_a_call = dl.group(1) is not None
            if in_a_call and (lx.meeting_nouns.get(low) or "") not in ("phone", "video") and "their" not in dl.group(1):
                # "in a" + a call only: "X and Y took part in a conference" is no talk of theirs ("in their
                # first talks" is: meeting.their_talks)
                dl = None
        if dl is not None and bm is not None and len(set(objects)) >= 2:
            # meeting.between_own_parties: "Both sides vowed to realise perceptions reached during recent talks
            # between A and B": the talks name their own parties; the main clause's subject held other talks
            doc.fire("meeting.between_own_parties", h.start, h.end, low)
            dl = None
        if dl is not None:
            # meeting.during_talks: "X and Y agreed Wednesday to boost trade during talks held via video link"
            first = mentions[0] if mentions else None
            if first is not None and first.lo - span.start < 3 and subjectish(doc, first):
                subj, subj_m = _keys(doc, first, state), first
                k = 1
                while k < len(mentions) and _AND_HIS_LINK.fullmatch(text, mentions[k - 1].hi, mentions[k].lo):
                    subj += _keys(doc, mentions[k], state)
                    k += 1
                if objects and not obj_rule:
                    # meeting.during_talks_with: "X urged Germany on Monday to act, during talks in Berlin with his
                    # German counterpart Y": the main clause's subject talked with Y
                    obj_rule = "meeting.during_talks_with"
        if (
            dl is not None
            and len(set(subj)) == 1
            and subj_m is not None
            and not text.startswith(" of ", h.end)
            and not objects
            and (told := _cue_object(doc, mentions, subj_m.end, h.start, state)) is not None
        ):
            # meeting.cue_object: "X told Y in a phone call that ...", "X urged Y during talks in Lima to ..."
            objects = told
            obj_rule = "meeting.cue_object"
        if (
            not objects
            and is_noun
            and (al := _DURING_LEFT.search(text, h.start - 40 if h.start - 40 > span.start else span.start, h.start))
            is not None
            and (lead := _aside_subject(doc, mentions, al.start())) is not None
            and (lead_keys := _keys(doc, lead, state))
            and (not subj or set(subj) == set(lead_keys))
            and (told := _cue_object(doc, mentions, h.end, span.end, state)) is not None
            and not set(lead_keys) & set(told)
        ):
            # meeting.call_aside: "Foreign Minister X in a telephone conversation congratulated Y on ...", "X, in a
            # phone call on Sunday, thanked Y": the call is an aside between the subject and its verb
            subj, subj_m, objects, obj_rule = lead_keys, lead, told, "meeting.call_aside"
        # meeting.planned_next: "they would hold in-person talks in Rio": the next meeting, not this one
        planned_next = (
            subj_m is not None
            and subj_m.kind == "group"
            and not objects
            and state.last is not None
            and state.last.status == "held"
            and _PLANNED_NEXT.search(text, h.start - 80 if h.start - 80 > span.start else span.start, h.end) is not None
        )
        if (
            subj_m is not None
            and subj_m.kind == "group"
            and not objects
            and not planned_next
            and doc.memo.get("the_two") != subj_m.start
        ):
            if not modality:
                modality = sentence_modality(doc, span, triggers)
            last = state.last
            if not (
                # meeting.modality_apart: "... held talks by video link. The two had spoken by phone in October": the
                # group's own call is another talk than the last one told
                last is not None
                and low in lx.meeting_verbs
                and modality in _REMOTE
                and last.modality in _REMOTE
                and modality != last.modality
            ):
                if (
                    last is not None
                    and not is_noun
                    and low in lx.meeting_verbs
                    and set(subj) == set(last.participants)
                    and (last_day := day_of_talk(doc, state, last)) is not None
                    and (other_day := find_event_date(text, span.start, span.end, doc.published, False)) is not None
                    and other_day[0].value
                    and other_day[0].value != last_day
                    and not _planned_in(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos + 1)
                ):
                    # meeting.another_day: "X received Y on October 23 ... On October 22, the two ministers
                    # co-chaired the consultation": the same parties' talk of another day is a meeting of its own
                    d = MeetingDraft(list(subj), modality if modality in _REMOTE else "in_person", "held", sent)
                    d.evidence.append(span)
                    d.rule("meeting.another_day")
                    _fill(doc, d, span, verb_pos)
                    d.location = d.location or last.location  # the same visit's place
                    state.drafts.append(d)
                    doc.fire("meeting.another_day", span.start, span.end, " + ".join(doc.entity(k).name for k in subj))
                    continue
                if (
                    last is not None
                    and not is_noun
                    and low in lx.meeting_verbs
                    and set(subj) == set(last.participants)
                    and (am := _another_time(doc, span, last)) is not None
                    and not _planned_in(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos + 1)
                ):
                    # meeting.another_time: "X received a call from Y on Thursday ... The ministers spoke by phone
                    # in September": the same parties' talk of another month or year is a meeting of its own
                    d = MeetingDraft(list(subj), modality if modality in _REMOTE else "in_person", "held", sent)
                    d.evidence.append(span)
                    d.rule("meeting.another_time")
                    _fill(doc, d, span, verb_pos)
                    state.drafts.append(d)
                    doc.fire("meeting.another_time", am.start(), am.end(), am.group())
                    continue
                _followup(doc, state, sent, span)
                continue
        if subj_m is not None and subj_m.kind == "group" and objects and front and state.last is not None:
            # "In his conversation with Y, the two sides ...": the protagonist of the last meeting
            subj = [state.last.participants[0]]
        if low in lx.topic_verbs and not any(doc.entity(k).kind == "person" for k in subj + objects):
            continue
        # "whether X will meet Y", "no plan to meet": no meeting. Read only once a rule below
        # has parties (most meeting words have none), but before the objects of a direct verb
        # are resolved (that may make entities).
        hypothetical: bool | None = None
        on_a_visit = False
        visit_places: dict[int, Place] = {}
        rule = "meeting.met"
        parts: list[list[int]] = []
        if bm is not None and wm is None and len(set(objects)) == 1 and objects[0] not in subj:
            # meeting.between_unresolved: "a breakthrough was near in the Vienna talks between Tehran and world
            # powers": one side after "between" unread is no talk of the clause's subject with the other
            doc.fire("meeting.between_unresolved", h.start, h.end, low)
            continue
        if (
            is_noun
            and bm is not None
            and len(set(objects)) >= 2
            and subj_m is not None
            and subj_m.kind == "group"
            and not set(objects) & set(subj)
        ):
            # meeting.between_own_parties: "The participants agreed on the preparation of a meeting between the
            # presidents of A and B": the meeting names its own parties, not the group that speaks of it
            subj = []
            doc.fire("meeting.between_own_parties", h.start, h.end, low)
        if (
            subj
            and not objects
            and is_noun
            and len(set(subj)) == 1
            and (rq := _AT_REQUEST_AFTER.match(text, h.end, span.end)) is not None
            and (asker := next((m for m in mentions if rq.end() <= m.lo <= rq.end() + 4), None)) is not None
            and asker.kind in ("name", "desc", "unnamed", "country")
            and (asked := _keys(doc, asker, state))
            and not set(asked) & set(subj)
        ):
            # meeting.at_request_of: "X held a telephone conversation at the request of Y", "a call initiated by Y":
            # who asked for the talk is its other party
            objects, obj_rule = asked, "meeting.at_request_of"
        if objects and subj:
            parts = [[*subj, o] for o in objects] if separate else [subj + objects]
            rule = obj_rule or ("meeting.in_meeting_with" if front else "meeting.met")
            if (
                len(set(objects)) == 1
                and len(set(subj)) >= 2
                and objects[0] not in subj
                and text.find("separate", span.start, h.end + 30) >= 0
                and _SEPARATE_SUBJECTS.search(text, span.start, h.end) is not None
                and all(doc.entity(k).kind == "person" for k in subj)
            ):
                # meeting.separate_subjects: "A, B and C had separate meetings with Z", "A and B separately met Z":
                # one meeting of each with Z
                parts = [[s, objects[0]] for s in dict.fromkeys(subj)]
                rule = "meeting.separate_subjects"
        elif not subj and len(set(objects)) >= 2 and bm is not None:
            parts = [objects]
            rule = obj_rule or ("meeting.passive_talks" if passive else "meeting.met")
        elif not subj and len(set(of_objects)) >= 2:
            parts = [of_objects]
            rule = of_rule
        elif subj and len(set(subj)) >= 2 and not objects:
            if low.startswith(("host", "co-host")) and _HOST_EVENT.match(text, h.end, span.end):
                # meeting.joint_host_event: "A and B will jointly host the 2026 Health Exchange in Xi'an": an
                # event the two hold for others, no talk between them
                doc.fire("meeting.joint_host_event", h.start, h.end, low)
                continue
            if (
                low in lx.topic_verbs
                # (its words first: the scan tries every position of the sentence's tail)
                and holds_any(text, _JOINT_WRITINGS_WORDS, h.end, span.end)
                and (jw := _JOINT_WRITINGS.search(text, h.end, span.end)) is not None
            ):
                # meeting.joint_writings: "A and B discussed Libya in their latest blog posts": each wrote of it,
                # they did not talk
                doc.fire("meeting.joint_writings", jw.start(), jw.end(), jw.group())
                continue
            parts = [subj]
            unnamed = subj_m is not None and subj_m.kind == "unnamed"
            rule = "meeting.unnamed_group" if unnamed else "meeting.joint_subject"
            if (
                text.find("with", h.end, h.end + 120 if h.end + 120 < span.end else span.end) >= 0
                and (tw := _TOGETHER_WITH.search(text, h.end, h.end + 120 if h.end + 120 < span.end else span.end))
                is not None
            ):
                # meeting.together_with: "X and Y met on Monday in Lima, together with the UN envoy, Z": Z too
                tw_objs = _object_list(doc, tw.end(), span.end, [m for m in mentions if m.start >= tw.end()])
                extra = [k for m in tw_objs for k in _keys(doc, m, state) if k not in subj]
                if extra and all(doc.entity(k).kind == "person" for k in extra):
                    parts = [subj + extra]
                    names = " + ".join(doc.entity(k).name for k in extra)
                    doc.fire("meeting.together_with", tw.start(), tw.end(), names)
            if joint_front:
                rule = "meeting.joint_front"
            elif in_a_call:
                rule = "meeting.joint_in_a_call"
            if subj_m is not None and subj_m.kind == "group" and doc.memo.get("the_two") == subj_m.start:
                rule = "meeting.the_two"
            if low in lx.object_verbs and subj_m is not None and subj_m.kind in ("name", "desc"):
                # meeting.joint_subject_object: "X and Y met Z in Lima": one meeting of the three
                third = _object_list(doc, h.end, span.end, [m for m in mentions if m.start >= h.end])
                more = [k for m in third if m.kind in ("name", "desc") for k in _keys(doc, m, state)]
                if third and len(more) == len(third) and all(doc.entity(k).kind == "person" for k in more):
                    parts = [subj + more]
                    rule = "meeting.joint_subject_object"
            if low.startswith("visit") and all(doc.entity(k).kind == "person" for k in subj):
                # meeting.joint_visit: "Russia's foreign minister, A, and defense minister, B, will visit Turkey":
                # the two visit a state together, no talk between them
                visited = _object_list(doc, h.end, span.end, [m for m in mentions if m.start >= h.end])
                vkeys = [k for m in visited for k in _keys(doc, m, state)]
                if (
                    visited
                    and visited[0].lo - h.end <= 2
                    and all(m.kind in ("country", "place") for m in visited)
                    and vkeys
                    and all(doc.entity(k).kind == "country" for k in vkeys)
                ):
                    parts = [[*subj, k] for k in dict.fromkeys(vkeys)]
                    rule = "meeting.joint_visit"
                    visit_places = {
                        k: Place(m.text, lx.places[m.text][0], Span(m.start, m.end))
                        for m in visited
                        if m.kind == "place" and m.text in lx.places
                        for k in _keys(doc, m, state)
                    }
        elif (
            subj
            and (
                low in lx.object_verbs
                # meeting.is_visiting: "X is currently visiting Chile", "X, who was visiting Oman, ..."
                or (
                    low == "visiting"
                    and _PROGRESSIVE_LEFT.search(
                        text, h.start - 30 if h.start - 30 > span.start else span.start, h.start
                    )
                )
                or told_visiting
                # meeting.is_hosting: "X is on Tuesday hosting Y at the Union Buildings", "X was receiving Y" (and
                # meeting.progressive_verb: "X is meeting Y")
                or (
                    low in ("hosting", "receiving", "meeting")
                    and _PROGRESSIVE_HOST_LEFT.search(
                        text, h.start - 40 if h.start - 40 > span.start else span.start, h.start
                    )
                    is not None
                    and (om := next((m for m in mentions if m.start >= h.end), None)) is not None
                    and om.kind in ("name", "desc", "unnamed")
                    and not om.plural
                )
            )
            and not (low.endswith(" on") and _APPEAL_TO.search(text, h.end, _appeal_window_end(text, h.end, span.end)))
        ):
            hypothetical = _hypothetical(text, span, verb_pos)
            if hypothetical:
                continue
            after = [m for m in mentions if m.start >= h.end]
            objs = _object_list(doc, h.end, span.end, after)
            if (
                not objs
                and state.last is not None
                and sent - state.last.sent <= 3
                and (each := _EACH_SEPARATELY.match(text, h.end, span.end)) is not None
            ):
                # meeting.met_each: "Before the joint session, she met each of the negotiators separately": one
                # meeting of the subject with each other party of the meeting told last
                if subj_m is not None and subj_m.kind == "pronoun":
                    subj = state.last.participants[:1]  # "she": the protagonist of that meeting
                others = [k for k in state.last.participants if k not in subj]
                if (
                    len(subj) == 1
                    and subj[0] in state.last.participants
                    and len(others) >= 2
                    and not _hypothetical(text, span, verb_pos)
                ):
                    for k in others:
                        d = MeetingDraft([subj[0], k], "in_person", "held", sent)
                        d.evidence.append(span)
                        d.rule("meeting.met_each")
                        d.location = state.last.location
                        _fill(doc, d, span)
                        state.drafts.append(d)
                    doc.fire("meeting.met_each", span.start, span.end, each.group())
                    created = True
                    break
            if (
                # (the group itself may be read as the object: "met several Iranian officials including ...")
                all(m.kind in ("group", "cgroup") for m in objs)
                and (inc := _lexicon_rx(lx, _INCLUDING_AFTER_RE, "group_nouns").match(text, h.end, span.end))
                is not None
            ):
                # meeting.including: "also met opposition leaders, including X and Y": the named ones
                objs = [
                    m
                    for m in _object_list(doc, inc.end(), span.end, [m for m in after if m.start >= inc.end()])
                    if m.kind in ("name", "desc")
                ]
                if objs:
                    obj_rule = "meeting.including"
            keys = [k for m in objs for k in _keys(doc, m, state)]
            role_obj = (
                objs[0].role
                if len(objs) == 1 and objs[0].kind == "desc" and objs[0].country is None and not objs[0].plural
                else _bare_role_object(doc, h.end, span.end)
                if not objs
                else None
            )
            if (
                not keys
                and role_obj
                and len(subj) == 1
                and (host := _visit_host(doc, state, subj[0], role_obj)) is not None
            ):
                # meeting.visit_host_role: "X held talks in Windhoek with Y ... X is expected to meet the President on
                # Friday": a role with no state is the one of the country X is visiting
                keys = [host]
                obj_rule = "meeting.visit_host_role"
            if (
                not objs
                and text.startswith((" him", " her"), h.end)
                and _OBJ_PRONOUN.match(text, h.end)
                and (first := mentions[0] if mentions else None) is not None
                and first.lo - span.start < 3
                and first.end < subj_m_start(subj_m, h.start)
                and subjectish(doc, first)
            ):
                # meeting.object_pronoun: "X said he was hopeful when the envoy met him": "him" is the main
                # clause's subject (never the subject of "met" itself)
                fk = _keys(doc, first, state)
                if len(fk) == 1 and fk[0] not in subj and doc.entity(fk[0]).kind == "person":
                    keys = fk
                    obj_rule = "meeting.object_pronoun"
            cps = (
                # (a list of a dozen states runs past 200 characters)
                counterpart_entities(
                    doc, doc.entity(subj[0]), h.end, h.end + 300 if h.end + 300 < span.end else span.end
                )
                if len(subj) == 1 and _HIS_AFTER.match(text, h.end)
                else []
            )
            if (len(cps) > 1 or (cps and not keys)) and cps[0][1].start - h.end <= 2:
                # meeting.counterparts: "hosted her counterparts from Peru, Bolivia and Ecuador": one meeting each;
                # "met his counterpart during his visit to Caracas": the one of the state visited
                parts = [[*subj, e.key] for e, _s in cps]
                rule = "meeting.counterparts"
            elif keys:
                visit = low.startswith("visit") and all(doc.entity(k).kind == "country" for k in keys)
                if visit and len(objs) > 1:
                    # meeting.visit_cities: "will visit Belgrade and Skopje": each visit's own city
                    visit_places = {
                        k: Place(m.text, lx.places[m.text][0], Span(m.start, m.end))
                        for m in objs
                        if m.kind == "place" and m.text in lx.places
                        for k in _keys(doc, m, state)
                    }
                called_in = low.endswith(" in") and low.startswith("call")
                if called_in and not all(doc.entity(k).kind == "person" for k in keys):
                    continue  # "called in a statement for ...", "called in Tehran for unity": no one called in
                rule = (
                    "meeting.visit"
                    if visit
                    else "meeting.summoned"
                    if low.startswith("summon") or called_in
                    else "meeting.met"
                )
                if low in ("hosting", "receiving"):
                    rule = "meeting.is_hosting"
                elif told_visiting:
                    rule = "meeting.told_visiting"
                if obj_rule in (
                    "meeting.including",
                    "meeting.coordinated_verb",
                    "meeting.object_pronoun",
                    "meeting.visit_host_role",
                    "meeting.summoned_received",
                    "meeting.coordinated_aux",
                ):
                    rule = obj_rule
                members = _member_list_keys(doc, objs[0]) if len(objs) == 1 and not visit else []
                if members and not _separately(text, span.start, h.end, objs[-1].hi):
                    # meeting.hosted_members: "X hosted the foreign ministers of A, B and C": one meeting of
                    # all (the list is one party of several members, not one talk each)
                    keys = members
                    rule = "meeting.hosted_members"
                parts = (
                    [[*subj, k] for k in keys]
                    if visit
                    or (len(keys) > 1 and any(doc.entity(k).unnamed for k in keys) and not members)
                    # "meet X in Baghdad and Y in Erbil": two meetings
                    or (
                        len(keys) > 1
                        and any(_IN_PLACE_AFTER.match(text, a.hi) for a in objs[:-1])
                        and bool(venue_objs := objs)
                    )
                    # meeting.separately: "separately met A and B", "met A and B separately"
                    or (len(keys) > 1 and _separately(text, span.start, h.end, objs[-1].hi))
                    # "met several officials including A, B and C": one meeting with each named
                    or (len(keys) > 1 and rule == "meeting.including")
                    # meeting.host_officials: "is to meet President X and Prime Minister Y in Colombo": a visitor
                    # holds a talk with each office holder of the state visited
                    or (len(keys) > 1 and _host_officials(doc, low, subj, keys, span, h.start, objs[-1].hi, state))
                    else [subj + keys]
                )
                if low.startswith(("receiv", "welcom", "greet")) and arrival_protocol(doc, span, subj + keys):
                    continue
        # "X's visit to Chile": the possessive right before the noun is the visitor, whatever the clause's subject
        poss_m: Mention | None = None
        poss_v: re.Match[str] | None = None
        if is_noun and low == "visit" and text.startswith(" to ", h.end):
            before_m = next((m for m in reversed(mentions) if m.end <= h.start), None)
            if before_m is not None and before_m.possessive:
                poss_v = _POSSESSIVE_VISIT_LEFT.fullmatch(text, before_m.end, h.start)
                poss_m = before_m if poss_v is not None else None
        if not parts and subj and is_noun and low == "visit" and poss_m is None:
            vm = _DETECT_MEETINGS_RX3.match(text, h.end, span.end)
            if vm:
                after = [m for m in mentions if m.start >= vm.end()]
                if after and after[0].start == vm.end() and after[0].kind in ("country", "place"):
                    parts = [subj + list(doc.refs_of(after[0]))]
                    rule = "meeting.visit"
        poss_planned = False
        fill_span: Span | None = None
        # the visitor and the "'s visit" match: "X's visit to Chile", or "the visit by X to Chile" (no match)
        visitor: tuple[Mention, re.Match[str] | None] | None = None
        by_m: Mention | None = None
        if poss_m is not None and poss_v is not None:
            visitor = (poss_m, poss_v)
        elif (
            not parts
            and is_noun
            and low == "visit"
            and text.startswith(" by ", h.end)
            and (by_m := next((m for m in mentions if m.start >= h.end + 4), None)) is not None
            and by_m.kind in ("name", "desc")
            and by_m.lo - h.end <= 8
            and text.startswith(" to ", by_m.hi)
        ):
            visitor = (by_m, None)  # meeting.visit_by: "the official visit by Prime Minister X to Singapore"
        else:
            by_m = None
        if not parts and visitor is not None:
            # meeting.possessive_visit: "X's visit to Chile", "during X's three-day state visit to Chile", "Y
            # commented on X's visit to Russia", "days after X's visit to Seoul" (the capital's state)
            pm, pv = visitor
            to = next((m for m in mentions if m.start >= (h.end if by_m is None else by_m.hi + 4)), None)
            to_keys: list[int] = []
            if to is not None and to.kind == "country":
                to_keys = list(doc.refs_of(to))
            elif to is not None and to.kind == "place" and (iso := lx.city_country(to.text, (doc.home,))) is not None:
                to_keys = [_country_key(doc, iso)]
                visit_places = {to_keys[0]: Place(to.text, iso, Span(to.start, to.end))}  # the city is where
            to_iso = doc.entity(to_keys[0]).country if len(to_keys) == 1 else None
            if (
                to is not None
                and to_iso is not None
                and to.lo - (h.end if by_m is None else by_m.hi) <= 5
                and (pk := _keys(doc, pm, state))
                and len(pk) == 1
                and doc.entity(pk[0]).kind == "person"
                # a visitor the text gives no state may still visit one ("Y commented on X's visit to Russia")
                and doc.entity(pk[0]).country != to_iso
            ):
                parts = [pk + to_keys]
                rule = "meeting.visit"
                on_a_visit = True
                if by_m is not None:
                    doc.fire("meeting.visit_by", h.start, to.end, pm.text)
                day = _VISIT_DAY_AFTER.match(text, to.hi, span.end)
                fill_span = Span(
                    pm.lo - 30 if pm.lo - 30 > span.start else span.start, day.end() if day else to.hi
                )  # its own day only
                poss_planned = (
                    (pv is not None and pv.group(1) is not None)
                    or (day is not None and " next " in day.group())
                    # "X's visit to Singapore scheduled to be held by the end of this month"
                    or _SCHEDULED_AFTER.match(text, to.hi, span.end) is not None
                    or (
                        by_m is not None
                        and _PLANNED_ADJ_LEFT.search(text, max(span.start, h.start - 50), h.start) is not None
                    )
                    or bool(
                        _PLANNED_VISIT_LEFT.search(
                            text, pm.lo - 40 if pm.lo - 40 > span.start else span.start, pm.lo + 1
                        )
                    )
                )
        if rule == "meeting.visit" and parts and subj_m is not None and is_noun:
            # meeting.on_a_visit: "X is on a three-day visit to Chile" (dropped when the article
            # names whom X met there: see merge_meetings)
            on_a_visit = _ON_A.search(text, subj_m.hi, h.start) is not None
        if not parts or (hypothetical is None and _hypothetical(text, span, verb_pos)):
            continue
        # meeting.planned_noun: "the upcoming meeting between X and Y", "the highly anticipated phone call between X
        # and Y": the noun's own adjective says it is still to come
        planned_noun = (
            is_noun
            and _PLANNED_ADJ_LEFT.search(text, h.start - 50 if h.start - 50 > span.start else span.start, h.start)
            is not None
        ) or (
            # meeting.held_between told ahead: "A meeting will take place between X and Y on Dec 17"
            bm is not None and (held := bm.groupdict().get("held")) is not None and held.startswith(("will", "is"))
        )
        # meeting.progressive_future: "X is meeting Y later tonight", "X and Y are holding talks tomorrow": the
        # present progressive with a time still to come
        progressive_future = (
            _PRESENT_ING_LEFT.search(text, verb_pos - 16 if verb_pos - 16 > span.start else span.start, verb_pos)
            is not None
            and _LATER_AFTER.match(text, h.end, span.end) is not None
        )
        # meeting.headline_infinitive: "South Korea foreign minister to speak with Chinese counterpart on Friday": a
        # headline's bare "to" is its "will"
        headline_to = (
            not is_noun
            and text.startswith(" to ", verb_pos - 4)
            and text[span.start : span.end].rstrip()[-1:] not in _SENTENCE_END
            and "\n" not in text[span.start : verb_pos]
            # "X flew to Beijing on Monday to meet Y": a verb of its own before "to" tells the meeting
            and _PAST_VERB_RX.search(text, span.start, verb_pos) is None
        )
        # meeting.then_planned: "X is scheduled to stay in Riyadh until March 25 and then visit Qatar": a bare verb
        # after "then" shares the plan told before it in the sentence (its day and place are those told after it)
        then_planned = (
            # ("visit" is read as a noun too: the word right after "then" is the verb)
            text.endswith("then ", 0, verb_pos)
            and not low.split()[0].endswith(("ed", "s"))
            and low.split()[0] not in _PAST_MEETING_VERBS
            and _PLAN_WORD.search(text, span.start, verb_pos) is not None
        )
        planned = (
            planned_next  # "they agreed to hold the next round of talks in Rio": planned, whatever its length
            or _planned_in(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos + 1)
            or _planned_in(text, h.start - 70 if h.start - 70 > span.start else span.start, h.end)
            # "is scheduled to travel to Jakarta later in March for talks with Y": the trip is planned
            or _planned_trip_in(text, verb_pos - 110 if verb_pos - 110 > span.start else span.start, verb_pos + 1)
            or poss_planned
            or planned_noun
            or progressive_future
            or headline_to
            # meeting.coordinated_planned_verb: "X will hold talks with Y on Monday and call on Z": the bare verb
            # after "and" shares the first one's "will"
            or (
                # (the subject carried over, whatever rule read the objects: "... and pay courtesy calls on Z")
                (obj_rule == "meeting.coordinated_verb" or (carry is not None and carry[0] == h.start))
                and state.last is not None
                and state.last.sent == sent
                and state.last.status == "planned"
                and not low.split()[0].endswith("ed")
                and low.split()[0] not in _PAST_MEETING_VERBS
            )
            or then_planned
            # meeting.planned_after: "A meeting between X and Y is scheduled for Friday", "Talks between X and Y
            # will be held in Geneva": the meeting noun is the subject of the planning verb
            or (
                (bm is not None or (is_noun and wm is not None))
                and obj_end > h.end
                and _PLANNED_AFTER.match(text, obj_end, span.end) is not None
            )
        )
        mediating: list[int] = []
        if obj_rule != "meeting.mediated_by" and (med := _MEDIATED_BY_RX.search(text, h.end, span.end)) is not None:
            # meeting.mediated_by: "The foreign ministers of A and B met in Luanda for talks mediated by Angola": the
            # mediator takes part too (a state named here; its minister when the text names one later)
            mm = next((m for m in mentions if m.start == med.end()), None)
            if mm is not None and mm.kind in ("country", "name", "desc", "unnamed", "organization"):
                mediating = _keys(doc, mm, state)
        made: list[MeetingDraft] = []
        for p in parts:
            p = list(dict.fromkeys(p + mediating if p else p))
            if len(p) < 2:
                continue
            if (
                is_noun
                and low.startswith("joint ")
                and low.endswith(" conference")
                and any(set(p) < set(o.participants) for o in state.drafts[-5:])
            ):
                # meeting.joint_press_within: "A, B and C met ... B told reporters at a joint news conference with
                # C": the press conference of some of a meeting's parties is part of that meeting
                doc.fire("meeting.joint_press_within", h.start, h.end, low)
                continue
            p, trip = _trip_hosts(doc, span, p)
            if any(doc.entity(k).kind not in ("person", "country", "organization", "group") for k in p):
                continue
            if _own_mission(doc, p):
                # meeting.own_mission: "X was received at the airport by Y, Nigeria's High Commissioner": a
                # minister with their own state's envoy is no talk between states
                doc.fire("meeting.own_mission", h.start, h.end, " + ".join(doc.entity(k).name for k in p))
                continue
            if not modality and (rc := _relative_clause_end(doc, span, h.end, span.end)) >= 0:
                # meeting.relative_clause_modality: "X, who was in Rome for talks with the US, held a phone call with
                # Y": the relative clause's own words say how its talk was held
                clause = Span(text.rfind(", who ", span.start, h.end), rc)
                modality = sentence_modality(doc, clause, [t for t in triggers if clause.start <= t[0].start < rc])
            if not modality:
                # where the parties are last named in the sentence
                told_end = max(
                    (e for k in p for b, e in doc.entity(k).mentions if span.start <= b < span.end), default=h.end
                )
                if not is_noun and told_end > h.end and lx.meeting_verbs.get(low, ("", ""))[1] in _IN_PERSON_LEMMAS:
                    # meeting.own_clause_modality: "headed to Paris to meet her French counterpart Y and follow up
                    # on a phone call between A and B": the call told well after the parties is another talk; the
                    # meeting's own words and those right after its parties ("met Y via video link") say how
                    clause = Span(span.start, told_end + 40 if told_end + 40 < span.end else span.end)
                    near = [t for t in triggers if t[0].start < told_end + 25]
                    modality = sentence_modality(doc, clause, near)
                    if len(near) < len(triggers):
                        doc.fire("meeting.own_clause_modality", h.start, told_end, modality)
                else:
                    modality = sentence_modality(doc, span, triggers)
            mod = "in_person" if modality == "unknown" else modality
            pend = state.pending
            if (
                pend is not None
                and mod in ("in_person", "unknown")
                and sent - pend[1] <= 2
                and lx.meeting_verbs.get(low, ("", ""))[1] not in ("meet", "visit")
            ):
                mod = pend[0]
            d = MeetingDraft(p, mod, "planned" if planned else "held", sent)
            d.modality_assumed = mod == "in_person" and (
                modality == "unknown" or lx.meeting_verbs.get(low, ("", ""))[1] in _UNSAID_LEMMAS
            )
            if pend is not None and sent - pend[1] <= 2 and mod == pend[0]:
                d.date = pend[2]
                state.pending = None
            d.evidence.append(span)
            d.rule(rule)
            if mediating and mediating[0] in p:
                d.rule("meeting.mediated_by")
            if deleg:
                d.rule("meeting.delegation_head")
            if own_with:
                d.rule("meeting.own_talks_with")
            if low.startswith("co-chair"):
                d.rule("meeting.co_chair")  # "co-chaired the Joint Commission with Y"
            if subj_m is not None and _DUE_IN.search(text, subj_m.hi, verb_pos):
                d.rule("meeting.due_in")
            if trip:
                d.rule("meeting.trip_officials")
                d.rule("meeting.visit")  # a meeting with the country: dropped when the hosts are named
            if rule == "meeting.joint_visit":
                d.rule("meeting.visit")  # (so is a joint visit)
            if on_a_visit:
                d.rule("meeting.on_a_visit")
            if planned_next:
                d.rule("meeting.planned_next")
                if (sn := _SIDES_NEXT.search(text, span.start, span.end)) is not None and (
                    codes := _states_of(doc, d.participants)
                ):
                    _as_states(doc, d, codes, Span(sn.start(), sn.end()))
            d.separate = separate
            if together and len(p) >= 3:
                d.rule(together)
            if mod == "phone":
                d.rule("meeting.phone_call")
            elif mod == "video":
                d.rule("meeting.video_call")
                if text.find("virtually", span.start, span.end) >= 0 and _VIRTUALLY.search(text, span.start, span.end):
                    d.rule("meeting.virtually")
            if planned:
                d.rule("meeting.planned")
                if then_planned:
                    d.rule("meeting.then_planned")
                if planned_noun:
                    d.rule("meeting.planned_noun")
                if progressive_future:
                    d.rule("meeting.progressive_future")
                if headline_to:
                    d.rule("meeting.headline_infinitive")
            if (place := next((visit_places[k] for k in p if k in visit_places), None)) is not None:
                d.location = place
                d.rule("meeting.location")
            own = _own_object_span(doc, venue_objs, p[-1], span, state) if venue_objs and made else None
            # a next meeting told after a held one in the same sentence: its day and place are its own
            _fill(
                doc,
                d,
                own
                or fill_span
                or (Span(verb_pos, span.end) if then_planned else None)
                or (Span(verb_pos, span.end) if skip_to >= 0 and (planned_next or h.start >= skip_to) else span),
                verb_pos,
            )
            if own is not None:
                # meeting.venue_then: "meet X in Lima on Monday and Y in Quito": Y's own venue (and day, else X's)
                d.date = d.date or made[0].date
                if d.location is None and _IN_PLACE_AFTER.search(text, own.start, own.end) is None:
                    d.location = made[0].location
            state.drafts.append(d)
            made.append(d)
            created = True
            doc.fire(rule, span.start, span.end, " + ".join(doc.entity(k).name for k in p))
        if parts and rule != "meeting.visit":
            # meeting.agreed_to_meet: "X met Y in Riga, and the two agreed to meet again in June": the
            # next meeting told in the same sentence is read on; every other meeting word is not
            coord = (
                next(
                    (
                        t
                        for t, tl in triggers
                        if t.start > h.end
                        and tl not in lx.topic_verbs
                        and not tl.startswith("visit")
                        and _COORD_VP_LEFT.search(
                            text, t.start - 60 if t.start - 60 > span.start else span.start, t.start
                        )
                        # "met and held talks with Y" is one verb phrase: the first one has an object of its own
                        and any(h.end <= m.start and m.end <= t.start and m.kind in ("name", "desc") for m in mentions)
                    ),
                    None,
                )
                # meeting.coordinated_verb: one subject in one meeting only, tested once rather than per word (or in
                # one meeting each with the objects: "paid courtesy visits to A and B, and had a meeting with C")
                if subj and (len(parts) == 1 or all(p[: len(subj)] == list(subj) for p in parts))
                else None
            )
            if coord is not None and not planned_next:
                carry = (coord.start, subj, subj_m)
                skip_to = coord.start
                _own_clause(doc, made, span, coord.start)
                continue
            nxt = next(
                (
                    t
                    for t, tl in triggers
                    if t.start > h.end
                    and (
                        _agreed_left(text, t.start - 60 if t.start - 60 > span.start else span.start, t.start)
                        or (front and _front_then_main(doc, t, tl, obj_end))
                        # meeting.after_relative_clause: "X, who was in Rome for talks with the US, held a phone
                        # call with Y": the main clause's talk after the relative clause's
                        or _relative_clause_between(doc, span, h.end, t.start)
                        # meeting.subordinate_subject: "X hosted Y on Tuesday, a day after Y met Z in Abidjan"
                        or _AFTER_CLAUSE_LEFT.search(
                            text, t.start - 70 if t.start - 70 > span.start else span.start, t.start
                        )
                        # meeting.between_later: "... to meet Y and follow up on a phone call between A and B": a talk
                        # that names its own parties, persons, is read on ("to discuss the talks between Iran and the
                        # United States" names a process's states: the topic of the first talk)
                        or (
                            tl in lx.meeting_nouns
                            and text.startswith(" between ", t.end)
                            and next((m.kind for m in mentions if m.start >= t.end), "") == "name"
                            # after the parties of the meetings just made ("hosted talks between A and B" is one)
                            and all(
                                e <= t.start
                                for d in made
                                for k in d.participants
                                for b, e in doc.entity(k).mentions
                                if span.start <= b < span.end
                            )
                        )
                    )
                ),
                None,
            )
            if nxt is None or planned_next:
                break  # a visit may name whom the visitor met further on ("visited China and met Xi")
            skip_to = nxt.start
            # meeting.between_later, meeting.subordinate_subject: the later talk says its own modality ("a phone
            # call between A and B", "a day after A spoke with B by telephone")
            modality = ""
    if (
        not created
        and (last := state.last) is not None
        and sent - last.sent <= 4
        and text.find("nother ", span.start, span.end) >= 0
        and (an := _ANOTHER_TALK_RX.search(text, span.start, span.end)) is not None
        and not any(m.kind in ("name", "desc", "unnamed") for m in mentions)
        and (other := find_event_date(text, span.start, span.end, doc.published, False)) is not None
        and other[0].value
        and (last.date is None or last.date.value != other[0].value)
        and not _planned_in(text, span.start, span.end)
    ):
        # meeting.another_talk: "X held a phone conversation with Y on Tuesday ... Earlier, another phone conversation
        # took place on Saturday": the same parties' other talk, of its own day
        said = sentence_modality(doc, span, triggers)
        d = MeetingDraft(list(last.participants), said if said != "unknown" else last.modality, "held", sent)
        d.evidence.append(span)
        d.rule("meeting.another_talk")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire("meeting.another_talk", an.start(), an.end(), an.group())
        return
    took_place = not created and not followup and _TOOK_PLACE.match(text, span.start, span.end) is not None
    if not created and (followup or took_place or _group_topic(doc, mentions, triggers)):
        if took_place and state.last is not None and sent - state.last.sent <= 6:
            state.last.rule("meeting.took_place")
        if (
            (last := state.last) is not None
            and last.modality_assumed
            and sent - last.sent <= 2
            and (remote := modality or sentence_modality(doc, span, triggers)) in _REMOTE
        ):
            # meeting.modality_told_later: "X spoke with Y ... During the telephone conversation, ...": the talk the
            # sentence goes on about was a call
            last.modality, last.modality_assumed, last.location = remote, False, None
            last.rule("meeting.modality_told_later")
        _followup(doc, state, sent, span)
    elif not created:
        if not modality:
            modality = sentence_modality(doc, span, triggers)
        if modality in ("phone", "video"):
            found = find_date(text, span.start, span.end, doc.published, False)
            state.pending = (modality, sent, found[0] if found else None)


def _front_then_main(doc: Doc, t: Hit, low: str, obj_end: int) -> bool:
    """meeting.front_then_main: "In addition to meeting with X, Y met separately with Z": after a fronted phrase's
    talk, a meeting verb past its comma is the main clause's own talk (not a verb of topics, nor "visit")."""
    lx = doc.lexicon
    if (
        low in lx.meeting_verbs
        and low not in lx.topic_verbs
        and not low.startswith("visit")
        and doc.text.find(",", obj_end, t.start) >= 0
        # ("Following his meeting with X, Y said Z will consult with ...": a reported clause's talk is no main one)
        and all(w.table != "cue" for w in doc.words_between(obj_end, t.start))
    ):
        doc.fire("meeting.front_then_main", obj_end, t.end, low)
        return True
    return False
