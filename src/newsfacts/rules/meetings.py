"""Meeting rules: who talked with whom, how, when and where.

A sentence with a meeting word (a noun such as "telephone conversation", a verb such as
"met" or "held talks", or a topic verb such as "discussed" with two parties as subject)
yields a meeting when its parties resolve to actors: the subject and the object after
"with" (``meeting.met``), two conjoined subjects (``meeting.joint_subject``), "In a meeting
with Y, X ..." (``meeting.in_meeting_with``), a list of unnamed counterparts
(``meeting.counterparts``) or an official's visit to a country (``meeting.visit``).
Sentences that go on about the last meeting ("In the phone call", "the two sides") add
evidence and topics to it (``meeting.followup``); :func:`merge_meetings` folds mentions of
one event into one meeting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Iterator
from typing import Final

import attr  # attr.s, not attrs.define: see rules/doc.py

from newsfacts.lexicon import Lexicon
from newsfacts.models import DateRef, Place, Span
from newsfacts.prefilter import Words, holds_any, innermost, required_words
from newsfacts.rules.actors import clause_verb_at
from newsfacts.rules.coref import merge_royal, preceding_word, royal_named_after, subjectish, unnamed_person
from newsfacts.rules.dates import DAY_AND_MONTH_WORDS, MONTH_NUMBERS, dateline_day, find_date, find_event_date
from newsfacts.rules.doc import ABBREV_PERIOD, WORD_AFTER_RX, Doc, Entity, Hit, Mention

_PLANNED: Final = re.compile(
    r"\b(?:will|shall|is (?:also )?(?:scheduled|set|expected|due|going|slated|planning|planned|to)|"
    r"are (?:also )?(?:scheduled|set|expected|due|going|slated|planning|to)|plans? to|intends? to|to be held|would|"
    # meeting.was_scheduled: "IRNA said X was scheduled to meet Y", "X was due to hold talks with Y": a plan told
    # in the past tense (the plan that did not come about reads "had been due to", meeting.plan_undone)
    r"(?:was|were) (?:also )?(?:scheduled|set|expected|due|slated) to|"
    # meeting.agreed_to_meet: "agreed to meet again", "decided to hold the next round of talks in Berlin"
    r"(?:agreed|agree|agrees|decided) to (?:meet|hold|have)\b)\b[^.;]{0,40}$"
)
#: a word every match of _PLANNED holds: tested before its scan (see _planned_in); fewer than required_words reads
#: ("agree" for the six of "agreed to meet", ...), the commonest first
_PLANNED_WORDS: Final = (
    "is ",
    "will",
    "would",
    "are ",
    "plan",
    "agree",
    "decided",
    "intend",
    "shall",
    "to be held",
    "scheduled",
    "expected",
    "set to",
    "due to",
    "slated",
)
assert required_words(_PLANNED) is not None and all(
    any(w in r for w in _PLANNED_WORDS) for r in required_words(_PLANNED) or ()
)


def _planned_in(text: str, start: int, end: int) -> bool:
    """Does _PLANNED match in ``text[start:end]``? Its scan tries every position of the window (a word boundary opens
    it); a window holding none of its words is ruled out by substring tests, several times cheaper."""
    return holds_any(text, _PLANNED_WORDS, start, end) and _PLANNED.search(text, start, end) is not None


#: an adjective that puts a meeting noun in the future, right before it or its modifiers ("the upcoming
#: bilateral meeting", "the highly anticipated phone call")
_PLANNED_ADJ_LEFT: Final = re.compile(
    r"\b(?:upcoming|forthcoming|planned|anticipated|expected|proposed|scheduled|impending)\s+(?:[a-z-]+\s+){0,2}$"
    # meeting.on_the_agenda: "X's agenda includes talks with Y", "the programme of the visit features a meeting"
    r"|\b(?:agenda|programme|program|schedule|itinerary)\s+(?:also\s+)?(?:includes?|will\s+include|features?)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$"
)
_PLANNED_TRIP: Final = re.compile(
    # "is to travel to Jakarta on 9 March for further talks with Y", "said he would travel to Lima ..."
    r"\b(?:will|would|(?:is|are)(?: also)?(?: (?:scheduled|set|expected|due|slated|going))? to)(?: also)? "
    r"(?:travel|fly|head|go|visit|return)\b[^.;]{0,80}$"
)
#: the verbs of _PLANNED_TRIP with the space before them, one of which every match holds: tested before its scan (a
#: word boundary opens it: every position of the window is tried)
_PLANNED_TRIP_VERBS: Final = (" travel", " visit", " go", " head", " fly", " return")


def _planned_trip_in(text: str, start: int, end: int) -> bool:
    """Does _PLANNED_TRIP match in ``text[start:end]``? (Its verbs first, as in _planned_in.)"""
    return holds_any(text, _PLANNED_TRIP_VERBS, start, end) and _PLANNED_TRIP.search(text, start, end) is not None


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
#: meeting.took_place: "The meeting took place on the sidelines of the conference in the city of Bali", "The talks were
#: held at the Foreign Ministry": a sentence that opens with the last meeting and tells where (or when) it was held
_TOOK_PLACE: Final = re.compile(
    r"\W{0,2}(?:The|This|That|Their|Today's|Today’s)\s+(?:(?:bilateral|brief|first|two-hour|one-on-one)\s+)?"
    r"(?:meeting|talks|conversation|discussions|negotiations)\s+(?:took\s+place|was\s+held|were\s+held)\b"
)
_FOLLOWUP_NOUN: Final = re.compile(
    # a bare class of first letters opens the pattern ("\b(?:[Ii]n|[Dd]uring|[Aa]t)" did not): the regex engine
    # skips from candidate to candidate; lookbehinds check the word start and which letter it was
    r"[IiDdAa](?<!\w.)(?:(?<=[Ii])n|(?<=[Dd])uring|(?<=[Aa])t) (?:the|this|that|their|his|her) "
    r"(?:(?:phone|telephone|video) )?"
    r"(?:meeting|talks|phone call|call|conversation|telephone conversation|gathering|negotiations|"
    r"discussions|conference call)\b"
)
#: the words every match of _FOLLOWUP_NOUN holds, one in each of its nouns (a sentence with none of them, as
#: one with only a meeting verb, is not scanned; required_words would pick the determiners, in every sentence)
_FOLLOWUP_NOUN_WORDS: Final = frozenset(
    {"meeting", "talks", "call", "conversation", "gathering", "negotiations", "discussions"}
)
#: the tail of every match of _FOLLOWUP_NOUN, which opens with a space: a scan from space to space, several times
#: cheaper than one from each i, d and a, rules out most sentences that hold a noun before _FOLLOWUP_NOUN is run
_FOLLOWUP_TAIL: Final = re.compile(
    # (the determiners as a trie: "th" tried once at each space, not four times)
    r" (?:th(?:e|is|at|eir)|h(?:is|er)) (?:(?:phone|telephone|video) )?"
    r"(?:meeting|talks|phone call|call|conversation|telephone conversation|gathering|negotiations|"
    r"discussions|conference call)\b"
)
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


@functools.lru_cache(maxsize=64)
def _lexicon_rx(lx: Lexicon, template: str, table: str) -> re.Pattern[str]:
    """``template`` with ``{words}`` replaced by the words of a lexicon word set (the ``Lexicon`` attribute
    ``table``), longest first: compiled once per lexicon, so that the word lists stay data."""
    words = "|".join(re.escape(w) for w in sorted(getattr(lx, table), key=lambda w: (-len(w), w)))
    return re.compile(template.replace("{words}", words))


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
_COUNTERPARTS: Final = re.compile(
    # "his counterparts from A and B", and without the possessive ("held talks with counterparts from the United
    # Arab Emirates, Brazil and Senegal"); "his Parliamentary counterparts from A and B": a word of the kind
    # between (tried first: "Parliamentary" names no state)
    r"\b(?:(?:his|her|their)\s+(?:[A-Za-z-]+\s+)?)?counterparts\s+from\s+"
    r"(?P<list2>(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:,\s*and\s+|,\s*|\s+and\s+)){1,15}"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    r"|\b(?:his|her|their)\s+(?P<list>(?:[A-Z][\w.]*(?:,\s*|\s+and\s+|,\s+and\s+))*[A-Z][\w.]*)\s+"
    r"(?P<role>counterparts?|opposite numbers?)\b"
)
#: where a meeting's topics end (or the tail's end, "$", told by topics_in): each alternative opens with a space, a
#: stop or a comma, one class the engine skips to (with "$" among them, every position was tried)
_TOPICS_END: Final = re.compile(
    r"[\s.;”\",](?:(?<=\s)\s*(?:in the meeting|during the meeting|in the phone call|at the meeting)\b|(?<=[.;”\"])"
    r"|(?<=,)\s+(?:according to|the \w+ said))"
)
#: the words every match of _TOPICS_END but a stop's holds: a tail with none of them ends at its first stop, found by a
#: one-class scan (the full scan tries the phrases at every space)
_TOPICS_END_WORDS: Final = ("the meeting", "in the phone call", "according to", " said")
#: a stop, where _TOPICS_END matches whatever follows
_TOPICS_STOP: Final = re.compile(r"[.;”\"]")
_SIDELINES: Final = re.compile(r"\bon the sidelines of\s+(?:the\s+)?([^,.;]{3,120})")
_HERE_RX: Final = re.compile(r"h(?<!\w.)ere\b")  # "\bhere\b", letter first (as _CITY_SPAN)
_DATELINE_RX: Final = re.compile(r"(?m)^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}),? (?:\w+[ .,]){0,4}[^\n]{0,40}?--")
_VENUE_RX: Final = re.compile(
    # "\bat", letter first (as _CITY_SPAN)
    r"a(?<!\w.)t\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3}(?:Palace|Mansion|Residence|Guest House|Hall))\b"
)
#: "called on Y to act", "called on Y to “invest ...”" (a quoted verb too): an appeal, not a call on Y
#: (meeting.call_on_according_to: "called on Y in Lima, according to a statement": no appeal's "to")
_APPEAL_TO: Final = re.compile(r"(?<!according )\bto\s+[\"“‘']?(?!the\b|his\b|her\b|an?\b|[A-Z])[a-z]+")
#: meeting.call_on_and_verb: "called on Y and discussed ways to ...": a second verb of the subject's ends what
#: an appeal's "to" is looked for in
_AND_PAST_VERB: Final = re.compile(r"\s(?:,\s*)?and\s+(?:also\s+)?[a-z]{3,}ed\b")


def _appeal_window_end(text: str, start: int, end: int) -> int:
    """Where the "to" of an appeal after "called on" may stand until: the sentence's end, or a second verb."""
    m = _AND_PAST_VERB.search(text, start, end)
    return m.start() if m is not None else end


_REL_PRONOUN_LEFT: Final = re.compile(r",\s*(?:where|during which|in which|after which|when)\s+$")
_VISIT_BY_WHERE: Final = re.compile(
    r"\b(?:visit|trip|tour)\s+(?:by|of)\s+(?=[^.;]{3,140}?\s+to\s+(?:the\s+)?[A-Z](?:[^.;,]|(?<=St)\.){1,60},\s*where\s+$)"
)
#: coref.visit_by_where told with a possessive: "Bulgarian President X’s visit to the St. Petersburg forum, where he
#: held talks with Y": the visit's owner, right before
_POSS_VISIT_WHERE: Final = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|tour)\s+to\s+(?:the\s+)?[A-Z](?:[^.;,]|(?<=St)\.){1,60},\s*where\s+$"
)
_AGREED_LEFT: Final = re.compile(r"\b(?:agreed|agree|agrees|decided) to\s+(?:also\s+)?(?:[\w-]+\s+){0,5}$")
_THE_TWO: Final = re.compile(
    r"[Tt]he (?:pair|duo)$|[Tt]he two(?: (?:top |senior |foreign |defense |))?"
    r"(?:leaders|presidents|ministers|officials|diplomats|envoys|men|sides)?$"
    # coref.the_two, "both": "X and Y agreed ... Both ministers voiced ...": the two persons just named ("both
    # sides" is not read so: it is as often the two states, or the sides of a talk told inside a report)
    r"|[Bb]oth (?:top |senior |foreign |defense )?(?:leaders|presidents|ministers|officials|diplomats|envoys|men)$"
)
#: a plural that opens a sentence right after one opened by a pair read by the_two: "Both ministers voiced ...
#: They urged ...", "The ministers expressed ..." (coref.the_two_chain)
_THE_TWO_CHAIN: Final = re.compile(
    r"[Tt]hey$|[Tt]he (?:top |senior |foreign )?(?:leaders|presidents|ministers|officials|diplomats|envoys|sides)$"
)
#: "the two", "The pair", ... (_BARE_TWO_LEFT's group), and what may follow it up to the verb
_BARE_TWO_RE: Final = r"[Tt]he (?:two|pair|duo|three|four)"
_BARE_TWO_AFTER_RE: Final = (
    r"\s+(?:(?:also|later|then|have|had|will|would|[a-z]{3,}ly)\s+){0,3}"
    r"(?:(?:are|were)\s+(?:also\s+)?(?:expected|scheduled|set|due|slated|going)\s+to\s+"
    # meeting.agreed_to_meet: "The two agreed to meet again in Tokyo in the spring"
    r"|(?:agreed|agree|decided)\s+to\s+)?$"
)
_BARE_TWO_LEFT: Final = re.compile(
    # meeting.reported_the_three: "Y said that the three would meet again on May 22"
    r"(?:^|[,;]\s*(?:and\s+)?|\b(?:and|that|although|though|while|since|after|before|when)\s+)"
    f"({_BARE_TWO_RE}){_BARE_TWO_AFTER_RE}"
)
#: the part of _BARE_TWO_LEFT after what opens it: found (a letter first) in every window it matches in, several
#: times cheaper than the whole, which tries its three openings at every position
_BARE_TWO_TAIL: Final = re.compile(_BARE_TWO_RE + _BARE_TWO_AFTER_RE)
_BARE_TWO_WORDS: Final = required_words(_BARE_TWO_LEFT)
_DUE_IN: Final = re.compile(r"\b(?:due|expected) in [A-Z]")
_LOCATION_LEFT: Final = re.compile(
    r"\bin\s+(?:the\s+)?(?:[A-Z][\w]*['’]s\s+|(?:\w+\s+)?(?:capital|city|port city|town)(?:\s+of)?,?\s+)?$"
    # "will travel to Lima to meet ...", "flew to Doha, where ...", "visit Moscow"
    r"|\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?)(?: on)? to\s+$"
    r"|\bvisit(?:s|ed|ing)?\s+$"
    # meeting.visit_to_city: "paid a visit to Canberra": the city visited, as "visited Canberra"
    r"|\b(?:paid|pays|paying|made|makes|making|on)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to\s+$"
)
#: the words a match of _LOCATION_LEFT ends on, before its spaces ("in", "in the", "in Russia's", "in the capital,",
#: "travel to", "visited")
_LOCATION_LEFT_ENDS: Final = (
    *("in", "the", "'s", "’s", "capital", "city", "town", "of", ","),
    *("to", "visit", "visits", "visited", "visiting"),
)


def _location_left(text: str, lo: int, end: int) -> bool:
    """Does ``_LOCATION_LEFT`` match in ``text[lo:end]``? Every match ends in spaces after one of _LOCATION_LEFT_ENDS:
    a window that does not ("President ") is ruled out, and one ending in the word "in" matches, without the scan (it
    tries every position of the window)."""
    end = min(end, len(text))  # (as the regex reads an end past the text)
    if end <= lo or not text[end - 1].isspace():
        return False
    window = text[lo:end].rstrip()
    if not window.endswith(_LOCATION_LEFT_ENDS):
        return False
    i = lo + len(window) - 2
    if window.endswith("in") and i >= lo and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
        return True  # a word "in" before the spaces: the first alternative, nothing between "in" and its place
    return _LOCATION_LEFT.search(text, lo, end) is not None


@attr.s(auto_attribs=True, slots=True)
class MeetingDraft:
    """A meeting as it builds up over sentences (frozen into a models.Meeting at the end)."""

    participants: list[int]
    modality: str
    status: str
    sent: int
    evidence: list[Span] = attr.ib(factory=list)
    date: DateRef | None = None
    location: Place | None = None
    occasion: str | None = None
    topics: list[str] = attr.ib(factory=list)
    rules: list[str] = attr.ib(factory=list)
    separate: bool = False
    #: in person only because no word of the sentence said how ("X spoke with Y"): a call told of the same talk
    #: later says it ("X spoke with Y by phone on Friday"; meeting.modality_told_later)
    modality_assumed: bool = False

    def rule(self, name: str) -> None:
        if name not in self.rules:
            self.rules.append(name)


#: verbs that tell a meeting face to face by their own meaning ("met", "visited", "hosted"), not "spoke", "talked"
_IN_PERSON_LEMMAS: Final = frozenset({"meet", "visit", "host"})
#: verbs that do not say how the parties talked ("spoke with Y" may be by phone)
_UNSAID_LEMMAS: Final = frozenset({"speak", "talk"})


def sentence_modality(doc: Doc, span: Span, words: list[tuple[Hit, str]]) -> str:
    """The modality the meeting ``words`` of a sentence say: phone or video when one of them (or
    "by phone") says so, else in_person when one says that, else unknown."""
    lx = doc.lexicon
    # "by phone", "over the telephone": the regex is read only where the word is
    if doc.text.find("phone", span.start, span.end) >= 0 and _BY_PHONE.search(doc.text, span.start, span.end):
        return "phone"
    # meeting.virtually: "met Y virtually on Monday", "held talks by video link" (not "virtually all")
    if doc.text.find("virtual", span.start, span.end) >= 0 and _VIRTUALLY.search(doc.text, span.start, span.end):
        return "video"
    best = "unknown"
    for _h, low in words:
        mod = lx.meeting_nouns.get(low) or (lx.meeting_verbs.get(low) or ("", ""))[0]
        if mod in ("phone", "video"):
            return mod
        if mod == "in_person":
            best = mod
    return best


def _noun_modifiers(lx: Lexicon, text: str, start: int, noun: int) -> tuple[int, bool]:
    """Where the adjectives of ``meeting_modifier`` right before a meeting noun at ``noun`` start ("a
    trilateral meeting", "one-on-one talks"), and whether one says the meeting is of all the parties
    together ("trilateral": ``joint``)."""
    mods = lx.meeting_modifiers
    pos, joint = noun, False
    for _ in range(2):
        if pos - 1 <= start or text[pos - 1] != " ":
            break
        at = text.rfind(" ", start, pos - 1) + 1 or start
        kind = mods.get(text[at : pos - 1].lower())
        if kind is None:
            break
        pos, joint = at, joint or kind == "joint"
    return pos, joint


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
                ", and " in gap
                and (fw := WORD_AFTER_RX.match(doc.text, m.hi)) is not None
                and (cue := doc.lexicon.cues.get(fw.group(1))) is not None
                and cue.form != "participle"
            ):
                # meeting.clause_after_list: "talks between Iran and the P5+1, and X expressed pleasure ...": the
                # name after ", and" opens a clause of its own, no party
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
    if joins and not any(joins):
        return out[:1]
    return out


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


