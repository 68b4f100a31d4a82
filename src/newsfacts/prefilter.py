"""Prefilters: what a regex's parse tree says every match holds, to rule the regex out cheaply.

Most patterns match nowhere in most texts, and the regex engine is slow to say so:
``[^\\n]{0,400}(?i:contact us for …)`` tries every position of a line, a date stamp tries its
dozens of alternatives after each word, and an alternation of sixty patterns enters each one.
Cheaper tests answer first:

* :func:`required_words`: strings one of which every match holds (``\\b(?:must|needs? to)\\b``
  -> ``{"must", "need"}``); :func:`holds_any` looks for them, a :class:`Gate` for a whole
  article (a :class:`Probe`);
* :func:`first_chars` and :func:`last_chars`: the characters a match can start and end with,
  so that a line is tried only against the patterns that can start with its first character
  and end with its last;
* :func:`needs_digit`: every match holds a decimal digit, and :func:`has_digit` says whether a
  line may hold one;
* :func:`most_gaps`: how many stretches of white space a match can hold at most (a byline, a
  section's name: a few words), against a line of prose's dozens;
* :class:`LinePatterns`: many patterns a line is fully matched against, each line tried only
  against those the tests above leave.

Each is read from the pattern's parse tree and errs only towards "may match": they change how
fast a regex is ruled out, never what it finds. The parser is the standard library's private
one (3.11+); should it fail or change shape, a pattern simply has no prefilter.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, Final

import attrs

try:
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's private modules
    _parser = None

#: A larger set of alternative strings is not worth expanding (``[a-z]{3}`` is no literal).
_MAX_WORDS: Final = 16
_REPEATS: Final = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")

Words = frozenset[str]


# -- required words ---------------------------------------------------------------------------


def foldable(text: str) -> bool:
    """May ``text.lower()`` be searched for the folded :func:`required_words` of a case-blind regex?

    Not when it holds one of the only non-ASCII characters a case-blind regex takes for an ASCII
    one (Turkish İ and ı, long ſ, the Kelvin sign): without them, what a case-blind ASCII literal
    matches is in the lower-cased text, lower-cased.
    """
    # four substring searches: several times faster than a regex's character class
    return text.isascii() or (
        "\u0130" not in text and "\u0131" not in text and "\u017f" not in text and "\u212a" not in text
    )


def holds_any(text: str, words: Collection[str] | None, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` hold one of ``words`` (a :func:`required_words` set, or a tuple in the order to try;
    None: may hold anything)?"""
    if words is None:
        return True
    if start != 0 or end is not None:
        # one copy of a sentence, then an ``in`` per word: faster than a ``find`` call per word
        text = text[start:end]
    for w in words:  # noqa: SIM110 - a loop, not any(): no generator made per call (a hot path)
        if w in text:
            return True
    return False


class WordSets:
    """Which of many :func:`required_words` sets a text holds a word of, told by one scan.

    A text tested against dozens of sets one :func:`holds_any` at a time is searched once per
    word; here one regex (a prefix tree of every word, searched for again from the position after
    each match, so that overlapping words are all seen) finds, at each position, the longest
    word there, and each word found stands for every set holding it or a prefix of it (the
    shorter words found at the same position). :meth:`admitted` answers for all sets at once,
    as a bit mask (bit ``i``: set ``i``), exactly as ``holds_any`` would for each.
    """

    def __init__(self, sets: Sequence[Words | None]) -> None:
        from newsfacts.lexicon import trie_regex  # the lexicon's prefix-tree regex (no import cycle)

        self.sets = tuple(sets)
        words = sorted({w for found in self.sets if found is not None for w in found})
        #: the sets of no known words: every text may match them
        self._always = _mask(found is None for found in self.sets)
        # the tree itself, not inside a look-ahead: the regex engine skips to the characters a word can start with
        # and enters no look-ahead at each position (a tenth fewer instructions; words are found a few times a text)
        self._scan = re.compile(trie_regex(words)) if words else None
        #: per word: the sets holding it or a prefix of it
        self._sets_of = {
            w: _mask(found is not None and any(w.startswith(x) for x in found) for found in self.sets) for w in words
        }

    def admitted(self, text: str) -> int:
        """The sets ``text`` holds a word of, and those of no known words (a mask)."""
        mask = self._always
        scan = self._scan
        if scan is not None:
            sets_of = self._sets_of
            m = scan.search(text)
            while m is not None:
                mask |= sets_of[m.group()]
                m = scan.search(text, m.start() + 1)  # a word may start inside the one found
        return mask


def required_words(rx: re.Pattern[str] | str, *, fold: bool = False) -> Words | None:
    """Strings one of which every match of ``rx`` holds, or None when no such set is known:
    ``\\b(?:must|needs? to)\\b`` -> {"must", "need"}. A text holding none of them cannot match,
    so it need not be scanned (a plain substring search is many times faster than most regexes).

    Unfolded, the strings are matched exactly, so a case-blind part of the pattern gives none.
    ``fold``: the strings lower-cased (ASCII ones only), for the lower-cased text of a
    :func:`foldable` text. Of all the sets found, the one whose shortest string is longest.
    """
    return _read(rx, fold, _shortest)


def innermost(words: Words | None) -> Words | None:
    """``words`` less those holding another of them: a text holds one of these exactly when it holds one of
    ``words``, in fewer substring tests (for :func:`required_words`' sets)."""
    if words is None:
        return None
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def _shortest(words: Words) -> tuple[int, ...]:
    """The rules' preference: the set whose shortest word is longest (rarest in a sentence)."""
    return (min(map(len, words)),)


