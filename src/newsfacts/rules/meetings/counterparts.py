"""Unnamed counterparts ("his Saudi, Emirati and Qatari counterparts"), named lists of them, and the role
words a title holds."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.models import Span
from newsfacts.rules.coref import chief_diplomat
from newsfacts.rules.doc import Doc, Entity, Mention

_COUNTERPARTS: Final = re.compile(
    # "his counterparts from A and B", and without the possessive ("held talks with counterparts from the United
    # Arab Emirates, Brazil and Senegal"); "his Parliamentary counterparts from A and B": a word of the kind
    # between (tried first: "Parliamentary" names no state)
    r"\b(?:(?:his|her|their)\s+(?:[A-Za-z-]+\s+)?)?counterparts\s+from\s+"
    r"(?P<list2>(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:,\s*and\s+|,\s*|\s+and\s+)){1,15}"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    r"|\b(?:his|her|their)\s+(?P<list>(?:[A-Z][\w.]*(?:,\s*|\s+and\s+|,\s+and\s+))*[A-Z][\w.]*)\s+"
    r"(?P<role>counterparts?|opposite numbers?)\b"
)


def _listed_country(lx: Lexicon, part: str) -> str | None:
    """The country one part of a list names ("Brazil", "the United Arab Emirates", "Senegal." at a sentence's end)."""
    part = part.strip().removeprefix("the ")
    return lx.country_of(part) or lx.country_of(part.rstrip("."))


def _counterpart_role(subject: Entity) -> str:
    """The title of an unnamed counterpart of ``subject``: the subject's own, a foreign minister's when it has none
    or only a generic one ("Diplomat", "Official")."""
    role = subject.role_head
    return "Foreign Minister" if role in (None, "", "Counterpart", "Diplomat", "Official") else role


#: "his counterpart during his trip to Venezuela": a counterpart told with no state, the state of the trip after it
_COUNTERPART_OF_TRIP: Final = re.compile(
    r"\b(?:his|her)\s+counterpart\s+(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her)\s+(?:[\w-]+\s+)?"
    r"(?:trip|visit|tour)\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)


def _counterpart_of_trip(doc: Doc, subject: Entity, start: int, end: int) -> list[tuple[Entity, Span]]:
    """actor.counterpart_of_trip: "X met his counterpart during his trip to Venezuela": the counterpart is of the
    state visited (its capital too: "his visit to Caracas")."""
    if doc.text.find("counterpart ", start, end) < 0:
        return []
    m = _COUNTERPART_OF_TRIP.search(doc.text, start, end + 60 if end + 60 < len(doc.text) else len(doc.text))
    if m is None or m.start() > end:
        return []
    code = _listed_country(doc.lexicon, m.group("place"))
    if code is None or code == subject.country:
        return []
    role = _counterpart_role(subject)
    doc.fire("actor.counterpart_of_trip", m.start(), m.end(), code)
    return [(unnamed_entity(doc, role, code, "actor.counterpart_of_trip"), Span(m.start(), m.end()))]


def counterpart_entities(
    doc: Doc, subject: Entity | None, start: int, end: int, *, list_end: int | None = None
) -> list[tuple[Entity, Span]]:
    """'his Kazakh, Pakistani and Indian counterparts' -> one unnamed entity per country.

    The words must start before ``end``; with ``list_end`` their list of states may run on to it (a list of
    five states is longer than the window a first mention is looked for in)."""
    if subject is None:
        return []
    m = _COUNTERPARTS.search(doc.text, start, end)
    if (
        list_end is not None
        and list_end > end
        and (m.end() >= end - 1 if m is not None else doc.text.find("counterpart", start, end) >= 0)
    ):
        # the words start in the window and their list may run on past it (a match cut at the window's end, or
        # none): searched again to the list's end only then
        m2 = _COUNTERPARTS.search(doc.text, start, list_end)
        if m2 is not None and m2.start() < end:
            m = m2
    if m is None:
        return _counterpart_of_trip(doc, subject, start, end)
    lst = m.group("list") or m.group("list2")
    parts = _COUNTERPART_ENTITIES_RX.split(lst)
    codes = [_listed_country(doc.lexicon, p) for p in parts]
    if m.group("list2") and any(c is None for c in codes):
        return _countries_then_names(doc, subject, m.start("list2"), end) or _counterparts_interleaved(
            doc, subject, m.start("list2"), end
        )
    if not parts or any(c is None for c in codes):
        return []
    if m.group("list") and len(codes) == 1 and m.group("role").endswith("s"):
        return []
    # "his Russian counterpart President Vladimir Putin": the name wins
    if (
        m.group("list")
        and not m.group("role").endswith("s")
        and any(
            mm.kind == "name" and m.start() <= mm.lo <= m.end() + 2
            for mm in doc.mentions_between(m.start(), m.end() + 80)
        )
    ):
        return []
    if m.group("list") and len(codes) >= 2 and doc.text.startswith((",", " "), m.end()):
        # ("his U.S. and Japanese counterparts Wendy Sherman and Takeo Mori": the names with no comma before them)
        named = _counterparts_named(doc, m.end(), len(codes))
        if named:
            # meeting.counterparts_named: "hosted his Polish and Lithuanian counterparts, X and Y": the names
            # in the apposition, in the order of the countries
            for e, code in zip(named, codes, strict=True):
                # a counterpart is never of the subject's own state: the apposition's country wins over one
                # the list's first title lent it ("Georgian Foreign Minister X hosted his Turkish and
                # Azerbaijani counterparts, Y and Z")
                # (with no comma, the plural title before the first name lent it the last state: "his U.S. and
                # Japanese counterparts Wendy Sherman and Takeo Mori")
                if (
                    e.country is None
                    or (e.country == subject.country and code != subject.country)
                    or doc.text.startswith(" ", m.end())
                ):
                    e.country = code
            doc.fire("meeting.counterparts_named", m.start(), m.end(), ", ".join(e.name for e in named))
            return [(e, Span(m.start(), m.end())) for e in named]
    role = _counterpart_role(subject)
    out = []
    for code in codes:
        assert code is not None
        out.append((unnamed_entity(doc, role, code, "actor.counterparts"), Span(m.start(), m.end())))
    doc.fire("actor.counterparts", m.start(), m.end(), ", ".join(c for c in codes if c))
    return out


_NAME_LIST_JOIN: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
#: the space before the first name right after the title ("counterparts Wendy Sherman and Takeo Mori")
_FIRST_NAME_SPACE: Final = re.compile(r" (?=[A-Z])")


_COUNTRY_COMMA: Final = re.compile(r"(?:and\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),\s*")


_CP_COUNTRY: Final = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def _countries_then_names(doc: Doc, subject: Entity, pos: int, end: int) -> list[tuple[Entity, Span]]:
    """meeting.counterparts_from_named: "held a video call with her counterparts from Peru, Chile and Bolivia, X, Y
    and Z": the states, then the names of their ministers in the same order (two pairs or more)."""
    text = doc.text
    codes: list[str] = []
    at = last = pos
    while len(codes) < 8:
        cm = _CP_COUNTRY.match(text, at, end)
        if cm is None or (code := doc.lexicon.country_of(cm.group())) is None:
            break
        codes.append(code)
        last = cm.end()
        jm = _NAME_LIST_JOIN.match(text, last, end)
        if jm is None:
            break
        at = jm.end()
    if len(codes) < 2 or len(set(codes)) != len(codes) or subject.country in codes or not text.startswith(",", last):
        return []
    named = _counterparts_named(doc, last, len(codes))
    if not named:
        return []
    for e, code in zip(named, codes, strict=True):
        if e.country is None or e.country == subject.country:
            e.country = code
    doc.fire("meeting.counterparts_from_named", pos, last, ", ".join(e.name for e in named))
    return [(e, Span(pos, last)) for e in named]


def _counterparts_interleaved(doc: Doc, subject: Entity, pos: int, end: int) -> list[tuple[Entity, Span]]:
    """meeting.counterparts_interleaved: "met with her counterparts from Peru, X, and Brazil, Y": each state
    followed by the name of its minister (two pairs or more)."""
    out: list[tuple[Entity, Span]] = []
    at = pos
    mentions = doc.mentions_between(pos, min(end, pos + 300))
    while len(out) < 8:
        cm = _COUNTRY_COMMA.match(doc.text, at, end)
        if cm is None or (code := doc.lexicon.country_of(cm.group("c"))) is None or code == subject.country:
            break
        mm = next((x for x in mentions if x.lo == cm.end()), None)
        if mm is None or mm.kind != "name":
            break
        refs = doc.refs_of(mm)
        if len(refs) != 1 or doc.entity(refs[0]).kind != "person":
            break
        e = doc.entity(refs[0])
        if e.country is None:
            e.country = code
        out.append((e, Span(cm.start(), mm.hi)))
        jm = _NAME_LIST_JOIN.match(doc.text, mm.hi, end)
        if jm is None:
            break
        at = jm.end()
    if len(out) < 2 or len({e.key for e, _ in out}) != len(out):
        return []
    doc.fire("meeting.counterparts_interleaved", pos, out[-1][1].end, ", ".join(e.name for e, _ in out))
    return out


def _member_list_keys(doc: Doc, m: Mention) -> list[int]:
    """The members of one mention of several states' role-holders ("the foreign ministers of A, B and C"):
    for each state, the one person of it the mention refers to, else its unnamed role-holder; [] when
    the mention is no such list."""
    if m.kind != "unnamed" or len(m.members) < 2 or not m.role:
        return []
    refs = [doc.entity(k) for k in doc.refs_of(m)]
    out: list[int] = []
    for code in m.members:
        fits = [
            e for e in refs if e.kind == "person" and e.country == code and (e.unnamed or _holds(e, m.role.lower()))
        ]
        out.append(fits[0].key if len(fits) == 1 else unnamed_entity(doc, m.role, code).key)
    return list(dict.fromkeys(out)) if len(set(out)) == len(m.members) else []


def _counterparts_named(doc: Doc, pos: int, count: int) -> list[Entity]:
    """The ``count`` named persons of the apposition at ``pos`` (", X and Y"), or [] when it is not one."""
    out: list[Entity] = []
    at = pos
    text = doc.text
    mentions = doc.mentions_between(pos, min(len(text), pos + 200))
    while len(out) < count:
        jm = _NAME_LIST_JOIN.match(text, at) if out or text[at] != " " else _FIRST_NAME_SPACE.match(text, at)
        if jm is None:
            return []
        mm = next((x for x in mentions if x.lo >= jm.end()), None)
        if mm is not None and mm.lo == jm.end():
            refs = doc.refs_of(mm)
            if mm.kind != "name" or len(refs) != 1 or doc.entity(refs[0]).kind != "person":
                return []
            out.append(doc.entity(refs[0]))
            at = mm.hi
            continue
        if (e := _apposition_name(doc, jm.end(), mm.lo if mm is not None else len(text))) is None:
            return []
        out.append(e)
        at = e.mentions[-1][1]
    if len(out) != count or len({e.key for e in out}) != count or not _APPOS_LIST_END.match(text, at):
        return []
    return out


#: a name no actor rule read: two to four capitalised words ("Kerem Aydınlı", "Henrique Lacerda Motta")
_BARE_NAME: Final = re.compile(
    r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?(?: [A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?){1,3}"
)
#: where a list of names in apposition ends: a comma, the sentence's end, or a phrase of time or place
_APPOS_LIST_END: Final = re.compile(r",|\.|;|\s+(?:on|in|at|for|to|during|via|by|last|this|earlier)\b|$")


def _apposition_name(doc: Doc, pos: int, limit: int) -> Entity | None:
    """meeting.counterparts_bare_name: the person named at ``pos`` in a counterparts' apposition when no actor rule
    read the name ("his Turkish and Uzbek counterparts, Kerem Aydınlı and Jasur Toshmatov,"): the person of that
    family name the article knows, else a new one."""
    nm = _BARE_NAME.match(doc.text, pos, limit)
    if nm is None:
        return None
    lx = doc.lexicon
    words = nm.group().split()
    if any(w.lower() in lx.roles or lx.country_of(w) is not None or w in lx.places for w in words):
        return None
    name = nm.group()
    e = next(
        (x for x in doc.entities if x.kind == "person" and not x.unnamed and x.name.split()[-1] == words[-1]), None
    )
    if e is None:
        e = doc.new_entity("person", name)
    e.add((nm.start(), nm.end()), "meeting.counterparts_bare_name")
    doc.fire("meeting.counterparts_bare_name", nm.start(), nm.end(), name)
    return e


def unnamed_entity(doc: Doc, role: str, country: str, rule: str = "actor.unnamed_list") -> Entity:
    """The unnamed role-holder "<Role> of <Country>" ("Foreign Minister of Oman"), made once."""
    name = f"{role} of {doc.lexicon.of_country(country)}"
    if name in doc.unnamed:
        e = doc.entity(doc.unnamed[name])
    else:
        e = doc.new_entity("person", name, country=country, role=role, unnamed=True, role_head=role)
        doc.unnamed[name] = e.key
    if rule not in e.rules:
        e.rules.append(rule)
    return e


def _holds(e: Entity, want: str) -> bool:
    """Does the named person's title say they hold the role ``want`` ("Omani Foreign Minister", "Minister
    of Foreign Affairs of Oman"; not "President's Special Envoy")?"""
    role = (e.role or "").lower().strip(" ,")
    return (
        role.endswith(want)
        or role.startswith(want + " of")
        or (
            want == "foreign minister"
            and (_role_at(role, want) >= 0 or chief_diplomat((e.role_head or "").lower(), role))
        )
    )


def _role_at(role: str, want: str) -> int:
    """Where the role ``want`` stands in a lower-case title (-1 when it does not): "foreign minister" also as
    "minister of (or for) foreign affairs" ("Algerian Minister of Foreign Affairs and National Community")."""
    at = role.find(want)
    if at < 0 and want == "foreign minister":
        fa = _FOREIGN_AFFAIRS.search(role)
        at = fa.start() if fa is not None else -1
    return at


def _rank_word_in(lx: Lexicon, role: str, want: str) -> bool:
    """ "Deputy Foreign Minister" is not the foreign minister, nor is "Former Kazakh Foreign Minister" or a
    "State Minister": one of the lexicon's ``rank_word`` words anywhere before the role, or a
    ``rank_prefix`` word right before it."""
    low = role.lower()
    at = _role_at(low, want)
    if at <= 0:
        return False
    before = low[:at].split()
    return any(w in lx.rank_words for w in before) or before[-1] in lx.rank_prefixes


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_COUNTERPART_ENTITIES_RX: Final = re.compile(r",\s*and\s+|,\s*|\s+and\s+")
#: the foreign minister's other titles: "Minister of Foreign Affairs", "External Affairs Minister" (India,
#: Bhutan), "Minister of External Relations" (Angola, Brazil)
_FOREIGN_AFFAIRS: Final = re.compile(
    r"\bminister (?:of|for) (?:foreign|external) (?:affairs|relations)\b|\bexternal affairs minister\b"
)
