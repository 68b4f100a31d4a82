"""``newsfacts events`` end to end: newsfacts/1 records in, raw articles in, the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _build import article

from newsfacts.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
KHAJI = [("Ali-Asghar Khaji", "IRN"), ("Akira Endo", "JPN")]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _jsonl(tmp_path: Path) -> Path:
    p = tmp_path / "facts.jsonl"
    arts = [article("a", KHAJI, date="2020-12-16", modality="phone", outlet="ifp"),
            article("b", KHAJI[::-1], date="2020-12-16", outlet="tehrantimes")]  # fmt: skip
    lines = [json.dumps(a.to_json()) for a in arts]
    lines.append(json.dumps({"schema": "newsfacts/1", "id": "bad", "error": "not UTF-8", "line": 3}))
    p.write_text("\n".join(lines) + "\n")
    return p


def test_newsfacts_records_in_events_out(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _run(capsys, "events", str(_jsonl(tmp_path)))
    assert code == 1  # the error record is reported; the others still merge
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert [s["article"] for s in event["sources"]] == ["a", "b"]
    assert "2 article(s), 1 event(s), 1 reported by more than one article" in err


def test_cameo_and_plover_tables(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(_jsonl(tmp_path))
    _, out, err = _run(capsys, "events", path, "--format", "cameo")
    assert out.splitlines()[0].startswith("event,date,source")
    assert ",041,04,meeting," in out and "cameo: 2 row(s)" in err
    _, out, _ = _run(capsys, "events", path, "--format", "plover", "--table", "jsonl")
    assert {json.loads(line)["plover_mode"] for line in out.splitlines()} == {"phone"}


def test_window_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "two.jsonl"
    arts = [article("a", KHAJI, date="2020-12-16"), article("b", KHAJI, date="2020-12-18")]
    p.write_text("".join(json.dumps(a.to_json()) + "\n" for a in arts))
    assert len(_run(capsys, "events", str(p))[1].splitlines()) == 2
    assert len(_run(capsys, "events", str(p), "--window-days", "2")[1].splitlines()) == 1


def test_seeds_shared_phone_call_is_one_event(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "events", *map(str, SEEDS))
    assert code == 0
    found = [json.loads(line) for line in out.splitlines()]
    calls = [e for e in found if e["kind"] == "meeting" and any("khaji" in p for p in e["participants"])]
    assert len(calls) == 1
    (call,) = calls
    assert call["modality"] == "phone"
    assert {s["outlet"] for s in call["sources"]} == {"ifp", "tehrantimes"}
    assert {s["article"] for s in call["sources"]} == {SEEDS[0].stem, SEEDS[1].stem}
