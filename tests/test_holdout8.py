"""Eighth hold-out gold set: 30 fresh invented articles that no rule was tuned against.

Every outlet is new: none appears in the dev set or an earlier hold-out. They come from Latin
America, the Caribbean, Oceania, South and Southeast Asia and North America (newspapers, a party
daily, a state newspaper and business papers such as Clarín, Folha de S.Paulo, O Globo, El Tiempo,
Semana, El Comercio (Ecuador), Prensa Libre, La Prensa (Panama), Listín Diario, Granma, Trinidad
Guardian, Stabroek News, Jamaica Observer, Excélsior, Milenio, ABC Color, El País (Uruguay), Los
Tiempos, Samoa Observer, Solomon Star, Post-Courier, The Australian, The Sydney Morning Herald,
Stuff, The Business Times, Nhân Dân, The Phnom Penh Post, Kuensel, The Island and Deccan Herald),
each with its own furniture (section labels, bylines, date lines, "Lea también" / "Mirá
también" / "READ MORE:" lines with related titles, listen and save buttons, tag lists, share and
newsletter prompts, comment forms, an ePaper blurb). Constructions are mixed on purpose: phone,
video and in-person talks, visits received by a host, courtesy calls, trilateral and four-way
meetings, a 2+2 dialogue whose parties are named in the next sentence, sideline and "separate"
meetings without a day of their own, planned visits and itineraries (weekdays resolved forward),
a planned visit with no named host, unnamed officials ("the foreign ministers of Guatemala,
Honduras and El Salvador", "the vice minister of foreign trade"), ministries, embassies, a
central bank and anonymous sources as speakers, nested attributions ("according to the
ministry, X asked ..."), joint statements, "agreed to", fronted quotes, participles, denials,
rejections, condemnations of third countries, three articles without a publication date, three
without a meeting and two without a statement. The gold was written and checked before the
engine was run on it.

The checks every blind set shares (ids, disjointness, the validator, the F1 floors in
``holdout8/floors.json``) are in ``test_holdout_sets.py``; this module holds what is
particular to this set.
"""

from __future__ import annotations

from pathlib import Path

from goldsets import read_gold  # tests/ is on sys.path

ROWS = read_gold(Path(__file__).parent / "holdout8" / "holdout8.gold.jsonl")


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    assert sum(not r["gold"]["meetings"] for r in ROWS) >= 3
    assert sum(not r["gold"]["statements"] for r in ROWS) >= 2
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
    assert any(len(m["participants"]) >= 3 for r in ROWS for m in r["gold"]["meetings"])
    assert any(a.get("unnamed") for r in ROWS for a in r["gold"]["actors"])
