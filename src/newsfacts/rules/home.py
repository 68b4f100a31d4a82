"""The home country: whose officials an article names without saying whose they are.

A national outlet writes "Foreign Minister Takeshi Omura met his Philippine counterpart": the
foreign one gets a demonym, its own one none. An analyst coding events by country needs both,
so an article's *home* is read from what the pipeline knows besides the body, first that wins:

1. the outlet (``outlet``): the outlet key or URL host in the ``outlet_home`` table (a
   plugin adds its outlet's row through ``newsfacts_lexicon``); an international outlet there
   (a wire service, a pan-regional site) has no home, and only its dateline can tell;
2. the URL host's country-code domain (``cctld``: ``.jp``, ``.ir``), unless the domain is
   sold as a generic one (``generic_tld``: ``.io``, ``.tv``);
3. the URL host's own name (``host_name``: "notesfrompoland.com", "sarajevo-times.com",
   "irishdaily.example"): one country's name, capital or demonym spelled inside the host's
   first label, the longest one found; none when two countries' names are there;
4. the dateline's place (``dateline``: "TOKYO --", "AMMAN, Jan 3 (Petra) -").

Then :func:`assign_home` gives that country, under the rule ``actor.home_country``, to each
government body named without one ("the Foreign Ministry said") and to each person who
reaches the output with a title and no country, unless:

* the title is a post abroad or in an international body (``no_home_role_word``: envoy,
  ambassador, representative; or it names an organization: "EU foreign policy chief"), or
  is told relative to another party ("its spokesperson": whose, the text says elsewhere);
* the title is one any person may hold ("the official": ``generic_role``);
* the person met someone of the home country (``actor.home_country`` is then the other side's
  country, which the text did not say: better none). Persons are taken in the order the
  article first names them, so the host named first keeps the home country and a visitor met
  later does not get it.

It runs after every other rule, so it never changes which meetings and statements are found:
only the ``country`` of actors the text left without one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final
from urllib.parse import urlsplit

import pycountry
from attrs import frozen

from newsfacts.lexicon import Lexicon
from newsfacts.rules.doc import Doc, Entity

__all__ = ["Home", "assign_home", "find_home", "home_role"]

#: the country-code domains that are not the ISO alpha-2 code of their state: the United Kingdom's, and
#: China's special administrative regions (a Hong Kong official serves China, as the ``capital`` table
#: places Hong Kong)
_TLD_ALPHA2: Final = {"uk": "GB", "hk": "CN", "mo": "CN"}


@frozen
class Home:
    """An article's home country and how it was found."""

    country: str
    #: where it was found: ``outlet``, ``cctld`` or ``dateline``
    source: str
    #: what it was read from ("url host mainichi.jp", "dateline TOKYO")
    evidence: str


def find_home(
    lexicon: Lexicon, *, outlet: str | None = None, url: str | None = None, dateline_place: str | None = None
) -> Home | None:
    """The home country of an article from its outlet, URL and dateline (see the module), or None."""
    host = _host(url)
    international = False
    for key, evidence in ((outlet, f"outlet {outlet}"), *((h, f"url host {host}") for h in _domains(host))):
        if key and key.lower() in lexicon.outlet_homes:
            country = lexicon.outlet_homes[key.lower()]
            if country is not None:
                return Home(country, "outlet", evidence)
            international = True
            break
    if host and not international:
        tld = host.rsplit(".", 1)[-1]
        if tld not in lexicon.generic_tlds:
            country = _country_of_tld(tld)
            if country is not None:
                return Home(country, "cctld", f"url host {host}")
    if host and not international and (country := _host_name_country(lexicon, host)) is not None:
        return Home(country, "host_name", f"url host {host}")
    if dateline_place:
        place = dateline_place.strip()
        # a city of the gazetteer too ("TAPACHULA --"; lexicon.city_country)
        country = (
            lexicon.country_of(place)
            or lexicon.country_of(place.title())
            or lexicon.city_country(place)
            or lexicon.city_country(place.title())
        )
        if country is not None:
            return Home(country, "dateline", f"dateline {place}")
    return None


#: the shortest country name, capital or demonym looked for inside a host's name: a shorter one is
#: inside too many words ("oman" in "woman", "iran" in "irana")
_HOST_NAME_MIN: Final = 5


#: second-level domains under a country's code that are no site's name ("co.uk", "com.au")
_SECOND_LEVEL: Final = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go"})