#: what says a list's meetings were one by one, right after it ("met the ambassadors of A, B and C individually")
_SEPARATELY_WORDS: Final = (" separately", " individually", " one by one")


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


def _own_object_span(doc: Doc, objs: list[Mention], key: int, span: Span, state: MeetingState) -> Span | None:
    """The stretch of a sentence an object after the first tells with its own venue and day: from the object to
    the next one ("... and Y in Quito on Wednesday, and Z ...")."""
    for i, m in enumerate(objs):
        if i and key in _keys(doc, m, state):
            return Span(m.lo, objs[i + 1].lo if i + 1 < len(objs) else span.end)
    return None


def _venue_preposition(gap: str) -> bool:
    """Whether ``gap`` ends with "in", "at", "in the" or "at the"."""
    words = gap.split()
    if words[-1:] == ["the"]:
        words.pop()
    return words[-1:] in (["in"], ["at"])


def _listed_country(lx: Lexicon, part: str) -> str | None:
    """The country one part of a list names ("Brazil", "the United Arab Emirates", "Senegal." at a sentence's end)."""
    part = part.strip().removeprefix("the ")
    return lx.country_of(part) or lx.country_of(part.rstrip("."))


def counterpart_entities(doc: Doc, subject: Entity | None, start: int, end: int) -> list[tuple[Entity, Span]]:
    """'his Kazakh, Pakistani and Indian counterparts' -> one unnamed entity per country."""
    if subject is None:
        return []
    m = _COUNTERPARTS.search(doc.text, start, end)
    if m is None:
        return []
    lst = m.group("list") or m.group("list2")
    parts = _COUNTERPART_ENTITIES_RX.split(lst)
    codes = [_listed_country(doc.lexicon, p) for p in parts]
    if m.group("list2") and any(c is None for c in codes):
        return _countries_then_names(doc, subject, m.start("list2"), end) or _counterparts_interleaved(
            doc, subject, m.start("list2"), end
        )
    if not parts or any(c is None for c in codes):
        return []
    if m.group("list") and len(codes) == 1 and m.group("role").endswith("s"):
        return []
    # "his Russian counterpart President Vladimir Putin": the name wins
    if (
        m.group("list")
        and not m.group("role").endswith("s")
        and any(
            mm.kind == "name" and m.start() <= mm.lo <= m.end() + 2
            for mm in doc.mentions_between(m.start(), m.end() + 80)
        )
    ):
        return []
    if m.group("list") and len(codes) >= 2 and doc.text.startswith(",", m.end()):
        named = _counterparts_named(doc, m.end(), len(codes))
        if named:
            # meeting.counterparts_named: "hosted his Polish and Lithuanian counterparts, X and Y": the names
            # in the apposition, in the order of the countries
            for e, code in zip(named, codes, strict=True):
                # a counterpart is never of the subject's own state: the apposition's country wins over one
                # the list's first title lent it ("Georgian Foreign Minister X hosted his Turkish and
                # Azerbaijani counterparts, Y and Z")
                if e.country is None or (e.country == subject.country and code != subject.country):
                    e.country = code
            doc.fire("meeting.counterparts_named", m.start(), m.end(), ", ".join(e.name for e in named))
            return [(e, Span(m.start(), m.end())) for e in named]
    role = subject.role_head or "Counterpart"
    if role in ("Counterpart", "Diplomat", "Official"):
        role = "Foreign Minister"
    out = []
    for code in codes:
        assert code is not None
        out.append((unnamed_entity(doc, role, code, "actor.counterparts"), Span(m.start(), m.end())))
    doc.fire("actor.counterparts", m.start(), m.end(), ", ".join(c for c in codes if c))
    return out


_NAME_LIST_JOIN: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


_COUNTRY_COMMA: Final = re.compile(r"(?:and\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),\s*")


_CP_COUNTRY: Final = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def _countries_then_names(doc: Doc, subject: Entity, pos: int, end: int) -> list[tuple[Entity, Span]]:
    """meeting.counterparts_from_named: "held a video call with her counterparts from Peru, Chile and Bolivia, X, Y
    and Z": the states, then the names of their ministers in the same order (two pairs or more)."""
    text = doc.text
    codes: list[str] = []
    at = last = pos
    while len(codes) < 8:
        cm = _CP_COUNTRY.match(text, at, end)
        if cm is None or (code := doc.lexicon.country_of(cm.group())) is None:
            break
        codes.append(code)
        last = cm.end()
        jm = _NAME_LIST_JOIN.match(text, last, end)
        if jm is None:
            break
        at = jm.end()
    if len(codes) < 2 or len(set(codes)) != len(codes) or subject.country in codes or not text.startswith(",", last):
        return []
    named = _counterparts_named(doc, last, len(codes))
    if not named:
        return []
    for e, code in zip(named, codes, strict=True):
        if e.country is None or e.country == subject.country:
            e.country = code
    doc.fire("meeting.counterparts_from_named", pos, last, ", ".join(e.name for e in named))
    return [(e, Span(pos, last)) for e in named]


def _counterparts_interleaved(doc: Doc, subject: Entity, pos: int, end: int) -> list[tuple[Entity, Span]]:
    """meeting.counterparts_interleaved: "met with her counterparts from Peru, X, and Brazil, Y": each state
    followed by the name of its minister (two pairs or more)."""
    out: list[tuple[Entity, Span]] = []
    at = pos
    mentions = doc.mentions_between(pos, min(end, pos + 300))
    while len(out) < 8:
        cm = _COUNTRY_COMMA.match(doc.text, at, end)
        if cm is None or (code := doc.lexicon.country_of(cm.group("c"))) is None or code == subject.country:
            break
        mm = next((x for x in mentions if x.lo == cm.end()), None)
        if mm is None or mm.kind != "name":
            break
        refs = doc.refs_of(mm)
        if len(refs) != 1 or doc.entity(refs[0]).kind != "person":
            break
        e = doc.entity(refs[0])
        if e.country is None:
            e.country = code
        out.append((e, Span(cm.start(), mm.hi)))
        jm = _NAME_LIST_JOIN.match(doc.text, mm.hi, end)
        if jm is None:
            break
        at = jm.end()
    if len(out) < 2 or len({e.key for e, _ in out}) != len(out):
        return []
    doc.fire("meeting.counterparts_interleaved", pos, out[-1][1].end, ", ".join(e.name for e, _ in out))
    return out


def _joint_told(doc: Doc, span: Span, triggers: list[tuple[Hit, str]]) -> bool:
    """Does the sentence call a meeting of its own one of all the parties ("in the first trilateral meeting on
    the border", "a three-way call"; meeting_modifier ``joint``)?"""
    lx = doc.lexicon
    return any(low in lx.meeting_nouns and _noun_modifiers(lx, doc.text, span.start, h.start)[1] for h, low in triggers)


def _member_list_keys(doc: Doc, m: Mention) -> list[int]:
    """The members of one mention of several states' role-holders ("the foreign ministers of A, B and C"):
    for each state, the one person of it the mention refers to, else its unnamed role-holder; [] when
    the mention is no such list."""
    if m.kind != "unnamed" or len(m.members) < 2 or not m.role:
        return []
    refs = [doc.entity(k) for k in doc.refs_of(m)]
    out: list[int] = []
    for code in m.members:
        fits = [
            e for e in refs if e.kind == "person" and e.country == code and (e.unnamed or _holds(e, m.role.lower()))
        ]
        out.append(fits[0].key if len(fits) == 1 else unnamed_entity(doc, m.role, code).key)
    return list(dict.fromkeys(out)) if len(set(out)) == len(m.members) else []


def _counterparts_named(doc: Doc, pos: int, count: int) -> list[Entity]:
    """The ``count`` named persons of the apposition at ``pos`` (", X and Y"), or [] when it is not one."""
    out: list[Entity] = []
    at = pos
    text = doc.text
    mentions = doc.mentions_between(pos, min(len(text), pos + 200))
    while len(out) < count:
        jm = _NAME_LIST_JOIN.match(text, at)
        if jm is None:
            return []
        mm = next((x for x in mentions if x.lo >= jm.end()), None)
        if mm is not None and mm.lo == jm.end():
            refs = doc.refs_of(mm)
            if mm.kind != "name" or len(refs) != 1 or doc.entity(refs[0]).kind != "person":
                return []
            out.append(doc.entity(refs[0]))
            at = mm.hi
            continue
        if (e := _apposition_name(doc, jm.end(), mm.lo if mm is not None else len(text))) is None:
            return []
        out.append(e)
        at = e.mentions[-1][1]
    if len(out) != count or len({e.key for e in out}) != count or not _APPOS_LIST_END.match(text, at):
        return []
    return out


#: a name no actor rule read: two to four capitalised words ("Kerem Aydınlı", "Henrique Lacerda Motta")
_BARE_NAME: Final = re.compile(
    r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?(?: [A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?){1,3}"
)
#: where a list of names in apposition ends: a comma, the sentence's end, or a phrase of time or place
_APPOS_LIST_END: Final = re.compile(r",|\.|;|\s+(?:on|in|at|for|to|during|via|by|last|this|earlier)\b|$")


def _apposition_name(doc: Doc, pos: int, limit: int) -> Entity | None:
    """meeting.counterparts_bare_name: the person named at ``pos`` in a counterparts' apposition when no actor rule
    read the name ("his Turkish and Uzbek counterparts, Kerem Aydınlı and Jasur Toshmatov,"): the person of that
    family name the article knows, else a new one."""
    nm = _BARE_NAME.match(doc.text, pos, limit)
    if nm is None:
        return None
    lx = doc.lexicon
    words = nm.group().split()
    if any(w.lower() in lx.roles or lx.country_of(w) is not None or w in lx.places for w in words):
        return None
    name = nm.group()
    e = next(
        (x for x in doc.entities if x.kind == "person" and not x.unnamed and x.name.split()[-1] == words[-1]), None
    )
    if e is None:
        e = doc.new_entity("person", name)
    e.add((nm.start(), nm.end()), "meeting.counterparts_bare_name")
    doc.fire("meeting.counterparts_bare_name", nm.start(), nm.end(), name)
    return e


def unnamed_entity(doc: Doc, role: str, country: str, rule: str = "actor.unnamed_list") -> Entity:
    """The unnamed role-holder "<Role> of <Country>" ("Foreign Minister of Oman"), made once."""
    name = f"{role} of {doc.lexicon.of_country(country)}"
    if name in doc.unnamed:
        e = doc.entity(doc.unnamed[name])
    else:
        e = doc.new_entity("person", name, country=country, role=role, unnamed=True, role_head=role)
        doc.unnamed[name] = e.key
    if rule not in e.rules:
        e.rules.append(rule)
    return e


def location_in(doc: Doc, start: int, end: int) -> Place | None:
    lx = doc.lexicon
    for h in doc.names_between(start, end):
        # a capital that is also the name of its state in the lexicon ("Washington") is a place too
        if h.end > end or (h.table != "place" and not (h.table == "country" and h.text in lx.places)):
            continue
        if _location_left(doc.text, max(start, h.start - 40), h.start) or (
            # meeting.opening_place: "In Wellington, X will hold talks with Y": the sentence opens with the place
            h.start - start < 12 and _OPENING_IN.fullmatch(doc.text, start, h.start)
        ):
            return Place(h.text, lx.places[h.text][0], Span(h.start, h.end))
    # meeting.venue: "received Rubio at Al-Yamamah Palace", "at the Bayan Palace"
    v = _VENUE_RX.search(doc.text, start, end)
    if v is not None:
        return Place(v.group(1), None, Span(v.start(1), v.end(1)))
    # meeting.here: "held talks here" in agency copy is the dateline's city ("PUTRAJAYA, Jan 16 (Bernama) --")
    if _HERE_RX.search(doc.text, start, end):
        return dateline_place(doc)
    return None


_OPENING_IN: Final = re.compile(r"\W{0,2}In\s+(?:the\s+)?")
#: meeting.gazetteer_city: a capitalised span after "in", "travel to", "visit" (``_LOCATION_LEFT``) that names a
#: city of the gazetteer (``city.tsv``, GeoNames): "met in Tapachula", "in the port city of Benguela"; words
#: joined by "de", "do", "del" ("Foz do Iguaçu")
_CITY_SPAN: Final = re.compile(
    # "\b(?:[Ii]n|to|visit(?:s|ed|ing)?)" written letter first: a class of first letters opens the pattern, so the
    # engine skips from candidate to candidate; look-behinds check the word start and which letter it was
    r"[Iitv](?<!\w.)(?:(?<=[Ii])n|(?<=t)o|(?<=v)isit(?:s|ed|ing)?)\s+(?:the\s+(?:[\w-]+\s+)?(?:capital|city|town)(?:\s+of)?,?\s+)?"
    r"(?P<place>(?:St\.|[A-Z][\w’'-]*)(?:[ -](?:(?:d[aeo]s?|del|el|al|es|la)[ -])?(?:St\.|[A-Z][\w’'-]*)){0,3})"
)


#: another activity joined by "and" before a city: "will meet X on Thursday and tour a plant in Hsinchu"
_OTHER_ACTIVITY: Final = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?[a-z]+\s+(?:a|an|the|its|his|her|their)\s")
#: the next meeting's place, told with a held one's: "agreed to hold the next meeting in Kupang"
_NEXT_ONE: Final = re.compile(r"\bnext\b[^.;,]*$")


def gazetteer_city(
    doc: Doc, start: int, end: int, near: tuple[str | None, ...] = (), held: bool = False
) -> Place | None:
    """meeting.gazetteer_city: the first city of the gazetteer told as a place in ``[start, end)`` (see
    ``_CITY_SPAN``), with its state (of several cities of the name, the one in a state of ``near``): the longest
    leading words of the capitalised span that name one, unless the span ends in a possessive ("in Santiago
    Pena's office") or holds a name another rule read (a person's, a country's). Not a city told after another
    activity joined by "and" ("will meet X and tour a plant in Hsinchu") nor, for a ``held`` meeting, the place of
    the next one ("agreed to hold the next meeting in Kupang")."""
    text = doc.text
    for place in gazetteer_cities(doc, start, end, near):
        assert place.span is not None
        if _OTHER_ACTIVITY.search(text, start, place.span.start) or (
            held and _NEXT_ONE.search(text, max(start, place.span.start - 60), place.span.start)
        ):
            continue
        return place
    return None


def gazetteer_cities(doc: Doc, start: int, end: int, near: tuple[str | None, ...] = ()) -> Iterator[Place]:
    """Every city of the gazetteer told as a place in ``[start, end)`` (:func:`gazetteer_city`), in text order;
    a city of the small table (``capital``) is location_in's, not one of these."""
    text, lx = doc.text, doc.lexicon
    for m in _CITY_SPAN.finditer(text, start, end):
        s0, e0 = m.span("place")
        if e0 > end or m.group("place").endswith(("'s", "’s", "'", "’")):
            continue  # "in Santiago Pena's absence": a person's
        if not _location_left(text, s0 - 40 if s0 - 40 > start else start, s0) and not (
            s0 - start < 12 and _OPENING_IN.fullmatch(text, start, s0)  # "In Tapachula, X held talks with Y"
        ):
            continue
        # the span ends where a name another rule read starts ("In Tapachula President X met ...")
        cut = e0
        for h in doc.names_between(s0 - 80 if s0 > 80 else 0, e0):
            if h.end > s0:
                cut = h.start if h.start < cut else cut
        for x in doc.mentions_between(s0 - 80 if s0 > 80 else 0, e0):
            # (a lone capitalised word the actor rules hold as a possible name may be the city itself)
            if x.end > s0 and x.kind in ("name", "desc") and not (x.lo == x.start and lx.is_city(x.text)):
                cut = x.lo if x.lo < cut else cut
        words = text[s0:cut].split()
        if not words:
            continue
        if words[0].lower() in DAY_AND_MONTH_WORDS:
            continue
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name in lx.places:
                break  # a city of the small table: location_in's
            if lx.is_city(name):
                # of several cities of the name in different states, none the largest by far: no state ("Valencia")
                yield Place(name, lx.city_country(name, (*near, doc.home)), Span(s0, s0 + len(name)))
                break


def dateline_place(doc: Doc) -> Place | None:
    found = doc.memo.get("dateline_place", False)
    if found is False:
        found = None
        dm = _DATELINE_RX.search(doc.text, 0, min(len(doc.text), 2000))
        if dm is not None:
            name = _caps_name(dm.group(1))
            if doc.lexicon.is_city(name):
                found = Place(name, doc.lexicon.city_country(name, (doc.home,)), Span(dm.start(1), dm.end(1)))
        doc.memo["dateline_place"] = found
    return found  # type: ignore[return-value]


def topics_in(doc: Doc, start: int, end: int) -> list[str]:
    lx = doc.lexicon
    # (the words that start in the span, read in place: the topic verb is near the first ones, and no list of those
    # that also end in it is made first)
    for h in doc.words_between(start, end):
        if h.end > end:
            continue
        low = h.text.lower()
        if low in lx.topic_verbs and not low.endswith("ing"):
            pos = h.end
            m = _TOPICS_IN_RX1.match(doc.text[pos:end])
            if m:
                pos += m.end()
            tail = doc.text[pos:end]
            stop = (_TOPICS_END if holds_any(tail, _TOPICS_END_WORDS) else _TOPICS_STOP).search(tail)
            # (none: the tail's end, where "$" matches, before a last line break)
            body = tail[: stop.start() if stop is not None else len(tail) - 1 if tail.endswith("\n") else len(tail)]
            body = body.strip().rstrip(",")
            parts = [p.strip() for p in (_TOPICS_IN_RX2 if "as well as" in body else _TOPICS_IN_COMMA).split(body)]
            return [p for p in parts if p and len(p) < 200][:8]
    return []


#: the name of a talks' format before its noun: "a Japan-Canada Foreign Ministers’ (telephone) talk"
#: (a capital opens the pattern, checked for a word start after it: a class the regex engine skips to, where a
#: leading "\b" is tried at every position)
_PAIR_FORMAT_LEFT: Final = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w]+-[A-Z][\w]+(?:\s+[A-Z][\w]+){0,3}[’']\s+(?:[a-z-]+\s+){0,2}$"
)
_HOLD_LEFT: Final = re.compile(
    # ("will have a bilateral meeting with Y", "is to have talks with Y")
    r"\b(?:held|holds|hold|holding|had|has had|have had|(?:will|would|shall|to) have|made|make|conducted|"
    r"was speaking|spoke|speaking|"
    # meeting.attended_meeting: "X attended a bilateral meeting with Y": X took part in it ("A and B attended the
    # meeting": one the text told before, which they joined)
    r"paid|pay|pays|paying|(?:attended|attends|attend|attending)(?=\s+an?\s))"
    # meeting.next_round: "agreed to hold the next round of the strategic dialogue in Beijing"
    r"(?:\s+(?:an?|the)\s+(?:next|new|first|second|third|fourth|fifth|\w+th)\s+(?:round|session)\s+of)?"
    # meeting.quoted_modifier: 'held "frank, substantive and constructive" talks with Y'
    r"(?:\s+[\w-]+){0,4}?(?:\s+[\"“][^\"”\n]{1,60}[\"”])?\s+$"
)
#: a word every match of _HOLD_LEFT holds, those holding another left out ("held", "spoke", ...): tested before its scan
_HOLD_WORDS: Final = innermost(required_words(_HOLD_LEFT))
#: meeting.speaking_after_talks: "Speaking after talks with Y in Lima, X said ...": the main clause's subject
_SPEAKING_LEFT: Final = re.compile(
    r"(?:^|,\s*)(?:Speaking|Talking|Addressing (?:reporters|journalists|the press|a news conference))\s+"
    r"(?:to (?:reporters|journalists|the press|[A-Z]\w+ media)\s+)?(?:after|following|at the end of)\s+"
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
_TRIP_RX: Final = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went) to\s+"
    r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"|\bvisit(?:s|ed|ing)?\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
