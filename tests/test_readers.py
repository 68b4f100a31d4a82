"""Readers: every input format, and every kind of bad input becoming a named error record."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from newsfacts.io.readers import read_paths
from newsfacts.models import ErrorRecord
from newsfacts.records import InputRecord, record_from_mapping

ARTICLE = "Iran and Oman discuss ties\n\nThe two foreign ministers met in Muscat on Monday."


def _read(*paths: Path | str, **kw: object) -> list[InputRecord | ErrorRecord]:
    return list(read_paths([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def test_txt_file_is_one_article_named_by_its_stem(tmp_path: Path) -> None:
    p = tmp_path / "muscat_talks.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (rec,) = _read(p)
    assert isinstance(rec, InputRecord)
    assert (rec.id, rec.text, rec.source) == ("muscat_talks", ARTICLE, str(p))


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    (rec,) = _read(p)
    assert isinstance(rec, InputRecord) and rec.text == ARTICLE


def test_jsonl_accepts_news_please_aliases(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    rows = [
        {"id": "r1", "text": ARTICLE, "published": "2020-01-05", "url": "https://x.org/1"},
        {"maintext": ARTICLE, "date_publish": "2019-03-06 22:40:00", "title": "T"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = _read(p)
    assert isinstance(a, InputRecord) and isinstance(b, InputRecord)
    assert a.published == dt.date(2020, 1, 5) and a.url == "https://x.org/1"
    assert b.text == ARTICLE and b.published == dt.date(2019, 3, 6) and b.title == "T"
    assert b.line == 2 and b.source == f"{p}:2"


def test_bad_jsonl_lines_become_named_errors_and_the_rest_is_kept(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(
        b'{"id": "ok1", "text": "First article."}\n'
        b"{not json\n"
        b'{"id": "notext"}\n'
        b'{"id": "bad", "text": "x", "published": "yesterday"}\n'
        b'"a string"\n'
        b'{"id": "latin1", "text": "caf\xe9"}\n'
        b'{"id": "ok2", "text": "Second article."}\n'
    )
    items = _read(p)
    assert [type(i).__name__ for i in items] == ["InputRecord"] + ["ErrorRecord"] * 5 + ["InputRecord"]
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6]
    assert all(str(p) in e.error for e in errors)
    assert "malformed JSON" in errors[0].error
    assert "no text" in errors[1].error and errors[1].id == "notext"
    assert "YYYY-MM-DD" in errors[2].error
    assert "JSON object" in errors[3].error
    assert "not UTF-8" in errors[4].error


def test_gzip_jsonl_and_truncated_gzip(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl.gz"
    payload = "".join(json.dumps({"id": f"r{i}", "text": ARTICLE}) + "\n" for i in range(200)).encode()
    p.write_bytes(gzip.compress(payload))
    assert len(_read(p)) == 200
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(payload)[:-40])
    items = _read(broken)
    assert isinstance(items[-1], ErrorRecord) and "compressed data broken" in items[-1].error
    assert all(isinstance(i, InputRecord) for i in items[:-1])


def test_missing_empty_binary_and_wrongly_encoded_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Téhéran".encode("latin-1"))
    items = _read(tmp_path / "nope.txt", empty, binary, latin)
    assert all(isinstance(i, ErrorRecord) for i in items)
    messages = [i.error for i in items if isinstance(i, ErrorRecord)]
    assert "no such file" in messages[0]
    assert "empty" in messages[1]
    assert "binary" in messages[2]
    assert "not UTF-8" in messages[3] and "offset 1" in messages[3]


def test_directory_is_read_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / name).write_text(ARTICLE)
    assert [i.id for i in _read(tmp_path)] == ["a", "b"]


def test_json_file_news_please_style(tmp_path: Path) -> None:
    p = tmp_path / "article.json"
    p.write_text(json.dumps({"maintext": ARTICLE, "url": "https://x.org/2", "date_publish": "2021-10-12 10:00:00"}))
    (rec,) = _read(p)
    assert isinstance(rec, InputRecord)
    assert (rec.id, rec.url, rec.published) == ("article", "https://x.org/2", dt.date(2021, 10, 12))


def test_published_option_fills_only_missing_dates(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b", "published": "2001-01-01"}) + "\n")
    a, b = _read(p, published=dt.date(2020, 5, 5))
    assert isinstance(a, InputRecord) and isinstance(b, InputRecord)
    assert (a.published, b.published) == (dt.date(2020, 5, 5), dt.date(2001, 1, 1))


def test_record_from_mapping_rejects_non_string_fields() -> None:
    import pytest

    from newsfacts.records import InputError

    with pytest.raises(InputError, match="text must be a string"):
        record_from_mapping({"text": 5})
    with pytest.raises(InputError, match="url must be a string"):
        record_from_mapping({"text": "x", "url": ["a"]})
