"""A name as the object of a meeting verb or of "with" (actor.meeting_object, actor.bare_object), and
where the words after a clause's last small word start."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.lookups import _honorific_before
from newsfacts.rules.actors.runs import _plain_name
from newsfacts.rules.doc import Doc

#: actor.meeting_object: "with" (or "and", "between") and up to three capitalised words before a name; or a list's
#: names before it, each ended by a comma ("separate meetings with A B, C D and E F": C D is an object too)
_WITH_LEFT: Final = re.compile(
    # ("held talks with visiting Zambry Abdul Kadir": the guest's "visiting" before the name)
    r"\b(?:with|and|between)\s+(?:(?:the|his|her)\s+)?(?:visiting\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}$"
    r"|\bwith\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*,\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*,\s+)?$"
)


#: actor.title_of_body_object: "with Commander of the People's Liberation Army Navy " before a name: a title of a
#: body no table knows, its capitalised words glued to the name after it
_TITLE_OF_BODY_LEFT: Final = re.compile(
    r"\bwith\s+((?:[A-Z][\w’'.-]*\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5})$"
)


def title_of_body_start(doc: Doc, start: int, floor: int) -> int:
    """Where the title of a body right before the name at ``start`` starts, after a meeting's "with" ("held talks
    with Commander of the People's Liberation Army Navy X": the title's "Commander"); -1 for none."""
    text = doc.text
    lo = start - 90 if start - 90 > floor else floor
    if text.rfind(" of ", lo, start) < 0:
        return -1
    m = _TITLE_OF_BODY_LEFT.search(text, lo, start)
    if m is None or not doc.lexicon.roles.get(m.group(1).split(None, 1)[0].lower()):
        return -1
    return m.start(1) if _meeting_object(doc, m.start(1), floor) else -1


#: the verbs of a hand-over, and the spaces after them ("conveyed" and "sent" are not: a message is conveyed by phone,
#: sent by post); actor.message_recipient and meeting.message_handed read them
HANDED_SOURCE: Final = r"\b(?:hand(?:ed|s)?|deliver(?:ed|s)?)(?:\s+over)?\s+"
#: what is handed over: a message or a letter
_MESSAGE_WORD_RX: Final = re.compile(r"\b(?:message|letter)s?\b")
#: actor.message_recipient: the words before whom a message is handed to: "has handed ", "delivered a message from
#: President X to "
_MESSAGE_TO_LEFT: Final = re.compile(
    HANDED_SOURCE + r"(?:[^.;:]{0,100}?\b(?:message|letter)s?\b[^.;:]{0,80}?\s+to\s+)?$"
)


def message_recipient(doc: Doc, start: int, floor: int) -> bool:
    """actor.message_recipient: is the name at ``start`` the one a message is handed to ("has handed Y a message",
    "delivered a message from President X to Y")?"""
    text = doc.text
    lo = start - 200 if start - 200 > floor else floor
    if text.find("hand", lo, start) < 0 and text.find("deliver", lo, start) < 0:
        return False
    m = _MESSAGE_TO_LEFT.search(text, lo, start)
    if m is None:
        return False
    if text.endswith(" to ", 0, start):
        return True
    # "handed Y": the message must follow (", the adviser to Z, a message")
    return _MESSAGE_WORD_RX.search(text, start, start + 160) is not None


def _meeting_object(doc: Doc, start: int, floor: int) -> bool:
    text = doc.text
    lo = start - 70 if start - 70 > floor else floor
    bw = text.rfind(" between ", lo, start)
    if bw < 0 and text.rfind(" with ", lo, start) < 0 and text.rfind(" and ", lo, start) < 0:
        return False
    m = _WITH_LEFT.search(text, lo, start)
    if m is None:
        return False
    lx = doc.lexicon
    with_pos = text.rfind(" with ", floor, start)
    if bw > with_pos:
        # actor.between_parties: "the talks between Murray Keane and Ratu Inoke Vula": the names after a meeting
        # noun's "between" are its parties
        return any(h.end == bw and h.text.lower() in lx.meeting_nouns for h in doc.words_between(bw - 30, bw))
    if with_pos < 0:
        return False
    return any(
        h.text.lower() in lx.meeting_nouns or h.text.lower() in lx.meeting_verbs
        for h in doc.words_between(floor, with_pos)
    )


def _bare_object(doc: Doc, start: int, end: int, floor: int, lead: int = -1) -> bool:
    """actor.bare_object: a name with no title as the direct object of a meeting verb ("met
    Zoran Horvat") or a one-word name right after "with" in a sentence with a meeting word ("spoke
    by phone with Kishida"). The word is no table's (country, place, organization, month, weekday,
    title, nonname), not all capitals, not possessive, and the sentence does not start with it.
    ``lead`` is where the honorifics before the name start ("met Sheikh Tamim", "received Gen.
    Rivera"): the verb stands before them."""
    text = doc.text
    lx = doc.lexicon
    if start <= floor or text.startswith(("'", "’", "-"), end):
        return False
    name = text[start:end]
    if " " not in name and (len(name) < 3 or not _plain_name(lx, name)):
        return False
    if " " not in name and text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
        return False  # "to meet Kurdistan Region President X": one word before a title's words is its place
    if text.startswith(" ", end) and text[end + 1 : end + 16].split(" ", 1)[0].rstrip(",.") in lx.speaker_body_heads:
        return False  # "met with Andean Court of Justice Head X": the word names the body, no person
    if name.endswith("s") and lx.demonyms.get(name[:-1]) is not None:
        return False  # "held a meeting with Nigerians living in Namibia": a people, no person
    if name.lower() in lx.role_plurals:
        return False  # "in several meetings with Chancellors and personalities": a title's plural, no person
    # "met Mr. Kishida", "received H.E. Hakan Fidan": the verb stands before the honorifics
    lead = lead if floor < lead < start else _honorific_before(doc, start)
    if lead < start or " " in name:
        # "met Pakistani Field Marshal X", "received Qatar's Sheikh Y", "met Jordanian Ayman Safadi": a
        # demonym or a country's possessive before the honorifics or a name of two words or more
        for h in doc.names_between(lead - 40, lead):
            if h.table in ("demonym", "country") and h.end < lead and not text[h.end : lead].strip(" '’s"):
                lead = h.start
                break
    if text.endswith(" visiting ", 0, lead):
        lead -= 9  # "met visiting Zambry Kadir": the verb stands before the guest's "visiting"
    verb = next((h for h in doc.words_between(lead - 10, lead) if h.end == lead - 1), None)
    if verb is not None and text[verb.end] == " ":
        verb_low = verb.text.lower()
        if verb_low in lx.bare_object_verbs:
            return True
        if verb_low == "meeting" and text.endswith((" is", " are"), 0, verb.start - 1):
            return True  # meeting.progressive_verb: "X is meeting Zoran Horvat": after "is" the word is the verb
    if " " in name and _BY_PARTY_LEFT.search(text, max(floor, start - 20), start):
        return True  # "a delegation led by Tomas Varga", "was received by Pablo Soto" (meeting.delegation_head)
    return " " not in name and text.endswith(" with ", floor, lead) and _meeting_object(doc, lead, floor)


def _after_last_small_word(text: str, lo: int, hi: int) -> int:
    """actor.object_country_after_verb: where the words after the last lower-case word of ``[lo, hi)`` start
    ("met Pakistani Field Marshal X": after "met "): a state named before the verb ("Jordan's King A met X")
    is the subject's, not the object's."""
    pos = lo
    i = lo
    for word in text[lo:hi].split(" "):
        if word.isalpha() and word.islower():
            pos = i + len(word) + 1
        i += len(word) + 1
    return min(pos, hi)


_BY_PARTY_LEFT: Final = re.compile(r"\b(?:led|headed|chaired|received|welcomed|greeted|hosted) by $")