_TRIP_SOURCE: Final = r"\b(?:travel|fly|head|visit|expected in|due in|arrive in)"
#: _TRIP_SOURCE letter first (as _CITY_SPAN); its words are read from the source (look-behinds split them)
_TRIP_GATE: Final = re.compile(
    r"[tfhveda](?<!\w.)(?:(?<=t)ravel|(?<=f)ly|(?<=h)ead|(?<=v)isit|(?<=e)xpected in|(?<=d)ue in|(?<=a)rrive in)"
)
_TRIP_WORDS: Final = required_words(_TRIP_SOURCE)
#: "is expected in Brussels for a NATO summit"; ``{words}``: the ``occasion_noun`` table
_OTHER_OCCASION_RE: Final = r"[^.;]{0,80}?\b(?:{words}|talks\s+with|meeting\s+(?:of|with)|meet)"
_GATHERING_AFTER: Final = re.compile(r"[^.;]{0,40}?\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\b")
_ARRIVE_FOR_VISIT: Final = re.compile(
    r"[^.;]{0,60}?\b(?:for|on)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|talks)\b"
)
_PLACE_RE: Final = r"(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_TRIP_PLANNED_RX: Final = re.compile(
    # meeting.trip_reported: "is to travel to Lima", "said he would travel to Lima in May to continue the talks"
    r"(?P<trip>\b(?:will|would|(?:is|are)(?: also)?(?: (?:scheduled|set|expected|due|slated|going))? to)(?: also)? "
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
    + r"|\b(?:(?:state|official|working) )?visit (?P<by>by|of)\s+[^,.;]{3,80}?(?P<to>\s+to\s+)"
    + _PLACE_RE.replace("place", "place2", 1)
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
_PLANNED_VISIT_RIGHT: Final = re.compile(
    r"[^.;,]{0,30},?\s+(?:which (?:is|was) (?:expected|scheduled|planned|due)|(?:scheduled|planned|set|slated) for)\b"
)
#: meeting.spoke_about_talks: a topic preposition between "spoke" and the meeting noun
_TOPIC_PREP_IN: Final = re.compile(r"^(?:spoke|speaking|was\s+speaking)\b.*\s(?:about|regarding|concerning|on)\s")
#: meeting.noun_own_with: a meeting noun of its own before the verb's "with": "receive X after his talks with"
_NOUN_WITH_TAIL: Final = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|meetings|conversation)\s+with\s+$"
    # (meeting.noun_own_with too) "X met Y and later held talks with Z", "met Y and consulted with Z": the "with" of a
    # second verb after "and", Y the first one's object
    r"|\band\s+(?:(?:later|also|then)\s+)?(?:(?:held|had|holds|has|conducted)\s+(?:[\w-]+\s+)?"
    r"(?:talks|meetings?|discussions?|consultations?)|consult(?:ed|s)?|conferred|spoke|talked)\s+with\s+$"
)
_COURTESY_OBJECT: Final = re.compile(r"\s+(?:on|to|upon)\s+")
#: meeting.said_after_talks: "X said after talks with Y", "X told reporters following a meeting with Y"
_CUE_AFTER_LEFT: Final = re.compile(
    # ("He said this to journalists after talks with Y": what was said, then to whom)
    r"\b([a-z]+)(?:\s+(?:this|that|so|it))?"
    r"(?:\s+(?:to\s+)?(?:reporters|journalists|the press|the media|a news conference))?"
    # meeting.said_day_after_talks: "X announced on Wednesday after a telephone conversation with Y"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday))?\s+(?:after|following|at the end of)\s+"
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
#: meeting.said_in_meeting: "X stated in a meeting with Y that ...", "X stressed during a phone call with Y":
#: a cue told in the talk, the noun after its verb (no fronted phrase)
_CUE_IN_LEFT: Final = re.compile(
    r"\b([a-z]+)(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday))?\s+(?:in|during)\s+(?:an?|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
#: (a period only after an abbreviated word such as a month's: "met on Sept. 16 with Y"; meeting.abbrev_gap)
_WITH_AFTER: Final = re.compile(r"(?:[^.;,“”\"]|" + ABBREV_PERIOD + r"){0,60}?\bwith\s+")
#: a character _WITH_AFTER never steps over (its periods aside): no match "with" lies past the first
_WITH_AFTER_STOP: Final = re.compile(r"[;,“”\"]")
#: the start of every match of _WITH_AFTER's "with\s+" (a literal first: the engine skips to its candidates)
_WITH_SPACE: Final = re.compile(r"with\s")


def _with_after(text: str, pos: int, end: int) -> re.Match[str] | None:
    """``_WITH_AFTER.match(text, pos, end)``, with no match tried when no "with" and a space (not "within") stands
    within reach before a character the lazy scan cannot step over: the scan would try all its 60 steps first."""
    stop = _WITH_AFTER_STOP.search(text, pos, pos + 64)
    # (a "with" at pos + 60 at the latest, its space at pos + 64; before the stop, which is no space)
    if _WITH_SPACE.search(text, pos, stop.start() if stop is not None else pos + 65) is None:
        return None
    return _WITH_AFTER.match(text, pos, end)


#: meeting.with_set_off: ", Tuesday in Rabat, with ", ", on Monday, with ": a day (and place) set off by commas
#: the finite cue right before "visiting" (meeting.told_visiting)
_CUE_BEFORE_RX: Final = re.compile(r"\b([a-z]+)\s+$")
#: other talks with someone, the topic of a verb of talks (meeting.topic_talks_with)
_TOPIC_TALKS_WITH: Final = re.compile(
    r"\b(?:(?:about|over|regarding|concerning)\s+(?:the\s+|their\s+)?|on\s+(?:the|their)\s+)"
    r"(?:(?!to\s)[\w+.-]+\s+){0,3}?(?:talks|negotiations|meetings?)\s+with\s+$"
)
#: the actor rules of names told after a plural title of their states, each with its own
_RESPECTIVE_RULES: Final = frozenset({"actor.respective_counterparts", "actor.respective_names"})
#: a second "with" between a meeting's objects (meeting.and_with)
_WITH_AGAIN: Final = re.compile(r"(?:,?\s+and|,?\s+as well as)\s+with\s")
_WITH_SET_OFF: Final = re.compile(
    r"(?:,\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?),\s+with\s+"
)
#: meeting.discussed_long_with: a topic verb's "with" after a long topic (commas allowed)
_FAR_WITH: Final = re.compile(r"[^.;“”\"]{0,160}?\bwith\s+(?=(?:his|her|their|the)\s|[A-Z])")
#: meeting.acronym_between: "Foreign Office Consultations (FOC) between the two countries": the talks' acronym
_BETWEEN_AFTER: Final = re.compile(
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?:(?:held|conducted)\s+)?"
    # meeting.held_between: "a telephone conversation took place between X and Y", "a meeting was held between X
    # and Y": the passive or "took place" before "between"
    r"(?P<held>(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:held|conducted)|took\s+place|"
    r"has\s+taken\s+place|had\s+taken\s+place|"
    # meeting.held_between told ahead: "A virtual meeting will take place between X and Y on Dec 17"
    r"will\s+(?:take\s+place|be\s+held)|is\s+(?:to\s+take\s+place|to\s+be\s+held|scheduled\s+to\s+take\s+place))\s+)?"
    r"between\s+"
)
#: meeting.passive_talks: "Talks were held in Accra on Monday between X and Y", "following talks in
#: Dili on Wednesday between X and Y", "A phone call took place on Monday between X and Y": the place and day
#: may come before "between"
_PASSIVE_BETWEEN: Final = re.compile(
    r"\s+(?:(?:were|was|have been|had been|are being)\s+)?(?:(?:held|conducted|took\s+place)\s+)?"
    r"(?:(?:in|at|on|last|this|earlier|late|early)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3}\s+){1,3}"
    r"between\s+"
)
_WITH_NAME: Final = re.compile(r" with (?:the )?[A-Z]")
#: a stretch of a fronted meeting phrase after one of its commas: a name or title (the object's apposition), a
#: place or a day ("in the Chinese capital, Beijing, on Monday,"), never a clause's verb
_FRONT_TAIL_PART: Final = re.compile(
    r"\s+(?:(?:in|at|on)\s+)?(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w’'.-]*|of|and|for|[a-z]+['’]s|[\d]+|foreign|minister|"
    r"president|prime|capital|city|counterpart)(?:\s+(?:[A-Z][\w’'.-]*|of|and|for|the|in|at|on|\d+|[a-z]+\s+minister|minister|"
    r"counterpart|president|capital|city|morning|afternoon|evening))*,"
)
_FRONT_NOUN: Final = re.compile(
    # ("On the sidelines of a meeting with Y, X said": the meeting is X's)
    r"(?:^|,\s*|\b[Ii]n\s+|\b[Dd]uring\s+|\bsidelines\s+of\s+)(?:an?|separate|two)\s+(?:\w+\s+){0,2}$"
    r"|(?:^|,\s*)(?:After|Before|Upon|Following|During|In)\s+(?:(?:an?|the|his|her|their)\s+)?(?:\w+\s+){0,2}$"
    # ("At the meeting with Y, the sides pointed out ...": "at" with any determiner; with no "with Y" after
    # the noun nothing here makes a party of the subject)
    r"|(?:^|,\s*)At\s+(?:their|the|his|her|an?)\s+(?:\w+\s+){0,2}$"
)
#: a sentence that opens with the press conference a meeting was followed by, before the meeting's noun
_CONFERENCE_AFTER_LEFT: Final = re.compile(
    r"\W*(?:In|At|During)\s+(?:an?|the|his|her|their)\s+(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)"
    r"\s+(?:following|after)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+){0,2}$"
)
#: the words one of which _FRONT_NOUN reads among the last three words (a determiner) or four (an opener) of a match
_FRONT_NOUN_DETS: Final = frozenset({"a", "an", "separate", "two"})
_FRONT_NOUN_OPENERS: Final = frozenset({"After", "Before", "Upon", "Following", "During", "In", "At"})


def _front_noun(window: str) -> bool:
    """Does _FRONT_NOUN match in ``window``? Its words come last, before at most two others: a window whose last
    words (commas read as spaces) hold none of them is ruled out without the scan, which tries every position."""
    words = window.replace(",", " ").split()
    if _FRONT_NOUN_DETS.isdisjoint(words[-3:]) and _FRONT_NOUN_OPENERS.isdisjoint(words[-4:]):
        return False
    return _FRONT_NOUN.search(window) is not None


#: adverbs of a habit: "has been continuously holding talks" (meeting.habitual)
_HABIT_ADVERBS: Final = "continuously|regularly|constantly|routinely|frequently|always"
_HYPOTHETICAL: Final = re.compile(
    r"\b(?:whether|if|may|might|could|would not|will not|won't|not|never|no plans? (?:to|for)|refused to|"
    r"declined to|ruled out|rejected|invit(?:ed|es|ing|ation)|"
    # meeting.denied: "Tehran denied any scheduled meeting between A and B", "there were no talks between A and B"
    r"den(?:y|ies|ied|ying)|there (?:was|were|is|are|will be|has been|have been) no|"
    # meeting.required_talks: "the dispute requires direct dialogue between A and B", "a cautious stance on the
    # holding of a summit between A and B": talks wished for or weighed, none held
    r"requir(?:e|es|ed|ing)|(?:stance|position)(?:\s+of\s+[^,.;]{1,40}?)?\s+on|"
    # meeting.weighed_talks: "to discuss the potential of resuming peace talks between A and B", "the prospects for
    # talks between A and B": talks weighed, none held
    r"(?:potential|possibility|prospects?|chances?|feasibility)\s+(?:of|for)|"
    # meeting.hoped_for: "We hope Prime Minister X will make his first visit to Y soon": a wish, no plan told
    r"hop(?:e|es|ed|ing)\s+(?:that\s+)?(?=[A-Z])|"
    # meeting.plan_undone: "X had been due to make her first visit to Tallinn, but was unwell", "X was supposed to
    # meet Y": a plan told in the past perfect or as an obligation did not come about
    r"had been (?:due|scheduled|expected|set|slated|supposed|planning) to|(?:was|were) (?:supposed|meant) to|"
    # meeting.habitual: "Iran has been continuously holding diplomatic talks with Japan": talks as a practice, none
    # held on a day told (the verb's own trigger: _HABITUAL_LEFT)
    r"ha(?:s|ve) been (?:" + _HABIT_ADVERBS + r") holding)"
    r"\b[^.;,]{0,60}$"
    # meeting.appeal_to_meet: "Britain is urging Pakistan and India to talk", "called on both sides to hold talks":
    # an appeal for a talk tells of none
    r"|\b(?:urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|upon)|"
    r"appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?)\b[^.;,]{0,60}\bto\s+(?:[a-z]+\s+)?$"
    # meeting.appeal_for_talks: "urged regular meetings between the two countries", "called for direct talks between
    # A and B": the talks asked for are none held
    r"|\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|the\s+need\s+for)\s+"
    r"(?:(?:an?|the|more|regular|further|new|direct|continued|frequent|periodic|high-level)\s+){0,2}$"
)
#: meeting.joint_host_event: what a joint "host" holds when it is an event, not a guest: "the 2026 ...", "an
#: international forum"
_HOST_EVENT: Final = re.compile(
    r"\w*\s+(?:the|an?)\s+(?:\d{4}\s+|[\w-]+\s+){0,6}?(?:[Ee]xchange|[Ff]orum|[Cc]onference|[Ee]xhibition|[Ff]estival|"
    r"[Gg]ames|[Cc]ongress|[Ss]eminar|[Ww]orkshop|[Ee]xpo|[Tt]ournament|[Cc]up|[Ss]ymposium|[Ff]air|[Ee]vent)\b"
)
#: meeting.joint_writings: where a topic verb's subjects wrote or spoke to others, each on their own
_JOINT_WRITINGS: Final = re.compile(
    r"\b(?:in|on)\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:blogs?|blog\s+posts?|posts|articles?|columns?|"
    r"op-eds?|essays?|books?|podcasts?|speeches|interviews|social\s+media\s+accounts?)\b"
)
#: a word every match of _JOINT_WRITINGS holds ("blog", "article", "interviews", ...)
_JOINT_WRITINGS_WORDS: Final = innermost(required_words(_JOINT_WRITINGS))
#: meeting.called_to_meet: "called Armenia to hold peace talks with Azerbaijan": an appeal without "on"
_CALLED_TO: Final = re.compile(r"\bcall(?:s|ed|ing)?\s+(?!on\b|upon\b|for\b)[^.;,]{1,60}?\bto\s+$")
_CALLED_TO_VERBS: Final = ("hold", "meet", "resume", "start", "begin", "engage", "sit ", "negotiat", "enter")
_VIRTUALLY: Final = re.compile(
    r"\bvirtually(?=\s*(?:[,.;]|$|\s+(?:on|in|at|from|last|this|earlier|today|yesterday|due|because|amid|with|and|as|for)\b))"
)
#: "\b(?:by|over the|over|via|on the) (?:tele)?phone\b", letter first (as _CITY_SPAN)
_BY_PHONE: Final = re.compile(r"[bov](?<!\w.)(?:(?<=b)y|(?<=o)ver the|(?<=o)ver|(?<=v)ia|(?<=o)n the) (?:tele)?phone\b")
_POSSESSIVE_LEFT: Final = re.compile(
    r"['’]s?\s+(?:(?:first|second|last|recent|latest|separate|"
    # meeting.possessive_planned: "Petro's impending meeting with Y", "X's upcoming talks with Y": planned
    r"upcoming|forthcoming|planned|impending|expected|proposed|scheduled)\s+"
    # meeting.on_the_agenda: "Lavrov's agenda includes talks with Y": the agenda's owner holds them
    r"|(?:agenda|programme|program|schedule|itinerary)\s+(?:also\s+)?(?:includes?|will\s+include|features?)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2})?$"
)


@attr.s(auto_attribs=True, slots=True)
class MeetingState:
    """What the meeting rules remember from sentence to sentence."""

    drafts: list[MeetingDraft] = attr.ib(factory=list)
    #: a phone or video talk told before its parties are ("In a telephone conversation, two
    #: diplomats held talks ..."): (modality, sentence, date)
    pending: tuple[str, int, DateRef | None] | None = None
    #: the last single person who spoke, and in which sentence ("he stressed" is most often them)
    last_speaker: tuple[int, int] | None = None

    @property
    def last(self) -> MeetingDraft | None:
        """The last meeting told, but for a next round of states (meeting.next_round_states, meeting.states_format):
        "Both ministers announced that the A-B commission will be convened in May" keeps the ministers' talks the
        one "both ministers" and "the two" refer to."""
        for d in reversed(self.drafts):
            if _states_round(d):
                continue
            return d
        return None


def _states_round(d: MeetingDraft) -> bool:
    """Is ``d`` a planned meeting of states that only a next round or a format of them tells of?"""
    return d.status == "planned" and (
        "meeting.next_round_states" in d.rules
        or "meeting.states_format" in d.rules
        or "meeting.delegated_meeting" in d.rules
    )


def relative_pronoun_subject(doc: Doc, m: Mention) -> list[int]:
    """coref.relative_pronoun: "X visited Singapore, where he met Y", "X called Y, during which he warned":
    the pronoun is the subject of the sentence's main clause."""
    if (
        m.kind != "pronoun"
        or m.plural
        or not _REL_PRONOUN_LEFT.search(doc.text, m.start - 20 if m.start > 20 else 0, m.start)
    ):
        return []
    span = doc.sentences[m.sent]
    # coref.visit_by_where: "ahead of a visit by X to Amman, where he is due to meet Y": the visitor
    vb = _VISIT_BY_WHERE.search(doc.text, m.start - 160 if m.start - 160 > span.start else span.start, m.start)
    if vb is not None:
        for cand in doc.mentions_between(vb.end(), m.start):
            keys = doc.refs_of(cand)
            near = cand.lo - vb.end() < 3
            if cand.kind in ("name", "desc") and near and keys and doc.entity(keys[0]).kind == "person":
                doc.entity(keys[0]).add((m.start, m.end), "coref.visit_by_where")
                return [keys[0]]
            break
    if doc.text.find("where", m.start - 12 if m.start > 12 else 0, m.start) >= 0:
        for cand in doc.mentions_between(m.start - 160 if m.start - 160 > span.start else span.start, m.start):
            keys = doc.refs_of(cand)
            if (
                cand.kind in ("name", "desc")
                and cand.possessive
                and keys
                and doc.entity(keys[0]).kind == "person"
                and _POSS_VISIT_WHERE.match(doc.text, cand.end, m.start) is not None
            ):
                doc.entity(keys[0]).add((m.start, m.end), "coref.visit_by_where")
                return [keys[0]]
    for first in doc.mentions_between(span.start, m.start):
        if first.kind in ("name", "desc", "unnamed") and first.lo - span.start < 40 and subjectish(doc, first):
            keys = doc.refs_of(first)
            if not keys and first.kind == "desc" and first.country and first.role:
                # coref.relative_unnamed: "Brazil's foreign minister visited Kenya, where he met Y": an unnamed
                # role-holder is the main clause's subject
                role = first.role if first.role not in ("Counterpart", "Diplomat", "Official") else "Foreign Minister"
                keys = (unnamed_entity(doc, role, first.country, "actor.unnamed_role").key,)
            if (rep := _REPORTED_AFTER.match(doc.text, first.hi, m.start)) is not None:
                # coref.reported_where: "The spokesman said X will travel to Lima, where he will meet Y":
                # the pronoun is the reported clause's subject, not the speaker
                nxt = next((x for x in doc.mentions_between(rep.end(), m.start)), None)
                if nxt is None or nxt.kind not in ("name", "desc") or nxt.lo - rep.end() > 3:
                    return []
                keys = doc.refs_of(nxt)
                if keys and doc.entity(keys[0]).kind == "person":
                    doc.entity(keys[0]).add((m.start, m.end), "coref.reported_where")
                    return [keys[0]]
                return []
            if keys and doc.entity(keys[0]).kind == "person":
                doc.entity(keys[0]).add((m.start, m.end), "coref.relative_pronoun")
                return [keys[0]]
        break
    return []


def _keys(doc: Doc, m: Mention, state: MeetingState) -> list[int]:
    if m.kind == "pronoun":
        if rel := relative_pronoun_subject(doc, m):
            return rel
        if m.rule != "coref.honorific" and state.last_speaker is not None and m.sent - state.last_speaker[1] <= 3:
            own = doc.refs_of(m)
            if (
                len(own) == 1
                and own[0] != state.last_speaker[0]
                and _opened_since(doc, own[0], state.last_speaker[1], m.sent)
            ):
                # meeting.pronoun_last_subject: "Y said A. X arrived on Monday. He is to call on Z": the person a
                # sentence opened with since the last speaker spoke is whom "he" is
                return [own[0]]
            return [state.last_speaker[0]]
    if refs := doc.refs.get((m.start, m.end)):
        return list(refs)
    if m.kind == "unnamed" and m.name:
        return [named_unnamed(doc, m.name, m.role, m.country).key]
    if m.kind == "unnamed" and m.members:
        return [unnamed_entity(doc, m.role or "Leader", c).key for c in m.members]
    if m.kind == "bodyref" and m.name:
        # actor.body_unnamed: "the foreign ministry said" with no ministry named before
        return [body_entity(doc, m).key]
    if m.kind == "cgroup" and m.country:
        e = named_unnamed(doc, m.name or m.text, None, m.country)
        e.kind = "group"
        if "actor.country_group" not in e.rules:
            e.rules.append("actor.country_group")
        return [e.key]
    if m.kind == "desc" and m.country and m.role:
        # "his Omani counterpart" whom the article never names
        role = m.role if m.role not in ("Counterpart", "Diplomat", "Official") else "Foreign Minister"
        return [unnamed_entity(doc, role, m.country, "actor.unnamed_role").key]
    if m.kind == "group":
        return group_keys(doc, m, state)
    return []


def _opened_since(doc: Doc, key: int, after: int, before: int) -> bool:
    """Did a sentence after sentence ``after`` and before ``before`` open with ``key`` (a person) as its subject?"""
    if doc.entity(key).kind != "person":
        return False
    for i in range(before - 1, after, -1):
        ms = doc.sentence_mentions(i)
        if ms and ms[0].lo - doc.sentences[i].start <= 4 and subjectish(doc, ms[0]):
            return key in doc.refs_of(ms[0])
    return False


def source_entity(doc: Doc, m: Mention) -> Entity:
    """An unnamed group of sources ("two diplomatic sources"); "the sources" is the last one told."""
    head = (m.name or m.text).rsplit(" ", 1)[-1].lower()
    if m.rule == "coref.source":
        for e in reversed(doc.entities):
            if e.unnamed and e.kind in ("group", "person") and e.name.lower().endswith((head, head[:-1])):
                e.add((m.start, m.end), "coref.source")
                return e
    e = named_unnamed(doc, m.name or m.text, None, m.country)
    e.kind = "group"
    e.add((m.start, m.end), m.rule)
    return e


def body_entity(doc: Doc, m: Mention) -> Entity:
    """A government body told without its country ("the foreign ministry"): one organization per name."""
    name = m.text[4:] if m.text.lower().startswith("the ") else m.text
    key = f"body:{name.lower()}"
    if " " not in name:  # "the ministry": the last such body told ("the foreign ministry")
        key = next(
            (k for k in reversed(list(doc.unnamed)) if k.startswith("body:") and k.endswith(" " + name.lower())), key
        )
    if key in doc.unnamed:
        e = doc.entity(doc.unnamed[key])
    else:
        e = doc.new_entity("organization", name, country=None)
        doc.unnamed[key] = e.key
    e.add((m.start, m.end), "actor.body_unnamed")
    doc.refs[(m.start, m.end)] = (e.key,)
    return e


def named_unnamed(doc: Doc, name: str, role: str | None, country: str | None) -> Entity:
    """An unnamed role-holder known by a description ("a US senator", "the IAEA chief")."""
    return unnamed_person(doc, name, role, country)


def group_keys(doc: Doc, m: Mention, state: MeetingState) -> list[int]:
    """'the two diplomats', 'they', 'both sides': the last meeting's participants (within 4 sentences)."""
    last = state.last
    if last is not None and last.sent == m.sent and not _told_before(doc, last, m):
        # coref.group_before: "The two sides confirmed that X will travel to Manila for a summit with Y": a
        # meeting told after the group in its own sentence is not the one the group is of
        last = next((d for d in reversed(state.drafts) if d.sent < m.sent or _told_before(doc, d, m)), None)
    if last is None or m.sent - last.sent > 6:
        return the_two(doc, m) or the_two_countries(doc, m) or _counted_far(doc, m, state)
    keys = [k for k in last.participants if doc.entity(k).kind == "person"] or list(last.participants)
    words = m.text.lower().split()
    count = _COUNT_WORDS.get(words[1], 0) if len(words) > 2 and words[0] == "the" else 0
    if count > len(keys):
        # meeting.group_count: "X met Y ... X held a video call with Z ... The three ministers will meet in May":
        # the persons of the last meetings of the same protagonist, when they are as many as the group counts
        union = list(keys)
        for d in reversed(state.drafts[:-1]):
            if m.sent - d.sent > 6 or len(union) >= count:
                break
            if set(d.participants) & set(keys):  # the same protagonist's meetings only
                union += [k for k in d.participants if doc.entity(k).kind == "person" and k not in union]
        if len(union) == count:
            keys = union
            doc.fire("meeting.group_count", m.start, m.end, str(count))
    if m.members:  # "the Iranian and Japanese diplomats": keep those countries
        keys = [k for k in keys if doc.entity(k).country in m.members] or keys
    for k in keys:
        doc.entity(k).add((m.start, m.end), "coref.group")
    doc.fire("coref.group", m.start, m.end, " + ".join(doc.entity(k).name for k in keys))
    return keys


def _counted_far(doc: Doc, m: Mention, state: MeetingState) -> list[int]:
    """meeting.counted_group_far: "X, Y and Z held a video conference ... (eight sentences on) ... Y said the three
    leaders would meet in Paris": a counted group of three or more is the last meeting of that many persons told in
    the twelve sentences before."""
    words = m.text.lower().split()
    count = _COUNT_WORDS.get(words[1], 0) if len(words) > 2 and words[0] == "the" else 0
    if count < 3:
        return []
    for d in reversed(state.drafts):
        if m.sent - d.sent > 12:
            break
        if (
            d.sent < m.sent
            and len(d.participants) == count
            and all(doc.entity(k).kind == "person" for k in d.participants)
        ):
            doc.fire(
                "meeting.counted_group_far", m.start, m.end, " + ".join(doc.entity(k).name for k in d.participants)
            )
            return list(d.participants)
    return []


def _told_before(doc: Doc, d: MeetingDraft, m: Mention) -> bool:
    """Is one of the meeting's parties named in the group's sentence before the group mention ``m``?"""
    start = doc.sentences[m.sent].start
    for k in d.participants:
        # the party's first mention at or after the sentence's start, by a bisect: a walk over every
        # mention of a party named thousands of times (a 1 MB text) made each group mention cost that much
        starts = _mention_starts(doc, k)
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] < m.start:
            return True
    return False


