"""Readers: files and streams in, :class:`InputRecord` (or an error record) out, lazily.

Every reader streams, so memory stays flat whatever the file size, and every failure
(a missing file, bytes that are not UTF-8, a malformed JSON line, a truncated gzip)
becomes an :class:`ErrorRecord` naming the input, after which reading goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

import attrs

from newsfacts.models import ErrorRecord
from newsfacts.records import InputError, InputRecord, RawPage, record_from_mapping

Item = InputRecord | ErrorRecord

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_TEXT_SUFFIXES = (".txt", ".text")
# Kept here rather than imported, so that the core never imports the html/warc extras' modules.
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: Content that says what a file is when its name does not: (leading bytes, lower-cased) → kind.
_HTML_STARTS = (b"<!doctype html", b"<html")
_WARC_STARTS = (b"warc/1.",)
_GZIP_MAGIC = b"\x1f\x8b"


def read_paths(paths: Iterable[str], *, published: dt.date | None = None) -> Iterator[Item]:
    """Records from every path in order: ``.txt``, ``.jsonl`` / ``.jsonl.gz``, ``.json``,
    ``.html``, ``.warc`` (with their extras), a directory (its readable files, sorted) or ``-``
    for standard input.

    ``published`` fills in the publication date of records that have none.
    """
    for item in read_items(paths, published=published):
        assert not isinstance(item, RawPage)  # pages are parsed as they are read
        yield item


def read_items(
    paths: Iterable[str], *, published: dt.date | None = None, defer_pages: bool = False
) -> Iterator[Item | RawPage]:
    """As :func:`read_paths`; with ``defer_pages`` HTML pages (files or archived responses)
    come unparsed, as :class:`RawPage`, for :func:`newsfacts.io.html.resolve_page` to parse
    in a worker process."""
    for path in paths:
        for item in _read_one(path, defer_pages):
            if published is not None and isinstance(item, InputRecord | RawPage) and item.published is None:
                item = attrs.evolve(item, published=published)
            yield item


def _read_one(path: str, defer: bool) -> Iterator[Item | RawPage]:
    if path == "-":
        yield from _read_stdin()
        return
    p = Path(path)
    if p.is_dir():
        children = sorted(c for c in p.rglob("*") if c.is_file() and _reader_for(c.name) is not None)
        for child in children:
            yield from _read_one(str(child), defer)
        return
    if not p.exists():
        yield ErrorRecord(id=p.stem or None, error=f"{path}: no such file", source=path)
        return
    reader = _reader_for(p.name) or _sniff(p)
    try:
        yield from reader(p, defer)
    except OSError as exc:
        yield ErrorRecord(id=p.stem, error=f"{path}: cannot read: {exc}", source=path)


Reader = Callable[[Path, bool], Iterator[Item | RawPage]]


def _reader_for(name: str) -> Reader | None:
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return _read_jsonl_file
    if lower.endswith(_TEXT_SUFFIXES):
        return _read_text_file
    if lower.endswith(".json"):
        return _read_json_file
    if lower.endswith(_HTML_SUFFIXES):
        return _read_html_file
    if lower.endswith(_WARC_SUFFIXES):
        return _read_warc_file
    return None


def _read_html_file(p: Path, defer: bool) -> Iterator[Item | RawPage]:
    from newsfacts.io.html import read_html_file  # lazily: the html extra's modules stay unloaded

    yield from read_html_file(p, defer=defer)


def _read_warc_file(p: Path, defer: bool) -> Iterator[Item | RawPage]:
    from newsfacts.io.warc import read_warc_file

    yield from read_warc_file(p, defer=defer)


def _sniff(p: Path) -> Reader:
    """An unknown suffix: WARC or HTML by their first bytes, JSON lines if it starts with ``{``,
    else one plain-text article."""
    with p.open("rb") as fh:
        raw = fh.read(512)
    if raw.startswith(_GZIP_MAGIC):
        try:
            raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw)
        except zlib.error:
            raw = b""
        # Only a gzipped archive is read as gzip here; gzipped JSON lines need their suffix.
        return _read_warc_file if raw.lstrip().lower().startswith(_WARC_STARTS) else _read_text_file
    head = raw.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(_WARC_STARTS):
        return _read_warc_file
    if head.startswith(_HTML_STARTS) or (head.startswith(b"<?xml") and b"<html" in head):
        return _read_html_file
    return _read_jsonl_file if head.startswith(b"{") else _read_text_file


def decode(data: bytes, where: str) -> str:
    """UTF-8 (a BOM is dropped) or an :class:`InputError` saying where the bad byte is."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{where}: binary data (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f windows-1256 -t utf-8"
        ) from exc


