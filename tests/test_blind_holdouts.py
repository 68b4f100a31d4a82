"""Checks shared by the blind hold-out sets (``tests/holdout3``, ``holdout4``, ``holdout5``).

Each set is 30 invented articles in the styles of 30 outlets that no earlier set holds; its
gold was written from GUIDELINES.md and validated before the engine ran on it. What each set
holds, and how honest its figure still is, is told in its own module (``test_holdout3.py``
...) and in its ``floors.json``. Here, for every set:

* ids ``hN-01`` .. ``hN-30``, one outlet each, none (and no title) shared with the dev set or
  an earlier hold-out;
* every record passes the shared gold validator (``goldsets.py``), which is shown to catch
  planted errors;
* the engine, scored with ``../shared/tools/score.py``, stays above the set's floors (skipped
  when the scorer is absent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldsets import SHARED, assert_consistent, assert_floors, gold_problems, read_gold, score  # tests/ is on sys.path

TESTS = Path(__file__).parent
#: in the order they were written: each must be disjoint from the ones before it
EARLIER = ("holdout", "holdout2")
BLIND = ("holdout3", "holdout4", "holdout5")
DEV = SHARED / "corpus" / "dev.gold.jsonl"  # absent outside the main checkout: then only the hold-outs


def rows_of(name: str) -> list[dict[str, Any]]:
    return read_gold(TESTS / name / f"{name}.gold.jsonl")


ROWS = {name: rows_of(name) for name in BLIND}


@pytest.mark.parametrize("name", BLIND)
def test_ids_unique_and_complete(name: str) -> None:
    rows = ROWS[name]
    prefix = "h" + name.removeprefix("holdout")
    assert [r["id"] for r in rows] == [f"{prefix}-{i:02d}" for i in range(1, 31)]
    assert len({r["outlet"] for r in rows}) == 30


@pytest.mark.parametrize("name", BLIND)
def test_disjoint_from_earlier_sets(name: str) -> None:
    earlier = EARLIER + BLIND[: BLIND.index(name)]
    old = [r for other in earlier for r in rows_of(other)]
    if DEV.exists():
        old += read_gold(DEV)
    old_outlets = {r["outlet"] for r in old}
    old_titles = {r["gold"]["title"] for r in old}
    for r in ROWS[name]:
        assert r["outlet"] not in old_outlets, r["id"]
        assert r["gold"]["title"] not in old_titles, r["id"]


@pytest.mark.parametrize(
    "row", [r for name in BLIND for r in ROWS[name]], ids=[r["id"] for name in BLIND for r in ROWS[name]]
)
def test_gold_consistent(row: dict[str, Any]) -> None:
    assert_consistent(row)


@pytest.mark.parametrize("name", BLIND)
def test_validator_catches_planted_errors(name: str) -> None:
    row = json.loads(json.dumps(ROWS[name][0]))
    row["gold"]["statements"][0]["content"] = "words that are nowhere in the text"
    row["gold"]["meetings"][0]["participants"][0] = "Nobody Known"
    row["gold"]["meetings"][0]["modality"] = "telepathy"
    problems = gold_problems(row)
    assert any("content" in p for p in problems)
    assert any("Nobody Known" in p for p in problems)
    assert any("bad modality" in p for p in problems)


@pytest.mark.parametrize("name", BLIND)
def test_f1_floors(name: str) -> None:
    floors = json.loads((TESTS / name / "floors.json").read_text(encoding="utf-8"))
    assert_floors(score(ROWS[name]), floors[name], name)
