"""The newsfacts command, run in-process through ``cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_seeds_writes_one_record_each_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", *map(str, SEEDS))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [p.stem for p in SEEDS]
    assert all(r["schema"] == "newsfacts/1" for r in records)
    assert [r["outlet"] for r in records] == ["ifp", "tehrantimes", "tasnim"]


def test_json_format_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", "--format", "json", "--no-text", str(SEEDS[0]))
    assert code == 0
    (record,) = json.loads(out)
    assert "text" not in record and record["title"]


def test_empty_json_array_when_no_input_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "none.jsonl"
    p.write_text("\n\n")
    code, out, _ = _run(capsys, "extract", "--format", "json", str(p))
    assert (code, json.loads(out)) == (0, [])


def test_bad_records_are_reported_and_the_rest_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text(
        json.dumps({"id": "good1", "text": "Iran's foreign minister met his Omani counterpart in Muscat."}) + "\n"
        "{oops\n" + json.dumps({"id": "good2", "text": "Russia and China held talks on Syria."}) + "\n"
    )
    code, out, err = _run(capsys, "extract", str(p))
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in records] == ["good1", None, "good2"]
    assert records[1]["error"].startswith(f"{p}:2: malformed JSON") and records[1]["line"] == 2
    assert f"{p}:2" in err


def test_published_option_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", "--published", "2017-11-28", str(SEEDS[2]))
    assert code == 0 and json.loads(out)["published"] == "2017-11-28"


def test_bad_published_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--published", "last week", str(SEEDS[0])])
    assert exc.value.code == 2


def test_plugins_lists_the_five_outlets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "plugins", "--json")
    assert code == 0
    listed = {p["name"]: p for p in json.loads(out)}
    assert {"generic", "tasnim", "mehr", "tehrantimes", "ifp"} <= set(listed)
    assert all(p["version"] and p["hooks"] for p in listed.values())
    code, out, _ = _run(capsys, "plugins")
    assert code == 0 and "tasnim" in out and "hooks:" in out


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = _run(capsys, "extract", "-o", str(target), str(SEEDS[1]))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["license"] == "CC BY 4.0"


def test_explain_shows_the_rules_sentence_by_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "explain", "--published", "2017-11-28", str(SEEDS[2]))
    assert code == 0
    assert out.startswith(f"# {SEEDS[2].stem} — Iranian, Chinese Diplomats Discuss Syria in Sochi")
    assert "[1] " in out and "coref.pronoun" in out and "= meeting m1:" in out
    assert "date.month_day" in out and "2017-11-22" in out


def test_explain_reports_a_bad_input_and_goes_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = _run(capsys, "explain", str(empty), str(SEEDS[0]))
    assert code == 1
    assert "empty file" in err and SEEDS[0].stem in out
