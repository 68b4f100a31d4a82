"""Coreference rules: link every mention to the entity (actor) it refers to.

Names link by their tokens (``coref.surname``: "Khaji" is "Ali-Asghar Khaji"), descriptions
to the last person who fits their country and role (``coref.description``), pronouns to the
last person in subject position (``coref.pronoun``), bodies and countries by their canonical
name. Groups ("the two diplomats", "they") depend on the meetings found so far, so the
engine resolves them sentence by sentence through :func:`resolve_group`.
"""

from __future__ import annotations

import re
import unicodedata

import attrs
from typing import Final

from newsfacts.rules.doc import Doc, Entity, Mention

PREPOSITIONS: Final = frozenset(
    "with to by of from between for on in at about against among over toward towards into upon than "
    "as via including".split()
)
_WORD: Final = re.compile(r"[a-z0-9]+")
_GENERIC_ROLES: Final = frozenset({"Diplomat", "Official", "Envoy", "Counterpart", "Representative", "Minister"})
HONORIFIC_TOKENS: Final = frozenset(
    "mr mrs ms dr sayyed seyed seyyed sheikh prince hojatoleslam ayatollah general brigadier grand".split()
)


def name_tokens(name: str) -> list[str]:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    toks = _WORD.findall(s)
    return [t for t in toks if t not in HONORIFIC_TOKENS] or toks


