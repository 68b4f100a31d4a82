"""Who is who across articles: a canonical key per actor.

An article's actor ids (``a1``) mean nothing outside it. The key this module gives an actor
is stable across articles and runs, and is what events are blocked and merged on:

* ``official:IRN.zarif`` — a person in the officials table (any spelling of the name, or an
  unnamed role-holder such as "the Iranian foreign minister" on a day the table covers);
* ``person:IRN:ali-asghar-khaji`` — any other named person; a shorter form ("Khaji") takes
  the key of the one fuller name in the collection it fits, *with the same country*;
* ``role:IRN:foreign-minister`` — an unnamed role-holder the table cannot place;
* ``org:UN`` / ``org:IRN:foreign-ministry`` — an organization (known aliases first);
* ``country:IRN``; ``group:…`` for a group.

``UNK`` stands for an unknown country. Resolution is done over the whole collection at once
(:meth:`Resolver.observe` every actor first), so the answer never depends on input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
import pycountry

from newsfacts.contributions import Official
from newsfacts.events import names
from newsfacts.events.officials import OfficialsIndex, builtin_officials, role_forms
from newsfacts.events.tables import organizations, words
from newsfacts.models import Actor

UNKNOWN_COUNTRY = "UNK"


@attrs.frozen
class Identity:
    """An actor as the same across articles: its key and what we know of it."""

    key: str
    kind: str
    name: str
    country: str | None = None
    #: The officials-table id, when the actor is a well-known official.
    official: str | None = None


def slug(tokens: Iterable[str]) -> str:
    return "-".join(tokens)


def country_key(name: str) -> str | None:
    """ISO alpha-3 code for a country name, or ``None``."""
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


@attrs.frozen
class _Name:
    country: str | None
    tokens: tuple[str, ...]  # family name last

    @property
    def full(self) -> str:
        return names.joined(self.tokens)


class Resolver:
    """Gives every actor of a collection its canonical :class:`Identity`.

    Call :meth:`observe` on every actor (with the day it acted, when known), then
    :meth:`identity`. Observing is what lets "Khaji" in one article find "Ali-Asghar Khaji"
    in another; identities asked for before every actor is observed may change.
    """

    def __init__(self, officials: Iterable[Official] | None = None) -> None:
        self.officials = OfficialsIndex(builtin_officials() if officials is None else officials)
        self._names: dict[_Name, str] = {}  # every distinct named person → a display name
        self._person: dict[_Name, _Name] | None = None  # name → the fullest name it means
        self._cache: dict[tuple[object, ...], Identity] = {}
        self._seen: set[tuple[str, str | None]] = set()

    # -- collecting ------------------------------------------------------------------------

    def observe(self, actor: Actor) -> None:
        if actor.kind != "person" or actor.unnamed or (actor.name, actor.country) in self._seen:
            return
        self._seen.add((actor.name, actor.country))
        if self.officials.by_name(actor.name, actor.country) is not None:
            return
        n = _Name(actor.country, names.surname_order(names.name_tokens(actor.name), actor.country))
        if not n.tokens:
            return
        shown = self._names.get(n)
        if shown is None or (len(actor.name), actor.name) > (len(shown), shown):
            self._names[n] = actor.name
        self._person = None
        self._cache.clear()

    # -- answering -------------------------------------------------------------------------

    def identity(self, actor: Actor, day: dt.date | None = None) -> Identity:
        """The identity of ``actor``; ``day`` (when it acted) places unnamed role-holders."""
        cache_key = (actor.kind, actor.name, actor.country, actor.role, actor.unnamed,
                     day if actor.unnamed else None)  # fmt: skip
        found = self._cache.get(cache_key)
        if found is None:
            found = self._cache[cache_key] = self._identity(actor, day)
        return found

    def _identity(self, actor: Actor, day: dt.date | None) -> Identity:
        if actor.kind == "person":
            return self._person_identity(actor, day)
        if actor.kind == "organization":
            return _organization(actor)
        if actor.kind == "country":
            code = actor.country or country_key(actor.name)
            if code is not None:
                return Identity(f"country:{code}", "country", actor.name, code)
            return Identity(f"country:{UNKNOWN_COUNTRY}:{slug(names.words(actor.name))}", "country", actor.name)
        return Identity(
            f"group:{actor.country or UNKNOWN_COUNTRY}:{slug(names.words(actor.name))}",
            actor.kind, actor.name, actor.country,
        )  # fmt: skip

    def _person_identity(self, actor: Actor, day: dt.date | None) -> Identity:
        if actor.unnamed:
            role = actor.role or actor.name
            o = self.officials.by_role(role, actor.country, day)
            if o is not None:
                return _official(o)
            forms = role_forms(role)
            shown = forms[1] if len(forms) > 1 and actor.country else forms[0] if forms else role
            return Identity(f"role:{actor.country or UNKNOWN_COUNTRY}:{slug(shown.split())}", "person",
                            actor.name, actor.country)  # fmt: skip
        o = self.officials.by_name(actor.name, actor.country)
        if o is not None:
            return _official(o)
        n = _Name(actor.country, names.surname_order(names.name_tokens(actor.name), actor.country))
        best = self._persons().get(n, n)
        shown = self._names.get(best, actor.name)
        country = best.country
        tokens = names.surname_order(best.tokens, country)  # back to the written order
        return Identity(f"person:{country or UNKNOWN_COUNTRY}:{slug(tokens)}", "person", shown, country)

    def _persons(self) -> dict[_Name, _Name]:
        if self._person is None:
            self._person = _cluster(self._names)
        return self._person


def _official(o: Official) -> Identity:
    return Identity(f"official:{o.id}", "person", o.name, o.country, o.id)


def _organization(actor: Actor) -> Identity:
    tokens = names.words(actor.name)
    if tokens[:1] == ("the",):
        tokens = tokens[1:]
    known = organizations().get(" ".join(tokens))
    if known is not None:
        oid, country = known
        return Identity(f"org:{oid}", "organization", actor.name, country or actor.country)
    return Identity(f"org:{actor.country or UNKNOWN_COUNTRY}:{slug(tokens)}", "organization", actor.name,
                    actor.country)  # fmt: skip


def _cluster(observed: dict[_Name, str]) -> dict[_Name, _Name]:
    """Map every observed name to the fullest name it can only mean.

    Spellings that concatenate to the same letters are one name. A name without a country
    takes the country of the one country-bearing name spelled the same. Then, within a
    country, fuller names are settled first; a shorter form joins the single identity among
    the fuller names it fits and stays its own when it fits none or several ("Larijani"
    with both "Ali Larijani" and "Sadegh Larijani" around).
    """
    by_full: dict[tuple[str | None, str], list[_Name]] = {}
    for n in observed:
        by_full.setdefault((n.country, n.full), []).append(n)
    known_countries: dict[str, set[str]] = {}
    for country, full in by_full:
        if country is not None:
            known_countries.setdefault(full, set()).add(country)
    out: dict[_Name, _Name] = {}
    # One representative per spelling: most tokens, then the smallest (deterministic).
    rep: dict[tuple[str | None, str], _Name] = {
        k: min(v, key=lambda n: (-len(n.tokens), n.tokens)) for k, v in by_full.items()
    }
    for (country, full), n in rep.items():
        if country is None and len(known_countries.get(full, ())) == 1 and len(n.tokens) > 1:
            (adopted,) = known_countries[full]
            rep[(country, full)] = rep[(adopted, full)]
    # Shorter forms within a country: index fuller names by their surname keys.
    suffix_index: dict[tuple[str | None, str], list[_Name]] = {}
    for (country, _full), n in rep.items():
        if n.country == country:
            for key in names.suffix_keys(n.tokens, depth=len(n.tokens)):
                suffix_index.setdefault((country, key), []).append(n)
    final: dict[_Name, _Name] = {}
    for (country, full), n in sorted(rep.items(), key=lambda kv: (-len(kv[0][1]), kv[0][1], kv[0][0] or "")):
        if n.country != country:  # adopted a country: same as its namesake
            continue
        if country is None:
            final[n] = n
            continue
        targets = {
            final[m]
            for key in names.suffix_keys(n.tokens)
            for m in suffix_index.get((country, key), ())
            if m.full != full and len(m.full) > len(full) and m in final and names.compatible(n.tokens, m.tokens)
        }
        final[n] = next(iter(targets)) if len(targets) == 1 else n
    for (country, full), members in by_full.items():
        r = rep[(country, full)]
        target = final.get(r)
        if target is None:  # adopted-country representative: resolved through its namesake
            target = final.get(rep[(r.country, full)], r)
        for m in members:
            out[m] = target
    return out


def government_words() -> frozenset[str]:
    return words("government.txt")
