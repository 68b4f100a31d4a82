"""Persons told in lists: names from countries, names sharing a list's demonym, an apposition list's
names, the names under a plural title."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.appositions import _BARE_APPOS_AFTER
from newsfacts.rules.actors.context import _of_country
from newsfacts.rules.actors.lookups import _country_in, _role_hits
from newsfacts.rules.actors.patterns import CHAIN
from newsfacts.rules.actors.runs import _chain_runs, _plain_name
from newsfacts.rules.actors.verbs import _before_verb, _has_verb
from newsfacts.rules.doc import Doc, Mention

#: a dash between a country and its person's name: "France - Ana Costa"
_DASH_SEPS: Final = frozenset({" - ", " – ", " — "})
#: " from " right before a country's name: " from Greece", " from the Czech Republic"
_FROM_COUNTRY_RX: Final = re.compile(r" from (?:the )?")


def _names_from_countries(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.name_from_country: "The envoys included Ana Costa from Portugal, Jan Novak from the Czech Republic
    and Kenji Sato from Japan", "the ambassadors of Portugal - Ana Costa, Japan - Kenji Sato": names of two
    words or more, each right before "from" and a country or after a country and a dash, listed two or more
    in one sentence, are persons of those countries."""
    text = doc.text
    lx = doc.lexicon
    found: dict[int, str] = {}
    for i, m in enumerate(out):
        if (
            m.kind != "candidate"
            or " " not in m.text
            or not all(w[0].islower() or _plain_name(lx, w) for w in m.text.split())
        ):
            continue
        fm = _FROM_COUNTRY_RX.match(text, m.end)
        if fm is not None:
            at = fm.end()
            code = next((lx.country_of(h.text) for h in doc.names_between(at, at + 1) if h.table == "country"), None)
        elif text[m.start - 3 : m.start] in _DASH_SEPS:
            # "the ambassadors of Kyrgyzstan - A B, France - C D and Japan - E F": a country, a dash, its person
            code = next(
                (
                    lx.country_of(h.text)
                    for h in doc.names_between(max(0, m.start - 40), m.start)
                    if h.table == "country" and h.end == m.start - 3
                ),
                None,
            )
        else:
            continue
        if code:
            found[i] = code
    if len(found) < 2:
        return out
    per_sent: dict[int, int] = {}
    for i in found:
        per_sent[out[i].sent] = per_sent.get(out[i].sent, 0) + 1
    return [
        m._replace(kind="name", rule="actor.name_from_country", country=found[i])
        if i in found and per_sent[m.sent] >= 2
        else m
        for i, m in enumerate(out)
    ]


#: what joins two titled names of one list: ", ", " and ", ", and "
_TITLE_LIST_JOIN: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _title_head(doc: Doc, m: Mention) -> str:
    """The canonical role of the last role word of ``m``'s title ("Defence Minister" -> "defence minister")."""
    hits = [h for h in _role_hits(doc, m.title_start, m.start) if h.table == "role"]
    return doc.lexicon.roles[hits[-1].text.lower()][0].lower() if hits else ""


