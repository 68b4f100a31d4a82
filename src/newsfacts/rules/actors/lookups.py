"""The article's hits every rule reads, listed once per article: roles, bodies, honorifics, names of several
words; a title's country, and the word to the left of a position."""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.doc import Doc, Hit


def _name_table(lx: Lexicon, s: str) -> str:
    return lx.name_tables.get(s, "")


def _country_in(doc: Doc, start: int, end: int) -> str | None:
    """The first country or demonym in ``[start, end)`` that is not a posting ("to Russia")."""
    lx = doc.lexicon
    # actor.the_country_title: "the US special envoy, X": a country named with its article ("the US")
    # starts before the title
    lo = start - 4 if doc.text.startswith(("the ", "The "), start - 4) else start
    for h in doc.names_between(lo, end):
        if h.table not in ("country", "demonym", "place"):
            continue
        if h.table == "place" and not lx.places[h.text][1]:
            continue
        if h.table in ("demonym", "country") and doc.text.startswith((" Affairs", " affairs"), h.end):
            # actor.portfolio_title: "Director General for African Affairs", "Taiwan Affairs Office
            # spokeswoman" serve no African state, not Taiwan
            continue
        before = doc.text[h.start - 9 if h.start - 9 > start else start : h.start].rstrip().lower()
        if before.endswith((" to", " for", " in", " on")) or before in ("to", "for", "in", "on"):
            if before.endswith((" to the", " for the")):
                continue
            continue
        return lx.country_of(h.text)
    # actor.body_country: "State Department spokesperson", "Kremlin spokesman", "Hamas official"
    for w in doc.words_between(start, end):
        if w.table == "body" and w.end <= end and (c := lx.body_countries.get(w.text.lower())):
            return c
    for h in doc.names_between(start, end):
        if h.table == "organization" and h.end <= end and lx.organizations[h.text][1]:
            return lx.organizations[h.text][1]
    return None


def _role_hits(doc: Doc, start: int, end: int) -> list[Hit]:
    hits, starts = _roles(doc)
    lo = bisect.bisect_left(starts, start)
    return [h for h in hits[lo : bisect.bisect_left(starts, end, lo)] if h.end <= end]


def _has_role(doc: Doc, start: int, end: int) -> bool:
    """Does a role word start in ``[start, end)``?"""
    starts = _roles(doc)[1]
    return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)


def _roles(doc: Doc) -> tuple[list[Hit], list[int]]:
    """The role and plural word hits, and their starts: listed once per article."""
    found = doc.memo.get("actors.roles")
    if found is None:
        hits = [h for h in doc.word_hits if h.table in ("role", "plural")]
        found = (hits, [h.start for h in hits])
        doc.memo["actors.roles"] = found
    return found  # type: ignore[return-value]


def _body_hits(doc: Doc) -> list[Hit]:
    """The body hits ("Foreign Ministry", "Kremlin"): listed once per article, for the person rules and the body
    rules (each walked all the word hits for them)."""
    found = doc.memo.get("actors.bodies")
    if found is None:
        found = doc.memo["actors.bodies"] = [h for h in doc.word_hits if h.table == "body"]
    return found  # type: ignore[return-value]


def _in_role(doc: Doc, pos: int, name: int) -> bool:
    """Is ``pos`` inside a role word that ends right before ``name`` ("chancellor", "state councilor")?"""
    hits, starts = _roles(doc)
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0 or pos >= hits[i].end or hits[i].table != "role":
        return False
    return not doc.text[hits[i].end : name].strip()


#: a retired officer's bracket between two honorifics (actor.retired_rank)
_RETIRED_RX: Final = re.compile(r"\((?:[Rr]etd|[Rr]td|[Rr]etired)\.?\)")


def _honorific_before(doc: Doc, pos: int) -> int:
    """Extend ``pos`` left over honorifics ("Brigadier General", "Mr.")."""
    starts = _honorific_starts(doc)
    if bisect.bisect_left(starts, pos - 60) == bisect.bisect_left(starts, pos):
        return pos  # no honorific within reach: nothing to extend over
    for h in reversed(doc.names_between(pos - 60, pos)):
        if h.end > pos:
            continue
        if h.table == "honorific" and (
            not (gap := doc.text[h.end : pos].strip())
            # actor.retired_rank: "Admiral (Retd.) Prof. X", "Lt Gen (retd) X": the bracket telling a retired rank
            or _RETIRED_RX.fullmatch(gap) is not None
        ):
            pos = h.start
            continue
        if h.end < pos - 2:
            break
    return pos


def _honorific_starts(doc: Doc) -> list[int]:
    """Where the honorific hits start: listed once per article."""
    found = doc.memo.get("actors.honorifics")
    if found is None:
        found = doc.memo["actors.honorifics"] = [h.start for h in doc.name_hits if h.table == "honorific"]
    return found  # type: ignore[return-value]


#: the characters of a word to the left of a title ("Norway's", "(IRGC)") besides letters and digits
_WORD_LEFT_CHARS: Final = frozenset("_-'’.()")


def _word_left(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the word that ends ``text[lo:hi]`` (before spaces and tabs) starts and ends.

    A walk to the left: the regex ``([\\w\\-'’.()]+)[ \\t]*$`` searched over the window would
    be tried at every position of it.
    """
    j = hi
    if j > lo and text[j - 1] == "\n":  # "$" also matches before a final line break
        j -= 1
    while j > lo and text[j - 1] in " \t":
        j -= 1
    i = text.rfind(" ", lo, j) + 1
    if i < lo:
        i = lo
    if not text[i:j].isalnum():  # not a plain word: walk it character by character
        i = j
        while i > lo and (text[i - 1].isalnum() or text[i - 1] in _WORD_LEFT_CHARS):
            i -= 1
    return (i, j) if i < j else None


def _in_long_name(doc: Doc, start: int, end: int) -> bool:
    """Does a country, organization, demonym, place or agency name of several words overlap the run
    ("Blue Dawn Movement", "Sri Lankan", "Kuala Lumpur", "Al Jazeera")?"""
    hits, starts = _long_names(doc)
    if not starts:
        return False
    lo = bisect.bisect_left(starts, start - 80)
    hi = bisect.bisect_left(starts, end, lo)
    return lo < hi and any(h.end > start for h in hits[lo:hi])


#: the tables whose names of several words no person's name overlaps
_LONG_NAME_TABLES: Final = frozenset({"organization", "country", "demonym", "place", "agency"})


def _after_long_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """actor.after_long_name: the words of a run after a long name that starts it, when they are a
    name of two words or more ("Crown Prince of Saudi Arabia Mohammed bin Salman"); else None."""
    text = doc.text
    hits, starts = _long_names(doc)
    lo = bisect.bisect_left(starts, start - 80)
    for h in hits[lo : bisect.bisect_left(starts, end, lo)]:
        if h.end <= start:
            continue
        if h.start > start or not text.startswith(" ", h.end):
            return None  # a long name inside or at the end of the run: the run is part of a name
        start = h.end + 1
    rest = text[start:end]
    return (start, end) if start < end and " " in rest and rest[:1].isupper() else None


def _long_names(doc: Doc) -> tuple[list[Hit], list[int]]:
    """The country, organization, demonym, place and agency hits of several words, and their starts:
    listed once per article."""
    found = doc.memo.get("actors.long_names")
    if found is None:
        hits = [h for h in doc.name_hits if h.table in _LONG_NAME_TABLES and " " in h.text]
        found = (hits, [h.start for h in hits])
        doc.memo["actors.long_names"] = found
    return found  # type: ignore[return-value]
