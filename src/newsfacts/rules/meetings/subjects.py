"""The subject before a meeting cue: the gap between a subject and its verb, conjoined subjects, list heads and
the head of a delegation."""

from __future__ import annotations

import bisect
import operator
import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.coref import subjectish
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings.drafts import MeetingState
from newsfacts.rules.meetings.keys import _keys
from newsfacts.rules.meetings.patterns import _APPOS_COMMA

#: (the openings of its parts are listed in _GAP_PART_STARTS, read before it: keep the two together)
_SUBJECT_GAP: Final = re.compile(
    # possessive quantifiers ({m,n}+) keep this linear: the free-text stretches never backtrack; every alternative
    # opens with a letter or a class (a group would be entered at each position tried, whatever its first letter)
    # meeting.who_clause_gap: "X, who is leading the delegation to the meeting in Kampala, Uganda, received Y": a
    # relative clause set off by commas, a comma inside it
    r"(?:['’]s?)?\s*(?:,[^,.;“”\"]{1,90}+(?:,\s(?:[A-Z][a-z]+\s\d{1,2}|\d{1,2}\s[A-Z][a-z]+)(?:,?\s\d{4})?)?,\s*"
    r"|,\s*who\s[^.;“”\"]{1,160}?,\s*)?(?:(?:also|further|finally|first|then|later|earlier|has|have|had|"
    r"already|previously|once again|again|separately|too|thus|in turn|in(?: a| the| his| her)?(?: separate)?|"
    # meeting.last_met: "the two leaders last spoke on 11 September 2022", "X last met Y in Lima"
    r"last|"
    # meeting.adverb_gap: "X has long denied", "X last week met Y", "X has in recent days urged": how often or
    # when, between the subject and its verb (never a negation: "X has never met Y" tells of no meeting)
    r"always|long|often|still|now|just|only|since|so far|meanwhile|in response|in the past|at the time|"
    r"elsewhere(?: in (?:his|her|the) (?:remarks|speech|statement|interview))?|"
    r"on several occasions|earlier (?:this|last) (?:week|month|year)|later (?:this|last) (?:week|month|year)|"
    r"this (?:week|month|year)|last (?:week|month|year)|in recent (?:days|weeks|months)|"
    # meeting.pleased_to_host: "X said he was pleased to host Y", "she is delighted to meet Y"
    r"pleased|happy|delighted|honou?red|glad|"
    r"for (?:his|her|its|their) part,?|in (?:his|her|its|their) turn,?|"
    # meeting.place_gap: "X on Monday in Abuja received Y": the day, then where (a place alone, "the embassy
    # in Helsinki said", is a body's seat)
    r"on \w+(?: (?:morning|afternoon|evening|night))?(?: in [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})?|"
    # meeting.place_day_gap: "X, in Riyadh on Monday, met Y": where, then the day
    r"in [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} on \w+|"
    # meeting.date_gap: "X on September 29 received Y", "X on 3 March met Y", "X 5 September in Dubrovnik met Y":
    # the date (a month's name when there is no "on"), then where
    r"(?:on (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,? \d{4})?(?: in [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})?|"
    # meeting.bare_weekday_gap: "President X Wednesday met with Y": the weekday with no "on", as US outlets write it
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    # meeting.weekday_date_gap: "X on Thursday, September 23, 2021, held talks with Y": a weekday and its date
    r"on [A-Z][a-z]+day, (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? \d{4})?,?|"
    # (the date in figures: "X on Sunday 14/4/2024 made a phone call with Y")
    r"on (?:[A-Z][a-z]+day,? )?\d{1,2}/\d{1,2}/\d{2,4},?|"
    # ("X during the meeting expressed ...": "during" as "in")
    r"(?:in|during) (?:(?:a|the|this) )?(?:separate )?"
    r"(?:meeting|phone call|telephone conversation|video conference|talks|press conference|statement)"
    r"(?: with [^,.;]{1,80}+)?|"
    r"in (?:separate|a) [^,.;]{1,40}+|who(?: [^,.;]{1,80}+)?|will|would|"
    r"is (?:scheduled|set|expected|due|going|slated) to|"
    r"are (?:scheduled|set|expected) to|agree(?:d|s)? to|decided to|was|were|"
    # meeting.took_part: "X, Y and Z took part in the trilateral talks"
    r"t(?:ook|ake|akes|aking) part in(?: (?:the|a|an|their))?(?: [a-z][\w-]+)?|"
    r"participated in(?: (?:the|a|an|their))?(?: [a-z][\w-]+)?|"
    r"is|are|to|be|been|,|[a-z][a-z]{2,}ly|[\"“]|today|yesterday|tomorrow|"
    # meeting.parenthetical_subject_gap: "Foreign Minister Wu Cheng-yi (吳正義) met", "X (Reform) held a call"
    # (an acronym in brackets names a body: "The Foreign Office (FO) said" is read by the statement rules)
    r"\((?![A-Z&]{2,8}\))[^()\n]{1,40}+\)|"
    # meeting.on_a_visit: "X is on a three-day official visit to Chile", "X arrived in Lima on a visit to Peru"
    r"arriv(?:ed|es|ing) in [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}(?: (?:on \w+|today|yesterday))?"
    r"(?: for(?: an?)?)?|"
    r"on an? (?:(?:[\w]+-day|official|state|working|private|brief|surprise|regional|first|rare) ){0,3}|"
    r"s(?:cheduled|et|lated) to|expected to|due to|planning to|going to|"
    # meeting.plans_to: "X plans to meet Y", "X intends to hold talks with Y"
    r"plans? to|intends? to|"
    # meeting.opportunity_to: "he had the opportunity to meet with Y in Geneva", "X had a chance to talk with Y"
    r"(?:the|an?) (?:opportunity|chance) to|"
    # meeting.proceeded_to: "X proceeded to meet Y", "X then went on to hold talks with Y": the next thing done
    r"proceed(?:ed|s)? to|went on to|"
    # meeting.and_delegation: "X and his delegation were received by Y"
    r"and (?:his|her|their|the) (?:accompanying |high-level |high-ranking )?delegation|"
    # meeting.spouse_left_out: "X and his wife Emine Y were welcomed by Z": the spouse travelling along
    r"and (?:his|her) (?:wife|husband|spouse)(?: [A-Z][\w’'-]+){0,3}|"
    # "X will travel to Lima on Friday to meet ...", "... is scheduled to visit Tokyo next week for talks"
    # meeting.due_in: "X is due in Brussels on Thursday for talks with Y"
    # (letter first: the class, then a look-behind tells which letter it was)
    r"[tfhgcwvde](?:(?<=t)ravel(?:ing)? to|(?<=f)ly(?:ing)? to|(?<=h)ead(?:ing)? to|(?<=g)o(?:ing)? to|"
    r"(?<=c)ome(?:ing)? to|(?<=t)ravell?ed to|(?<=f)lew to|(?<=h)eaded to|(?<=w)ent to|(?<=c)ame to|"
    r"(?<=v)isit(?:ing)?|(?<=d)ue in|(?<=e)xpected in) [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}"
    # meeting.due_in: "... due in Brussels on April 28 for talks", "... on 28 April for talks"
    r"(?: (?:on (?:\d{1,2} )?\w+(?: \d{1,2})?|in [A-Z]\w+|next \w+|this \w+|later (?:this|in) \w+|tomorrow|"
    r"early next \w+))? (?:to|for(?: an?)?)|"
    # meeting.in_place_for_talks: "X is in Lima for talks with Y", "X was in Oslo on Monday for a meeting with Y"
    r"[iaw](?:(?<=i)s|(?<=a)re|(?<=w)as|(?<=w)ere) (?:now |currently )?in [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}"
    r"(?: (?:on \w+|today|tonight|this (?:week|morning|afternoon|evening)))? for(?: an?)?|"
    r"of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})\s*){0,5}$"
)
_CONJ: Final = re.compile(
    r"\.?(?:,\s+(?:the|a|an)\s[^,;.]{1,120})?\s*(?:,\s*and|,|and)\s+(?:the\s+|his\s+|her\s+)?"
    # meeting.counterpart_apposition: "X and his counterpart, President Y, held talks": the name after the commas
    r"(?:(?:[A-Z][a-z]+\s+)?counterpart,\s+"
    # meeting.title_comma_conjunct: "Premier X and South Sudanese President, Y have exchanged views": a title set
    # off by a comma before the name (its last word a role)
    r"|(?P<title>(?:[A-Z][\w-]+\s+){0,2}(?P<role>[A-Z][a-z]+)),\s+)?"
    # meeting.title_head_words: "X and Andean Community (CAN) General Secretary Y met": the head words of the next
    # name's title that no table knows
    r"(?P<head>(?:[A-Z][\w-]*\s+(?:\([A-Z&]{2,8}\)\s+)?){0,3})"
)


