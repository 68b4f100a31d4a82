"""statement.possessive_noun: a speaker's possessive before a noun of speech and "that" ("following Rouhani's
announcement that his administration will adopt ...", "the minister's warning that ..."): the possessor said what
follows "that". The nouns and their kinds are the lexicon's ``speech_noun`` table."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState
from newsfacts.rules.statements.content import _make, _sentence_end
from newsfacts.rules.statements.drafts import StatementDraft, StatementState
from newsfacts.rules.statements.speakers import _speaker_keys

#: "'s announcement that ", "’s recent warning that ": the possessive's mark, a noun, "that"
_POSSESSIVE_NOUN_RX: Final = re.compile(
    r"['’]s\s+(?:(?:recent|latest|earlier|new|repeated|public|official)\s+)?(?P<noun>[a-z]+)\s+that\s+"
)
#: a preposition right before the possessor: the noun is inside a phrase of the sentence, whose content runs to the
#: clause's end ("..., following X's announcement that ..."); a possessive noun that is the sentence's subject ("X's
#: announcement that A drew criticism") is left: where its content ends is not known
_PREPOSITION_LEFT_RX: Final = re.compile(
    r"\b(?:[Ff]ollowing|[Aa]fter|[Bb]efore|[Dd]espite|[Ss]ince|[Aa]mid|of|on|to|about|over|with|at|by|against|"
    r"regarding|concerning)\s+(?:the\s+)?$"
)
#: a phrase opening the sentence that the main clause follows after a comma ("Following X's announcement that
#: ..., parliament intensified ..."): the content ends at that comma
_FRONTED_LEAD_RX: Final = re.compile(
    r"\W*(?:[Ff]ollowing|[Aa]fter|[Bb]efore|[Dd]espite|[Ss]ince|[Aa]mid|[Ii]n\s+(?:response|reaction)\s+to|"
    r"[Aa]head\s+of|[Rr]eferring\s+to|[Cc]ommenting\s+on)\s"
)


def may_hold(text: str, span: Span) -> bool:
    """Can the sentence hold a possessive speech noun (a possessive's mark and " that ")? A cheap gate."""
    return text.find(" that ", span.start, span.end) >= 0 and (
        text.find("'s ", span.start, span.end) >= 0 or text.find("’s ", span.start, span.end) >= 0
    )


def possessive_statements(
    doc: Doc, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> list[StatementDraft]:
    """The statements of the sentence's possessive speech nouns (statement.possessive_noun)."""
    text = doc.text
    nouns = doc.lexicon.speech_nouns
    out: list[StatementDraft] = []
    for pm in _POSSESSIVE_NOUN_RX.finditer(text, span.start, span.end):
        kind = nouns.get(pm.group("noun"))
        if kind is None:
            continue
        owner = next((m for m in mentions if m.possessive and m.end == pm.start()), None)
        if owner is None or owner.kind not in ("name", "desc", "organization", "body", "country", "unnamed"):
            continue
        if _PREPOSITION_LEFT_RX.search(text, max(span.start, owner.lo - 30), owner.lo) is None:
            continue
        speakers = _speaker_keys(doc, owner, mstate, sstate)
        if not speakers:
            continue
        end = _sentence_end(doc, span)
        if _FRONTED_LEAD_RX.match(text, span.start, owner.lo) is not None:
            comma = text.find(", ", pm.end(), end)
            if comma >= 0:
                end = comma
        noun = pm.group("noun")
        hit = Hit(pm.start("noun"), pm.end("noun"), noun, "cue")
        st = _make(
            doc, speakers, hit, noun, Cue(kind, noun, "finite"), pm.end(), end, span, "statement.possessive_noun"
        )
        if st is not None:
            out.append(st)
    return out
