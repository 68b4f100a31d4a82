"""Fourth hold-out gold set: 30 fresh invented articles that no rule was tuned against.

Every outlet is new: none appears in the dev set, ``tests/holdout``, ``tests/holdout2`` or
``tests/holdout3`` (newspapers, broadcasters and agencies such as Focus Taiwan, Yomiuri,
Hankyoreh, L'Orient Today, Jordan Times, Times of Oman, Khaleej Times, Gulf Times, Saudi
Gazette, Express Tribune, Tolo News, News.az, Civil.ge, Astana Times, TRT World, Cyprus Mail,
China Daily, Taipei Times, Inquirer, Bangkok Post, Malay Mail, Premium Times, Daily Nation,
APS, Libya Observer, Sudan Tribune, Africanews, Buenos Aires Times, Politico Europe and
Euractiv), each with its own furniture. Constructions are mixed on purpose: phone, video and
in-person talks, visits with and without a named host, planned meetings, sideline and
trilateral meetings, delegations, joint statements and communiqués, fronted and mixed quotes,
speakers named by description before their name, "according to" attributions, participles,
denials, warnings, three articles without a publication date, three without a meeting and
two without a statement. The gold was written and checked before the engine was run on it.

The checks every blind set shares (ids, disjointness, the validator, the F1 floors in
``holdout4/floors.json``) are in ``test_holdout_sets.py``; this module holds what is
particular to this set.
"""

from __future__ import annotations

from pathlib import Path

from goldsets import read_gold  # tests/ is on sys.path

ROWS = read_gold(Path(__file__).parent / "holdout4" / "holdout4.gold.jsonl")


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    assert sum(not r["gold"]["meetings"] for r in ROWS) >= 3
    assert sum(not r["gold"]["statements"] for r in ROWS) >= 2
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
    assert any(len(m["participants"]) >= 3 for r in ROWS for m in r["gold"]["meetings"])