def _shared_demonyms(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.shared_demonym: "Indonesian Foreign Minister A and Defence Minister B", "Syrian Foreign Minister A,
    Defense Minister B and Intelligence Chief C": a titled name with no state of its own, listed right after one
    whose title opens with a state, shares it, when its title is another one (two foreign ministers are two
    states')."""
    text = doc.text
    for i in range(1, len(out)):
        m, prev = out[i], out[i - 1]
        if (
            m.rule != "actor.title_name"
            or m.country is not None
            or prev.kind != "name"
            or prev.country is None
            or prev.sent != m.sent
            or prev.rule not in ("actor.title_name", "actor.shared_demonym")
            or m.title_start >= m.start
        ):
            continue
        join = _TITLE_LIST_JOIN.match(text, prev.end, m.title_start)
        if join is None or join.end() != m.title_start:
            continue
        if prev.rule == "actor.title_name" and not any(
            h.start == prev.title_start and h.table in ("demonym", "country")
            for h in doc.names_between(prev.title_start, prev.title_start + 1)
        ):
            continue
        head = _title_head(doc, m)
        if not head or head == _title_head(doc, prev):
            continue
        if any(h.table == "organization" for h in doc.names_between(m.title_start, m.start)):
            continue  # actor.body_title_no_state: "..., and African Union chair C": the title names a body, no state
        if (
            m.sent >= 0
            and _FRONTED_OPENER_RX.match(text, doc.sentences[m.sent].start) is not None
            and text.startswith(", ", prev.end)
            and _before_verb(doc, m.end)
        ):
            # actor.fronted_object_no_list: "Speaking during a phone call with Qatari Emir A, President B urged ...":
            # the fronted phrase's object, then the clause's subject, are no list
            continue
        if i >= 2 and (pp := out[i - 2]).kind == "name" and pp.country not in (None, prev.country):
            pj = _TITLE_LIST_JOIN.match(text, pp.end, prev.title_start)
            if pj is not None and pj.end() == prev.title_start:
                continue  # actor.states_list: "French President A, Argentinian President B and Chair C": each its own
        out[i] = m._replace(country=prev.country, rule="actor.shared_demonym")
    return out


#: a sentence opening with a fronted phrase ("Speaking during ...", "In a meeting with ...", "During ...")
_FRONTED_OPENER_RX: Final = re.compile(r"\W*(?:[A-Z][a-z]+ing|In|During|After|Following|At|On|Upon|While|Before)\s")


#: between a name's apposition and the next name of the list: "X, the Hungarian foreign minister, and Y"
_APPOS_LIST_RX: Final = re.compile(r",\s+and\s+")


def _apposition_list_name(doc: Doc, out: list[Mention], m: Mention) -> Mention | None:
    """actor.apposition_list_name: "X, the Hungarian foreign minister, and Pablo Soto, his Chilean
    counterpart, met": a name of two words or more after ", and" that ends a person's apposition, itself
    followed by an apposition with a role word (or by its verb), is the list's next person."""
    prev = next((p for p in reversed(out) if p.kind == "name"), None)
    if (
        prev is None
        or prev.sent != m.sent
        or prev.tail_end <= prev.end
        or " " not in m.text
        or _APPOS_LIST_RX.fullmatch(doc.text, prev.tail_end, m.start) is None
    ):
        return None
    text = doc.text
    send = doc.sentences[m.sent].end if m.sent >= 0 else len(text)
    bare = _BARE_APPOS_AFTER.match(text, m.end, send) if text.startswith(",", m.end) else None
    if bare is not None:
        rh = [h for h in _role_hits(doc, bare.start(1), bare.end(1)) if h.table == "role"]
        if not rh or _has_verb(doc, bare.start(1), rh[0].start):
            return None
        return m._replace(
            kind="name",
            rule="actor.apposition_list_name",
            country=_country_in(doc, bare.start(1), bare.end(1)),
            role=bare.group(1).strip(),
            tail_end=bare.end(1),
        )
    if not _before_verb(doc, m.end):
        return None
    return m._replace(kind="name", rule="actor.apposition_list_name")


#: what follows a name in a list under a plural title: an optional "of <Country>", then the
#: separator before the next name (", ", ", and ", " and ")
_LIST_NEXT_RX: Final = re.compile(r"(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?(?:,? and |, )")


def _plural_title_lists(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.title_name for each name of a list under a plural title: "Prime Ministers A, B and C",
    "Foreign Ministers A of Sweden and B of Finland": each name a person with the singular role,
    and the country of its own "of <Country>" (else the title's)."""
    lx = doc.lexicon
    text = doc.text
    for idx in range(len(out)):
        first = out[idx]
        if first.rule != "actor.title_name" or not first.role or first.title_start >= first.start:
            continue
        plural = [h for h in _role_hits(doc, first.title_start, first.start) if h.table == "plural"]
        if not plural or not plural[-1].text[:1].isupper() or text[plural[-1].end : first.start].strip():
            continue
        ph = plural[-1]
        singular = " ".join(w.capitalize() for w in lx.role_plurals[ph.text.lower()].split())
        role = (text[first.title_start : ph.start] + singular).strip()
        send = doc.sentences[first.sent].end if first.sent >= 0 else len(text)
        members: list[Mention] = [first._replace(role=role)]
        pos = first.end
        for _ in range(8):
            sep = _LIST_NEXT_RX.match(text, pos, send)
            if sep is None:
                break
            cm = CHAIN.match(text, sep.end(), send)
            if cm is None or _chain_runs(cm.group(), lx) != ((0, len(cm.group())),):
                break
            if " " not in cm.group() and not _plain_name(lx, cm.group()):
                break
            members.append(
                Mention(
                    cm.start(),
                    cm.end(),
                    "name",
                    first.sent,
                    "actor.plural_title_list",
                    cm.group(),
                    country=first.country if first.rule else None,
                    role=role,
                    name=cm.group(),
                    title_start=cm.start(),
                )
            )
            pos = cm.end()
            if "and" in sep.group():
                break
        if len(members) < 2 or "and" not in text[members[-2].end : members[-1].start]:
            continue  # a list ends with "and": "Ministers A, B" alone is no list
        title_country = _country_in(doc, first.title_start, ph.start)
        fixed: list[Mention] = []
        for m in members:
            own = _of_country(doc, m.end)
            country = lx.country_of(own.text) if own is not None else title_country
            fixed.append(m._replace(country=country))
        spans = {(m.start, m.end) for m in fixed[1:]}
        out = [m for m in out if not any(m.start < e and s < m.end for s, e in spans)]
        out[out.index(first)] = fixed[0]
        out.extend(fixed[1:])
    return out
