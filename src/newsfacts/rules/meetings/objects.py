"""The object of a meeting word: the party list after "with", its modifiers, appositions and venues, and the
separate or joint meetings it tells."""

from __future__ import annotations

import itertools
import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.doc import WORD_AFTER_RX, Doc, Hit, Mention
from newsfacts.rules.meetings.drafts import MeetingState, _noun_modifiers
from newsfacts.rules.meetings.patterns import _APPOS_COMMA, _lexicon_rx

#: "at the Government Palace", "at the Palacio de Viana": a building's capitalised name (with its particles) after
#: "at", between a meeting verb and its object (the object gaps below read it)
_AT_BUILDING_RE: Final = r"at\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:de|del|la|of|the)\s+)?[A-Z][\w-]*){0,3}"
#: What may stand between a meeting verb and its first object; ``{words}``: the ``venue_noun`` table
_FIRST_OBJECT_GAP_RE: Final = (
    # "received on Tuesday at the Government Palace ...", "received a phone call today from ..."
    r"\s*(?:(?:on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|earlier|later|"
    r"this\s+(?:morning|afternoon|evening)|"
    # meeting.bare_day_gap: "received Sunday a phone call from X": a weekday with no "on"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _AT_BUILDING_RE + r"|"
    # meeting.venue_before_object: "received on Tuesday at the presidential palace the visiting ..."
    r"(?:at|in)\s+(?:the\s+|his\s+|her\s+)?(?:[a-z’']+\s+){0,2}(?:{words})|"
    # "received at the ministry's headquarters in Riyadh today Iraqi Foreign Minister X"
    r"in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?=,?\s+(?:today|yesterday|on\s+\w+|the\s|his\s|her\s|[A-Z])))"
    # meeting.venue_clause: "received, at the Ministry in Achrafieh on Wednesday, French President X's envoy"
    r",?\s+){0,3}"
    # meeting.call_from: "received a phone call from his Cypriot counterpart X", "received a courtesy call from Y"
    r"(?:(?:an?\s+)?(?:(?:tele)?phone\s+call|(?:courtesy\s+|farewell\s+)?call|video\s+call)"
    r"(?:\s+(?:today|yesterday|earlier|on\s+\w+|this\s+(?:morning|afternoon|evening)))?"
    r"\s+(?:from|initiated\s+by|made\s+by)\s+(?:(?:the|his|her|their)\s+)?"
    # meeting.call_from_new_envoy: "received a courtesy call from newly appointed Japanese Ambassador X"
    r"(?:(?:newly[ -](?:appointed|accredited|named)|new|outgoing|incoming|visiting)\s+)?"
    # meeting.host_object: "held talks with his host, President X"
    # meeting.not_from: "received a letter from X", "met with criticism from X": no one met X
    # meeting.not_by: "met the deadline set by X", "met the demands of X" (but "was received by X")
    r"|by\s+"
    r"|(?:(?:the|his|her|a|an|its|their)\s+)?(?:(?!from\b|by\b|of\b)[\w.’'-]+\s+){0,3}?"
    r"(?:counterpart|opposite number|hosts?)?,?\s*"
    # meeting.comma_title: "with Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of X Y"
    r"|(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of|the|for|and|[A-Z][\w-]*)){1,8},\s+"
    # meeting.member_of_object: "a meeting with member of the Armed Services Committee of the US House X": a seat
    # on a body, lower-case, before the body's name that opens the name's title
    r"|(?:an?\s+)?(?:senior\s+)?members?\s+of\s+(?:the\s+)?"
    # meeting.delegation_head: "hosted a delegation from the Hungarian parliament led by Speaker X"
    r"|(?:an?|the)\s+(?:[\w-]+\s+|\([A-Z][A-Za-z]{1,7}\)\s+){0,4}?delegation(?:\s+(?:from|of|representing)\s+[^,.;]{1,60}?)?,?\s+"
    # "headed by the Minister of Investment X"
    r"(?:led|headed|chaired)\s+by\s+(?:the\s+)?)"
)


def _first_object_gap(lx: Lexicon) -> re.Pattern[str]:
    """:data:`_FIRST_OBJECT_GAP_RE` with the lexicon's venue nouns."""
    return _lexicon_rx(lx, _FIRST_OBJECT_GAP_RE, "venue_nouns")


