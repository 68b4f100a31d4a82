"""A message or letter handed over in person: "Ambassador X has handed Y a message from President Z", "X delivered
the president's letter to Y" (meeting.message_handed)."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.objects import HANDED_SOURCE
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings.drafts import MeetingState, _hypothetical
from newsfacts.rules.meetings.fill import _add_draft, _followup
from newsfacts.rules.meetings.keys import _keys
from newsfacts.rules.meetings.patterns import _planned_in
from newsfacts.rules.meetings.subjects import subject_before

#: the verbs of a hand-over (actor.message_recipient reads the same)
_HANDED_RX: Final = re.compile(HANDED_SOURCE)
#: the message itself, after the verb or after its recipient: "a message", "the written letter", "President X's
#: message", "a letter from"; the recipient's apposition may come before it (", the chief adviser to Y, a message")
_MESSAGE_RX: Final = re.compile(
    r"(?:(?:an?|the|his|her)\s+)?(?:(?:[\w’'-]+\s+){0,5}?)(?:written\s+|official\s+|verbal\s+)?(?:message|letter)s?\b"
)
#: the message after its recipient and the recipient's apposition: ", the adviser to Z, a message"
_MESSAGE_AFTER_RX: Final = re.compile(r"\b(?:an?|the|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:message|letter)s?\b")
#: the recipient after the message: " to Y", after its sender ("from President Z to Y") at most
_TO_RX: Final = re.compile(r"\s+to\s+")
#: the kinds of mention a recipient or a bearer may be: a person, named or described
_PERSON_KINDS: Final = frozenset({"name", "desc", "unnamed", "pronoun"})


def _person(doc: Doc, m: Mention | None, state: MeetingState) -> list[int]:
    """The one person ``m`` stands for, or none."""
    if m is None or m.kind not in _PERSON_KINDS or m.possessive:
        return []
    keys = _keys(doc, m, state)
    return keys if len(keys) == 1 and doc.entity(keys[0]).kind == "person" else []


def _message_handed(doc: Doc, sent: int, state: MeetingState) -> None:
    """meeting.message_handed: a person who hands another a message or letter meets them ("X has handed Y, the
    adviser to Z, a message from President W"; "X delivered the president's letter to Y"); not "handed over to the
    embassy", a body, nor a message conveyed, which may go by phone."""
    span = doc.sentences[sent]
    text = doc.text
    hm = _HANDED_RX.search(text, span.start, span.end)
    if hm is None or _hypothetical(text, span, hm.start()):
        return
    mentions = doc.sentence_mentions(sent)
    subj, _m = subject_before(doc, hm.start(), mentions, state)
    if len(subj) != 1 or doc.entity(subj[0]).kind != "person":
        return
    after = [m for m in mentions if m.start >= hm.end()]
    obj: list[int] = []
    if (mm := _MESSAGE_RX.match(text, hm.end(), span.end)) is not None:
        # "delivered a message (from President Z) to Y": the recipient after "to", past the sender
        lim = mm.end() + 80 if mm.end() + 80 < span.end else span.end
        for to in _TO_RX.finditer(text, mm.end(), lim):
            rec = next((m for m in after if m.lo == to.end()), None)
            if rec is not None:
                obj = _person(doc, rec, state)
                break
    elif after and after[0].lo == hm.end():
        # "handed Y(, the adviser to Z,) a message": the recipient first, the message after its apposition
        first = after[0]
        nxt = after[1].lo if len(after) > 1 else span.end
        if _MESSAGE_AFTER_RX.search(text, first.end, nxt if nxt < first.end + 120 else first.end + 120) is not None:
            obj = _person(doc, first, state)
    if not obj or obj == subj:
        return
    parts = [subj[0], obj[0]]
    last = state.last
    if last is not None and set(last.participants) == set(parts) and sent - last.sent <= 3:
        _followup(doc, state, sent, span)  # "During the meeting, X delivered Y the letter": the talk told
        return
    status = "planned" if _planned_in(text, max(span.start, hm.start() - 70), hm.start() + 1) else "held"
    _add_draft(doc, state, parts, status, sent, ("meeting.message_handed",), span, span)
