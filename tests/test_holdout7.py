"""Seventh hold-out gold set: 30 fresh invented articles that no rule was tuned against.

Every outlet is new: none appears in the dev set or an earlier hold-out. They come from Europe,
Africa, the Middle East and Central Asia (newspapers, broadcasters, state agencies and sites
such as Le Monde, Der Spiegel, El País, The Portugal News, Notes from Poland, TVP World, Radio
Prague International, Hungary Today, Sarajevo Times, B92, Novinite, Romania Insider, Moldpres,
Kyiv Post, JAMnews, AKIpress, 24.kg, Al Arabiya, Ynetnews, Rudaw, Shafaq News, Enab Baladi,
Middle East Monitor, Egypt Independent, Morocco World News, The Citizen, Daily Monitor, The
Standard, The Herald and Punch), each with its own furniture (bylines, datelines, photo
credits, "Read more" and related-article lines, tag lists, share and newsletter prompts, a
glued "Shafaq News/" prefix). Constructions are mixed on purpose: phone, video and in-person
talks, visits received by a host, a visit with no named host, planned visits and talks,
sideline and trilateral meetings, a summoning, courtesy calls, meetings whose parties are
named only in a later sentence, unnamed leaders ("the King of Jordan"), ministries, offices
and parties as speakers, speakers by title only, joint statements, fronted and mixed quotes,
"according to" attributions, participles, denials, warnings, condemnations of third
countries, three articles without a publication date, three without a meeting and two
without a statement. The gold was written and checked before the engine was run on it.

The checks every blind set shares (ids, disjointness, the validator, the F1 floors in
``holdout7/floors.json``) are in ``test_holdout_sets.py``; this module holds what is
particular to this set.
"""

from __future__ import annotations

from pathlib import Path

from goldsets import read_gold  # tests/ is on sys.path

ROWS = read_gold(Path(__file__).parent / "holdout7" / "holdout7.gold.jsonl")


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    assert sum(not r["gold"]["meetings"] for r in ROWS) >= 3
    assert sum(not r["gold"]["statements"] for r in ROWS) >= 2
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
    assert any(len(m["participants"]) >= 3 for r in ROWS for m in r["gold"]["meetings"])
    assert any(a.get("unnamed") for r in ROWS for a in r["gold"]["actors"])
