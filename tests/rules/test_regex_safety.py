"""Adversarial inputs: the engine must finish on them and keep its output well-formed.

No timing asserts (speed is measured in ``bench/``): a catastrophic backtrack would make
these tests hang, which the runner's timeout reports.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.models import Span
from newsfacts.rules import Facts, extract_facts


def _check(text: str, facts: Facts) -> None:
    n = len(text)
    ids = {a.id for a in facts.actors}
    for a in facts.actors:
        assert all(0 <= s.start <= s.end <= n for s in a.mentions)
    for m in facts.meetings:
        assert set(m.participants) <= ids
        assert all(0 <= s.start <= s.end <= n for s in m.evidence)
    for s in facts.statements:
        assert set(s.speakers) <= ids
        assert 0 <= s.evidence.start <= s.evidence.end <= n
        assert s.content in text


ADVERSARIAL = [
    "a " * 50_000,
    "Minister " * 12_000,
    "Foreign Minister Ali Reza " * 4_000,
    "“" * 30_000 + "said" + "”" * 30_000,
    '"' * 60_000,
    "Iran's " * 15_000,
    "He said, " * 10_000,
    "the presidents of Iran, Russia, " * 3_000,
    ("Zarif and " * 8_000) + "met.",
    "with his Omani, Kuwaiti, " * 4_000 + "counterparts",
    ", " * 50_000,
    "A. " * 30_000,
    "on Monday on Monday " * 5_000,
]
# the same shapes inside one sentence of natural length, repeated: the rules run on these
SENTENCE_SIZED = [
    "Foreign Minister Ali Zarif " + "who went to the place " * 120 + "met Lavrov. ",
    "Minister Ali Zarif " + "in a meeting with " * 150 + "Lavrov met. ",
    "Minister Ali Zarif" + ", the a b c" * 240 + " said that. ",
    "Ali Zarif and " * 190 + "met. ",
    "X said, " * 340 + "end. ",
    "Iran, " * 440 + "met. ",
]


def test_adversarial_texts_finish_with_sane_output() -> None:
    for text in ADVERSARIAL:
        _check(text, extract_facts(text))


def test_adversarial_sentences_finish_with_sane_output() -> None:
    for sentence in SENTENCE_SIZED:
        text = sentence * 10
        _check(text, extract_facts(text))


words = st.sampled_from(
    [
        "Iran",
        "Iran's",
        "the",
        "Foreign",
        "Minister",
        "Ali",
        "Khaji",
        "said",
        "met",
        "with",
        "and",
        ",",
        ".",
        "“",
        "”",
        '"',
        "He",
        "stressed",
        "the need for",
        "according to",
        "on Monday",
        "his",
        "counterparts",
        "Omani",
        "talks",
        "phone",
        "call",
        "U.S.",
        "Mr.",
        "condemned",
        "visited",
        "Kuwait",
        "\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, max_size=80))
def test_random_word_salad(ws: list[str]) -> None:
    text = " ".join(ws)
    facts = extract_facts(text)
    _check(text, facts)
    assert extract_facts(text) == facts  # deterministic


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text, extract_facts(text))


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_body_spans_are_respected(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    facts = extract_facts(text, (Span(lo, hi),))
    for s in facts.statements:
        assert lo <= s.evidence.start and s.evidence.end <= hi
