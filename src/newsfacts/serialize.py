"""The ``newsfacts/1`` wire format: the only module that knows field names on the wire.

One cattrs converter turns the models into JSON-ready dicts and back. Spans travel as
``[start, end]`` pairs and dates as ISO strings; field order follows ``SCHEMA.md`` so that
records read well. Fields beyond the schema (``text``, ``rules``, ``unnamed``, the span
lists) are optional additions the contract allows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import cattrs

from newsfacts.models import SCHEMA, Article, ErrorRecord, Span


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _t: dt.date.fromisoformat(v))
    return conv


def _structure_span(value: Any, _type: type) -> Span:
    if isinstance(value, dict):
        return Span(int(value["start"]), int(value["end"]))
    start, end = value
    return Span(int(start), int(end))


converter = _make_converter()

# The wire order of an article record: the schema's fields first, then the additions.
_ARTICLE_ORDER = (
    "id", "url", "outlet", "title", "published", "dateline", "license", "body",
    "actors", "meetings", "statements", "warnings",
    "title_span", "body_spans", "boilerplate", "text",
)  # fmt: skip


def article_to_json(article: Article, *, text: bool = True) -> dict[str, Any]:
    """``article`` as a ``newsfacts/1`` record; ``text=False`` leaves out the input text."""
    raw = converter.unstructure(article)
    record: dict[str, Any] = {"schema": SCHEMA}
    for key in _ARTICLE_ORDER:
        if key == "text" and not text:
            continue
        record[key] = raw[key]
    return record


def article_from_json(record: dict[str, Any]) -> Article:
    """Read a ``newsfacts/1`` record back into an :class:`Article`."""
    if record.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} record (schema={record.get('schema')!r})")
    if "error" in record:
        raise ValueError(f"record {record.get('id')!r} is an error record: {record['error']}")
    fields = {k: v for k, v in record.items() if k != "schema"}
    return converter.structure(fields, Article)


def error_to_json(error: ErrorRecord) -> dict[str, Any]:
    """An error record: ``{"schema", "id", "error", "line"}`` plus the input's name."""
    record: dict[str, Any] = {"schema": SCHEMA, "id": error.id, "error": error.error}
    if error.line is not None:
        record["line"] = error.line
    if error.source is not None:
        record["source"] = error.source
    return record
