"""Synthetic articles with known ground truth, as Hypothesis strategies.

``synthetic_articles()`` draws an article about two invented officials of two states: an
optional meeting (held or planned; in person, by phone or by video; a date phrase resolved
against the publication date as the annotation guidelines say; a venue) and statements of
every cue kind in every sentence shape (plain, conjoined, participle, direct quote, fronted
quote), referring to their speakers by name, pronoun, description or jointly. Each draw is a
:class:`SyntheticArticle`: ``text, published, truth = draw(synthetic_articles())``, where
``truth`` names actors by their full names, as the gold corpora do.

Sentences are rendered from the templates in :mod:`newsfacts.testing.tables`; add a row
there to test one more way of writing the same fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
from hypothesis import strategies as st

from newsfacts.testing import tables
from newsfacts.testing.tables import Country, Cue, Role

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The kinds of date phrase a meeting may carry ("none": no date at all).
DATE_KINDS = ("none", "weekday", "month_day", "earlier_in_the_day")


@attrs.frozen
class Person:
    """An invented official: ``"Omani Foreign Minister Karim Dastani"``."""

    given: str
    surname: str
    pronoun: str
    country: Country
    role: Role

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def titled(self) -> str:
        """The first mention: demonym, title and full name."""
        return f"{self.country.demonym} {self.role.title} {self.name}"


@attrs.frozen
class ExpectedMeeting:
    participants: frozenset[str]
    modality: str
    status: str
    #: The date phrase as written ("on Wednesday"), and its value per the guidelines.
    date_text: str | None
    date: str | None
    location: str | None


@attrs.frozen
class ExpectedStatement:
    speakers: frozenset[str]
    cue: str
    kind: str
    content: str
    direct: bool


@attrs.frozen
class Truth:
    persons: tuple[Person, ...]
    meetings: tuple[ExpectedMeeting, ...]
    statements: tuple[ExpectedStatement, ...]


@attrs.frozen
class SyntheticArticle:
    """A generated article and what a careful reader finds in it."""

    text: str
    published: dt.date
    truth: Truth
    #: The article's sentences, each as it stands in ``text``.
    sentences: tuple[str, ...]
    #: The paragraphs (sentences joined by a space), each as it stands in ``text``.
    paragraphs: tuple[str, ...]

    def __iter__(self) -> Iterator[object]:
        """Unpack as ``text, published, truth``."""
        return iter((self.text, self.published, self.truth))


# -- people ------------------------------------------------------------------------------------


@st.composite
def people(draw: st.DrawFn, n: int = 2) -> tuple[Person, ...]:
    """``n`` officials of ``n`` different states, with different given and family names."""
    countries = draw(st.lists(st.sampled_from(tables.COUNTRIES), min_size=n, max_size=n, unique=True))
    given = draw(st.lists(st.sampled_from(tables.GIVEN_NAMES), min_size=n, max_size=n, unique_by=lambda g: g[0]))
    family = draw(st.lists(st.sampled_from(tables.FAMILY_NAMES), min_size=n, max_size=n, unique=True))
    roles = draw(st.lists(st.sampled_from(tables.ROLES), min_size=n, max_size=n))
    return tuple(
        Person(g, f, pronoun, c, r) for (g, pronoun), f, c, r in zip(given, family, countries, roles, strict=True)
    )


# -- dates -------------------------------------------------------------------------------------


@st.composite
def date_phrases(
    draw: st.DrawFn, published: dt.date, status: str, kinds: tuple[str, ...] = DATE_KINDS
) -> tuple[str | None, str | None]:
    """A date phrase and its value: held → on or before ``published``, planned → after it."""
    allowed = [k for k in kinds if status == "held" or k != "earlier_in_the_day"] or ["none"]
    kind = draw(st.sampled_from(allowed))
    if kind == "none":
        return None, None
    if kind == "earlier_in_the_day":
        return "earlier in the day", published.isoformat()
    if kind == "weekday":
        # held: the latest such weekday on or before publication; planned: the next one after
        offset = draw(st.integers(0, 6)) if status == "held" else draw(st.integers(1, 7))
        day = published - dt.timedelta(days=offset) if status == "held" else published + dt.timedelta(days=offset)
        return f"on {_WEEKDAY_NAMES[day.weekday()]}", day.isoformat()
    offset = draw(st.integers(0, 30)) if status == "held" else draw(st.integers(1, 30))
    day = published - dt.timedelta(days=offset) if status == "held" else published + dt.timedelta(days=offset)
    return f"on {_MONTH_NAMES[day.month - 1]} {day.day}", day.isoformat()


# -- meetings ----------------------------------------------------------------------------------


@st.composite
def meeting_sentences(
    draw: st.DrawFn, a: Person, b: Person, published: dt.date, date_kinds: tuple[str, ...] = DATE_KINDS
) -> tuple[str, ExpectedMeeting, frozenset[str] | None]:
    """One sentence telling of a meeting between ``a`` and ``b``; returns it, the truth and its subject."""
    status, modality = draw(st.sampled_from(sorted(tables.MEETING_TEMPLATES)))
    template = draw(st.sampled_from(tables.MEETING_TEMPLATES[status, modality]))
    date_text, date_value = draw(date_phrases(published, status, date_kinds))
    location = None
    if modality == "in_person" and draw(st.booleans()):
        location = draw(st.sampled_from((a.country.city, b.country.city, *tables.NEUTRAL_CITIES)))
    sentence = template.format(
        a=a.titled,
        b=b.titled,
        where=f" in {location}" if location else "",
        when=f" {date_text}" if date_text else "",
    )
    truth = ExpectedMeeting(frozenset({a.name, b.name}), modality, status, date_text, date_value, location)
    subject = None if template.startswith("{a} and {b}") else frozenset({a.name})
    return sentence, truth, subject


# -- statements --------------------------------------------------------------------------------


@attrs.frozen
class _Said:
    sentence: str
    statements: tuple[ExpectedStatement, ...]
    subject: frozenset[str]


@st.composite
def _reference(
    draw: st.DrawFn, person: Person, introduced: set[str], last_subject: frozenset[str] | None, *, lower: bool
) -> str:
    """How the sentence names ``person``: full title first, then surname, pronoun or description."""
    if person.name not in introduced:
        introduced.add(person.name)
        return person.titled
    options = ["surname", "description"]
    if last_subject == frozenset({person.name}):
        options.append("pronoun")  # only where a careful reader resolves it without doubt
    how = draw(st.sampled_from(options))
    if how == "surname":
        return person.surname
    if how == "pronoun":
        return person.pronoun if lower else person.pronoun.capitalize()
    head = draw(st.sampled_from(person.role.heads))
    return f"{'the' if lower else 'The'} {person.country.demonym} {head}"


def _statement(speakers: frozenset[str], cue: str, kind: str, content: str, direct: bool = False) -> ExpectedStatement:
    return ExpectedStatement(speakers, cue, kind, content, direct)


@st.composite
def statement_sentences(
    draw: st.DrawFn,
    persons: tuple[Person, ...],
    introduced: set[str],
    last_subject: frozenset[str] | None,
    *,
    joint: bool,
) -> _Said:
    """One sentence holding one or two statements by one of ``persons`` (or all, when ``joint``)."""
    shapes = ["finite", "conjoined", "participle", "direct", "fronted"] + (["joint"] if joint else [])
    shape = draw(st.sampled_from(shapes))
    cue: Cue = draw(st.sampled_from(tables.CUES))
    content = draw(st.sampled_from(tables.CONTENTS[cue.kind]))
    if shape == "joint":
        names = frozenset(p.name for p in persons)
        subject = draw(st.sampled_from(tables.JOINT_SUBJECTS))
        sentence = f"{subject} {cue.past} {content}."
        return _Said(sentence, (_statement(names, cue.past, cue.kind, content),), names)
    person = draw(st.sampled_from(persons))
    names = frozenset({person.name})
    if shape == "fronted":
        quote = draw(st.sampled_from(tables.QUOTES))
        who = draw(_reference(person, introduced, last_subject, lower=True))
        sentence = draw(st.sampled_from(tables.FRONTED)).format(quote=quote, s_lower=who)
        return _Said(sentence, (_statement(names, f"{who} said", "say", quote, direct=True),), names)
    who = draw(_reference(person, introduced, last_subject, lower=False))
    if shape == "direct":
        quote = draw(st.sampled_from(tables.QUOTES))
        sentence = draw(st.sampled_from(tables.DIRECT)).format(s=who, quote=quote)
        return _Said(sentence, (_statement(names, "said", "say", quote, direct=True),), names)
    if shape == "finite":
        sentence = draw(st.sampled_from(tables.FINITE)).format(s=who, cue=cue.past, content=content)
        return _Said(sentence, (_statement(names, cue.past, cue.kind, content),), names)
    cue2: Cue = draw(st.sampled_from(tables.CUES).filter(lambda c: c.past != cue.past))
    content2 = draw(st.sampled_from(tables.CONTENTS[cue2.kind]))
    templates, second = (tables.CONJOINED, cue2.past) if shape == "conjoined" else (tables.PARTICIPLE, cue2.participle)
    sentence = draw(st.sampled_from(templates)).format(
        s=who, cue=cue.past, content=content, cue2=second, content2=content2
    )
    return _Said(
        sentence,
        (_statement(names, cue.past, cue.kind, content), _statement(names, second, cue2.kind, content2)),
        names,
    )


# -- articles ----------------------------------------------------------------------------------

published_dates = st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31))


@st.composite
def synthetic_articles(
    draw: st.DrawFn,
    *,
    meeting: bool | None = None,
    min_statements: int = 0,
    max_statements: int = 4,
    date_kinds: tuple[str, ...] = DATE_KINDS,
    pronoun_after_meeting: bool = True,
    published: st.SearchStrategy[dt.date] | None = None,
) -> SyntheticArticle:
    """An article with known facts. ``meeting``: always (True), never (False) or either (None).

    ``date_kinds`` limits the meeting's date phrases (see :data:`DATE_KINDS`);
    ``pronoun_after_meeting=False`` keeps the sentence after the meeting from opening with
    a pronoun for the meeting's subject; ``published`` draws the publication date.
    """
    day = draw(published if published is not None else published_dates)
    persons = draw(people())
    a, b = persons
    has_meeting = draw(st.booleans()) if meeting is None else meeting
    sentences: list[str] = []
    meetings: list[ExpectedMeeting] = []
    statements: list[ExpectedStatement] = []
    introduced: set[str] = set()
    last_subject: frozenset[str] | None = None
    if has_meeting:
        sentence, expected, last_subject = draw(meeting_sentences(a, b, day, date_kinds))
        last_subject = last_subject if pronoun_after_meeting else None
        sentences.append(sentence)
        meetings.append(expected)
        introduced.update({a.name, b.name})
    for _ in range(draw(st.integers(min_statements, max_statements))):
        said = draw(statement_sentences(persons, introduced, last_subject, joint=has_meeting))
        if said.sentence in sentences:
            # an article tells a sentence once: a paragraph printed twice is page furniture, and the cleaner
            # removes its second copy
            continue
        sentences.append(said.sentence)
        statements.extend(said.statements)
        last_subject = said.subject
    if not sentences:
        sentences.append(f"{a.titled} arrived in {b.country.city}.")
    # Paragraph breaks between sentences, where the draw says so.
    paragraphs: list[list[str]] = [[sentences[0]]]
    for sentence in sentences[1:]:
        if draw(st.booleans()):
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    joined = tuple(" ".join(p) for p in paragraphs)
    return SyntheticArticle(
        text="\n\n".join(joined),
        published=day,
        truth=Truth(persons, tuple(meetings), tuple(statements)),
        sentences=tuple(sentences),
        paragraphs=joined,
    )


# -- comparing ---------------------------------------------------------------------------------

_LEADING = re.compile(r"^(?:that|of|to)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s.,;:“”\"]+$")


def normalize_content(content: str) -> str:
    """Content as compared: no leading "that"/"of"/"to" (where the cue ends is a matter of
    taste: "warned of | X" or "warned | of X"), no trailing punctuation or quote marks."""
    return _TRAILING.sub("", _LEADING.sub("", content.strip().lstrip('“"')))


def cues_agree(expected: str, got: str) -> bool:
    """The same cue, allowing the same split of "warned of X" as :func:`normalize_content`."""
    e, g = expected.lower(), got.lower()
    return e == g or e.startswith(g + " ") or g.startswith(e + " ")
