"""What holds for every extraction, of synthetic articles and of arbitrary text alike."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts.models import Article, Meeting
from newsfacts.testing.outlets import OutletArticle, outlet_articles
from newsfacts.testing.synthetic import SyntheticArticle, synthetic_articles

# Arbitrary text, salted with the words the rules look for so that they fire on it.
_words = st.sampled_from(
    [
        "Omani",
        "Foreign",
        "Minister",
        "Karim",
        "Dastani",
        "met",
        "with",
        "said",
        "“",
        "”",
        ",",
        ".",
        "He",
        "called",
        "for",
        "on",
        "Wednesday",
        "in",
        "Muscat",
        "TEHRAN",
        "(Tasnim)",
        "–",
        "will",
        "meet",
        "\n\n",
    ]
)
arbitrary = st.lists(st.one_of(_words, st.text(max_size=8)), max_size=50).map(" ".join)
texts = st.one_of(
    synthetic_articles().map(lambda a: a.text),
    outlet_articles().map(lambda o: o.text),
    arbitrary,
)


def check_invariants(article: Article, text: str) -> None:
    """Spans inside the text, every referenced id defined, evidence non-empty, content in the text."""
    assert article.text == text
    for where, span in article.spans():
        assert 0 <= span.start <= span.end <= len(text), where
    actors = {a.id for a in article.actors}
    meetings = {m.id for m in article.meetings}
    assert len(actors) == len(article.actors) and len(meetings) == len(article.meetings)
    for m in article.meetings:
        assert set(m.participants) <= actors and len(m.participants) >= 2, m
    for s in article.statements:
        assert set(s.speakers) <= actors and s.speakers, s
        assert s.target is None or s.target in actors
        assert s.meeting is None or s.meeting in meetings
        assert len(s.evidence) > 0 and s.content, s


@given(texts, st.none() | st.dates())
def test_every_span_and_reference_is_valid(text: str, published: object) -> None:
    check_invariants(newsfacts.extract(text, published=published), text)  # type: ignore[arg-type]


@given(texts, st.none() | st.dates())
def test_extraction_is_deterministic(text: str, published: object) -> None:
    first = newsfacts.extract(text, published=published)  # type: ignore[arg-type]
    assert newsfacts.extract(text, published=published) == first  # type: ignore[arg-type]


@given(texts, st.none() | st.dates())
def test_output_survives_the_json_round_trip(text: str, published: object) -> None:
    article = newsfacts.extract(text, published=published)  # type: ignore[arg-type]
    record = json.loads(json.dumps(article.to_json(), ensure_ascii=False))
    assert Article.from_json(record) == article


@given(synthetic_articles())
def test_statement_content_stands_in_its_evidence(article: SyntheticArticle) -> None:
    extracted = newsfacts.extract(article.text, published=article.published)
    for s in extracted.statements:
        assert s.content in s.evidence.slice(article.text), s


@given(outlet_articles())
def test_outlet_chrome_does_not_change_the_facts(page: OutletArticle) -> None:
    bare = newsfacts.extract(page.article.text, published=page.published)
    dressed = newsfacts.extract(page.text, url=page.url, published=page.published)

    def facts(a: Article) -> tuple[object, ...]:
        names = {x.id: x.name for x in a.actors}
        return (
            sorted((sorted(names[p] for p in m.participants), m.modality, m.status, _own_day(m)) for m in a.meetings),
            sorted((sorted(names[p] for p in s.speakers), s.kind, s.content) for s in a.statements),
        )

    assert facts(dressed) == facts(bare), page.text
    # a wire dateline's day ("TEHRAN, Jan. 01 (MNA) –") is news, not chrome: the lead's meeting held there takes it
    for m in dressed.meetings:
        if "date.dateline_day" in m.rules:
            assert m.date is not None and m.date.value == page.published.isoformat(), page.text


def _own_day(m: Meeting) -> str | None:
    """The meeting's day when its own sentences give it; not the day a wire dateline lends it."""
    return None if m.date is None or "date.dateline_day" in m.rules else m.date.value
