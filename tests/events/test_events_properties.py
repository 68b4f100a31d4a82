"""Property: the same meetings told by several outlets, in any order, with any spelling,
some dates missing — merge back exactly to those meetings, whatever the input order."""

from __future__ import annotations

import datetime as dt

from _build import article
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.events import events

# Each person: the spellings outlets use (the first is the full name) and the country.
PEOPLE = [
    (["Mohammad Javad Zarif", "Zarif", "Mohammed Javad Zarif", "Javad Zarif"], "IRN"),
    (["Sergey Lavrov", "Sergei Lavrov", "Lavrov"], "RUS"),
    (["Hossein Amir-Abdollahian", "Amirabdollahian", "Amir-Abdollahian"], "IRN"),
    (["Wang Yi", "Wang"], "CHN"),
    (["Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Cavusoglu"], "TUR"),
    (["Akira Endo"], "JPN"),
]
BASE = dt.date(2021, 1, 4)
TOPICS = ["syria oil plunder", "nuclear deal sanctions", "caucasus border trade", "yemen ceasefire talks",
          "afghanistan refugees aid", "caspian fisheries accord"]  # fmt: skip


@st.composite
def reports(draw: st.DrawFn) -> tuple[list[list[str]], list[object]]:
    """(the article ids of each true event, the articles), articles in a drawn order."""
    n_events = draw(st.integers(1, 5))
    truth: list[list[str]] = []
    arts = []
    for i in range(n_events):
        who = draw(st.lists(st.integers(0, len(PEOPLE) - 1), min_size=2, max_size=3, unique=True))
        day = BASE + dt.timedelta(days=10 * i)  # events of one pair are far apart in time
        modality = draw(st.sampled_from(["phone", "in_person", "video", "unknown"]))
        ids = []
        for j in range(draw(st.integers(1, 4))):
            aid = f"e{i}o{j}"
            people = [(draw(st.sampled_from(PEOPLE[p][0])), PEOPLE[p][1]) for p in who]
            order = draw(st.permutations(range(len(who))))
            people = [people[k] for k in order]
            dated = draw(st.booleans())
            shift = draw(st.integers(0, 1))
            published = day + dt.timedelta(days=draw(st.integers(0, 2)))
            words = TOPICS[i].split()
            content = " ".join(draw(st.permutations(words))) + " " + draw(st.sampled_from(["matters", "issues", ""]))
            arts.append(article(
                aid, list(people),
                date=(day + dt.timedelta(days=shift)).isoformat() if dated else None,
                published=published,
                modality=draw(st.sampled_from([modality, "unknown"])),
                statement=("say", content, None),
                speaker=order.index(0),
            ))  # fmt: skip
            ids.append(aid)
        truth.append(ids)
    order = draw(st.permutations(arts))
    return truth, list(order)


@settings(max_examples=150, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_merge_is_exact_and_order_independent(case: tuple[list[list[str]], list[object]], rnd: object) -> None:
    truth, arts = case
    found = events(arts)  # type: ignore[arg-type]
    got = sorted(sorted(s.article for s in e.sources) for e in found)
    assert got == sorted(sorted(t) for t in truth)
    for e in found:  # one statement per event, reported by every source
        assert len(e.statements) == 1
        assert sorted(s.article for s in e.statements[0].sources) == sorted(s.article for s in e.sources)
    shuffled = list(arts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert [e.to_json() for e in events(shuffled)] == [e.to_json() for e in found]  # type: ignore[arg-type]
