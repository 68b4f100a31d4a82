"""A name's verb: finite cues and meeting verbs, a clause's verb, the asides that may stand between a
subject and its verb, and an inverted cue ("..., said X")."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.patterns import _AFTER_INVERTED_CUE_RX, _BEFORE_VERB_RX, _HAD_MEETING_RX, _PAST_VERB_RX
from newsfacts.rules.doc import Doc, Hit


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    return any(
        h.table in ("cue", "mverb")
        and doc.lexicon.cues.get(h.text.lower()) is not None
        and doc.lexicon.cues[h.text.lower()].form == "finite"
        # a capitalised cue word inside a name is no verb: "the United States", "Reports Without Borders"
        and not (h.text[:1].isupper() and _in_name_hit(doc, h.start, h.end))
        for h in doc.words_between(start, end)
    )


def _in_name_hit(doc: Doc, start: int, end: int) -> bool:
    """Does a name of the lexicon (a country, an organization) cover ``[start, end)``?"""
    return any(n.start <= start and end <= n.end for n in doc.names_between(max(0, start - 60), end))


def finite_verb_at(doc: Doc, pos: int) -> Hit | None:
    """A finite cue or meeting verb starting exactly at ``pos``."""
    lx = doc.lexicon
    for h in doc.words_between(pos, pos + 1):
        if h.start == pos:
            low = h.text.lower()
            c = lx.cues.get(low)
            if c is not None and c.form == "finite":
                return h
            mv = lx.meeting_verbs.get(low)
            if mv is not None and not low.endswith("ing") and low not in lx.noun_verbs:
                return h
            return None
        if h.start > pos:
            return None
    return None


def clause_verb_at(doc: Doc, pos: int) -> bool:
    """Does a clause's verb start at ``pos``: a finite cue or meeting verb, or a past tense ("held", "arrived")?"""
    return _PAST_VERB_RX.match(doc.text, pos) is not None or finite_verb_at(doc, pos) is not None


#: ", speaking in Cairo, ", ", addressing reporters in Doha, " between a name and its verb
#: (actor.speaking_aside_subject)
_SPEAKING_ASIDE_RX: Final = re.compile(
    r", (?:speaking|addressing reporters|addressing a news conference|talking to reporters)"
    r"(?: (?:in|at|to|from|during|after|before|on|alongside) [^,.;:“”\"]{1,60})?, "
)


#: " in his Thursday evening phone talks with Fuad Hussein " between a name and its verb (actor.talks_aside_subject)
_TALKS_ASIDE_RX: Final = re.compile(
    r" in (?:his|her) [^,.;:“”\"]{0,60}?\b(?:talks|meeting|call|conversation|contact|discussions?)"
    r" with [^,.;:“”\"]{1,60}? (?=[a-z])"
)


#: actor.meeting_aside_subject: "X in a meeting with Y called for ...", "X, in a phone call with Y, said": the
#: talks told between a name and its verb
_MEETING_ASIDE_RX: Final = re.compile(
    r",? (?:in|during) (?:an?|his|her) (?:[a-z-]+ ){0,3}?(?:talks|meeting|call|conversation|discussions?) with "
)
_MEETING_ASIDE_OPENERS: Final = tuple(
    f"{comma} {prep} {det} " for prep in ("in", "during") for det in ("a", "an", "his", "her") for comma in ("", ",")
)
#: ", for his part, ", ", in turn, " between a name and its verb (actor.part_aside_subject)
_PART_ASIDE_RX: Final = re.compile(
    r", (?:(?:for|on) (?:his|her|their|its) part|in (?:his|her|their|its) turn|in turn|meanwhile|in response), "
)


#: the gerunds of a participle's aside between a subject and its verb ("X while meeting with Y said"; here and in
#: statement.while_aside)
ASIDE_GERUNDS: Final = "meeting|receiving|hosting|visiting|talking|speaking|holding"
#: the occasions of a speech told between a subject and its verb ("X in his weekly press conference ... said"; here
#: and in statement.speech_aside)
SPEECH_OCCASIONS: Final = (
    "press conference|news conference|briefing|interview|speech|address|sermon|remarks|message|statement"
)
#: ", while meeting with X", " when receiving Y" right after a name: a participle's aside before the name's verb
#: (actor.while_aside_subject)
_WHILE_ASIDE_RX: Final = re.compile(rf",? (?:while|when|after|upon|during) (?:{ASIDE_GERUNDS}|attending)\b")
#: what a participle's aside opens with (actor.while_aside_subject)
_WHILE_ASIDE_OPENERS: Final = tuple(
    f"{comma} {word} " for word in ("while", "when", "after", "upon", "during") for comma in ("", ",")
)
#: " in his weekly press conference", " in her speech" right after a name (actor.speech_aside_subject)
_SPEECH_ASIDE_RX: Final = re.compile(rf" in (?:his|her|an?) (?:[a-z-]+ ){{0,3}}?(?:{SPEECH_OCCASIONS})\b")


def _verb_after_aside(doc: Doc, end: int, aside_end: int) -> bool:
    """Is there a clause's verb after an aside that opens at ``end`` (its head read up to ``aside_end``), in the
    sentence, before any stop or quotation mark?"""
    text = doc.text
    sent = doc.sent_index(end)
    limit = doc.sentences[sent].end if sent >= 0 else len(text)
    if limit > end + 200:
        limit = end + 200
    for stop in '.;:“”"':
        k = text.find(stop, aside_end, limit)
        if k >= 0:
            limit = k
    return any(clause_verb_at(doc, w.end()) for w in _LOWER_WORD_RX.finditer(text, aside_end, limit))


