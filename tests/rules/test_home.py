"""The home country (newsfacts.rules.home): whose officials an article names without a country."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.lexicon import LexiconEntry, load_lexicon
from newsfacts.rules import extract_facts
from newsfacts.rules.home import Home, find_home

LX = load_lexicon()
SEEDS = Path(__file__).parents[2] / "seeds"


def countries(article: newsfacts.Article) -> dict[str, str | None]:
    return {a.name: a.country for a in article.actors if a.kind == "person"}


# -- where the home is read from ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "country", "source"),
    [
        ({"outlet": "mainichi"}, "JPN", "outlet"),
        ({"url": "https://mainichi.jp/english/articles/1"}, "JPN", "outlet"),
        ({"url": "https://www.arabnews.com/node/1"}, "SAU", "outlet"),  # a .com outlet the table knows
        ({"url": "https://english.news.cn/2025/x.htm"}, "CHN", "outlet"),  # a subdomain of a table host
        ({"url": "https://www.example-daily.co.jp/a"}, "JPN", "cctld"),
        ({"url": "http://news.example.co.uk/a"}, "GBR", "cctld"),  # .uk is GB's domain
        ({"dateline_place": "TOKYO"}, "JPN", "dateline"),
        ({"dateline_place": "Amman"}, "JOR", "dateline"),
        # a wire service has no home: its dateline tells
        ({"outlet": "reuters", "url": "https://www.reuters.com/w", "dateline_place": "MOSCOW"}, "RUS", "dateline"),
        # the outlet wins over the dateline: a national outlet's own minister abroad is still its own
        ({"url": "https://mainichi.jp/a", "dateline_place": "NEW YORK"}, "JPN", "outlet"),
    ],
)
def test_find_home(kwargs: dict[str, str], country: str, source: str) -> None:
    home = find_home(LX, **kwargs)
    assert home is not None
    assert (home.country, home.source) == (country, source)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"url": "https://diplomacy-watch.io/a"},  # .io is sold as a generic domain
        {"url": "https://example.com/a"},  # a .com outlet the table does not know
        {"outlet": "reuters", "url": "https://reuters.com/x"},  # international, no dateline
        {"url": "not a url at all", "dateline_place": "UNITED NATIONS"},
        {"url": "http://[::1/broken"},  # a malformed URL is no home, not an error
    ],
)
def test_no_home(kwargs: dict[str, str]) -> None:
    assert find_home(LX, **kwargs) is None


def test_a_plugin_row_gives_its_outlet_a_home() -> None:
    # the built-in Iranian outlets register their home through newsfacts_lexicon, as any plugin would
    assert load_lexicon().outlet_homes.get("tasnim") is None
    lx = load_lexicon([LexiconEntry("outlet_home", "dailykhabar.example", "Daily Khabar", "PAK")])
    home = find_home(lx, url="https://www.dailykhabar.example/story/1")
    assert home == Home("PAK", "outlet", "url host dailykhabar.example")


# -- who gets it ---------------------------------------------------------------------------------

TOKYO = (
    "TOKYO -- Foreign Minister Kenji Sato held talks on Monday with his Philippine counterpart Maria Reyes.\n\n"
    "Sato said the two countries would expand coast guard cooperation.\n"
)


def test_titled_persons_without_a_country_get_the_home() -> None:
    article = newsfacts.extract(TOKYO, url="https://mainichi.jp/english/articles/20250101/1")
    assert countries(article) == {"Kenji Sato": "JPN", "Maria Reyes": "PHL"}
    sato = next(a for a in article.actors if a.name == "Kenji Sato")
    assert "actor.home_country" in sato.rules
    reyes = next(a for a in article.actors if a.name == "Maria Reyes")
    assert "actor.home_country" not in reyes.rules


def test_the_dateline_gives_the_home_when_the_outlet_is_unknown() -> None:
    article = newsfacts.extract(TOKYO, url="https://unknown-outlet.example.com/a")
    assert countries(article)["Kenji Sato"] == "JPN"


def test_no_home_no_country() -> None:
    # the engine alone knows no outlet: it gives no country the text does not
    facts = extract_facts(TOKYO)
    assert {a.name: a.country for a in facts.actors if a.kind == "person"}["Kenji Sato"] is None


VISIT = (
    "Prime Minister Hiroshi Tanaka received Senator Tom Reed at his office on Tuesday.\n\n"
    "Reed said Washington valued the alliance.\n"
)


def test_a_visitor_met_by_a_home_official_keeps_no_country() -> None:
    article = newsfacts.extract(VISIT, url="https://mainichi.jp/a")
    # Tanaka, named first, is taken for the host; Reed met him, so Reed is not Japan's
    assert countries(article) == {"Hiroshi Tanaka": "JPN", "Tom Reed": None}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("UN Special Envoy Lena Holm said the talks would resume in Geneva.", "Lena Holm"),
        ("Ambassador Pierre Duval said France would send aid.", "Pierre Duval"),
        ("EU foreign policy chief Anna Berg said the bloc was ready to help.", "Anna Berg"),
    ],
)
def test_posts_abroad_and_in_international_bodies_get_no_home(sentence: str, name: str) -> None:
    article = newsfacts.extract(sentence + "\n", url="https://mainichi.jp/a")
    assert countries(article).get(name) is None


def test_a_government_body_named_without_a_country_gets_the_home() -> None:
    text = "The Foreign Ministry said the talks with Manila had been constructive.\n"
    article = newsfacts.extract(text, url="https://mainichi.jp/a")
    ministry = next(a for a in article.actors if a.kind == "organization")
    assert (ministry.name, ministry.country) == ("Foreign Ministry", "JPN")
    assert "actor.home_country" in ministry.rules


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("A government official said the talks with Manila had been constructive.", "JPN"),
        ("A senior ministry official said Tokyo would send a delegation.", "JPN"),
    ],
)
def test_an_unnamed_official_of_a_government_body_gets_the_home(sentence: str, country: str | None) -> None:
    article = newsfacts.extract(sentence + "\n", url="https://mainichi.jp/a")
    (official,) = [a for a in article.actors if a.kind == "person"]
    assert official.unnamed
    assert official.country == country


def test_an_embassy_post_is_one_abroad() -> None:
    # the embassy's country is the text's to say: the home is not it
    article = newsfacts.extract(
        "Embassy spokesman Li Wei said the ambassador would return.\n", url="https://mainichi.jp/a"
    )
    assert countries(article) == {"Li Wei": None}


def test_an_international_organization_gets_no_home() -> None:
    text = "The IAEA said its inspectors would return next week.\n"
    article = newsfacts.extract(text, url="https://mainichi.jp/a")
    assert [a.country for a in article.actors if a.kind == "organization"] == [None]


def test_persons_without_a_title_get_no_home() -> None:
    article = newsfacts.extract("Kenji Sato said the talks were useful.\n", url="https://mainichi.jp/a")
    assert countries(article).get("Kenji Sato") is None


def test_explain_tells_where_the_home_came_from() -> None:
    article = newsfacts.extract(TOKYO, url="https://mainichi.jp/a")
    facts = extract_facts(article.text, article.body_spans, home=find_home(LX, url="https://mainichi.jp/a"), lexicon=LX)
    firing = next(f for f in facts.trace.firings if f.rule == "actor.home_country")
    assert "JPN" in firing.note
    assert "mainichi.jp" in firing.note


# -- its last step changes countries only ---------------------------------------------------------


#: texts with titled persons of no country (invented) and the seeds (whose persons all have one),
#: none with a bare title or a foreign description, which coreference reads with the home
#: (coref.home_role, coref.home_description: tests/rules/test_actors_s5.py)
TEXTS = (TOKYO, VISIT, *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted({c for _n, c in LX.countries.values()})), st.sampled_from(TEXTS))
def test_the_home_changes_no_meeting_or_statement(country: str, text: str) -> None:
    plain = extract_facts(text, lexicon=LX)
    homed = extract_facts(text, lexicon=LX, home=Home(country, "outlet", "test"))
    assert homed.meetings == plain.meetings
    assert homed.statements == plain.statements
    changed = [(a, b) for a, b in zip(plain.actors, homed.actors, strict=True) if a != b]
    for before, after in changed:
        assert before.country is None
        assert after.country == country
        assert after.rules == (*before.rules, "actor.home_country")
    if text == TOKYO and country != "PHL":
        # (a Philippine home never reaches Sato: he met Reyes, who is Philippine)
        assert changed, "Sato has a title and no country: the home must reach him"


# -- the outlet table ------------------------------------------------------------------------------


def test_outlet_table_rows_are_well_formed() -> None:
    import pycountry

    from newsfacts.lexicon import word_list

    rows = [e for e in load_lexicon().entries if e.table == "outlet_home"]
    keys = [e.key for e in rows]
    assert len(rows) > 100
    assert len(keys) == len(set(keys)), "a key twice: the later row would silently win"
    for e in rows:
        assert e.key == e.key.lower().strip() and " " not in e.key, e.key
        assert e.value, f"{e.key}: the outlet's name"
        if e.country is not None:
            assert pycountry.countries.get(alpha_3=e.country) is not None, e
    assert set(word_list("generic_tld")).isdisjoint({"jp", "ir", "uk", "de"})


def test_explain_shows_the_countries_extract_gave() -> None:
    from newsfacts.explain import explain_article

    article = newsfacts.extract(TOKYO)  # no outlet, no URL: the dateline gives the home
    shown = explain_article(article)
    assert "actor.home_country" in shown
    assert "'Kenji Sato' country=JPN" in shown
    assert countries(article)["Kenji Sato"] == "JPN"
