"""Events as dyadic rows that event-data tools read: CAMEO and PLOVER, as CSV or JSONL.

Each row is one directed dyad (source actor → target actor) with its date, code and the URLs
of the articles behind it. The code tables are data (``data/mappings.tsv``).

Meetings (symmetric acts are written once per ordered pair of participants):

* planned → CAMEO 036 "express intent to meet or negotiate"; PLOVER AGREE (CAMEO2PLOVER's
  mapping of 036);
* held by phone → CAMEO 041 "discuss by telephone"; PLOVER CONSULT, mode ``phone``;
* held in person where the location's country is some participants' own: they *host*
  (043, PLOVER CONSULT ``host``) and the others *visit* (042, ``visit``); participants of
  the same side get 040;
* held in a country that is none of the participants' → 044 "meet at a third location",
  PLOVER CONSULT ``third-party``;
* held with an unknown place or modality → 040 "consult", CONSULT with no mode;
* more than two participants → PLOVER mode ``multilateral`` (CAMEO has no multilateral
  code, so its rows stay pairwise with the codes above).

Statements (speaker → target; one row per speaker of a joint statement): CAMEO codes are
the roots of ``SCHEMA.md`` at three digits (``say`` → 010, ``appeal`` → 020, ``intend`` → 030,
``approve`` → 050, ``disapprove`` → 110, ``reject`` → 120, ``threaten`` → 130, ``deny`` → 016).
PLOVER: appeal → DEMAND, intend → AGREE, approve → SUPPORT, disapprove → ACCUSE (mode
``disapprove``), reject → REJECT, threaten → THREATEN.

Where the mapping is lossy:

* CAMEO: statements are coded at their *root* only (a call for aid is 020, not 1033-like
  detail); the "which side travelled" of 042/043 rests on the location's country alone (a
  meeting in Tehran between Iranian and Russian officials → Russian visit, Iranian host);
  a video call has no CAMEO code of its own and becomes 040; multilateral meetings become
  pairwise dyads; a planned meeting's 036 does not say who proposed it (both directions).
* PLOVER: ``say`` (CAMEO 01) and ``deny`` (016) have no PLOVER type and are left out;
  ``appeal`` → DEMAND overstates urging and calling-for as demanding; ``intend`` → AGREE
  reads an offer or pledge as agreement; ``approve`` → SUPPORT loses nothing PLOVER keeps,
  but PLOVER's context field (diplomatic, economic, …) is never filled; a video call is
  CONSULT without a mode; a planned meeting becomes AGREE, losing that it is a meeting.
* Both: a statement without a target, a statement aimed at its own speaker, and a meeting
  with fewer than two identified participants have no dyad and are left out, counted
  under those reasons in :class:`Summary`.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, Any, Final

import attrs
from attrs import frozen

from newsfacts.events.model import Event, EventStatement
from newsfacts.events.tables import tsv_rows

SCHEMES: Final = ("cameo", "plover")


@frozen
class Code:
    cameo: str | None
    plover: str | None
    mode: str | None


@functools.cache
def mappings() -> dict[str, Code]:
    def opt(value: str) -> str | None:
        return None if value in ("", "-") else value

    return {r[0]: Code(opt(r[1]), opt(r[2]), opt(r[3]) if len(r) > 3 else None) for r in tsv_rows("mappings.tsv")}


@frozen
class Row:
    """One directed dyad: ``source`` did ``code`` to / with ``target``."""

    event: str
    date: str | None
    source: str
    source_name: str
    source_code: str | None
    target: str
    target_name: str
    target_code: str | None
    #: CAMEO event code (``041``) or PLOVER event type (``CONSULT``).
    code: str
    #: CAMEO root (``04``) or PLOVER mode (``phone``); may be empty for PLOVER.
    detail: str | None
    #: ``meeting`` or the statement kind.
    fact: str
    statement: str | None
    urls: tuple[str, ...]
    articles: tuple[str, ...]


@attrs.define
class Summary:
    """How many rows were written and how many facts were left out, by reason."""

    scheme: str
    rows: int = 0
    left_out: Counter[str] = attrs.field(factory=Counter)

    def __str__(self) -> str:
        parts = [f"{self.scheme}: {self.rows} row(s)"]
        if self.left_out:
            parts.append("left out " + ", ".join(f"{n} {why}" for why, n in sorted(self.left_out.items())))
        return "; ".join(parts)


def rows(events: Iterable[Event], scheme: str, summary: Summary | None = None) -> Iterator[Row]:
    """Every dyad of ``events`` in ``scheme`` (``cameo`` or ``plover``); counts go to ``summary``."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; expected one of {SCHEMES}")
    summary = summary if summary is not None else Summary(scheme)
    for e in events:
        if e.kind == "meeting":
            for row in _meeting_rows(e, scheme, summary):
                summary.rows += 1
                yield row
        for st in e.statements:
            for row in _statement_rows(e, st, scheme, summary):
                summary.rows += 1
                yield row


