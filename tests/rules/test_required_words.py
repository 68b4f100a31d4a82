"""The shortcuts that let the rules skip a regex: required words, case folding, DATE_RE's lookahead.

Each is a necessary condition: where it says "no match", the regex must not match either.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.lexicon import load_lexicon
from newsfacts.prefilter import foldable, holds_any, required_words
from newsfacts.rules.dates import DATE_RE

WORDS = ["must", "need", "needed to", "ready", "willing", "support", "condemned", "the", "we intend", "to"]
PIECES = [*WORDS, " ", ", ", "İ", "ı", "ſ", "\u212a", "“", "Must", "NEED", "x"]


def test_required_words_of_a_pattern() -> None:
    assert required_words(re.compile(r"\b(?:must|needs? to)\b")) == frozenset({"must", "need"})
    quoted = re.compile(r"(?P<speaker>[A-Z]\w*) was quoted as saying")
    assert required_words(quoted) == frozenset({" was quoted as saying"})
    assert required_words(re.compile(r"\w+|x")) is None  # an alternative with no literal
    assert required_words(re.compile(r"(?i)must")) is None  # case-blind: only folded
    assert required_words(re.compile(r"(?i)MUST"), fold=True) == frozenset({"must"})


def test_folds_to_ascii_lists_every_odd_letter() -> None:
    """Only these non-ASCII characters match an ASCII letter case-blindly (:func:`foldable`)."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = [c for c in map(chr, range(128, sys.maxunicode + 1)) if letter.fullmatch(c)]
    assert all(not foldable(c) for c in odd)
    assert foldable("Ünïcödé “quotes”")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_content_kind_words_are_necessary(text: str) -> None:
    lx = load_lexicon()
    for rx, _kind in lx.content_kinds:
        words = required_words(rx, fold=True)
        if rx.search(text) and foldable(text):
            assert holds_any(text.lower(), words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "quoted", "as saying", "He was", "Ali Reza was"]), max_size=12).map("".join))
def test_plugin_rule_words_are_necessary(text: str) -> None:
    rx = re.compile(r"(?P<speaker>\b[A-Z][\w’'-]*)\s+was\s+(?P<cue>quoted\s+as\s+saying),?\s+(?P<content>[^.;]{3,}?)$")
    words = required_words(rx)
    for start in range(len(text) + 1):
        if rx.search(text, start):
            assert holds_any(text, words, start, len(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["on", "earlier on", "Monday", "Jan.", "Sept", "22", "3rd", "2019", "today", "this morning"])
        | st.sampled_from([" ", ", ", "x", "٣", "Later today", "same day", "yesterday", "tomorrow", "in the day"])
        | st.sampled_from(["Yesterday", "Today", "Tomorrow"]),
        max_size=10,
    ).map(" ".join)
)
def test_date_re_lookahead_changes_no_match(text: str) -> None:
    """DATE_RE with its lookahead finds what the bare alternation finds."""
    prefix = r"\b(?=[oeltyYMTWFSJAONDEL\d])(?:"
    assert DATE_RE.pattern.startswith(prefix)
    bare = re.compile(DATE_RE.pattern[len(prefix) : -1])
    assert [m.groupdict() | {"span": m.span()} for m in DATE_RE.finditer(text)] == [
        m.groupdict() | {"span": m.span()} for m in bare.finditer(text)
    ]
