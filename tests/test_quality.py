"""Quality gate: the engine's F1 on the shared gold corpora must not fall below the pinned floors.

Skipped when ``../shared/corpus`` is absent (the corpora are not part of the repository).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goldsets import SHARED, read_gold, score  # tests/ is on sys.path

CORPUS = SHARED / "corpus"
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())


@pytest.mark.parametrize("name", ["dev", "seeds"])
def test_f1_floors(name: str) -> None:
    gold_path = CORPUS / f"{name}.gold.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not available")
    result = score(read_gold(gold_path))
    for family, floor in FLOORS[name].items():
        assert result[family]["f1"] >= floor, f"{name} {family} F1 {result[family]['f1']} < floor {floor}"
