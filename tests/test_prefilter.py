"""Prefilters (newsfacts.prefilter): what they say about a regex's matches must hold for every match.

A prefilter only ever rules a regex out: where it says "cannot match", the regex must not match.
Checked on a grammar of the shapes our tables use, on random texts, and on every real pattern
(lexicon, plugin rules, boilerplate) against the texts of real articles.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsfacts import prefilter
from newsfacts.clean import _LinePatterns, _stripped_lines
from newsfacts.contributions import Boilerplate
from newsfacts.lexicon import load_lexicon
from newsfacts.plugins import get_plugin_manager
from newsfacts.prefilter import (
    Gate,
    LinePatterns,
    LineWords,
    Probe,
    WordSets,
    alternatives,
    first_chars,
    foldable,
    has_digit,
    holds_any,
    innermost,
    longest_match,
    most_gaps,
    needs_digit,
    opening_width,
    required_words,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    ROOT / ".." / "shared" / "corpus" / "seeds.gold.jsonl",
    ROOT / "tests" / "holdout" / "holdout.gold.jsonl",
    ROOT / "tests" / "holdout2" / "holdout2.gold.jsonl",
]


# -- examples ---------------------------------------------------------------------------------


def test_required_words_join_literals_across_zero_width_parts() -> None:
    assert required_words(r"\bcontact\b us") == {"contact us"}
    assert required_words(r"(?<=\.)Reporting(?= by)") == {"Reporting"}


def test_required_words_expand_short_alternations() -> None:
    assert required_words(r"need(?:s|ed) to") == {"needs to", "needed to"}
    assert required_words(r"\b(?:must|needs? to)\b") == {"must", "need"}
    assert required_words(r"[-–—] [A-Z]+") == {"- ", "– ", "— "}
    # the best set: the one whose shortest word is longest
    assert required_words(r"ab\d+abcdef") == {"abcdef"}


def test_required_words_know_nothing_of_what_may_be_absent() -> None:
    assert required_words(r"x?") is None
    assert required_words(r"(?:abc)*") is None
    assert required_words(r"abc|\w+") is None
    assert required_words(r"(?:abc|)d") == {"abcd", "d"}
    assert required_words(r"(a)\1") == {"a"}


def test_required_words_of_case_blind_parts_are_folded_only() -> None:
    assert required_words(r"(?i)Contact Us") is None
    assert required_words(r"(?i)Contact Us", fold=True) == {"contact us"}
    assert required_words(r"Share(?i: this)") == {"Share"}
    assert required_words(r"Share(?i: this)", fold=True) == {"share this"}
    assert required_words(r"(?i)café", fold=True) == {"caf"}  # only ASCII folds alike in str and re


def test_gate_prefers_exact_words_and_folds_only_when_it_must() -> None:
    assert Gate.of(r"[^\n]{0,400}(?i:contact us)") == Gate(frozenset({"contact us"}), folded=True)
    assert Gate.of(r"Tags:?\s*.*") == Gate(frozenset({"Tags"}), folded=False)
    assert Gate.of(r"\w+") is None
    folded = Gate.of(r"(?i)read more")
    assert folded is not None
    assert folded.admits(Probe("READ MORE"))
    assert not folded.admits(Probe("read on"))
    assert folded.admits(Probe("REAⅮ MORE \u212a"))  # a Kelvin sign: cannot fold, so admitted


def test_first_chars() -> None:
    def starts(pattern: str) -> str:
        found = first_chars(pattern)
        assert found is not None
        return "".join(c for c in "aAbB1 -–(\u212a" if found.match(c))

    assert starts(r"Ab|b") == "Ab"
    assert starts(r"(?i)ab") == "aA"
    assert starts(r"(?i:k)") == "\u212a"  # the Kelvin sign is a case-blind k
    assert starts(r"\b(?:\d+|[(-])") == "1-("
    assert starts(r"(?=x)?b?[AB]") == "AbB"
    assert first_chars(r".x") is None
    assert first_chars(r"(a)\1") is not None


def test_needs_digit_and_has_digit() -> None:
    assert needs_digit(r"News ID: \d+")
    assert needs_digit(r"(?:19|20)[0-9]{2}")
    assert not needs_digit(r"\d*")
    assert not needs_digit(r"\d+|none")
    assert not needs_digit(r"[^\D]")  # read as no digit: a prefilter may err that way
    assert has_digit("x 7")
    assert has_digit("١٢")  # Arabic-Indic digits
    assert has_digit("\U0001d7ce")  # MATHEMATICAL BOLD DIGIT ZERO
    assert not has_digit("No digit — at all, “none”")


def test_line_words_may_require_a_digit() -> None:
    # no few words: the separators of the times are many ("12:30", "12.30", "12-30", ...)
    stamp = r"(?:\d{1,2}[-:./,;]\d{2}|(?:\d{1,2}|an?) (?:hour|day)s? ago)"
    assert LineWords.of(stamp) == LineWords(frozenset({" ago"}), folded=False, digit=True)
    assert LineWords.of(stamp).admits("an hour ago") and LineWords.of(stamp).admits("12:30")
    assert not LineWords.of(stamp).admits("Talks were held in Muscat.")
    assert LineWords.of(r"\d+") is None  # a digit alone is what needs_digit tells
    # the pattern's own noncharacter (what a digit reads as) is no digit
    assert LineWords.of("\ufdd0|\\d") is None
    assert LineWords.of("x\ufdd0|\\d") == LineWords(frozenset({"x"}), folded=False, digit=True)


def test_longest_match() -> None:
    assert longest_match(r"(?i:tags)") == 4
    assert longest_match(r"a{2,5}x?") == 6
    assert longest_match(r"\w+") == sys.maxsize
    # a look-ahead that opens the pattern bounds the rest of the text (and a line break before the end)
    assert longest_match(r"(?=[^\n]{1,100}+$)(?:By )?[A-Z]\w*") == 101
    assert longest_match(r"(?=[^\n]{1,100})[A-Z]\w*") == sys.maxsize  # no end: no bound
    assert longest_match(r"(?m)(?=a$)a\sb") == 3  # "$" ends any line: "a\nb" (the width bounds it)
    assert longest_match(r"(?m)(?=a$)a\s\w+") == sys.maxsize


def test_most_gaps() -> None:
    """How many stretches of white space between words a match can hold: a byline's words are few, however long."""
    assert most_gaps(r"By [\w'’.-]+(?: [\w'’.-]+){0,3}") == 4
    assert most_gaps(r"Read more\s*") == 2
    assert most_gaps(r"\s+") == 1
    assert most_gaps(r"Tags?:.*") == sys.maxsize
    assert most_gaps(r"[A-Z][a-z]+ \d{1,2}, \d{4}") == 2


