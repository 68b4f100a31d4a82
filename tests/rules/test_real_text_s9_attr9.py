"""Session 9 (attr9): the day and place of meetings that real news pages tell once for a whole article. Every
sentence here is invented.

- a wire dateline's day ("TBILISI, Georgia, June 11", "Tbilisi, June 11, GNA" on its own line) is the day of the
  lead's meeting held in its city (date.dateline_day), and then its city too (meeting.dateline_place, which the
  dateline on a line of its own before a blank line now reaches); not a phone call, not a meeting the lead places
  elsewhere, not a page's date stamp ("Friday, 11 June 2024")
- "X conferred with leaders of several countries on the sidelines of the summit in Tbilisi today. ... X held talks
  with Y ... X also discussed with Z": the lead's day and place are those of X's later meetings
  (meeting.lead_occasion); not a day told before the talks ("arrived on Tuesday after a visit that included
  meetings with officials"), and another day told stops it
- "The meeting took place on the sidelines of the conference in the city of Lisbon": where the last meeting was
  (meeting.took_place), passed on to the same visit's next meeting (meeting.same_visit)
- "Today, X received a phone call from Y", "Yesterday, X met Y": a capitalised "Today"/"Yesterday" opening the
  sentence is a day (date.today, date.yesterday)
"""

from __future__ import annotations

import newsfacts


def _meetings(
    text: str, published: str = "2024-06-12"
) -> list[tuple[list[str], str | None, str | None, tuple[str, ...]]]:
    a = newsfacts.extract(text, published=published, url="https://www.example.com/news/1")
    names = {x.id: x.name or "" for x in a.actors}
    return [
        (
            sorted(names[k] for k in m.participants),
            m.date.value if m.date is not None else None,
            m.location.name if m.location is not None else None,
            m.rules,
        )
        for m in a.meetings
    ]


_RECEIVED = (
    "President of Georgia Nino Beridze has received a delegation led by the Speaker of the Parliament of Estonia "
    "Jaan Tamm.\n\nThe sides discussed cooperation in trade.\n"
)


def test_the_dateline_line_gives_the_leads_day_and_city() -> None:
    [(who, day, place, rules)] = _meetings("Tbilisi, June 11, GNA\n\n" + _RECEIVED)
    assert who == ["Jaan Tamm", "Nino Beridze"]
    assert (day, place) == ("2024-06-11", "Tbilisi")
    assert "date.dateline_day" in rules and "meeting.dateline_place" in rules


def test_the_dateline_line_under_a_headline_with_no_blank_line() -> None:
    # the line right before the body, not the headline over it
    [(_who, day, place, _rules)] = _meetings("Georgia and Estonia discuss trade\nTbilisi, June 11, GNA\n" + _RECEIVED)
    assert (day, place) == ("2024-06-11", "Tbilisi")


def test_a_dateline_with_the_country_opening_the_body() -> None:
    text = (
        "TBILISI, Georgia, June 11\n\nThe ties between Georgia and Estonia are excellent, President of Georgia "
        "Nino Beridze said receiving Foreign Minister of Estonia Jaan Tamm.\n"
    )
    [(_, day, place, _)] = _meetings(text)
    assert (day, place) == ("2024-06-11", "Tbilisi")


def test_a_day_after_publication_is_last_years() -> None:
    [(_, day, _, _)] = _meetings("Tbilisi, December 30, GNA\n\n" + _RECEIVED, published="2025-01-02")
    assert day == "2024-12-30"


def test_no_dateline_day_for_a_phone_call() -> None:
    text = (
        "Tbilisi, June 11, GNA\n\nPresident of Georgia Nino Beridze had a telephone conversation with Foreign "
        "Minister of Estonia Jaan Tamm.\n"
    )
    [(_, day, place, _)] = _meetings(text)
    assert (day, place) == (None, None)


def test_no_dateline_day_for_a_meeting_told_elsewhere() -> None:
    text = (
        "TBILISI, June 11, GNA\n\nPresident of Georgia Nino Beridze met Foreign Minister of Estonia Jaan Tamm in "
        "Tallinn.\n"
    )
    [(_, day, place, _)] = _meetings(text)
    assert (day, place) == (None, "Tallinn")