def _mention_starts(doc: Doc, key: int) -> list[int]:
    """Where the mentions of entity ``key`` start, sorted. ``Entity.add`` only ever appends, so the
    mentions added since the last call are the list's tail: each is inserted in place (coreference
    adds one per group mention it resolves; sorting afresh each time would cost as much again)."""
    mentions = doc.entity(key).mentions
    memo_key = ("meetings.mention_starts", key)
    found = doc.memo.get(memo_key)
    if found is None:
        found = doc.memo[memo_key] = []
    starts: list[int] = found  # type: ignore[assignment]
    for s, _e in mentions[len(starts) :]:
        bisect.insort(starts, s)
    return starts


def the_two(doc: Doc, m: Mention) -> list[int]:
    """coref.the_two: "The two leaders met in Tokyo" with no meeting told before: the two persons
    named in the sentences before it, when exactly two are (else nothing: it would be a guess)."""
    if not _THE_TWO.match(m.text):
        chained = doc.memo.get("the_two_keys")
        if (
            chained is not None
            and _THE_TWO_CHAIN.match(m.text)
            and 0 <= m.sent - chained[0] <= 1  # type: ignore[index]
            and m.start - doc.sentences[m.sent].start <= 4
        ):
            keys: list[int] = list(chained[1])  # type: ignore[index]
            doc.memo["the_two_keys"] = (m.sent, keys)
            for k in keys:
                doc.entity(k).add((m.start, m.end), "coref.the_two_chain")
            doc.fire("coref.the_two_chain", m.start, m.end, " + ".join(doc.entity(k).name for k in keys))
            return keys
        return []
    seen: list[int] = []
    for i in range(max(0, m.sent - 4), m.sent + 1):
        for mm in doc.sentence_mentions(i):
            if mm.start >= m.start:
                break
            if mm.kind not in ("name", "desc"):
                continue
            for k in doc.refs_of(mm):
                e = doc.entity(k)
                if e.kind == "person" and not e.unnamed and k not in seen:
                    seen.append(k)
    if len(seen) != 2 and m.sent > 0:
        # meeting.the_two_subject: "X and Y agreed on Thursday to ... The two met in Tokyo": the two persons
        # the sentence before opened with, whoever else was named
        seen = _pair_subject(doc, m.sent - 1)
    if len(seen) != 2:
        return []
    for k in seen:
        doc.entity(k).add((m.start, m.end), "coref.the_two")
    doc.memo["the_two"] = m.start
    doc.memo["the_two_keys"] = (m.sent, seen)
    doc.fire("coref.the_two", m.start, m.end, " + ".join(doc.entity(k).name for k in seen))
    return seen


_THE_TWO_STATES: Final = re.compile(r"[Tt]he two (?:countries|nations|states|neighbou?rs|governments)")


def the_two_countries(doc: Doc, m: Mention) -> list[int]:
    """meeting.the_two_countries: "A and B agreed to ... The decisions came at talks between the two countries"
    with no meeting told before: the two states named in the sentences before it, when exactly two are
    (else the two a sentence before opened with, "A and B agreed ...")."""
    if not _THE_TWO_STATES.fullmatch(m.text):
        return []
    seen: list[int] = []
    opened: list[int] = []
    for i in range(max(0, m.sent - 3), m.sent + 1):
        ms = doc.sentence_mentions(i)
        if (
            len(ms) >= 2
            and i < m.sent
            and ms[0].kind == ms[1].kind == "country"
            and ms[0].lo - doc.sentences[i].start <= 4
            and doc.text[ms[0].hi : ms[1].lo].strip() == "and"
        ):
            opened = [*doc.refs_of(ms[0]), *doc.refs_of(ms[1])]
        for mm in ms:
            if mm.start >= m.start:
                break
            if mm.kind != "country":
                continue
            seen += [k for k in doc.refs_of(mm) if doc.entity(k).kind == "country" and k not in seen]
    if len(seen) != 2:
        seen = opened if len(set(opened)) == 2 else []
    if len(seen) != 2:
        return []
    for k in seen:
        doc.entity(k).add((m.start, m.end), "coref.the_two")
    doc.fire("meeting.the_two_countries", m.start, m.end, " + ".join(doc.entity(k).name for k in seen))
    return seen


def _pair_subject(doc: Doc, sent: int) -> list[int]:
    """The two persons a sentence opens with, joined by "and" ("X and his counterpart Y agreed ..."), or []."""
    ms = doc.sentence_mentions(sent)
    if len(ms) < 2 or ms[0].lo - doc.sentences[sent].start > 4 or not subjectish(doc, ms[0]):
        return []
    if ms[0].kind not in ("name", "desc") or ms[1].kind not in ("name", "desc"):
        return []
    link = _AND_HIS_LINK.fullmatch(doc.text, ms[0].hi, ms[1].lo)
    if link is None or "and" not in link.group():
        return []  # "X and Y", no list of three ("X, Y and Z")
    keys = list(dict.fromkeys([*doc.refs_of(ms[0]), *doc.refs_of(ms[1])]))
    if len(keys) != 2 or any(doc.entity(k).kind != "person" or doc.entity(k).unnamed for k in keys):
        return []
    return keys


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
    "t": ("to", "tak", "then", "this ", "thus", "travel"),
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
    r"\b[Dd]elegation(?:\s+of\s+[\w-]+(?:\s+[\w'’-]+){0,5}?(?:\s+\([A-Z][A-Za-z]{1,7}\))?)?,?\s+(?:which\s+(?:is|was)\s+)?"
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


def detect_meetings(doc: Doc, sent: int, state: MeetingState) -> None:
    """Apply the meeting rules to one sentence."""
    before = len(state.drafts)
    _detect_meetings(doc, sent, state)
    span = doc.sentences[sent]
    if len(state.drafts) > before and before:
        _another_time_drafts(doc, span, state.drafts[:before], state.drafts[before:])
    # the text and the sentence's bounds, looked up once for the gates below; the sentence sliced once: an ``in``
    # test on it is several times cheaper than a ``find`` call on the text with bounds
    text, start, end = doc.text, span.start, span.end
    sentence = text[start:end]
    trip_words, attended_words, welcomed_words, after_gerund_words, called_words, hints = _gate_words(doc)
    if trip_words and holds_any(sentence, trip_words) and _TRIP_GATE.search(text, start, end):
        _planned_trip(doc, sent, state)
    if attended_words and holds_any(sentence, attended_words) and _ATTENDED_GATE.search(text, start, end):
        _attended(doc, sent, state)
    if state.drafts and " joined by " in sentence:
        _joined_by(doc, sent, state)
    # every opener but one holds "meeting ": one search rules out most sentences before the five
    if ("meeting " in sentence or ", holding talks" in sentence) and any(w in sentence for w in _PARTICIPLE_OPENERS):
        _participle_meeting(doc, sent, state)
    if "creden" in sentence:
        _credentials(doc, sent, state)
    if "discussed " in sentence and "by" in sentence:  # (every match of _DISCUSSED_BY holds "by")
        _discussed_by(doc, sent, state)
    if "guest of " in sentence or "invitation of " in sentence:
        _guest_of(doc, sent, state)
    if "tour" in sentence:
        _tour(doc, sent, state)
    # (the words first: state.last walks the drafts)
    if text.startswith("The ", start) and text.find(" with ", start, start + 60) >= 0 and state.last is not None:
        _meeting_with_named(doc, sent, state)
    if (" was with " in sentence or "place with " in sentence) and state.last is not None:
        _meeting_was_with(doc, sent, state)
    # ("ed by " alone is in "issued by", "developed by": the rule reads nothing unless a side is led by someone, or a
    # head "led the" side of a meeting told before)
    if ("ed by " in sentence and holds_any(sentence, _SIDE_WORDS) and _side_led_tail(text, start, end)) or (
        state.drafts and " led the " in sentence
    ):
        _side_led_by(doc, sent, state)
    if " table" in sentence:
        _at_the_table(doc, sent, state)
    if state.drafts and "next " in sentence:
        _next_meeting(doc, sent, state)
    if "-" in sentence and (" convene" in sentence or " be held" in sentence or " to hold " in sentence):
        _states_format(doc, sent, state)
    if "accepted" in sentence:
        _invitation_accepted(doc, sent, state)
    if state.drafts and ("agree" in sentence or "decided" in sentence) and " meet" in sentence:
        _delegated_meeting(doc, sent, state)
    if "co-chaired by" in sentence or "brought together" in sentence:
        _brought_together(doc, sent, state)
    # (" and " first: most sentences hold it, and the two scans for "they" are not made; the words of
    # _PAIR_CLAUSE_WORDS that hold " their " only when the sentence does: most do not)
    their = " their " in sentence
    if (" and " in sentence or " they " in sentence or their) and (
        holds_any(sentence, _PAIR_OTHER_WORDS) or (their and holds_any(sentence, _PAIR_THEIR_WORDS))
    ):
        _pair_clause(doc, sent, state)
    if "reception " in sentence:
        _reception_for(doc, sent, state)
    if state.drafts and "call" in sentence:
        _call_told_after(doc, sent, state)
    if "told " in sentence and (not state.drafts or state.drafts[-1].sent != sent):
        _told_in_place(doc, sent, state)
    if "call with " in sentence or "calls with " in sentence:
        _call_with(doc, sent, state)
    for hint in hints:  # (a loop, not any(): no generator made per sentence)
        if hint in sentence:
            break
    else:
        return  # one word test for the four rules below: most sentences have none of their words
    # (three rules' own gates are parts of _HOST_CALL_GATE: only _chaired's substring test needs the scan)
    if welcomed_words and holds_any(sentence, welcomed_words) and _WELCOMED_GATE.search(text, start, end):
        _welcomed(doc, sent, state)
    if "attended by" in sentence and _HOST_CALL_GATE.search(text, start, end) is not None:
        _chaired(doc, sent, state)
    if (
        after_gerund_words
        and holds_any(sentence, after_gerund_words)
        and _AFTER_GERUND_ING.search(text, start, end)
        and _AFTER_GERUND_GATE.search(text, start, end)
    ):
        _after_gerund(doc, sent, state)
    if called_words and holds_any(sentence, called_words) and _CALLED_GATE.search(text, start, end):
        _called(doc, sent, state)