def subject_before(
    doc: Doc, pos: int, mentions: list[Mention], state: MeetingState
) -> tuple[list[int], Mention | None]:
    """The subject of a verb at ``pos``: the nearest mention before it, with conjoined ones."""
    text = doc.text
    tried = 0
    # mentions that start after ``pos`` end after it too: the scan starts before them
    for i in range(bisect.bisect_right(mentions, pos, key=_start) - 1, -1, -1):
        m = mentions[i]
        if m.end > pos:
            continue
        tried += 1
        if tried > 4:
            break
        # (the bounds read once: each is a property call)
        hi = m.hi
        if not _subject_gap(text, hi, pos):  # read once: the costliest test of a mention
            continue
        lo = m.lo
        if m.kind in ("country", "cgroup") and _BARE_WEEKDAY_GAP.match(text, hi, pos) is not None:
            continue  # meeting.bare_weekday_gap is a person's: "India and Japan Thursday held their dialogue"
        if _of_country(doc, mentions, i):
            tried -= 1
            continue  # meeting.name_of_country: "Y of Chile met": the name before "of" is the subject
        if (
            m.kind in ("country", "place")
            and text.endswith(", ", 0, lo)
            and text.startswith(",", hi)  # set off: "in Athens, Peru has said" has Peru for its subject
            and any(h.end == lo - 2 and h.table == "place" for h in doc.names_between(lo - 40, lo - 2))
        ):
            # meeting.city_country: "X, who is leading the delegation in Kampala, Uganda, received Y": the
            # city's country, no subject
            doc.fire("meeting.city_country", m.start, m.end, m.text)
            tried -= 1
            continue
        if (comma := text.rfind(",", lo - 60 if lo > 60 else 0, lo)) >= 0 and _COMPANION_LEFT.match(text, comma, lo):
            tried -= 1
            continue  # meeting.companion_not_subject: "X, accompanied by Crown Prince Y, met Z": Y goes along
        if (
            (comma := text.rfind(", who", lo - 160 if lo > 160 else 0, lo)) >= 0
            and _WHO_CLAUSE_LEFT.match(text, comma, lo) is not None
            and text.find(",", hi, pos) >= 0
        ):
            # meeting.relative_clause_not_subject: "X, who was named by President Y to be the next foreign
            # minister, met Z": a mention inside the relative clause is not the main verb's subject
            tried -= 1
            continue
        if (
            m.kind in ("desc", "unnamed")
            and i > 0
            and text.startswith(",", hi)
            and mentions[i - 1].kind == "name"
            and _APPOS_COMMA.fullmatch(text, mentions[i - 1].hi, lo)
        ):
            # meeting.appositive_subject: "X and Y, his Chilean counterpart, met", "X and Y, the prime minister of
            # Saudi Arabia, on Thursday held a meeting": the name before the description (or the unnamed role) set
            # off by commas is the subject (the gap of Y covers the description)
            doc.fire("meeting.appositive_subject", m.start, m.end, m.text)
            continue
        if not subjectish(doc, m) and not (
            # meeting.subordinate_subject: "a day after Tinubu met Y", "since X visited Z": a clause's subject
            text[hi:pos].isspace() and _SUBORDINATOR_LEFT.search(text, max(0, lo - 12), lo)
        ):
            continue
        keys, first = conjoined(doc, mentions, i, state)
        if first is not m and not subjectish(doc, first) and _list_head(doc, first) not in doc.lexicon.group_nouns:
            continue
        if not keys and m.kind == "group" and text.startswith(",", m.hi):
            # meeting.parenthetical_subject: "X, heading a delegation of Hungarian lawmakers, met Y":
            # a group no one resolves, set off by commas, is not the subject (the gap of X covers it)
            continue
        return keys, m
    return [], None