def test_spaces_are_every_white_space_character() -> None:
    """prefilter._SPACES is written out: it must be what ``str.isspace`` calls white space, all of it."""
    assert set(prefilter._SPACES) == {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}


def test_opening_width() -> None:
    assert opening_width(r"[^\n]{0,400}end") == 400
    assert opening_width(r"(x)y") == 1
    assert opening_width(r"\w+x") > 1000
    assert opening_width(r"(?=[^\n]{0,40}x)\w") == 40  # the look-ahead is what is tried first
    assert opening_width(r"") == 0


# -- random patterns and texts ----------------------------------------------------------------

# Words and characters our patterns and texts are made of, with the letters a case-blind regex
# takes for ASCII ones (İ ı ſ K), digits of other scripts, and line breaks.
_WORDS = ["ab", "Ab", "news", "News", "ID", "by", "s", "k", "i"]
_TEXT_PIECES = [*_WORDS, "AB", "NEWS", " ", "\t", "\n", ":", "-", "–", ".", "7", "٣", "İ", "ı", "ſ", "\u212a", "é"]


def _atoms() -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            *(re.escape(w) for w in _WORDS),
            r"[A-Z]",
            r"[-–]",
            r"[^\n]",
            r"\d",
            r"\w",
            r"\s",
            r"[ \t]",
            r"\b",
            r"^",
            r"$",
            r".",
            r"[^a]",
        ]
    )


def _patterns() -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        sequence = st.lists(inner, min_size=1, max_size=4).map("".join)
        return st.one_of(
            sequence,
            st.lists(sequence, min_size=2, max_size=3).map(lambda alts: "(?:" + "|".join(alts) + ")"),
            st.tuples(sequence, st.sampled_from(["?", "*", "+", "{2}", "{0,3}", "{1,2}", "+?"])).map(
                lambda p: f"(?:{p[0]}){p[1]}"
            ),
            sequence.map(lambda s: f"(?i:{s})"),
            sequence.map(lambda s: f"(?-i:{s})"),
            sequence.map(lambda s: f"({s})"),
            sequence.map(lambda s: f"(?={s})"),
            sequence.map(lambda s: f"(?!{s})"),
            sequence.map(lambda s: f"(?>{s})"),
            st.sampled_from([r"(?<=a)", r"(?<!\d)", r"(?<=[.!] )"]),
        )

    body = st.recursive(_atoms(), extend, max_leaves=8)
    return st.tuples(st.sampled_from(["", "(?i)", "(?m)", "(?a)"]), st.lists(body, min_size=1, max_size=3)).map(
        lambda p: p[0] + "".join(p[1])
    )


_TEXTS = st.lists(st.sampled_from(_TEXT_PIECES), max_size=14).map("".join)