# The analyses below are memoized: a plugin's patterns are analysed by the plugin itself and again by the
# cleaning stage for each set of patterns an outlet gets; each analysis reads the pattern's parse tree.
@functools.lru_cache(maxsize=4096)
def _read(
    rx: re.Pattern[str] | str, fold: bool, prefer: Callable[[Words], tuple[int, ...]], digits: bool = False
) -> Words | None:
    tree = _parse(rx) if isinstance(rx, str) else _parse(rx.pattern, rx.flags)
    if tree is None:
        return None
    try:
        return _Reader(fold, prefer, digits).sequence(tree, bool(tree.state.flags & re.IGNORECASE))[1]
    except Exception:  # pragma: no cover - a parse tree of another shape: no set
        return None


@attrs.frozen
class _Reader:
    """Reads a parse tree for :func:`required_words`.

    Each part gives ``(exact, required)``: the strings it matches exactly, when they are few
    (a literal, a short alternation of them, a look-around's nothing), and the best set one of
    which any match of it holds. Exact parts next to each other join into longer strings.
    Of two sets, ``prefer`` says which is better (the larger key). ``digits``: a class of
    decimal digits (``\\d``, ``[0-9]``) reads as :data:`_DIGIT`, and a string holding it stands
    for "a digit" (see :class:`LineWords`).
    """

    fold: bool
    prefer: Callable[[Words], tuple[int, ...]]
    digits: bool = False

    def sequence(self, items: Iterable[tuple[Any, Any]], caseless: bool) -> tuple[Words | None, Words | None]:
        best: Words | None = None
        run: Words | None = frozenset({""})  # the exact strings of the items read since the last break
        whole = True  # no break yet: the sequence is exactly one of ``run``
        for op, av in items:
            exact, required = self.item(op, av, caseless)
            if exact is not None and run is not None:
                joined = frozenset(a + b for a in run for b in exact)
                if len(joined) <= _MAX_WORDS:
                    run = joined
                    continue
            best = self.better(best, run)
            best = self.better(best, required)
            run, whole = exact, False
        best = self.better(best, run)
        return (run if whole else None), best

    def item(self, op: Any, av: Any, caseless: bool) -> tuple[Words | None, Words | None]:
        if op is _sre.LITERAL:
            if self.digits and av == ord(_DIGIT):
                return None, None  # the pattern's own character, not a digit: nothing known
            return self.chars([av], caseless)
        if op is _sre.IN:
            if self.digits and all(_member_digit(member_op, member) for member_op, member in av):
                return frozenset({_DIGIT}), frozenset({_DIGIT})
            members = [member for member_op, member in av if member_op is _sre.LITERAL]
            if self.digits and _DIGIT in map(chr, members):
                return None, None
            return self.chars(members, caseless) if len(members) == len(av) else (None, None)
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return frozenset({""}), None  # zero width: the literals on either side stay adjacent
        if op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            return self.sequence(sub, (caseless or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        if op is _sre.ATOMIC_GROUP:
            return self.sequence(av, caseless)
        if op is _sre.BRANCH:
            return self.branch(av[1], caseless)
        if str(op) in _REPEATS:
            low, high, sub = av
            return self.repeat(low, high, sub, caseless)
        return None, None

    def chars(self, codes: list[int], caseless: bool) -> tuple[Words | None, Words | None]:
        """One character of ``codes``: exact when each is found as it is (folded: lower-cased)."""
        found = {chr(c) for c in codes}
        if self.fold:
            # ASCII only: in a foldable text, what a case-blind ASCII character matches lower-cases to
            # it; other letters fold differently in re and in str.lower ("ς" and "σ")
            ok = all(c.isascii() for c in found)
            found = {c.lower() for c in found}
        else:
            ok = not caseless
        if not ok or len(found) > _MAX_WORDS:
            return None, None
        return frozenset(found), frozenset(found)

    def branch(self, alternatives: list[Any], caseless: bool) -> tuple[Words | None, Words | None]:
        read = [self.sequence(alternative, caseless) for alternative in alternatives]
        exact = [e for e, _r in read if e is not None]
        if len(exact) == len(read):
            union = frozenset().union(*exact)
            if len(union) <= _MAX_WORDS:
                return union, self.better(None, union)
        required = [r for _e, r in read if r is not None]
        if len(required) < len(read):
            return None, None  # an alternative that holds no known string
        return None, self.better(None, frozenset().union(*required))

    def repeat(self, low: int, high: int, sub: Any, caseless: bool) -> tuple[Words | None, Words | None]:
        if low == 0:
            return None, None  # may be absent
        exact, required = self.sequence(sub, caseless)
        if exact is not None and low == high:
            times = frozenset({""})
            for _ in range(low):
                times = frozenset(a + b for a in times for b in exact)
                if len(times) > _MAX_WORDS:
                    break
            else:
                return times, self.better(None, times)
        return None, required

    def better(self, best: Words | None, found: Words | None) -> Words | None:
        """The better of two sets: a set with an empty string in it rules nothing out."""
        if not found or not all(found):
            return best
        if best is None or self.prefer(found) > self.prefer(best):
            return found
        return best


@attrs.frozen
class Gate:
    """Whether a pattern can match in an article: it holds one of the pattern's required words.

    Each word costs a scan of the whole article where it is absent, so a gate has few of them,
    long enough to be rare; exact ones where the pattern has such (the text needs no folding).
    """

    words: Words
    folded: bool

    @classmethod
    def of(cls, pattern: str) -> Gate | None:
        """The gate of ``pattern``, if it has a few good required words (:func:`_best_words`)."""
        best = _best_words(pattern)
        return None if best is None else cls(best[0], best[1])

    def admits(self, probe: Probe) -> bool:
        if not self.folded:
            text = probe.text
            for word in self.words:  # noqa: SIM110 - holds_any inlined: a call less per gate of every article
                if word in text:
                    return True
            return False
        folded = probe.folded()
        if folded is None:
            return True
        for w in self.words:  # noqa: SIM110 - as in holds_any
            if w in folded:
                return True
        return False


class GateSet:
    """Many gates told for one article at once (what :meth:`Gate.admits` tells of each): each distinct word looked
    for once, and a word not looked for at all when a shorter one it holds is absent ("images" when "image" is,
    an exact "Source" when the folded "ource" is). Most words of the gates are absent from most articles, and each
    absent one costs a scan of the whole text."""

    __slots__ = ("_any_folded", "_gates", "_keys")

    def __init__(self, gates: Sequence[Gate]) -> None:
        # the shorter words first (the folded one first at a tie), so that a word's implying words come before it
        keys = sorted({(w, g.folded) for g in gates for w in g.words}, key=lambda k: (len(k[0]), not k[1], k[0]))
        index = {k: i for i, k in enumerate(keys)}
        #: per word: the word, whether folded, its bit, and the bits of the words before it whose absence means its
        #: own (sets of words as bit masks: one ``&`` tells what a loop over indices did)
        self._keys: tuple[tuple[str, bool, int, int], ...] = tuple(
            (w, folded, 1 << i, _mask(_absence_implies(keys[j], keys[i]) for j in range(i)))
            for i, (w, folded) in enumerate(keys)
        )
        #: per gate: the bits of its words
        self._gates: tuple[int, ...] = tuple(sum(1 << index[(w, g.folded)] for w in g.words) for g in gates)
        self._any_folded = any(folded for _w, folded in keys)

    def admits(self, probe: Probe) -> list[bool]:
        """Per gate: :meth:`Gate.admits` of ``probe``."""
        text = probe.text
        folded = probe.folded() if self._any_folded else None
        absent = 0  # the words the text lacks
        for word, fold, bit, implied in self._keys:
            seen = text
            if fold:
                if folded is None:
                    continue  # a text that cannot be folded passes every folded gate
                seen = folded
            if implied & absent or word not in seen:
                absent |= bit
        # a gate admits the text unless it lacks every word of the gate
        return [words & absent != words for words in self._gates]


def _absence_implies(shorter: tuple[str, bool], word: tuple[str, bool]) -> bool:
    """Does a text (or its folded form) that lacks ``shorter`` lack ``word`` too? Each is ``(word, folded)``.

    A folded word lacking from the folded text (which exists then: a text that cannot be folded holds every folded
    word) means that no ASCII word holding it lower-cased is in the text: the folded text holds what the text holds,
    its ASCII letters lower-cased. So an exact ASCII word without letters ("(") is in the folded text exactly when
    it is in the text: its absence means that of every folded word holding it ("(with")."""
    (v, v_folded), (w, w_folded) = shorter, word
    if v_folded == w_folded:
        return v in w
    if not v_folded:
        return v.isascii() and v.lower() == v.upper() and v in w
    return w.isascii() and v in w.lower()


#: A gate of more words would cost more than the pattern's own runs it saves.
_MAX_GATE_WORDS: Final = 4
#: Shorter words are too common in an article to rule much out.
_GOOD_WORD: Final = 4


def _best_words(pattern: str) -> tuple[Words, bool] | None:
    """The few good words every match of ``pattern`` holds (their common part), and whether they are folded:
    the better of the exact words and the folded ones, the exact ones at a tie (no folding needed); ``None``
    when neither is few enough. :meth:`Gate.of` and :meth:`LineWords.of` choose alike."""
    best: tuple[Words, bool] | None = None
    for folded in (False, True):
        words = _read(pattern, folded, _few_and_long)
        if (
            words is not None
            and len(_common_part(words)) <= _MAX_GATE_WORDS
            and (best is None or _few_and_long(words) > _few_and_long(best[0]))
        ):
            best = (_common_part(words), folded)
    return best


def _few_and_long(words: Words) -> tuple[int, ...]:
    """The gates' preference: words long enough to be rare, then as few as can be, then long
    (read as the gate will hold them: their common part where they have one)."""
    words = _common_part(words)
    shortest = min(map(len, words))
    # at a tie, not white space alone: a space is in every line or article of two words, a "/" is not
    return (shortest >= _GOOD_WORD, -len(words), shortest, not any(w.isspace() for w in words))


def _common_part(words: Words) -> Words:
    """One good string that all ``words`` contain (``contact us for``), in place of them all."""
    if len(words) == 1:
        return words
    shortest = min(words, key=len)
    for size in range(len(shortest), _GOOD_WORD - 1, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in w for w in words):
                return frozenset({part})
    return words


class Probe:
    """One article's text as gates read it; its folded form is made on first use (``raw``: the text's UTF-8 form,
    when the caller made it already: the folding of a text beyond ASCII starts from it)."""

    __slots__ = ("_folded", "_made", "_raw", "text")

    def __init__(self, text: str, raw: bytes | None = None) -> None:
        self.text = text
        self._raw = raw
        self._folded: str | None = None
        self._made = False

    def folded(self) -> str | None:
        """The text's :func:`_fold`ed form, or None when the text is not :func:`foldable` (every gate admits it)."""
        if not self._made:
            self._folded = _fold(self.text, self._raw)
            self._made = True
        return self._folded


def _fold(text: str, raw: bytes | None = None, known: bool = False) -> str | None:
    """What the folded (lower-cased ASCII) words of a :func:`foldable` text are looked for in, None for another text.

    An ASCII text lower-cased; another, its UTF-8 form (``raw``, if made already) with the ASCII letters lower-cased,
    read back one character a byte: an ASCII word is in it exactly when it is in ``text.lower()`` (no other character
    lower-cases to an ASCII one in a foldable text, and the bytes of one are no ASCII ones), and ``bytes.lower`` is
    several times faster than ``str.lower`` on such a text. A str, not the bytes: ``bytes in bytes`` makes and drops
    an exception per test (it tries the word as an integer first). ``known``: the caller knows ``text`` is foldable
    (a piece of a foldable text), so its four searches are not made again.
    """
    if text.isascii():
        return text.lower()
    if not known and not foldable(text):
        return None
    if raw is None:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.lower().decode("latin-1")


# -- first and last characters ----------------------------------------------------------------


def first_chars(pattern: str) -> re.Pattern[str] | None:
    """A regex matching (at least) every character a non-empty match of ``pattern`` can start
    with, or ``None`` when that cannot be told (a back-reference: any character)."""
    return _edge_chars(pattern, backwards=False)


def last_chars(pattern: str) -> re.Pattern[str] | None:
    """As :func:`first_chars`, for the character a non-empty match can end with."""
    return _edge_chars(pattern, backwards=True)


@functools.lru_cache(maxsize=4096)
def _edge_chars(pattern: str, backwards: bool) -> re.Pattern[str] | None:
    tree = _parse(pattern)
    if tree is None:
        return None
    try:
        parts = _Edge(backwards).sequence(tree, tree.state.flags & (re.IGNORECASE | re.ASCII))[0]
    except Exception:  # pragma: no cover - a parse tree of another shape: any character
        return None
    if parts is None:
        return None
    return re.compile("|".join(parts) if parts else "(?!)")


@attrs.frozen
class _Edge:
    """Reads a parse tree for the characters a match starts with (or, ``backwards``, ends with)."""

    backwards: bool

    def sequence(self, items: Any, flags: int) -> tuple[list[str] | None, bool]:
        """Single-character regexes for what a sequence can start with, and whether it can match
        nothing (then what follows it can start the match too). ``None``: any character."""
        parts: list[str] = []
        for op, av in reversed(list(items)) if self.backwards else items:
            found, empty = self.item(op, av, flags)
            if found is None:
                return None, False
            parts += found
            if not empty:
                return parts, False
        return parts, True

    def item(self, op: Any, av: Any, flags: int) -> tuple[list[str] | None, bool]:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return [], True  # zero width; a look-around only narrows what is around it
        if op is _sre.LITERAL:
            return [_scope(_char(av), flags)], False
        if op is _sre.NOT_LITERAL:
            return [_scope(f"[^{_char(av)}]", flags)], False
        if op is _sre.IN:
            cls = _class(av)
            return (None, False) if cls is None else ([_scope(cls, flags)], False)
        if op is _sre.BRANCH:
            parts: list[str] = []
            empty = False
            for alternative in av[1]:
                found, alt_empty = self.sequence(alternative, flags)
                if found is None:
                    return None, False
                parts += found
                empty = empty or alt_empty
            return parts, empty
        if op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            return self.sequence(sub, (flags | add) & ~remove & (re.IGNORECASE | re.ASCII))
        if str(op) in _REPEATS:
            low, high, sub = av
            if high == 0:
                return [], True
            found, empty = self.sequence(sub, flags)
            return found, empty or low == 0
        if op is _sre.ATOMIC_GROUP:
            return self.sequence(av, flags)
        return None, False  # any character: ".", back-references, conditionals


_CATEGORIES: Final = {
    "DIGIT": r"\d",
    "NOT_DIGIT": r"\D",
    "SPACE": r"\s",
    "NOT_SPACE": r"\S",
    "WORD": r"\w",
    "NOT_WORD": r"\W",
}


def _class(items: Any) -> str | None:
    """A character class back as regex source (``None`` for a member it does not know)."""
    out: list[str] = []
    for op, av in items:
        if op is _sre.NEGATE:
            out.insert(0, "^")
        elif op is _sre.LITERAL:
            out.append(_char(av))
        elif op is _sre.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _sre.CATEGORY and str(av).removeprefix("CATEGORY_") in _CATEGORIES:
            out.append(_CATEGORIES[str(av).removeprefix("CATEGORY_")])
        else:
            return None
    return f"[{''.join(out)}]"


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _scope(part: str, flags: int) -> str:
    """``part`` under the flags it sits under in the pattern (the same flags, the same matches)."""
    letters = ("i" if flags & re.IGNORECASE else "") + ("a" if flags & re.ASCII else "")
    return f"(?{letters}:{part})" if letters else part


# -- digits -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def needs_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` holds a decimal digit (what ``\\d`` matches)."""
    tree = _parse(pattern)
    try:
        return tree is not None and _digit_in(tree)
    except Exception:  # pragma: no cover - a parse tree of another shape: may hold none
        return False


def has_digit(line: str) -> bool:
    """Whether ``line`` may hold a decimal digit: never ``False`` when it holds one.

    Its UTF-8 form is searched for the bytes that can start one (an ASCII digit, or the first
    byte of any other's), which is much faster than a regex's character class.
    """
    return bool(line.encode("utf-8", "surrogatepass").translate(None, _not_digit_starts()))


@functools.cache
def _not_digit_starts() -> bytes:
    """The bytes that start no decimal digit's UTF-8 form (read once from the Unicode tables)."""
    below_astral = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    starts = {digit.encode()[0] for digit in re.findall(r"\d", below_astral)}
    starts |= {*b"0123456789", *range(0xF0, 0x100)}  # the astral planes: any of them may
    return bytes(b for b in range(256) if b not in starts)


def _digit_in(items: Any) -> bool:
    """Whether every match of a sequence holds a digit: one of its items always does."""
    return any(_item_digit(op, av) for op, av in items)


def _item_digit(op: Any, av: Any) -> bool:
    if op is _sre.LITERAL:
        return chr(av).isdecimal()
    if op is _sre.IN:
        return all(_member_digit(member_op, member) for member_op, member in av)
    if op is _sre.BRANCH:
        return all(_digit_in(alternative) for alternative in av[1])
    if op is _sre.SUBPATTERN:
        return _digit_in(av[3])
    if str(op) in _REPEATS:
        return av[0] >= 1 and _digit_in(av[2])
    if op is _sre.ATOMIC_GROUP:
        return _digit_in(av)
    return False


def _member_digit(op: Any, av: Any) -> bool:
    if op is _sre.LITERAL:
        return chr(av).isdecimal()
    if op is _sre.RANGE:
        return all(chr(c).isdecimal() for c in range(av[0], av[1] + 1))
    return op is _sre.CATEGORY and str(av) == "CATEGORY_DIGIT"


# -- white space ------------------------------------------------------------------------------

#: Every character ``str.isspace`` (and ``str.split``, and a str pattern's ``\\s``) calls white space (the same 29
#: since Unicode 6.3; written out, as reading them from every code point takes a tenth of a second).
_SPACES: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


@functools.lru_cache(maxsize=4096)
def most_gaps(pattern: str) -> int:
    """How many stretches of white space a match of ``pattern`` can hold at most (``sys.maxsize``: no
    bound is known): a line of more words (``len(line.split()) - 1`` stretches between them) cannot
    fully match it. ``[\\w'’.-]*`` leaves a byline's length unbounded, not its number of words."""
    tree = _parse(pattern)
    try:
        return sys.maxsize if tree is None else _gaps(tree, tree.state.flags & (re.IGNORECASE | re.ASCII))
    except Exception:  # pragma: no cover - a parse tree of another shape: no bound
        return sys.maxsize


def _gaps(items: Any, flags: int) -> int:
    """At most how many stretches of white space start in a match of a sequence: each starts at a
    character one of its items matches (more starts than that bound only make the bound looser)."""
    total = 0
    for op, av in items:
        total += _item_gaps(op, av, flags)
        if total >= sys.maxsize:
            return sys.maxsize
    return total


def _item_gaps(op: Any, av: Any, flags: int) -> int:
    char = _char_space(op, av, flags)
    if char is not None:
        return 1 if char[0] else 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return 0  # zero width
    if op is _sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _gaps(sub, (flags | add) & ~remove & (re.IGNORECASE | re.ASCII))
    if op is _sre.ATOMIC_GROUP:
        return _gaps(av, flags)
    if op is _sre.BRANCH:
        return max(_gaps(alternative, flags) for alternative in av[1])
    if str(op) in _REPEATS:
        _low, high, sub = av
        if high == 0:
            return 0
        if len(sub) == 1 and (char := _char_space(sub[0][0], sub[0][1], flags)) is not None:
            may, only = char
            if not may:
                return 0
            if only:
                return 1  # a run of white space alone is one stretch, however long
            # a stretch starts after a character that is none: at most every other one
            return sys.maxsize if high >= _parser.MAXREPEAT else (high + 1) // 2
        each = _gaps(sub, flags)
        if each == 0:
            return 0
        return sys.maxsize if high >= _parser.MAXREPEAT or each >= sys.maxsize else each * high
    return sys.maxsize  # a back-reference, a conditional: no bound


def _char_space(op: Any, av: Any, flags: int) -> tuple[bool, bool] | None:
    """For an item matching one character: whether it may be white space, and whether it is always
    white space (``None``: not such an item)."""
    if op is _sre.LITERAL:
        space = chr(av).isspace()
        return space, space
    if op is _sre.NOT_LITERAL or op is _sre.ANY:
        return True, False
    if op is _sre.IN:
        cls = _class(av)
        if cls is None:
            return True, False
        rx = re.compile(_scope(cls, flags))
        may = any(rx.match(c) is not None for c in _SPACES)
        # always white space: a class of white space characters and ``\\s`` only
        only = all(
            (member_op is _sre.LITERAL and chr(member).isspace())
            or (member_op is _sre.CATEGORY and str(member) == "CATEGORY_SPACE")
            for member_op, member in av
        )
        return may, only
    return None


# -- how wide a pattern opens -----------------------------------------------------------------


def opening_width(pattern: str) -> int:
    """How many characters a repeat that opens ``pattern`` may take (1 for a plain opening):
    a wide one (``[^\\n]{0,400}…``) makes a failing full match try every split of the line."""
    tree = _parse(pattern)
    try:
        return 0 if tree is None else _opening(tree)
    except Exception:  # pragma: no cover - a parse tree of another shape: no gate, as for 0
        return 0


def _opening(items: Any) -> int:
    if not items:
        return 0
    op, av = items[0]
    if op is _sre.SUBPATTERN:
        return _opening(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _opening(av)
    if op is _sre.ASSERT:
        return _opening(av[1])  # a look-ahead's opening is tried first
    if op is _sre.BRANCH:
        return max(_opening(alternative) for alternative in av[1])
    if str(op) in _REPEATS:
        width: int = _parser.SubPattern(items.state, [(op, av)]).getwidth()[1]
        return width
    return 1


# -- lines against many patterns -------------------------------------------------------------

#: How many characters, and pairs of a line's first and last ones, a :class:`LinePatterns`
#: remembers the candidates of: far more than real articles use, a bound for odd input.
_MAX_REMEMBERED: Final = 4096

#: The shortest line whose words :meth:`LineMatcher.first` counts (see :func:`most_gaps`).
_COUNTED_LINE: Final = 40
#: The bounds of :func:`most_gaps` a :class:`LinePatterns` tells apart, each pattern's rounded up to one of
#: them (a looser bound, never a wrong one), a larger one read as none: a few classes of lines, and a count of
#: a line's words that stops after a few dozen.
_GAP_STEPS: Final = (0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)


def _gap_step(gaps: int) -> int:
    """``gaps`` rounded up to one of :data:`_GAP_STEPS` (``sys.maxsize`` past the last)."""
    return _GAP_STEPS[i] if (i := bisect.bisect_left(_GAP_STEPS, gaps)) < len(_GAP_STEPS) else sys.maxsize


#: Patterns to try on a line, in order: ``(index, regex, words, folded, digit, gaps)``, the middle three its
#: :class:`LineWords` unpacked (``words`` None: none; a tuple, faster to walk than a set), read without an attribute
#: lookup per candidate of every line, the last its :func:`most_gaps` step; see :class:`LinePatterns`.
Candidates = tuple[tuple[int, re.Pattern[str], tuple[str, ...] | None, bool, bool, int], ...]


class LinePatterns:
    """Regexes to fully match whole (stripped) lines against: which is the first that matches?

    A line is tried only against the patterns that can match it as far as the prefilters tell:
    those that can start with its first character and end with its last, those no shorter than
    it can match (:func:`longest_match`), those that can hold as many words (:func:`most_gaps`),
    and those that need a digit only on lines that hold one; and of those, each only when the
    line holds one of its required words
    (:class:`LineWords`): most lines are prose, which a failing full match reads far into.
    In order, so that the first that fully matches is found just as if every pattern were
    tried. Sets of patterns are bit masks (bit ``i``: pattern ``i``).
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(patterns)
        #: Every pattern's bit.
        self.every = (1 << len(self.patterns)) - 1
        # A pattern that is an alternation at its top is tried as its alternatives, each with its own
        # prefilters: a line fully matches the pattern exactly when it fully matches one of them, and
        # each alternative rules itself out on a line far more often than their union does.
        parts = [(i, part) for i, pattern in enumerate(self.patterns) for part in alternatives(pattern)]
        #: Per part: the index of its pattern.
        self._owner = tuple(i for i, _part in parts)
        sources = [part for _i, part in parts]
        self._regexes = tuple(_compiled(p) for p in sources)
        self._words = tuple(_line_words(p) for p in sources)
        self._firsts = tuple(first_chars(p) for p in sources)
        self._lasts = tuple(last_chars(p) for p in sources)
        self._digits = _mask(needs_digit(p) for p in sources)
        longest = [longest_match(p) for p in sources]
        #: The lengths a part's matches are bounded by, ascending: a line's length class is
        #: the first of them it does not exceed (past the last: only unbounded parts fit).
        self.bounds = sorted({n for n in longest if n < sys.maxsize})
        #: Per length class: the parts that can match a line of that class.
        self._fitting = tuple(_mask(n >= bound for n in longest) for bound in [*self.bounds, sys.maxsize])
        #: Per part: how many stretches of white space between words its matches hold at most (most_gaps,
        #: rounded up to a step): prose runs to dozens, which rules out the bylines and labels that no length
        #: bound does. Told apart after the choice by a line's characters and length (_Choice.fitting), not in
        #: its key: a key more would multiply the choices to remember.
        self._gaps = tuple(_gap_step(most_gaps(p)) for p in sources)
        #: The bounds of ``_gaps``, ascending: a line's white space class is the first it does not exceed.
        self.gap_bounds = sorted({n for n in self._gaps if n < sys.maxsize})
        #: Per character: the parts that can start, and end, with it.
        self._starting: dict[str, int] = {}
        self._ending: dict[str, int] = {}
        #: Per mask of patterns in play: the mask of their parts.
        self._parts_of: dict[int, int] = {}
        #: Per mask of patterns in play: the choices by a line's first and last characters and length class.
        self._choices: dict[int, dict[tuple[str, int], _Choice]] = {}

    def matcher(self, admitted: int | None = None) -> LineMatcher:
        """A matcher trying only the ``admitted`` patterns (a mask; None: all of them)."""
        mask = self.every if admitted is None else admitted & self.every
        choices = self._choices.get(mask)
        if choices is None:
            choices = self._choices.setdefault(mask, {})
        return LineMatcher(self, mask, choices)

    def choice(self, first: str, last: str, size_class: int, admitted: int) -> _Choice:
        """The candidates for a line from ``first`` to ``last`` of a length class: without and with a digit."""
        parts = self._parts_of.get(admitted)
        if parts is None:
            parts = self._parts_of[admitted] = _mask(admitted >> i & 1 == 1 for i in self._owner)
        mask = parts & self._fitting[size_class]
        mask &= self._edge(self._starting, self._firsts, first) & self._edge(self._ending, self._lasts, last)
        with_digit = self._candidates(mask)
        # the same object when no candidate needs a digit: LineMatcher.first then asks for none
        return _Choice(with_digit if not mask & self._digits else self._candidates(mask & ~self._digits), with_digit)

    def _edge(self, known: dict[str, int], edges: tuple[re.Pattern[str] | None, ...], char: str) -> int:
        mask = known.get(char)
        if mask is None:
            mask = _mask(edge is None or edge.match(char) is not None for edge in edges)
            if len(known) < _MAX_REMEMBERED:
                known[char] = mask
        return mask

    def _candidates(self, mask: int) -> Candidates:
        return tuple(
            (self._owner[k], regex, None, False, False, self._gaps[k])
            if (words := self._words[k]) is None
            else (self._owner[k], regex, tuple(words.words), words.folded, words.digit, self._gaps[k])
            for k, regex in enumerate(self._regexes)
            if mask >> k & 1
        )


# Compiled and read once per process: a plugin's patterns make the title finder's line patterns and again
# the cleaning stage's for each set of patterns an outlet gets (more than ``re``'s own cache holds).
@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@functools.lru_cache(maxsize=4096)
def _line_words(pattern: str) -> LineWords | None:
    return LineWords.of(pattern)


def alternatives(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives as patterns of their own, or ``[pattern]`` when it is
    no alternation (or one whose parts would not stand alone: global flags, back-references).
    A string fully matches ``pattern`` exactly when it fully matches one of them."""
    if "(?#" in pattern or _VERBOSE.search(pattern):
        return [pattern]  # a comment may hold what the scanner below reads as a bracket or a bar
    parts = _split_top(pattern)
    if len(parts) < 2:
        return [pattern]
    tree = _parse(pattern)
    try:
        # (the parser moves a prefix all alternatives share out of them: the branch comes last)
        if (
            tree is None
            or tree.state.flags != re.UNICODE
            or tree.data[-1][0] is not _sre.BRANCH
            or len(tree.data[-1][1][1]) != len(parts)
            or _has_backref(tree.data)
            or any(_parse(p) is None for p in parts)
        ):
            return [pattern]
    except Exception:  # pragma: no cover - a parse tree of another shape: keep it whole
        return [pattern]
    return parts


#: a verbose group's flags, where white space and comments are no part of the pattern
_VERBOSE: Final = re.compile(r"\(\?[aiLmsux-]*x")


def _has_backref(items: Any) -> bool:
    """Whether a parse tree refers to a group (``\\1``, ``(?P=name)``, ``(?(1)...)``)."""
    for op, av in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS, _sre.GROUPREF_IGNORE):
            return True
        # the sub-trees: an atomic group's own, or those in its arguments (a branch holds a list of them)
        subs = [av] if isinstance(av, _parser.SubPattern) else av if isinstance(av, (tuple, list)) else ()
        for sub in subs:
            if isinstance(sub, _parser.SubPattern) and _has_backref(sub):
                return True
            if isinstance(sub, list) and any(isinstance(x, _parser.SubPattern) and _has_backref(x) for x in sub):
                return True
    return False


def _split_top(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside groups and character classes."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            # a class: "]" right after "[" or "[^" is a member; escapes are skipped
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class _Choice:
    """The candidates for lines without a digit, and those for lines with one.

    A plain class, not an attrs one: its cache is a field of its own, which mypyc compiles only so."""

    __slots__ = ("narrowed", "with_digit", "without_digit")

    def __init__(self, without_digit: Candidates, with_digit: Candidates) -> None:
        self.without_digit = without_digit
        self.with_digit = with_digit
        #: Per white space class: the choice for lines of that class (:meth:`fitting`), made on first use.
        self.narrowed: dict[int, _Choice] = {}

    def fitting(self, gap_class: int, bounds: list[int]) -> _Choice:
        """This choice without the candidates that hold fewer stretches of white space than a line of
        ``gap_class`` (the first of :attr:`LinePatterns.gap_bounds` its count does not exceed)."""
        choice = self.narrowed.get(gap_class)
        if choice is None:
            least = bounds[gap_class] if gap_class < len(bounds) else sys.maxsize
            with_digit = tuple(c for c in self.with_digit if c[5] >= least)
            # the same object for both when the digit-free ones are all of them, as in LinePatterns.choice
            without_digit = (
                with_digit
                if self.without_digit is self.with_digit
                else tuple(c for c in self.without_digit if c[5] >= least)
            )
            choice = self.narrowed[gap_class] = _Choice(without_digit, with_digit)
        return choice


@attrs.frozen
class LineMatcher:
    """The admitted patterns of a :class:`LinePatterns`, with the candidates among them by a
    line's first and last characters and its length."""

    patterns: LinePatterns
    admitted: int
    choices: dict[tuple[str, int], _Choice]

    def first(self, line: str, foldable: bool = False) -> int | None:
        """The index of the first pattern that ``line`` (stripped, not empty) fully matches (``foldable``: the caller
        knows the line is :func:`foldable`, as every piece of a foldable article is)."""
        patterns = self.patterns
        key = (line[0] + line[-1], bisect.bisect_left(patterns.bounds, len(line)))
        choice = self.choices.get(key)
        if choice is None:
            choice = patterns.choice(line[0], line[-1], key[1], self.admitted)
            if len(self.choices) < _MAX_REMEMBERED:
                self.choices[key] = choice
        if len(line) > _COUNTED_LINE:
            # the stretches of white space between its words, counted on a long line only (a short one rules out
            # few patterns by them) and only as far as a bound tells: class 0 rules out none
            gap_class = bisect.bisect_left(patterns.gap_bounds, len(line.split(None, _GAP_STEPS[-1] + 1)) - 1)
            if gap_class:
                choice = choice.fitting(gap_class, patterns.gap_bounds)
        candidates = choice.with_digit
        # the line's UTF-8 form, made once for the digit test and the folded words (has_digit's test, inlined)
        raw: bytes | None = None
        digit: bool | None = None  # whether the line may hold a digit, told when first asked
        if candidates is not choice.without_digit:
            raw = line.encode("utf-8", "surrogatepass")
            digit = bool(raw.translate(None, _not_digit_starts()))
            if not digit:
                candidates = choice.without_digit
        folded: str | None = None  # the line's folded form, made for the first folded test
        for i, regex, words, folded_words, or_digit, _most in candidates:
            if words is not None:
                # LineWords.admits, inlined (one Python call less per candidate of every line)
                if folded_words:
                    if folded is None:
                        folded = _fold(line, raw, foldable) or ""
                    seen = folded
                else:
                    seen = line
                if seen:  # (a line that cannot be folded, "", passes every folded test)
                    for w in words:
                        if w in seen:
                            break
                    else:
                        if not or_digit:
                            continue
                        if digit is None:
                            digit = has_digit(line)
                        if not digit:
                            continue
            if regex.fullmatch(line):
                return i
        return None


@attrs.frozen
class LineWords:
    """Words one of which every full match of a line pattern holds, or (``digit``) a decimal
    digit: a few substring tests on a line rule the pattern out faster than the regex engine
    does (``folded``: lower-cased words, for the lower-cased line). A date stamp's pattern
    holds no word every match holds, but every match holds a digit or " ago"."""

    words: Words
    folded: bool
    digit: bool = False

    @classmethod
    def of(cls, pattern: str) -> LineWords | None:
        # on a line, a test of a folded word costs one lower-casing of the line, shared by all folded tests
        best = _best_words(pattern)
        if best is not None:
            return cls(best[0], best[1])
        for folded in (False, True):
            found = _read(pattern, folded, _few_and_long_or_digit, digits=True)
            if found is None or all(_DIGIT not in w for w in found):
                continue
            words = frozenset(w for w in found if _DIGIT not in w)
            if not words:
                return None  # a digit alone: what needs_digit tells
            words = _common_part(words)
            if len(words) <= _MAX_GATE_WORDS:
                return cls(words, folded, digit=True)
        return None

    def admits(self, line: str) -> bool:
        """Does ``line`` hold one of the words (or a digit)? (:meth:`LineMatcher.first` inlines it.)"""
        if self.folded:
            if not foldable(line) or holds_any(line.lower(), self.words):
                return True
        elif holds_any(line, self.words):
            return True
        return self.digit and has_digit(line)


#: What a class of decimal digits reads as for :class:`LineWords` (a noncharacter: no text holds it,
#: and a pattern holding it gets no digit set).
_DIGIT: Final = "\ufdd0"


def _few_and_long_or_digit(words: Words) -> tuple[int, ...]:
    """:func:`_few_and_long` for :class:`LineWords`: a string holding a digit costs one test for all."""
    plain = [w for w in words if _DIGIT not in w]
    if not plain:
        return (True, 0, sys.maxsize, True)
    return _few_and_long(frozenset(plain))


@functools.lru_cache(maxsize=4096)
def longest_match(pattern: str) -> int:
    """How long a match of ``pattern`` can be at most (``sys.maxsize``: no bound is known).

    The pattern's own width, or what a look-ahead opening it allows before the end of the text
    (``(?=[^\\n]{1,100}+$)``, one character more for the line break ``$`` may stand before).
    """
    tree = _parse(pattern)
    try:
        return sys.maxsize if tree is None else _longest(tree)
    except Exception:  # pragma: no cover - a parse tree of another shape: no bound
        return sys.maxsize


@functools.lru_cache(maxsize=4096)
def widest(pattern: str) -> int:
    """How long a match of ``pattern`` can be at most by its own width (``sys.maxsize``: unbounded), whatever its
    flags (no look-ahead read, unlike :func:`longest_match`: with MULTILINE, ``$`` ends any line)."""
    tree = _parse(pattern)
    try:
        width: int = sys.maxsize if tree is None else tree.getwidth()[1]
    except Exception:  # pragma: no cover - a parse tree of another shape: no bound
        return sys.maxsize
    return width if width < _parser.MAXREPEAT else sys.maxsize


def _longest(tree: Any) -> int:
    found = sys.maxsize
    width: int = tree.getwidth()[1]
    if width < _parser.MAXREPEAT:
        found = width
    # (MULTILINE makes "$" any line's end: then the look-ahead bounds nothing)
    if tree.state.flags & re.MULTILINE:
        return found
    # a look-ahead read where the match starts: the pattern's first item, or one after zero-width ones
    # ("(?<![^\n])(?=[^\n]{3,60}$)...": a look-behind, or another look-ahead, before it)
    for op, av in tree:
        if op is _sre.ASSERT:
            direction, sub = av
            if direction == 1 and len(sub) and sub[-1] == (_sre.AT, _sre.AT_END):
                ahead: int = _parser.SubPattern(sub.state, sub.data[:-1]).getwidth()[1]
                if ahead < _parser.MAXREPEAT:
                    found = min(found, ahead + 1)
        elif op is not _sre.ASSERT_NOT and op is not _sre.AT:
            break
    return found


def _mask(flags: Iterable[bool]) -> int:
    """The bit mask of the true ``flags`` (bit ``i`` for the ``i``-th)."""
    return sum(1 << i for i, flag in enumerate(flags) if flag)


# -- parsing ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _parse(pattern: str, flags: int = 0) -> Any:
    """The parse tree of a pattern (read-only: shared by every prefilter read from it, since a
    large pattern takes milliseconds to parse and each outlet's rules read it several times)."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        return _parser.parse(pattern, flags)
    except Exception:  # the parser is private: any surprise means "no prefilter"
        return None
