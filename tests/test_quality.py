"""Quality gate: the engine's F1 on the shared gold corpora must not fall below the pinned floors.

Skipped when ``../shared/corpus`` is absent (the corpora are not part of the repository).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"
SCORER = ROOT / ".." / "shared" / "tools" / "score.py"
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("newsfacts_gold_score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", ["dev", "seeds"])
def test_f1_floors(name: str) -> None:
    gold_path = CORPUS / f"{name}.gold.jsonl"
    if not gold_path.exists() or not SCORER.exists():
        pytest.skip(f"{gold_path} not available")
    import newsfacts

    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = newsfacts.extract_many({k: v for k, v in row.items() if k != "gold"} for row in gold)
    pred = {}
    for a in articles:
        record = a.to_json()
        pred[record.get("id")] = record
    result = _scorer().score(gold, pred)
    for family, floor in FLOORS[name].items():
        assert result[family]["f1"] >= floor, f"{name} {family} F1 {result[family]['f1']} < floor {floor}"
