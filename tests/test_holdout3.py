"""Third hold-out gold set: 30 fresh invented articles that no rule was tuned against.

Every outlet is new: none appears in the dev set, ``tests/holdout`` or ``tests/holdout2``
(wire services and state agencies such as QNA, Trend, APA, Antara, MENA, PTI, BNA, Petra,
ONA, Kazinform, PNA, APP, BelTA, TAP, ENA, BSS, NNA and newspapers or broadcasters such as
Asharq Al-Awsat, Kyiv Independent, Nikkei Asia, Korea Herald, Japan Times, SCMP, Times of
Israel, RFE/RL, VOA, DW, MAP, Ekathimerini, Agência Brasil), each with its own furniture.
Constructions are mixed on purpose: phone, video and in-person talks, visits with and
without a named host, planned meetings, sideline and trilateral meetings, joint statements
and communiqués, fronted and mixed quotes, nested attributions ("X said, according to the
ministry"), unnamed sources, participles, denials, warnings, three articles without a
publication date.

The checks every blind set shares (ids, disjointness, the validator, the F1 floors in
``holdout3/floors.json``) are in ``test_holdout_sets.py``; this module holds what is
particular to this set.
"""

from __future__ import annotations

from pathlib import Path

from goldsets import read_gold  # tests/ is on sys.path

ROWS = read_gold(Path(__file__).parent / "holdout3" / "holdout3.gold.jsonl")


def test_gold_has_the_promised_mix() -> None:
    assert sum(r["published"] is None for r in ROWS) >= 3
    modalities = {m["modality"] for r in ROWS for m in r["gold"]["meetings"]}
    assert {"phone", "video", "in_person"} <= modalities
    assert any(m["status"] == "planned" for r in ROWS for m in r["gold"]["meetings"])