def _check_match(pattern: str, text: str, m: re.Match[str]) -> None:
    """What every prefilter must say of a text in which ``pattern`` found ``m`` (``m.string``)."""
    exact = required_words(pattern)
    assert holds_any(text, exact)
    assert holds_any(text, exact, m.start(), m.end())
    if foldable(text):
        assert holds_any(text.lower(), required_words(pattern, fold=True))
    gate = Gate.of(pattern)
    assert gate is None or gate.admits(Probe(text))
    found = m.group()
    if found:
        firsts = first_chars(pattern)
        assert firsts is None or firsts.match(found[0])
    if needs_digit(pattern):
        assert any(c.isdecimal() for c in found)
    longest, words = _line_tests(pattern)
    assert len(found) <= longest
    assert words is None or words.admits(found)
    assert len(found.split()) - 1 <= most_gaps(pattern)


@functools.cache
def _line_tests(pattern: str) -> tuple[int, LineWords | None]:
    """What a line must be for ``pattern`` to fully match it (read once per pattern, not per match)."""
    return longest_match(pattern), LineWords.of(pattern)


_ALPHABET = st.sampled_from(sorted({c for piece in _TEXT_PIECES for c in piece} | {"x", "Z", "!"}))


def _around_a_match(data: st.DataObject, pattern: str) -> str:
    """A random text, most often holding a string the pattern fully matches."""
    middle = st.from_regex(pattern, fullmatch=True, alphabet=_ALPHABET) | _TEXTS
    return data.draw(_TEXTS) + data.draw(middle) + data.draw(_TEXTS)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(_patterns(), st.data())
@example(r"(?i)ks", "\u212aſ").via("the Kelvin sign and the long s")
@example(r"\bNews(?= by)", "News by").via("a look-ahead")
@example(r"(?:(?:ab){2})\d", "abab7").via("a repeated exact part")
@example(r"(?m)(?=ab$)ab\sNews", "ab\nNews").via("a look-ahead to a line's end, not the text's")
def test_prefilters_never_rule_out_a_match(pattern: str, data: st.DataObject | str) -> None:
    text = data if isinstance(data, str) else _around_a_match(data, pattern)
    rx = re.compile(pattern)
    for m in rx.finditer(text):
        _check_match(pattern, text, m)
    for line in text.split("\n"):
        m = rx.fullmatch(line)
        if m is not None:
            _check_match(pattern, line, m)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.none() | st.frozensets(st.sampled_from(["ab", "a", "b", "abc", "bc", "news", "ne", "s "]), min_size=1)),
    _TEXTS,
)
def test_word_sets_admit_what_holds_any_admits(sets: list[frozenset[str] | None], text: str) -> None:
    """One scan tells for every set what a ``holds_any`` per set tells (overlapping and nested words too)."""
    expected = sum(1 << i for i, words in enumerate(sets) if holds_any(text, words))
    assert WordSets(sets).admitted(text) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=20) | _TEXTS)
def test_has_digit_finds_every_digit(text: str) -> None:
    if any(c.isdecimal() for c in text):
        assert has_digit(text)


# -- the real patterns ------------------------------------------------------------------------


@functools.cache
def _articles() -> tuple[str, ...]:
    texts: list[str] = []
    for path in ARTICLES:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not texts:
        pytest.skip("no article texts")
    return tuple(texts)


def _regexes(value: Any) -> Iterator[re.Pattern[str]]:
    """Every regex in a lexicon's field (held alone, or in tuples, lists and dicts)."""
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _regexes(v)
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _regexes(v)


def _rule_regexes() -> list[re.Pattern[str]]:
    lx = load_lexicon()
    found = [rx for f in attrs.fields(type(lx)) for rx in _regexes(getattr(lx, f.name))]
    pm = get_plugin_manager()
    found += [re.compile(r.pattern) for group in pm.hook.newsfacts_rules() for r in group or () if r.pattern]
    return found


def _boilerplate() -> list[Boilerplate]:
    return [bp for group in get_plugin_manager().hook.newsfacts_boilerplate(outlet=None) for bp in group or ()]


def test_required_words_of_real_rules_admit_every_match() -> None:
    for rx in _rule_regexes():
        exact, folded = required_words(rx), required_words(rx, fold=True)
        for text in _articles():
            m = rx.search(text)
            if m is not None:
                assert holds_any(text, exact), rx.pattern
                assert not foldable(text) or holds_any(text.lower(), folded), rx.pattern


def test_prefilters_of_real_boilerplate_admit_every_match() -> None:
    for bp in _boilerplate():
        rx = re.compile(bp.pattern, re.MULTILINE)
        for text in _articles():
            for m in rx.finditer(text):
                _check_match(bp.pattern, text, m)
            for start, end in _stripped_lines(text):
                m = rx.fullmatch(text[start:end])
                if m is not None:
                    _check_match(bp.pattern, text[start:end], m)


