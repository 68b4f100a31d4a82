"""What the statement rules pass around: a statement's draft, the article's statement state, and the small
lookups every rule uses (a cue's hit, a sentence's span, whether entities are all of a kind)."""

from __future__ import annotations

import attr

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.rules.doc import Doc, Hit


@attr.s(auto_attribs=True, slots=True)
class StatementDraft:
    """A statement before ids are given."""

    speakers: list[int]
    cue: str
    kind: str
    content: str
    content_span: Span
    evidence: Span
    direct: bool
    rules: list[str]
    cue_start: int
    target: int | None = None
    source: str | None = None
    meeting: int | None = None
    sent: int = -1
    #: the cue's base form ("describe"), for content rules that apply after some cues only
    base: str = ""


@attr.s(auto_attribs=True, slots=True)
class StatementState:
    """The last statement source ("the statement said" refers to it)."""

    source: list[int] = attr.ib(factory=list)
    #: the last quoted statement's speaker (-1: none), its cue and cue base, where its paragraph ends, and where
    #: a quote paragraph read as its continuation ends (statement.quote_paragraph)
    quote_speaker: int = -1
    quote_cue: str = ""
    quote_base: str = ""
    quote_end: int = -1
    quote_skip: int = -1
    quote_open: bool = False
    #: the sentence told before and the statements it made (statement.stated_by gives them their speaker)
    prev: tuple[int, list[StatementDraft]] = attr.ib(factory=lambda: (-1, []))


def _cue_of(doc: Doc, h: Hit) -> Cue | None:
    return doc.lexicon.cues.get(h.text.lower())


def span_sent(doc: Doc, span: Span) -> int:
    return doc.sent_index(span.start)


def _all_of_kind(doc: Doc, keys: list[int], kind: str) -> bool:
    """Are all the entities of ``keys`` of ``kind`` (true of none)?"""
    entities = doc.entities
    for k in keys:  # noqa: SIM110 - a loop, not all(): no generator made per call (a hot path)
        if entities[k].kind != kind:
            return False
    return True
