"""statement.stated_by: "This was stated today by X": the sentence before is X's words. Its statements told with a
state or a city as their speaker ("Baku hopes that ...") become X's; with none, the whole sentence is X's
statement (news agencies of the former Soviet states write so: "... This was stated by Foreign Ministry
spokesperson X")."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.statements.drafts import StatementDraft, StatementState
from newsfacts.rules.statements.quotemarks import _strip_content

#: the sentence's opening: a pronoun for what was told before, a passive cue, a few words (a day, a place), "by"
_STATED_BY_RX: Final = re.compile(
    r"(?:This|That|It|These|Such\s+[a-z]+)\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|earlier)\s+)?"
    r"(?P<verb>stated|said|announced|noted|declared|emphasized|emphasised|stressed|underlined|underscored|"
    r"voiced|expressed|mentioned)\s+(?:(?!by\b)[\w,-]+\s+){0,4}?by\s+"
)
#: what the sentence may open with (a test before the scan)
STATED_BY_OPENERS: Final = ("This ", "That ", "It ", "These ", "Such ")
#: speakers a stated-by sentence names more precisely: a state or a city told as the one who spoke
_METONYM_KINDS: Final = frozenset({"country", "place"})
_AGENT_KINDS: Final = frozenset({"person", "organization"})


def stated_by(doc: Doc, sent: int, mentions: list[Mention], sstate: StatementState) -> StatementDraft | None:
    """The statement a "This was stated by X" sentence makes of the sentence before it, or None (the statements
    that sentence made, if any, are given X as their speaker in place of a state)."""
    span = doc.sentences[sent]
    text = doc.text
    prev_sent, prev_found = sstate.prev
    if sent == 0 or prev_sent != sent - 1:
        return None
    m = _STATED_BY_RX.match(text, span.start, span.end)
    if m is None:
        return None
    agent = next((x for x in mentions if x.end > m.end()), None)
    if agent is None or agent.lo - m.end() > 4 or agent.possessive:
        return None
    keys = list(doc.refs_of(agent))
    if not keys or any(doc.entity(k).kind not in _AGENT_KINDS for k in keys):
        return None
    if prev_found:
        for st in prev_found:
            if st.speakers and all(doc.entity(k).kind in _METONYM_KINDS for k in st.speakers):
                st.speakers = keys
                st.rules.append("statement.stated_by")
                doc.fire("statement.stated_by", m.start(), agent.end, agent.text)
        return None
    cue = doc.lexicon.cues.get(m.group("verb"))
    if cue is None:
        return None
    prev = doc.sentences[sent - 1]
    s, e, direct = _strip_content(text, prev.start, prev.end)
    if e - s < 10:
        return None
    cue_text = text[m.start() : m.end()].rstrip()
    doc.fire("statement.stated_by", m.start(), agent.end, agent.text)
    return StatementDraft(
        speakers=keys,
        cue=cue_text,
        kind=cue.kind,
        content=text[s:e],
        content_span=Span(s, e),
        evidence=Span(prev.start, span.end),
        direct=direct,
        rules=["statement.stated_by"],
        cue_start=m.start(),
        base=cue.base,
    )