#: meeting.title_words_gap: "held talks with Moroccan House of Representatives Speaker X": capitalised title
#: words (with "of", "for") the name's own title does not hold
#: ("with Vice Prime Minister/Minister of Foreign Affairs of X, Y": a title joined to the name's own by a slash)
_TITLE_GAP: Final = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){0,6}(?:\s+|/)")
#: what joins two objects of a meeting verb; ``{words}``: the ``group_noun`` table
_JOIN_RE: Final = (
    # meeting.and_with: "held separate meetings with a Hamas delegation and with Egypt's negotiators"
    r"(?:\s+(?:{words}))?"
    r"\s*(?:,\s*and\s+(?:with\s+)?|,\s*|\s+and\s+(?:with\s+)?|,?\s+as well as\s+(?:with\s+)?)(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}"  # "... and Kurdistan Regional Government President X": a title's head words
)
#: meeting.call_on_and_verb: "called on Y and discussed ways to ...": a second verb of the subject's ends what
#: an appeal's "to" is looked for in
_AND_PAST_VERB: Final = re.compile(r"\s(?:,\s*)?and\s+(?:also\s+)?[a-z]{3,}ed\b")


def _appeal_window_end(text: str, start: int, end: int) -> int:
    """Where the "to" of an appeal after "called on" may stand until: the sentence's end, or a second verb."""
    m = _AND_PAST_VERB.search(text, start, end)
    return m.start() if m is not None else end


