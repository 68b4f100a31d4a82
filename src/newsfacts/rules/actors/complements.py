"""What follows a description's role word: the end of its noun phrase, an "of" complement naming its
state or organization, a name after the phrase."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.patterns import _PHRASE_TO_COMMA_RX
from newsfacts.rules.actors.verbs import finite_verb_at
from newsfacts.rules.doc import Doc

_NP_END: Final = re.compile(
    r"\s*(?:[,.;:)“”\"]|$|(?:said|says|told|who|of|from|in|on|at|with|and|to|was|is|has|had|would|will|"
    # "a Turkish official later told ...", "a senior official categorically denied ...": an adverb before the verb
    r"also|for|said|stressed|added|noted|later|earlier|further|then|again|"
    r"(?!(?:early|friendly|likely|only|daily|weekly|monthly|yearly|quarterly|timely|costly|deadly|elderly|family|"
    r"rally|holy|supply|reply|assembly|ally)\b)[a-z]{3,}ly)\b)"
)


def _ends_noun_phrase(doc: Doc, end: int) -> bool:
    """Does the noun phrase end at ``end`` (no noun follows the role word)?"""
    if _NP_END.match(doc.text, end):
        return True
    return finite_verb_at(doc, end + 1) is not None


_OF_COMP: Final = re.compile(r"\s+of\s+(?:the\s+)?")
#: a portfolio of capitalised words between a role and the "of" of its state ("Minister of Roads and Urban
#: Development of |Iran")
_PORTFOLIO_OF_COMP: Final = re.compile(r"\s+of\s+(?:[A-Z][\w-]*,?\s+(?:(?:and|&)\s+)?){1,8}of\s+(?:the\s+)?")
#: " parliament", "’s National Assembly" after a demonym or a country's possessive: the state's legislature
_PARLIAMENT_AFTER_RX: Final = re.compile(
    r"(?:['’]s)?\s+(?:[Pp]arliament|(?:[Nn]ational\s+)?[Aa]ssembly|[Ss]enate|[Mm]ajlis|[Dd]uma|[Kk]nesset)\b"
)
#: a state's institution after its demonym, its own words first ("the head of the Russian| State Duma", "the Russian|
#: arbitration court", "the Iraqi| Supreme Judicial Council"): actor.head_of_state_body
_STATE_BODY_AFTER_RX: Final = re.compile(
    r"(?:\s+(?:[A-Z][a-z]+|[a-z]+)){0,2}?\s+(?:[Pp]arliament|[Aa]ssembly|[Ss]enate|[Mm]ajlis|[Dd]uma|[Kk]nesset|"
    r"[Cc]ourt|[Cc]ouncil|[Cc]ongress|[Jj]udiciary|[Cc]entral\s+[Bb]ank)\b"
)


def _named_after_phrase(doc: Doc, end: int, name_starts: set[int]) -> bool:
    """Does the noun phrase that goes on at ``end`` ("Delegation to Moldova") end with a comma and a
    name (with its title) right after it: "the Head of the EU Delegation to Moldova, Ambassador Y"?"""
    m = _PHRASE_TO_COMMA_RX.match(doc.text, end, min(len(doc.text), end + 80))
    return m is not None and m.end() in name_starts


def _complement(doc: Doc, end: int) -> tuple[int, str, str | None] | None:
    """'... of Iraq', '... of the Arab League' right after a role: (end, kind, ISO3)."""
    m = _OF_COMP.match(doc.text, end, end + 10)
    if m is None:
        return None
    pm = _PORTFOLIO_OF_COMP.match(doc.text, end, end + 120)
    if pm is not None and (found := _complement_at(doc, pm)) is not None:
        # actor.portfolio_of_country: "the Minister of Territorial Administration and Infrastructures of Armenia":
        # the portfolio's capitalised words, then the state (not "the President of Egypt and US Secretary of State")
        return found
    return _complement_at(doc, m)


def _complement_at(doc: Doc, m: re.Match[str]) -> tuple[int, str, str | None] | None:
    """The state or organization whose name starts where ``m`` (an "of" and its article) ends."""
    for h in doc.names_between(m.end() - 4, m.end() + 1):
        if h.start in (m.end(), m.end() - 4) and h.table in ("country", "organization"):
            if h.table == "country":
                if h.possessive and (pb := _PARLIAMENT_AFTER_RX.match(doc.text, h.end)) is not None:
                    return pb.end(), "country", doc.lexicon.countries[h.text][1]  # "of Iran's parliament"
                return h.end, "country", doc.lexicon.countries[h.text][1]
            return h.end, "organization", doc.lexicon.organizations[h.text][1]
        if h.start == m.end() and h.table == "demonym" and (pb := _PARLIAMENT_AFTER_RX.match(doc.text, h.end)):
            # actor.speaker_of_parliament: "the speaker of the Iranian parliament": the demonym's state's
            return pb.end(), "country", doc.lexicon.country_of(h.text)
        if h.start == m.end() and h.table == "demonym" and (pb := _STATE_BODY_AFTER_RX.match(doc.text, h.end)):
            # actor.head_of_state_body: "the head of the Russian State Duma", "the President of the Iraqi Supreme
            # Court": an office of the demonym's state, named with its institution
            return pb.end(), "state_body", doc.lexicon.country_of(h.text)
    return None
