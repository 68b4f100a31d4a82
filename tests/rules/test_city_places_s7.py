"""Meeting places, session 7: the city gazetteer (``city.tsv``, GeoNames' cities) read where a place is told."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsfacts.lexicon import city_table, load_lexicon
from newsfacts.models import Meeting, Span
from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import find_home

from .facts import names_of

Extract = Callable[..., Facts]


def _meeting(f: Facts, *names: str) -> Meeting:
    (m,) = [m for m in f.meetings if names_of(f, m.participants) == set(names)]
    return m


def _where(m: Meeting) -> tuple[str, str | None] | None:
    return None if m.location is None else (m.location.name, m.location.country)


# -- the table --------------------------------------------------------------------------------------


def test_the_gazetteer_gives_a_city_its_state() -> None:
    lx = load_lexicon()
    assert lx.city_country("Tapachula") == "MEX"
    assert lx.city_country("Thessaloniki") == lx.city_country("Thessaloníki") == "GRC"  # ASCII and as written
    assert lx.city_country("Cologne") == "DEU"  # an English name news writes
    assert lx.city_country("St. Petersburg") == "RUS"  # the largest by far of its name
    assert lx.city_country("Tehran") == "IRN"  # the small table first


def test_of_several_cities_of_a_name_the_one_of_the_parties_state() -> None:
    lx = load_lexicon()
    assert lx.city_country("Valencia") is None  # Spain's and Venezuela's: none by far the largest
    assert lx.city_country("Valencia", ("VEN",)) == "VEN"
    assert lx.city_country("Valencia", ("ESP", None)) == "ESP"
    assert lx.is_city("Valencia")


def test_stop_listed_and_other_tables_names_are_no_city() -> None:
    lx = load_lexicon()
    for name in ("Split", "Florida", "Victoria", "Mexico", "Monday"):
        assert lx.city_country(name) is None
        assert not lx.is_city(name)
    _cities, stops = city_table()
    assert {"Split", "Florida", "Victoria"} <= stops


def test_a_city_is_no_name_of_the_scan() -> None:
    # the gazetteer is read on a candidate span only: the article-wide name scan never sees it
    lx = load_lexicon()
    assert "Tapachula" not in lx.name_tables
    assert lx.names_re.search("The delegation went to Tapachula.") is None


# -- meetings ---------------------------------------------------------------------------------------


def test_a_city_after_in_gets_its_state(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga held talks with her Mexican counterpart Jorge Ruiz in Tapachula on Tuesday.",
        "2024-06-05",
    )
    m = _meeting(f, "Lena Varga", "Jorge Ruiz")
    assert _where(m) == ("Tapachula", "MEX")
    assert "meeting.gazetteer_city" in m.rules


def test_a_city_told_before_the_verb(extract: Extract) -> None:
    f = extract(
        "Prime Minister Ana Horvat, who arrived in the port city of Benguela on Monday, met Angolan President "
        "Joao Lima on Tuesday.",
        "2024-06-05",
    )
    assert _where(_meeting(f, "Ana Horvat", "Joao Lima")) == ("Benguela", "AGO")


def test_the_sentence_opening_with_the_city(extract: Extract) -> None:
    f = extract(
        "In Tapachula, Foreign Minister Lena Varga held talks with Austrian Chancellor Paul Brown on Tuesday.",
        "2024-06-05",
    )
    assert _where(_meeting(f, "Lena Varga", "Paul Brown")) == ("Tapachula", "MEX")


def test_the_parties_state_picks_the_city(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met Venezuelan Foreign Minister Jose Garcia in Valencia on Tuesday.",
        "2024-06-05",
    )
    assert _where(_meeting(f, "Lena Varga", "Jose Garcia")) == ("Valencia", "VEN")
    f = extract("Foreign Minister Lena Varga met Foreign Minister Jose Garcia in Valencia on Tuesday.", "2024-06-05")
    assert _where(_meeting(f, "Lena Varga", "Jose Garcia")) == ("Valencia", None)


def test_a_persons_possessive_is_no_city(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met Foreign Minister Jose Garcia in Santiago Pena's absence on Tuesday.",
        "2024-06-05",
    )
    assert _meeting(f, "Lena Varga", "Jose Garcia").location is None


def test_a_stop_listed_name_only_right_after_the_verb(extract: Extract) -> None:
    f = extract("Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Split on Tuesday.", "2024-06-05")
    assert _meeting(f, "Lena Varga", "Ivo Babic").location is None
    f = extract("The foreign ministers of Croatia and Hungary, Ivo Babic and Lena Varga, met in Split on Tuesday.")
    # meeting.unlisted_place: any town right after the verb, with no state for a name the stop list holds
    assert _where(_meeting(f, "Lena Varga", "Ivo Babic")) == ("Split", None)


def test_a_town_right_after_the_verb_gets_its_state(extract: Extract) -> None:
    f = extract(
        "The foreign ministers of Colombia and Ecuador, Ana Rojas and Luis Vera, met on Friday in Ipiales.",
        "2024-06-05",
    )
    m = _meeting(f, "Ana Rojas", "Luis Vera")
    assert _where(m) == ("Ipiales", "COL")


def test_a_city_named_in_between_ends_the_visit(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Zagreb on Tuesday. "
        "She then flew to Rijeka. Varga also met Prime Minister Marko Zupan, with whom she discussed energy links.",
        "2024-06-05",
    )
    assert _meeting(f, "Lena Varga", "Marko Zupan").location is None


# -- datelines and headlines ------------------------------------------------------------------------


def test_a_dateline_city_of_the_gazetteer(extract: Extract) -> None:
    f = extract(
        "TAPACHULA: Foreign Minister Jorge Ruiz received Guatemalan Foreign Minister Ana Lopez on Monday.",
        "2024-06-05",
    )
    m = _meeting(f, "Jorge Ruiz", "Ana Lopez")
    assert _where(m) == ("Tapachula", "MEX")
    assert "meeting.dateline_place" in m.rules


def test_the_home_of_a_dateline_city() -> None:
    home = find_home(load_lexicon(), dateline_place="TAPACHULA")
    assert home is not None and home.country == "MEX"
    assert find_home(load_lexicon(), dateline_place="Florida") is None


def _headed(title: str, body: str) -> Facts:
    text = f"{title}\n\n{body}"
    return extract_facts(
        text, [Span(len(title) + 2, len(text))], title=Span(0, len(title)), published=dt.date(2024, 6, 5)
    )


def test_a_headline_city_in_title_case() -> None:
    f = _headed(
        "Foreign Ministers Meet In Tapachula Ahead Of Regional Summit",
        "Foreign Minister Jorge Ruiz met his Guatemalan counterpart Ana Lopez on Tuesday.",
    )
    m = _meeting(f, "Jorge Ruiz", "Ana Lopez")
    assert _where(m) == ("Tapachula", "MEX")
    assert "meeting.title_place" in m.rules


def test_a_title_case_word_is_no_headline_city() -> None:
    f = _headed(
        "Foreign Ministers Meet In Reading Of Border Accord",
        "Foreign Minister Jorge Ruiz met his Guatemalan counterpart Ana Lopez on Tuesday.",
    )
    assert _meeting(f, "Jorge Ruiz", "Ana Lopez").location is None


# -- the visit and the dateline's city ----------------------------------------------------------------


def test_a_capital_told_as_its_government_does_not_end_the_visit(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met her Croatian counterpart Ivo Babic in Zagreb on Tuesday. "
        "According to the ministry, Babic said Budapest was committed to closer ties. "
        "Varga also met Prime Minister Ana Horvat, with whom she discussed energy links.",
        "2024-06-05",
    )
    later = _meeting(f, "Lena Varga", "Ana Horvat")
    assert later.location is not None and later.location.name == "Zagreb"
    assert "meeting.same_visit" in later.rules


def test_the_seat_of_an_institution_is_no_city_visited(extract: Extract) -> None:
    f = extract(
        "VIENNA: Chancellor Eva Moser received Slovak Prime Minister Jan Hruby on Monday. "
        "The two welcomed the ruling of the International Court of Justice in The Hague.",
        "2024-06-05",
    )
    held = _meeting(f, "Eva Moser", "Jan Hruby")
    assert held.location is not None and held.location.name == "Vienna"
    assert "meeting.dateline_place" in held.rules


def test_a_wire_dateline_after_lines_left_in_the_body(extract: Extract) -> None:
    f = extract(
        "Danubian News Agency\nChancellor receives Slovak premier\n"
        "VIENNA, June 3 /DNA/ - Chancellor Eva Moser received Slovak Prime Minister Jan Hruby on Monday.",
        "2024-06-05",
    )
    held = _meeting(f, "Eva Moser", "Jan Hruby")
    assert held.location is not None and held.location.name == "Vienna"


def test_the_town_right_after_the_verb_wins_over_a_later_place(extract: Extract) -> None:
    f = extract(
        "The foreign ministers of Peru and Ecuador, Ana Quispe and Luis Vera, met on Monday in the border city of "
        "Tumbes to prepare the cabinet meeting to be held in Quito in June.",
        "2024-06-05",
    )
    m = _meeting(f, "Ana Quispe", "Luis Vera")
    assert _where(m) == ("Tumbes", "PER")
    assert "meeting.unlisted_place" in m.rules and "meeting.gazetteer_city" in m.rules


def test_aid_to_a_town_does_not_end_the_visit(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Lena Varga met her Ukrainian counterpart Ivan Petrenko in Kyiv on Tuesday. "
        "She pledged more aid for displaced families in Uzhhorod. "
        "Varga also met Prime Minister Oleh Bondar, with whom she discussed energy links.",
        "2024-06-05",
    )
    later = _meeting(f, "Lena Varga", "Oleh Bondar")
    assert later.location is not None and later.location.name == "Kyiv"


def test_a_mixed_case_dateline_of_a_gazetteer_city() -> None:
    from newsfacts.api import extract as extract_article

    a = extract_article(
        "Ministers meet on migration\n\nTapachula - Foreign Minister Jorge Ruiz received Guatemalan Foreign "
        "Minister Ana Lopez on Monday.",
        published="2024-06-05",
    )
    assert a.dateline is not None and a.dateline.place == "Tapachula"
