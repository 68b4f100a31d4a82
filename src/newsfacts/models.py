"""The typed facts newsfacts produces: frozen, slotted attrs classes.

This module imports nothing of ours, so every other module may depend on it. Offsets are
Python ``str`` indices into the article's original ``text`` (end exclusive): the text is
never changed, every fact points back into it.

Field names follow the ``newsfacts/1`` contract (``SCHEMA.md``); the wire format itself is
the business of :mod:`newsfacts.serialize`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import field, frozen

SCHEMA: Final = "newsfacts/1"

ACTOR_KINDS: Final = ("person", "organization", "country", "group")
MODALITIES: Final = ("phone", "video", "in_person", "unknown")
STATUSES: Final = ("held", "planned")
STATEMENT_KINDS: Final = (
    "say",
    "appeal",
    "intend",
    "approve",
    "disapprove",
    "reject",
    "threaten",
    "deny",
)
#: The CAMEO root each statement kind maps to (``SCHEMA.md``'s table).
CAMEO_ROOTS: Final = {
    "say": "01",
    "appeal": "02",
    "intend": "03",
    "approve": "05",
    "disapprove": "11",
    "reject": "12",
    "threaten": "13",
    "deny": "016",
}

# YYYY-MM-DD, XXXX-MM-DD (year unknown, ISO-TimeML style) or YYYY-MM.
_DATE_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}|\d{4}-\d{2}")
_COUNTRY_CODE = re.compile(r"[A-Z]{3}")


def _check_date_value(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _DATE_VALUE.fullmatch(value):
        raise ValueError(f"{attribute.name} must be YYYY-MM-DD, XXXX-MM-DD or YYYY-MM, got {value!r}")


def _check_country(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _COUNTRY_CODE.fullmatch(value):
        raise ValueError(f"{attribute.name} must be an ISO 3166-1 alpha-3 code, got {value!r}")


def _nonnegative(_inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


if TYPE_CHECKING:

    def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]: ...

else:
    # The tuple-valued fields' converter: the builtin itself, no Python function around it (every fact of every
    # article passes through it). mypy's attrs plugin reads the declaration above.
    _to_tuple = tuple


@frozen(order=True)
class Span:
    """A ``[start, end)`` slice of the article text: ``text[span.start:span.end]``."""

    start: int = field(validator=[attrs.validators.instance_of(int), _nonnegative])
    end: int = field(validator=[attrs.validators.instance_of(int), _nonnegative])

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    @classmethod
    def trusted(cls, start: int, end: int) -> Span:
        """A span of offsets the pipeline computed itself (ints, ``0 <= start <= end``), made
        without the validators: it makes a few dozen per article. Anything else uses ``Span()``."""
        span = object.__new__(cls)
        object.__setattr__(span, "start", start)
        object.__setattr__(span, "end", end)
        return span

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The evidence this span points to."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@frozen
class DateRef:
    """When something happened, as written (``text``) and resolved (``value``)."""

    text: str
    value: str | None = field(default=None, validator=_check_date_value)
    span: Span | None = None


@frozen
class Place:
    """A place as written, with the ISO alpha-3 code of its country when known."""

    name: str
    country: str | None = field(default=None, validator=_check_country)
    span: Span | None = None


@frozen
class Dateline:
    """The wire dateline opening an article: ``TEHRAN (Tasnim) –``."""

    place: str | None = None
    agency: str | None = None
    span: Span | None = None


@frozen
class Actor:
    """A person, organization, country or group that meets, speaks or is spoken about."""

    id: str
    kind: str = field(validator=attrs.validators.in_(ACTOR_KINDS))
    name: str
    country: str | None = field(default=None, validator=_check_country)
    role: str | None = None
    mentions: tuple[Span, ...] = field(default=(), converter=_to_tuple)
    #: True for an unnamed role-holder ("the president of Iran").
    unnamed: bool = False
    #: Names of the rules that found this actor (traceability, see ``newsfacts explain``).
    rules: tuple[str, ...] = field(default=(), converter=_to_tuple)


@frozen
class Meeting:
    """A talk between two or more parties: in person, by phone or by video."""

    id: str
    participants: tuple[str, ...] = field(converter=_to_tuple)
    modality: str = field(default="unknown", validator=attrs.validators.in_(MODALITIES))
    status: str = field(default="held", validator=attrs.validators.in_(STATUSES))
    date: DateRef | None = None
    location: Place | None = None
    occasion: str | None = None
    topics: tuple[str, ...] = field(default=(), converter=_to_tuple)
    evidence: tuple[Span, ...] = field(default=(), converter=_to_tuple)
    rules: tuple[str, ...] = field(default=(), converter=_to_tuple)


@frozen
class Statement:
    """Something an actor said, stressed, condemned, called for, …"""

    id: str
    speakers: tuple[str, ...] = field(converter=_to_tuple)
    cue: str
    kind: str = field(validator=attrs.validators.in_(STATEMENT_KINDS))
    content: str
    evidence: Span
    direct: bool = False
    target: str | None = None
    source: str | None = None
    meeting: str | None = None
    rules: tuple[str, ...] = field(default=(), converter=_to_tuple)

    @property
    def cameo(self) -> str:
        """The CAMEO root code of this statement's kind."""
        return CAMEO_ROOTS[self.kind]


