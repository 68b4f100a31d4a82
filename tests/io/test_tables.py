"""Flat tables: rows per table, offsets that point at the evidence, and files that load in one line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsfacts.io.tables import TABLES, rows
from newsfacts.io.writers import CsvWriter, ParquetWriter
from newsfacts.models import Actor, Article, ErrorRecord, Meeting, Span, Statement
from newsfacts.pipeline import process
from newsfacts.plugins import get_plugin_manager
from newsfacts.records import InputRecord

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEXT = "Iran's FM met Oman's FM in Muscat; they discussed trade. Araghchi said ties were good."


def _article() -> Article:
    return Article(
        id="t1",
        text=TEXT,
        url="https://example.com/t1",
        actors=(
            Actor("a1", "person", "Abbas Araghchi", "IRN", "FM", mentions=(Span(0, 13), Span(57, 65))),
            Actor("a2", "person", "Badr; Albusaidi", "OMN", mentions=(Span(18, 29),)),
        ),
        meetings=(
            Meeting("m1", ("a1", "a2"), "in_person", topics=("trade", "ports"), evidence=(Span(0, 56), Span(0, 10))),
        ),
        statements=(
            Statement("s1", ("a1",), "said", "say", "ties were good", Span(57, 86), target="a2", meeting="m1"),
        ),
    )


def _dicts(item: Article | ErrorRecord) -> dict[str, list[dict[str, object]]]:
    return {
        name: [dict(zip([c.name for c in TABLES[name]], row, strict=True)) for row in table]
        for name, table in rows(item).items()
    }


def test_every_row_has_the_width_of_its_table() -> None:
    pm = get_plugin_manager()
    for seed in SEEDS:
        for name, table in rows(process(InputRecord(text=seed.read_text(encoding="utf-8"), id=seed.stem), pm)).items():
            assert all(len(row) == len(TABLES[name]) for row in table), name


def test_rows_per_table_and_offsets_point_at_the_evidence() -> None:
    t = _dicts(_article())
    assert [len(t[name]) for name in TABLES] == [1, 2, 1, 2, 1]
    (art,) = t["articles"]
    assert (art["article_id"], art["actors"], art["meetings"], art["statements"], art["error"]) == ("t1", 2, 1, 1, None)
    (m,) = t["meetings"]
    assert m["participant_ids"] == "a1;a2" and m["participant_names"] == "Abbas Araghchi;Badr, Albusaidi"
    assert m["topics"] == "trade;ports" and m["evidence_spans"] == "0-56;0-10" and m["statements"] == 1
    assert (m["evidence_start"], m["evidence_end"]) == (0, 10)  # the earliest span
    (s,) = t["statements"]
    start, end = s["evidence_start"], s["evidence_end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert TEXT[start:end] == s["evidence"] == "Araghchi said ties were good."
    assert (s["target_id"], s["target_name"], s["meeting_id"], s["cameo"]) == ("a2", "Badr; Albusaidi", "m1", "01")
    assert [p["actor_id"] for p in t["meeting_participants"]] == ["a1", "a2"]
    for table in ("actors", "meetings", "meeting_participants", "statements"):
        assert all(r["article_id"] == "t1" and r["url"] == "https://example.com/t1" for r in t[table])
    a1 = t["actors"][0]
    assert a1["mention_spans"] == "0-13;57-65" and a1["evidence"] == "Iran's FM met"


def test_an_error_record_is_one_articles_row() -> None:
    t = _dicts(ErrorRecord(id="bad", error="x.jsonl:3: malformed JSON", source="x.jsonl:3", line=3))
    assert [len(t[name]) for name in TABLES] == [1, 0, 0, 0, 0]
    assert t["articles"][0]["error"] == "x.jsonl:3: malformed JSON" and t["articles"][0]["line"] == 3


def test_csv_loads_with_the_csv_module(tmp_path: Path) -> None:
    w = CsvWriter(tmp_path, text=False)
    w.write(_article())
    w.write(ErrorRecord(id=None, error="boom"))
    w.close()
    with (tmp_path / "statements.csv").open(encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["direct"] == "false" and row["evidence_start"] == "57" and row["target_id"] == "a2"
    with (tmp_path / "articles.csv").open(encoding="utf-8", newline="") as fh:
        arts = list(csv.DictReader(fh))
    assert [a["error"] for a in arts] == ["", "boom"] and arts[0]["text"] == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.csv" for n in TABLES)


def test_parquet_round_trip_in_row_groups(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    w = ParquetWriter(tmp_path, row_group_size=2)
    for _ in range(5):
        w.write(_article())
    w.close()
    meetings = pq.ParquetFile(tmp_path / "meetings.parquet")
    assert meetings.metadata.num_rows == 5 and meetings.metadata.num_row_groups == 3
    table = pq.read_table(tmp_path / "statements.parquet").to_pylist()
    assert table[0]["evidence_start"] == 57 and table[0]["direct"] is False
    assert pq.read_table(tmp_path / "articles.parquet").column("text").to_pylist()[0] == TEXT
    assert [f.name for f in pq.read_schema(tmp_path / "actors.parquet")] == [c.name for c in TABLES["actors"]]


def test_parquet_of_nothing_still_has_the_schema(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    ParquetWriter(tmp_path).close()
    assert pq.read_table(tmp_path / "meetings.parquet").num_rows == 0
