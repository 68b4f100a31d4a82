"""Compiled regexes and word tables that several statement modules share (a module's own stay in it)."""

from __future__ import annotations

import re
from typing import Final

#: adverbs and auxiliaries between a subject and its cue: "A spokesman for X also stressed", "... has said",
#: "... once again called for", "... categorically denied"
_CUE_LEFT_GAP: Final = (
    r"(?:(?:also|still|now|again|once\s+again|jointly|further|later|earlier|then|first|has|have|had|was|were|"
    r"[a-z]{3,}ly)\s+){0,3}"
)

_THAT: Final = re.compile(
    r"(?:\s+(?:on \w+(?: (?:morning|afternoon|evening|night))?|"
    # "said Thursday that": a bare weekday
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?|"
    r"in (?:a|the|his|her|its|their) (?:\w+ ){0,2}"
    r"(?:statement|meeting|press conference|interview|message|letter|tweet|remarks|speech|conference|post|address|"
    r"briefing|op-ed|article|broadcast|video|call)"
    r"(?: (?:on|in) [^,.;]{1,30}?)?|earlier|later|also|again|at the time|here|today|yesterday|once again|"
    r"further|repeatedly|explicitly|clearly|firmly|"
    # "The Turkish side said for his part that ...": the turn of the other side in a talk
    r"for (?:his|her|its|their) part|"
    # "said last week that ...", "said earlier this month that ..."
    r"(?:earlier |later )?(?:last|this|next) (?:week|month|year)))*\s*(?:,\s*)?(?:that\b|:)\s*"
)

_QUOTE_OPEN: Final = '“"‘'

_QUOTE_CLOSE: Final = '”"’'

_FRONT_TAIL: Final = re.compile(
    # "..., said the sources, who asked not to be named." / "..., speaking on condition of anonymity."
    # "..., said Fayez, as he called for aid." (statement.fronted_quote: the clause after "as" is its own)
    # "..., added X, commenting on the trend": what the words were said about
    r"(?:,\s*(?:who|speaking|without|as|commenting|reacting|responding|referring)\b[^“”\"]*)?"
    # statement.fronted_quote: '"...," he said as he described the talks as "frank."': a clause of its own subject
    # after the cue, quotes and all (possessive: the rest of the sentence, never backtracked)
    r"(?:,?\s+(?:as|while|when)\s+(?:he|she|they)\s+[a-z]+\b.*+)?"
    # "..., President X said receiving Minister Y" (statement.fronted_quote): the occasion after the cue
    r"(?:\s*(?:receiving|welcoming|hosting)\s+(?:the\s+)?[A-Z][^“”\"]*)?"
    r"(?:\s*(?:in|on|at|after|before|during|ahead|following|prior|of|to|by|while|amid|as|when|earlier|later|here|"
    r"today|yesterday|"
    # "..., Erdogan said Thursday in a joint press conference": a bare weekday after the cue
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"also|in a|in his|in her|in its|last|late|early|afterwards?|separately|then|recently|"
    # statement.fronted_quote_ago: '"...," said Spokesman X a few days ago.': the time the words were said
    r"(?:a\s+few|a|one|two|three|four|five|six|several|some)\s+(?:hours?|days?|weeks?|months?)\s+ago|"
    # "this week", not "said this is a violation": a demonstrative is what was said
    r"this\s+(?:week|weekend|month|year|morning|afternoon|evening|time))\b[^“”\"]*)?\s*[.!?]?[\"”’]?\s*$"
)

#: the longest paragraph read as the words a "said:" ending the paragraph before introduces
_MAX_COLON_PARAGRAPH: Final = 1500

_OPENING_PHRASE: Final = re.compile(
    r"(?:(?:In|During|At|On|For|After|Upon|Following|Speaking|Elsewhere|Separately|Meanwhile|Later|Earlier|"
    r"Additionally|Moreover|Furthermore|However|Also)\b[^,]{0,80},\s*)?"
)

# Patterns the rules use inline, compiled once (a module-level re.compile, not re's cache).
_FINITE_RX2: Final = re.compile(r"\s*(?:the\s+|its\s+|his\s+|her\s+|their\s+)?")

_INVERTED_MODIFIER_RX: Final = re.compile(
    r"\s*(?:the\s+)?(?:(?!(?:that|it|to|in|on|at|by|of|for|with|he|she|they|and|but|as|this|its|his|her|their)\s)"
    r"[a-z][a-z-]+\s+){1,3}"
)

