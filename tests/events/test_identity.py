"""Actor identity across articles: spellings, short forms, countries, officials."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.contributions import Official, Term
from newsfacts.events import names
from newsfacts.events.identity import Resolver
from newsfacts.events.officials import builtin_officials, table_version
from newsfacts.models import Actor


def person(name: str, country: str | None = None, **kw: object) -> Actor:
    return Actor(id="a1", kind="person", name=name, country=country, **kw)  # type: ignore[arg-type]


def keys(*actors: Actor, officials: list[Official] | None = None) -> list[str]:
    r = Resolver(officials)
    for a in actors:
        r.observe(a)
    return [r.identity(a).key for a in actors]


@pytest.mark.parametrize(
    ("a", "b", "country"),
    [
        ("Amir-Abdollahian", "Amirabdollahian", "IRN"),
        ("Hossein Amir-Abdollahian", "Hossein Amir Abdollahian", "IRN"),
        ("Sergei Lavrov", "Sergey Lavrov", "RUS"),
        ("Mohammad Javad Zarif", "Muhammad Javad Zarif", "IRN"),
        ("Mohammed Javad Zarif", "Zarif", "IRN"),
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "TUR"),
        ("Walid al-Moallem", "Walid Moallem", "SYR"),
        ("Faisal Mekdad", "Fayssal Mekdad", "SYR"),
    ],
)
def test_spellings_of_an_official_are_one_identity(a: str, b: str, country: str) -> None:
    ka, kb = keys(person(a, country), person(b, country))
    assert ka == kb
    assert ka.startswith(f"official:{country}.")


def test_surname_only_needs_the_country_to_agree() -> None:
    ka, kb, kc = keys(person("Mohammad Javad Zarif", "IRN"), person("Zarif", "IRN"), person("Zarif", "USA"))
    assert ka == kb == "official:IRN.zarif"
    assert kc != ka


def test_surname_only_without_country_is_not_guessed() -> None:
    (k,) = keys(person("Zarif"))
    assert k != "official:IRN.zarif"


def test_full_name_without_country_still_finds_the_official() -> None:
    assert keys(person("Sergey Lavrov")) == ["official:RUS.lavrov"]


def test_unlisted_people_short_forms_join_their_full_name() -> None:
    ks = keys(person("Ali-Asghar Khajeh", "IRN"), person("Khajeh", "IRN"), person("Aliasghar Khajeh", "IRN"))
    assert len(set(ks)) == 1
    assert ks[0] == "person:IRN:aliasghar-khajeh"


def test_ambiguous_short_form_stays_its_own() -> None:
    ali, sadegh, bare = keys(person("Ali Larijani", "IRN"), person("Sadegh Larijani", "IRN"), person("Larijani", "IRN"))
    assert len({ali, sadegh, bare}) == 3


def test_country_must_agree_for_unlisted_people() -> None:
    a, b = keys(person("Akira Endo", "JPN"), person("Akira Endo", "USA"))
    assert a != b


def test_missing_country_is_filled_from_the_one_namesake() -> None:
    a, b, c = keys(person("Akira Endo", "JPN"), person("Akira Endo"), person("Endo"))
    assert a == b == "person:JPN:akira-endo"
    assert c != a  # a bare surname with no country is never guessed


def test_unnamed_role_holder_resolves_by_date() -> None:
    r = Resolver()
    fm = person("the Iranian foreign minister", "IRN", unnamed=True, role="the Iranian foreign minister")
    assert r.identity(fm, dt.date(2020, 12, 16)).key == "official:IRN.zarif"
    assert r.identity(fm, dt.date(2022, 1, 10)).key == "official:IRN.amir-abdollahian"
    assert r.identity(fm, None).key == "role:IRN:foreign-minister"


def test_family_name_first() -> None:
    assert keys(person("Wang Yi", "CHN"), person("Wang", "CHN")) == ["official:CHN.wang-yi"] * 2


def test_organizations_and_countries() -> None:
    r = Resolver()
    un = Actor(id="a", kind="organization", name="the United Nations")
    un2 = Actor(id="b", kind="organization", name="UN")
    iran = Actor(id="c", kind="country", name="Iran")
    assert r.identity(un).key == r.identity(un2).key == "org:UN"
    assert r.identity(iran).key == "country:IRN"


def test_plugins_extend_the_table() -> None:
    extra = Official(id="JPN.endo", name="Akira Endo", country="JPN", variants=("Endo Akira",),
                     terms=(Term("special coordinator for Syria"),))  # fmt: skip
    assert keys(person("Endo", "JPN"), officials=[*builtin_officials(), extra]) == ["official:JPN.endo"]


def test_table_is_versioned_and_ids_unique() -> None:
    assert table_version()
    ids = [o.id for o in builtin_officials()]
    assert len(ids) == len(set(ids))


def test_name_tokens() -> None:
    assert names.name_tokens("Dr. Hossein Amir-Abdollahian") == ("hossein", "amirabdollahian")
    assert names.name_tokens("Sergei LAVROV") == ("sergey", "lavrov")
    assert names.compatible(("m", "javad", "zarif"), ("mohammad", "javad", "zarif"))
    assert not names.compatible(("ali", "larijani"), ("sadegh", "larijani"))