_start: Final = operator.attrgetter("start")
#: the commas' clause opening before a companion (meeting.companion_not_subject), up to the companion's mention
_COMPANION_LEFT: Final = re.compile(r",\s+(?:accompanied|joined|flanked)\s+by\s+[^,.;]{0,50}+$")
#: a relative clause's opening up to a mention inside it (meeting.relative_clause_not_subject)
_WHO_CLAUSE_LEFT: Final = re.compile(r", who\s[^,.;“”\"]{0,150}+$")
#: a weekday with no "on" right after the subject (meeting.bare_weekday_gap)
_BARE_WEEKDAY_GAP: Final = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


#: the opening of each part of a _SUBJECT_GAP (what its part group's alternatives start with), by first letter:
#: a gap whose first part starts with none of them fails the fullmatch, which tries all of the group's alternatives
#: (with its backtracking) first; a lowercase letter listed with no words opens no part but a word ending in "ly",
#: an uppercase one none. (A part added to _SUBJECT_GAP needs its opening here.)
_GAP_PART_STARTS: Final[dict[str, tuple[str, ...]]] = {
    "a": (
        "again",
        "agree",
        "already",
        "also",
        "always",
        "a chance",
        "an opportunity",
        "and his",
        "and her",
        "and the",
        "are",
        "arriv",
        "at the time",
    ),
    "b": ("be",),
    "c": ("come", "came"),
    "d": ("decided to", "delighted", "due", "during"),
    "e": ("earlier", "elsewhere", "expected"),
    "f": ("finally", "first", "for ", "further", "fly", "flew"),
    "g": ("glad", "go"),
    "h": ("had", "happy", "has", "have", "hono", "head"),
    "i": ("in", "is"),
    "j": ("just",),
    "k": (),
    "l": ("last", "later", "long"),
    "m": ("meanwhile",),
    "n": ("now",),
    "o": ("of ", "often", "on ", "once again", "only"),
    "p": ("participated", "plan", "pleased", "previously", "proceed"),
    "q": (),
    "r": (),
    "s": ("scheduled", "separately", "set", "since", "slated", "so far", "still"),
    "t": ("to", "tak", "the chance", "the opportunity", "then", "this ", "thus", "travel"),
    "u": (),
    "v": ("visit",),
    "w": ("was", "went", "were", "who", "will", "would"),
    "x": (),
    "y": ("yesterday",),
    "z": (),
    **dict.fromkeys("BCEGHIKLPQRUVXYZ", ()),
    "A": ("Apr", "Aug"),
    "D": ("Dec",),
    "F": ("Feb", "Friday"),
    "J": ("Jan", "Jul", "Jun"),
    "M": ("Mar", "May", "Monday"),
    "N": ("Nov",),
    "O": ("Oct",),
    "S": ("Sep", "Saturday", "Sunday"),
    "T": ("Thursday", "Tuesday"),
    "W": ("Wednesday",),
}


