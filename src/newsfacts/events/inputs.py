"""What ``newsfacts events`` reads: ``newsfacts/1`` records, or raw articles to extract first.

A JSON line whose object has a ``schema`` field is an ``extract`` output record and is read
back as an :class:`~newsfacts.models.Article` as is; any other input (``.txt``, news-please
JSON, raw JSONL lines) goes through the pipeline, exactly as ``newsfacts extract`` would run it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from newsfacts.models import Article, ErrorRecord
from newsfacts.plugins import PluginManager

Item = Article | ErrorRecord

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_READABLE = (*_JSONL, ".txt", ".text", ".json")


def read_articles(paths: Iterable[str], pm: Callable[[], PluginManager], *,
                  published: dt.date | None = None) -> Iterator[Item]:  # fmt: skip
    """Articles from every path in order; ``pm`` is asked for a plugin manager only when a raw
    article needs extracting."""
    for path in paths:
        yield from _one(path, pm, published)


def _one(path: str, pm: Callable[[], PluginManager], published: dt.date | None) -> Iterator[Item]:
    if path == "-":
        data = sys.stdin.buffer.read()
        if data.lstrip().startswith(b"{"):
            yield from _lines(data.splitlines(), "<stdin>", pm, published)
        else:
            yield from _extract_text(data, pm, published)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(c for c in p.rglob("*") if c.is_file() and c.name.lower().endswith(_READABLE)):
            yield from _one(str(child), pm, published)
        return
    if p.is_file() and _is_jsonl(p):
        try:
            with _open(p) as fh:
                yield from _lines(fh, path, pm, published)
        except (OSError, EOFError) as exc:
            yield ErrorRecord(id=p.stem, error=f"{path}: cannot read: {exc}", source=path)
        return
    yield from _extract_paths([path], pm, published)


def _open(p: Path) -> IO[bytes]:
    if p.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(p, "rb"))
    return p.open("rb")


def _is_jsonl(p: Path) -> bool:
    name = p.name.lower()
    if name.endswith(_JSONL):
        return True
    if name.endswith((".txt", ".text", ".json")):
        return False
    with p.open("rb") as fh:
        return fh.read(512).lstrip().startswith(b"{")


def _lines(lines: Iterable[bytes], where: str, pm: Callable[[], PluginManager],
           published: dt.date | None) -> Iterator[Item]:  # fmt: skip
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        loc = f"{where}:{n}"
        try:
            obj: Any = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ErrorRecord(id=None, error=f"{loc}: malformed JSON: {exc}", source=loc, line=n)
            continue
        if isinstance(obj, dict) and "schema" in obj:
            yield _record(obj, loc, n)
        else:
            yield from _extract_mapping(obj, loc, n, pm, published)


def _record(obj: dict[str, Any], loc: str, n: int) -> Item:
    ident = obj.get("id")
    if "error" in obj:
        return ErrorRecord(id=ident, error=f"{loc}: error record: {obj['error']}", source=loc, line=n)
    try:
        return Article.from_json(obj)
    except Exception as exc:  # any malformed record is reported, the run goes on
        return ErrorRecord(id=ident, error=f"{loc}: not a readable newsfacts/1 record: {exc}", source=loc, line=n)


def _extract_mapping(obj: Any, loc: str, n: int, pm: Callable[[], PluginManager],
                     published: dt.date | None) -> Iterator[Item]:  # fmt: skip
    from newsfacts.pipeline import process_many
    from newsfacts.records import InputError, record_from_mapping

    try:
        record = record_from_mapping(obj, source=loc, line=n)
    except InputError as exc:
        yield ErrorRecord(id=None, error=f"{loc}: {exc}", source=loc, line=n)
        return
    if published is not None and record.published is None:
        import attrs

        record = attrs.evolve(record, published=published)
    yield from process_many([record], pm())


def _extract_text(data: bytes, pm: Callable[[], PluginManager], published: dt.date | None) -> Iterator[Item]:
    from newsfacts.pipeline import process_many
    from newsfacts.records import InputRecord

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ErrorRecord(id=None, error=f"<stdin>: not UTF-8 text: {exc}", source="<stdin>")
        return
    yield from process_many([InputRecord(text=text, published=published, source="<stdin>")], pm())


def _extract_paths(paths: list[str], pm: Callable[[], PluginManager], published: dt.date | None) -> Iterator[Item]:
    from newsfacts.io import read_paths
    from newsfacts.pipeline import process_many

    yield from process_many(read_paths(paths, published=published), pm())