def _urls(sources: Iterable[Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    srcs = list(sources)
    return tuple(dict.fromkeys(s.url for s in srcs if s.url)), tuple(dict.fromkeys(s.article for s in srcs))


def _row(e: Event, src: str, tgt: str, code: str, detail: str | None, fact: str,
         statement: EventStatement | None) -> Row:  # fmt: skip
    a, b = e.actor(src), e.actor(tgt)
    urls, articles = _urls(statement.sources if statement is not None else e.sources)
    return Row(event=e.id, date=e.when, source=src, source_name=a.name, source_code=a.code,
               target=tgt, target_name=b.name, target_code=b.code, code=code, detail=detail, fact=fact,
               statement=statement.id if statement is not None else None, urls=urls, articles=articles)  # fmt: skip


def _situation(e: Event, src: str, tgt: str) -> str:
    if e.status == "planned":
        return "meeting.planned"
    if e.modality in ("phone", "video"):
        return f"meeting.{e.modality}"
    place = e.location.country if e.location is not None else None
    if place is None:
        return "meeting.unplaced"
    countries = {k: e.actor(k).country for k in e.participants}
    if None in countries.values():  # who is at home cannot be told
        return "meeting.unplaced"
    home = {k for k, c in countries.items() if c == place}
    if not home:
        return "meeting.third-party"
    if (src in home) == (tgt in home):
        return "meeting.unplaced"
    return "meeting.host" if src in home else "meeting.visit"


def _meeting_rows(e: Event, scheme: str, summary: Summary) -> Iterator[Row]:
    if len(e.participants) < 2:
        summary.left_out["meeting with fewer than two identified participants"] += 1
        return
    table = mappings()
    multilateral = len(e.participants) > 2
    for src in e.participants:
        for tgt in e.participants:
            if src == tgt:
                continue
            code = table[_situation(e, src, tgt)]
            if scheme == "cameo":
                assert code.cameo is not None
                yield _row(e, src, tgt, code.cameo, code.cameo[:2], "meeting", None)
            else:
                assert code.plover is not None
                mode = table["meeting.multilateral"].mode if multilateral and code.plover == "CONSULT" else code.mode
                yield _row(e, src, tgt, code.plover, mode, "meeting", None)


def _statement_rows(e: Event, st: EventStatement, scheme: str, summary: Summary) -> Iterator[Row]:
    code = mappings()[f"statement.{st.kind}"]
    value = code.cameo if scheme == "cameo" else code.plover
    if value is None:
        summary.left_out[f"{st.kind} statement (no {scheme.upper()} code)"] += 1
        return
    if st.target is None:
        summary.left_out["statement without a target"] += 1
        return
    speakers = [s for s in st.speakers if s != st.target]
    if not speakers:
        summary.left_out["statement aimed at its own speaker"] += 1
        return
    detail = value[:2] if scheme == "cameo" else code.mode
    for src in speakers:
        yield _row(e, src, st.target, value, detail, st.kind, st)


# -- writing ------------------------------------------------------------------------------------

_HEADERS: Final = {
    "cameo": ("event", "date", "source", "source_name", "source_code", "target", "target_name", "target_code",
              "cameo_code", "cameo_root", "fact", "statement", "urls", "articles"),
    "plover": ("event", "date", "source", "source_name", "source_code", "target", "target_name", "target_code",
               "plover_type", "plover_mode", "fact", "statement", "urls", "articles"),
}  # fmt: skip


def _record(row: Row, scheme: str) -> dict[str, Any]:
    values = attrs.astuple(row, recurse=False)
    return dict(zip(_HEADERS[scheme], values, strict=True))


def write_rows(rows: Iterable[Row], out: IO[str], scheme: str, table: str = "csv") -> int:
    """Write rows as CSV (URLs space-separated) or JSONL (URLs as a list); returns the count."""
    n = 0
    if table == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(_HEADERS[scheme])
        for row in rows:
            rec = _record(row, scheme)
            rec["urls"] = " ".join(row.urls)
            rec["articles"] = " ".join(row.articles)
            w.writerow(["" if v is None else v for v in rec.values()])
            n += 1
    elif table == "jsonl":
        for row in rows:
            rec = _record(row, scheme)
            rec["urls"], rec["articles"] = list(row.urls), list(row.articles)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    else:
        raise ValueError(f"unknown table format {table!r}")
    return n


def write_events(events: Iterable[Event], out: IO[str]) -> int:
    """Events as JSON lines, one event a line."""
    n = 0
    for e in events:
        out.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def to_csv(events: Iterable[Event], scheme: str) -> tuple[str, Summary]:
    """Convenience: the CSV text of ``events`` in ``scheme`` and its summary."""
    summary = Summary(scheme)
    buf = io.StringIO()
    write_rows(rows(events, scheme, summary), buf, scheme)
    return buf.getvalue(), summary