def _gap_part_at(text: str, i: int, end: int) -> bool:
    """May the parts of a _SUBJECT_GAP (or its end) start at ``i``? False only when none can: the first word opens
    no part, or a comma (with no other after it: no clause set off), a quote mark opens the gap and the word after
    it opens none (a character not in _GAP_PART_STARTS is left to the regex)."""
    while i < end:
        c = text[i]
        if c == "," or c == '"' or c == "“":  # a part of its own (the clause set off by commas holds another)
            if c == "," and text.find(",", i + 1, end) >= 0:
                return True
            i += 1
            if i < end and text[i] == " ":
                i += 1
            continue
        starts = _GAP_PART_STARTS.get(c)
        if starts is None or text.startswith(starts, i):
            return True
        if "a" <= c <= "z":
            # the part "[a-z][a-z]{2,}ly": an adverb in "-ly" (its "ly" before the word's end, at a space or sooner)
            space = text.find(" ", i, end)
            return text.find("ly", i + 3, space if space >= 0 else end) >= 0
        return False
    return True


def _subject_gap(text: str, start: int, end: int) -> bool:
    """May ``text[start:end]`` stand between a subject and its verb? Nothing or a space (the
    most common gap, "Petrova said") needs no regex; nor does a gap whose first word opens no part of one."""
    if start >= end:
        return start == end or _SUBJECT_GAP.fullmatch(text, start, end) is not None
    if text[start:end].isspace():
        return True
    i = start
    if text[i] == "’" or text[i] == "'":  # the possessive opening the gap (no part starts with it)
        i += 1
        if i < end and text[i] == "s":
            if _gap_part_at(text, i, end):  # (the "s" may open a part: "’since")
                return _SUBJECT_GAP.fullmatch(text, start, end) is not None
            i += 1
    if i < end and text[i] == " ":  # (one space, the common case: more is left to the regex)
        i += 1
    return _gap_part_at(text, i, end) and _SUBJECT_GAP.fullmatch(text, start, end) is not None


