"""The regexes and word tables several actor modules share: the capitalised words a name is made of and
the chains of them, and the patterns compiled once for the rules' inline tests."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import word_list as _word_list

#: capitals a name may open with: Latin, Latin-1 ("É"), Latin Extended-A and -B ("Đ", "Ł", "Š", "Ş", "İ")
#: and the Vietnamese letters of Latin Extended Additional ("Ứ"); a word opening with a small letter of
#: those ranges is no English word either
_UP_BEYOND_ASCII: Final = "\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_UP: Final = f"A-Z{_UP_BEYOND_ASCII}"
# one capitalised word, possibly hyphenated ("Abu-Rahma", "Nouri-Zadeh"), or an Arabic
# article glued to one ("al-Thani"); a possessive "'s" is left out
_ARTICLES: Final = ("al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "ul", "bin")
# ``[a-z\w]``, not ``\w``: the same characters, the lower-case ASCII letters most of a name's told by a range test
# before a Unicode category lookup
# actor.trailing_ayn: "Mohammed Shia’ al-Sudani": an apostrophe ending a word before an Arabic article is the
# transliterated ayn, a letter of the name (no possessive stands there)
_TOKEN_REST: Final = rf"[a-z\w]*(?:-[{_UP}a-z][a-z\w]*|['’](?!s\b)[{_UP}a-z][a-z\w]*)*(?:['’](?=[ ](?:al-|Al[- ])))?"
_NAME_TOKEN: Final = rf"(?:(?:{'|'.join(_ARTICLES)})-)?[{_UP}]{_TOKEN_REST}"
_PARTICLE: Final = r"(?:bin|bint|ibn|al|el|de|da|di|du|del|della|van|von|der|den|le|la|ul|dos|das|e)"
_CHAIN_REST: Final = rf"(?:[ ](?:{_PARTICLE}[ ])*{_NAME_TOKEN})*"
#: a chain of capitalised words joined by single spaces and name particles
CHAIN: Final = re.compile(rf"(?<![\w'’-]){_NAME_TOKEN}{_CHAIN_REST}")
#: ``CHAIN`` where no word starts with an article: every word of the chain starts with a capital, and
#: the pattern starts with the class of capitals (the regex engine skips to them with a table lookup
#: instead of trying the pattern at every position); the lookbehind after it is CHAIN's, one
#: character back
_CHAIN_CAPITAL: Final = re.compile(rf"[{_UP}](?<![\w'’-].){_TOKEN_REST}(?:[ ](?:{_PARTICLE}[ ])*[{_UP}]{_TOKEN_REST})*")
#: ``_CHAIN_CAPITAL`` for a text with no capital of ``_UP`` beyond ASCII (most): the same matches, and the regex
#: engine skips to a chain's first letter by a range test instead of a lookup in a table of many ranges
_CHAIN_ASCII_CAPITAL: Final = re.compile(
    rf"[A-Z](?<![\w'’-].){_TOKEN_REST}(?:[ ](?:{_PARTICLE}[ ])*[{_UP}]{_TOKEN_REST})*"
)
_TOKEN_IN_CHAIN: Final = re.compile(rf"{_NAME_TOKEN}|{_PARTICLE}")

#: capitalised words that never belong to a person's name: the built-in ``nonname`` table
#: (the rules read ``Lexicon.nonname``, which holds plugins' entries too)
STOP_WORDS: Final = frozenset(_word_list("nonname"))


_SUBJECT_GAP: Final = re.compile(
    r"\s*(?:,[^,.;“”\"]{1,90},\s*)?(?:(?:also|further|finally|then|once again|again|later|earlier|"
    r"has|have|had|already|in turn|for (?:his|her|its|their) part,?|on \w+(?: (?:morning|afternoon|"
    r"evening|night))?|in (?:the|a|this|his|her) (?:meeting|talks|call|phone call|conversation|"
    r"press conference|statement|interview))\s+){0,4}$"
)


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_SIDE_RX: Final = re.compile(r" side\b(?!-| of\b)")
_FIND_PERSONS_RX: Final = re.compile(r",?\s+and\s+")
_CONJOINED_APPOS_RX: Final = re.compile(r", (?:the )?[A-Z][\w-]*(?:['’]s)? [a-z]")
_TITLE_TAIL_JOINERS: Final = frozenset({"for", "of", "at", "the", "and", "on", "in", "to"})
#: two states' names or adjectives joined by a hyphen: "Russian-US", "Iran-Iraq" (the scan of names reads neither)
_HYPHEN_PAIR_RX: Final = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)-([A-Z][A-Za-z]+)(?![\w-])")
_OF_N_COUNTRIES_RX: Final = re.compile(r"\s+of\s+(?:the\s+(two|three|four)|both)\s+(?:countries|nations)\b")
_NUMBER_WORDS: Final = {"two": 2, "three": 3, "four": 4}
_POSS_APPOS_RX: Final = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s [a-z]+, $")
#: actor.middle_initial: the initial's period and the name after it, with its particles ("Albert F. del Rosario")
_MIDDLE_INITIAL_RX: Final = re.compile(
    # ("Retno L. P. Marsudi", "Retno L.P. Marsudi": a second initial may follow the first)
    rf"\.(?: ?[A-Z]\.)? (?:{_PARTICLE} ){{0,2}}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,? (?:Jr|Sr)\b\.?)?"
)
_NO_SUBJECT_BEFORE_RX: Final = re.compile(
    r"(?:\b(?:at|in|near|from|into|of|million|thousand|hundred|thousands|hundreds|dozens)|\d"
    # actor.owned_by_plural: "the Meeting of Speakers of Eurasian Countries' Parliaments was held": a word a plural
    # possessive owns is a thing of theirs
    r"|s['’]) $"
)
#: the verb of an outlet's credit after the sentence it tells: " reports", " reported" (no "reported to")
_CREDIT_RX: Final = re.compile(r" report(?:s|ed)\b(?! to\b)")
#: between an apposition's title and the name's verb (actor.apposition_verb): a day, an adverb, nothing else
#: ("X, the speaker of the Iranian parliament held talks with Y": the title's "of" and up to three words)
_APPOS_VERB_GAP: Final = re.compile(
    r"(?P<of>\s+of\s+(?:the\s+)?(?!the\b)[\w-]+(?:\s+[\w-]+){0,2}?)?(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday|also|has|have|had))*\s+"
)
#: " of Germany and Austria, Sigmar Gabriel": a plural title's states, then a name of two words after a comma
_OF_STATES_NAMED_RX: Final = re.compile(
    r" of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:(?:, | and |, and )(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)+"
    r", [A-Z][\w’'.-]* [A-Z]"
)
#: more states after a plural's first one ("officials of Iran and Saudi Arabia", "of Iran, Iraq and Syria"): not
#: one state's group (actor.officials_of_country)
_MORE_STATES_RX: Final = re.compile(
    r"(?:,\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+(?:the\s+)?[A-Z]"
)
#: ", member of the State Council," before an apposition's title (actor.member_then_title)
_MEMBER_OF_AFTER: Final = re.compile(r",\s+(?:a\s+)?member\s+of\s+(?:the\s+)?[A-Z][^,;.]{0,60}+(?=,)")
#: the preposition after a participle opening a sentence ("Commenting on", "Responding to": actor.participle_opener)
_PARTICIPLE_NEXT_RX: Final = re.compile(r" (?:on|upon|about|to|after|at|in|with|from|during|before)\b")
#: the shape of an English adverb of manner ("Willfully", "Reportedly", "Previously"), which no name has
_ADVERB_RX: Final = re.compile(r"[A-Z][a-z]{3,}(?:ful|ive|ous|al|ent|ant|ate|ed|ing|ab|ib|ious)ly")
_PORTFOLIO_OF_RX: Final = re.compile(r"\b(?:of|for) $")
#: a preposition of place right before a one-word name ("in Mannar, the minister said")
_PLACE_PREP_BEFORE_RX: Final = re.compile(r"\b(?:in|at|near) $")
_PORTFOLIO_NEXT_RX: Final = re.compile(r" ([A-Z][a-z]+)\b")
_CLASSIFY_RX1: Final = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_CLASSIFY_RX2: Final = re.compile(r"(?:\b(?:the|his|her|a|an)\s+)$", re.IGNORECASE)
_FOLLOWED_BY_ORG_RX: Final = re.compile(r"\s+(?:movement|group|party|forces|militia|government|regime|army)\b")
#: "had" as the verb of a talk after a name: " had a meeting", " also had a telephone conversation", " had talks"
_HAD_MEETING_RX: Final = re.compile(
    r"\s+(?:also\s+)?(?:had|has|have)\s+(?:an?\s+|two\s+|separate\s+|several\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:meetings?|talks|conversations?|calls?|discussions|consultations|videoconference|video\s+conference)\b"
)
_BEFORE_VERB_RX: Final = re.compile(
    r"(?:\s+(?:also|further|finally|then|has|have|had|once again|on \w+|later|earlier|again))*\s+"
)
#: a lower-case noun (after a place) describing the name an inverted cue's subject has: "said analyst X", "said
#: Kyiv resident X"; no preposition, pronoun, conjunction, adverb or participle (actor.subject_name here,
#: statement.inverted_description in the statement rules)
DESCRIBING_NOUN: Final = (
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?!(?:that|it|to|in|on|at|by|of|for|with|from|he|she|they|and|but|as|this|"
    r"its|his|her|their|also|then|now|today|yesterday|earlier|later|last|next|once|again)\s)[a-z]{3,}(?<!ing)(?<!ed)"
    r"(?<!ly)\s+"
)
_AFTER_INVERTED_CUE_RX: Final = re.compile(
    r"[,”\"]\s*(said|says|added|noted|stressed|emphasized|told|stated|explained)\s+(?:" + DESCRIBING_NOUN + r")?$"
)
_MODIFIER_BEFORE_RX: Final = re.compile(r"(?:['’]s?)?\s+(?:[A-Z]\w+\s+)?")
_DESCRIPTIONS_RX1: Final = re.compile(r",\s*and\s+|,\s*|\s+and\s+")
#: the rest of a noun phrase up to a comma: capitalised words and the small words of a title
_PHRASE_TO_COMMA_RX: Final = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|of|for|to|in|on|the|and))*,\s+")
_IN_THE_DEMONYM_RX: Final = re.compile(r" (?:in|of|at|from|with|for) the ([A-Z][a-z]+) [A-Za-z]")
_RESPECTIVE_SEP_RX: Final = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
_DESCRIPTIONS_RX2: Final = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}$")
_DESCRIPTIONS_RX3: Final = re.compile(r"\s[A-Z]")
_ACCORDING_BEFORE_RX: Final = re.compile(r"ccording to (?:the |a |an )?$")
#: the capitalised words of a name after "according to the spokesman, "
_ACCORDING_DESC_NAME_RX: Final = re.compile(r"[A-Z][\w'’.-]*(?: (?:bin |al-|de la |de )?[A-Z][\w'’.-]*){0,4}")
_DESCRIPTIONS_RX4: Final = re.compile(rf"\s+({_NAME_TOKEN})")
_PAST_VERB_RX: Final = re.compile(
    r"[a-z]{3,}ed\b|(?:made|met|held|told|gave|took|left|went|is|was|has|had|will|would)\b"
)
#: actor.portfolio_list, actor.portfolio_not_name: ", African Cooperation and Moroccan Expatriates" after a title's
#: portfolio: capitalised portfolios after commas, the last after "and", then no capitalised word (a name after the
#: list is a person's)
_PORTFOLIO_TAIL_RX: Final = re.compile(
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b)*,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b"
    r"(?![\w'’-]|\s*,?\s*[A-Z])"
)