_AUDIENCE_AFTER: Final = re.compile(
    r"s?\s+(?:to|with)\s+(?:the\s+|local\s+|foreign\s+)?(?:reporters|journalists|press|media|correspondents|"
    r"newsmen|the\s+press"
    # meeting.staff_audience: "X speaks to State Department employees upon arrival": a body's staff is an audience
    r"|(?:[A-Z][\w.-]*\s+){1,4}(?:employees|staff|workers|students|troops|personnel))\b"
)
#: the determiner and modifiers before a meeting noun: "the ongoing peace talks", "their stalled negotiations"
_PROCESS_LEFT: Final = re.compile(r"\b(?:the|their|its|these|those)\s+(?P<mods>(?:[\w-]+\s+){1,3})$", re.IGNORECASE)


def _ongoing_process(doc: Doc, span: Span, h: Hit) -> bool:
    """meeting.ongoing_process: "including the ongoing talks between A and B", "the stalled negotiations with Y":
    talks told as a process in the background are no meeting the article reports."""
    lo = h.start - 50 if h.start - 50 > span.start else span.start
    # the modifiers the match reads are the last (up to three) words of the window: none a modifier, no regex to run
    modifiers = doc.lexicon.process_modifiers
    for w in doc.text[lo : h.start].split()[-3:]:
        if w.lower() in modifiers:
            break
    else:
        return False
    pm = _PROCESS_LEFT.search(doc.text, lo, h.start)
    if pm is None or not any(w.lower() in doc.lexicon.process_modifiers for w in pm.group("mods").split()):
        return False
    doc.fire("meeting.ongoing_process", pm.start(), h.end, doc.text[pm.start() : h.end])
    return True


def _gate_words(doc: Doc) -> tuple[tuple[str, ...], ...]:
    """The words of each of detect_meetings' word gates (a word every match of a gate regex holds; the host-call
    hints), or, for a gate tested in every sentence, none when the article holds none of them: the gate is then
    shut for every sentence, with no test. Told once per article, in the memo."""
    got = doc.memo.get("meetings.gate_words")
    if got is None:
        text = doc.text
        gates: list[tuple[str, ...]] = []
        for words, whole in zip(_GATE_WORD_SETS, _GATE_WHOLE_TEXT, strict=True):
            listed = ("",) if words is None else tuple(words)  # (no set known: "", which every text holds)
            gates.append(listed if not whole or holds_any(text, listed) else ())
        got = doc.memo["meetings.gate_words"] = tuple(gates)
    return got  # type: ignore[return-value]


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


def _parties_told_after(
    doc: Doc, state: MeetingState, keys: list[int], sent: int, told: int, rule: str, where: Span
) -> None:
    """An in-person meeting told in sentence ``told`` with no parties, whose ``keys`` sentence
    ``sent`` names (meeting.at_the_table, meeting.sides_named); ``where`` is what the rule read."""
    at, span = doc.sentences[told], doc.sentences[sent]
    d = MeetingDraft(keys, "in_person", "held", sent)
    d.evidence.append(at)
    if span != at:
        d.evidence.append(span)
    d.rule(rule)
    _fill(doc, d, at)
    state.drafts.append(d)
    doc.fire(rule, where.start, where.end, " + ".join(doc.entity(k).name for k in keys))


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


def _add_draft(
    doc: Doc,
    state: MeetingState,
    parts: list[int],
    status: str,
    sent: int,
    rules: tuple[str, ...],
    fill: Span,
    where: Span,
    modality: str = "in_person",
) -> MeetingDraft:
    """The tail the sentence rules share: a draft of ``parts`` with its sentence as evidence, its ``rules`` (the
    first one fired at ``where``), its day and place read from ``fill``, kept in ``state``."""
    d = MeetingDraft(parts, modality, status, sent)
    d.evidence.append(doc.sentences[sent])
    for r in rules:
        d.rule(r)
    _fill(doc, d, fill)
    state.drafts.append(d)
    doc.fire(rules[0], where.start, where.end, " + ".join(doc.entity(k).name for k in parts))
    return d


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
    r"(?:over\s+|in\s+)?(?:his|her|their|the)\s+"
    r"(?:(?:letters?\s+of\s+)?credentials(?:\s+letters?)?|letters?\s+of\s+credence)\s+to\s+)"
    r"|\b(?P<take>(?:received|receives|accepted|accepts)\s+(?:the\s+)?(?:(?:letters?\s+of\s+)?credentials"
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
    r"\btour\s+(?:that|which)\s+(?P<tense>took|takes|will\s+take|is\s+taking)\s+(?:him|her|them)\s+to\s+"
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
    if first is None or first.lo - span.start > 3 or first.end > tm.start() or not subjectish(doc, first):
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
        (tm.group("tense") or "").startswith(("will", "is"))
        # meeting.tour_planned: "X will embark on a tour of A, B and C", "X's tour of A and B next month"
        or _planned_in(text, max(span.start, tm.start() - 70), tm.start() + 1)
        or _NEXT_TIME_AFTER.match(text, cur) is not None
    )
    for k in states:
        d = MeetingDraft([subj[0], k], "in_person", "planned" if planned else "held", sent)
        d.evidence.append(span)
        d.rule("meeting.visit")
        d.rule("meeting.tour")
        if planned:
            d.rule("meeting.planned")
        d.separate = True
        _fill(doc, d, span)
        d.location = None
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
#: the words a participle of _PARTICIPLE_RX opens with: a substring test before the scan (detect_meetings looks
#: for "meeting " and ", holding talks" first: keep every opener holding one of them)
_PARTICIPLE_OPENERS: Final = (", meeting ", ", holding talks", ", later meeting ", ", then meeting ", ", also meeting ")
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


#: the four rules' gate, as it reads (its words are read from this form)
_HOST_CALL_SOURCE: Final = (
    r"\b(?:welcom|greet|play(?:ed|s)? host|attended by|(?:meeting|hosting|receiving) (?:with )?(?:[A-Z]|the )"
    r"|(?:called|dialled|dialed|rang) )"
)
#: _HOST_CALL_SOURCE letter first (as _CITY_SPAN), each letter's alternatives in their order
_HOST_CALL_GATE: Final = re.compile(
    r"[acdghmprw](?<!\w.)(?:(?<=w)elcom|(?<=g)reet|(?<=p)lay(?:ed|s)? host|(?<=a)ttended by"
    r"|(?:(?<=m)eeting|(?<=h)osting|(?<=r)eceiving) (?:with )?(?:[A-Z]|the )"
    r"|(?:(?<=c)alled|(?<=d)ialled|(?<=d)ialed|(?<=r)ang) )"
)


#: the words every match of _HOST_CALL_GATE holds: a substring test before the scan
_HOST_CALL_WORDS: Final = required_words(_HOST_CALL_SOURCE)
#: fewer, shorter words, one inside each of _HOST_CALL_WORDS ("host" in " host" and "hosting "): the test that
#: skips the four rules' own gates, nine substring tests a sentence instead of eleven (a sentence it lets through
#: that holds none of _HOST_CALL_WORDS fails their gates)
_HOST_CALL_HINTS: Final = (
    "meeting ",
    "host",
    "welcom",
    "greet",
    "attended by",
    "receiving ",
    "called ",
    "dial",
    "rang ",
)
assert _HOST_CALL_WORDS is not None and all(any(h in w for h in _HOST_CALL_HINTS) for w in _HOST_CALL_WORDS)


#: meeting.called_to: "X called Y on Monday to discuss ...", "X called Y by phone", "X dialled Y": a phone call
#: (never "called Y a liar", "called on Y to", "called for")
_CALLED_SOURCE: Final = r"\b(?:called|dialled|dialed|rang) "
#: _CALLED_SOURCE letter first (as _TRIP_GATE)
_CALLED_GATE: Final = re.compile(r"[cdr](?<!\w.)(?:(?<=c)alled|(?<=d)ialled|(?<=d)ialed|(?<=r)ang) ")
_CALLED_WORDS: Final = required_words(_CALLED_SOURCE)
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


#: meeting.after_meeting: "After meeting Y on Monday, X said ...", "X told reporters after hosting Y ..."
_AFTER_GERUND_SOURCE: Final = r"\b(?:meeting|hosting|receiving) (?:with )?(?:[A-Z]|the )"
#: _AFTER_GERUND_SOURCE letter first (as _TRIP_GATE)
_AFTER_GERUND_GATE: Final = re.compile(
    r"[mhr](?<!\w.)(?:(?<=m)eeting|(?<=h)osting|(?<=r)eceiving) (?:with )?(?:[A-Z]|the )"
)
#: _AFTER_GERUND_GATE from the literal "ing " (the engine skips to it), look-behinds telling the word: found in every
#: window _AFTER_GERUND_GATE is (and in one that starts inside the word), several times cheaper
_AFTER_GERUND_ING: Final = re.compile(
    r"ing (?:(?<=\bmeeting )|(?<=\bhosting )|(?<=\breceiving ))(?:with )?(?:[A-Z]|the )"
)
_AFTER_GERUND_WORDS: Final = required_words(_AFTER_GERUND_SOURCE)
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


#: the words one of the three patterns of _pair_clause needs, tested before the patterns are run
_PAIR_CLAUSE_GATE: Final = re.compile(
    r" (?:met|held talks|held a meeting|sat down|spoke by)\b"
    r"|(?:ended|concluded|wrapped up|began|started|opened|finished) their "
)
_PAIR_CLAUSE_WORDS: Final = required_words(_PAIR_CLAUSE_GATE)
#: _PAIR_CLAUSE_WORDS split: those holding " their " ("ended their ") are looked for only in a sentence that holds it
_PAIR_THEIR_WORDS: Final = frozenset(w for w in _PAIR_CLAUSE_WORDS or () if " their " in w)
_PAIR_OTHER_WORDS: Final = None if _PAIR_CLAUSE_WORDS is None else _PAIR_CLAUSE_WORDS - _PAIR_THEIR_WORDS
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


#: meeting.welcomed: "Y welcomed X to Lima", "Y greeted X at the palace", "X was welcomed by Y in Lima",
#: "Y played host to X": a host receiving a guest (never "welcomed the decision", "welcomed X's remarks")
_WELCOMED_SOURCE: Final = r"\b(?:welcom|greet|played host|plays host)"
#: _WELCOMED_SOURCE letter first (as _TRIP_GATE)
_WELCOMED_GATE: Final = re.compile(r"[wgp](?<!\w.)(?:(?<=w)elcom|(?<=g)reet|(?<=p)layed host|(?<=p)lays host)")
_WELCOMED_WORDS: Final = required_words(_WELCOMED_SOURCE)
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


#: meeting.attended: "Z also attended the meeting", "Z was also present at the talks", "Z took part
#: in the talks", "The talks were also attended by Z": Z joins the meeting told last
_ATTENDED_SOURCE: Final = (
    r"\b(?:attend|present\b|took part|taking part|participated|chaired by|facilitated by|mediated by|moderated by)"
)
#: _ATTENDED_SOURCE letter first (as _TRIP_GATE)
_ATTENDED_GATE: Final = re.compile(
    r"[aptcfm](?<!\w.)(?:(?<=a)ttend|(?<=p)resent\b|(?<=t)ook part|(?<=t)aking part|(?<=p)articipated|(?<=c)haired by"
    r"|(?<=f)acilitated by|(?<=m)ediated by|(?<=m)oderated by)"
)
_ATTENDED_WORDS: Final = required_words(_ATTENDED_SOURCE)
#: the word gates of detect_meetings, in the order _gate_words gives them (defined here, after the last of them)
_GATE_WORD_SETS: Final[tuple[Words | tuple[str, ...] | None, ...]] = (
    _TRIP_WORDS,
    _ATTENDED_WORDS,
    _WELCOMED_WORDS,
    _AFTER_GERUND_WORDS,
    _CALLED_WORDS,
    _HOST_CALL_HINTS,  # (in its order: the commonest first)
)
#: which of _GATE_WORD_SETS are first looked for in the whole text: the gates detect_meetings tests in every sentence
#: (a text with none of their words has none in a sentence), and the hints, which the text holds early on; the other
#: three are tested only in the sentences that hold a hint, fewer characters than the whole text (a search of the
#: text for each of their words, none there, cost more than the rule's tests)
_GATE_WHOLE_TEXT: Final = (True, True, False, False, False, True)
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


#: "During his ", "In her first " opening a sentence before a meeting noun (meeting.his_front_passive)
_HIS_IN_FRONT_RX: Final = re.compile(r"\W*(?:During|In|At|After|Following)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}")


def _subject_told_before(doc: Doc, sent: int, objects: list[int]) -> Mention | None:
    """The person's name that opened one of the three sentences before ``sent`` as its subject, the nearest (none
    of ``objects``; a name listed later in a sentence is no subject)."""
    for i in range(sent - 1, sent - 4 if sent > 3 else -1, -1):
        ms = doc.sentence_mentions(i)
        if not ms:
            continue
        m = ms[0]
        refs = doc.refs_of(m)
        if (
            m.kind == "name"
            and len(refs) == 1
            and refs[0] not in objects
            and doc.entity(refs[0]).kind == "person"
            and subjectish(doc, m)
            and _SUBJECT_OPENING_RX.fullmatch(doc.text, doc.sentences[i].start, m.lo) is not None
        ):
            return m
    return None


#: what may stand before a sentence's subject: an opening phrase set off by a comma ("On Sunday, ")
_SUBJECT_OPENING_RX: Final = re.compile(r"\W*(?:[A-Z][^,.;:“”\"]{0,60},\s*)?")


def _possessor_before(doc: Doc, at: int, mentions: list[Mention]) -> Mention | None:
    """The named person whose possessive stands right before the meeting noun at ``at`` ("X's talks")."""
    before = None
    for m in mentions:
        if m.end > at:
            break
        before = m
    if (
        before is None
        or not before.possessive
        or before.kind != "name"
        or _POSSESSIVE_LEFT.search(doc.text, before.end, at) is None
        or not doc.refs_of(before)
        or doc.entity(doc.refs_of(before)[0]).kind != "person"
    ):
        return None
    return before


def _relative_clause_end(doc: Doc, span: Span, start: int, end: int) -> int:
    """Where a relative clause (", who ...") that holds ``start`` closes, at a comma a clause's verb follows, before
    ``end``; -1 when none does."""
    text = doc.text
    if text.rfind(", who ", span.start, start) < 0:
        return -1
    c = text.find(", ", start, end)
    while c >= 0:
        if clause_verb_at(doc, c + 2):
            return c
        c = text.find(", ", c + 2, end)
    return -1


