"""Meeting dates as day intervals, so that a day, a month and a yearless day compare."""

from __future__ import annotations

import calendar
import datetime as dt

Interval = tuple[dt.date, dt.date]


def interval(value: str | None, published: dt.date | None) -> Interval | None:
    """The days ``value`` can mean: ``YYYY-MM-DD`` one day, ``YYYY-MM`` its month,
    ``XXXX-MM-DD`` that day in the publication year (``None`` without one)."""
    if not value:
        return None
    try:
        if value.startswith("XXXX"):
            if published is None:
                return None
            day = dt.date(published.year, int(value[5:7]), int(value[8:10]))
            return day, day
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date.fromisoformat(value)
    except ValueError:  # 29 February in a year that has none, a month 13
        return None
    return day, day


def gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def precision(value: str) -> int:
    """How much of a date value is known: a full day beats a yearless day beats a month."""
    if value.startswith("XXXX"):
        return 1
    return 2 if len(value) == 10 else 0
