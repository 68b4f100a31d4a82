"""Hand-built articles for the events tests: one meeting (and maybe a statement) each."""

from __future__ import annotations

import datetime as dt

from newsfacts.models import Actor, Article, DateRef, Meeting, Place, Span, Statement

TEXT = "x" * 400


def article(
    aid: str,
    people: list[tuple[str, str | None]],
    *,
    date: str | None = None,
    published: dt.date | None = None,
    modality: str = "unknown",
    status: str = "held",
    outlet: str | None = None,
    location: tuple[str, str | None] | None = None,
    statement: tuple[str, str, int | None] | None = None,
    extra_actors: list[tuple[str, str, str | None]] = (),  # type: ignore[assignment]
    speaker: int = 0,
) -> Article:
    """An article whose meeting has ``people`` (name, country) as participants.

    ``statement`` is (kind, content, index of the target actor or None), spoken by participant
    ``speaker`` and tied to the meeting; ``extra_actors`` are (kind, name, country).
    """
    actors = [Actor(id=f"a{i}", kind="person", name=n, country=c, mentions=[Span(0, 5)])
              for i, (n, c) in enumerate(people, 1)]  # fmt: skip
    for j, (kind, name, country) in enumerate(extra_actors, len(actors) + 1):
        actors.append(Actor(id=f"a{j}", kind=kind, name=name, country=country))
    meeting = Meeting(
        id="m1",
        participants=[a.id for a in actors[: len(people)]],
        modality=modality,
        status=status,
        date=DateRef("on Wednesday", date) if date else None,
        location=Place(location[0], location[1]) if location else None,
        evidence=[Span(10, 60)],
    )
    statements = []
    if statement is not None:
        kind, content, target = statement
        statements.append(Statement(id="s1", speakers=[actors[speaker].id], cue="said", kind=kind, content=content,
                                    evidence=Span(60, 120), meeting="m1",
                                    target=actors[target].id if target is not None else None))  # fmt: skip
    return Article(id=aid, text=TEXT, url=f"https://{outlet or 'news'}.example/{aid}", outlet=outlet,
                   published=published, actors=actors, meetings=[meeting], statements=statements)  # fmt: skip
