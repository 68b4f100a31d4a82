"""Sentence splitting and tokens with offsets (sentences written for these tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfacts.models import Span
from newsfacts.text import sentences, tokens


def _texts(text: str) -> list[str]:
    return [s.slice(text) for s in sentences(text)]


def test_abbreviations_do_not_split() -> None:
    text = "Mr. Smith met Gen. Brown in the U.S. Capitol on Dec. 5. They talked."
    assert _texts(text) == ["Mr. Smith met Gen. Brown in the U.S. Capitol on Dec. 5.", "They talked."]


def test_us_at_sentence_end_splits_before_an_opener() -> None:
    text = "The envoy flew to the U.S. He arrived late."
    assert _texts(text) == ["The envoy flew to the U.S.", "He arrived late."]


def test_initials_and_month_abbreviation_with_number() -> None:
    text = "John F. Kerry spoke on Jan. 05 in Geneva. Lt. Col. Adams agreed."
    assert _texts(text) == ["John F. Kerry spoke on Jan. 05 in Geneva.", "Lt. Col. Adams agreed."]


def test_a_word_with_accents_ends_a_sentence() -> None:
    # "Élysée." is a word, not the initial "e."
    text = "The envoy was received at the Élysée. The French president spoke. They met in Bogotá. Then they left."
    assert _texts(text) == [
        "The envoy was received at the Élysée.",
        "The French president spoke.",
        "They met in Bogotá.",
        "Then they left.",
    ]


def test_a_sentence_opening_with_a_capital_beyond_ascii_splits() -> None:
    text = (
        "The minister met Luis Zegarra. Çavuşoğlu will visit Lima next week. Élysée officials confirmed it. "
        "İstanbul hosts the next round. Łukasz Nowak attended. Ukraine’s envoy spoke to Спутник. Он said no."
    )
    assert _texts(text) == [
        "The minister met Luis Zegarra.",
        "Çavuşoğlu will visit Lima next week.",
        "Élysée officials confirmed it.",
        "İstanbul hosts the next round.",
        "Łukasz Nowak attended.",
        "Ukraine’s envoy spoke to Спутник.",
        "Он said no.",
    ]


def test_an_initial_with_an_accent_does_not_split() -> None:
    text = "He met Á. Szabó in Budapest. It went well."
    assert _texts(text) == ["He met Á. Szabó in Budapest.", "It went well."]


def test_a_given_name_written_short_does_not_split() -> None:
    text = "Undersecretary Ma. Luisa Ramos-Cruz met Wm. Harper in Manila. They agreed."
    assert _texts(text) == ["Undersecretary Ma. Luisa Ramos-Cruz met Wm. Harper in Manila.", "They agreed."]


def test_a_short_given_name_at_a_sentence_end_splits_before_an_opener() -> None:
    text = "The fund was set up by Jack Ma. The company declined to comment."
    assert _texts(text) == ["The fund was set up by Jack Ma.", "The company declined to comment."]


def test_multi_sentence_quote_stays_one_unit() -> None:
    text = "“We are ready. We will talk,” the minister said. Then he left."
    assert _texts(text) == ["“We are ready. We will talk,” the minister said.", "Then he left."]


def test_line_breaks_end_sentences() -> None:
    text = "TEHRAN – Officials met\nThe talks ended."
    assert _texts(text) == ["TEHRAN – Officials met", "The talks ended."]


def test_spans_restrict_the_split() -> None:
    text = "Title line\n\nFirst sentence here. Second one."
    body = (Span(12, len(text)),)
    assert [s.slice(text) for s in sentences(text, body)] == ["First sentence here.", "Second one."]


def test_tokens_keep_offsets_and_inner_punctuation() -> None:
    text = "al-Thani met U.S. envoys."
    toks = tokens(text)
    assert [t.text for t in toks] == ["al-Thani", "met", "U.S", ".", "envoys", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


@given(st.text(alphabet=st.sampled_from(list('ab .?!“”"\nMr.U.S.Dec.')), max_size=300))
def test_sentences_are_inside_the_text_and_ordered(text: str) -> None:
    spans = sentences(text)
    last = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last
        assert s.slice(text) == s.slice(text).strip()
        last = s.end


@given(st.text(max_size=200))
def test_sentences_never_raise_and_are_deterministic(text: str) -> None:
    assert sentences(text) == sentences(text)
