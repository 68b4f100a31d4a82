"""Date rules: find a time expression in a clause and resolve it against the publication date.

``date.weekday`` ("on Wednesday": the latest such day on or before publication when held,
the next one after it when planned), ``date.month_day`` ("on November 22": the year from
publication, ``XXXX-MM-DD`` without one), ``date.weekday_month_day`` ("on Wednesday, May 8": the day
written, not the weekday's arithmetic), ``date.today`` (also "later in the day"), ``date.yesterday``
and ``date.tomorrow``. Vague times
("previously", "recently", "last week") give no date: precision first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from newsfacts.models import DateRef, Span
from newsfacts.prefilter import holds_any

#: each weekday's number, as ``date.weekday()`` tells it
_WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTHS: Final = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for m in names.split()
}
#: a month's number by its lower-case name or abbreviation ("sept" -> 9)
MONTH_NUMBERS: Final = _MONTHS
#: the words that name a day or a month, lower-case ("monday", "sept"): a name's words stop before them
DAY_AND_MONTH_WORDS: Final = frozenset((*_WEEKDAYS, *_MONTHS))
_MONTH_RE: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
DATE_RE: Final = re.compile(
    # Every alternative starts at a word boundary with one of these characters ("on", "earlier",
    # "later", "today", "yesterday" (capitalised too, opening a sentence: "Today, X received ..."), a
    # weekday, a month, a digit): the lookahead turns away every other position at once instead of
    # trying each alternative there (several times faster).
    r"\b(?=[oeltyYMTWFSJAONDEL\d])"
    r"(?:(?P<weekday>\b(?:(?:on|earlier on|later on|late on|early on)\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    # date.weekday_month_day: "on Wednesday, May 8", "on Tuesday (23 April)": the day written after the weekday
    rf"(?:,?\s+\(?(?:(?P<mon3>{_MONTH_RE})\s+(?P<day3>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day4>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<mon4>{_MONTH_RE}))\b(?:,?\s+(?P<year3>\d{{4}})\b)?\)?)?)"
    rf"|(?P<md>\b(?:on\s+)?(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?)"
    rf"|(?P<dm>\b(?:on\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_RE})(?:,?\s+(?P<year2>\d{{4}})\b)?)"
    r"|(?P<today>\b(?:[Tt]oday|[Tt]onight|this (?:morning|afternoon|evening)|"
    r"(?:[Ee]arlier|[Ll]ater) (?:in the day|today)|on the same day)\b)"
    r"|(?P<yesterday>\b[Yy]esterday\b)"
    r"|(?P<tomorrow>\b[Tt]omorrow\b))"
)

#: where a match of DATE_RE may start: its class of first characters at a word's start, then what each of its
#: alternatives opens with ("on ", "earl", "lat", "tod", "this ", a weekday's or month's letters, a digit), a
#: look-behind telling which letter it was. Letter first, the engine skips to its candidates, where DATE_RE (led by
#: a word boundary) is tried at every position: keep the two in step
_DATE_START: Final = re.compile(
    r"[oeltyYMTWFSJAONDEL\d](?<!\w.)"
    r"(?:(?<=o)n\s|(?<=[eE])arl|(?<=[lL])at|(?<=[tT])o[dnm]|(?<=t)his |(?<=[yY])esterday"
    r"|(?<=[MTWFS])(?:onday|uesday|ednesday|hursday|riday|aturday|unday)"
    r"|(?<=[JFMASOND])(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)|(?<=\d))"
)


def _date_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``DATE_RE.finditer(text, start, end)``: DATE_RE is matched at the candidates of _DATE_START only."""
    pos = start
    while (c := _DATE_START.search(text, pos, end)) is not None:
        m = DATE_RE.match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


#: a part of every match of DATE_RE but those with a digit: "day" (the weekdays, "today", "yesterday", "on the same
#: day", "later in the day"), "tonight", "tomorrow", "this morning" (a month is matched with its day's digits only)
_DATE_WORDS: Final = ("day", "onight", "omorrow", "this ")
_DIGIT: Final = re.compile(r"\d")


def _may_hold_date(text: str, start: int, end: int) -> bool:
    """May DATE_RE match in ``text[start:end]``? A few substring tests and a scan for a digit (a class the engine
    skips to) are several times cheaper than its scan, which tries every position of a text with no time in it."""
    return holds_any(text, _DATE_WORDS, start, end) or _DIGIT.search(text, start, end) is not None


def find_date(text: str, start: int, end: int, published: dt.date | None, planned: bool) -> tuple[DateRef, str] | None:
    """The first time expression in ``text[start:end]``, resolved, with the rule name."""
    if not _may_hold_date(text, start, end):
        return None
    for m in _date_matches(text, start, end):
        ref = resolve(m, published, planned)
        if ref is not None:
            return ref
    return None


#: date.reporting_day: "..., the office announced on Wednesday", "X told reporters on Friday": the day of the
#: report, not of the event it tells of
_REPORTING_LEFT: Final = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|added|stated|noted|confirmed|wrote|posted|"
    r"told\s+(?:reporters|journalists|the\s+press|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))"
    r"(?:\s+in\s+(?:a|its|his|her|their)\s+(?:statement|post|readout|release))?\s+$"
)


def find_event_date(
    text: str, start: int, end: int, published: dt.date | None, planned: bool
) -> tuple[DateRef, str] | None:
    """The first time expression in ``text[start:end]`` that is not the day of a report (date.reporting_day:
    "will travel to Prague in May, the office announced on Wednesday": not Wednesday), resolved."""
    if not _may_hold_date(text, start, end):
        return None
    for m in _date_matches(text, start, end):
        if _REPORTING_LEFT.search(text, max(start, m.start() - 60), m.start()):
            continue
        ref = resolve(m, published, planned)
        if ref is not None:
            return ref
    return None


