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


# -- word sets: one-column tables the rules read as sets -----------------------------------------

#: each word-set table moved out of the rule modules, with the Lexicon attribute that holds it
WORD_SET_ATTRIBUTES = {
    "given_name": "given_names",
    "surname_title": "surname_titles",
    "noun_verb": "noun_verbs",
    "source_plural": "source_plurals",
    "speaker_group_noun": "speaker_group_nouns",
    "leader_role": "leader_roles",
    "envoy_role": "envoy_roles",
    "no_minister_role": "no_minister_roles",
    "generic_role": "generic_roles",
    "unnamed_side_role": "unnamed_side_roles",
    "rank_word": "rank_words",
    "fronting_verb": "fronting_verbs",
    "clause_verb": "clause_verbs",
    "speaker_body_head": "speaker_body_heads",
    "action_verb": "action_verbs",
    "object_verb": "object_verbs",
    "nonstatement_lead": "nonstatement_leads",
    "honorific_token": "honorific_tokens",
    "desc_adjective": "desc_adjectives_after",
}


@pytest.mark.parametrize("table", sorted(WORD_SET_ATTRIBUTES))
def test_word_set_tables_load_with_their_documented_header(table: str) -> None:
    from importlib import resources

    data = resources.files("newsfacts.lexicon").joinpath("data")
    lines = data.joinpath(f"{table}.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), f"{table}.tsv opens with a comment saying what it holds"
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    assert rows, f"{table}.tsv has rows"
    assert f"| {table} |" in data.joinpath("README.md").read_text(encoding="utf-8"), f"{table} is documented"
    held = getattr(load_lexicon(), WORD_SET_ATTRIBUTES[table])
    assert rows[0].split("\t")[0] in held


def test_word_set_tables_hold_what_the_rules_expect() -> None:
    lx = load_lexicon()
    assert "Jan" in lx.given_names and "Sheikh" in lx.surname_titles
    assert "met" in lx.bare_object_verbs and "summoned" in lx.object_verbs and "summoned" not in lx.bare_object_verbs
    assert "Prime Minister" in lx.leader_roles and "Special Envoy" in lx.envoy_roles
    assert "Spokesman" in lx.no_minister_roles and "Official" in lx.generic_roles
    assert "Counterpart" in lx.unnamed_side_roles and "deputy" in lx.rank_words
    assert "say" in lx.fronting_verbs and "hope" in lx.clause_verbs and "talks" in lx.noun_verbs
    assert "officials" in lx.source_plurals and "pointing to".startswith(lx.nonstatement_leads)
    assert "high-ranking" in lx.desc_adjectives_before and "high-ranking" not in lx.desc_adjectives_after
    assert "deputy" in lx.desc_adjectives_after and "top" in lx.desc_adjectives_before


def test_plugin_rows_extend_the_word_sets() -> None:
    lx = load_lexicon(
        [
            LexiconEntry("given_name", "March"),
            LexiconEntry("object_verb", "welcomed", extra="bare"),
            LexiconEntry("nonstatement_lead", "alluding to"),
            LexiconEntry("desc_adjective", "outgoing", "before|after"),
        ]
    )
    assert "March" in lx.given_names and "March" not in load_lexicon().given_names
    assert "Jan" in lx.given_names  # the built-in rows stay
    assert "welcomed" in lx.object_verbs and "welcomed" in lx.bare_object_verbs
    assert "alluding to" in lx.nonstatement_leads
    assert "outgoing" in lx.desc_adjectives_before and "outgoing" in lx.desc_adjectives_after


def test_a_description_adjective_needs_a_known_position() -> None:
    with pytest.raises(ValueError, match="unknown position"):
        load_lexicon([LexiconEntry("desc_adjective", "outgoing", "beside")])
