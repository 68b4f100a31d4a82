"""Hold-out gold set: 24 invented articles in the house styles of outlets absent from the dev set.

Two parts:

* the gold file is checked for internal consistency (contents are substrings of the text, every
  participant, speaker and target is an actor, vocabularies, dates, boilerplate lines), so a
  careless edit to it fails here rather than skewing the score;
* the engine is run over it and scored with ``../shared/tools/score.py``; the F1 floors in
  ``holdout/floors.json`` sit just below what the engine achieves, so a regression fails.
  This part is skipped when the scorer is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldsets import assert_consistent, assert_floors, gold_problems, read_gold, score  # tests/ is on sys.path

HERE = Path(__file__).parent / "holdout"
GOLD_PATH = HERE / "holdout.gold.jsonl"
FLOORS = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
ROWS = read_gold(GOLD_PATH)


def test_gold_ids_unique_and_complete() -> None:
    ids = [r["id"] for r in ROWS]
    assert ids == [f"h{i:02d}" for i in range(1, len(ids) + 1)]
    assert len(ids) == 24
    outlets = {r["outlet"] for r in ROWS}
    assert len(outlets) >= 15


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_gold_consistent(row: dict[str, Any]) -> None:
    assert_consistent(row)


def test_validator_catches_errors() -> None:
    row = json.loads(json.dumps(ROWS[0]))
    row["gold"]["statements"][0]["content"] = "words that are nowhere in the text"
    row["gold"]["meetings"][0]["participants"][0] = "Nobody Known"
    row["gold"]["statements"][0]["kind"] = "shout"
    problems = gold_problems(row)
    assert any("content" in p for p in problems)
    assert any("Nobody Known" in p for p in problems)
    assert any("bad kind" in p for p in problems)


def test_holdout_f1_floors() -> None:
    assert_floors(score(ROWS), FLOORS["holdout"], "holdout")
