"""Sentences and tokens with character offsets into the original text.

Sentence splitting is one regex scan for candidate boundaries (``.``, ``?``, ``!`` and
closing quotes followed by space and an upper-case letter, a quote or a digit), filtered by
a table of abbreviations (``U.S.``, ``Dec.``, ``Mr.``, initials). A full stop glued to the next
sentence ("the pandemic.Saudi Arabia's King"), as some outlets print them, ends a sentence after a
lower-case word (``_glued_boundary``; "pic.twitter.com" and "St.Petersburg" stay whole). Line breaks always end a
sentence. A sentence whose quotation marks are unbalanced absorbs the sentences after it
until its quote closes, so that a multi-sentence quote followed by ``he said`` stays one
unit for the statement rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from typing import Final

from attrs import frozen

from newsfacts.models import Span


def _table(name: str) -> list[list[str]]:
    """Rows of a lexicon data file (text.py reads its two small tables itself: no lexicon needed)."""
    data = resources.files("newsfacts.lexicon").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in data.splitlines() if line.strip() and not line.startswith("#")]


#: Abbreviations after which a period does not end a sentence (lower-cased, without the dot).
_ABBREVIATION_ROWS: Final = _table("abbreviation")
ABBREVIATIONS: Final = frozenset(r[0] for r in _ABBREVIATION_ROWS)

#: Abbreviations that end a sentence when a typical sentence opener follows ("... in the U.S. He said").
_SENTENCE_FINAL_ABBREVIATIONS: Final = frozenset(r[0] for r in _ABBREVIATION_ROWS if r[1:2] == ["final"])
_OPENERS: Final = frozenset(r[0] for r in _table("opener"))

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can start a sentence. No nested quantifiers: linear scan.
# (a pattern that starts with a plain character class, "[.!?][.!?]*" rather than "[.!?]+", lets
# the regex engine skip to the candidates; one that starts with a literal character is faster still)
# A capital opens a sentence in any Latin, Greek or Cyrillic script: "Çavuşoğlu will visit Lima",
# "Élysée officials said", "İstanbul hosted"; an ASCII class ran such a sentence on into the one before.
_CAPITAL: Final = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "Α-ΩА-Я"
_BOUNDARY: Final = re.compile(
    r"[.!?][.!?]*[\"”’')\]]*(?=[ \t]+[\"“‘(\[]?[0-9" + _CAPITAL + r"]|[\"“]?[" + _CAPITAL + r"][a-z.])"
)
#: text.inverted_after_quote: '“... Ambassador Whitman.” Said Mutua.', '“...” Added the CS.': a capitalised verb of
#: saying and its speaker after a quote that closes on a full stop end the quote's sentence, no sentence of their own
_INVERTED_AFTER_QUOTE: Final = re.compile(
    r"(?:Said|Says|Added|Adds|Stated|States|Noted|Notes|Stressed|Explained|Remarked|Continued)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*\.(?=[ \t]|$)"
)
#: ``_BOUNDARY`` for a paragraph without "!" and "?"
_BOUNDARY_DOT: Final = re.compile(
    r"\.[.!?]*[\"”’')\]]*(?=[ \t]+[\"“‘(\[]?[0-9" + _CAPITAL + r"]|[\"“]?[" + _CAPITAL + r"][a-z.])"
)


def _word_before(text: str, lo: int, dot: int) -> tuple[int, int]:
    r"""Where the word before a period lies in ``text[lo:dot]``, in any script's letters ("Élysée", "Dalí": an
    ASCII-only class read "Élysée." as the initial "e."), with the dots inside it ("U.S"); ``(-1, -1)`` for none.

    What ``re.search(r"([^\W\d_][^\W\d_]*(?:\.[^\W\d_]*)*)$", text[lo:dot])`` finds (its first group; ``$`` also
    stands before a closing line break), read backwards from the end: that search tried every start in the
    window, each reading on to the end.
    """
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    # most words before a period are plain letters after a space: one C-level test for them
    # (no decimal digit is a letter, so every isalpha character is one of [^\W\d_])
    start = text.rfind(" ", lo, end) + 1 or lo
    if text[start:end].isalpha():
        return start, end
    start = end
    while start > lo:
        c = text[start - 1]
        # a letter of [^\W\d_]: a word character (str.isalnum is re's \w but "_") that is no decimal digit
        if c != "." and not (c.isalnum() and not c.isdecimal()):
            break
        start -= 1
    while start < end and text[start] == ".":
        start += 1  # the match starts with a letter
    return (start, end) if start < end else (-1, -1)


_TOKEN: Final = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


_new = object.__new__
# the slots' own setters: object.__setattr__ looks the slot up on the class at every call, half again the work
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


@frozen(order=True)
class Token:
    """A word or punctuation mark with its offsets in the text."""

    start: int
    end: int
    text: str


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Does the punctuation at ``dot`` end a sentence? ``after`` is where the next one starts."""
    if text[after - 1] not in " \t":
        return _glued_boundary(text, dot)
    if text[dot] != ".":
        return True
    w_start, w_end = _word_before(text, max(0, dot - 20), dot)
    if w_start < 0:
        return True
    word = text[w_start:w_end].lower().rstrip(".")
    head, dot_in, rest = word.partition(".")
    if dot_in and len(head) >= 3 and _glued_boundary(text, w_start + len(head)):
        word = rest  # "action.U.N": the acronym after a glued sentence end
    if word in _SENTENCE_FINAL_ABBREVIATIONS:
        nxt = _IS_BOUNDARY_RX.match(text[after : after + 20])
        return nxt is not None and nxt.group(1).lower() in _OPENERS
    if word in ABBREVIATIONS:
        return False
    # an initial ("John F. Kennedy", "A. Khan") or an acronym with dots ("U.S.A.")
    return not ((len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 5))