#: a lower-case word after a space: where an aside may end and its name's verb stand
_LOWER_WORD_RX: Final = re.compile(r" (?=[a-z])")


#: " and Ambassador Kofi Adu Mensah" after a name: capitalised words after "and", up to the space after them
_AND_NAME_RX: Final = re.compile(r" and (?:[A-Z][\w’'.-]* ){0,4}[A-Z][\w’'.-]*(?= )")


#: two capitalised words ending a window: a name of two words or more before it (actor.coordinated_subject)
_TWO_NAME_WORDS_RX: Final = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]* [A-Z][\w’'.-]*$")


def _before_verb(doc: Doc, end: int) -> bool:
    text = doc.text
    if (text.startswith(_WHILE_ASIDE_OPENERS, end) and (wa := _WHILE_ASIDE_RX.match(text, end)) is not None) or (
        text.startswith((" in his ", " in her ", " in a ", " in an "), end)
        and (wa := _SPEECH_ASIDE_RX.match(text, end)) is not None
    ):
        # actor.while_aside_subject: "Pezeshkian while meeting with Iraqi Prime Minister X on Tuesday in Tehran said
        # that ...", "Y, when receiving the envoy, stressed ..."; actor.speech_aside_subject: "X in his weekly press
        # conference, which was held virtually, congratulated ...": the name's verb after the aside, before any stop
        return _verb_after_aside(doc, end, wa.end())
    if text.startswith(_MEETING_ASIDE_OPENERS, end) and (ma := _MEETING_ASIDE_RX.match(text, end)) is not None:
        # actor.meeting_aside_subject: "Johari Abdul in a meeting with the Iranian ambassador called for ..."
        return _verb_after_aside(doc, end, ma.end())
    if text.startswith(", ", end) and (sa := _SPEAKING_ASIDE_RX.match(text, end)) is not None:
        # actor.speaking_aside_subject: "Narendra Modi, speaking in Cairo, said": a participle's aside between a
        # name and its finite verb
        return finite_verb_at(doc, sa.end()) is not None
    if text.startswith(", ", end) and (pa := _PART_ASIDE_RX.match(text, end)) is not None:
        # actor.part_aside_subject: "Qalibaf, for his part, hailed ...", "Zarif, in turn, touched upon ...": an
        # adverbial aside between a name and its verb
        return clause_verb_at(doc, pa.end())
    if text.startswith(", who ", end):
        # actor.who_aside_subject: "Hossein Amir-Abdollahian, who arrived in Damascus this morning, met Y": a
        # relative clause between a name and its finite verb, up to the comma a finite verb follows
        sent = doc.sent_index(end)
        limit = doc.sentences[sent].end if sent >= 0 else len(text)
        if limit > end + 200:
            limit = end + 200
        c = text.find(", ", end + 6, limit)
        while c >= 0 and not _quote_or_stop(text, end, c):
            if clause_verb_at(doc, c + 2):
                return True
            c = text.find(", ", c + 2, limit)
        return False
    if text.startswith((" in his ", " in her "), end) and (ta := _TALKS_ASIDE_RX.match(text, end)) is not None:
        # actor.talks_aside_subject: "Hossein Amirabdollahian in his Thursday phone talks with Fuad Hussein
        # discussed ...": the talks told between a name and its verb
        return clause_verb_at(doc, ta.end())
    if (
        text.startswith(" and ", end)
        and (am := _AND_NAME_RX.match(text, end)) is not None
        and _TWO_NAME_WORDS_RX.search(text, end - 60 if end > 60 else 0, end) is not None
    ):
        # actor.coordinated_subject: "Piotr Nowak Kowal and Kofi Adu Mensah held talks": a name of two words or
        # more joined by "and" to the name the verb follows is a subject too (one word may be a body's: "the
        # Department of Mineral and Petroleum Resources said")
        return _before_verb(doc, am.end())
    if not text[end : end + 1].isspace():
        return False  # _BEFORE_VERB_RX starts with white space
    if text.startswith((" had ", " has ", " have ", " also had "), end) and _HAD_MEETING_RX.match(text, end):
        # actor.had_meeting_subject: "Levitin had a meeting with ...", "X had a telephone conversation with Y": "had"
        # as the main verb of a talk (an auxiliary elsewhere)
        return True
    sent = doc.sent_index(end)
    limit = doc.sentences[sent].end if sent >= 0 else len(text)
    if limit > end + 60:
        limit = end + 60
    m = _BEFORE_VERB_RX.match(text, end, limit)
    if m is None:
        return False
    # "Haddad arrived in Geneva": a capitalised word before a past-tense verb is a subject
    if _PAST_VERB_RX.match(text, m.end(), limit) and text[end] == " ":
        return True
    return finite_verb_at(doc, m.end()) is not None


def _quote_or_stop(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a quotation mark or a semicolon (no relative clause runs past one)?"""
    return any(text.find(ch, start, end) >= 0 for ch in ';“”"')


def _after_inverted_cue(doc: Doc, start: int) -> bool:
    window = doc.text[start - 30 if start > 30 else 0 : start]
    m = _AFTER_INVERTED_CUE_RX.search(window)
    return m is not None
