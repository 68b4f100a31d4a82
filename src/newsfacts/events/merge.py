"""Merge the meetings and statements many articles report into events.

Two meetings are the same event when their participants have the same identities (see
:mod:`newsfacts.events.identity`), their status agrees (held / planned), their modalities are
compatible (``unknown`` fits anything) and their dates agree:

* both dated: the dates lie within ``window_days`` (default 1) of each other;
* otherwise: both articles were published within ``published_window_days`` (default 3), or
  neither side has a date *or* a publication date at all.

Grouping is complete-linkage (a meeting joins a group only if it fits *every* member), so a
chain of Monday–Tuesday–Wednesday reports never glues two different meetings together, and
one article never contributes two meetings to one event. Statements repeated across outlets
merge the same way: same speakers, kind and target, tied to the same event (or, for lone
statements, published within the window), with similar content (shared content words).

Work is blocked by participant key and swept in date order, so the cost is the number of
reports times the few events open in a window — never all pairs. Every choice is made on
sorted keys, so the output does not depend on the order of the input.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs

from newsfacts.contributions import Official
from newsfacts.events import similarity
from newsfacts.events.codes import actor_code
from newsfacts.events.dates import Interval, gap_days, interval, precision
from newsfacts.events.identity import Identity, Resolver
from newsfacts.events.model import Event, EventActor, EventStatement, Source
from newsfacts.events.names import fold
from newsfacts.models import Actor, Article, Meeting, Place, Statement

WINDOW_DAYS = 1
PUBLISHED_WINDOW_DAYS = 3


@attrs.define(slots=True)
class _Report:
    """One article's meeting (or statement), with what merging looks at."""

    article: Article
    fact: Meeting | Statement
    keys: tuple[str, ...]
    day: Interval | None
    pub: dt.date | None
    modality: str = "unknown"
    words: frozenset[str] = frozenset()

    @property
    def ident(self) -> tuple[str, str]:
        return self.article.id, self.fact.id


@attrs.define(slots=True, eq=False)
class _Group:
    order: int
    members: list[_Report] = attrs.field(factory=list)
    articles: set[str] = attrs.field(factory=set)
    modality: str = "unknown"
    min_end: dt.date | None = None
    min_pub: dt.date | None = None
    max_pub: dt.date | None = None
    all_pub: bool = True
    all_unknown: bool = True

    def add(self, r: _Report) -> None:
        self.members.append(r)
        self.articles.add(r.article.id)
        if r.modality != "unknown":
            self.modality = r.modality
        if r.day is not None:
            self.min_end = r.day[1] if self.min_end is None else min(self.min_end, r.day[1])
        if r.pub is None:
            self.all_pub = False
        else:
            self.min_pub = r.pub if self.min_pub is None else min(self.min_pub, r.pub)
            self.max_pub = r.pub if self.max_pub is None else max(self.max_pub, r.pub)
        if r.day is not None or r.pub is not None:
            self.all_unknown = False

    def fits_modality(self, r: _Report) -> bool:
        return "unknown" in (self.modality, r.modality) or self.modality == r.modality

    def fits_published(self, r: _Report, window: int) -> bool:
        if r.pub is None:
            return self.all_unknown
        if not self.all_pub or self.min_pub is None or self.max_pub is None:
            return False
        return abs((r.pub - self.min_pub).days) <= window and abs((r.pub - self.max_pub).days) <= window