@frozen
class Article:
    """One article and every fact found in it, built once at the end of the pipeline.

    ``text`` is the input as given; ``body`` is the article with title, dateline and
    boilerplate removed. Every span held anywhere in the article indexes ``text``; the
    constructor checks that, and that every actor id a meeting or statement names exists.
    """

    id: str
    text: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None
    dateline: Dateline | None = None
    license: str | None = None
    body: str = ""
    actors: tuple[Actor, ...] = field(default=(), converter=_to_tuple)
    meetings: tuple[Meeting, ...] = field(default=(), converter=_to_tuple)
    statements: tuple[Statement, ...] = field(default=(), converter=_to_tuple)
    warnings: tuple[str, ...] = field(default=(), converter=_to_tuple)
    #: Where the title, the body's paragraphs and the removed boilerplate lie in ``text``.
    title_span: Span | None = None
    body_spans: tuple[Span, ...] = field(default=(), converter=_to_tuple)
    boilerplate: tuple[Span, ...] = field(default=(), converter=_to_tuple)

    def __attrs_post_init__(self) -> None:
        if self.text is not None and not self._within(len(self.text)):
            size = len(self.text)
            for where, owner, span in self._spans():
                if span.end > size:
                    raise ValueError(
                        f"{where.format(owner)} span {span.start}-{span.end} lies outside the text ({size} chars)"
                    )
        actor_ids = {a.id for a in self.actors}
        meeting_ids = {m.id for m in self.meetings}
        # _check_refs' own first test made here, so that the common case makes no call
        for m in self.meetings:
            if not actor_ids.issuperset(m.participants):
                _check_refs(m.id, m.participants, actor_ids, "participant")
        for s in self.statements:
            if not actor_ids.issuperset(s.speakers):
                _check_refs(s.id, s.speakers, actor_ids, "speaker")
            if s.target is not None and s.target not in actor_ids:
                _check_refs(s.id, (s.target,), actor_ids, "target")
            if s.meeting is not None and s.meeting not in meeting_ids:
                raise ValueError(f"statement {s.id} names unknown meeting {s.meeting!r}")

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span the article holds, with a label saying where it sits."""
        for where, owner, span in self._spans():
            yield where.format(owner), span

    def _spans(self) -> Iterator[tuple[str, str, Span]]:
        """:meth:`spans` with each label as a template and the id it names: the checks go through
        every span of every article the pipeline makes, and need a label only for a fault."""
        if self.title_span is not None:
            yield "title", "", self.title_span
        if self.dateline is not None and self.dateline.span is not None:
            yield "dateline", "", self.dateline.span
        for s in self.body_spans:
            yield "body", "", s
        for s in self.boilerplate:
            yield "boilerplate", "", s
        for a in self.actors:
            for s in a.mentions:
                yield "actor {} mention", a.id, s
        for m in self.meetings:
            for s in m.evidence:
                yield "meeting {} evidence", m.id, s
            if m.date is not None and m.date.span is not None:
                yield "meeting {} date", m.id, m.date.span
            if m.location is not None and m.location.span is not None:
                yield "meeting {} location", m.id, m.location.span
        for st in self.statements:
            yield "statement {} evidence", st.id, st.evidence

    def _within(self, size: int) -> bool:
        """Whether every span ends by ``size``: :meth:`_spans`' walk, in its order, without a label made per span (the
        common case; the labelled walk then finds the first that does not)."""
        if self.title_span is not None and self.title_span.end > size:
            return False
        if self.dateline is not None and self.dateline.span is not None and self.dateline.span.end > size:
            return False
        for s in self.body_spans:
            if s.end > size:
                return False
        for s in self.boilerplate:
            if s.end > size:
                return False
        for a in self.actors:
            for s in a.mentions:
                if s.end > size:
                    return False
        for m in self.meetings:
            for s in m.evidence:
                if s.end > size:
                    return False
            if m.date is not None and m.date.span is not None and m.date.span.end > size:
                return False
            if m.location is not None and m.location.span is not None and m.location.span.end > size:
                return False
        for st in self.statements:  # noqa: SIM110 - a loop, as above: no generator made
            if st.evidence.end > size:
                return False
        return True

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (``KeyError`` when there is none)."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def to_json(self) -> dict[str, Any]:
        """This article as a ``newsfacts/1`` record (a JSON-ready dict)."""
        from newsfacts.serialize import article_to_json

        return article_to_json(self)

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Article:
        """Read a ``newsfacts/1`` record back; ``Article.from_json(a.to_json()) == a``."""
        from newsfacts.serialize import article_from_json

        return article_from_json(record)


def _check_refs(owner: str, ids: tuple[str, ...], known: set[str], what: str) -> None:
    if known.issuperset(ids):
        return  # the common case, without a Python loop
    for i in ids:
        if i not in known:
            raise ValueError(f"{owner} names unknown {what} actor {i!r}")


@frozen
class ErrorRecord:
    """An input that could not be turned into an :class:`Article`; the run goes on."""

    id: str | None
    error: str
    source: str | None = None
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        from newsfacts.serialize import error_to_json

        return error_to_json(self)
