"""Second hold-out gold set: 24 invented articles, written before any rule was tuned on them
(their failure patterns have since been fixed: ``tests/holdout3`` is the independent set).

Outlets, house styles and constructions differ from both the dev set and the first hold-out
(``tests/holdout``): passives ("talks were held between…"), "the visiting minister", "Mr X",
nested attributions, video summits, planned visits, sideline meetings, joint statements.

* the gold is checked for internal consistency with the shared validator (``goldsets.py``);
* the engine is scored with ``../shared/tools/score.py`` against the floors in
  ``holdout2/floors.json`` (skipped when the scorer is absent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldsets import assert_consistent, assert_floors, gold_problems, read_gold, score  # tests/ is on sys.path

TESTS = Path(__file__).parent
HERE = TESTS / "holdout2"
GOLD_PATH = HERE / "holdout2.gold.jsonl"
FLOORS = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
ROWS = read_gold(GOLD_PATH)


def test_gold_ids_unique_and_complete() -> None:
    ids = [r["id"] for r in ROWS]
    assert ids == [f"k{i:02d}" for i in range(1, len(ids) + 1)]
    assert len(ids) == 24
    assert len({r["outlet"] for r in ROWS}) >= 20


def test_gold_disjoint_from_first_holdout() -> None:
    first = TESTS / "holdout" / "holdout.gold.jsonl"
    old = read_gold(first)
    old_outlets = {r["outlet"] for r in old}
    old_titles = {r["gold"]["title"] for r in old}
    for r in ROWS:
        assert r["outlet"] not in old_outlets, r["id"]
        assert r["gold"]["title"] not in old_titles, r["id"]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_gold_consistent(row: dict[str, Any]) -> None:
    assert_consistent(row)


def test_validator_catches_errors() -> None:
    row = json.loads(json.dumps(ROWS[0]))
    row["gold"]["statements"][0]["content"] = "words that are nowhere in the text"
    row["gold"]["meetings"][0]["participants"][0] = "Nobody Known"
    row["gold"]["meetings"][0]["modality"] = "telepathy"
    problems = gold_problems(row)
    assert any("content" in p for p in problems)
    assert any("Nobody Known" in p for p in problems)
    assert any("bad modality" in p for p in problems)


def test_holdout2_f1_floors() -> None:
    assert_floors(score(ROWS), FLOORS["holdout2"], "holdout2")
