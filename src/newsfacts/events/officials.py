"""The table of well-known officials: built-in data plus the ``newsfacts_officials`` hook."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

import attrs
import cattrs

from newsfacts.contributions import Official, Term
from newsfacts.events import names
from newsfacts.events.tables import officials_document

_converter = cattrs.Converter()


def table_version() -> str:
    """The ``version`` of the built-in table (``data/officials.json``)."""
    return str(officials_document()["version"])


def builtin_officials() -> tuple[Official, ...]:
    doc = officials_document()
    return tuple(_converter.structure(o, Official) for o in doc["officials"])


def plugin_officials(pm: object | None) -> tuple[Official, ...]:
    """What plugins contribute through ``newsfacts_officials`` (nothing without a manager)."""
    hook = getattr(pm, "hook", None)
    if hook is None or not hasattr(hook, "newsfacts_officials"):
        return ()
    return tuple(o for batch in hook.newsfacts_officials() for o in batch)


def _day(value: str | None, *, end: bool) -> dt.date | None:
    """A partial date as the first (``end=False``) or last day it can mean."""
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return dt.date(year, month, parts[2])
    return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def in_office(term: Term, day: dt.date) -> bool:
    start, end = _day(term.start, end=False), _day(term.end, end=True)
    return (start is None or start <= day) and (end is None or day <= end)


@attrs.frozen
class _Form:
    official: Official
    tokens: tuple[str, ...]  # family name last


class OfficialsIndex:
    """Looks officials up by any spelling of their name, or by role and day."""

    def __init__(self, officials: Iterable[Official]) -> None:
        self.by_id: dict[str, Official] = {}
        for o in officials:  # a later entry (a plugin's) replaces an earlier one with its id
            self.by_id[o.id] = o
        self._forms: dict[str, list[_Form]] = {}
        self._roles: dict[tuple[str, str], list[tuple[Official, Term]]] = {}
        for o in sorted(self.by_id.values(), key=lambda o: o.id):
            for variant in dict.fromkeys((o.name, *o.variants)):
                tokens = names.surname_order(names.name_tokens(variant), o.country)
                for key in names.suffix_keys(tokens, depth=len(tokens)):
                    self._forms.setdefault(key, []).append(_Form(o, tokens))
            for term in o.terms:
                self._roles.setdefault((o.country, " ".join(names.words(term.role))), []).append((o, term))

    def by_name(self, name: str, country: str | None) -> Official | None:
        """The one official ``name`` can mean, given the article's ``country`` (or ``None``).

        A surname-only or shortened form needs the country to agree; without a country only
        a full spelling of the name (two words or more) is trusted.
        """
        raw = names.name_tokens(name)
        if not raw:
            return None
        found: dict[str, Official] = {}
        orders = [raw, tuple(reversed(raw))] if country is None else [names.surname_order(raw, country)]
        for tokens in orders:
            for key in names.suffix_keys(tokens):
                for form in self._forms.get(key, ()):
                    o = form.official
                    if country is not None and o.country != country:
                        continue
                    if country is None and not (len(tokens) > 1 and names.joined(tokens) == names.joined(form.tokens)):
                        continue
                    if country is None and tokens is not raw and not names.family_first(o.country):
                        continue
                    if names.compatible(tokens, form.tokens):
                        found[o.id] = o
        return next(iter(found.values())) if len(found) == 1 else None

    def by_role(self, role: str, country: str | None, day: dt.date | None) -> Official | None:
        """Who held ``role`` ("the Iranian foreign minister") in ``country`` on ``day``."""
        if country is None or day is None:
            return None
        found = {
            o.id: o
            for candidate in role_forms(role)
            for o, term in self._roles.get((country, candidate), ())
            if in_office(term, day)
        }
        return next(iter(found.values())) if len(found) == 1 else None


def role_forms(role: str) -> tuple[str, ...]:
    """The ways a role phrase may name a table role: as written, without a leading adjective
    ("iranian foreign minister" → "foreign minister"), without "of <country>"."""
    tokens = [t for t in names.words(role) if t != "the"]
    if "of" in tokens:
        head = tokens[: tokens.index("of")]
        forms = [tokens, head, head[1:]]
    else:
        forms = [tokens, tokens[1:]]
    return tuple(dict.fromkeys(" ".join(f) for f in forms if f))
