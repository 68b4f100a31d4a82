"""Date rules: weekdays against the publication date, month-days, today."""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.rules.dates import DATE_RE, find_date, resolve

PUB = dt.date(2021, 6, 16)  # a Wednesday


def _value(text: str, published: dt.date | None = PUB, planned: bool = False) -> str | None:
    found = find_date(text, 0, len(text), published, planned)
    assert found is not None
    return found[0].value


def test_weekday_held_is_on_or_before_publication() -> None:
    assert _value("They met on Wednesday.") == "2021-06-16"
    assert _value("They met on Monday evening.") == "2021-06-14"
    assert _value("They spoke Thursday night.") == "2021-06-10"


def test_weekday_planned_is_after_publication() -> None:
    assert _value("He will meet her on Friday.", planned=True) == "2021-06-18"
    assert _value("He will meet her on Wednesday.", planned=True) == "2021-06-23"


def test_weekday_without_publication_is_unresolved() -> None:
    assert _value("They met on Tuesday.", published=None) is None


def test_month_day() -> None:
    assert _value("They met on March 3.") == "2021-03-03"
    assert _value("They met on 4 June 2019.") == "2019-06-04"
    assert _value("They met on Nov. 22.", published=None) == "XXXX-11-22"


def test_today_and_yesterday() -> None:
    assert _value("They met today.") == "2021-06-16"
    assert _value("They met yesterday.") == "2021-06-15"


def test_vague_times_give_nothing() -> None:
    assert find_date("They had previously met, and recently spoke.", 0, 45, PUB, False) is None


def test_rule_names() -> None:
    m = DATE_RE.search("on Sunday")
    assert m is not None and resolve(m, PUB, False) is not None
    assert resolve(m, PUB, False)[1] == "date.weekday"  # type: ignore[index]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", _value("on June 1") or "")
