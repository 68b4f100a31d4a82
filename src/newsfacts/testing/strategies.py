"""Hypothesis strategies for newsfacts' models.

``articles()`` draws structurally valid :class:`~newsfacts.models.Article` objects: every
span inside the text, every id a fact names defined. They exercise the wire format and
anything else that must hold for *any* article, not extraction quality.
"""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import strategies as st

from newsfacts.models import (
    ACTOR_KINDS,
    MODALITIES,
    STATEMENT_KINDS,
    STATUSES,
    Actor,
    Article,
    Dateline,
    DateRef,
    Meeting,
    Place,
    Span,
    Statement,
)

# Any text a JSON document can carry: everything but lone surrogates.
json_text = st.text(st.characters(codec="utf-8"), max_size=40)
codes = st.none() | st.text(string.ascii_uppercase, min_size=3, max_size=3)
date_values = (
    st.none()
    | st.dates().map(dt.date.isoformat)
    | st.builds(lambda d: "XXXX" + d.isoformat()[4:], st.dates())
    | st.dates().map(lambda d: d.isoformat()[:7])
)


@st.composite
def spans(draw: st.DrawFn, size: int) -> Span:
    start = draw(st.integers(0, size))
    end = draw(st.integers(start, size))
    return Span(start, end)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A valid article with random text and facts pointing into it."""
    text = draw(st.text(st.characters(codec="utf-8"), max_size=300))
    n = len(text)
    span = spans(n)
    actor_ids = [f"a{i}" for i in range(1, draw(st.integers(0, 4)) + 1)]
    actors = [
        Actor(
            id=aid,
            kind=draw(st.sampled_from(ACTOR_KINDS)),
            name=draw(json_text),
            country=draw(codes),
            role=draw(st.none() | json_text),
            mentions=draw(st.lists(span, max_size=3)),
            unnamed=draw(st.booleans()),
            rules=draw(st.lists(st.sampled_from(["actor.title_name", "coref.pronoun"]), max_size=2)),
        )
        for aid in actor_ids
    ]
    some_actors = st.lists(st.sampled_from(actor_ids), max_size=3, unique=True) if actor_ids else st.just([])
    meetings = [
        Meeting(
            id=f"m{i}",
            participants=draw(some_actors),
            modality=draw(st.sampled_from(MODALITIES)),
            status=draw(st.sampled_from(STATUSES)),
            date=draw(st.none() | st.builds(DateRef, text=json_text, value=date_values, span=st.none() | span)),
            location=draw(st.none() | st.builds(Place, name=json_text, country=codes, span=st.none() | span)),
            occasion=draw(st.none() | json_text),
            topics=draw(st.lists(json_text, max_size=3)),
            evidence=draw(st.lists(span, max_size=2)),
        )
        for i in range(1, draw(st.integers(0, 2)) + 1)
    ]
    meeting_ids = [m.id for m in meetings]
    statements = [
        Statement(
            id=f"s{i}",
            speakers=draw(some_actors),
            cue=draw(json_text),
            kind=draw(st.sampled_from(STATEMENT_KINDS)),
            content=draw(json_text),
            evidence=draw(span),
            direct=draw(st.booleans()),
            target=draw(st.none() | st.sampled_from(actor_ids)) if actor_ids else None,
            source=draw(st.none() | json_text),
            meeting=draw(st.none() | st.sampled_from(meeting_ids)) if meeting_ids else None,
        )
        for i in range(1, draw(st.integers(0, 3)) + 1)
    ]
    return Article(
        id=draw(st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=20)),
        text=text,
        url=draw(st.none() | st.just("https://example.org/news/1")),
        outlet=draw(st.none() | st.sampled_from(["tasnim", "mehr", "generic"])),
        title=draw(st.none() | json_text),
        published=draw(st.none() | st.dates()),
        dateline=draw(
            st.none()
            | st.builds(Dateline, place=st.none() | json_text, agency=st.none() | json_text, span=st.none() | span)
        ),
        license=draw(st.none() | st.just("CC BY 4.0")),
        body=draw(json_text),
        actors=actors,
        meetings=meetings,
        statements=statements,
        warnings=draw(st.lists(json_text, max_size=2)),
        title_span=draw(st.none() | span),
        body_spans=draw(st.lists(span, max_size=3)),
        boilerplate=draw(st.lists(span, max_size=3)),
    )
