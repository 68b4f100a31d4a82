"""Meeting places, session 6: a meeting with no place of its own that belongs to a visit told earlier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsfacts.models import Meeting, Span
from newsfacts.rules import Facts, extract_facts

from .facts import names_of

Extract = Callable[..., Facts]


def _meeting(f: Facts, *names: str) -> Meeting:
    (m,) = [m for m in f.meetings if names_of(f, m.participants) == set(names)]
    return m


def test_later_meeting_of_the_same_visit_takes_its_city(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Zagreb on Tuesday. "
        "Varga was also received by Prime Minister Ana Horvat, with whom she discussed energy links.",
        "2024-06-05",
    )
    first = _meeting(f, "Lena Varga", "Ivo Babic")
    later = _meeting(f, "Lena Varga", "Ana Horvat")
    assert first.location is not None and first.location.name == "Zagreb"
    assert later.location is not None and later.location.name == "Zagreb"
    assert "meeting.same_visit" in later.rules


def test_a_city_named_in_between_ends_the_visit(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Zagreb on Tuesday. "
        "She then flew to Ljubljana. Varga also met Prime Minister Marko Zupan, with whom she discussed energy links.",
        "2024-06-05",
    )
    assert _meeting(f, "Lena Varga", "Ivo Babic").location is not None
    later = _meeting(f, "Lena Varga", "Marko Zupan")
    assert later.location is None


def test_a_venue_is_not_passed_on(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad received Foreign Minister Lena Varga at Al-Salam Palace on Tuesday. "
        "Varga also met Foreign Minister Sami Khoury, with whom she discussed energy links.",
        "2024-06-05",
    )
    first = _meeting(f, "Omar Haddad", "Lena Varga")
    later = _meeting(f, "Lena Varga", "Sami Khoury")
    assert first.location is not None and first.location.name == "Al-Salam Palace"
    assert later.location is None


def test_a_phone_call_takes_no_place(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Zagreb on Tuesday. "
        "On Wednesday Varga held a phone call with Prime Minister Ana Horvat.",
        "2024-06-05",
    )
    call = _meeting(f, "Lena Varga", "Ana Horvat")
    assert call.modality == "phone"
    assert call.location is None


def _headed(title: str, body: str) -> Facts:
    text = f"{title}\n\n{body}"
    return extract_facts(
        text, [Span(len(title) + 2, len(text))], title=Span(0, len(title)), published=dt.date(2024, 6, 5)
    )


def test_the_headline_place_is_the_lead_meeting_place() -> None:
    f = _headed(
        "Hungarian foreign minister holds talks with Croatian counterpart in Zagreb",
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic on Tuesday. "
        "Varga was also received by Prime Minister Ana Horvat.",
    )
    lead = _meeting(f, "Lena Varga", "Ivo Babic")
    assert lead.location is not None and lead.location.name == "Zagreb"
    assert "meeting.title_place" in lead.rules
    later = _meeting(f, "Lena Varga", "Ana Horvat")
    assert later.location is not None and later.location.name == "Zagreb"


def test_a_headline_place_with_no_meeting_context_is_not_read() -> None:
    f = _headed(
        "Zagreb hails energy ties with Budapest",
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic on Tuesday.",
    )
    assert _meeting(f, "Lena Varga", "Ivo Babic").location is None


def test_the_body_place_wins_over_the_headline() -> None:
    f = _headed(
        "Hungarian foreign minister holds talks in Zagreb",
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Vienna on Tuesday.",
    )
    lead = _meeting(f, "Lena Varga", "Ivo Babic")
    assert lead.location is not None and lead.location.name == "Vienna"
    assert "meeting.title_place" not in lead.rules


def test_a_city_of_a_meeting_still_to_come_leaves_the_dateline_city(extract: Extract) -> None:
    f = extract(
        "VIENNA: Chancellor Eva Moser received Slovak Prime Minister Jan Hruby on Monday. "
        "Moser will travel to Bratislava next month.",
        "2024-06-05",
    )
    held = _meeting(f, "Eva Moser", "Jan Hruby")
    assert held.location is not None and held.location.name == "Vienna"
    assert "meeting.dateline_place" in held.rules


def test_a_city_visited_before_the_meeting_keeps_the_dateline_city_out(extract: Extract) -> None:
    f = extract(
        "VIENNA: Chancellor Eva Moser arrived in Bratislava on Sunday. "
        "Moser met Slovak Prime Minister Jan Hruby on Monday.",
        "2024-06-05",
    )
    assert _meeting(f, "Eva Moser", "Jan Hruby").location is None


def test_a_town_no_table_knows_right_after_the_verb(extract: Extract) -> None:
    f = extract(
        "The foreign ministers of Peru and Bolivia, Ana Quispe and Luis Mamani, met on Friday in Puerto Acosta.",
        "2024-06-05",
    )
    (m,) = f.meetings
    assert m.location is not None and m.location.name == "Puerto Acosta"
    assert m.location.country is None
    assert "meeting.unlisted_place" in m.rules


def test_a_month_or_a_known_name_after_the_verb_is_no_town(extract: Extract) -> None:
    f = extract("Defence Minister Ana Quispe and her Bolivian counterpart Luis Mamani will meet in March.")
    (m,) = f.meetings
    assert m.location is None
    f = extract("Defence Minister Ana Quispe met in Geneva with her Bolivian counterpart Luis Mamani.", "2024-06-05")
    (m,) = f.meetings
    assert m.location is not None and m.location.country == "CHE"
    assert "meeting.unlisted_place" not in m.rules
