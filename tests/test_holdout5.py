"""Fifth hold-out gold set: 30 fresh invented articles that no rule was tuned against.

Every outlet is new: none appears in the dev set, ``tests/holdout``, ``tests/holdout2``,
``tests/holdout3`` or ``tests/holdout4`` (newspapers, broadcasters, agencies and magazines such
as Mainichi, Korea Times, The Diplomat, Al-Monitor, Middle East Eye, The Arab Weekly, Kuwait
Times, Oman Observer, The Daily Star, Geo News, Khaama Press, Caspian News, Report.az,
Eurasianet, Balkan Insight, LRT, ERR, Yle, France 24, Swissinfo, Times of Malta, Libya Herald,
Addis Standard, The EastAfrican, News24, MercoPress, CBC, RNZ, CNA and The Kathmandu Post),
each with its own furniture. Constructions are mixed on purpose: phone, video and in-person
talks, visits with and without a named host, planned meetings, sideline and trilateral
meetings, delegations, courtesy calls, unnamed leaders ("the King of Bahrain"), joint
statements and communiqués, fronted and mixed quotes, speakers after the quote, "according
to" attributions, participles, denials, warnings, three articles without a publication date,
three without a meeting and two without a statement. The gold was written and checked before
the engine was run on it.

* the gold is checked for internal consistency with the shared validator (``goldsets.py``);
* the engine is scored with ``../shared/tools/score.py`` against the floors in
  ``holdout5/floors.json`` (skipped when the scorer is absent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from goldsets import SHARED, assert_consistent, assert_floors, gold_problems, read_gold, score  # tests/ is on sys.path

TESTS = Path(__file__).parent
HERE = TESTS / "holdout5"
GOLD_PATH = HERE / "holdout5.gold.jsonl"
FLOORS = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
ROWS = read_gold(GOLD_PATH)
DEV = SHARED / "corpus" / "dev.gold.jsonl"  # absent outside the main checkout: then only the hold-outs


def test_gold_ids_unique_and_complete() -> None:
    ids = [r["id"] for r in ROWS]
    assert ids == [f"h5-{i:02d}" for i in range(1, len(ids) + 1)]
    assert len(ids) == 30
    assert len({r["outlet"] for r in ROWS}) == 30


def test_gold_disjoint_from_other_sets() -> None:
    others = [TESTS / name / f"{name}.gold.jsonl" for name in ("holdout", "holdout2", "holdout3", "holdout4")]
    if DEV.exists():
        others.append(DEV)
    old = [r for path in others for r in read_gold(path)]
    old_outlets = {r["outlet"] for r in old}
    old_titles = {r["gold"]["title"] for r in old}
    for r in ROWS:
        assert r["outlet"] not in old_outlets, r["id"]
        assert r["gold"]["title"] not in old_titles, r["id"]


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    assert sum(not r["gold"]["meetings"] for r in ROWS) >= 3
    assert sum(not r["gold"]["statements"] for r in ROWS) >= 2
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
    assert any(len(m["participants"]) >= 3 for r in ROWS for m in r["gold"]["meetings"])
    assert any(a.get("unnamed") for r in ROWS for a in r["gold"]["actors"])


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


def test_holdout5_f1_floors() -> None:
    assert_floors(score(ROWS), FLOORS["holdout5"], "holdout5")