def test_no_dateline_day_when_the_lead_tells_another_country() -> None:
    text = (
        "TBILISI, June 11, GNA\n\nPresident of Georgia Nino Beridze met Foreign Minister of Estonia Jaan Tamm as "
        "they attended a meeting in Germany, a news report said.\n"
    )
    assert all(day is None for _, day, _, _ in _meetings(text))


def test_a_page_date_stamp_is_no_dateline() -> None:
    text = "Friday, 11 June 2024\n\nPresident of Georgia Nino Beridze met Foreign Minister of Estonia Jaan Tamm.\n"
    [(_, day, _, _)] = _meetings(text)
    assert day is None


_SUMMIT = (
    "GNA June 11/2024 Prime Minister Nino Beridze has conferred with leaders of several Asian countries on the "
    "sidelines of the regional summit in Tbilisi today.\n\n"
    "Prime Minister Beridze held talks with Mongolian President Bat Erdene on trade.\n\n"
    "Beridze also discussed with Laotian Prime Minister Khamla Vongsa ways to expand ties.\n"
)


def test_the_leads_summit_day_and_place_for_the_talks_told_after() -> None:
    got = _meetings(_SUMMIT)
    assert [(who, day, place) for who, day, place, _ in got] == [
        (["Bat Erdene", "Nino Beridze"], "2024-06-12", "Tbilisi"),
        (["Khamla Vongsa", "Nino Beridze"], "2024-06-12", "Tbilisi"),
    ]
    assert all("meeting.lead_occasion" in rules for *_, rules in got)


def test_another_day_told_stops_the_leads_day() -> None:
    text = _SUMMIT.replace("Beridze held talks with", "Beridze on Monday held talks with")
    got = {who[0]: day for who, day, _, _ in _meetings(text)}
    assert got == {"Bat Erdene": "2024-06-10", "Khamla Vongsa": None}


def test_no_lead_day_told_before_the_talks_with_a_group() -> None:
    text = (
        "Prime Minister Nino Beridze arrived in Tbilisi on Tuesday after a visit to Armenia that included meetings "
        "with senior officials.\n\nIn a meeting with Armenian Foreign Minister Aram Petrosyan, Beridze discussed "
        "trade.\n\nBeridze also met Armenian President Vahe Sargsyan.\n"
    )
    assert all(day is None and "meeting.lead_occasion" not in rules for _, day, _, rules in _meetings(text))


def test_the_meeting_took_place_tells_the_last_meetings_place() -> None:
    text = (
        "Foreign Minister Nino Beridze on Friday held talks with her Chilean counterpart Diego Soto.\n\n"
        "The meeting took place on the sidelines of the ocean conference in the Portuguese city of Lisbon.\n\n"
        "Beridze also met the Prime Minister of Fiji, Joni Rabuka.\n"
    )
    got = _meetings(text, published="2024-06-15")
    assert [(who, place) for who, _, place, _ in got] == [
        (["Diego Soto", "Nino Beridze"], "Lisbon"),
        (["Joni Rabuka", "Nino Beridze"], "Lisbon"),
    ]
    assert "meeting.took_place" in got[0][3]


def test_no_place_from_a_meeting_told_to_come() -> None:
    text = (
        "Foreign Minister Nino Beridze on Friday held talks with her Chilean counterpart Diego Soto.\n\n"
        "The next meeting will take place in Lisbon.\n"
    )
    got = _meetings(text, published="2024-06-15")
    assert got[0][2] is None
    assert not any("meeting.took_place" in rules for *_, rules in got)


def test_a_capitalised_today_or_yesterday_opening_the_sentence() -> None:
    text = "Today, President Nino Beridze received a phone call from the President of Chile, Diego Soto.\n"
    assert [day for _, day, _, _ in _meetings(text)] == ["2024-06-12"]
    text = "Yesterday, President Nino Beridze met the President of Chile, Diego Soto, in Tbilisi.\n"
    assert [day for _, day, _, _ in _meetings(text)] == ["2024-06-11"]