#: "A delegation headed by X", "The Iranian delegation, led by X,": the head after "by"
_DELEG_BY: Final = re.compile(
    # meeting.delegation_of_body: "A delegation of the Communist Party of China (CPC), led by X, called on Y"
    # meeting.team_led_by: "The visiting Italian team, headed by X, discussed ... with Y": a team or mission too
    r"\b(?:[Dd]elegation|team|mission)(?:\s+of\s+[\w-]+(?:\s+[\w'’-]+){0,5}?(?:\s+\([A-Z][A-Za-z]{1,7}\))?)?,?\s+(?:which\s+(?:is|was)\s+)?"
    r"(?:headed|led|chaired)\s+by\s+"
)
#: what stands before a delegation that is the clause's subject: its determiner and modifiers
_DELEG_SUBJECT_LEFT: Final = re.compile(
    r"\W*(?:(?:On|On\s+\w+|Earlier|Meanwhile|Later|[A-Z][\w-]*\s+\w+),\s*)?"
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}"
)
#: "Headed by X, the parliamentary delegation met Y"
_DELEG_FRONT: Final = re.compile(r"\W*(?:[Hh]eaded|[Ll]ed|[Cc]haired)\s+by\s+")
_DELEG_FRONT_TAIL: Final = re.compile(
    r",\s+(?:an?|the|its|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?delegations?\b"
)
#: "The delegation also met Y" later in the article: the head told before
#: meeting.delegation_later: "The Uzbek delegation will meet Y", "During the visit, the delegation is to meet Y"
_DELEG_LATER: Final = re.compile(
    r"\W*(?:(?:During|On|Later|Earlier|Meanwhile|Also|On\s+\w+)\b[^,.;]{0,30},\s*)?[Tt]he\s+(?:visiting\s+)?"
    r"(?:[A-Z][\w’'-]*\s+)?(?:parliamentary\s+|high-level\s+|official\s+)?delegation\b"
)
#: meeting.delegation_later: "X, who is leading an 11-member parliamentary delegation on a visit to Y, said ..."
_WHO_LEADS: Final = re.compile(r",\s+who\s+(?:is|was)\s+(?:leading|heading)\s+(?:an?|the)\s+[^,.;]{0,60}?delegation\b")


