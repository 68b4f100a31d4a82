"""The lexicon loader: tables, inflection, plugin entries."""

from __future__ import annotations

import pytest

from newsfacts.lexicon import LexiconEntry, load_lexicon, trie_regex


def test_default_is_cached() -> None:
    assert load_lexicon() is load_lexicon()


def test_countries_demonyms_capitals() -> None:
    lx = load_lexicon()
    assert lx.country_of("Iran's") == "IRN"
    assert lx.country_of("the US") == "USA"
    assert lx.country_of("South Korea") == "KOR"
    assert lx.country_of("Omani") == "OMN"
    assert lx.country_of("Kazakh") == "KAZ"
    assert lx.country_of("Tehran") == "IRN"


def test_cues_are_inflected_with_kinds() -> None:
    lx = load_lexicon()
    assert lx.cues["stressed the need for"].kind == "appeal"
    assert lx.cues["stressing the need for"].form == "participle"
    assert lx.cues["condemned"].kind == "disapprove"
    assert lx.cues["said"].kind == "say"
    assert lx.cues["voiced support for"].kind == "approve"


def test_extra_entries_are_merged() -> None:
    lx = load_lexicon([LexiconEntry("cue", "laid emphasis on", "say")])
    assert "laid emphasis on" in lx.cues or "laided emphasis on" in lx.cues or "lay emphasis on" in lx.cues
    assert load_lexicon() is not lx


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown lexicon table"):
        LexiconEntry("colour", "red")


def test_trie_regex_matches_longest() -> None:
    import re

    rx = re.compile(r"\b(?:" + trie_regex(["stress", "stressed", "stressed the need for"]) + r")\b")
    assert rx.search("he stressed the need for talks").group() == "stressed the need for"