def _glued_boundary(text: str, dot: int) -> bool:
    """text.glued_sentence: "... the pandemic.Saudi Arabia's King ...", two sentences some outlets
    print with no space after the full stop. Only a period after a lower-case word of three letters
    or more, or a number ("in 2008.The"), and before a capitalised word or an acronym
    ("countries.U.N. Secretary-General"): "pic.twitter.com", "U.N.", "Mr.Khan" and "St.Petersburg" stay whole."""
    if text[dot] != "." or dot < 3:
        return False
    before = text[dot - 3 : dot]
    if before.isdigit():
        return True  # "worse than in 2008.Foreign Minister X said": a number ends the sentence
    if not (before.isalpha() and before.islower()):
        return False
    w_start, w_end = _word_before(text, max(0, dot - 20), dot)
    return w_start >= 0 and "." not in text[w_start:w_end] and text[w_start:w_end].lower() not in ABBREVIATIONS


def _quotes_open(text: str, start: int, end: int) -> bool:
    # outlets mix straight and curly quotes ("...” ), so count them together; most sentences hold none of a kind,
    # which ``in`` rules out faster than a count does (it looks for the character with memchr)
    sentence = text[start:end]
    n = 0
    for quote in _QUOTES:
        if quote in sentence:
            n += sentence.count(quote)
    return n % 2 == 1


_QUOTES: Final = ("“", "”", '"')


def _raw_sentences(text: str, span: Span, boundary: re.Pattern[str]) -> list[Span]:
    out: list[Span] = []
    lstart, end = span.start, span.end
    while lstart <= end:
        lend = text.find("\n", lstart, end)
        if lend < 0:
            lend = end
        cur = lstart
        for m in boundary.finditer(text, lstart, lend):
            after = m.end()
            while after < lend and text[after] in " \t":
                after += 1
            if _is_boundary(text, m.start(), after) and not (
                text[m.end() - 1] in '”"' and _INVERTED_AFTER_QUOTE.match(text, after, lend) is not None
            ):
                _trimmed(text, cur, m.end(), out)
                cur = after
        _trimmed(text, cur, lend, out)
        lstart = lend + 1
    return out


def _trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(trusted_span(start, end))


def trusted_span(start: int, end: int) -> Span:
    """A :class:`Span` of offsets known valid (``0 <= start <= end``), made without the validators of its
    ``__init__``: faster than ``Span.trusted``, a class method, for the spans every article makes by the dozen."""
    sp = _new(Span)
    _set_start(sp, start)
    _set_end(sp, end)
    return sp


def sentences(text: str, spans: Iterable[Span] | None = None) -> tuple[Span, ...]:
    """Split ``text`` (or just the given ``spans`` of it) into sentence spans, in order.

    Sentences never cross a span's edge or a line break, except that an unclosed quotation
    runs on to the sentence that closes it (within the same line).
    """
    if spans is None:
        spans = (Span(0, len(text)),)
    out: list[Span] = []
    marks = "!" in text or "?" in text
    for span in spans:
        # the literal-first pattern where the paragraph holds no "!" or "?" (the page's chrome may): the same
        # matches there, found with a scan for "." instead of a character class tried at every position
        if marks and (text.find("!", span.start, span.end) >= 0 or text.find("?", span.start, span.end) >= 0):
            boundary = _BOUNDARY
        else:
            boundary = _BOUNDARY_DOT
        pending: Span | None = None
        for s in _raw_sentences(text, span, boundary):
            if pending is not None and text.find("\n", pending.end, s.start) < 0:
                pending = trusted_span(pending.start, s.end)
            else:
                if pending is not None:
                    out.append(pending)
                pending = s
            if not _quotes_open(text, pending.start, pending.end):
                out.append(pending)
                pending = None
        if pending is not None:
            out.append(pending)
    return tuple(out)


def tokens(text: str, span: Span | None = None) -> tuple[Token, ...]:
    """Words (with inner hyphens, apostrophes and dots: ``al-Thani``, ``U.S``) and punctuation."""
    start, end = (0, len(text)) if span is None else (span.start, span.end)
    return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end))


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_IS_BOUNDARY_RX: Final = re.compile(r"[\"“‘(]?([A-Za-z]+)")
