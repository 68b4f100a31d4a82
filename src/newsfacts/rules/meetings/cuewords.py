"""The regexes and word tables of the main rule (``_detect_meetings``), compiled once."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.prefilter import innermost, required_words

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
#: "called on Y to act", "called on Y to “invest ...”" (a quoted verb too): an appeal, not a call on Y
#: (meeting.call_on_according_to: "called on Y in Lima, according to a statement": no appeal's "to")
_APPEAL_TO: Final = re.compile(r"(?<!according )\bto\s+[\"“‘']?(?!the\b|his\b|her\b|an?\b|[A-Z])[a-z]+")
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


#: verbs that tell a meeting face to face by their own meaning ("met", "visited", "hosted"), not "spoke", "talked"
_IN_PERSON_LEMMAS: Final = frozenset({"meet", "visit", "host"})
#: verbs that do not say how the parties talked ("spoke with Y" may be by phone)
_UNSAID_LEMMAS: Final = frozenset({"speak", "talk"})


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
    # ("Speaking among reporters, following his meeting with Y, X said": the audience set off by a comma)
    r"(?:(?:to|among|with) (?:reporters|journalists|the press|[A-Z]\w+ media),?\s+)?"
    r"(?:after|following|at the end of)\s+"
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
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
#: ("X told a meeting with Y in Sari that ...": the meeting as the audience told)
_CUE_IN_LEFT: Final = re.compile(
    r"\b([a-z]+)(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday))?\s+(?:(?:in|during)\s+|(?<=told\s))"
    r"(?:an?|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)


#: meeting.inverted_said_in: '"...," said X during a press conference in Brasilia with Y': the cue, its speaker's
#: name after it, then the talk
_INVERTED_CUE_IN_LEFT: Final = re.compile(
    r"\b([a-z]+)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:in|during|at)\s+(?:an?|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)


#: meeting.with_set_off: ", Tuesday in Rabat, with ", ", on Monday, with ": a day (and place) set off by commas
#: the finite cue right before "visiting" (meeting.told_visiting)
_CUE_BEFORE_RX: Final = re.compile(r"\b([a-z]+)\s+$")
#: other talks with someone, the topic of a verb of talks (meeting.topic_talks_with)
_TOPIC_TALKS_WITH: Final = re.compile(
    r"\b(?:(?:about|over|regarding|concerning)\s+(?:the\s+|their\s+)?|on\s+(?:the|their)\s+)"
    r"(?:(?!to\s)[\w+.-]+\s+){0,3}?(?:talks|negotiations|meetings?)\s+with\s+$"
)
#: a second "with" between a meeting's objects (meeting.and_with)
_WITH_AGAIN: Final = re.compile(r"(?:,?\s+and|,?\s+as well as)\s+with\s")
#: a verb of talking about something before a noun of talks between two states (meeting.topic_process)
_TOPIC_BEFORE_RX: Final = re.compile(
    r"\b(?:spoke|talked|spoken|informed|briefed)\s+(?:[\w-]+\s+){0,3}?(?:about|on)\s|\bdiscuss(?:ed|ing)\s"
)
#: the plural meeting nouns that count talks one by one ("held telephone conversations with A and B": one each;
#: "talks", "negotiations", "discussions" are told in the plural of one meeting too)
_COUNT_PLURAL_ENDS: Final = ("conversations", "calls", "meetings")
#: what joins a named party to the unnamed counterparts after it (meeting.with_then_counterparts)
_WITH_AGAIN_JOIN: Final = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:with\s+)?")
_WITH_SET_OFF: Final = re.compile(
    r"(?:,\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?),\s+with\s+"
)
#: meeting.discussed_long_with: a topic verb's "with" after a long topic (commas allowed)
_FAR_WITH: Final = re.compile(r"[^.;“”\"]{0,160}?\bwith\s+(?=(?:his|her|their|the)\s|[A-Z])")
#: a possessive word (and "the") between "with" and a title: "the bloc's ", "the union’s "
_POSSESSIVE_WORD_GAP: Final = re.compile(r"(?:the\s+)?[A-Za-z-]+['’]s\s+")
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
#: a sentence that opens with the press conference a meeting was followed by, before the meeting's noun
_CONFERENCE_AFTER_LEFT: Final = re.compile(
    r"\W*(?:In|At|During)\s+(?:an?|the|his|her|their)\s+(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)"
    r"\s+(?:following|after)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+){0,2}$"
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


_AUDIENCE_AFTER: Final = re.compile(
    r"s?\s+(?:to|with)\s+(?:the\s+|local\s+|foreign\s+)?(?:reporters|journalists|press|media|correspondents|"
    r"newsmen|the\s+press"
    # meeting.staff_audience: "X speaks to State Department employees upon arrival": a body's staff is an audience
    r"|(?:[A-Z][\w.-]*\s+){1,4}(?:employees|staff|workers|students|troops|personnel))\b"
)


#: "During his ", "In her first " opening a sentence before a meeting noun (meeting.his_front_passive)
_HIS_IN_FRONT_RX: Final = re.compile(r"\W*(?:During|In|At|After|Following)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}")
_DETECT_MEETINGS_RX1: Final = re.compile(r"\s*(?:,\s*)?(?:as well as|and)\s")
#: meeting.and_adverb_verb: "X arrived in Lima and first met Y", "... and later held talks with Z"
_DETECT_MEETINGS_RX2: Final = re.compile(
    r"\band\s+(?:(?:first|then|later|also|subsequently|afterwards|immediately|separately)\s+)?$"
)
#: a visit's plan told right after its destination ("to Singapore scheduled to be held by the end of this month")
_SCHEDULED_AFTER: Final = re.compile(
    r",?\s+(?:(?:is|was|which\s+is)\s+)?(?:scheduled|planned|expected|due|set)\s+(?:to|for)\b"
)
#: ", then " before a second verb of the subject (as "and then": meeting.then_planned)
_COMMA_THEN_LEFT: Final = re.compile(r",\s+then\s+$")
#: after "visit": " to ", " to the ", and a capital told by its state ("to the Iranian capital city of ", "to the
#: Iranian capital, ")
_DETECT_MEETINGS_RX3: Final = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+capital(?:\s+city)?(?:\s+of|,)\s+)?")
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
_PLANNED_NEXT: Final = re.compile(
    r"\b(?:would|will|plan to|agreed to|are (?:scheduled|set|expected|due) to)\s+(?:also\s+)?(?:hold|meet|have)\b"
    r"[^.;,]{0,50}$"
)
_PLANNED_AFTER: Final = re.compile(
    r"(?:\s+(?:on|in|at)\s+[^,.;]{1,40}?)?\s+(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|set|expected|due|planned|slated)\b"
    r"|(?:will|would)\s+(?:also\s+)?(?:take place|be held|start|begin|open)\b)"
)
_PROGRESSIVE_LEFT: Final = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?$")
#: meeting.is_hosting: "is hosting", "is on Tuesday hosting", "was today receiving" before the verb
_PROGRESSIVE_HOST_LEFT: Final = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+|(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|also\s+)?$"
)
_AFTER_CLAUSE_LEFT: Final = re.compile(
    r",\s+(?:(?:a|one|the|two|three|four|five|several) (?:day|days|week|weeks|hours?) )?(?:after|before|since)\s+"
    r"[^,;]{1,60}$"
)
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
    # "X is to give details of his Thursday meeting with Y"
    r"details\s+of|"
    # meeting.picture_of_meeting: "X posted a message with a picture of his meeting with Y on Sunday night"
    r"photos?\s+of|pictures?\s+of|images?\s+of|video\s+of|footage\s+of)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}$"
)
#: meeting.his_meeting_front: a fronted phrase about the subject's own talk ("Regarding his talks with Y, X said")
_HIS_FRONT_RX: Final = re.compile(
    r"\W*(?:Regarding|Referring to|Commenting on|Speaking (?:about|of|on)|Reflecting on|Recalling|Asked about|"
    r"Describing|Discussing|On|About)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}"
)
#: ("X in a meeting with Y called for ...": the comma may be left out)
_COMMA_IN_A_LEFT: Final = re.compile(r"\s*,?\s+(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}")
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
#: meeting.body_delegation: "received a Kurdistan Regional Government (KRG) delegation headed by X": the body
#: names whose delegation it is
_TOGETHER_WITH: Final = re.compile(r",?\s+(?:together|along)\s+with\s+")
_OBJ_PRONOUN: Final = re.compile(
    r" (?:him|her)(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|last|this|earlier|today|yesterday|for|and|during|again|briefly)\b)"
)
_PAST_MEETING_VERBS: Final = frozenset({"met", "held", "spoke", "paid", "had", "made", "took", "sat down"})
#: meeting.separate_subjects: "had separate meetings", "held separate talks", "separately met" before the object
_SEPARATE_SUBJECTS: Final = re.compile(
    r"\b(?:(?:had|held|have|hold)\s+separate\s+(?:[a-z-]+\s+)?(?:meetings|talks|consultations|discussions)|"
    r"separately\s+(?:met|held|hold|meet|received|spoke|talked))\b"
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
#: "met opposition leaders, including X and Y"; ``{words}``: the ``group_noun`` table
_INCLUDING_AFTER_RE: Final = (
    r"\s+(?:(?:the|several|a\s+number\s+of|some|senior|top|local)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:{words})"
    # ("called on dignitaries of Nepal which included President A, Prime Minister B": a relative clause's list)
    r"(?:\s+(?:of|from)\s+[^,.;]{1,40}?)?,?\s+(?:including|among\s+them|notably|such\s+as|"
    r"(?:which|who)\s+includ(?:ed|es|e))\s+"
)
_ON_A: Final = re.compile(r"\bon an?\s")
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

#: meeting.at_request_of: after a call or meeting noun, who asked for it: "at the request of ", "initiated by the "
_AT_REQUEST_AFTER: Final = re.compile(
    r"\s+(?:(?:on|at|upon)\s+(?:the\s+)?(?:request|initiative)\s+of|(?:that\s+was\s+)?initiated\s+by)\s+(?:the\s+)?"
)

#: meeting.another_talk: a talk told as another one than the last, with no parties of its own: "another phone
#: conversation", "another round of talks"
_ANOTHER_TALK_RX: Final = re.compile(
    r"\b[Aa]nother\s+(?:(?:tele)?phone\s+(?:conversation|call)|video\s+(?:call|conference)|conversation|call|"
    r"meeting|round\s+of\s+talks)\b"
)