def _read_text_file(p: Path, defer: bool = False) -> Iterator[Item]:
    where = str(p)
    try:
        text = decode(p.read_bytes(), where)
    except InputError as exc:
        yield ErrorRecord(id=p.stem, error=str(exc), source=where)
        return
    if not text.strip():
        yield ErrorRecord(id=p.stem, error=f"{where}: empty file", source=where)
        return
    yield InputRecord(text=text, id=p.stem, source=where)


def _read_jsonl_file(p: Path, defer: bool = False) -> Iterator[Item]:
    opener: Callable[[Path], IO[bytes]] = _open_gzip if p.name.lower().endswith(".gz") else _open_binary
    with opener(p) as fh:
        yield from _read_jsonl_stream(fh, str(p))


def _open_binary(p: Path) -> IO[bytes]:
    return p.open("rb")


def _open_gzip(p: Path) -> IO[bytes]:
    return cast(IO[bytes], gzip.open(p, "rb"))


def _read_jsonl_stream(fh: IO[bytes], where: str) -> Iterator[Item]:
    n = 0
    try:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            yield _jsonl_record(raw, where, n)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield ErrorRecord(
            id=None, error=f"{where}: compressed data broken after line {n}: {exc}", source=where, line=n + 1
        )


def _jsonl_record(raw: bytes, where: str, n: int) -> Item:
    loc = f"{where}:{n}"
    try:
        obj = json.loads(decode(raw, loc))
    except InputError as exc:
        return ErrorRecord(id=None, error=str(exc), source=loc, line=n)
    except json.JSONDecodeError as exc:
        return ErrorRecord(id=None, error=f"{loc}: malformed JSON: {exc.msg} at column {exc.colno}", source=loc, line=n)
    try:
        return record_from_mapping(obj, source=loc, line=n)
    except InputError as exc:
        ident = obj.get("id") if isinstance(obj, dict) else None
        return ErrorRecord(id=None if ident is None else str(ident), error=f"{loc}: {exc}", source=loc, line=n)


def _read_json_file(p: Path, defer: bool = False) -> Iterator[Item]:
    """A news-please JSON file (one object) or a JSON array of records."""
    where = str(p)
    try:
        obj: Any = json.loads(decode(p.read_bytes(), where))
    except InputError as exc:
        yield ErrorRecord(id=p.stem, error=str(exc), source=where)
        return
    except json.JSONDecodeError as exc:
        yield ErrorRecord(id=p.stem, error=f"{where}: malformed JSON: {exc.msg} at line {exc.lineno}", source=where)
        return
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items, start=1):
        loc = where if len(items) == 1 else f"{where}[{n - 1}]"
        try:
            record = record_from_mapping(item, source=loc, line=n if len(items) > 1 else None)
        except InputError as exc:
            yield ErrorRecord(id=p.stem, error=f"{loc}: {exc}", source=loc)
            continue
        if record.id is None and len(items) == 1:
            record = attrs.evolve(record, id=p.stem)
        yield record


def _read_stdin() -> Iterator[Item]:
    data = sys.stdin.buffer
    peek = data.peek(512) if isinstance(data, io.BufferedReader) else b""
    if peek.lstrip().startswith(b"{") or not isinstance(data, io.BufferedReader):
        yield from _read_jsonl_stream(data, "<stdin>")
        return
    try:
        text = decode(data.read(), "<stdin>")
    except InputError as exc:
        yield ErrorRecord(id=None, error=str(exc), source="<stdin>")
        return
    if not text.strip():
        yield ErrorRecord(id=None, error="<stdin>: empty input", source="<stdin>")
        return
    yield InputRecord(text=text, source="<stdin>")
