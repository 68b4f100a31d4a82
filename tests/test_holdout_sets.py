"""Checks on every hold-out gold set kept in ``tests/`` (``holdout``, ``holdout2``, ...).

Each set is invented articles in the styles of outlets the dev set does not hold; its gold was
written from GUIDELINES.md. What each set holds, and how honest its figure still is, is told in
its ``README.md`` (from ``holdout3`` on) and its ``floors.json``. Here, for every set:

* its ids, complete and in order, and how many outlets it spans;
* the mix of articles it promises (undated ones, ones without a meeting or a statement, every
  modality, planned and multilateral meetings, unnamed actors);
* disjointness: no outlet or title shared with a set written before it (the blind sets, from
  ``holdout3`` on, also none with the dev set);
* every record passes the shared gold validator (``goldsets.py``), which is shown to catch
  planted errors;
* the engine, scored with ``../shared/tools/score.py``, stays above the set's floors (skipped
  when the scorer is absent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from goldsets import SHARED, assert_consistent, assert_floors, gold_problems, read_gold, score  # tests/ is on sys.path

TESTS = Path(__file__).parent
DEV = SHARED / "corpus" / "dev.gold.jsonl"  # absent outside the main checkout: then only the hold-outs


@attrs.frozen
class HoldoutSet:
    name: str
    #: ``str.format`` pattern of the ids, numbered from 1
    id_format: str
    size: int
    min_outlets: int
    #: written without sight of the rules, in outlets none of the dev set holds
    blind: bool = True
    #: the mix the set promises (its README): at least this many articles without a publication
    #: date, without a meeting, without a statement; and (``varied``) phone, video and in-person
    #: talks, a planned meeting, a meeting of three or more, an unnamed actor
    undated: int = 0
    no_meeting: int = 0
    no_statement: int = 0
    varied: bool = True


#: in the order they were written: each must be disjoint from the ones before it
SETS = (
    # the first two were written before the engine was tuned on them, and then were tuned on.
    # holdout: house styles of 22 outlets (six of them, wire services, also in the dev set)
    HoldoutSet("holdout", "h{:02d}", 24, 15, blind=False, varied=False),
    # holdout2: 24 outlets in neither; passives ("talks were held between..."), "the visiting
    # minister", "Mr X", nested attributions, video summits, planned visits, joint statements
    HoldoutSet("holdout2", "k{:02d}", 24, 20, blind=False, varied=False),
    # from here on, each set's README.md says what it holds and how honest its figure still is
    HoldoutSet("holdout3", "h3-{:02d}", 30, 30, undated=3),
    HoldoutSet("holdout4", "h4-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout5", "h5-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout6", "h6-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout7", "h7-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout8", "h8-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout9", "h9-{:02d}", 30, 30, undated=4, no_meeting=3, no_statement=2),
    HoldoutSet("holdout10", "h10-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout11", "h11-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout12", "h12-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout13", "h13-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout14", "h14-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
    HoldoutSet("holdout15", "h15-{:02d}", 30, 30, undated=3, no_meeting=3, no_statement=2),
)
NAMES = [s.name for s in SETS]


def rows_of(name: str) -> list[dict[str, Any]]:
    return read_gold(TESTS / name / f"{name}.gold.jsonl")


ROWS = {s.name: rows_of(s.name) for s in SETS}


@pytest.mark.parametrize("spec", SETS, ids=NAMES)
def test_ids_complete_and_outlets_varied(spec: HoldoutSet) -> None:
    rows = ROWS[spec.name]
    assert [r["id"] for r in rows] == [spec.id_format.format(i) for i in range(1, spec.size + 1)]
    assert len({r["outlet"] for r in rows}) >= spec.min_outlets


@pytest.mark.parametrize("spec", SETS, ids=NAMES)
def test_gold_has_the_promised_mix(spec: HoldoutSet) -> None:
    rows = ROWS[spec.name]
    gold = [r["gold"] for r in rows]
    assert sum(r["published"] is None for r in rows) >= spec.undated
    assert sum(not g["meetings"] for g in gold) >= spec.no_meeting
    assert sum(not g["statements"] for g in gold) >= spec.no_statement
    if spec.varied:
        meetings = [m for g in gold for m in g["meetings"]]
        assert {"phone", "video", "in_person"} <= {m["modality"] for m in meetings}
        assert any(m["status"] == "planned" for m in meetings)
        assert any(len(m["participants"]) >= 3 for m in meetings)
        assert any(a.get("unnamed") for g in gold for a in g["actors"])


@pytest.mark.parametrize("spec", SETS[1:], ids=NAMES[1:])
def test_disjoint_from_earlier_sets(spec: HoldoutSet) -> None:
    old = [r for name in NAMES[: NAMES.index(spec.name)] for r in ROWS[name]]
    if spec.blind and DEV.exists():
        old += read_gold(DEV)
    old_outlets = {r["outlet"] for r in old}
    old_titles = {r["gold"]["title"] for r in old}
    for r in ROWS[spec.name]:
        assert r["outlet"] not in old_outlets, r["id"]
        assert r["gold"]["title"] not in old_titles, r["id"]


@pytest.mark.parametrize(
    "row", [r for name in NAMES for r in ROWS[name]], ids=[r["id"] for name in NAMES for r in ROWS[name]]
)
def test_gold_consistent(row: dict[str, Any]) -> None:
    assert_consistent(row)


@pytest.mark.parametrize("name", NAMES)
def test_validator_catches_planted_errors(name: str) -> None:
    row = json.loads(json.dumps(ROWS[name][0]))
    row["gold"]["statements"][0]["content"] = "words that are nowhere in the text"
    row["gold"]["statements"][0]["kind"] = "shout"
    row["gold"]["meetings"][0]["participants"][0] = "Nobody Known"
    row["gold"]["meetings"][0]["modality"] = "telepathy"
    problems = gold_problems(row)
    assert any("content" in p for p in problems)
    assert any("bad kind" in p for p in problems)
    assert any("Nobody Known" in p for p in problems)
    assert any("bad modality" in p for p in problems)


@pytest.mark.parametrize("name", NAMES)
def test_f1_floors(name: str) -> None:
    floors = json.loads((TESTS / name / "floors.json").read_text(encoding="utf-8"))
    assert_floors(score(ROWS[name]), floors[name], name)