class _Context:
    """The resolver plus what every event needs to describe its actors."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.identities: dict[str, Identity] = {}
        self.roles: dict[str, Counter[str]] = defaultdict(Counter)

    def key(self, actor: Actor, day: dt.date | None) -> str:
        ident = self.resolver.identity(actor, day)
        self.identities.setdefault(ident.key, ident)
        if actor.role:
            self.roles[ident.key][actor.role] += 1
        return ident.key

    def event_actor(self, key: str) -> EventActor:
        ident = self.identities[key]
        roles = self.roles.get(key)
        role = min(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0] if roles else None
        return EventActor(key=key, kind=ident.kind, name=ident.name, country=ident.country,
                          official=ident.official, role=role, code=actor_code(ident, role))  # fmt: skip


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while merging.

    The merge allocates many small, acyclic objects that all stay alive until it returns; each
    collection rescans that growing live set, which made 10x the reports take 18x the time.
    Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def events(
    articles: Iterable[Article],
    *,
    window_days: int = WINDOW_DAYS,
    published_window_days: int = PUBLISHED_WINDOW_DAYS,
    officials: Iterable[Official] | None = None,
) -> list[Event]:
    """The events ``articles`` report, each listing every source; sorted by date, then id.

    ``officials`` replaces the built-in officials table (pass
    ``builtin_officials() + plugin_officials(pm)`` to add plugins' entries).
    """
    with _cyclic_gc_paused():
        return _events(articles, window_days, published_window_days, officials)


def _events(
    articles: Iterable[Article],
    window_days: int,
    published_window_days: int,
    officials: Iterable[Official] | None,
) -> list[Event]:
    arts = _unique(articles)
    resolver = Resolver(officials)
    for a in arts:
        for actor in a.actors:
            resolver.observe(actor)
    ctx = _Context(resolver)

    blocks: dict[tuple[str, ...], list[_Report]] = defaultdict(list)
    for a in arts:
        by_id = {x.id: x for x in a.actors}
        for m in a.meetings:
            value = m.date.value if m.date is not None else None
            day = interval(value, a.published)
            anchor = day[0] if day is not None and day[0] == day[1] else a.published
            keys = tuple(sorted({ctx.key(by_id[p], anchor) for p in m.participants}))
            block = (m.status, *keys) if keys else ("unidentified", a.id, m.id)
            blocks[block].append(_Report(a, m, keys, day, a.published, m.modality))

    groups: list[_Group] = []
    for block in sorted(blocks):
        groups.extend(_group_meetings(blocks[block], window_days, published_window_days))

    out: list[Event] = []
    taken: set[str] = set()
    meeting_event: dict[tuple[str, str], str] = {}
    for g in groups:
        eid = _unique_id("ev", _meeting_basis(g), g, taken)
        for r in g.members:
            meeting_event[r.ident] = eid
        out.append(_meeting_event(eid, g, ctx))

    statements = _merge_statements(arts, ctx, meeting_event, published_window_days)
    by_event: dict[str, list[EventStatement]] = defaultdict(list)
    for event_id, st in statements:
        if event_id is not None:
            by_event[event_id].append(st)
        else:
            out.append(_statement_event(st, ctx))
    out = [_with_statements(e, by_event.get(e.id, []), ctx) if e.kind == "meeting" else e for e in out]
    out.sort(key=lambda e: (e.when or "9999", e.id))
    return out


def _with_statements(e: Event, statements: list[EventStatement], ctx: _Context) -> Event:
    """A meeting event with its statements, and every actor they name among its actors."""
    keys = dict.fromkeys(e.participants)
    for st in statements:
        keys.update(dict.fromkeys((*st.speakers, *((st.target,) if st.target else ()))))
    return attrs.evolve(e, statements=tuple(statements), actors=tuple(ctx.event_actor(k) for k in keys))


# -- meetings -----------------------------------------------------------------------------------


def _unique(articles: Iterable[Article]) -> list[Article]:
    """One article per id; should an id come twice with different facts, keep the smallest
    record so that the choice does not depend on order."""
    seen: dict[str, Article] = {}
    for a in articles:
        prior = seen.get(a.id)
        if prior is None or (prior != a and _fingerprint(a) < _fingerprint(prior)):
            seen[a.id] = a
    return [seen[k] for k in sorted(seen)]


def _fingerprint(a: Article) -> str:
    return json.dumps(a.to_json(), sort_keys=True, ensure_ascii=False)


def _group_meetings(reports: list[_Report], window: int, pub_window: int) -> list[_Group]:
    """Complete-linkage groups of one block: dated reports swept by date, then the undated
    ones placed by publication date."""
    groups: list[_Group] = []

    def new_group(r: _Report) -> _Group:
        g = _Group(order=len(groups))
        g.add(r)
        groups.append(g)
        return g

    dated = sorted((r for r in reports if r.day is not None), key=_dated_order)
    undated = sorted((r for r in reports if r.day is None), key=_undated_order)
    by_pub: dict[dt.date, list[_Group]] = defaultdict(list)
    active: list[_Group] = []
    for r in dated:
        assert r.day is not None
        start = r.day[0]
        # Sorted by start: a group whose earliest end is already too far back never fits again.
        active = [g for g in active if g.min_end is not None and (start - g.min_end).days <= window]
        home = next((g for g in active if _fits_dated(g, r, window)), None)
        if home is None:
            home = new_group(r)
            active.append(home)
        else:
            home.add(r)
        if r.pub is not None:
            by_pub[r.pub].append(home)
    for r in undated:
        home = _undated_home(r, groups, by_pub, pub_window)
        if home is None:
            home = new_group(r)
        else:
            home.add(r)
        if r.pub is not None:
            by_pub[r.pub].append(home)
    return groups


def _dated_order(r: _Report) -> tuple[Any, ...]:
    assert r.day is not None
    return r.day[0], r.day[1], r.pub or dt.date.max, r.modality, r.ident


def _undated_order(r: _Report) -> tuple[Any, ...]:
    return r.pub is None, r.pub or dt.date.max, r.modality, r.ident


def _fits_dated(g: _Group, r: _Report, window: int) -> bool:
    assert r.day is not None
    return (
        r.article.id not in g.articles
        and g.fits_modality(r)
        and all(m.day is not None and gap_days(m.day, r.day) <= window for m in g.members)
    )


def _undated_home(
    r: _Report, groups: list[_Group], by_pub: dict[dt.date, list[_Group]], pub_window: int
) -> _Group | None:
    if r.pub is None:
        candidates: Iterable[_Group] = (g for g in groups if g.all_unknown)
    else:
        pub = r.pub
        candidates = {
            id(g): g for d in range(-pub_window, pub_window + 1) for g in by_pub.get(pub + dt.timedelta(days=d), ())
        }.values()
    fits = [g for g in candidates
            if r.article.id not in g.articles and g.fits_modality(r) and g.fits_published(r, pub_window)]  # fmt: skip
    if not fits:
        return None

    def closeness(g: _Group) -> tuple[int, int]:
        if r.pub is None or g.min_pub is None or g.max_pub is None:
            return 0, g.order
        return abs((r.pub - g.min_pub).days) + abs((r.pub - g.max_pub).days), g.order

    return min(fits, key=closeness)


def _sources(reports: Iterable[_Report]) -> tuple[Source, ...]:
    out = [
        Source(
            article=r.article.id,
            url=r.article.url,
            outlet=r.article.outlet,
            published=r.article.published.isoformat() if r.article.published else None,
            fact=r.fact.id,
            evidence=_evidence(r.fact),
        )
        for r in reports
    ]
    out.sort(key=lambda s: (s.published or "", s.outlet or "", s.article, s.fact or ""))
    return tuple(out)


def _evidence(fact: Meeting | Statement) -> tuple[Any, ...]:
    return fact.evidence if isinstance(fact, Meeting) else (fact.evidence,)


def _meeting_basis(g: _Group) -> str:
    first = g.members[0]
    m = first.fact
    assert isinstance(m, Meeting)
    return "|".join(("meeting", m.status, ",".join(first.keys), _merged_date(g) or "", str(g.min_pub or ""),
                     g.modality))  # fmt: skip


def _unique_id(prefix: str, basis: str, g: _Group, taken: set[str]) -> str:
    """A hash of the event's canonical key; a clash (rare) adds the first source."""
    eid = f"{prefix}-{_hash(basis)}"
    if eid in taken:
        first = min(r.ident for r in g.members)
        eid = f"{prefix}-{_hash(basis + '|' + '/'.join(first))}"
    taken.add(eid)
    return eid


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _merged_date(g: _Group) -> str | None:
    values = Counter(
        r.fact.date.value
        for r in g.members
        if isinstance(r.fact, Meeting) and r.fact.date is not None and r.fact.date.value and r.day
    )
    if not values:
        return None
    # Most reported, then most precise, then earliest.
    return min(values.items(), key=lambda kv: (-kv[1], -precision(kv[0]), kv[0]))[0]


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None


def _meeting_event(eid: str, g: _Group, ctx: _Context) -> Event:
    meetings = [r.fact for r in g.members if isinstance(r.fact, Meeting)]
    first = g.members[0]
    places: dict[tuple[str, str], Place] = {}
    place_counts: Counter[tuple[str, str]] = Counter()
    for m in meetings:
        if m.location is not None:
            k = (fold(m.location.name), m.location.country or "")
            place_counts[k] += 1
            places.setdefault(k, Place(m.location.name, m.location.country))
    location = None
    if place_counts:
        best = min(place_counts.items(), key=lambda kv: (-kv[1], kv[0][1] == "", kv[0]))[0]
        location = places[best]
    topics: dict[str, str] = {}
    for r in sorted(g.members, key=lambda r: r.ident):
        assert isinstance(r.fact, Meeting)
        for t in r.fact.topics:
            topics.setdefault(fold(t).strip(), t)
    assert isinstance(first.fact, Meeting)
    return Event(
        id=eid,
        kind="meeting",
        participants=first.keys,
        actors=tuple(ctx.event_actor(k) for k in first.keys),
        modality=g.modality,
        status=first.fact.status,
        date=_merged_date(g),
        published=g.min_pub.isoformat() if g.min_pub else None,
        location=location,
        occasion=_most_common(m.occasion for m in meetings if m.occasion),
        topics=tuple(topics[k] for k in sorted(topics)),
        sources=_sources(g.members),
    )


# -- statements ---------------------------------------------------------------------------------


def _merge_statements(
    arts: list[Article], ctx: _Context, meeting_event: dict[tuple[str, str], str], pub_window: int
) -> list[tuple[str | None, EventStatement]]:
    blocks: dict[tuple[str, ...], list[_Report]] = defaultdict(list)
    tied: dict[tuple[str, str], str | None] = {}
    for a in arts:
        by_id = {x.id: x for x in a.actors}
        day = {m.id: m for m in a.meetings}
        for s in a.statements:
            meeting = day.get(s.meeting) if s.meeting else None
            mday = interval(meeting.date.value, a.published) if meeting and meeting.date else None
            anchor = mday[0] if mday is not None and mday[0] == mday[1] else a.published
            speakers = tuple(sorted({ctx.key(by_id[p], anchor) for p in s.speakers}))
            target = ctx.key(by_id[s.target], anchor) if s.target else ""
            event_id = meeting_event.get((a.id, s.meeting)) if s.meeting else None
            tied[(a.id, s.id)] = event_id
            block = (event_id or "", s.kind, target, *speakers) if speakers else ("unidentified", a.id, s.id)
            blocks[block].append(_Report(a, s, speakers, None, a.published, words=similarity.content_words(s.content)))
    out: list[tuple[str | None, EventStatement]] = []
    taken: set[str] = set()
    for block in sorted(blocks):
        tied_to_event = block[0] not in ("", "unidentified")
        for g in _group_statements(blocks[block], pub_window, tied_to_event=tied_to_event):
            out.append((tied[g.members[0].ident], _statement(g, block, ctx, taken)))
    return out


def _group_statements(reports: list[_Report], pub_window: int, *, tied_to_event: bool) -> list[_Group]:
    groups: list[_Group] = []
    active: list[_Group] = []
    for r in sorted(reports, key=_undated_order):
        if not tied_to_event and r.pub is not None:
            pub = r.pub
            active = [g for g in active if g.min_pub is None or (pub - g.min_pub).days <= pub_window]
        home = next(
            (g for g in active
             if r.article.id not in g.articles
             and (tied_to_event or g.fits_published(r, pub_window))
             and all(similarity.similar(r.words, m.words) for m in g.members)),
            None,
        )  # fmt: skip
        if home is None:
            home = _Group(order=len(groups))
            groups.append(home)
            active.append(home)
        home.add(r)
    return groups


def _statement(g: _Group, block: tuple[str, ...], ctx: _Context, taken: set[str]) -> EventStatement:
    facts = [r.fact for r in g.members if isinstance(r.fact, Statement)]
    first = facts[0]
    content = min((s.content for s in facts), key=lambda c: (-len(c), c))
    basis = "|".join(("statement", *block, str(g.min_pub or ""), fold(content)[:80]))
    sid = _unique_id("st", basis, g, taken)
    target = block[2] if block[0] != "unidentified" and block[2] else None
    return EventStatement(
        id=sid,
        kind=first.kind,
        speakers=g.members[0].keys,
        content=content,
        cue=_most_common(s.cue for s in facts) or first.cue,
        target=target,
        direct=any(s.direct for s in facts),
        cues=tuple(sorted({s.cue for s in facts})),
        sources=_sources(g.members),
    )


def _statement_event(st: EventStatement, ctx: _Context) -> Event:
    keys = tuple(dict.fromkeys((*st.speakers, *((st.target,) if st.target else ()))))
    published = min((s.published for s in st.sources if s.published), default=None)
    return Event(
        id="ev-" + st.id.removeprefix("st-"),
        kind="statement",
        participants=st.speakers,
        actors=tuple(ctx.event_actor(k) for k in keys),
        published=published,
        sources=st.sources,
        statements=(st,),
    )