#: an organization told by what it is: "the regional bloc", "the alliance", "the 27-member union"
_ORG_DESC_RX: Final = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:bloc|alliance|organi[sz]ation|grouping)\b(?!['’-])")

#: "leaders of the bloc said": a description after a preposition is no subject
_PREP_LEFT_RX: Final = re.compile(r"\b(?:of|in|from|at|within|to|with|for|by|on|about|inside)\s+$")

#: "'s office", "’s press office", "’s headquarters" (a leader's seat of office) after a person's mention
_OFFICE_AFTER_RX: Final = re.compile(
    r"['’]s?\s+(?:(?:(?:press|media)\s+)?office|press\s+service|[Aa]dministration|headquarters)\b"
)

#: the issuing verb and the document it issues: "issued a statement", "also released a brief note"
_ISSUED_DOCUMENT_RE: Final = (
    # (a day may stand before the verb: "The embassy later on Sunday released a statement")
    r"(?:\s+(?:also|later|earlier|then|swiftly|quickly))?(?:\s+on\s+[A-Z][a-z]+day)?"
    r"\s+(?:issued|released|published|put out)\s+"
    r"(?:an?|its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|note|communiqu[eé]|readout|press release|declaration)"
)

_ISSUER_VERBS: Final = frozenset({"issued", "released", "published", "put out"})

_QUOTED_CUE_LEFT_RX: Final = re.compile(r"[\"“](?:[a-z]+ly\s+)?$")

#: between a plural subject and its present-tense cue: a space and at most one adverb ("also", "strongly")
_PLURAL_GAP_RX: Final = re.compile(r"\s+(?:(?:also|still|now|again|jointly|[a-z]{3,}ly)\s+)?")

_WHO_LEFT_RX: Final = re.compile(
    r",\s*who\s+(?:(?:has|have|had|also|later|earlier|then|previously|recently|once again|again|[a-z]{3,}ly)\s+)*$"
)

#: rules of a source's account of what happened or was said ("according to the ministry", "..., the statement
#: said"): a body's or a group's account is `say` whatever it holds (statement.account_kind); a person's
#: ("according to her, ...") is their own view
_ACCOUNT_RULES: Final = frozenset(
    {
        "statement.according_to_press_service",
        "statement.according_to",
        "statement.according_to_aside",
        "statement.according_to_joint",
        "statement.according_to_issuer",
        "statement.according_to_body",
        "statement.according_to_apposition",
        "statement.communique_parties",
        "statement.pronoun_office",
        "statement.office_of_person",
        "statement.trailing_source",
    }
)

#: rules of a participle cue's statement ("..., stressing A"), which a second participle joined by "and" continues
_PARTICIPLE_RULES: Final = frozenset(
    {
        "statement.participle",
        "statement.participle_inner",
        "statement.participle_nested",
        "statement.participle_after_quote",
        "statement.participle_caller",
        "statement.with_person",
        "statement.with_group",
    }
)

#: rules that report another's account ("X condemned Y, the ministry said")
_REPORTING_RULES: Final = frozenset(
    {
        "statement.according_to",
        "statement.according_to_aside",
        "statement.according_to_joint",
        "statement.according_to_issuer",
        "statement.office_of_person",
        "statement.fronted_quote",
        "statement.trailing_source",
    }
)

#: "The Joint Staff ", "the Department of Trade (DoT) on Thursday " before a cue (statement.body_head)
_BODY_NAME: Final = (
    r"(?P<head>[A-Z][a-z]+)(?:\s+(?P<prep>of|to|in|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}"
    # "the Council for the Development of Cambodia", "the Committee for the Defense of Human Rights": one more
    # "of" phrase after a "for" one
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})?)?)"
)

_BODY_TAIL: Final = (
    r"(?:\s*\([A-Z][A-Za-z.]{1,9}\))?(?:\s+(?:(?:on|late|early|last)\s+[A-Z][a-z]+|yesterday|today))?"
    r"\s*(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)

#: "the press service of the Cabinet ", "the Kazakh Foreign Ministry's press service also ", "Akorda press service "
#: before a cue (statement.press_service)
_PRESS_SERVICE_NAME: Final = (
    r"(?P<name>(?:[Pp]ress|[Mm]edia|[Ii]nformation)\s+(?:service|office|secretariat)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w.-]*"
    r"|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}(?P<ohead>[A-Z][\w.-]*|[a-z]{4,}))(?:['’]s?)?\s+(?:presidential\s+)?"
    r"(?:press|media)\s+(?:service|office|secretariat))"
)

#: the same after "according to (a statement from)": "the Lithuanian government's press service, "
_PRESS_SERVICE_AT_RX: Final = re.compile(r"(?:[Tt]he\s+)?" + _PRESS_SERVICE_NAME + r"(?=\s*[,.;])")

_PRESS_SERVICE_WORDS: Final = frozenset({"service", "office", "secretariat"})

#: "The DoT ", "the FO on Monday " before a cue: an acronym given in brackets before (statement.body_head)
_ACRONYM_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?P<acr>[A-Z][A-Za-z.]{0,8}[A-Z])(?:\s+(?:on|late|early|last)\s+[A-Z][a-z]+)?"
    r"\s+(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)