def same_person(a: str, b: str) -> bool:
    """Do two names refer to the same person? ("Zarif" and "Mohammad Javad Zarif", "Wang" and "Wang Yi")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta[-1] == tb[-1]:
        return True
    if len(ta) == 1 and ta[0] in tb or len(tb) == 1 and tb[0] in ta:
        return True
    return "".join(ta[-2:]) == "".join(tb[-2:])


_DETERMINERS: Final = frozenset("his her the a an its their two both".split())


def preceding_word(doc: Doc, pos: int) -> str:
    """The word before ``pos``, looking through determiners ("with his" -> "with")."""
    window = doc.text[max(0, pos - 40) : pos]
    for w in reversed(re.findall(r"[A-Za-z]+|[^\sA-Za-z]", window)):
        low = w.lower()
        if low in _DETERMINERS:
            continue
        return low
    return ""


def subjectish(doc: Doc, m: Mention) -> bool:
    """Is the mention likely a clause subject (not after a preposition, not a possessive)?"""
    if m.possessive:
        return False
    start = m.title_start if 0 <= m.title_start < m.start else m.start
    return preceding_word(doc, start) not in PREPOSITIONS


def _role_fits(desc_role: str | None, e: Entity) -> int:
    if not desc_role or desc_role in _GENERIC_ROLES:
        return 1
    have = " ".join(x for x in (e.role, e.role_head) if x).lower()
    if not have:
        return 1
    want = desc_role.lower()
    if want in have:
        return 2
    # a foreign minister is also the top diplomat, a president the chief executive
    if want == "foreign minister" and ("fm" in have.split() or "foreign affairs" in have):
        return 2
    return 0


class PersonIndex:
    """Persons by name token, so that finding "Zarif" among many names is a lookup, not a scan."""

    __slots__ = ("by_join", "by_last", "by_single", "by_token")

    def __init__(self) -> None:
        self.by_last: dict[str, list[Entity]] = {}
        self.by_token: dict[str, list[Entity]] = {}
        self.by_single: dict[str, list[Entity]] = {}
        self.by_join: dict[str, list[Entity]] = {}

    def add(self, e: Entity) -> None:
        toks = name_tokens(e.name)
        if not toks:
            return
        self.by_last.setdefault(toks[-1], []).append(e)
        for t in toks:
            self.by_token.setdefault(t, []).append(e)
        if len(toks) == 1:
            self.by_single.setdefault(toks[0], []).append(e)
        self.by_join.setdefault("".join(toks[-2:]), []).append(e)

    def find(self, name: str) -> Entity | None:
        toks = name_tokens(name)
        if not toks:
            return None
        cands = list(self.by_last.get(toks[-1], ()))
        if len(toks) == 1:
            cands += self.by_token.get(toks[0], ())
        for t in toks:
            cands += self.by_single.get(t, ())
        cands += self.by_join.get("".join(toks[-2:]), ())
        found = [e for e in cands if same_person(e.name, name)]
        return min(found, key=lambda e: e.key) if found else None


def resolve_entities(doc: Doc) -> None:
    """Link names, descriptions, pronouns, bodies, organizations and countries to entities."""
    persons = PersonIndex()
    by_key: dict[tuple[str, str | None], Entity] = {}
    # pass 1: accepted names make persons, fullest name wins
    for m in doc.mentions:
        if m.kind != "name":
            continue
        e = persons.find(m.text)
        if e is None:
            e = doc.new_entity("person", m.text, country=m.country, role=m.role, role_head=_head(doc, m.role))
            persons.add(e)
        else:
            if len(name_tokens(m.text)) > len(name_tokens(e.name)):
                e.name = m.text
                persons.add(e)
            e.country = e.country or m.country
            if m.role and (not e.role or len(m.role) > len(e.role)):
                e.role = m.role
                e.role_head = _head(doc, m.role) or e.role_head
        e.add(m.span, m.rule)
        doc.refs[(m.start, m.end)] = (e.key,)
    # pass 2: everything else, in text order, with recency
    recent: list[tuple[int, Entity, bool]] = []  # (position, person, subject position?)
    resolved: list[Mention] = []
    for m in doc.mentions:
        key: Entity | None = None
        rule = m.rule
        if m.kind == "name":
            key = doc.entity(doc.refs[(m.start, m.end)][0])
        elif m.kind == "candidate":
            key = persons.find(m.text)
            rule = "actor.known_name"
        elif m.kind == "desc":
            key = _resolve_desc(m, recent)
            if key is not None and key.country is None and m.country:
                key.country = m.country
        elif m.kind == "pronoun":
            key = _resolve_pronoun(doc, m, recent)
        elif m.kind in ("country", "place"):
            k = ("country", m.country)
            key = by_key.get(k) or doc.new_entity("country", m.name or m.text, country=m.country)
            by_key[k] = key
        elif m.kind in ("organization", "body"):
            k = (m.name or m.text, m.country)
            key = by_key.get(k)
            if key is None:
                key = next((e for (n, _c), e in by_key.items() if n == k[0] and e.kind == "organization"
                            and (e.country == m.country or m.kind == "organization")), None)
            if key is None:
                key = doc.new_entity("organization", m.name or m.text, country=m.country)
            by_key[k] = key
        elif m.kind == "bodyref":
            want = (m.name or "").lower()
            key = next((e for e in reversed(doc.entities[-50:]) if e.kind == "organization"
                        and want and want in e.name.lower()), None)
            if key is None and m.text.lower() == "ministry":
                key = next((e for e in reversed(doc.entities[-50:]) if e.kind == "organization"
                            and "ministry" in e.name.lower()), None)
        if key is None:
            continue
        if m.kind == "candidate":
            resolved.append(m)
        key.add(m.span, rule)
        doc.refs[(m.start, m.end)] = (key.key,)
        if key.kind == "person":
            recent.append((m.start, key, subjectish(doc, m)))
            doc.fire(rule, m.start, m.end, key.name)
    # a capitalised run that names nobody we know is dropped; a known one is a name
    known = {(m.start, m.end) for m in resolved}
    doc.mentions = [
        attrs.evolve(m, kind="name", rule="actor.known_name") if (m.start, m.end) in known else m
        for m in doc.mentions
        if m.kind != "candidate" or (m.start, m.end) in known
    ]


def _head(doc: Doc, role: str | None) -> str | None:
    """The canonical title inside a role text ("Iran's FM" -> "Foreign Minister")."""
    if not role:
        return None
    low = role.lower()
    best: tuple[int, str] | None = None
    for m in doc.lexicon.words_re.finditer(low):
        r = doc.lexicon.roles.get(m.group())
        if r is not None and (best is None or len(m.group()) >= best[0]):
            best = (len(m.group()), r[0])
    return best[1] if best else None


def _resolve_desc(m: Mention, recent: list[tuple[int, Entity, bool]]) -> Entity | None:
    best: tuple[int, int, Entity] | None = None
    for i, (_pos, e, _subj) in enumerate(reversed(recent)):
        if i > 30:
            break
        if m.country and e.country and e.country != m.country:
            continue
        fit = _role_fits(m.role, e)
        if fit == 0:
            continue
        score = fit + (2 if m.country and e.country == m.country else 0)
        if best is None or score > best[0]:
            best = (score, -i, e)
    return best[2] if best else None


def _resolve_pronoun(doc: Doc, m: Mention, recent: list[tuple[int, Entity, bool]]) -> Entity | None:
    sent = m.sent
    for pos, e, subj in reversed(recent):
        s = doc.sent_index(pos)
        if sent - s > 3:
            break
        if subj:
            return e
    return None
