"""The lexicon's two scans of the body (names case-sensitively, words case-insensitively), the text
lower-cased for the word scan, and the stretches of text they run over."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.actors.patterns import _UP_BEYOND_ASCII
from newsfacts.rules.doc import Doc, Hit


def scan_hits(doc: Doc, spans: tuple[tuple[int, int], ...]) -> None:
    """Find every lexicon phrase in the body: the two trie scans."""
    lx = doc.lexicon
    text = doc.text
    lowered, astral, wide = _lowered(text)
    doc.memo["actors.wide_capitals"] = wide  # (read by find_persons: which chain scan it runs)
    name_hits, word_hits = doc.name_hits, doc.word_hits
    name_tables, word_tables = lx.name_tables, lx.word_tables
    for start, end in _stretches(doc, spans) if lx.single_line else spans:
        # group 1 is the name, group 2 a possessive ("Iran's", "the US’"); read as ``m[1]``, not ``m.group(1)``
        # (a method call packs its argument in a tuple: two per hit)
        for m in _name_matches(lx, text, start, end):
            core = m[1]
            table = name_tables.get(core, "")
            if table:
                s, e = m.span(1)
                name_hits.append(_tuple_new(Hit, (s, e, core, table, m[2] is not None)))
        if lx.words_after_re is None:
            for m in lx.words_re.finditer(lowered, start, end):
                s, e = m.span()
                word_hits.append(_tuple_new(Hit, (s, e, text[s:e], word_tables.get(m[0], "word"), False)))
            continue
        # the same hits as ``words_re.finditer``: a phrase at the stretch's start (the character before it lies
        # outside), then the scan led by the character before each phrase
        first = lx.words_re.match(lowered, start, end)
        if first is not None:
            s, e = first.span()
            word_hits.append(_tuple_new(Hit, (s, e, text[s:e], word_tables.get(first[0], "word"), False)))
            start = e
        for m in (lx.words_after_re if astral or lx.words_bmp_re is None else lx.words_bmp_re).finditer(
            lowered, start, end
        ):
            s, e = m.span()
            s += 1
            word_hits.append(_tuple_new(Hit, (s, e, text[s:e], word_tables.get(lowered[s:e], "word"), False)))


#: the ASCII bytes, deleted from a text's UTF-8 to leave its other characters
_ASCII_BYTES: Final = bytes(range(128))


def _lowered(text: str) -> tuple[str, bool, bool]:
    """``text`` lower-cased character by character, of the same length; whether it holds a character
    beyond the Basic Multilingual Plane; and whether it holds a capital of ``_UP`` beyond ASCII.

    Lower-cased as UTF-8 bytes (a table lookup per byte) when no character beyond ASCII changes: ``str.lower``
    looks up the full case mapping of every character of a text with any such character (curly quotes).
    """
    raw = text.encode("utf-8", "surrogatepass")
    rest = raw.translate(None, _ASCII_BYTES)
    astral = _ASTRAL_LEAD_RX.search(rest) is not None
    # the characters beyond ASCII alone: a few quotes and dashes in most texts
    other = rest.decode("utf-8", "surrogatepass") if rest else ""
    wide = _WIDE_CAPITAL_RX.search(other) is not None
    if other == other.lower():
        return raw.lower().decode("utf-8", "surrogatepass"), astral, wide
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered, astral, wide


#: the first byte of a character beyond the Basic Multilingual Plane in UTF-8
_ASTRAL_LEAD_RX: Final = re.compile(rb"[\xf0-\xf7]")
#: a capital of ``_UP`` beyond ASCII
_WIDE_CAPITAL_RX: Final = re.compile(f"[{_UP_BEYOND_ASCII}]")


def _name_matches(lx: Lexicon, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """``lx.names_re``'s matches in ``text[start:end]``, found by the scans of ``lx.name_scans``."""
    scans = lx.name_scans
    if not scans:
        return lx.names_re.finditer(text, start, end)
    found = [m for rx in scans[1:] for m in rx.finditer(text, start, end)]
    if not found:
        return scans[0].finditer(text, start, end)  # no name opening with a small letter (most articles)
    found += scans[0].finditer(text, start, end)
    found.sort(key=_MATCH_START)
    out: list[re.Match[str]] = []
    at = start
    for m in found:
        if m.start() >= at:
            out.append(m)
            at = m.end()
        elif m.end() > at:
            # a name starting inside another and running past it: its scan skipped the text it spans after the
            # other, where ``names_re`` searched on
            return lx.names_re.finditer(text, start, end)
    return out


_MATCH_START: Final = operator.methodcaller("start")

# a named tuple made from a ready tuple: skips the Python-level __new__ (hundreds of hits per article)
_tuple_new: Final = tuple.__new__


def _stretches(doc: Doc, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The stretches of text to scan: the paragraphs, or all of them as one when only line
    breaks separate them.

    For a pattern that cannot match a line break one scan over the run of paragraphs finds
    exactly what a scan per paragraph finds (to a lookaround at a paragraph's edge the line
    break next to it looks like the end of the text: no word character), with one regex call
    instead of one per paragraph and pattern.
    """
    key = ("actors.stretches", spans)
    found = doc.memo.get(key)
    if found is None:
        found = spans
        text = doc.text
        prev = -1
        for start, end in spans:
            if prev >= 0 and (start <= prev or text.count("\n", prev, start) != start - prev):
                break
            prev = end
        else:
            if len(spans) > 1:
                found = ((spans[0][0], spans[-1][1]),)
        doc.memo[key] = found
    return found  # type: ignore[return-value]