def test_line_patterns_name_the_first_that_fully_matches() -> None:
    lines = LinePatterns([r"\d+", r"(?i)read more", r"[A-Z].*", r"Read more"])
    matcher = lines.matcher()
    assert [matcher.first(line) for line in ("42", "Read more", "READ MORE", "Read on", "x y", "4x")] == [
        0,
        1,
        1,
        2,
        None,
        None,
    ]
    assert lines.matcher(admitted=0b1100).first("Read more") == 2
    # a line longer than a pattern's longest match, or without its required words, skips it
    bounded = LinePatterns([r"(?=[^\n]{1,5}+$)\w+", r"\w+ contributed", r"\w+(?: \w+)*"])
    assert [bounded.matcher().first(line) for line in ("abc", "abcdefgh", "Ann contributed", "Ann wrote")] == [
        0,
        2,
        1,
        2,
    ]


def test_alternatives_cut_only_at_top_level_bars() -> None:
    assert alternatives(r"ab|c(d|e)|[|]x|\|y") == ["ab", "c(d|e)", "[|]x", r"\|y"]
    # what would not stand alone stays whole: no bar at the top, a global flag, a back-reference, a comment
    for whole in (r"(?:a|b)c", r"(?i)ab|cd", r"(a)x|\1y", r"(?x) a | b", r"a(?#|)|b"):
        assert alternatives(whole) == [whole], whole


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(
    # a global flag may open only the whole pattern (it then applies to every alternative, which stays whole)
    st.lists(_patterns(), min_size=2, max_size=3).map(
        lambda ps: "|".join([ps[0], *(re.sub(r"^\(\?[aim]\)", "", p) for p in ps[1:])])
    ),
    st.data(),
)
def test_a_line_fully_matches_a_pattern_when_it_fully_matches_one_of_its_alternatives(
    pattern: str, data: st.DataObject
) -> None:
    """LinePatterns tries a pattern that is an alternation at its top as its alternatives."""
    parts = [re.compile(p) for p in alternatives(pattern)]
    whole = re.compile(pattern)
    for line in _around_a_match(data, pattern).split("\n"):
        assert (whole.fullmatch(line) is not None) == any(p.fullmatch(line) is not None for p in parts), line


def test_line_dispatch_finds_what_one_alternation_finds() -> None:
    """Trying a line only against its candidates names the pattern that one alternation of all
    of them names (how cleaning once classified lines)."""
    patterns = [bp for bp in _boilerplate() if bp.scope != "fragment"]
    scoped = [re.sub(r"^\(\?([aiLmsux]+)\)(.*)", r"(?\1:\2)", bp.pattern, flags=re.DOTALL) for bp in patterns]
    everything = re.compile("|".join(f"(?P<_bp{i}>{pattern})" for i, pattern in enumerate(scoped)))
    lines = _LinePatterns.build(patterns)
    for text in _articles():
        matcher = lines.matcher(Probe(text))
        for start, end in _stripped_lines(text):
            line = text[start:end]
            m = everything.fullmatch(line)
            expected = None if m is None or m.lastgroup is None else patterns[int(m.lastgroup[3:])]
            assert matcher.fullmatch(line) is expected, line


def test_stripped_lines_are_the_lines_stripped() -> None:
    text = " a \n\n\t b\u2003c \u2003\n\x0bd\r\n \n"
    assert [text[s:e] for s, e in _stripped_lines(text)] == [line.strip() for line in text.split("\n") if line.strip()]


def test_a_text_that_cannot_be_folded_passes_every_folded_gate() -> None:
    """A case-blind regex takes "Moſt viſited" for "most visited"; lower-casing does not."""
    gated = Boilerplate("test.most_visited", r"[^\n]{0,40}(?i:most visited)")
    lines = _LinePatterns.build([gated])
    assert lines.gated == ((1, Gate(frozenset({"most visited"}), folded=True)),)
    text = "Iran and Oman held talks.\n\nMoſt viſited\n"
    assert lines.matcher(Probe(text)).fullmatch("Moſt viſited") is gated
    text = "Iran and Oman held talks.\n\nMost read\n"
    assert lines.matcher(Probe(text)).lines.admitted == 0


def test_innermost_drops_the_words_that_hold_another() -> None:
    """A text holds one of ``innermost(words)`` exactly when it holds one of ``words``."""
    words = frozenset({"held", "had", "has had", "hold", "holding"})
    assert innermost(words) == frozenset({"held", "had", "hold"})
    assert innermost(None) is None
    for text in ("they has had talks", "holding talks", "no such word", "he held talks"):
        assert any(w in text for w in words) == any(w in text for w in innermost(words) or ())
