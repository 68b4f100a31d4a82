"""Merging meetings across articles: hand-built articles, one rule per test."""

from __future__ import annotations

import datetime as dt
import itertools

from _build import article

from newsfacts.events import events

D = dt.date(2020, 12, 17)
KHAJI = [("Ali-Asghar Khaji", "IRN"), ("Akira Endo", "JPN")]
KHAJI_SHORT = [("Akira Endo", "JPN"), ("Khaji", "IRN")]


def test_two_sources_one_event() -> None:
    a = article("ifp", KHAJI, date="2020-12-16", published=D, modality="phone", outlet="ifp")
    b = article("tt", KHAJI_SHORT, published=D + dt.timedelta(days=1), outlet="tehrantimes")
    (e,) = events([a, b])
    assert [s.article for s in e.sources] == ["ifp", "tt"]
    assert e.date == "2020-12-16" and e.modality == "phone"
    assert {x.name for x in e.actors} == {"Ali Asghar Khaji", "Akira Endo"}
    assert [s.url for s in e.sources] == ["https://ifp.example/ifp", "https://tehrantimes.example/tt"]


def test_different_dates_two_events() -> None:
    a = article("a", KHAJI, date="2020-12-16", published=D)
    b = article("b", KHAJI, date="2020-12-20", published=D)
    assert len(events([a, b])) == 2


def test_dates_within_the_window_merge() -> None:
    a = article("a", KHAJI, date="2020-12-16")
    b = article("b", KHAJI, date="2020-12-17")
    assert len(events([a, b])) == 1
    assert len(events([a, b], window_days=0)) == 2


def test_no_chaining_across_the_window() -> None:
    reports = [article(f"r{i}", KHAJI, date=f"2020-12-{15 + i}") for i in range(3)]
    found = events(reports)
    assert len(found) == 2  # 15–16 together, 17 alone: never one chain 15–16–17


def test_undated_merges_by_published_window() -> None:
    a = article("a", KHAJI, date="2020-12-16", published=D)
    near = article("b", KHAJI, published=D + dt.timedelta(days=3))
    far = article("c", KHAJI, published=D + dt.timedelta(days=9))
    found = events([a, near, far])
    assert sorted(len(e.sources) for e in found) == [1, 2]


def test_both_unknown_merge_but_unknown_with_known_does_not() -> None:
    a, b = article("a", KHAJI), article("b", KHAJI)
    assert len(events([a, b])) == 1
    assert len(events([a, article("c", KHAJI, published=D)])) == 2


def test_modality_must_be_compatible() -> None:
    phone = article("a", KHAJI, date="2020-12-16", modality="phone")
    visit = article("b", KHAJI, date="2020-12-16", modality="in_person")
    unknown = article("c", KHAJI, date="2020-12-16")
    assert len(events([phone, visit])) == 2
    assert len(events([phone, unknown])) == 1


def test_planned_and_held_are_different_events() -> None:
    held = article("a", KHAJI, date="2020-12-16")
    planned = article("b", KHAJI, date="2020-12-16", status="planned")
    assert len(events([held, planned])) == 2


def test_participants_must_have_the_same_identities() -> None:
    a = article("a", [("Zarif", "IRN"), ("Sergei Lavrov", "RUS")], date="2020-12-16")
    b = article("b", [("Mohammad Javad Zarif", "IRN"), ("Lavrov", "RUS")], date="2020-12-16")
    c = article("c", [("Zarif", "USA"), ("Lavrov", "RUS")], date="2020-12-16")
    found = events([a, b, c])
    assert sorted(len(e.sources) for e in found) == [1, 2]


def test_order_does_not_matter() -> None:
    reports = [
        article("a", KHAJI, date="2020-12-16", published=D, modality="phone"),
        article("b", KHAJI_SHORT, published=D),
        article("c", KHAJI, date="2020-12-25", published=D),
        article("d", [("Zarif", "IRN"), ("Lavrov", "RUS")], published=D),
        article("e", [("Sergey Lavrov", "RUS"), ("Mohammad Javad Zarif", "IRN")], date="2020-12-16", published=D),
    ]
    first = [e.to_json() for e in events(reports)]
    for perm in itertools.permutations(reports):
        assert [e.to_json() for e in events(perm)] == first


def test_statements_merge_across_outlets() -> None:
    a = article(
        "ifp",
        KHAJI,
        date="2020-12-16",
        published=D,
        extra_actors=[("country", "United States", "USA")],
        statement=("disapprove", "the US’ illegal presence in Syria and its plunder of Syria’s oil", 2),
    )
    b = article(
        "tt",
        KHAJI,
        published=D,
        extra_actors=[("country", "U.S.", "USA")],
        statement=("disapprove", "the U.S. presence in Syria as “illegal”", 2),
    )
    (e,) = events([a, b])
    (st,) = e.statements
    assert [s.article for s in st.sources] == ["ifp", "tt"]
    assert st.target == "country:USA"
    assert "country:USA" in {x.key for x in e.actors}


def test_different_statements_stay_apart() -> None:
    a = article("a", KHAJI, date="2020-12-16", statement=("approve", "the efforts by the Astana guarantors", None))
    b = article("b", KHAJI, date="2020-12-16", statement=("approve", "Japan’s humanitarian aid deliveries", None))
    (e,) = events([a, b])
    assert len(e.statements) == 2


def test_event_ids_are_stable() -> None:
    a = article("a", KHAJI, date="2020-12-16")
    assert events([a])[0].id == events([a])[0].id
    assert events([a])[0].id.startswith("ev-")
