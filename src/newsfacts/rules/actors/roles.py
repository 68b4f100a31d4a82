"""Role words around a run: a title's capitalised tail, a role opening a span, two roles joined by "and",
a role at the end of a title, an organization told by its descriptor."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.actors.lookups import _has_role, _role_hits
from newsfacts.rules.actors.patterns import _TITLE_TAIL_JOINERS
from newsfacts.rules.doc import Doc, Mention


def _all_title_tail(tail: str) -> bool:
    """Is every word of ``tail`` capitalised or a joining word of a title ("for", "at the", "and")? A bracketed
    acronym counts as capitalised ("for Shanghai Cooperation Organization (SCO) Affairs")."""
    return all(w[:1].isupper() or w in _TITLE_TAIL_JOINERS or (w[1:2].isupper() and w[:1] == "(") for w in tail.split())


def _role_at(doc: Doc, start: int, end: int) -> bool:
    """Does a role of the ``role`` table (of one word or more: "General Secretary") open ``[start, end)``?"""
    return any(h.start == start and h.table == "role" for h in _role_hits(doc, start, end))


def _described_organization(doc: Doc, start: int, end: int) -> Mention | None:
    """actor.described_organization: "settlement watchdog Peace Now said", "the main opposition Akel
    welcomed", "the rescue NGO Sea Guard warned": a name right after a noun of the ``org_descriptor``
    table (or opening with one) is an organisation's; the capitalised words before the run that no
    name holds ("Peace") belong to it."""
    text = doc.text
    descriptors = doc.lexicon.org_descriptors
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and first[0].lower() in descriptors:
        name = first[1]
        if name.split(" ", 1)[0].lower() in doc.lexicon.roles or _role_at(doc, end - len(name), end):
            return None  # actor.descriptor_role: "Opposition Leader X", "Party General Secretary X": a titled person
    else:
        # the words to the left, each after one space: "watchdog Peace [Now]"
        lo = start
        word = ""
        for _ in range(3):
            if lo < 2 or text[lo - 1] != " ":
                return None
            i = text.rfind(" ", lo - 40 if lo > 40 else 0, lo - 1) + 1
            word = text[i : lo - 1]
            if not (word[:1].isupper() and word in doc.lexicon.nonname):
                break
            lo = i
        if word.lower() not in descriptors:
            return None
        if text[lo:end].split(" ", 1)[0].lower() in doc.lexicon.roles or _has_role(doc, lo, start):
            # actor.descriptor_role: "Opposition Leader X", "party Chairman X", "Party General Secretary X":
            # a titled person
            return None
        start, name = lo, text[lo:end]
    return Mention(start, end, "organization", doc.sent_index(start), "actor.described_organization", name, name=name)


_TITLE_APPOS: Final = re.compile(r",\s+((?:[A-Z][\w-]*|of|and|for)(?:\s+(?:[A-Z][\w-]*|of|and|for))*),")


def _all_title_words(lx: Lexicon, phrase: str) -> bool:
    words = phrase.split()
    if words[0][:1].islower() or words[-1][:1].islower():
        return False
    return all(
        w[:1].islower() or w in lx.nonname or w.lower() in lx.title_words or w.lower() in lx.roles for w in words
    )


_ROLE_AND_RX: Final = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) and $")
_ROLE_AND_LOWER_RX: Final = re.compile(r"(?<![\w'’-])([a-z][\w-]*(?: [a-z][\w-]*){0,5}) and $")
#: a country's name, demonym or possessive right before a title in small letters ("Italy's ", "Italian ")
_LEAD_COUNTRY_RX: Final = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:['’]s)? $")


def _role_suffix(lx: Lexicon, words: str) -> int:
    """Where the longest run of last words of ``words`` that is a role starts ("Qatari Prime Minister"
    -> the offset of "Prime"), or -1."""
    at = 0
    while at >= 0:
        if words[at:].lower() in lx.roles:
            return at
        nxt = words.find(" ", at)
        at = nxt + 1 if nxt >= 0 else -1
    return -1


def _words_back(text: str, lo: int, at: int, n: int) -> int:
    """Where the ``n`` words joined by single spaces that end at ``at`` start at the earliest (``lo`` when
    ``text[lo:at]`` holds fewer spaces)."""
    for _ in range(n):
        at = text.rfind(" ", lo, at)
        if at < 0:
            return lo
    return at + 1


def _role_and(lx: Lexicon, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_ROLE_AND_RX`` searched over ``text[lo:hi]``, only when the window ends in " and "; or, in small
    letters, ``_ROLE_AND_LOWER_RX`` right after a country's demonym or possessive (actor.double_title_lower:
    "Italy's deputy prime minister and foreign minister X"; not "the prime minister and foreign minister X",
    who may be two)."""
    if text.endswith(" and ", lo, hi) or text.endswith(" and \n", lo, hi):
        # each pattern's words are joined by single spaces and end at " and ": searched from the
        # last three (six) words before it, not tried at every position of the window
        at = hi - 5 if text.endswith(" and ", lo, hi) else hi - 6
        if at <= lo or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            return None  # both patterns' last word ends right before " and " ("affairs, and": none)
        m = _ROLE_AND_RX.search(text, _words_back(text, lo, at, 3), hi)
        if m is None and (m := _ROLE_AND_LOWER_RX.search(text, _words_back(text, lo, at, 6), hi)) is not None:
            lead = _LEAD_COUNTRY_RX.search(text, max(0, m.start(1) - 30), m.start(1))
            if lead is None or lx.country_of(lead.group(1)) is None:
                return None
        return m
    return None
