"""Second hold-out gold set: 24 fresh invented articles that no rule was tuned against.

Outlets, house styles and constructions differ from both the dev set and the first hold-out
(``tests/holdout``): passives ("talks were held between…"), "the visiting minister", "Mr X",
nested attributions, video summits, planned visits, sideline meetings, joint statements.

* the gold is checked for internal consistency with the validator of ``test_holdout.py``;
* the engine is scored with ``../shared/tools/score.py`` against the floors in
  ``holdout2/floors.json`` (skipped when the scorer is absent).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TESTS = Path(__file__).parent
HERE = TESTS / "holdout2"
GOLD_PATH = HERE / "holdout2.gold.jsonl"
FLOORS = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
SCORER = (TESTS.parent / ".." / "shared" / "tools" / "score.py").resolve()


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# the consistency validator of the first hold-out, reused as is
gold_problems = _load("newsfacts_holdout_validator", TESTS / "test_holdout.py").gold_problems

ROWS = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_ids_unique_and_complete() -> None:
    ids = [r["id"] for r in ROWS]
    assert ids == [f"k{i:02d}" for i in range(1, len(ids) + 1)]
    assert len(ids) == 24
    assert len({r["outlet"] for r in ROWS}) >= 20


def test_gold_disjoint_from_first_holdout() -> None:
    first = TESTS / "holdout" / "holdout.gold.jsonl"
    old = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines() if line.strip()]
    old_outlets = {r["outlet"] for r in old}
    old_titles = {r["gold"]["title"] for r in old}
    for r in ROWS:
        assert r["outlet"] not in old_outlets, r["id"]
        assert r["gold"]["title"] not in old_titles, r["id"]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_gold_consistent(row: dict[str, Any]) -> None:
    assert gold_problems(row) == []
    n_words = len(re.findall(r"\w+", row["text"]))
    assert 150 <= n_words <= 450, n_words


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
    if not SCORER.exists():
        pytest.skip(f"{SCORER} not available")
    import newsfacts

    articles = newsfacts.extract_many({k: v for k, v in row.items() if k != "gold"} for row in ROWS)
    pred = {}
    for a in articles:
        record = a.to_json()
        pred[record.get("id")] = record
    result = _load("newsfacts_gold_score_holdout2", SCORER).score(ROWS, pred)
    assert result["missing"] == 0 and result["errors"] == 0
    for family, floor in FLOORS["holdout2"].items():
        got = result["score"] if family == "score" else result[family]["f1"]
        assert got >= floor, f"holdout2 {family} {got} < floor {floor}"
