"""The working state of one extraction: sentences, lexicon hits, mentions and entities.

Hits and mentions are frozen values. :class:`Entity` and :class:`Doc` are the only mutable
objects: coreference grows an entity's name and mentions as the article goes on, and the
rule families append their findings to the document in pipeline order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Final, NamedTuple

# attr.s(auto_attribs=True) rather than attrs.define: the form mypyc compiles to a native class
# (the compiled build, pyproject.toml), where attribute access is a C field read
import attr

from newsfacts.lexicon import Lexicon
from newsfacts.models import Span

#: a period that closes an abbreviated capitalised word ("Sept.", "Oct.", "Gen."), which ends no clause: an
#: alternative of the free-text classes that stop at a period (meeting.abbrev_gap, "said on Oct. 12 that ...")
ABBREV_PERIOD: Final = r"(?<=[A-Z][a-z]{2})\.|(?<=[A-Z][a-z]{3})\."
#: the word right after a mention, past an adverb of sequence: "Kovac said", "Kovac also said", "X then met" (the
#: meeting, statement and coref rules read the next verb of a subject with it)
WORD_AFTER_RX: Final = re.compile(r"\s+(?:(?:also|further|then|later)\s+)?([a-z]+)\b")

_new = object.__new__
# the slots' own setters: object.__setattr__ looks the slot up on the class at every call, half again the work
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


def span(start: int, end: int) -> Span:
    """A :class:`Span` made without its validators, for offsets the engine already knows are
    valid (``0 <= start <= end``): spans are the engine's most-built object."""
    sp = _new(Span)
    _set_start(sp, start)
    _set_end(sp, end)
    return sp


class Hit(NamedTuple):
    """A lexicon phrase found in the text; ``table`` says which table it comes from.

    A named tuple rather than an attrs class: an article has hundreds of hits, and a tuple
    is made at C speed (it is just as immutable).
    """

    start: int
    end: int
    text: str
    #: country, demonym, place, organization, honorific, agency (names) or
    #: role, plural, body, cue, mverb, mnoun (words)
    table: str
    possessive: bool = False


class Mention(NamedTuple):
    """A span that refers to an actor (or to several, for groups).

    A named tuple like :class:`Hit`: an article has dozens of mentions and a tuple is made
    several times faster than an attrs instance (it is just as immutable; ``_replace``
    makes a changed copy).
    """

    start: int
    end: int
    #: name, country, organization, place, body, pronoun, desc, group, unnamed
    kind: str
    sent: int
    rule: str
    text: str
    country: str | None = None
    role: str | None = None
    name: str | None = None
    possessive: bool = False
    plural: bool = False
    #: unnamed role-holders of several countries: their ISO codes ("the presidents of Iran, Russia and Turkey")
    members: tuple[str, ...] = ()
    #: where the title in front of a name starts (``start`` when there is none)
    title_start: int = -1
    #: where an apposition after a name ends ("Rahimi, the Iranian ... affairs,"), else -1
    tail_end: int = -1

    @property
    def lo(self) -> int:
        """Start of the mention with its title."""
        # each field read once: a named tuple's field is read through its class's descriptor (many rules read it)
        title_start, start = self.title_start, self.start
        return title_start if 0 <= title_start < start else start

    @property
    def hi(self) -> int:
        """End of the mention with its apposition."""
        # a comparison, not max(): builtins.max parses its arguments as keywords (many rules read it)
        tail_end, end = self.tail_end, self.end
        return tail_end if tail_end > end else end

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@attr.s(auto_attribs=True, slots=True)
class Entity:
    """An actor as it builds up: coreference extends its name and mentions."""

    key: int
    kind: str  # person, organization, country, group
    name: str
    country: str | None = None
    role: str | None = None
    unnamed: bool = False
    mentions: list[tuple[int, int]] = attr.ib(factory=list)
    rules: list[str] = attr.ib(factory=list)
    #: the role's head in its canonical form ("Foreign Minister"), for counterparts
    role_head: str | None = None
    _seen: set[tuple[int, int]] = attr.ib(factory=set)

    def add(self, span: tuple[int, int], rule: str) -> None:
        if span not in self._seen:
            self._seen.add(span)
            self.mentions.append(span)
        if rule and rule not in self.rules:
            self.rules.append(rule)


