"""Sixth hold-out gold set: 30 fresh invented articles that no rule was tuned against.

Every outlet is new: none appears in the dev set or in ``tests/holdout`` .. ``tests/holdout5``.
The set keeps to Asia-Pacific and the Americas (newspapers, broadcasters, state agencies and
online outlets such as Asahi, Kompas, Tempo, Philstar, Rappler, VnExpress, The Star, TODAY,
ThePrint, The Indian Express, NDTV, Dhaka Tribune, Daily Mirror, The Irrawaddy, Khmer Times,
Montsame, JoongAng Daily, Chosun Ilbo, ABC News, NZ Herald, The Globe and Mail, El Universal,
The Rio Times, The Gleaner, Tico Times, teleSUR, El Comercio, La Tercera, The Fiji Times and
Laotian Times), each with its own furniture. Constructions are mixed on purpose: phone, video
and in-person talks, visits and courtesy calls, hosts implied by "received" and "hosted",
sideline, trilateral and four-party meetings, planned trips with and without a named host,
planned meetings between countries, unnamed leaders and officials ("the prime ministers of
Barbados, Guyana and Trinidad and Tobago", "a spokesman for the U.S. State Department"),
ministries, embassies and parties that speak, "according to" attributions, fronted and mixed
quotes, participles, joint statements, denials, rejections, warnings, third-country
statements, non-diplomatic background sentences, three articles without a publication date,
three without a meeting and two without a statement. The gold was written and checked before
the engine was run on it, by a writer who had not seen the rules.

The checks every blind set shares (ids, disjointness, the validator, the F1 floors in
``holdout6/floors.json``) are in ``test_holdout_sets.py``; this module holds what is
particular to this set.
"""

from __future__ import annotations

from pathlib import Path

from goldsets import read_gold  # tests/ is on sys.path

ROWS = read_gold(Path(__file__).parent / "holdout6" / "holdout6.gold.jsonl")


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    assert sum(not r["gold"]["meetings"] for r in ROWS) >= 3
    assert sum(not r["gold"]["statements"] for r in ROWS) >= 2
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
    assert any(len(m["participants"]) >= 3 for r in ROWS for m in r["gold"]["meetings"])
    assert any(a.get("unnamed") for r in ROWS for a in r["gold"]["actors"])
