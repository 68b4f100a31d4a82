"""The models: validation, and the newsfacts/1 round trip."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given

from newsfacts.models import Actor, Article, DateRef, Meeting, Place, Span, Statement
from newsfacts.serialize import article_from_json, article_to_json
from newsfacts.testing import articles


@given(articles())
def test_any_article_survives_the_json_round_trip(article: Article) -> None:
    wire = json.loads(json.dumps(article.to_json(), ensure_ascii=False))
    assert Article.from_json(wire) == article


@given(articles())
def test_record_starts_with_the_schema_and_keeps_span_pairs(article: Article) -> None:
    record = article.to_json()
    assert next(iter(record)) == "schema"
    assert record["schema"] == "newsfacts/1"
    for m in record["meetings"]:
        assert all(isinstance(e, list) and len(e) == 2 for e in m["evidence"])


def test_models_are_frozen_and_slotted() -> None:
    span = Span(0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    for cls in (Span, Actor, Meeting, Statement, Article, DateRef, Place):
        assert "__slots__" in cls.__dict__, cls


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Span(3, 1), "before its start"),
        (lambda: Span(-1, 1), ">= 0"),
        (lambda: Actor(id="a1", kind="alien", name="X"), "kind"),
        (lambda: Actor(id="a1", kind="person", name="X", country="Iran"), "alpha-3"),
        (lambda: Meeting(id="m1", participants=(), modality="telepathy"), "modality"),
        (lambda: Meeting(id="m1", participants=(), status="rumoured"), "status"),
        (lambda: DateRef(text="on Monday", value="Monday"), "YYYY-MM-DD"),
        (lambda: Statement(id="s1", speakers=(), cue="x", kind="mumble", content="", evidence=Span(0, 0)), "kind"),
    ],
)
def test_validators_reject_values_outside_the_vocabularies(make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        make()


def test_article_rejects_a_span_outside_its_text() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        Article(id="x", text="short", body_spans=(Span(0, 50),))


def test_article_rejects_unknown_actor_ids() -> None:
    statement = Statement(id="s1", speakers=("a9",), cue="said", kind="say", content="x", evidence=Span(0, 1))
    with pytest.raises(ValueError, match="unknown speaker"):
        Article(id="x", text="xy", statements=(statement,))


def test_date_values_follow_iso_timeml() -> None:
    for value in ("2020-12-16", "XXXX-11-22", "2020-12", None):
        assert DateRef(text="t", value=value).value == value


def test_wire_format_matches_the_schema_example() -> None:
    text = "Khaji said the US must leave Syria."
    article = Article(
        id="ex",
        text=text,
        published=dt.date(2020, 12, 16),
        actors=(Actor(id="a1", kind="person", name="Khaji", country="IRN", mentions=(Span(0, 5),)),),
        statements=(
            Statement(
                id="s1",
                speakers=("a1",),
                cue="said",
                kind="appeal",
                content="the US must leave Syria",
                evidence=Span(0, len(text)),
            ),
        ),
    )
    record = article_to_json(article)
    assert record["published"] == "2020-12-16"
    assert record["actors"][0]["mentions"] == [[0, 5]]
    assert record["statements"][0]["evidence"] == [0, len(text)]
    assert article_from_json(record) == article
    assert "text" not in article_to_json(article, text=False)


def test_the_field_order_the_engine_builds_by_position() -> None:
    """rules/engine.py's ``_build`` passes the facts' fields by position (a keyword call packs a dict per
    object): a field added or moved in the models must be added or moved there too."""
    assert [f.name for f in attrs.fields(Actor)] == [
        "id", "kind", "name", "country", "role", "mentions", "unnamed", "rules",
    ]  # fmt: skip
    assert [f.name for f in attrs.fields(Meeting)] == [
        "id", "participants", "modality", "status", "date", "location", "occasion", "topics", "evidence", "rules",
    ]  # fmt: skip
    assert [f.name for f in attrs.fields(Statement)] == [
        "id", "speakers", "cue", "kind", "content", "evidence", "direct", "target", "source", "meeting", "rules",
    ]  # fmt: skip
