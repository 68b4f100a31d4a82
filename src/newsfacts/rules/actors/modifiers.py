"""The words before a description's head: its determiners and adjectives (``_desc_left``), a
possessor, a demonym of two words."""

from __future__ import annotations

import functools
import re
from typing import Final

from newsfacts.lexicon import Lexicon

#: the determiners and other lower-case words a ``_desc_left_scan`` match holds besides the
#: adjectives of the ``desc_adjective`` table
_DESC_LEFT_PLAIN: Final = ("the", "his", "her", "their", "its", "a", "an", "two", "and")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words)) if words else "(?!)"


#: the determiners of a ``_desc_left_scan`` match, as whole lower-case words
_DESC_LEFT_DETERMINERS: Final = ("the", "his", "her", "their", "its", "a", "an")


@functools.lru_cache(maxsize=16)
def _desc_left_scan(lx: Lexicon) -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...], frozenset[str], bool]:
    """The words before a description's head, with its adjectives (table ``desc_adjective``: "the
    two top ...", "... deputy foreign"), compiled once per lexicon; every lower-case word a match
    holds; those as a tuple for ``str.endswith``; the determiners that are nothing else in a match (no
    adjective, nor one's ending); and whether every adjective is a plain lower-case word (no capital, comma or
    apostrophe in it)."""
    # the first words of the demonyms of two words ("South" of "South Korean"): a list's demonym may be one
    # ("the Chinese and South Korean foreign ministers")
    firsts = _alternation(tuple(sorted({d.split(" ", 1)[0] for d in lx.demonyms if " " in d})))
    # ``[\w.]*+`` (possessive): what may follow a capitalised word is never a word character or a period,
    # so giving characters back never helped the match; it only cost a retry per character
    rx = re.compile(
        r"(?:(?P<det>\b[Tt]he|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts|\b[Aa]n?)\s+)?(?:two\s+)?"
        rf"(?:(?:{_alternation(lx.desc_adjectives_before)})\s+){{0,2}}"
        rf"(?:(?P<mod>(?:(?:{firsts})\s+(?=[A-Z][\w.]*+(?:,|\s+and\s)))?[A-Z][\w.]*+(?:['’]s?)?"
        rf"(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:{firsts})\s+)?[A-Z][\w.]*+){{0,6}}"
        r"|[A-Z][\w.]*+\s+(?:Department|Ministry|Office|Council|House))\s+)?"
        rf"(?:(?:{_alternation(lx.desc_adjectives_after)})\s+){{0,3}}$"
    )
    adjectives = (*lx.desc_adjectives_before, *lx.desc_adjectives_after, "two")
    words = frozenset((*_DESC_LEFT_PLAIN, *adjectives))
    determiners = frozenset(d for d in _DESC_LEFT_DETERMINERS if not any(d.endswith(a) for a in adjectives))
    plain = all(a == a.lower() and not any(c in a for c in ",'’") for a in adjectives)
    return rx, words, tuple(words), determiners, plain


_ASCII_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def _desc_left(lx: Lexicon, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_desc_left_scan`` searched over ``text[lo:hi]``, from where a match can start at the earliest.

    The pattern ends in ``$``: searched over the whole window it is tried at every position,
    each time with all its optional parts. Every whole word inside a match is capitalised or
    one of its listed words, so no match starts before the last word that is neither
    (a match may start inside that word: "stop" holds "top"). Nor does one start before a
    lower-case determiner (the first part of a match), nor before a comma that no capitalised
    word or "and" follows (a comma is only ever the joint of a list of capitalised words).
    """
    desc_left, desc_left_words, desc_left_ends, determiners, plain = _desc_left_scan(lx)
    j = hi
    possessive = False  # a word right of this one is the possessive that opens the capitalised words
    for word in reversed(text[lo:hi].split(" ")):
        i = j - len(word)
        # a word with other white space in it (a tab, a no-break space) may be several words
        if word and word[0] not in _ASCII_UPPER and word not in desc_left_words and word.isprintable():
            rest = word[1:]
            if rest == rest.lower() and not word.endswith(desc_left_ends):
                lo = j + 1 if j < hi else hi  # after the word and its space: no match starts at a space
            else:  # a capital or a listed word inside it may start one
                lo = next((k for k in range(i + 1, j) if text[k] in _ASCII_UPPER or text[k:j] in desc_left_words), j)
            break
        if word in determiners or (possessive and word.lower() in determiners):
            lo = i  # "Wednesday, Ali-Asghar Khaji, the Iranian ": a match holding "the" starts there
            break
        if possessive and word and word != "two" and word not in lx.desc_adjectives_before and word.isprintable():
            # "Jaberi Ansari, Iran’s ": before the possessive only a determiner, "two" and adjectives
            lo = next((k for k in range(i + 1, j) if text[k] in _ASCII_UPPER or text[k:j] in desc_left_words), j)
            break
        if (
            plain
            and word.endswith(",")
            and j + 1 < hi
            and text[j + 1] in _ASCII_LOWER
            and not text.startswith("and", j + 1)
        ):
            lo = j  # "Wednesday, two Iranian and Japanese ": no match holds the comma
            break
        if plain and word[:1] in _ASCII_UPPER and word.endswith(_POSSESSIVE_ENDS) and word.isprintable():
            # a capitalised possessive is the first of a match's capitalised words (no other may end so)
            possessive = True
        j = i - 1
    return desc_left.search(text, lo, hi)


_POSSESSIVE_ENDS: Final = ("'", "’", "'s", "’s")


#: a capitalised word right before a description (its demonym, when it is one)
_DEMONYM_WORD_BEFORE_RX: Final = re.compile(r"\b([A-Z][a-z]+)\s+$")
#: a state's possessive right before a description ("Iran's |Foreign Ministry spokesman")
_POSSESSOR_BEFORE_RX: Final = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})['’]s?\s+$")
#: the first word of a two-word demonym and the determiner before it ("the South| African president")
_DEMONYM_FIRST_RX: Final = re.compile(r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<first>[A-Z][a-z]+)\s+$")


def _two_word_demonym(
    lx: Lexicon, text: str, floor: int, mod_start: int, mod: str
) -> tuple[int, str | None, str] | None:
    """A description's country word read with the capitalised word before it when the two are one demonym
    after a determiner ("the South African president", "the North Korean leader", "his Sri Lankan
    counterpart"): the description starts at the determiner. None when the two words name no country."""
    m = _DEMONYM_FIRST_RX.search(text, mod_start - 24 if mod_start - 24 > floor else floor, mod_start)
    if m is None or m.group("det") is None:
        return None  # "Solomon Islands officials": a group of the state, read as before
    both = f"{m.group('first')} {mod}"
    if lx.country_of(both) is None:
        return None
    return m.start(), m.group("det"), both
