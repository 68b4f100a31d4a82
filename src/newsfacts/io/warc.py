"""Web archives in (WARC and ARC, gzipped or not), one record per archived HTML page out.

warcio rather than FastWARC: it is pure Python (installs wherever newsfacts does, no wheel to
miss), reads ARC as well as WARC, writes WARCs (our tests build theirs with it), and its
speed is not the bottleneck: extracting a page's text costs far more than reading it.

Only ``response`` records with a 2xx status and an HTML content type become articles;
requests, metadata, revisits, images and redirects are skipped silently. A damaged record
(a truncated gzip member, a garbled header) becomes an error record naming the file and the
byte offset, and reading resumes at the next record boundary found after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Final

import attrs

from newsfacts.io.html import resolve_page
from newsfacts.models import ErrorRecord
from newsfacts.records import InputError, InputRecord, RawPage, parse_published

WARC_SUFFIXES: Final = (".warc", ".warc.gz", ".arc", ".arc.gz")
MISSING_EXTRA: Final = "reading {what} needs the warc extra: pip install 'newsfacts[warc]'"
HTML_TYPES: Final = ("text/html", "application/xhtml+xml")
#: Where a record can start, to resume after a damaged one: a gzip member, or a WARC header.
RESYNC_MARKERS: Final = (b"\x1f\x8b\x08", b"WARC/1.")
_RESYNC_CHUNK: Final = 1 << 20
_TRAILING_PEEK: Final = 4096
_CHARSET: Final = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_UUID: Final = re.compile(r"^<?(?:urn:uuid:)?([^<>]+?)>?$")

Item = InputRecord | ErrorRecord


@attrs.frozen
class _Page:
    """One archived HTML response, before extraction."""

    body: bytes
    url: str | None
    record_id: str | None
    warc_date: dt.date | None
    charset: str | None
    offset: int


def read_warc_file(path: Path, *, defer: bool = False) -> Iterator[Item | RawPage]:
    """One record per HTML response in the archive at ``path``, or an error record.

    ``defer=True`` yields each page unparsed (:class:`RawPage`), to be parsed in a worker.
    """
    where = str(path)
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield ErrorRecord(id=path.name, error=f"{where}: {MISSING_EXTRA.format(what='WARC files')}", source=where)
        return
    with path.open("rb") as fh:
        for item in _pages(fh, where, ArchiveIterator):
            if isinstance(item, ErrorRecord):
                yield item
                continue
            raw = _raw_page(item, where)
            yield raw if defer else resolve_page(raw)


def _pages(fh: IO[bytes], where: str, archive_iterator: Any) -> Iterator[_Page | ErrorRecord]:
    """The archive's HTML pages; after a damaged record, carry on from the next boundary."""
    start, resyncing = 0, False
    while True:
        fh.seek(start)
        records = archive_iterator(fh, arc2warc=True)
        end = start  # where the record being read starts: the end of the last one read
        try:
            for record in records:
                page = _page(record)  # before asking the offset: that reads the record to its end
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
                resyncing = False
                if isinstance(page, _Truncated):
                    yield ErrorRecord(
                        id=page.record_id,
                        source=f"{where}@{offset}",
                        error=f"{where}: record at offset {offset} ({page.url}) is truncated",
                    )
                elif page is not None:
                    yield attrs.evolve(page, offset=offset)
            damage: str | None = _trailing_damage(fh, end)
        # warcio raises whatever its parsers hit on damaged bytes (AttributeError included):
        # any of them means this record is unreadable, not that the program is wrong.
        except Exception as exc:
            damage = f"{type(exc).__name__}: {exc}"
        if damage is None:
            return
        # A false boundary found while resyncing fails at once: report the damage only once.
        if not (resyncing and end == start):
            yield ErrorRecord(
                id=None, error=f"{where}: damaged archive data at offset {end}: {damage}", source=f"{where}@{end}"
            )
        resume = _next_boundary(fh, end + 1)
        if resume is None:
            return
        start, resyncing = resume, True


def _trailing_damage(fh: IO[bytes], end: int) -> str | None:
    """What is wrong with bytes left after the last record warcio read (it stops silently
    at a gzip member cut short), or ``None`` when only blank lines remain."""
    fh.seek(end)
    rest = fh.read(_TRAILING_PEEK)
    return "truncated or unreadable record" if rest.strip(b"\r\n\t \x00") else None


@attrs.frozen
class _Truncated:
    """A record with fewer bytes than its Content-Length promised."""

    url: str | None
    record_id: str | None


def _page(record: Any) -> _Page | _Truncated | None:
    """The record's page (its ``offset`` still 0), or ``None`` for one that is not an HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or not content_type.startswith(HTML_TYPES):
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    body = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than Content-Length promised
        return _Truncated(url, _record_id(headers.get_header("WARC-Record-ID")))
    charset = _CHARSET.search(content_type)
    return _Page(
        body=body,
        url=url,
        record_id=_record_id(headers.get_header("WARC-Record-ID")),
        warc_date=_warc_date(headers.get_header("WARC-Date")),
        charset=charset[1] if charset else None,
        offset=0,
    )


def _record_id(value: str | None) -> str | None:
    if not value:
        return None
    m = _UUID.match(value.strip())
    return m[1] if m else value


def _warc_date(value: str | None) -> dt.date | None:
    try:
        return parse_published(value)
    except InputError:
        return None


def _raw_page(page: _Page, where: str) -> RawPage:
    return RawPage(
        data=page.body,
        source=f"{where}@{page.offset}",
        id=page.record_id or page.url,
        url=page.url,
        published=page.warc_date,
        charset=page.charset,
        archived=True,
    )


def _next_boundary(fh: IO[bytes], start: int) -> int | None:
    """The offset of the first record marker at or after ``start``, or ``None``."""
    fh.seek(start)
    base = start
    tail = b""
    while True:
        chunk = fh.read(_RESYNC_CHUNK)
        if not chunk:
            return None
        data = tail + chunk
        hits = [i for i in (data.find(m) for m in RESYNC_MARKERS) if i >= 0]
        if hits:
            return base - len(tail) + min(hits)
        keep = max(len(m) for m in RESYNC_MARKERS) - 1
        tail = data[-keep:]
        base += len(chunk)
