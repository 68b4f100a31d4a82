"""Person names folded to comparable tokens, and when a short form names the same person.

``"Hossein Amir-Abdollahian"``, ``"Amirabdollahian"`` and ``"hossein amir abdollahian"``
differ only in spelling: NFKD + casefold removes accents and case, hyphen joins glue
compounds, and names are compared by the *concatenation* of their tokens, so a space or a
hyphen inside a compound never matters. Transliteration variants ("Sergei"/"Sergey") and
titles come from ``data/names.tsv``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from newsfacts.events.tables import name_rules

_APOSTROPHES = re.compile(r"[’'`ʼ‘]")
_HYPHEN_JOIN = re.compile(r"(?<=\w)[-‐‑](?=\w)")
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 16)  # names and roles repeat across a corpus
def fold(text: str) -> str:
    """Accents off, case folded, letters NFKD cannot split mapped (``ı`` → ``i``)."""
    rules = name_rules()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(rules.chars.get(c, c) for c in bare)


@functools.lru_cache(maxsize=1 << 16)  # names and roles repeat across a corpus
def words(text: str) -> tuple[str, ...]:
    """Folded words of any text (roles, organization names): no name rules applied."""
    return tuple(_WORD.findall(_APOSTROPHES.sub("", fold(text))))


@functools.lru_cache(maxsize=1 << 16)  # names and roles repeat across a corpus
def name_tokens(name: str) -> tuple[str, ...]:
    """The comparable tokens of a person's name, in the order written."""
    rules = name_rules()
    s = _APOSTROPHES.sub("", fold(name)).replace(".", " ")
    # An article glued to a surname ("al-Assad") is dropped: "Assad" names the same person.
    particles = "|".join(sorted(rules.particles, key=len, reverse=True))
    if particles:
        s = re.sub(rf"\b(?:{particles})[-‐‑](?=\w)", "", s)
    s = _HYPHEN_JOIN.sub("", s)
    tokens = _WORD.findall(s)
    while len(tokens) > 1 and tokens[0] in rules.titles:
        tokens = tokens[1:]
    tokens = [t for i, t in enumerate(tokens) if i == 0 or t not in rules.particles]
    return tuple(rules.variants.get(t, t) for t in tokens)


def joined(tokens: tuple[str, ...]) -> str:
    return "".join(tokens)


def family_first(country: str | None) -> bool:
    """Whether names of this country put the family name first ("Wang Yi")."""
    return country is not None and country in name_rules().family_first


def surname_order(tokens: tuple[str, ...], country: str | None) -> tuple[str, ...]:
    """Tokens with the family name last, whatever order the country writes them in."""
    return tuple(reversed(tokens)) if family_first(country) else tokens


def _initial_or_equal(short: str, long: str) -> bool:
    return short == long or (len(short) == 1 and long.startswith(short))


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(_initial_or_equal(s, t) for t in it) for s in short)


def compatible(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` (family name last) can be a shorter form of ``long``.

    The family names must spell the same (``"Amirabdollahian"`` = ``"Amir Abdollahian"``),
    and every other word of ``short`` must stand in ``long`` in the same order, an initial
    matching its word: "Zarif", "Javad Zarif", "M. Javad Zarif" all fit "Mohammad Javad Zarif".
    """
    if not short or not long:
        return False
    if joined(short) == joined(long):
        return True
    for j in range(1, len(short) + 1):
        tail = joined(short[-j:])
        for k in range(1, len(long) + 1):
            if joined(long[-k:]) == tail and _subsequence(short[:-j], long[:-k]):
                return True
    return False


def suffix_keys(tokens: tuple[str, ...], depth: int = 3) -> tuple[str, ...]:
    """The concatenated last 1…``depth`` tokens: where a surname-only form may look."""
    return tuple(joined(tokens[-k:]) for k in range(1, min(depth, len(tokens)) + 1))
