"""The WARC reader on archives built here with warcio: HTML responses only, damage reported."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

pytest.importorskip("trafilatura", reason="needs the html extra")
pytest.importorskip("warcio", reason="needs the warc extra")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfacts.io.readers import read_paths
from newsfacts.io.warc import read_warc_file
from newsfacts.models import ErrorRecord
from newsfacts.records import InputRecord

PARAGRAPH = (
    "The foreign ministers of Iran and Oman met in Muscat on Sunday and discussed regional "
    "developments, bilateral trade and the situation in the Persian Gulf, officials said. "
)


def article(n: int, *, date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paras = "".join(f"<p>{PARAGRAPH}Paragraph {n}.{k} of the story.</p>" for k in range(3))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {n} | Example News</title>{meta}"
        f"<meta property='og:site_name' content='Example News'></head>"
        f"<body><article><h1>Story {n}</h1>{paras}</article></body></html>"
    ).encode()


def build(path: Path, records: list[tuple[str, str, str, bytes]], *, gzip: bool = True) -> list[int]:
    """Write (type, url, content type, payload) records; returns each record's start offset."""
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for rec_type, url, content_type, payload in records:
            offsets.append(fh.tell())
            http = None
            if rec_type == "response":
                status = "404 Not Found" if "missing" in url else "200 OK"
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": "2024-06-01T12:00:00Z"}
            record = writer.create_warc_record(
                url,
                rec_type,
                payload=io.BytesIO(payload),
                http_headers=http,
                warc_content_type=None if http else content_type,
                warc_headers_dict=warc_headers,
            )
            writer.write_record(record)
    return offsets


def mixed(path: Path, *, gzip: bool = True) -> list[int]:
    return build(
        path,
        [
            ("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
            ("request", "https://example.com/a/1", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
            ("response", "https://example.com/a/1", "text/html; charset=utf-8", article(1, date="2024-05-30")),
            ("response", "https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("response", "https://example.com/missing", "text/html", b"<html><p>Not found</p></html>"),
            ("metadata", "https://example.com/a/1", "application/warc-fields", b"via: x\r\n"),
            ("response", "https://example.com/a/2", "text/html", article(2)),
        ],
        gzip=gzip,
    )


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_only(tmp_path: Path, gzip: bool) -> None:
    f = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = mixed(f, gzip=gzip)
    items = list(read_paths([str(f)]))
    assert all(isinstance(i, InputRecord) for i in items), items
    first, second = items
    assert isinstance(first, InputRecord) and isinstance(second, InputRecord)
    assert (first.url, first.title, first.published) == ("https://example.com/a/1", "Story 1", dt.date(2024, 5, 30))
    assert second.published == dt.date(2024, 6, 1)  # no date in the page: the WARC-Date
    assert first.id and first.id != second.id
    assert first.source == f"{f}@{offsets[2]}"
    assert "Paragraph 1.2 of the story." in first.text


def test_truncated_gzip_is_an_error_naming_file_and_offset(tmp_path: Path) -> None:
    f = tmp_path / "cut.warc.gz"
    offsets = mixed(f)
    data = f.read_bytes()
    f.write_bytes(data[: offsets[-1] + 40])  # cut inside the last record's gzip member
    items = list(read_warc_file(f))
    assert isinstance(items[0], InputRecord)
    assert isinstance(items[-1], ErrorRecord)
    assert str(f) in items[-1].error and f"offset {offsets[-1]}" in items[-1].error


def test_reading_goes_on_after_a_damaged_record(tmp_path: Path) -> None:
    f = tmp_path / "hole.warc.gz"
    offsets = mixed(f)
    data = bytearray(f.read_bytes())
    at = offsets[2] + 30  # garble the first article's compressed bytes
    data[at : at + 40] = b"\x00" * 40
    f.write_bytes(bytes(data))
    items = list(read_warc_file(f))
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    records = [i for i in items if isinstance(i, InputRecord)]
    assert errors and all(str(f) in e.error for e in errors)
    assert [r.url for r in records] == ["https://example.com/a/2"]


def test_warc_is_sniffed_without_a_suffix(tmp_path: Path) -> None:
    f = tmp_path / "crawl-00001"
    mixed(f, gzip=False)
    assert [type(i) for i in read_paths([str(f)])] == [InputRecord, InputRecord]


def test_deferred_archived_pages_parse_to_the_same_records(tmp_path: Path) -> None:
    from newsfacts.io.html import resolve_page
    from newsfacts.io.readers import read_items
    from newsfacts.records import RawPage

    f = tmp_path / "crawl.warc.gz"
    mixed(f)
    raws = list(read_items([str(f)], defer_pages=True))
    assert all(isinstance(r, RawPage) and r.archived for r in raws)
    assert [resolve_page(r) for r in raws if isinstance(r, RawPage)] == list(read_paths([str(f)]))
