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

The checks every blind set shares (ids, disjointness, the validator, the F1 floors in
``holdout5/floors.json``) are in ``test_holdout_sets.py``; this module holds what is
particular to this set.
"""

from __future__ import annotations

from pathlib import Path

from goldsets import read_gold  # tests/ is on sys.path

ROWS = read_gold(Path(__file__).parent / "holdout5" / "holdout5.gold.jsonl")


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    assert sum(not r["gold"]["meetings"] for r in ROWS) >= 3
    assert sum(not r["gold"]["statements"] for r in ROWS) >= 2
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
    assert any(len(m["participants"]) >= 3 for r in ROWS for m in r["gold"]["meetings"])
    assert any(a.get("unnamed") for r in ROWS for a in r["gold"]["actors"])