def _relative_clause_between(doc: Doc, span: Span, start: int, end: int) -> bool:
    """Does a relative clause (", who ...") hold ``start`` and close before ``end``?"""
    c = _relative_clause_end(doc, span, start, end)
    if c < 0:
        return False
    doc.fire("meeting.after_relative_clause", c, end, doc.text[c:end])
    return True


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
            and fm.lo - fw.end() <= 4
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
            cps = counterpart_entities(doc, subj_entity, wm.end(), min(span.end, wm.end() + 120))
            if cps:
                objects = [e.key for e, _ in cps]
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
                and all(m.kind in ("group", "cgroup") for m in objs)
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
                    )
                )
                if separate and venues:
                    venue_objs = objs
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
            front
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
        deleg = False
        if not subj and carry is not None and carry[0] == h.start:
            # meeting.coordinated_verb: "X held talks with Y and was also received by Z": X again
            subj, subj_m = list(carry[1]), carry[2]
            obj_rule = obj_rule or "meeting.coordinated_verb"
        if not subj and text.find("elegation", span.start, verb_pos) >= 0:
            # meeting.delegation_head: "A delegation headed by X met Y": the head is the party
            subj, subj_m = delegation_head(doc, span, verb_pos, mentions, state)
            deleg = bool(subj)
        if not subj and objects and is_noun and (poss := _possessor_before(doc, h.start, mentions)) is not None:
            # meeting.possessor_noun: "The two sides reviewed progress following up on X's discussions with Y": the
            # possessor right before the noun held them, whatever the clause's subject
            subj, subj_m = list(doc.refs_of(poss)), poss
            obj_rule = obj_rule or "meeting.possessor_noun"
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
        ):
            # "X arrived in Baghdad ... and met with Y": the sentence's subject (after a label that opens it:
            # "Iran news: X welcomed and met Y")
            head = span.start
            if (colon := text.find(": ", span.start, verb_pos)) >= 0:
                head = colon + 2
            first = next((m for m in mentions if m.start >= head), None)
            if first is not None and first.lo - head < 3 and subjectish(doc, first) and doc.refs_of(first):
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
                    and last.date is not None
                    and last.date.value
                    and (other_day := find_event_date(text, span.start, span.end, doc.published, False)) is not None
                    and other_day[0].value
                    and other_day[0].value != last.date.value
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
                not objs
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
            if len(cps) > 1 and cps[0][1].start - h.end <= 2:
                # meeting.counterparts: "hosted her counterparts from Peru, Bolivia and Ecuador": one meeting each
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
                rule = "meeting.visit" if visit else "meeting.summoned" if low.startswith("summon") else "meeting.met"
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
                    else [subj + keys]
                )
        # "X's visit to Chile": the possessive right before the noun is the visitor, whatever the clause's subject
        poss_m: Mention | None = None
        poss_v: re.Match[str] | None = None
        if is_noun and low == "visit" and text.startswith(" to ", h.end):
            before_m = next((m for m in reversed(mentions) if m.end <= h.start), None)
            if before_m is not None and before_m.possessive:
                poss_v = _POSSESSIVE_VISIT_LEFT.fullmatch(text, before_m.end, h.start)
                poss_m = before_m if poss_v is not None else None
        if not parts and subj and is_noun and low == "visit" and poss_m is None:
            vm = _DETECT_MEETINGS_RX3.match(text[h.end : h.end + 10])
            if vm:
                after = [m for m in mentions if m.start >= h.end + vm.end()]
                if after and after[0].start == h.end + vm.end() and after[0].kind == "country":
                    parts = [subj + list(doc.refs_of(after[0]))]
                    rule = "meeting.visit"
        poss_planned = False
        fill_span: Span | None = None
        if not parts and poss_m is not None and poss_v is not None:
            # meeting.possessive_visit: "X's visit to Chile", "during X's three-day state visit to Chile", "Y
            # commented on X's visit to Russia", "days after X's visit to Seoul" (the capital's state)
            pm, pv = poss_m, poss_v
            to = next((m for m in mentions if m.start >= h.end), None)
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
                and to.lo - h.end <= 5
                and (pk := _keys(doc, pm, state))
                and len(pk) == 1
                and doc.entity(pk[0]).kind == "person"
                # a visitor the text gives no state may still visit one ("Y commented on X's visit to Russia")
                and doc.entity(pk[0]).country != to_iso
            ):
                parts = [pk + to_keys]
                rule = "meeting.visit"
                on_a_visit = True
                day = _VISIT_DAY_AFTER.match(text, to.hi, span.end)
                fill_span = Span(
                    pm.lo - 30 if pm.lo - 30 > span.start else span.start, day.end() if day else to.hi
                )  # its own day only
                poss_planned = (
                    pv.group(1) is not None
                    or (day is not None and " next " in day.group())
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
    took_place = not created and not followup and _TOOK_PLACE.match(text, span.start, span.end) is not None
    if not created and (followup or took_place or _group_topic(doc, mentions, triggers)):
        if took_place and state.last is not None and sent - state.last.sent <= 6:
            state.last.rule("meeting.took_place")
        _followup(doc, state, sent, span)
    elif not created:
        if not modality:
            modality = sentence_modality(doc, span, triggers)
        if modality in ("phone", "video"):
            found = find_date(text, span.start, span.end, doc.published, False)
            state.pending = (modality, sent, found[0] if found else None)


def _search_holding(rx: re.Pattern[str], word: str, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``rx.search(text, lo, hi)``, run only when the window holds ``word``, which every match of ``rx`` holds: a
    substring test (no slice copied) before the regex tries every position."""
    return rx.search(text, lo, hi) if text.find(word, lo, hi) >= 0 else None


def _agreed_left(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_AGREED_LEFT.search(text, lo, hi)``, run only when the window holds "agree" or "decided", one of which every
    match holds (two substring tests before the regex tries every position)."""
    if text.find("agree", lo, hi) < 0 and text.find("decided", lo, hi) < 0:
        return None
    return _AGREED_LEFT.search(text, lo, hi)


def _own_clause(doc: Doc, made: list[MeetingDraft], span: Span, end: int) -> None:
    """meeting.coordinated_planned: "X had met Y at the palace, and is scheduled to meet Z in Tyre tomorrow":
    the first verb's meetings keep only the day and the place told before the second verb."""
    for d in made:
        if d.date is not None and d.date.span is not None and d.date.span.start >= end:
            d.date = None
            d.rules = [r for r in d.rules if not r.startswith("date.")]
        if d.location is not None and d.location.span is not None and d.location.span.start >= end:
            d.location = None
            d.rules = [r for r in d.rules if r not in ("meeting.location", "meeting.gazetteer_city")]
        _fill(doc, d, Span(span.start, end))


#: the gap between a clause's subject and an aside that opens at a meeting noun's "in a"/"during"
_ASIDE_GAP_RX: Final = re.compile(r",?[ \t]*")


def _aside_subject(doc: Doc, mentions: list[Mention], aside: int) -> Mention | None:
    """The mention right before the aside that starts at ``aside`` ("X[,] in a phone call ..."), when it is the
    subject of its clause."""
    before = None
    for m in mentions:
        if m.end > aside:
            break
        before = m
    if (
        before is None
        or before.kind not in ("name", "desc")
        or _ASIDE_GAP_RX.fullmatch(doc.text, before.end, aside) is None
    ):
        return None
    return before if subjectish(doc, before) else None


def _cue_object(doc: Doc, mentions: list[Mention], start: int, end: int, state: MeetingState) -> list[int] | None:
    """The person a cue that takes one ("told", "urged", "thanked", "congratulated") is said to between
    ``start`` and ``end``: "X told Y in a phone call" (never "X criticized Y during a meeting of ...")."""
    lx = doc.lexicon
    for m in mentions:
        # "X has told the President of Ukraine that ... during a phone call": an unnamed role-holder too
        if m.start < start or m.kind not in ("name", "desc", "unnamed"):
            continue
        if m.end > end:
            return None
        c = lx.cues.get(preceding_word(doc, m.lo))
        if c is None or c.form != "finite" or not (c.kind in ("appeal", "approve") or c.base == "tell"):
            continue
        keys = _keys(doc, m, state)
        if len(keys) == 1 and doc.entity(keys[0]).kind == "person" and not m.possessive:
            return keys
        return None
    return None


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
        iso = _place_country(lx, tm.group("place") or tm.group("place2"))
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
            by = [m for m in mentions if m.start >= tm.end("by") and m.end <= tm.start("to")]
            left = max(span.start, tm.start() - 60)
            if not by or not (
                (
                    _PLANNED_VISIT_LEFT.search(text, left, tm.start() + 1)
                    if tm.group().startswith(("state", "official", "working"))
                    # a plain "visit of X to Y" is one being prepared: "preparations for the visit of X to Y"
                    else _PREPARING_LEFT.search(text, left, tm.start())
                )
                or _PLANNED_VISIT_RIGHT.match(text, tm.end(), span.end)
            ):
                continue
            subj = _keys(doc, by[0], state)
            rule = "meeting.visit_noun"
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
        place = tm.group("place") or tm.group("place2")
        if place in lx.places and rule == "meeting.visit_noun":
            # "the visit of X to Baku": the city visited is where they meet
            d.location = Place(place, lx.places[place][0], Span(tm.start("place2"), tm.end("place2")))
            d.rule("meeting.location")
        _fill(doc, d, span)
        state.drafts.append(d)
        doc.fire(rule, span.start, span.end, " + ".join(doc.entity(k).name for k in d.participants))
        if rule == "meeting.trip" and (am := _AND_PLACE.match(text, tm.end(), span.end)) is not None:
            # meeting.trip_places: "will travel to Belgrade and Pristina next week": a visit to each
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


def _place_country(lx: Lexicon, name: str) -> str | None:
    """The country a place or country name (the longest leading words that are one) belongs to."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if iso := lx.country_of(" ".join(words[:n])):
            return iso
    return None


def _country_key(doc: Doc, iso: str) -> int:
    """The country actor of ``iso``: the one the article names, else one made for it."""
    for e in doc.entities:
        if e.kind == "country" and e.country == iso:
            return e.key
    key = f"country:{iso}"
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("country", doc.lexicon.country_names.get(iso, iso), country=iso).key
    return doc.unnamed[key]


def meeting_words(doc: Doc, sent: int) -> list[tuple[Hit, str]]:
    """The meeting nouns, meeting verbs and topic verbs of sentence ``sent``, lower-cased."""
    words = _meeting_words(doc.lexicon)
    end = doc.sentences[sent].end
    return [(h, low) for h, low in doc.sentence_words_lower(sent) if low in words and h.end <= end]


@functools.lru_cache(maxsize=8)
def _meeting_words(lx: Lexicon) -> frozenset[str]:
    """Every meeting noun, meeting verb and topic verb: one set test per word, derived once per lexicon."""
    return frozenset(lx.meeting_nouns) | frozenset(lx.meeting_verbs) | frozenset(lx.topic_verbs)


#: a habit told before a meeting verb: "has been continuously |holding talks" (meeting.habitual; "has been meeting
#: with officials since Monday" is a visit under way)
_HABITUAL_LEFT: Final = re.compile(r"\bha(?:s|ve) been (?:" + _HABIT_ADVERBS + r") $")


def _hypothetical(text: str, span: Span, verb_pos: int) -> bool:
    """'whether X will meet Y', 'no plan to meet': the meeting word tells of no meeting."""
    if _HYPOTHETICAL.search(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos) is not None:
        return True
    if text.startswith(("holding", "meeting"), verb_pos) and _HABITUAL_LEFT.search(text, span.start, verb_pos):
        return True  # meeting.habitual: "has been regularly meeting Y"
    # meeting.called_to_meet: "called Armenia to hold peace talks with Azerbaijan": an appeal for talks
    return text.startswith(_CALLED_TO_VERBS, verb_pos) and (
        _CALLED_TO.search(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos) is not None
    )


def _group_topic(doc: Doc, mentions: list[Mention], triggers: list[tuple[Hit, str]]) -> bool:
    return any(m.kind == "group" for m in mentions) and any(low in doc.lexicon.topic_verbs for _h, low in triggers)


def _followup(doc: Doc, state: MeetingState, sent: int, span: Span) -> None:
    last = state.last
    if last is None or sent - last.sent > 6:
        return
    if span not in last.evidence:
        last.evidence.append(span)
    last.rule("meeting.followup")
    _fill(doc, last, span)
    doc.fire("meeting.followup", span.start, span.end)


#: meeting.unlisted_place: a town the gazetteer lacks, right after the meeting's verb: "met in Leticia on Wednesday",
#: "will meet again in Ipiales", "held talks in Lethem", "met on Friday in Cebu City"
_UNLISTED_PLACE: Final = re.compile(
    r"[\w-]+(?:\s+(?:talks|consultations|a\s+meeting))?(?:\s+again)?(?:\s+on\s+[A-Z][a-z]+day)?\s+in\s+"
    r"(?:the\s+(?:[a-z]+\s+)?(?:city|town)\s+of\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+(?:d[aeo]\s+|del\s+)?[A-Z][\w’'-]+){0,2})(?![\w’'-])(?!\s*['’]s)"
)


def _unlisted_place(doc: Doc, pivot: int, end: int, near: tuple[str | None, ...] = ()) -> Place | None:
    """The place a meeting's verb is followed by, when no table knows it: a capitalised name that is no day or
    month and no name of another kind (a country, an organization, a person's title); its state when the gazetteer
    knows the town (of several of that name, one in a state of ``near``)."""
    m = _UNLISTED_PLACE.match(doc.text, pivot, end)
    if m is None:
        return None
    name = m.group("place")
    if name.split()[0].lower() in DAY_AND_MONTH_WORDS or name in doc.lexicon.name_tables:
        return None
    if any(h.start < m.end("place") and h.end > m.start("place") for h in doc.names_between(m.start("place"), end)):
        return None  # it starts a name of a kind the tables know ("in Foreign Minister X's office")
    return Place(name, doc.lexicon.city_country(name, (*near, doc.home)), Span(m.start("place"), m.end("place")))


def _fill(doc: Doc, d: MeetingDraft, span: Span, pivot: int = -1) -> None:
    """Date, location, occasion and topics from one sentence of a meeting. With a ``pivot`` (the
    meeting's verb), a day told after it wins over one told before ("X, who arrived on Monday, met
    Y on Tuesday": Tuesday)."""
    if d.date is None:
        planned = d.status == "planned"
        found = None
        if span.start < pivot < span.end:
            found = find_event_date(doc.text, pivot, span.end, doc.published, planned)
        if found is None:
            start = span.start
            if (
                planned
                and span.start < pivot < span.end
                and (rel := _REL_CLAUSE_RX.search(doc.text, span.start, pivot))
                and _PAST_ARRIVAL.search(doc.text, span.start, rel.start())
            ):
                start = rel.end()  # "arrived on Tuesday for a visit, during which he will meet Y": not Tuesday
            # "X said on Wednesday after talks with Y": the day of the report is the day of the talks
            finder = find_date if "meeting.said_after_talks" in d.rules else find_event_date
            found = finder(doc.text, start, span.end, doc.published, planned)
        if found is not None:
            d.date, rule = found
            d.rule(rule)
            doc.fire(rule, found[0].span.start, found[0].span.end, found[0].value or "")  # type: ignore[union-attr]
    if d.location is None and d.modality != "phone":
        end = _topics_start(doc, span)
        # the parties' states: of several cities of a name, the one in their state ("Valencia")
        near = tuple(doc.entity(k).country for k in d.participants)
        # meeting.unlisted_place for a city of the gazetteer: the town right after the verb is where they met, before
        # a place of the tables told later ("met on Monday in the border city of Tumbes to prepare the cabinet
        # meeting to be held in Quito")
        first = _unlisted_place(doc, pivot, end, near) if span.start <= pivot < end else None
        if first is not None and doc.lexicon.is_city(first.name) and first.name not in doc.lexicon.places:
            d.location = first
            d.rule("meeting.unlisted_place")
            d.rule("meeting.gazetteer_city")
        else:
            if span.start < pivot < end:
                # meeting.location_after_verb: "X said in Berlin that the three would meet in Paris": the place
                # told after the meeting's verb wins over one told before it
                d.location = location_in(doc, pivot, end)
            if d.location is None:
                d.location = location_in(doc, span.start, end)
            if d.location is not None:
                d.rule("meeting.location")
            elif first is not None:
                d.location = first
                d.rule("meeting.unlisted_place")
            else:
                # the gazetteer's cities where no table's place, venue or town right after the verb is told: after
                # the verb first, as above
                held = d.status == "held"
                if span.start < pivot < end:
                    d.location = gazetteer_city(doc, pivot, end, near, held)
                if d.location is None:
                    d.location = gazetteer_city(doc, span.start, end, near, held)
                if d.location is not None:
                    d.rule("meeting.location")
                    d.rule("meeting.gazetteer_city")
    if d.occasion is None and (at := doc.text.find("sidelines", span.start, span.end)) >= 0:
        # a match starts with "on the " right before the word: no earlier start need be tried
        m = _SIDELINES.search(doc.text, max(span.start, at - len("on the ")), span.end)
        if m:
            d.occasion = m.group(1).strip()
            d.rule("meeting.occasion")
    for t in topics_in(doc, span.start, span.end):
        if t not in d.topics:
            d.topics.append(t)
            d.rule("meeting.topics")


def _topics_start(doc: Doc, span: Span) -> int:
    """Where a topic verb's object starts: a place named after it is a topic, not the venue."""
    for h in doc.words_between(span.start, span.end):
        if h.text.lower() in doc.lexicon.topic_verbs:
            if h.text.lower().endswith("views") and doc.text.startswith(" with ", h.end):
                # meeting.views_with_venue: "exchanged views with Y in Geneva on ...": the party and the venue come
                # before the topic's "on"
                on = _TOPIC_ON_RX.search(doc.text, h.end, span.end)
                return on.start() if on is not None else span.end
            return h.end
    return span.end


#: the start of a topic after "exchanged views with Y in Geneva": " on ", " about ", " regarding "
_TOPIC_ON_RX: Final = re.compile(r"\s(?:on|about|regarding|over)\s+(?![A-Z][a-z]+day\b|\d)")


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
            if "meeting.another_time" in d.rules:
                continue  # told of another month or year than the meetings before it
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


#: meeting.dateline_place: a dateline just before the body or opening it: "PUTRAJAYA: ", "Rabat – ",
#: "Ulaanbaatar /MONTSAME/. ", "CHISINAU, April 8 /MOLDPRES/ – ", "New Delhi [India], December 3 (ANI): "
_DATELINE_ANY: Final = re.compile(
    r"(?P<place>[A-Z][A-Za-z\u00C0-\u024F'’.-]+(?:[ -][A-Z][A-Za-z\u00C0-\u024F'’.-]+){0,2})"
    r"(?:\s*\[[A-Z][\w ]{1,30}\])?(?:,[^\n:—–]{1,40}?)?\s*(?:\([A-Za-z ]{2,20}\))?\s*(?:/[A-Z][\w-]{1,15}/\.?\s*)?"
    r"(?:[:—–]|--|-(?=\s))?\s*$"
)


def _line_before(text: str, line_start: int) -> int:
    """Where the last non-blank line before the line opening at ``line_start`` (> 0) starts, over blank lines
    ("Baku, March 12, AZERTAC\n\nPresident ...")."""
    back = line_start - 1
    while back > 0 and text[back - 1] == "\n":
        back -= 1
    return text.rfind("\n", 0, max(0, back)) + 1


def article_dateline(doc: Doc) -> Place | None:
    """The place of the dateline before the body or at its start, when it names a place the lexicon knows."""
    found = doc.memo.get("article_dateline", False)
    if found is not False:
        return found  # type: ignore[return-value]
    found = None
    if doc.sentences:
        first = doc.sentences[0].start
        line_start = doc.text.rfind("\n", 0, first) + 1
        cands = []
        if first > 0:
            # the dateline line or prefix right before the body ("PUTRAJAYA: " stripped by the cleaner)
            cands.append((_line_before(doc.text, first) if line_start == first else line_start, first))
        # the body's first sentence opening with it ("Ulaanbaatar /MONTSAME/. The consultation ...")
        head_end = min(doc.sentences[0].end, first + 70)
        for sep in (":", "—", "–", " - ", "/."):
            at = doc.text.find(sep, first, head_end)
            if at > first:
                cands.append((first, at + len(sep)))
        if len(doc.sentences) > 1 and doc.sentences[1].start - doc.sentences[0].end < 4:
            cands.append((first, doc.sentences[0].end))
        # a wire dateline in capitals opening the second or third sentence, after short lines the cleaner left in
        # the body (an agency's name, the headline): "TIRANA, November 5 /ATA/ - ..."
        caps_from = len(cands)
        for k in (1, 2):
            if k >= len(doc.sentences) or doc.sentences[k - 1].end - doc.sentences[k - 1].start > 100:
                break
            sk = doc.sentences[k].start
            for sep in ("/ -", "/ –", "/ —", ":", "—", "–", " - "):
                at = doc.text.find(sep, sk, min(doc.sentences[k].end, sk + 70))
                if at > sk:
                    cands.append((sk, at + len(sep)))
                    break
        for n, (a, b) in enumerate(cands):
            if b - a > 80:
                continue
            dm = _DATELINE_ANY.fullmatch(doc.text, a, b)
            if dm is None or (n >= caps_from and not dm.group("place").isupper()):
                continue
            raw = dm.group("place")
            name = raw if not raw.isupper() else _caps_name(raw)
            # a city of the gazetteer too ("TAPACHULA, Mexico --"), with the home's state of several of its name
            if doc.lexicon.is_city(name):
                iso = doc.lexicon.city_country(name, (doc.home,))
                found = Place(name, iso, Span(dm.start("place"), dm.end("place")))
                break
    doc.memo["article_dateline"] = found
    return found


#: lower-case words inside a city's name ("Foz do Iguaçu", "Rio de Janeiro"), as a dateline in capitals writes them
_NAME_JOINERS: Final = frozenset({"de", "do", "da", "dos", "das", "del", "el", "al", "es", "la"})


def _caps_name(raw: str) -> str:
    """A place name a dateline writes in capitals, as the tables write it: "FOZ DO IGUACU" -> "Foz do Iguacu"."""
    words = [w.capitalize() for w in raw.split()]
    return " ".join(w.lower() if i and w.lower() in _NAME_JOINERS else w for i, w in enumerate(words))


#: a party's going to a city, told before it: "then flew to", "arrived in", "travelled on to", "visited"
_WENT_TO: Final = re.compile(
    r"\b(?:arriv\w*|travel\w*|fl(?:ew|ies|y|ying)|head\w*|went|go(?:es|ing)?|moved|continu\w*|proceed\w*|visit\w*)"
    r"\b[^.;,]{0,25}$"
)
#: an institution's name right before "in" and a city: the city is its seat ("the Court of Justice in The Hague")
_SEAT_LEFT: Final = re.compile(r"\b[A-Z][\w’'-]*\s+in\s+$")
#: words that tell of something still to come, before a city ("will travel to", "invited him to visit")
_FUTURE_LEFT: Final = re.compile(r"\b(?:will|would|shall|next|invit\w+|expected|scheduled|plans?|due)\b")


def _dateline_fallback(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.dateline_place: a meeting held in person with no place told is in the dateline's city, when one of
    its parties is of that city's state (the host) or one party's state is not told (the home's official)."""
    todo = [m for m in meetings if m.location is None and m.modality == "in_person" and m.status == "held"]
    if not todo:
        return
    place = article_dateline(doc)
    if place is None:
        return
    # a city abroad the article tells of as a place ("Zarif arrived in Brasilia"): its meetings may be there
    # (not the place of a meeting still to come: "the next round will be held in Beijing"); one told before the
    # meeting, or after it as something done ("X arrived in Brasilia on Sunday"), not to come ("invited him to visit
    # Hanoi next year")
    planned_at = {m.location.span.start for m in meetings if m.status == "planned" and m.location and m.location.span}
    # parties who also talked by phone or video in the article: their talk told without a mode may be one too
    remote = {k for m in meetings if m.modality in _REMOTE for k in m.participants}
    # the places abroad are read one at a time, only as far as a meeting's test needs them: one told in the meeting's
    # sentence or before it, or one told as something done (not to come), rules the dateline out; most leads name one
    abroad = _places_abroad(doc, place, planned_at)
    told: list[int] = []  # the sentences of the places abroad read so far
    done_there = False
    for m in todo:
        countries = {doc.entity(k).country for k in m.participants}
        if (
            m.occasion is not None
            or "meeting.summoned" in m.rules  # a summons: the ministry, wherever it is
            or (m.date is None and doc.published is not None)  # no day told: maybe one told as background
            or (place.country not in countries and None not in countries)
            or remote & set(m.participants)
        ):
            continue
        while not done_there and not any(i <= m.sent for i in told) and (got := next(abroad, None)) is not None:
            i, at = got
            told.append(i)
            done_there = _FUTURE_LEFT.search(doc.text, doc.sentences[i].start, at) is None
        if done_there or any(i <= m.sent for i in told):
            continue
        m.location = place
        m.rule("meeting.dateline_place")


def _places_abroad(doc: Doc, place: Place, planned_at: set[int]) -> Iterator[tuple[int, int]]:
    """The places of a state other than the dateline's that the article tells of as places (a city abroad: "Zarif
    arrived in Brasilia"), each with its sentence, in the order _dateline_fallback reads them: the tables' places,
    then the gazetteer's cities. Not the place of a meeting still to come (``planned_at``: "the next round will be
    held in Beijing") nor the seat of an institution."""
    # the name hits in the sentences, in order, each with its sentence (one pass over the hits, the sentence told by
    # a bisect for the few places only: the sentences are in order and apart, as names_between per sentence reads
    # them)
    places, sentences = doc.lexicon.places, doc.sentences
    for h in doc.name_hits:
        if (
            h.text in places
            and places[h.text][0] != place.country
            and h.start not in planned_at
            and (i := doc.sent_index(h.start)) >= 0
            and h.start < sentences[i].end
            and _location_left(doc.text, max(0, h.start - 40), h.start)
            # not the seat of an institution ("referred the dispute to the International Court of Justice in The
            # Hague")
            and not _SEAT_LEFT.search(doc.text, max(0, h.start - 40), h.start)
        ):
            yield i, h.start
    # a city of the gazetteer abroad too ("arrived in Tapachula")
    for c in gazetteer_cities(doc, doc.sentences[0].start, doc.sentences[-1].end):
        if c.span is None or c.country is None or c.country == place.country or c.span.start in planned_at:
            continue
        if not _SEAT_LEFT.search(doc.text, max(0, c.span.start - 40), c.span.start):
            yield doc.sent_index(c.span.start), c.span.start


_HEAD_WORD: Final = re.compile(r"[^\s,]+")


def article_dateline_day(doc: Doc) -> tuple[DateRef, Place | None] | None:
    """date.dateline_day: the day of the wire dateline on the line right before the body or opening it ("BAKU,
    Azerbaijan, May 25", "Baku, March 12, AZERTAC", "ENA February 10/2020"), when its head starts with a place
    or country the lexicon knows or an agency's initials; not a page's date stamp ("Friday, 14 July 2017",
    "Posted on: May 01, 2020"); with the city its head names, if one."""
    found = doc.memo.get("dateline_day", False)
    if found is not False:
        return found  # type: ignore[return-value]
    found = None
    if doc.sentences:
        text, lx = doc.text, doc.lexicon
        first = doc.sentences[0].start
        starts = [first]
        line_start = text.rfind("\n", 0, first) + 1
        if line_start < first:
            starts.insert(0, line_start)  # "YEREVAN, DECEMBER 17, ARMENPRESS. " before the body on its line
        elif first > 0:
            prev_start = _line_before(text, first)
            if first - prev_start <= 80:
                starts.insert(0, prev_start)  # "Baku, March 12, AZERTAC" alone on the line before
        for a in starts:
            got = dateline_day(text, a, min(len(text), a + 60), doc.published)
            if got is None:
                continue
            ref, head = got
            words = text[head.start : head.end].replace(",", " ").split()
            ok = words[0].isupper() and 2 <= len(words[0]) <= 6  # an agency's initials ("ENA")
            city: Place | None = None
            for n in range(min(3, len(words)), 0, -1):
                name = " ".join(words[:n])
                name = _caps_name(name) if name.isupper() else name
                if lx.is_city(name):
                    iso = lx.places[name][0] if name in lx.places else lx.city_country(name, (doc.home,))
                    ends = [w.end() for w in _HEAD_WORD.finditer(text, head.start, head.end)]
                    city = Place(name, iso, Span(head.start, ends[n - 1]))
                    ok = True
                    break
                ok = ok or lx.name_tables.get(name) in ("place", "country")
            if ok:
                found = (ref, city)
                break
    doc.memo["dateline_day"] = found
    return found


def _dateline_day(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """date.dateline_day: the meetings of the lead (the sentence of the article's first meeting, one of its first
    four), held in person and told with no day, are of the wire dateline's day when they were held in its city: a
    party of the city's state (the host) and no other place told ("BAKU, May 25 -- X received Y"); not a talk
    reported from another capital ("TEHRAN, Apr. 15 -- X and Y held a telephone conversation", "YEREVAN, DECEMBER
    17 -- X met Y in Tbilisi"), nor one whose lead tells another place ("SEOUL, Dec. 12 -- X met Y at a meeting in
    Britain")."""
    if not meetings:
        return
    lead = min(m.sent for m in meetings)
    if lead > 3 or all(m.date is not None for m in meetings if m.sent == lead):
        return
    got = article_dateline_day(doc)
    if got is None:
        return
    ref, place = got
    place = article_dateline(doc) or place
    if place is None or place.country is None:
        return
    lead_span = doc.sentences[lead]
    if any(
        h.table in ("place", "country")
        and h.text != place.name
        and _location_left(doc.text, h.start - 40 if h.start - 40 > lead_span.start else lead_span.start, h.start)
        for h in doc.names_between(lead_span.start, lead_span.end)
    ) or any(c.name != place.name for c in gazetteer_cities(doc, lead_span.start, lead_span.end)):
        return  # "SEOUL, Dec. 12 -- X met Y as they attended a meeting in Britain": not in the dateline's city
    for m in meetings:
        if (
            m.sent == lead
            and m.date is None
            and m.status == "held"
            and m.modality == "in_person"
            and (m.location is None or m.location.name == place.name)
            # (a party of no state told: the home's official)
            and {place.country, None} & {doc.entity(k).country for k in m.participants}
        ):
            m.date = ref
            m.rule("date.dateline_day")


#: "with" before a group noun, in its clause ("conferred with leaders", "with heads of government and representatives")
_WITH_GROUP: Final = re.compile(r"\bwith\b[^.,;:]*$")


@functools.lru_cache(maxsize=8)
def _group_words(lx: Lexicon) -> re.Pattern[str]:
    """The ``group_noun`` words of lower-case letters only ("leaders"), each ending a word: the engine skips to their
    first letters, where every lower-case word ("\\b[a-z]+\\b") of the sentence was looked up (the word boundary
    before one, which would be tried at every position, is told by the caller)."""
    words = sorted(
        (w for w in lx.group_nouns if w.isascii() and w.isalpha() and w.islower()), key=lambda w: (-len(w), w)
    )
    return re.compile("(?:" + "|".join(words) + r")\b" if words else "(?!)")


def _lead_occasion(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.lead_occasion: "X conferred with leaders of several countries on the sidelines of the summit in
    Addis Ababa today. ... X and Y exchanged views on ... X also discussed with Z ...": the lead (one of the first
    two sentences) tells of a person's talks with a group (a ``group_noun``: "leaders", "representatives") and,
    after it, a day or a place; that person's later meetings held in person, told
    with no day or place of their own, are of that day and place -- until another day or place is told for one
    of them (or, for the place, as a place in between: the party may have moved on)."""
    if len(meetings) < 2:
        return
    todo = [m for m in meetings if (m.date is None or m.location is None) and m.status == "held"]
    if not todo:
        return
    lx, text = doc.lexicon, doc.text
    for s in range(min(2, len(doc.sentences))):
        span = doc.sentences[s]
        if not meeting_words(doc, s):
            continue
        pivot = next(
            (
                at.start()
                for w in _group_words(lx).finditer(text, span.start, span.end)
                # (a whole word: the scan's match may end one, a word boundary before it is told here)
                if (w.start() == 0 or not (text[w.start() - 1].isalnum() or text[w.start() - 1] == "_"))
                and (at := _WITH_GROUP.search(text, max(span.start, w.start() - 40), w.start())) is not None
            ),
            -1,
        )
        if pivot < 0:
            continue
        # the day and place told after the talks ("conferred with leaders ... in Addis Ababa today"), not before
        # ("arrived in Uruguay on Wednesday after a visit to Brazil that included meetings with officials")
        found = find_event_date(text, pivot, span.end, doc.published, False)
        date = found[0] if found is not None else None
        place = location_in(doc, pivot, span.end) or gazetteer_city(doc, pivot, span.end, held=True)
        if date is None and place is None:
            continue
        keys = {
            k
            for x in doc.mentions_between(span.start, span.end)
            for k in doc.refs.get((x.start, x.end), ())
            if doc.entity(k).kind == "person"
        }
        if not keys:
            continue
        day_ok, place_ok = date is not None, place is not None
        for m in meetings:
            if m.sent <= s or not keys & set(m.participants):
                continue
            if m.date is not None and date is not None and m.date.value != date.value:
                day_ok = False  # another day told: the next meetings may be of it
            if m.location is not None and place is not None and m.location.name != place.name:
                place_ok = False
            if m.status != "held" or m.modality in _REMOTE:
                continue
            if day_ok and m.date is None:
                m.date = date
                m.rule("meeting.lead_occasion")
            if (
                place_ok
                and place is not None
                and m.location is None
                and not _place_told_between(doc, place, span.end, m.sent)
            ):
                m.location = place
                m.rule("meeting.lead_occasion")
        return


def _place_told_between(doc: Doc, place: Place, start: int, sent: int) -> bool:
    """Whether a place other than ``place`` is told as one from ``start`` to the end of sentence ``sent``."""
    end = doc.sentences[sent].end
    lx = doc.lexicon
    return any(
        h.text in lx.places and h.text != place.name and _location_left(doc.text, max(start, h.start - 40), h.start)
        for h in doc.names_between(start, end)
    ) or any(c.name != place.name for c in gazetteer_cities(doc, start, end))


def _shared_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.shared_place: "In Wellington, X will hold talks with Y and call on Z": a meeting told in the
    sentence of another of the same status and party, with no place of its own, is in that one's place."""
    placed = [m for m in meetings if m.location is not None and m.modality != "phone"]
    if not placed or len(meetings) < 2:
        return
    for m in meetings:
        if m.location is not None or m.modality == "phone":
            continue
        for o in placed:
            if (
                o.sent == m.sent
                and o.status == m.status
                and set(o.participants) & set(m.participants)
                and (o.occasion is None or m.occasion is None or o.occasion == m.occasion)
            ):
                m.location = o.location
                m.rule("meeting.shared_place")
                break


#: meeting.title_place: a headline's place is where its meeting was: "X meets Y in Beijing", "Foreign minister to visit
#: New Delhi next week", "... after Dublin meeting"
_TITLE_PLACE_LEFT: Final = re.compile(r"\b(?:in|at|to|visits?|visiting)\s+(?:the\s+)?$", re.IGNORECASE)
_TITLE_PLACE_RIGHT: Final = re.compile(r"\s+(?:talks|meeting|summit|visit)\b", re.IGNORECASE)


def title_place(doc: Doc) -> Place | None:
    """The first place the headline names where a meeting would be ("in Beijing", "to Rabat", "Dublin talks")."""
    found = doc.memo.get("title_place", False)
    if found is not False:
        return found  # type: ignore[return-value]
    found = None
    if doc.title is not None:
        lx, text = doc.lexicon, doc.text
        start, end = doc.title
        for m in lx.names_re.finditer(text, start, end):
            name = m.group(1)
            if name not in lx.places or lx.name_tables.get(name) not in ("place", "country"):
                continue
            if _TITLE_PLACE_LEFT.search(text, max(start, m.start() - 12), m.start()) or _TITLE_PLACE_RIGHT.match(
                text, m.start() + len(name), end
            ):
                found = Place(name, lx.places[name][0], Span(m.start(), m.start() + len(name)))
                break
        # a city of the gazetteer told before it ("Ministers meet in Tapachula", "Foz do Iguaçu talks")
        city = _title_city(doc, start, found.span.start if found is not None and found.span is not None else end)
        found = city or found
    doc.memo["title_place"] = found
    return found


#: a capitalised run of words in a headline, which Title Case may run on past the city ("In Tapachula Today")
_TITLE_RUN: Final = re.compile(
    r"(?<![\w’'-])(?:St\.|[A-Z][\w’'-]*)(?:[ -](?:(?:d[aeo]s?|del|el|al|es|la)[ -])?(?:St\.|[A-Z][\w’'-]*))*"
)


def _title_city(doc: Doc, start: int, end: int) -> Place | None:
    """meeting.title_place for a city of the gazetteer: the longest leading words of a capitalised run of the
    headline that name one, after "in", "to", "visits" or before "talks", "meeting" (the stop list keeps out
    the words Title Case capitalises: "Reading", "Split")."""
    text, lx = doc.text, doc.lexicon
    for m in _TITLE_RUN.finditer(text, start, end):
        words = m.group().split(" ")
        pos = m.start()
        for i in range(len(words)):  # "FM Visits Tapachula": the city may start inside the run
            # the words around a name read only once it is a city (two table lookups): most headlines name none
            left: bool | None = None
            for n in range(min(len(words) - i, 4), 0, -1):
                name = " ".join(words[i : i + n])
                if name in lx.places or not lx.is_city(name):
                    continue
                at = pos + len(name)
                if left is None:
                    left = _TITLE_PLACE_LEFT.search(text, pos - 12 if pos - 12 > start else start, pos) is not None
                if left or _TITLE_PLACE_RIGHT.match(text, at, end):
                    return Place(name, lx.city_country(name, (doc.home,)), Span(pos, at))
            pos += len(words[i]) + 1
    return None


def _title_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.title_place: the article's first in-person meeting, told with no place, is where the headline says
    (the lead tells the headline's event); meeting.same_visit then passes the city on to that visit's later
    meetings."""
    first = next((m for m in meetings if m.modality == "in_person"), None)
    if first is None or first.location is not None:
        return
    place = title_place(doc)
    if place is None:
        return
    first.location = place
    first.rule("meeting.title_place")


#: meeting.arrival_place: "X arrived in Hanoi on Monday for a two-day visit", "X is in Lima on a working visit"
_ARRIVAL_RX: Final = re.compile(
    # "\b(?:arrived|has arrived|landed|is|was)", letter first (as _CITY_SPAN)
    r"[ahliw](?<!\w.)(?:(?<=a)rrived|(?<=h)as arrived|(?<=l)anded|(?<=i)s|(?<=w)as)\s+in\s+(?=[A-Z])"
)
_VISIT_WORD_RX: Final = re.compile(r"\bvisit\b")


def _arrival_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.arrival_place: "X arrived in Hanoi on Monday for a two-day official visit. During the visit, he met
    Y": a held in-person meeting with no place of its own, told within three sentences after its party's arrival
    in a city for a visit (the arrival's subject a participant), is in that city -- unless another place is told
    in between (the party may have moved on)."""
    text, lx = doc.text, doc.lexicon
    for m in meetings:
        if m.location is not None or m.modality != "in_person" or m.status != "held" or m.sent < 1:
            continue
        for s in range(m.sent - 1, max(-1, m.sent - 4), -1):
            span = doc.sentences[s]
            a = _ARRIVAL_RX.search(text, span.start, span.end)
            if a is None or _VISIT_WORD_RX.search(text, a.end(), span.end) is None:
                continue
            place = location_in(doc, a.start(), span.end) or gazetteer_city(doc, a.start(), span.end, held=True)
            if place is None or place.span is None or place.span.start != a.end():
                break
            subj = next((x for x in doc.sentence_mentions(s) if x.start < a.start()), None)
            if subj is None or not set(doc.refs_of(subj)) & set(m.participants):
                break
            lo, hi = span.end, doc.sentences[m.sent].end
            if any(
                h.text in lx.places and h.text != place.name and _location_left(text, max(lo, h.start - 40), h.start)
                for h in doc.names_between(lo, hi)
            ) or any(c.name != place.name for c in gazetteer_cities(doc, lo, hi)):
                break
            m.location = place
            m.rule("meeting.arrival_place")
            doc.fire("meeting.arrival_place", span.start, span.end, place.name)
            break


def _same_visit_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.same_visit: "X met Y in Kyiv on Thursday ... X was also received by Z": an in-person meeting with no
    place of its own, told after one of the same status in a city the lexicon knows with a party in common, is
    part of the same visit and in that city -- unless a city is named in between (or in its own sentence): the
    party may have moved on ("then flew to Riga"). A venue ("the Bayan Palace") is not passed on: the next
    meeting may be in another building of the city."""
    if len(meetings) < 2:
        return
    lx = doc.lexicon
    for i, m in enumerate(meetings):
        if m.location is not None or m.modality != "in_person":
            continue
        for o in reversed(meetings[:i]):
            if (
                o.location is None
                or o.location.country is None
                or o.modality != "in_person"
                or o.status != m.status
                or o.sent > m.sent
                or not set(o.participants) & set(m.participants)
            ):
                continue
            lo, hi = doc.sentences[o.sent].end, doc.sentences[m.sent].end
            # a city told as a place, not as its government ("Vienna was committed to ...": a metonym)
            if any(
                h.text in lx.places
                and h.text != o.location.name
                and _location_left(doc.text, max(lo, h.start - 40), h.start)
                for h in doc.names_between(lo, hi)
            ) or any(
                # a city of the gazetteer the party went to ("then flew to Rijeka"; not "aid for refugees in Lviv")
                c.name != o.location.name
                and c.span is not None
                and _WENT_TO.search(doc.text, max(lo, c.span.start - 40), c.span.start)
                for c in gazetteer_cities(doc, lo, hi)
            ):
                break
            m.location = o.location
            m.rule("meeting.same_visit")
            break


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
        if host is None or host.kind not in ("name", "desc") or host.lo - im.end() > 3:
            continue
        keys = doc.refs_of(host)
        countries = [doc.entity(k) for k in d.participants if doc.entity(k).kind == "country"]
        if len(keys) != 1 or len(countries) != 1 or keys[0] in d.participants:
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
            )
    return next(iter(seen)) if len(seen) == 1 else None


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


def _holds(e: Entity, want: str) -> bool:
    """Does the named person's title say they hold the role ``want`` ("Omani Foreign Minister", "Minister
    of Foreign Affairs of Oman"; not "President's Special Envoy")?"""
    role = (e.role or "").lower().strip(" ,")
    return (
        role.endswith(want)
        or role.startswith(want + " of")
        or (want == "foreign minister" and _role_at(role, want) >= 0)
    )


def _role_at(role: str, want: str) -> int:
    """Where the role ``want`` stands in a lower-case title (-1 when it does not): "foreign minister" also as
    "minister of (or for) foreign affairs" ("Algerian Minister of Foreign Affairs and National Community")."""
    at = role.find(want)
    if at < 0 and want == "foreign minister":
        fa = _FOREIGN_AFFAIRS.search(role)
        at = fa.start() if fa is not None else -1
    return at


def _rank_word_in(lx: Lexicon, role: str, want: str) -> bool:
    """ "Deputy Foreign Minister" is not the foreign minister, nor is "Former Kazakh Foreign Minister" or a
    "State Minister": one of the lexicon's ``rank_word`` words anywhere before the role, or a
    ``rank_prefix`` word right before it."""
    low = role.lower()
    at = _role_at(low, want)
    if at <= 0:
        return False
    before = low[:at].split()
    return any(w in lx.rank_words for w in before) or before[-1] in lx.rank_prefixes


#: the modalities a talk is told with in so many words (in person is also the default of a bare "talks")
_REMOTE: Final = frozenset({"phone", "video"})


def _own_mission(doc: Doc, parts: list[int]) -> bool:
    """meeting.own_mission: are the parties two persons of one state, one of them its envoy abroad and the other
    not (two envoys of a state told together may be meeting a third side the text names otherwise)?"""
    es = [doc.entity(k) for k in parts]
    if len(es) != 2 or any(e.kind != "person" or e.country is None for e in es) or es[0].country != es[1].country:
        return False
    missions, envoys = doc.lexicon.mission_roles, doc.lexicon.envoy_roles
    return [e.role_head in missions or e.role_head in envoys for e in es].count(True) == 1


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
_OBJECT_LIST_RX: Final = re.compile(r",\s+(?:the|a)\s+[^,;.]{1,80},")
_COUNTERPART_ENTITIES_RX: Final = re.compile(r",\s*and\s+|,\s*|\s+and\s+")
_TOPICS_IN_RX1: Final = re.compile(r"\s+(?:on|about|over)\s+")
#: (",\s*(?:including\s+|as well as\s+|and\s+)?|\s+as well as\s+", a class of first characters first: the engine
#: skips to its candidates, where the alternation was tried at every position; a look-behind tells which it was)
_TOPICS_IN_RX2: Final = re.compile(r"[,\s](?:(?<=,)\s*(?:including\s+|as well as\s+|and\s+)?|(?<=\s)\s*as well as\s+)")
#: _TOPICS_IN_RX2 for a list with no "as well as": its commas only (a scan that skips to them, where the whole tries
#: each space too)
_TOPICS_IN_COMMA: Final = re.compile(r",\s*(?:including\s+|and\s+)?")
_DETECT_MEETINGS_RX1: Final = re.compile(r"\s*(?:,\s*)?(?:as well as|and)\s")
#: meeting.and_adverb_verb: "X arrived in Lima and first met Y", "... and later held talks with Z"
_DETECT_MEETINGS_RX2: Final = re.compile(
    r"\band\s+(?:(?:first|then|later|also|subsequently|afterwards|immediately|separately)\s+)?$"
)
_DETECT_MEETINGS_RX3: Final = re.compile(r"\s+to\s+(?:the\s+)?")
_EACH_SEPARATELY: Final = re.compile(
    r"\s+(?:(?:with\s+)?each\s+of\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|them|the\s+two)|(?:with\s+)?them|both)\s+separately\b"
)
_CO_CHAIR_WITH: Final = re.compile(r"[^.;,“”\"]{0,120}?\bwith\s+")
#: a phone call's "to" before a name or title (meeting.call_to; not "a call to action", "calls to end the war")
_CALL_TO_RX: Final = re.compile(r"\s+to\s+(?=(?:the\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}[A-Z])")
_TO_WITH_AFTER: Final = re.compile(r"[^.;,“”\"]{0,30}?\b(?:to|with)\s+")
_DURING_LEFT: Final = re.compile(
    # "\b(?:during|at|after|following|in)", letter first (as _CITY_SPAN); group 1 holds what follows the "i" of "in"
    r"[adfi](?<!\w.)(?:(?:(?<=d)uring\s+(?:their\s+|the\s+)?|(?:(?<=a)t|(?<=a)fter|(?<=f)ollowing)\s+their\s+)"
    r"(?:[\w-]+\s+){0,2}$|(?<=i)(n\s+(?:an?|their)\s+)(?:[\w-]+\s+){0,2}$)"
)
#: a sentence opening with an indefinite meeting noun: "In a phone call on Monday, ..."
_IN_A_FRONT: Final = re.compile(r"\W*(?:(?:In|During)(?:\s+(?:an?|their))?|At\s+their)\s+(?:[\w-]+\s+){0,2}")
_WITH_BEFORE_COMMA: Final = re.compile(r"\b(?:with|between|of)\b")
#: what links conjoined subjects: "X and his Y", "X, Y and the Z", "X and his German counterpart, Y" (the
#: counterpart set off by a comma before the name: meeting.counterpart_apposition)
_AND_HIS_LINK: Final = re.compile(
    r"\s*(?:,\s*and|,|and)\s+(?:his\s+|her\s+|the\s+|their\s+)?(?:(?:[A-Z][a-z]+\s+)?counterpart,\s+)?"
)
_PLANNED_NEXT: Final = re.compile(
    r"\b(?:would|will|plan to|agreed to|are (?:scheduled|set|expected|due) to)\s+(?:also\s+)?(?:hold|meet|have)\b"
    r"[^.;,]{0,50}$"
)
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
_PLANNED_AFTER: Final = re.compile(
    r"(?:\s+(?:on|in|at)\s+[^,.;]{1,40}?)?\s+(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|set|expected|due|planned|slated)\b"
    r"|(?:will|would)\s+(?:also\s+)?(?:take place|be held|start|begin|open)\b)"
)
_PROGRESSIVE_LEFT: Final = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?$")
#: meeting.is_hosting: "is hosting", "is on Tuesday hosting", "was today receiving" before the verb
_PROGRESSIVE_HOST_LEFT: Final = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+|(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|also\s+)?$"
)
_SUBORDINATOR_LEFT: Final = re.compile(r"\b(?:after|before|since|while|when|until|once)\s+$")
_AFTER_CLAUSE_LEFT: Final = re.compile(
    r",\s+(?:(?:a|one|the|two|three|four|five|several) (?:day|days|week|weeks|hours?) )?(?:after|before|since)\s+"
    r"[^,;]{1,60}$"
)
#: "the ministry's headquarters"; ``{words}``: the ``venue_noun`` table
#: "the ministry's headquarters", "the Ministry of Foreign Affairs headquarters": the venue noun after the body
_VENUE_TAIL_RE: Final = r"(?:['’]s\s+(?:[a-z]+\s+){0,2}?|\s+)(?:{words})\b"
#: meeting.outcome_of_talks: the verb that tells the results of a talk, right before the talk's noun
_OUTCOME_OF_LEFT: Final = re.compile(
    r"\b(?:summ(?:ed|arized|arised) up|summ(?:arized|arised)|assessed|evaluated|reviewed|hailed|praised|welcomed|"
    r"briefed (?:\w+ ){0,3}?(?:on|about)|informed (?:\w+ ){0,3}?(?:of|about)|spoke (?:about|of)|outlined|presented)\s+"
    r"the\s+(?:main\s+|positive\s+)?(?:outcomes?|results?)\s+of\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}$"
)
_HIS_NOUN_LEFT: Final = re.compile(
    r"\b(?:hailed|praised|described|called|termed|recalled|lauded|summed up|said|says|told \w+(?: \w+)? that|"
    # meeting.his_meeting: "X said that her talks with Y were useful": "that" after the cue
    r"said that|says that|stressed that|noted that|"
    r"briefed \w+(?: \w+)? on|spoke about|talked about|commented on|reflected on|referred to|spoke of|"
    r"evaluated|assessed|"
    # meeting.picture_of_meeting: "X posted a message with a picture of his meeting with Y on Sunday night"
    r"photos?\s+of|pictures?\s+of|images?\s+of|video\s+of|footage\s+of)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}$"
)
#: meeting.his_meeting_front: a fronted phrase about the subject's own talk ("Regarding his talks with Y, X said")
_HIS_FRONT_RX: Final = re.compile(
    r"\W*(?:Regarding|Referring to|Commenting on|Speaking (?:about|of|on)|Reflecting on|Recalling|Asked about|"
    r"Describing|Discussing|On|About)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}"
)
_COMMA_IN_A_LEFT: Final = re.compile(r"\s*,\s*(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}")
_REL_CLAUSE_RX: Final = re.compile(r"(?:,\s*|\s)(?:where|during which|in which|after which|when)\b(?=[^,]*$)")
_PAST_ARRIVAL: Final = re.compile(r"\b(?:arrived|landed|began|started|kicked off)\b")
_POSSESSIVE_VISIT_LEFT: Final = re.compile(
    r"['’]s?\s+(?:(upcoming|forthcoming|planned|expected|next|scheduled)\s+)?"
    r"(?:(?:first|recent|latest|two-day|three-day|four-day|one-day|[\w]+-day|official|state|working|historic)\s+){0,3}"
)
#: meeting.possessive_visit's own day: "on Monday", "next week", "on March 10", "on 10 March"
_VISIT_DAY_AFTER: Final = re.compile(
    r"\s+(?:on|next|this|last)\s+\w+(?:\s+(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b))?"
)
_HIS_AFTER: Final = re.compile(r"\s+(?:his|her|their)\s")
_AGAIN_RX: Final = re.compile(r"\b(?:again|another|next round|follow-up|last year|earlier this year|previously)\b")
#: the foreign minister's other titles: "Minister of Foreign Affairs", "External Affairs Minister" (India,
#: Bhutan), "Minister of External Relations" (Angola, Brazil)
_FOREIGN_AFFAIRS: Final = re.compile(
    r"\bminister (?:of|for) (?:foreign|external) (?:affairs|relations)\b|\bexternal affairs minister\b"
)
#: meeting.body_delegation: "received a Kurdistan Regional Government (KRG) delegation headed by X": the body
#: names whose delegation it is
_TOGETHER_WITH: Final = re.compile(r",?\s+(?:together|along)\s+with\s+")
_DELEGATION_OF_GAP: Final = re.compile(r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:of|from)\s+(?:the\s+)?")
_LED_BY_AFTER: Final = re.compile(
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?(?:\s+(?:delegation|team|mission))?,?\s+(?:led|headed|chaired)\s+by\s"
)
_APPOS_NAME_GAP: Final = re.compile(r",\s*")
#: meeting.appositive_paren: a parenthetical right after a description, before the comma and its name
_APPOS_PAREN: Final = re.compile(r"\s*\([^()]{1,60}\)(?=,)")
_APPOS_COMMA: Final = re.compile(r"\s*,\s*")
_OBJ_PRONOUN: Final = re.compile(
    r" (?:him|her)(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|last|this|earlier|today|yesterday|for|and|during|again|briefly)\b)"
)
_PAST_MEETING_VERBS: Final = frozenset({"met", "held", "spoke", "paid", "had", "made", "took", "sat down"})
_COUNT_WORDS: Final = {"two": 2, "pair": 2, "duo": 2, "three": 3, "four": 4}
#: meeting.separate_subjects: "had separate meetings", "held separate talks", "separately met" before the object
_SEPARATE_SUBJECTS: Final = re.compile(
    r"\b(?:(?:had|held|have|hold)\s+separate\s+(?:[a-z-]+\s+)?(?:meetings|talks|consultations|discussions)|"
    r"separately\s+(?:met|held|hold|meet|received|spoke|talked))\b"
)
#: meeting.separate_meetings_with: "separate meetings with", "separate bilateral talks with"
_SEPARATE_WITH: Final = re.compile(r"separate\s+(?:[a-z-]+\s+)?(?:meetings|talks|consultations|discussions)\s+with\b")
_SEPARATELY_AFTER: Final = re.compile(
    r"[^.;]{0,40}?\b(?:(?:each|them|both)\s+(?:of\s+them\s+)?separately|(?:in\s+)?(?:two\s+|three\s+)?separate\s+(?:meetings|talks|sessions))\b"
)
_PRONOUN_OPENING: Final = re.compile(r"\s*(?:He|She)\s+(?:was|had been)\s+(?:then\s+|later\s+)?received\b")
_COORD_AUX_LEFT: Final = re.compile(
    r"\s(?:will|is|are|was|were)\s[^.;,“”\"]{1,80}?\sand\s+(?:(?:is|are|will|was|were)\s+)?(?:also\s+)?"
    r"(?:(?:scheduled|set|expected|due|slated|going)\s+)?(?:to\s+)?(?:pay\s+)?$"
)
_COORD_VP_LEFT: Final = re.compile(
    r"\s(?:,\s*)?and\s+(?:(?:was|were|has|had|have)\s+)?(?:(?:also|later|then|subsequently|separately)\s+)?"
    # meeting.coordinated_planned: "X had met Y at the palace, and is scheduled to meet Z tomorrow"
    r"(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|set|expected|due|slated)\s+to\s+|will\s+(?:also\s+)?)?"
    # ("... and paid courtesy calls on Z", "... and made a phone call to Z")
    r"(?:(?:held|had|conducted|holds|has|hold|have|paid|pays|pay|made|makes|make)\s+(?:[\w-]+\s+){0,2}?)?$"
)
#: "discussed relations with Russia"; ``{words}``: the ``relation_noun`` table
_TOPIC_WITH_RE: Final = r"\b(?:{words})\s+with\s+$"
#: "mediated by ", "brokered by " anywhere after a meeting's word (meeting.mediated_by; _MEDIATED_AFTER is the same
#: right after the list of a "between")
_MEDIATED_BY_RX: Final = re.compile(r"(?:mediat|broker)ed by ")
_MEDIATED_AFTER: Final = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:mediated|brokered|facilitated|hosted|chaired)\s+by\s+"
)
_REPORTED_AFTER: Final = re.compile(
    # coref.reported_where: "The spokesperson further said X would leave for Beijing, where he ..."
    r"(?:,[^,.;]{1,80}+,)?(?:\s+(?:further|also|later|earlier|separately|additionally))?"
    r"\s+(?:said|says|announced|announces|stated|confirmed|noted|told\s+[\w\s]{1,30}?)"
    r"(?:\s+(?:on\s+\w+|today|yesterday))?,?\s+(?:that\s+)?"
)
#: "met opposition leaders, including X and Y"; ``{words}``: the ``group_noun`` table
_INCLUDING_AFTER_RE: Final = (
    r"\s+(?:(?:the|several|a\s+number\s+of|some|senior|top|local)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:{words})"
    # ("called on dignitaries of Nepal which included President A, Prime Minister B": a relative clause's list)
    r"(?:\s+(?:of|from)\s+[^,.;]{1,40}?)?,?\s+(?:including|among\s+them|notably|such\s+as|"
    r"(?:which|who)\s+includ(?:ed|es|e))\s+"
)


_APPOS_ROLE_GAP: Final = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}?\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*),\s*")
_APPOS_NAME_END: Final = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|at|on|to|and|last|this|earlier)\b")
_ON_A: Final = re.compile(r"\bon an?\s")
_IN_PLACE_GAP: Final = re.compile(r"\s+(?:in|at)\s+")
#: meeting.venue_then: after an object's venue, its day and then "and (later)" the next object
_VENUE_THEN: Final = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+|\s+(?:today|tomorrow|yesterday))?,?\s+and\s+(?:(?:later|then|afterwards)\s+)?(?:with\s+)?"
)
_JOIN_AFTER_VENUE: Final = re.compile(r"(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w-]*\s+){0,3}")
_IN_PLACE_AFTER: Final = re.compile(r"\s+(?:in|at)\s+[A-Z]")
_AND_LINK: Final = re.compile(r"\s*(?:,\s*and|,|and)\s+")
#: a past or finite verb before a headline's "to" (meeting.headline_infinitive does not apply)
_PAST_VERB_RX: Final = re.compile(
    r"\b(?:[a-z]+ed|flew|went|came|met|held|left|spoke|said|told|is|are|was|were|had|did)\b"
)
#: what ends a sentence of a body text (a headline ends with none)
_SENTENCE_END: Final = (".", "!", "?", '"', "”", "’", ":")
#: "X is meeting Y", "X and Y are also holding talks": the present progressive (meeting.progressive_future)
_PRESENT_ING_LEFT: Final = re.compile(r"\b(?:is|are)\s+(?:also\s+)?$")
_LATER_AFTER: Final = re.compile(
    r"[^.;]{0,100}?\b(?:later\s+(?:today|tonight|this\s+(?:week|month|year)|in\s+the\s+(?:day|week|month))|"
    r"tomorrow|next\s+(?:week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b"
)
#: "following a two-hour meeting with", "at today's bilateral meeting with": hyphened modifiers, a day's
_IN_A_LEFT: Final = re.compile(
    r"\b(?:in|during|at|following|after)\s+(?:an?|the|his|her|(?:to|yester|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
