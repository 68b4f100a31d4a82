"""Properties of extract() on arbitrary text: it never raises, and every span is in the text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.models import Article

# Arbitrary text, with newlines, control characters, lone surrogates and words the rules know.
words = st.sampled_from(
    [
        "Iran",
        "Japan's",
        "Foreign",
        "Minister",
        "said",
        "met",
        "“",
        "”",
        '"',
        "(Tasnim)",
        "TEHRAN",
        "–",
        "phone",
        "on",
        "Wednesday",
        "U.S.",
        "Dec.",
        "He",
        "They",
        "stressed",
        "the",
        "need",
        "for",
        ".",
        ",",
        "\n",
    ]
)
chunks = st.lists(st.one_of(words, st.text(max_size=12)), max_size=60).map(" ".join)


def _check(article: Article, text: str) -> None:
    assert article.text is not None and len(article.text) == len(text)
    for where, span in article.spans():
        assert 0 <= span.start <= span.end <= len(text), where
    ids = {a.id for a in article.actors}
    assert all(p in ids for m in article.meetings for p in m.participants)
    assert all(s in ids for st_ in article.statements for s in st_.speakers)


@settings(max_examples=150)
@given(chunks)
@example("")
@example("\ud800 lone surrogate")
@example("\x00\x01\x02 control \x7f characters\r\n\r\n")
@example("Title\n\n" + "x" * 20000)
def test_extract_never_raises_and_spans_stay_inside(text: str) -> None:
    _check(newsfacts.extract(text), text)


@given(chunks, st.dates())
def test_extract_is_deterministic(text: str, published: object) -> None:
    first = newsfacts.extract(text, published=published)  # type: ignore[arg-type]
    assert newsfacts.extract(text, published=published) == first  # type: ignore[arg-type]


def test_lone_surrogates_are_replaced_with_a_warning() -> None:
    article = newsfacts.extract("Iran said\ud800 hello.")
    assert article.text == "Iran said\ufffd hello."
    assert any("surrogate" in w for w in article.warnings)
    assert article.to_json()["text"].encode("utf-8")


def test_huge_input_is_refused_with_a_clear_error() -> None:
    import pytest

    from newsfacts.pipeline import MAX_CHARS
    from newsfacts.records import InputError

    with pytest.raises(InputError, match="over the"):
        newsfacts.extract("a" * (MAX_CHARS + 1))
