"""What ``newsfacts events`` produces: events with every source behind them.

An :class:`Event` is one real-world meeting (or one statement made outside any meeting)
however many articles report it. Actors are referred to by their canonical key
(:mod:`newsfacts.events.identity`), never by an article's local id.
"""

from __future__ import annotations

from typing import Any, Final

import attrs
import cattrs
from attrs import field, frozen

from newsfacts.models import Place, Span

EVENT_KINDS: Final = ("meeting", "statement")


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class Source:
    """One article's report of an event or statement, with the evidence it gives."""

    article: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    #: The article-local id of the meeting or statement reported.
    fact: str | None = None
    evidence: tuple[Span, ...] = field(default=(), converter=_to_tuple)


@frozen
class EventActor:
    """An actor as the same across articles (see :class:`~newsfacts.events.identity.Identity`)."""

    key: str
    kind: str
    name: str
    country: str | None = None
    official: str | None = None
    role: str | None = None
    #: CAMEO actor code: ``IRNGOV`` for a government official, ``IRN`` for the country, …
    code: str | None = None


@frozen
class EventStatement:
    """A statement, merged across the outlets that report it."""

    id: str
    kind: str
    speakers: tuple[str, ...] = field(converter=_to_tuple)
    content: str
    cue: str
    target: str | None = None
    direct: bool = False
    cues: tuple[str, ...] = field(default=(), converter=_to_tuple)
    sources: tuple[Source, ...] = field(default=(), converter=_to_tuple)


@frozen
class Event:
    """A meeting (or a lone statement) with every article that reports it."""

    id: str
    kind: str = field(validator=attrs.validators.in_(EVENT_KINDS))
    participants: tuple[str, ...] = field(converter=_to_tuple)
    actors: tuple[EventActor, ...] = field(converter=_to_tuple)
    modality: str | None = None
    status: str | None = None
    #: The meeting's date as the sources give it (``YYYY-MM-DD``, ``YYYY-MM``, …), or ``None``.
    date: str | None = None
    #: The earliest publication date among the sources.
    published: str | None = None
    location: Place | None = None
    occasion: str | None = None
    topics: tuple[str, ...] = field(default=(), converter=_to_tuple)
    sources: tuple[Source, ...] = field(default=(), converter=_to_tuple)
    statements: tuple[EventStatement, ...] = field(default=(), converter=_to_tuple)

    def actor(self, key: str) -> EventActor:
        for a in self.actors:
            if a.key == key:
                return a
        raise KeyError(key)

    @property
    def when(self) -> str | None:
        """The date a dyadic row carries: the event's date, else the first report's."""
        return self.date or self.published

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = converter.unstructure(self)
        return out


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _t: Span(int(v[0]), int(v[1])))
    return conv


converter = _make_converter()


def event_from_json(record: dict[str, Any]) -> Event:
    return converter.structure(record, Event)