def _object_list(doc: Doc, pos: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions joined by commas and "and" starting right after ``pos``.

    Commas alone make no list ("met X, the ministry said"): without an "and" only the first
    mention is kept.
    """
    out: list[Mention] = []
    joins: list[bool] = []
    cur = pos
    venue_then = -1
    if doc.text.startswith(" a", pos) and (md := _MESSAGE_BY.match(doc.text, pos, end)) is not None:
        # meeting.message_delivered: "received a message from the Eritrean president delivered by Minister Y": Y
        doc.fire("meeting.message_delivered", md.start(), md.end(), md.group())
        cur = md.end()
    for i, m in enumerate(mentions):
        if m.start < cur:
            continue
        if (
            not out
            and i + 1 < len(mentions)
            and mentions[i + 1].lo <= m.start
            and m.end <= mentions[i + 1].start
            and mentions[i + 1].kind == "name"
        ):
            # meeting.inside_title: "received the head of Sudan's Transitional Sovereignty Council, General X": a
            # name read inside the next name's title is no party of its own
            continue
        if out and m.kind == "place" and _IN_PLACE_GAP.fullmatch(doc.text, cur, m.start):
            cur = m.end  # "meet X in Baghdad and Y in Erbil": each object's own venue
            if (vt := _VENUE_THEN.match(doc.text, cur, end)) is not None:
                # meeting.venue_then: "meet X in Lima on Monday and Y in Quito on Wednesday", "met X in Lima and
                # later Y in Cusco": each object's own venue and day, then the next object
                cur = venue_then = vt.end()
            continue
        if (
            not out
            and m.kind in ("body", "bodyref", "place", "organization")
            and _VENUE_GAP.fullmatch(doc.text, cur, m.start)
        ):
            # "received at the Government Palace on Tuesday the visiting ...": a venue before the object
            caps = _CAPS_AFTER.match(doc.text, m.end)
            cur = caps.end() if caps is not None else m.end
            if (tail := _lexicon_rx(doc.lexicon, _VENUE_TAIL_RE, "venue_nouns").match(doc.text, cur)) is not None:
                cur = tail.end()  # "received at the ministry's headquarters in Riyadh today X"
            if doc.text.startswith(", ", cur):
                cur += 1  # "received at the Palacio de Viana, in Madrid, the EU's X": the venue set off by commas
            continue
        gap = doc.text[cur : m.lo] if m.lo >= cur else doc.text[cur : m.start]
        if not out and m.kind == "country" and not m.possessive and _country_modifier(doc, m):
            doc.fire("meeting.country_modifier", m.start, m.end, m.text)
            break
        if venue_then == cur and out and _JOIN_AFTER_VENUE.fullmatch(doc.text, cur, m.lo):
            doc.fire("meeting.venue_then", out[-1].start, m.end, m.text)
            joins.append(True)
        elif not out:
            if (
                m.kind == "country"
                and i + 1 < len(mentions)
                and (rg := _ROLE_OF_GAP.fullmatch(gap)) is not None
                and rg.group(1).lower() in doc.lexicon.roles
                and mentions[i + 1].kind == "name"
                and _APPOS_COMMA.fullmatch(doc.text, m.hi, mentions[i + 1].lo)
            ):
                # meeting.role_of_country_name: "held a phone call with King of the Hashemite Kingdom of Jordan,
                # His Majesty King Abdullah II": the name set off after the role of the state
                doc.fire("meeting.role_of_country_name", m.start, mentions[i + 1].end, mentions[i + 1].text)
                out.append(mentions[i + 1])
                cur = mentions[i + 1].hi
                continue
            if m.kind in ("group", "cgroup", "organization", "body", "bodyref") and _LED_BY_AFTER.match(doc.text, m.hi):
                continue  # "received a delegation of Hungarian lawmakers headed by X": the head is the party
            if m.kind == "country" and _DELEGATION_OF_GAP.fullmatch(gap) and _LED_BY_AFTER.match(doc.text, m.hi):
                continue  # meeting.delegation_of_country: "received the delegation of Oman headed by X": X is the party
            if m.kind == "body" and not _first_object_gap(doc.lexicon).fullmatch(gap) and m.end - cur < 60:
                continue  # meeting.comma_title: a body inside the object's title ("Chairman of the Cabinet, ...")
            if (
                not (
                    _first_object_gap(doc.lexicon).fullmatch(gap)
                    or (m.kind == "name" and m.lo < m.start and _TITLE_GAP.fullmatch(gap))
                    # meeting.respective_objects: "met with Polish and Gabonese foreign ministers, X and Y,
                    # respectively": the names after a plural title of their states
                    or (m.rule in _RESPECTIVE_RULES and gap.endswith(", "))
                )
                # "received the delegation of the Kingdom of Saudi Arabia headed by the Minister of Investment X"
                or m.lo - cur > (100 if "delegation" in gap else 60)
            ):
                break
            if (m.kind in ("place", "country") or (m.kind == "name" and " " not in m.text)) and (
                _venue_preposition(gap) or (m.lo < m.start and _venue_preposition(doc.text[m.lo : m.start]))
            ):
                # meeting.venue_not_party: "met Zoran Horvat in Ljubljana" (an object no rule
                # knows): the city after "in" is where they met, never whom
                doc.fire("meeting.venue_not_party", m.start, m.end, m.text)
                break
        else:
            j = _lexicon_rx(doc.lexicon, _JOIN_RE, "group_nouns").fullmatch(gap)
            if j is None:
                break
            if (
                (", and " in gap or " and " not in gap)
                and (fw := WORD_AFTER_RX.match(doc.text, m.hi)) is not None
                and (cue := doc.lexicon.cues.get(fw.group(1))) is not None
                and cue.form != "participle"
            ):
                # meeting.clause_after_list: "talks between Iran and the P5+1, and X expressed pleasure ...": the
                # name after ", and" opens a clause of its own, no party; so does one after a comma alone ("with A
                # and B, the Foreign Ministry told News.Az")
                doc.fire("meeting.clause_after_list", m.start, fw.end(), m.text)
                break
            joins.append("and" in gap or "as well as" in gap)
        if (
            m.kind in ("name", "unnamed", "desc")
            and (m.possessive or doc.text.startswith(("'s ", "’s "), m.end))
            and (po := _possessor_official(doc, m, mentions)) is not None
        ):
            # meeting.possessor_official: "received President X's Personal Envoy to Lebanon, Y", "met the UN
            # secretary-general's personal envoy Y": the envoy
            doc.fire("meeting.possessor_official", po.start, po.end, po.text)
            m = po
        if (nm := _appositive_name(doc, m, mentions)) is not None:
            # meeting.appositive_name: "with the president of the ICRC, Mirjana Spoljaric, in Geneva", "met
            # the IAEA chief, Rafael Grossi,", "met Iran's foreign minister, Abbas Araghchi": the name
            m = nm
        if m.kind in ("pronoun", "bodyref") or m.possessive or (out and m.kind == "group"):
            break  # "met X in Beijing, and the two sides pledged": a new clause
        out.append(m)
        cur = m.hi
        if (
            m.kind == "name"
            and doc.text.startswith(" of ", cur)
            and (st := next((x for x in mentions[i + 1 :] if x.start >= cur), None)) is not None
            and st.kind == "country"
            and _OF_STATE_GAP.fullmatch(doc.text, cur, st.start)
        ):
            # meeting.object_of_state: "calls with King X of Jordan, President Y of Egypt and Z": the state after
            # "of" belongs to the name before it, and the list goes on after it
            doc.fire("meeting.object_of_state", m.start, st.end, st.text)
            cur = st.end
        # skip an apposition after a name ("Sven Larsen, the UNHCR head,")
        ap = _OBJECT_LIST_RX.match(doc.text[cur:end])
        if ap:
            cur += ap.end() - 1
    if joins and not any(joins) and _AND_UNNAMED_AFTER.match(doc.text, out[-1].hi, end) is not None:
        # meeting.list_last_other: "met with A, B, C, and several Sunni scholars", "talks with A, B and several senior
        # officials": the list's "and" before a last item that is no party makes A, B and C a list all the same
        doc.fire("meeting.list_last_other", out[0].start, out[-1].end, out[-1].text)
        joins.append(True)
    if joins and not any(joins):
        return out[:1]
    return out


#: ", and several Sunni scholars", " and other senior officials": the last item of a list, unnamed
_AND_UNNAMED_AFTER: Final = re.compile(
    r",?\s+(?:and|as\s+well\s+as)\s+(?:several|some|other|many|a\s+number\s+of|a\s+group\s+of|dozens\s+of|"
    r"senior|top|high-ranking|representatives|members)\b"
)


#: meeting.object_of_state: " of ", " of the " between a named object and its state
_OF_STATE_GAP: Final = re.compile(r" of (?:the )?")
#: meeting.role_of_country_name: "King of the ", "Prime Minister of " before a state's name
_ROLE_OF_GAP: Final = re.compile(r"(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+of\s+(?:the\s+)?")
_INDEFINITE_LEFT: Final = re.compile(r"\b(?:an?|another)\s+$")
_NEXT_WORD: Final = re.compile(r" ([a-z][a-z-]+)\b")


def _country_modifier(doc: Doc, m: Mention) -> bool:
    """meeting.country_modifier: "received a US proposal", "met an Iranian request": a state after "a" that
    qualifies a thing is no party (a person, a delegation or a body of it would be: "a US delegation")."""
    if not _INDEFINITE_LEFT.search(doc.text, max(0, m.lo - 10), m.lo):
        return False
    nw = _NEXT_WORD.match(doc.text, m.end)
    if nw is None:
        return False
    lx = doc.lexicon
    word = nw.group(1)
    return not (word in lx.roles or word in lx.role_plurals or word in lx.group_nouns or word in lx.bodies)


def _possessor_official(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The named official whose title opens with the possessive name ``m`` ("X's Personal Envoy, Y")."""
    owner = doc.refs_of(m)
    if m.kind == "name" and (len(owner) != 1 or doc.entity(owner[0]).kind != "person" or not doc.entity(owner[0]).role):
        return None  # a titled person owns the office: "President X's envoy", "the UN secretary-general's envoy"
    nm = next((x for x in mentions if x.start >= m.end), None)
    if nm is None or nm.kind != "name" or nm.possessive or nm.lo == nm.start or nm.lo < m.end:
        return None
    return nm if _POSSESSIVE_GAP.fullmatch(doc.text, m.end, nm.lo) else None


#: meeting.country_party_title: the rest of a body's name after the state that opens it: " Tehreek-e-Insaf (PTI) "
_ORG_NAME_GAP: Final = re.compile(r"(?:\s+[A-Z][\w’'-]+){1,4}(?:\s+\([A-Z]{2,8}\))?\s+")


def _appositive_name(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The name set off by commas right after a description of its bearer ("the president of the
    ICRC, Mirjana Spoljaric,"; "the IAEA chief, Rafael Grossi,"; "Iran's foreign minister, Abbas Araghchi")."""
    text = doc.text
    if m.kind == "country" and not m.possessive:
        # "met Ivory Coast President Alassane Ouattara": the country opens the title of the name after it
        nm = next((x for x in mentions if x.start >= m.end), None)
        if nm is not None and nm.kind == "name" and nm.lo - m.end <= 1 and nm.lo < nm.start:
            return nm
        if nm is not None and nm.kind == "name" and nm.lo < nm.start and _ORG_NAME_GAP.fullmatch(text, m.end, nm.lo):
            # meeting.country_party_title: "paid a farewell call on Pakistan Tehreek-e-Insaf (PTI) Chairman X": the
            # state opens the name of a party or body whose head is the name after it
            doc.fire("meeting.country_party_title", m.start, nm.end, nm.text)
            return nm
        return None
    if m.kind in ("desc", "unnamed"):
        gap = _APPOS_NAME_GAP
    elif m.kind in ("organization", "country") and text.startswith((" ", "’s ", "'s "), m.end):
        gap = _APPOS_ROLE_GAP
    else:
        return None
    after = m.hi
    if gap is _APPOS_NAME_GAP and (par := _APPOS_PAREN.match(text, m.hi)) is not None:
        # meeting.appositive_paren: "the president of the Sahrawi Arab Democratic Republic (also known as Western
        # Sahara), Brahim Ghali": a parenthetical between the description and its name
        after = par.end()
    nm = next((x for x in mentions if x.start >= after), None)
    if nm is None or nm.kind != "name" or nm.possessive:
        return None
    g = gap.fullmatch(text, after, nm.start)
    if g is None or not _APPOS_NAME_END.match(text, nm.hi):
        return None
    if gap is _APPOS_ROLE_GAP and not {g.group(1).lower(), g.group(1).split()[-1].lower()} & doc.lexicon.roles.keys():
        return None
    return nm


#: what says a list's meetings were one by one, right after it ("met the ambassadors of A, B and C individually",
#: "met the Moroccan and Algerian premiers A and B respectively")
_SEPARATELY_WORDS: Final = (" separately", " individually", " one by one", " respectively", ", respectively")


def _separately(text: str, start: int, verb_end: int, obj_end: int) -> bool:
    """Whether the verb ("met separately with", "held separate talks") or the end of its object
    list ("met A and B separately") says the meetings were separate."""
    if text.find("separate", start, verb_end + 30) >= 0 or text.startswith(_SEPARATELY_WORDS, obj_end):
        return True
    if text.startswith(" respectively", verb_end):
        return True  # "also received respectively A, and B": one after the other
    # meeting.separate_meetings_with: "visited Lima, where she had separate meetings with A, B and C": the noun
    # phrase told after another verb of the sentence
    if (sep := text.find("separate", verb_end, obj_end)) >= 0 and _SEPARATE_WITH.match(text, sep) is not None:
        return True
    # meeting.each_separately: "received A and B, meeting each separately", "... in separate meetings"
    return text.find("separate", obj_end, obj_end + 60) >= 0 and _SEPARATELY_AFTER.match(text, obj_end) is not None


def _together_with(doc: Doc, h: Hit, low: str, with_at: int, objs: list[Mention]) -> str:
    """Whether the parties after "with" meet all together, not one by one: a verb's own noun phrase says so
    ("hosted a trilateral meeting with A and B": meeting.joint_noun_phrase), one video call or conference
    holds them all ("held a video conference with A and B": meeting.video_with_several), or one plural role
    names them ("talks with the foreign ministers of A and B, X and Y": meeting.plural_role_object)."""
    lx = doc.lexicon
    text = doc.text
    if lx.meeting_nouns.get(low) == "video":
        doc.fire("meeting.video_with_several", h.start, with_at, low)
        return "meeting.video_with_several"
    if with_at > h.end and low in lx.meeting_verbs:
        for w in text[h.end : with_at].split():
            if lx.meeting_modifiers.get(w.lower()) == "joint":
                doc.fire("meeting.joint_noun_phrase", h.start, with_at, w)
                return "meeting.joint_noun_phrase"
    phrase = text[max(0, h.start - 40) : with_at].split()
    for w, noun in itertools.pairwise(phrase):
        if lx.meeting_modifiers.get(w.lower()) == "each" and noun.endswith("s") and noun.lower() in lx.meeting_nouns:
            # meeting.each_bilateral: "held bilateral meetings with the foreign ministers of A, B and C": one
            # meeting with each, not one of all
            doc.fire("meeting.each_bilateral", h.start, with_at, w)
            return ""
    first = objs[0]
    if first.plural and len(first.members) >= 2 and first.kind in ("unnamed", "group", "desc"):
        doc.fire("meeting.plural_role_object", first.start, first.end, first.text)
        return "meeting.plural_role_object"
    return ""


#: the words that tell a sentence's subject is abroad ("during her two-day official visit", "on a tour of")
_VISIT_WORDS: Final = (" visit", " trip", " tour")
#: a venue right after the list: "... and B at the Ministry of Foreign Affairs" (not "at the invitation of")
_AT_VENUE_AFTER: Final = re.compile(r",?\s+at\s+(?:the\s+)?(?!invitation\b|request\b|behest\b|end\b|start\b)\w")
#: the verbs of a host, whose guests told in one list came together ("received A and B": a delegation)
_HOST_VERB_STEMS: Final = ("receiv", "host", "welcom")


def _trip_before(doc: Doc, state: MeetingState, key: int, span: Span) -> bool:
    """Is a trip of ``key`` told in this sentence or the one before it: a visit of theirs to a state among the meetings
    told, or a visit word ("is expected to pay an official visit to Ethiopia")?"""
    sent = doc.sent_index(span.start)
    if any(
        0 <= sent - d.sent <= 1
        and key in d.participants
        and any(doc.entity(k).kind == "country" for k in d.participants)
        for d in state.drafts
    ):
        return True
    start = doc.sentences[sent - 1].start if sent > 0 else span.start
    return holds_any(doc.text, _VISIT_WORDS, start, span.end)


def _host_officials(
    doc: Doc, low: str, subj: list[int], objects: list[int], span: Span, start: int, end: int, state: MeetingState
) -> bool:
    """meeting.host_officials: a visitor who meets several named officials of the state visited holds a talk with
    each ("During her visit, Matvienko will meet with President X, Speaker Y and Foreign Minister Z", "held talks
    with Chairman X and Foreign Minister Y in Kabul"); not a host who meets a visiting delegation ("Fidan met with the
    Syrian foreign minister, defense minister and intelligence chief in Ankara"), nor guests told together
    ("received A and B"), nor a side of two ("A and B held talks with C and D")."""
    if len(subj) != 1 or len(objects) < 2 or low.startswith(_HOST_VERB_STEMS):
        return False
    visitor = doc.entity(subj[0])
    if visitor.kind != "person" or visitor.country is None:
        return False
    es = [doc.entity(k) for k in objects]
    if any(e.kind != "person" or e.unnamed or not e.role_head for e in es):
        return False
    states = {e.country for e in es} - {None}
    if len(states) > 1 or visitor.country in states:
        return False
    if len({e.role_head for e in es}) != len(es):
        return False  # each an office of their own, no team of two envoys
    if _AT_VENUE_AFTER.match(doc.text, end) is not None:
        return False  # "held talks with A and B at the Ministry of Foreign Affairs": one sitting at one venue
    lx = doc.lexicon
    # officials of no state told: those of the state the visitor's trip told just before is to ("Pompeo is expected
    # to pay a visit to Ethiopia ... Pompeo is expected to meet with Prime Minister X and President Y")
    abroad = not states and _trip_before(doc, state, subj[0], span)
    place_abroad = False
    for h in doc.names_between(span.start, span.end):
        if h.table == "place":
            where = lx.places[h.text][0]
            if where == visitor.country:
                return False  # at home: the officials are the visitors
            # ("is scheduled to meet President X and Prime Minister Y in Colombo": officials of no state told, met
            # in a city abroad, are that state's)
            place_abroad = place_abroad or where in states or (not states and where is not None)
    if not states and not abroad and not place_abroad:
        return False
    abroad = abroad or place_abroad
    if not abroad and not holds_any(doc.text, _VISIT_WORDS, span.start, span.end):
        return False
    doc.fire("meeting.host_officials", start, end, " + ".join(e.name for e in es))
    return True


def _venue_preposition(gap: str) -> bool:
    """Whether ``gap`` ends with "in", "at", "in the" or "at the"."""
    words = gap.split()
    if words[-1:] == ["the"]:
        words.pop()
    return words[-1:] in (["in"], ["at"])


def _joint_told(doc: Doc, span: Span, triggers: list[tuple[Hit, str]]) -> bool:
    """Does the sentence call a meeting of its own one of all the parties ("in the first trilateral meeting on
    the border", "a three-way call"; meeting_modifier ``joint``)?"""
    lx = doc.lexicon
    return any(low in lx.meeting_nouns and _noun_modifiers(lx, doc.text, span.start, h.start)[1] for h, low in triggers)


#: the actor rules of names told after a plural title of their states, each with its own
_RESPECTIVE_RULES: Final = frozenset({"actor.respective_counterparts", "actor.respective_names"})


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_OBJECT_LIST_RX: Final = re.compile(r",\s+(?:the|a)\s+[^,;.]{1,80},")
_MESSAGE_BY: Final = re.compile(
    r"\s+(?:(?:on\s+\w+|today|yesterday)\s+)?an?\s+(?:(?:written|verbal|oral)\s+)?message\s+from\s+[^,.;]{1,80}?\s+"
    r"(?:delivered|conveyed|handed\s+over)\s+by\s+"
)
_POSSESSIVE_GAP: Final = re.compile(r"(?:['’]s?)?\s")
#: meeting.venue_before_object: "received on Tuesday at the ...", "received yesterday at the ..."
_VENUE_GAP: Final = re.compile(
    r",?\s+(?:(?:on\s+\w+|today|yesterday)\s+)?"
    # "received yesterday at the Palacio de Viana, in Madrid, the ...", "received at State House, Nairobi, X": a
    # building, then its city
    r"(?:" + _AT_BUILDING_RE + r"(?:,\s+(?:(?:at|in)\s+(?:the\s+)?)?|\s+(?:at|in)\s+(?:the\s+)?)"
    r"|(?:at|in)\s+(?:the\s+)?)"
)
_CAPS_AFTER: Final = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}")
#: "the ministry's headquarters"; ``{words}``: the ``venue_noun`` table
#: "the ministry's headquarters", "the Ministry of Foreign Affairs headquarters": the venue noun after the body
_VENUE_TAIL_RE: Final = r"(?:['’]s\s+(?:[a-z]+\s+){0,2}?|\s+)(?:{words})\b"
_DELEGATION_OF_GAP: Final = re.compile(r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:of|from)\s+(?:the\s+)?")
_LED_BY_AFTER: Final = re.compile(
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?(?:\s+(?:delegation|team|mission))?,?\s+(?:led|headed|chaired)\s+by\s"
)
_APPOS_NAME_GAP: Final = re.compile(r",\s*")
#: meeting.appositive_paren: a parenthetical right after a description, before the comma and its name
_APPOS_PAREN: Final = re.compile(r"\s*\([^()]{1,60}\)(?=,)")
#: meeting.separate_meetings_with: "separate meetings with", "separate bilateral talks with"
_SEPARATE_WITH: Final = re.compile(r"separate\s+(?:[a-z-]+\s+)?(?:meetings|talks|consultations|discussions)\s+with\b")
_SEPARATELY_AFTER: Final = re.compile(
    r"[^.;]{0,40}?\b(?:(?:each|them|both)\s+(?:of\s+them\s+)?separately|(?:in\s+)?(?:two\s+|three\s+)?separate\s+(?:meetings|talks|sessions))\b"
)


_APPOS_ROLE_GAP: Final = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}?\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*),\s*")
_APPOS_NAME_END: Final = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|at|on|to|and|last|this|earlier)\b")
_IN_PLACE_GAP: Final = re.compile(r"\s+(?:in|at)\s+")
#: meeting.venue_then: after an object's venue, its day and then "and (later)" the next object
_VENUE_THEN: Final = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+|\s+(?:today|tomorrow|yesterday))?,?\s+and\s+(?:(?:later|then|afterwards)\s+)?(?:with\s+)?"
)
_JOIN_AFTER_VENUE: Final = re.compile(r"(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w-]*\s+){0,3}")