def delegation_head(
    doc: Doc, span: Span, verb_pos: int, mentions: list[Mention], state: MeetingState
) -> tuple[list[int], Mention | None]:
    """meeting.delegation_head: a delegation led by a named person is the subject of the verb at
    ``verb_pos``: the head is the party ("A delegation headed by X met Y", "Headed by X, the
    delegation met Y", "The delegation, led by X, held talks with Y"); "the delegation" later
    in the article is that head again."""
    text = doc.text
    head: Mention | None = None
    dm = _DELEG_BY.search(text, span.start, verb_pos)
    if dm is not None and _DELEG_SUBJECT_LEFT.fullmatch(text, span.start, dm.start()):
        head = _first_person(doc, mentions, dm.end(), verb_pos, state)
        if head is not None and not (
            _subject_gap(text, head.hi, verb_pos)
            or (text.startswith(",", head.hi) and _subject_gap(text, head.hi + 1, verb_pos))
        ):
            head = None
    elif (fm := _DELEG_FRONT.match(text, span.start, verb_pos)) is not None:
        head = _first_person(doc, mentions, fm.end(), verb_pos, state)
        if head is not None:
            # the apposition read for the name may be the delegation itself: "X, the delegation"
            tail = _DELEG_FRONT_TAIL.match(text, head.end, verb_pos)
            if tail is None or not _subject_gap(text, tail.end(), verb_pos):
                head = None
    elif (
        isinstance(
            key := doc.memo["delegation_head"]
            if "delegation_head" in doc.memo
            else _earlier_delegation_head(doc, span, state),
            int,
        )
        and (lm := _DELEG_LATER.match(text, span.start, verb_pos)) is not None
        and _subject_gap(text, lm.end(), verb_pos)
    ):
        m = Mention(lm.start(), lm.end(), "desc", mentions[0].sent if mentions else 0, "meeting.delegation_head", "")
        doc.fire("meeting.delegation_head", lm.start(), lm.end(), doc.entity(key).name)
        return [key], m
    if head is None:
        return [], None
    keys = _keys(doc, head, state)
    doc.memo["delegation_head"] = keys[0]
    doc.fire("meeting.delegation_head", head.start, head.end, doc.entity(keys[0]).name)
    return keys, head


def subj_m_start(m: Mention | None, default: int) -> int:
    """Where the subject mention starts (``default`` when there is none)."""
    return m.lo if m is not None else default


def _earlier_delegation_head(doc: Doc, span: Span, state: MeetingState) -> int | None:
    """meeting.delegation_arrived: "A delegation led by X arrived in Lima on Monday. The delegation is to
    meet Y": the head named in one of the three sentences before, with no meeting word of its own."""
    if not _DELEG_LATER.match(doc.text, span.start, span.end):
        return None
    i = doc.sent_index(span.start)
    for j in range(i - 1, max(-1, i - 4), -1):
        sp = doc.sentences[j]
        if doc.text.find("elegation", sp.start, sp.end) < 0:
            continue
        dm = _DELEG_BY.search(doc.text, sp.start, sp.end)
        head = None
        if dm is not None:
            # the delegation as the subject ("A delegation led by X arrived") or as the object of a meeting
            # ("Y met with an Uzbek delegation led by X": meeting.delegation_later)
            head = _first_person(doc, doc.sentence_mentions(j), dm.end(), sp.end, state)
        elif (wl := _WHO_LEADS.search(doc.text, sp.start, sp.end)) is not None:
            before = [m for m in doc.sentence_mentions(j) if m.end <= wl.start()]
            if before and before[-1].hi == wl.start() and before[-1].kind in ("name", "desc"):
                head = before[-1]
        if head is None:
            return None
        keys = _keys(doc, head, state)
        doc.fire("meeting.delegation_arrived", head.start, head.end, doc.entity(keys[0]).name)
        return keys[0]
    return None


def _first_person(doc: Doc, mentions: list[Mention], pos: int, end: int, state: MeetingState) -> Mention | None:
    """The named person mentioned first at ``pos`` (after a title at most), before ``end``."""
    for m in mentions:
        if m.start < pos:
            continue
        if m.start >= end or m.lo - pos > 60 or m.kind not in ("name", "desc"):
            return None
        keys = _keys(doc, m, state)
        if len(keys) == 1 and doc.entity(keys[0]).kind == "person" and not doc.entity(keys[0]).unnamed:
            return m
        return None
    return None