@attr.s(auto_attribs=True, slots=True)
class Doc:
    """One article under extraction."""

    text: str
    sentences: tuple[Span, ...]
    lexicon: Lexicon
    published: dt.date | None
    name_hits: list[Hit] = attr.ib(factory=list)
    word_hits: list[Hit] = attr.ib(factory=list)
    mentions: list[Mention] = attr.ib(factory=list)
    #: mention (start, end) -> entity keys it refers to
    refs: dict[tuple[int, int], tuple[int, ...]] = attr.ib(factory=dict)
    entities: list[Entity] = attr.ib(factory=list)
    firings: list[tuple[str, int, int, str]] = attr.ib(factory=list)
    warnings: list[str] = attr.ib(factory=list)
    #: unnamed role-holders already made, by name ("Foreign Minister of Oman")
    unnamed: dict[str, int] = attr.ib(factory=dict)
    _starts: list[int] = attr.ib(factory=list)
    _index: dict[str, tuple[object, int, list[int]]] = attr.ib(factory=dict)
    #: per-article memo of derived values (preceding words, sentence word buckets)
    memo: dict[object, object] = attr.ib(factory=dict)
    #: the article's home country (ISO3; newsfacts.rules.home), when the pipeline found one: whose
    #: officials the text names without a country ("the Prime Minister said")
    home: str | None = None
    #: where the headline lies in ``text``, when the pipeline found one (read by meeting.title_place only)
    title: tuple[int, int] | None = None

    def __attrs_post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def _between(self, name: str, items: list[Hit] | list[Mention], start: int, end: int) -> list:  # type: ignore[type-arg]
        """Items (sorted by start) that start in ``[start, end)``: a bisect, not a scan."""
        cached = self._index.get(name)
        # the list itself, not its id, tells whether the index is its own: an id is reused once a replaced list
        # is freed (coreference replaces the mention list), and a sum of id and length may meet another's
        if cached is None or cached[0] is not items or cached[1] != len(items):
            cached = (items, len(items), [x.start for x in items])
            self._index[name] = cached
        starts = cached[2]
        lo = bisect.bisect_left(starts, start)
        return items[lo : bisect.bisect_left(starts, end, lo)]

    def names_between(self, start: int, end: int) -> list[Hit]:
        return self._between("names", self.name_hits, start, end)

    def words_between(self, start: int, end: int) -> list[Hit]:
        return self._between("words", self.word_hits, start, end)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return self._between("mentions", self.mentions, start, end)

    def sentence_words(self, i: int) -> list[Hit]:
        """The word hits that start in sentence ``i``: bucketed once per article, not searched per rule."""
        buckets = self.memo.get("sentence_words")
        if buckets is None:
            out: list[list[Hit]] = [[] for _ in self.sentences]
            starts = self._starts
            for h in self.word_hits:
                k = bisect.bisect_right(starts, h.start) - 1
                if k >= 0 and h.start < self.sentences[k].end:
                    out[k].append(h)
            self.memo["sentence_words"] = buckets = out
        return buckets[i]  # type: ignore[index,no-any-return]

    def sentence_words_lower(self, i: int) -> list[tuple[Hit, str]]:
        """The word hits of sentence ``i``, each with its lower-cased text (lower-cased once per
        article, not once per rule family that looks the word up)."""
        buckets = self.memo.get("sentence_words_lower")
        if buckets is None:
            # bucketed like sentence_words, in the same single pass over the hits
            out: list[list[tuple[Hit, str]]] = [[] for _ in self.sentences]
            starts, sentences = self._starts, self.sentences
            for h in self.word_hits:
                k = bisect.bisect_right(starts, h.start) - 1
                if k >= 0 and h.start < sentences[k].end:
                    out[k].append((h, h.text.lower()))
            self.memo["sentence_words_lower"] = buckets = out
        return buckets[i]  # type: ignore[index,no-any-return]

    def sentence_mentions(self, i: int) -> list[Mention]:
        """The mentions (candidates left out) that start in sentence ``i``: what the meeting and
        statement rules read, sliced once per article instead of once per rule family."""
        key = ("sentence_mentions", id(self.mentions) + len(self.mentions))
        buckets = self.memo.get(key)
        if buckets is None:
            # bucketed like sentence_words, in one pass over the mentions (sorted by start) rather than a
            # slice of them per sentence
            out: list[list[Mention]] = [[] for _ in self.sentences]
            starts, sentences = self._starts, self.sentences
            for m in self.mentions:
                if m.kind != "candidate":
                    k = bisect.bisect_right(starts, m.start) - 1
                    if k >= 0 and m.start < sentences[k].end:
                        out[k].append(m)
            self.memo[key] = buckets = out
        return buckets[i]  # type: ignore[index,no-any-return]

    def sent_index(self, pos: int) -> int:
        """The index of the sentence holding ``pos`` (-1 before the first)."""
        return bisect.bisect_right(self._starts, pos) - 1

    def fire(self, rule: str, start: int, end: int, note: str = "") -> None:
        # plain tuples while extracting; Firing objects are made once, at the end
        self.firings.append((rule, start, end, note))

    def entity(self, key: int) -> Entity:
        return self.entities[key]

    def new_entity(
        self,
        kind: str,
        name: str,
        *,
        country: str | None = None,
        role: str | None = None,
        unnamed: bool = False,
        role_head: str | None = None,
    ) -> Entity:
        # Entity's fields in their order, passed by position: a keyword call packs and unpacks a dict per entity
        e = Entity(len(self.entities), kind, name, country, role, unnamed, [], [], role_head)
        self.entities.append(e)
        return e

    def refs_of(self, m: Mention) -> tuple[int, ...]:
        return self.refs.get((m.start, m.end), ())