def resolve(m: re.Match[str], published: dt.date | None, planned: bool) -> tuple[DateRef, str] | None:
    """The date a match of :data:`DATE_RE` stands for, with the rule that resolved it."""
    try:
        return _resolve(m, published, planned)
    except (OverflowError, ValueError):  # a publication date at the edge of the calendar
        return DateRef(m.group(), None, Span(m.start(), m.end())), "date.weekday"


def _resolve(m: re.Match[str], published: dt.date | None, planned: bool) -> tuple[DateRef, str] | None:
    span = Span.trusted(m.start(), m.end())  # a match's own offsets: no validators to run
    written = m.group()
    if m.group("weekday"):
        if m.group("mon3") or m.group("mon4"):
            md = _month_day(
                m.group("mon3") or m.group("mon4"),
                m.group("day3") or m.group("day4"),
                m.group("year3"),
                published,
                planned,
            )
            return (DateRef(written, md, span), "date.weekday_month_day") if md is not None else None
        value = None
        if published is not None:
            wd = _WEEKDAYS[m.group("wd").lower()]
            # plain day arithmetic: what dateutil's relativedelta(weekday=...) computes, several times faster
            if planned:  # the first such weekday after the publication day
                after = published + dt.timedelta(days=1)
                value = (after + dt.timedelta(days=(wd - after.weekday()) % 7)).isoformat()
            else:  # the last such weekday on or before it
                value = (published - dt.timedelta(days=(published.weekday() - wd) % 7)).isoformat()
        return DateRef(written, value, span), "date.weekday"
    if m.group("md") or m.group("dm"):
        value = _month_day(
            m.group("mon") or m.group("mon2"),
            m.group("day") or m.group("day2"),
            m.group("year") or m.group("year2"),
            published,
            planned,
        )
        return (DateRef(written, value, span), "date.month_day") if value is not None else None
    if m.group("today"):
        return DateRef(written, published.isoformat() if published else None, span), "date.today"
    if m.group("yesterday"):
        value = (published - dt.timedelta(days=1)).isoformat() if published else None
        return DateRef(written, value, span), "date.yesterday"
    if m.group("tomorrow"):
        value = (published + dt.timedelta(days=1)).isoformat() if published else None
        return DateRef(written, value, span), "date.tomorrow"
    return None


def _month_day(mon_s: str, day_s: str, year_s: str | None, published: dt.date | None, planned: bool) -> str | None:
    """A written month and day (and year) as ISO, the year from publication when the text gives none (a held day
    after publication is last year's, a planned one long before it next year's), ``XXXX-MM-DD`` without either;
    None for no such day."""
    mon = _MONTHS[mon_s.rstrip(".").lower()]
    day = int(day_s)
    try:
        if year_s and int(year_s) < 1:
            return None
        if year_s:
            return dt.date(int(year_s), mon, day).isoformat()
        if published is not None:
            d = dt.date(published.year, mon, day)
            if not planned and d > published + dt.timedelta(days=1):
                d = dt.date(published.year - 1, mon, day)
            elif planned and d < published - dt.timedelta(days=31):
                d = dt.date(published.year + 1, mon, day)  # "will meet on January 29", written in December
            return d.isoformat()
        dt.date(2000, mon, day)  # a valid month and day (leap year)
        return f"XXXX-{mon:02d}-{day:02d}"
    except (ValueError, OverflowError):
        return None


#: date.dateline_day: a wire dateline's day, after its place or agency: "BAKU, Azerbaijan, May 25", "Baku, March 12,
#: AZERTAC", "YEREVAN, DECEMBER 17, ARMENPRESS.", "MOSCOW, 12 APR — RIA Novosti.", "ENA February 10/2020"
_DATELINE_DAY: Final = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?:,?\s[A-Z][\w'’.-]*){0,3}),?\s+"
    r"(?:(?P<mon>(?i:" + _MONTH_RE + r"))\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<mon2>(?i:" + _MONTH_RE + r")))"
    r"(?:(?:,\s*|/|\s+)(?P<year>\d{4}))?(?![\w:/])"
)


def dateline_day(text: str, start: int, end: int, published: dt.date | None) -> tuple[DateRef, Span] | None:
    """The day of a wire dateline opening ``text[start:end]``, resolved as a held event's day (a day after
    publication is last year's), with where its head (the place or agency before it) lies."""
    m = _DATELINE_DAY.match(text, start, end)
    if m is None:
        return None
    mon = _MONTHS.get((m.group("mon") or m.group("mon2")).rstrip(".").lower())
    if mon is None:
        return None
    day = int(m.group("day") or m.group("day2"))
    try:
        if m.group("year"):
            value = dt.date(int(m.group("year")), mon, day).isoformat()
        elif published is not None:
            d = dt.date(published.year, mon, day)
            if d > published + dt.timedelta(days=1):
                d = dt.date(published.year - 1, mon, day)
            value = d.isoformat()
        else:
            dt.date(2000, mon, day)
            value = f"XXXX-{mon:02d}-{day:02d}"
    except (ValueError, OverflowError):
        return None
    ds = m.start("mon") if m.group("mon") else m.start("day2")
    return DateRef(text[ds : m.end()], value, Span(ds, m.end())), Span(m.start("head"), m.end("head"))
