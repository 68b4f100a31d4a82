"""CAMEO and PLOVER rows for hand-built events: fixture rows, and nothing given a default code."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from _build import article

from newsfacts.events import events
from newsfacts.events.export import Summary, rows, to_csv, write_rows

D = dt.date(2021, 3, 2)
ZL = [("Mohammad Javad Zarif", "IRN"), ("Sergey Lavrov", "RUS")]
US = [("country", "United States", "USA")]


def dyads(arts: list, scheme: str) -> tuple[list[tuple[str, str, str, str | None]], Summary]:  # type: ignore[type-arg]
    summary = Summary(scheme)
    out = [(r.source, r.target, r.code, r.detail) for r in rows(events(arts), scheme, summary)]
    return out, summary


Z, L = "official:IRN.zarif", "official:RUS.lavrov"


def test_phone_call() -> None:
    got, _ = dyads([article("a", ZL, date="2021-03-01", modality="phone")], "cameo")
    assert got == [(Z, L, "041", "04"), (L, Z, "041", "04")]
    got, _ = dyads([article("a", ZL, date="2021-03-01", modality="phone")], "plover")
    assert got == [(Z, L, "CONSULT", "phone"), (L, Z, "CONSULT", "phone")]


def test_visit_and_host_follow_the_location_country() -> None:
    a = article("a", ZL, date="2021-03-01", modality="in_person", location=("Moscow", "RUS"))
    got, _ = dyads([a], "cameo")
    assert got == [(Z, L, "042", "04"), (L, Z, "043", "04")]
    got, _ = dyads([a], "plover")
    assert got == [(Z, L, "CONSULT", "visit"), (L, Z, "CONSULT", "host")]


def test_third_location_and_unplaced() -> None:
    third = article("a", ZL, date="2021-03-01", modality="in_person", location=("Geneva", "CHE"))
    assert {c for _, _, c, _ in dyads([third], "cameo")[0]} == {"044"}
    unplaced = article("b", ZL, date="2021-03-05")
    assert {c for _, _, c, _ in dyads([unplaced], "cameo")[0]} == {"040"}
    video = article("c", ZL, date="2021-03-09", modality="video")
    assert dyads([video], "plover")[0][0][2:] == ("CONSULT", None)


def test_planned_meeting_is_intent_to_meet() -> None:
    a = article("a", ZL, date="2021-03-10", status="planned")
    assert {c for _, _, c, _ in dyads([a], "cameo")[0]} == {"036"}
    assert {c for _, _, c, _ in dyads([a], "plover")[0]} == {"AGREE"}


def test_multilateral_mode() -> None:
    a = article("a", [*ZL, ("Mevlut Cavusoglu", "TUR")], date="2021-03-01", location=("Sochi", "RUS"))
    got, _ = dyads([a], "plover")
    assert len(got) == 6 and {m for *_, m in got} == {"multilateral"}


@pytest.mark.parametrize(
    ("kind", "cameo", "plover"),
    [("say", "010", None), ("appeal", "020", "DEMAND"), ("intend", "030", "AGREE"), ("approve", "050", "SUPPORT"),
     ("disapprove", "110", "ACCUSE"), ("reject", "120", "REJECT"), ("threaten", "130", "THREATEN"),
     ("deny", "016", None)],
)  # fmt: skip
def test_statement_codes(kind: str, cameo: str, plover: str | None) -> None:
    a = article("a", ZL, date="2021-03-01", modality="phone", statement=(kind, "the sanctions", 2), extra_actors=US)
    got, _ = dyads([a], "cameo")
    assert got[-1] == (Z, "country:USA", cameo, cameo[:2])
    got, summary = dyads([a], "plover")
    if plover is None:
        assert len(got) == 2 and sum(summary.left_out.values()) == 1  # left out and counted
    else:
        assert got[-1][:3] == (Z, "country:USA", plover)


def test_untargeted_statements_are_counted_not_coded() -> None:
    a = article("a", ZL, date="2021-03-01", statement=("approve", "the talks", None))
    got, summary = dyads([a], "cameo")
    assert all(c == "040" for _, _, c, _ in got)
    assert summary.left_out == {"statement without a target": 1}
    assert "left out 1 statement without a target" in str(summary)


def test_csv_and_jsonl_carry_the_urls() -> None:
    a = article("a", ZL, date="2021-03-01", modality="phone", outlet="tasnim", published=D)
    b = article("b", ZL, published=D, outlet="mehr")
    text, summary = to_csv(events([a, b]), "cameo")
    table = list(csv.DictReader(io.StringIO(text)))
    assert summary.rows == len(table) == 2
    assert table[0]["urls"] == "https://mehr.example/b https://tasnim.example/a"  # sources sort by date, outlet
    assert table[0]["date"] == "2021-03-01" and table[0]["source_code"] == "IRNGOV"
    buf = io.StringIO()
    write_rows(rows(events([a, b]), "plover"), buf, "plover", "jsonl")
    first = json.loads(buf.getvalue().splitlines()[0])
    assert first["plover_type"] == "CONSULT" and first["urls"] == ["https://mehr.example/b", "https://tasnim.example/a"]
