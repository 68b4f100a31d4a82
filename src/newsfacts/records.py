"""Input records: what an article arrives as, before the pipeline sees it.

The JSONL field names (and the news-please / Fundus aliases) live here, in one table, so
readers for every input format agree on them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

#: Input field → the aliases other tools write it under (news-please, Fundus).
ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "text": ("text", "maintext", "plaintext", "body"),
    "id": ("id",),
    "url": ("url", "source_url", "requested_url"),
    "published": ("published", "date_publish", "publishing_date"),
    "outlet": ("outlet", "source_domain", "publisher"),
    "title": ("title",),
}

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class InputError(ValueError):
    """An input that cannot become an article; the message says what is wrong with it."""


@attrs.frozen
class InputRecord:
    """One article as read: its text and the hints that came with it."""

    text: str
    id: str | None = None
    url: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    #: Where it came from (``file.jsonl:12``), for error messages.
    source: str | None = None
    line: int | None = None


@attrs.frozen
class RawPage:
    """An HTML page that was read but not yet parsed.

    Parsing a page (trafilatura, tens of milliseconds) costs far more than reading it, so with
    ``--jobs N`` readers hand pages on in this form and the worker processes parse them
    (:func:`newsfacts.io.html.resolve_page`); the result is the same record either way.
    """

    data: bytes
    #: Where it came from: the file, or ``file.warc.gz@offset`` for an archived response.
    source: str
    id: str | None
    url: str | None = None
    #: The date to use when the page's own metadata gives none (the WARC-Date, ``--published``).
    published: dt.date | None = None
    #: The HTTP charset, when an archive recorded it.
    charset: str | None = None
    #: From a web archive: the URI it was fetched from wins over the page's canonical link.
    archived: bool = False


def parse_published(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` (or a timestamp starting with one, as news-please writes) → date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _ISO_DAY.match(value.strip())
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    raise InputError(f"published must be a YYYY-MM-DD date, got {value!r}")


def _first(mapping: Mapping[str, Any], field: str) -> Any:
    for key in ALIASES[field]:
        value = mapping.get(key)
        if value is not None:
            return value
    return None


def _optional_str(mapping: Mapping[str, Any], field: str) -> str | None:
    value = _first(mapping, field)
    if value is None:
        return None
    if not isinstance(value, str | int):
        raise InputError(f"{field} must be a string, got {type(value).__name__}")
    return str(value) or None


def record_from_mapping(
    mapping: Mapping[str, Any], *, source: str | None = None, line: int | None = None
) -> InputRecord:
    """An :class:`InputRecord` from a JSON object, accepting the aliases in :data:`ALIASES`."""
    if not isinstance(mapping, Mapping):
        raise InputError(f"a record must be a JSON object, got {type(mapping).__name__}")
    text = _first(mapping, "text")
    if not isinstance(text, str):
        raise InputError("record has no text" if text is None else f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("record has empty text")
    return InputRecord(
        text=text,
        id=_optional_str(mapping, "id"),
        url=_optional_str(mapping, "url"),
        published=parse_published(_first(mapping, "published")),
        outlet=_optional_str(mapping, "outlet"),
        title=_optional_str(mapping, "title"),
        source=source,
        line=line,
    )


def record_id(record: InputRecord) -> str:
    """The record's id, or one derived from its URL, or from a hash of its text."""
    if record.id:
        return record.id
    basis = record.url or record.text
    return hashed_id(basis.encode("utf-8", "surrogatepass"))


def hashed_id(raw: bytes) -> str:
    """The id :func:`record_id` derives from a URL's or a text's UTF-8 bytes."""
    return hashlib.sha1(raw).hexdigest()[:16]
