"""Flat tables from articles, for pandas, DuckDB, R or a spreadsheet: pure, Article → rows.

Five tables, each row carrying the article id and URL, and each fact row its evidence
offsets (``evidence_start``/``evidence_end`` index the article's ``text``, which the
``articles`` table holds) and the evidence itself, so that no join is needed to read a row:

- ``articles``: one row per input record, errors included (``error`` is set, the rest empty);
- ``actors``: one row per actor;
- ``meetings``: one row per meeting, participants as ``;``-joined ids and names;
- ``meeting_participants``: one row per (meeting, participant), the long form of the above;
- ``statements``: one row per statement, speakers ``;``-joined.

Why one row per meeting rather than one per participant pair: a row is then one event, so
``COUNT(*)`` counts meetings and a three-party summit is not tripled (nor its topics and
evidence copied three times); the long ``meeting_participants`` table gives who-met-whom
dyads with one self-join, and per-actor counts with one ``GROUP BY``, without guessing how an
analyst wants n-party meetings split. Multi-valued cells (participants, topics, extra
evidence spans) are ``;``-joined; a ``;`` inside a value becomes ``,`` so the split is safe.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal

import attrs

from newsfacts.models import Actor, Article, ErrorRecord, Meeting, Span, Statement

ColumnType = Literal["str", "int", "bool"]
Value = str | int | bool | None
Row = tuple[Value, ...]
SEP: Final = ";"


@attrs.frozen(slots=True)
class Column:
    name: str
    type: ColumnType = "str"


def _cols(spec: str) -> tuple[Column, ...]:
    """``"a b:int c:bool"`` → columns (keeps the table definitions readable)."""
    out = []
    for word in spec.split():
        name, _, kind = word.partition(":")
        out.append(Column(name, kind or "str"))  # type: ignore[arg-type]  # only our literals appear
    return tuple(out)


_ARTICLE_KEY: Final = "article_id url"
_EVIDENCE: Final = "evidence_start:int evidence_end:int evidence"
TABLES: Final[dict[str, tuple[Column, ...]]] = {
    "articles": _cols(
        f"{_ARTICLE_KEY} outlet title published dateline_place license "
        "actors:int meetings:int statements:int warnings error source line:int text"
    ),
    "actors": _cols(
        f"{_ARTICLE_KEY} actor_id kind name country role unnamed:bool mentions:int {_EVIDENCE} mention_spans"
    ),
    "meetings": _cols(
        f"{_ARTICLE_KEY} published meeting_id participant_ids participant_names participants:int "
        "modality status date_text date_value location location_country occasion topics "
        f"{_EVIDENCE} evidence_spans statements:int"
    ),
    "meeting_participants": _cols(
        f"{_ARTICLE_KEY} meeting_id actor_id name kind country role modality status date_value"
    ),
    "statements": _cols(
        f"{_ARTICLE_KEY} published statement_id speaker_ids speaker_names kind cameo cue content direct:bool "
        f"target_id target_name source meeting_id {_EVIDENCE}"
    ),
}
TableRows = dict[str, list[Row]]


def empty_rows() -> TableRows:
    return {name: [] for name in TABLES}


def rows(item: Article | ErrorRecord, *, text: bool = True) -> TableRows:
    """Every table's rows for one output record; ``text=False`` leaves the article text out."""
    out = empty_rows()
    if isinstance(item, ErrorRecord):
        out["articles"].append(
            (item.id, None, None, None, None, None, None, 0, 0, 0, None, item.error, item.source, item.line, None)
        )
        return out
    a = item
    key: tuple[Value, Value] = (a.id, a.url)
    published = a.published.isoformat() if a.published else None
    out["articles"].append(
        (
            *key,
            a.outlet,
            a.title,
            published,
            a.dateline.place if a.dateline else None,
            a.license,
            len(a.actors),
            len(a.meetings),
            len(a.statements),
            _join(a.warnings) or None,
            None,
            None,
            None,
            a.text if text else None,
        )
    )
    names = {actor.id: actor for actor in a.actors}
    out["actors"] = [(*key, *_actor(actor, a.text)) for actor in a.actors]
    said_in: dict[str, int] = {}
    for s in a.statements:
        if s.meeting is not None:
            said_in[s.meeting] = said_in.get(s.meeting, 0) + 1
    for m in a.meetings:
        out["meetings"].append((*key, published, *_meeting(m, names, a.text), said_in.get(m.id, 0)))
        out["meeting_participants"].extend(
            (
                *key,
                m.id,
                p,
                names[p].name,
                names[p].kind,
                names[p].country,
                names[p].role,
                m.modality,
                m.status,
                m.date.value if m.date else None,
            )
            for p in m.participants
        )
    out["statements"] = [(*key, published, *_statement(s, names, a.text)) for s in a.statements]
    return out


def _actor(actor: Actor, text: str | None) -> Row:
    first = min(actor.mentions, default=None)
    return (
        actor.id,
        actor.kind,
        actor.name,
        actor.country,
        actor.role,
        actor.unnamed,
        len(actor.mentions),
        *_evidence(first, text),
        _spans(actor.mentions),
    )


def _meeting(m: Meeting, actors: dict[str, Actor], text: str | None) -> Row:
    first = min(m.evidence, default=None)
    return (
        m.id,
        _join(m.participants),
        _join(actors[p].name for p in m.participants),
        len(m.participants),
        m.modality,
        m.status,
        m.date.text if m.date else None,
        m.date.value if m.date else None,
        m.location.name if m.location else None,
        m.location.country if m.location else None,
        m.occasion,
        _join(m.topics) or None,
        *_evidence(first, text),
        _spans(m.evidence),
    )


def _statement(s: Statement, actors: dict[str, Actor], text: str | None) -> Row:
    return (
        s.id,
        _join(s.speakers),
        _join(actors[p].name for p in s.speakers),
        s.kind,
        s.cameo,
        s.cue,
        s.content,
        s.direct,
        s.target,
        actors[s.target].name if s.target is not None else None,
        s.source,
        s.meeting,
        *_evidence(s.evidence, text),
    )


def _evidence(span: Span | None, text: str | None) -> tuple[Value, Value, Value]:
    if span is None:
        return None, None, None
    return span.start, span.end, span.slice(text) if text is not None else None


def _spans(spans: Iterable[Span]) -> str | None:
    return _join(f"{s.start}-{s.end}" for s in spans) or None


def _join(values: Iterable[str]) -> str:
    return SEP.join(v.replace(SEP, ",") for v in values)