def _of_country(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """Is mention ``i`` the country of the person named right before it ("Pablo Soto of Chile")?"""
    m = mentions[i]
    if m.kind not in ("country", "place") or i == 0 or m.possessive:
        return False
    prev = mentions[i - 1]
    return prev.kind == "name" and doc.text[prev.hi : m.lo] == " of "


_LIST_HEAD_LEFT: Final = re.compile(r"\b([A-Za-z]+)\s+(from|of)\s+(?:the\s+)?$")


def _list_head(doc: Doc, m: Mention) -> str | None:
    """The lower-case noun a list starting at ``m`` depends on: "officials" in "Officials from A, B and C";
    "of" for "the transport ministers of A, B and C" (whose states say whose ministers they are); None
    when no "from" or "of" stands before it."""
    lm = _LIST_HEAD_LEFT.search(doc.text, max(0, m.lo - 40), m.lo)
    if lm is None:
        return None
    return lm.group(1).lower() if lm.group(2) == "from" else "of"


def conjoined(doc: Doc, mentions: list[Mention], i: int, state: MeetingState) -> tuple[list[int], Mention]:
    """The entities of mention ``i`` and of the mentions joined to it by commas and "and" before it."""
    if i > 0 and _SPOUSE_GAP.fullmatch(doc.text, mentions[i - 1].hi, mentions[i].lo) is not None:
        # meeting.spouse_left_out: "The Turkish president and his wife X were welcomed by Y": the spouse who
        # travels along is no party of the talks
        doc.fire("meeting.spouse_left_out", mentions[i].start, mentions[i].end, mentions[i].text)
        return conjoined(doc, mentions, i - 1, state)
    keys = _keys(doc, mentions[i], state)
    cur = mentions[i]
    j = i - 1
    while j >= 0:
        prev = mentions[j]
        link_start = prev.hi
        if _of_country(doc, mentions, j):
            # meeting.name_of_country: "X of Hungary and Y of Chile met": the country belongs to the name
            j -= 1
            prev = mentions[j]
        if prev.possessive or prev.kind in ("pronoun", "bodyref"):
            break
        link = _CONJ.fullmatch(doc.text, link_start, cur.lo)
        if link is not None and link.group("title") and link.group("role").lower() not in doc.lexicon.roles:
            link = None
        if link is not None and link.group("head") and cur.lo >= cur.start:
            link = None  # head words only before a title: "Iran and 5+1, and Jan Eliasson" joins no "Jan"
        # the words that join (before a title set off by a comma)
        joint = (
            ""
            if link is None
            else link.group()[: link.start("title") - link.start()]
            if link.group("title")
            else link.group()[: link.start("head") - link.start()]
        )
        # the link nearest the verb must say "and": "On X against Iran, the spokesman said" is no list
        if not link or (cur is mentions[i] and "and" not in joint.split("counterpart")[0][-8:]):
            break
        if link.group("title"):
            doc.fire("meeting.title_comma_conjunct", link_start, cur.lo, link.group("title"))
        if not subjectish(doc, prev) and ("and" not in link.group() or mentions[i].kind == "group"):
            head = _list_head(doc, prev)
            if head is None or mentions[i].kind == "group" or prev.kind not in ("country", "organization", "place"):
                break  # "talks in Lima, and the two sides pledged": the group is a subject of its own
            if head not in doc.lexicon.group_nouns:
                # meeting.list_modifier: "The transport ministers of A, B and C met": the states after "of"
                # say whose ministers met, and are no parties
                return [], cur
            # meeting.officials_from: "Officials from Qatar, Egypt and the United States are to meet in Cairo"
            keys = _keys(doc, prev, state) + keys
            doc.fire("meeting.officials_from", prev.start, mentions[i].end, head)
            return keys, prev
        keys = _keys(doc, prev, state) + keys
        cur = prev
        j -= 1
    lo = cur.lo  # (read once: a property call)
    left = doc.text[lo - 16 if lo > 16 else 0 : lo] if lo > 10 else ""
    # every match holds "xc" (excluding, except), "than", "from" or "not": most lists have none before them
    if ("xc" in left or "than" in left or "from" in left or "not" in left) and _EXCLUDED_LEFT.search(
        doc.text, lo - 16 if lo > 16 else 0, lo
    ):
        # meeting.excluded_list: "Defence chiefs of the bloc's states excluding Mali, Chad and Niger met": the
        # states left out are no parties
        doc.fire("meeting.excluded_list", cur.start, mentions[i].end, cur.text)
        return [], cur
    return keys, cur


#: meeting.spouse_left_out: the words between a person and the spouse who travels with them
_SPOUSE_GAP: Final = re.compile(r"\s+and\s+(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*")
#: meeting.excluded_list: the words that leave a list out
_EXCLUDED_LEFT: Final = re.compile(
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|but\s+not)\s+(?:the\s+)?$"
)


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_SUBORDINATOR_LEFT: Final = re.compile(r"\b(?:after|before|since|while|when|until|once)\s+$")
