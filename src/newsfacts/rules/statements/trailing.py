"""statement.trailing_source: a source after what it reports ("..., people familiar with the matter said",
"..., his office said", "..., the readout said")."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState
from newsfacts.rules.statements.content import _make
from newsfacts.rules.statements.drafts import StatementDraft, StatementState
from newsfacts.rules.statements.issuers import _communique_parties
from newsfacts.rules.statements.offices import _office_of, _office_owner
from newsfacts.rules.statements.patterns import _FRONT_TAIL


def _trailing_source(
    doc: Doc, h: Hit, cue: Cue, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> StatementDraft | None:
    """statement.trailing_source: "..., people familiar with the matter said", "..., the people said",
    "..., his office said", "..., the readout said": a source no actor rule names, after its content."""
    text = doc.text
    lo = h.start - 70 if h.start - 70 > span.start else span.start
    if not holds_any(text, _TRAILING_SOURCE_WORDS, lo, h.start):
        return None
    sm = _TRAILING_SOURCE_RX.search(text, lo, h.start)
    if sm is None or not _FRONT_TAIL.fullmatch(text, h.end, span.end):
        return None
    src0, src1 = sm.start("src"), sm.end("src")
    phrase = text[src0:src1]
    low = phrase.lower()
    if not low.startswith("the same source") and any(m.start < src1 and src0 < m.end for m in mentions):
        return None  # an actor rule knows this source: the finite rule reads it
    keys: list[int] = []
    extra = ""
    if low.endswith(" office"):
        owner = _office_owner(doc, span, mentions, mstate, src0)
        if len(owner) != 1:
            return None
        person = doc.entity(owner[0])
        keys = [_office_of(doc, person, f"{person.name}'s {phrase.split(None, 1)[1]}")]
    elif low.startswith(("the readout", "the statement", "the communiqu", "the release")):
        keys = list(sstate.source)
        if not keys and low.startswith("the communiqu"):
            keys = _communique_parties(doc, span, mstate)
            extra = "statement.communique_parties"
    elif low in ("the people", "the persons"):
        keys = [v for k, v in reversed(doc.unnamed.items()) if k.startswith("people:")][:1]
    elif low.startswith("the same source"):
        # statement.same_sources: "..., the same sources said": the unnamed sources told last
        keys = [
            e.key
            for e in reversed(doc.entities)
            if e.unnamed and e.kind in ("group", "person") and e.name.lower().endswith(("source", "sources"))
        ][:1]
        extra = "statement.same_sources"
    else:
        name = phrase[4:] if low.startswith("the ") else phrase
        key = "people:" + name.lower()
        if key not in doc.unnamed:
            e = doc.new_entity("group", name, country=None, unnamed=True)
            doc.unnamed[key] = e.key
        keys = [doc.unnamed[key]]
    if not keys:
        return None
    for k in keys:
        doc.entity(k).add((src0, src1), "statement.trailing_source")
    cend = sm.start()
    if text[cend] != ",":
        cend += 1
    st = _make(doc, keys, h, text[src0 : h.end], cue, span.start, cend, span, "statement.trailing_source")
    if st is not None and extra:
        st.rules.append(extra)
    return st


#: the source phrase before a trailing cue ("..., people familiar with the matter said")
_TRAILING_SOURCE_RX: Final = re.compile(
    r"(?:,|[,.!?]?[”\"’])\s*(?P<src>(?:[Tt]he\s+)?(?:people|persons|those)\s+(?:familiar|briefed|close|with\s+knowledge)"
    r"\b[^,;“”\"]{0,40}?|[Tt]he\s+(?:people|persons)|(?:his|her|their)\s+office|"
    r"[Tt]he\s+(?:readout|statement|communiqu[eé]|release)|[Tt]he\s+same\s+sources?)\s+(?:also\s+|further\s+)?$"
)

_TRAILING_SOURCE_WORDS: Final = frozenset(
    {"people", "persons", "those", "office", "readout", "statement", "communiqué", "communique", "release", "same"}
)