@functools.lru_cache(maxsize=4)
def _host_names(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """(name as a host spells it, ISO3) for each country name, demonym and metonym capital, longest
    first: "South Africa" -> "southafrica"."""
    out: dict[str, str] = {}
    rows = [
        *((k, c) for k, (_n, c) in lexicon.countries.items()),
        *lexicon.demonyms.items(),
        *((k, c) for k, (c, metonym) in lexicon.places.items() if metonym),
    ]
    for key, code in rows:
        spelled = "".join(ch for ch in key.lower() if "a" <= ch <= "z")
        if len(spelled) >= _HOST_NAME_MIN and not key.lower().startswith("the "):
            out.setdefault(spelled, code)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _host_name_country(lexicon: Lexicon, host: str) -> str | None:
    """The one country whose name, capital or demonym the site's own name spells ("notesfrompoland",
    "sarajevo-times", "the-irish-daily"), its subdomains aside; a name inside a longer one found ("niger"
    in "nigerian") counts once; two countries, or none, is no home."""
    parts = host.split(".")[:-1]  # no top-level domain
    if len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts.pop()  # "example.co.uk"
    if not parts:
        return None
    label = "".join(ch for ch in parts[-1] if "a" <= ch <= "z")  # the site's own name, no subdomain
    found: list[tuple[int, int]] = []
    codes: set[str] = set()
    for spelled, code in _host_names(lexicon):
        at = label.find(spelled)
        if at < 0 or any(s <= at and at + len(spelled) <= e for s, e in found):
            continue
        found.append((at, at + len(spelled)))
        codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def _domains(host: str | None) -> Iterable[str]:
    """``english.news.cn``, then ``news.cn``: a table row for a site covers its subdomains."""
    if host is None:
        return
    parts = host.split(".")
    for i in range(len(parts) - 1):
        yield ".".join(parts[i:])


def _country_of_tld(tld: str) -> str | None:
    if len(tld) != 2 or not tld.isalpha():
        return None
    found = pycountry.countries.get(alpha_2=_TLD_ALPHA2.get(tld, tld.upper()))
    return found.alpha_3 if found is not None else None


def assign_home(doc: Doc, home: Home, used: Iterable[int], meetings: Iterable[Iterable[int]]) -> None:
    """Give ``home.country`` to the persons and bodies among the entity keys ``used`` that
    qualify (see the module); ``meetings`` are the output meetings' participant keys."""
    met: dict[int, set[int]] = {}
    for participants in meetings:
        keys = set(participants)
        for k in keys:
            met.setdefault(k, set()).update(keys - {k})
    entities = doc.entities
    unmentioned = len(doc.text)
    for k in sorted(used, key=lambda k: (min(entities[k].mentions)[0] if entities[k].mentions else unmentioned, k)):
        e = entities[k]
        if e.country is not None or not _eligible(doc.lexicon, e):
            continue
        if any(entities[o].country == home.country and not _same_side(doc, e, entities[o]) for o in met.get(k, ())):
            continue
        e.country = home.country
        e.rules.append("actor.home_country")
        start, end = min(e.mentions) if e.mentions else (0, 0)
        doc.fire("actor.home_country", start, end, f"{e.name}: {home.country} ({home.evidence})")


#: what joins two persons of one side: "A and Defence Minister B", "A, Trade Minister B": a separator, then the
#: second one's title (capitalised words and the small words of a title)
_SIDE_JOIN: Final = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){1,8}")


def _same_side(doc: Doc, e: Entity, other: Entity) -> bool:
    """Are two participants one side, named one after the other with their own titles ("Foreign
    Minister A and Defence Minister B met ...")? Two holders of the same title are two sides ("Foreign Minister A
    and Foreign Minister B")."""
    if not e.role or not other.role or (e.role_head or e.role) == (other.role_head or other.role):
        return False
    text = doc.text
    for a, b in ((other, e), (e, other)):
        for _s, aend in a.mentions:
            for bstart, _e in b.mentions:
                if (
                    0 < bstart - aend <= 80
                    and (m := _SIDE_JOIN.match(text, aend, bstart)) is not None
                    and m.end() == bstart
                ):
                    return True
    return False


def _eligible(lexicon: Lexicon, e: Entity) -> bool:
    """A person with a title an official of the home state may hold, an unnamed official of a
    government body, or a government body named with a capital and no country ("the Foreign
    Ministry said": ``actor.body``)."""
    if e.kind == "organization":
        return "actor.body" in e.rules and e.name[:1].isupper()
    if e.kind != "person":
        return False
    if e.unnamed:
        # "a government official said", "a senior ministry official": an unnamed official of a
        # government body, the home's ("an embassy official" is kept out by no_home_role_word)
        # ("a Foreign Office spokesperson": a body's name of two or three words)
        return _names_body(lexicon, e.name) and home_role(lexicon, e.name)
    return bool(e.role) and home_role(lexicon, e.role or "")


def _names_body(lexicon: Lexicon, name: str) -> bool:
    """Does ``name`` hold a government body's name of one to three words ("government", "Foreign Office")?"""
    words = name.lower().split()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i : i + size])
            if gram in lexicon.bodies:
                return True
    return False


def home_role(lexicon: Lexicon, role: str) -> bool:
    """Is ``role`` a title an official of the home state may hold (not a post abroad, not one
    of an international body, not a title anyone may have)?"""
    if role in lexicon.generic_roles or role in lexicon.envoy_roles:
        return False
    words = role.replace(",", " ").replace("'s", " ").replace("’s", " ").split()
    # a minister's portfolio may name what otherwise marks an international post ("Minister of Foreign Affairs
    # and International Cooperation", "Minister for European Union Affairs"): there only a post abroad that is a
    # role of its own ("Ambassador", "Envoy") keeps the home country away
    # ("the Vice Minister of the International Department" of a party: a body's name, no portfolio)
    minister = any(w.lower() == "minister" for w in words)
    for i, word in enumerate(words):
        low = word.lower()
        if (
            minister
            and word[:1].isupper()
            and low not in lexicon.roles
            and word.strip("()") not in lexicon.organizations
            and (i == 0 or words[i - 1].lower() != "the")
        ):
            continue
        if low in lexicon.no_home_role_words or word.strip("()") in lexicon.organizations:
            return False
    return True
