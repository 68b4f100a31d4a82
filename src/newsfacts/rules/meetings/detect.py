"""``detect_meetings``, the driver: the gates that skip a rule when its words are absent, then each rule in turn."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.prefilter import Words, holds_any, required_words
from newsfacts.rules.doc import Doc
from newsfacts.rules.meetings.calls import (
    _after_gerund,
    _call_told_after,
    _call_with,
    _called,
    _pair_clause,
    _reception_for,
)
from newsfacts.rules.meetings.cues import _detect_meetings
from newsfacts.rules.meetings.drafts import MeetingState
from newsfacts.rules.meetings.gatherings import (
    _another_time_drafts,
    _attended,
    _brought_together,
    _chaired,
    _joined_by,
    _welcomed,
)
from newsfacts.rules.meetings.hosts import (
    _credentials,
    _discussed_by,
    _guest_of,
    _invitation_accepted,
    _meeting_was_with,
    _meeting_with_named,
    _noun_he_held,
    _participle_meeting,
    _told_in_place,
    _tour,
)
from newsfacts.rules.meetings.messages import _message_handed
from newsfacts.rules.meetings.sides import (
    _SIDE_WORDS,
    _at_the_table,
    _delegated_meeting,
    _next_meeting,
    _side_led_by,
    _side_led_tail,
    _states_format,
)
from newsfacts.rules.meetings.trips import _planned_trip

_TRIP_SOURCE: Final = r"\b(?:travel|fly|head|visit|expected in|due in|arrive in)"
#: _TRIP_SOURCE letter first (as _CITY_SPAN); its words are read from the source (look-behinds split them)
_TRIP_GATE: Final = re.compile(
    r"[tfhveda](?<!\w.)(?:(?<=t)ravel|(?<=f)ly|(?<=h)ead|(?<=v)isit|(?<=e)xpected in|(?<=d)ue in|(?<=a)rrive in)"
)
_TRIP_WORDS: Final = required_words(_TRIP_SOURCE)


#: meeting.cancelled: "a planned meeting between A and B has been cancelled", "the talks were called off"
_CANCELLED_RX: Final = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?"
    r"(?:cancell?ed|called\s+off|scrapped|scuttled)\b"
)

#: the words of a cancellation other than "cancel"
_CALLED_OFF_WORDS: Final = ("called off", "scrapped", "scuttled")


def _cancelled(doc: Doc, span: Span, state: MeetingState, first: int) -> None:
    """meeting.cancelled: the one planned meeting a sentence tells, when it says it is cancelled, is none ("Iran's
    spokesman says a planned meeting between A and B has been cancelled"); a postponed one is still planned."""
    text = doc.text
    if text.find("cancel", span.start, span.end) < 0 and not holds_any(text, _CALLED_OFF_WORDS, span.start, span.end):
        return
    cm = _CANCELLED_RX.search(text, span.start, span.end)
    if cm is None:
        return
    if len(state.drafts) - first != 1 or state.drafts[-1].status != "planned":
        return  # (of several talks told, which one the cancellation is of is a guess)
    state.drafts.pop()
    doc.fire("meeting.cancelled", cm.start(), cm.end(), cm.group())


def detect_meetings(doc: Doc, sent: int, state: MeetingState) -> None:
    """Apply the meeting rules to one sentence."""
    before = len(state.drafts)
    _detect_meetings(doc, sent, state)
    span = doc.sentences[sent]
    if len(state.drafts) > before:
        _cancelled(doc, span, state, before)
    if len(state.drafts) > before and before:
        _another_time_drafts(doc, span, state.drafts[:before], state.drafts[before:])
    # the text and the sentence's bounds, looked up once for the gates below; the sentence sliced once: an ``in``
    # test on it is several times cheaper than a ``find`` call on the text with bounds
    text, start, end = doc.text, span.start, span.end
    sentence = text[start:end]
    trip_words, attended_words, welcomed_words, after_gerund_words, called_words, hints = _gate_words(doc)
    if trip_words and holds_any(sentence, trip_words) and _TRIP_GATE.search(text, start, end):
        _planned_trip(doc, sent, state)
    if attended_words and holds_any(sentence, attended_words) and _ATTENDED_GATE.search(text, start, end):
        _attended(doc, sent, state)
    if state.drafts and " joined by " in sentence:
        _joined_by(doc, sent, state)
    # every opener but one holds "meeting ": one search rules out most sentences before the five
    if ("meeting " in sentence or ", holding talks" in sentence) and any(w in sentence for w in _PARTICIPLE_OPENERS):
        _participle_meeting(doc, sent, state)
    if " held with " in sentence or " had with " in sentence:
        _noun_he_held(doc, sent, state)
    if "creden" in sentence:
        _credentials(doc, sent, state)
    if ("hand" in sentence or "deliver" in sentence) and ("message" in sentence or "letter" in sentence):
        _message_handed(doc, sent, state)
    if "discussed " in sentence and "by" in sentence:  # (every match of _DISCUSSED_BY holds "by")
        _discussed_by(doc, sent, state)
    if "guest of " in sentence or "invitation of " in sentence:
        _guest_of(doc, sent, state)
    if "tour" in sentence:
        _tour(doc, sent, state)
    # (the words first: state.last walks the drafts)
    if text.startswith("The ", start) and text.find(" with ", start, start + 60) >= 0 and state.last is not None:
        _meeting_with_named(doc, sent, state)
    if (" was with " in sentence or "place with " in sentence) and state.last is not None:
        _meeting_was_with(doc, sent, state)
    # ("ed by " alone is in "issued by", "developed by": the rule reads nothing unless a side is led by someone, or a
    # head "led the" side of a meeting told before)
    if ("ed by " in sentence and holds_any(sentence, _SIDE_WORDS) and _side_led_tail(text, start, end)) or (
        state.drafts and " led the " in sentence
    ):
        _side_led_by(doc, sent, state)
    if " table" in sentence:
        _at_the_table(doc, sent, state)
    if state.drafts and "next " in sentence:
        _next_meeting(doc, sent, state)
    if "-" in sentence and (" convene" in sentence or " be held" in sentence or " to hold " in sentence):
        _states_format(doc, sent, state)
    if "accepted" in sentence:
        _invitation_accepted(doc, sent, state)
    if state.drafts and ("agree" in sentence or "decided" in sentence) and " meet" in sentence:
        _delegated_meeting(doc, sent, state)
    if "co-chaired by" in sentence or "brought together" in sentence:
        _brought_together(doc, sent, state)
    # (" and " first: most sentences hold it, and the two scans for "they" are not made; the words of
    # _PAIR_CLAUSE_WORDS that hold " their " only when the sentence does: most do not)
    their = " their " in sentence
    if (" and " in sentence or " they " in sentence or their) and (
        holds_any(sentence, _PAIR_OTHER_WORDS) or (their and holds_any(sentence, _PAIR_THEIR_WORDS))
    ):
        _pair_clause(doc, sent, state)
    if "reception " in sentence:
        _reception_for(doc, sent, state)
    if state.drafts and "call" in sentence:
        _call_told_after(doc, sent, state)
    if "told " in sentence and (not state.drafts or state.drafts[-1].sent != sent):
        _told_in_place(doc, sent, state)
    if "call with " in sentence or "calls with " in sentence:
        _call_with(doc, sent, state)
    for hint in hints:  # (a loop, not any(): no generator made per sentence)
        if hint in sentence:
            break
    else:
        return  # one word test for the four rules below: most sentences have none of their words
    # (three rules' own gates are parts of _HOST_CALL_GATE: only _chaired's substring test needs the scan)
    if welcomed_words and holds_any(sentence, welcomed_words) and _WELCOMED_GATE.search(text, start, end):
        _welcomed(doc, sent, state)
    if "attended by" in sentence and _HOST_CALL_GATE.search(text, start, end) is not None:
        _chaired(doc, sent, state)
    if (
        after_gerund_words
        and holds_any(sentence, after_gerund_words)
        and _AFTER_GERUND_ING.search(text, start, end)
        and _AFTER_GERUND_GATE.search(text, start, end)
    ):
        _after_gerund(doc, sent, state)
    if called_words and holds_any(sentence, called_words) and _CALLED_GATE.search(text, start, end):
        _called(doc, sent, state)


def _gate_words(doc: Doc) -> tuple[tuple[str, ...], ...]:
    """The words of each of detect_meetings' word gates (a word every match of a gate regex holds; the host-call
    hints), or, for a gate tested in every sentence, none when the article holds none of them: the gate is then
    shut for every sentence, with no test. Told once per article, in the memo."""
    got = doc.memo.get("meetings.gate_words")
    if got is None:
        text = doc.text
        gates: list[tuple[str, ...]] = []
        for words, whole in zip(_GATE_WORD_SETS, _GATE_WHOLE_TEXT, strict=True):
            listed = ("",) if words is None else tuple(words)  # (no set known: "", which every text holds)
            gates.append(listed if not whole or holds_any(text, listed) else ())
        got = doc.memo["meetings.gate_words"] = tuple(gates)
    return got  # type: ignore[return-value]


#: the words a participle of _PARTICIPLE_RX opens with: a substring test before the scan (detect_meetings looks
#: for "meeting " and ", holding talks" first: keep every opener holding one of them)
_PARTICIPLE_OPENERS: Final = (", meeting ", ", holding talks", ", later meeting ", ", then meeting ", ", also meeting ")


#: the four rules' gate, as it reads (its words are read from this form)
_HOST_CALL_SOURCE: Final = (
    r"\b(?:welcom|greet|play(?:ed|s)? host|attended by|(?:meeting|hosting|receiving) (?:with )?(?:[A-Z]|the )"
    r"|(?:called|dialled|dialed|rang) )"
)
#: _HOST_CALL_SOURCE letter first (as _CITY_SPAN), each letter's alternatives in their order
_HOST_CALL_GATE: Final = re.compile(
    r"[acdghmprw](?<!\w.)(?:(?<=w)elcom|(?<=g)reet|(?<=p)lay(?:ed|s)? host|(?<=a)ttended by"
    r"|(?:(?<=m)eeting|(?<=h)osting|(?<=r)eceiving) (?:with )?(?:[A-Z]|the )"
    r"|(?:(?<=c)alled|(?<=d)ialled|(?<=d)ialed|(?<=r)ang) )"
)


#: the words every match of _HOST_CALL_GATE holds: a substring test before the scan
_HOST_CALL_WORDS: Final = required_words(_HOST_CALL_SOURCE)
#: fewer, shorter words, one inside each of _HOST_CALL_WORDS ("host" in " host" and "hosting "): the test that
#: skips the four rules' own gates, nine substring tests a sentence instead of eleven (a sentence it lets through
#: that holds none of _HOST_CALL_WORDS fails their gates)
_HOST_CALL_HINTS: Final = (
    "meeting ",
    "host",
    "welcom",
    "greet",
    "attended by",
    "receiving ",
    "called ",
    "dial",
    "rang ",
)
assert _HOST_CALL_WORDS is not None and all(any(h in w for h in _HOST_CALL_HINTS) for w in _HOST_CALL_WORDS)


#: meeting.called_to: "X called Y on Monday to discuss ...", "X called Y by phone", "X dialled Y": a phone call
#: (never "called Y a liar", "called on Y to", "called for")
_CALLED_SOURCE: Final = r"\b(?:called|dialled|dialed|rang) "
#: _CALLED_SOURCE letter first (as _TRIP_GATE)
_CALLED_GATE: Final = re.compile(r"[cdr](?<!\w.)(?:(?<=c)alled|(?<=d)ialled|(?<=d)ialed|(?<=r)ang) ")
_CALLED_WORDS: Final = required_words(_CALLED_SOURCE)


#: meeting.after_meeting: "After meeting Y on Monday, X said ...", "X told reporters after hosting Y ..."
_AFTER_GERUND_SOURCE: Final = r"\b(?:meeting|hosting|receiving) (?:with )?(?:[A-Z]|the )"
#: _AFTER_GERUND_SOURCE letter first (as _TRIP_GATE)
_AFTER_GERUND_GATE: Final = re.compile(
    r"[mhr](?<!\w.)(?:(?<=m)eeting|(?<=h)osting|(?<=r)eceiving) (?:with )?(?:[A-Z]|the )"
)
#: _AFTER_GERUND_GATE from the literal "ing " (the engine skips to it), look-behinds telling the word: found in every
#: window _AFTER_GERUND_GATE is (and in one that starts inside the word), several times cheaper
_AFTER_GERUND_ING: Final = re.compile(
    r"ing (?:(?<=\bmeeting )|(?<=\bhosting )|(?<=\breceiving ))(?:with )?(?:[A-Z]|the )"
)
_AFTER_GERUND_WORDS: Final = required_words(_AFTER_GERUND_SOURCE)


#: the words one of the three patterns of _pair_clause needs, tested before the patterns are run
_PAIR_CLAUSE_GATE: Final = re.compile(
    r" (?:met|held talks|held a meeting|sat down|spoke by)\b"
    r"|(?:ended|concluded|wrapped up|began|started|opened|finished) their "
)
_PAIR_CLAUSE_WORDS: Final = required_words(_PAIR_CLAUSE_GATE)
#: _PAIR_CLAUSE_WORDS split: those holding " their " ("ended their ") are looked for only in a sentence that holds it
_PAIR_THEIR_WORDS: Final = frozenset(w for w in _PAIR_CLAUSE_WORDS or () if " their " in w)
_PAIR_OTHER_WORDS: Final = None if _PAIR_CLAUSE_WORDS is None else _PAIR_CLAUSE_WORDS - _PAIR_THEIR_WORDS


#: meeting.welcomed: "Y welcomed X to Lima", "Y greeted X at the palace", "X was welcomed by Y in Lima",
#: "Y played host to X": a host receiving a guest (never "welcomed the decision", "welcomed X's remarks")
_WELCOMED_SOURCE: Final = r"\b(?:welcom|greet|played host|plays host)"
#: _WELCOMED_SOURCE letter first (as _TRIP_GATE)
_WELCOMED_GATE: Final = re.compile(r"[wgp](?<!\w.)(?:(?<=w)elcom|(?<=g)reet|(?<=p)layed host|(?<=p)lays host)")
_WELCOMED_WORDS: Final = required_words(_WELCOMED_SOURCE)


#: meeting.attended: "Z also attended the meeting", "Z was also present at the talks", "Z took part
#: in the talks", "The talks were also attended by Z": Z joins the meeting told last
_ATTENDED_SOURCE: Final = (
    r"\b(?:attend|present\b|took part|taking part|participated|chaired by|facilitated by|mediated by|moderated by)"
)
#: _ATTENDED_SOURCE letter first (as _TRIP_GATE)
_ATTENDED_GATE: Final = re.compile(
    r"[aptcfm](?<!\w.)(?:(?<=a)ttend|(?<=p)resent\b|(?<=t)ook part|(?<=t)aking part|(?<=p)articipated|(?<=c)haired by"
    r"|(?<=f)acilitated by|(?<=m)ediated by|(?<=m)oderated by)"
)
_ATTENDED_WORDS: Final = required_words(_ATTENDED_SOURCE)
#: the word gates of detect_meetings, in the order _gate_words gives them (defined here, after the last of them)
_GATE_WORD_SETS: Final[tuple[Words | tuple[str, ...] | None, ...]] = (
    _TRIP_WORDS,
    _ATTENDED_WORDS,
    _WELCOMED_WORDS,
    _AFTER_GERUND_WORDS,
    _CALLED_WORDS,
    _HOST_CALL_HINTS,  # (in its order: the commonest first)
)
#: which of _GATE_WORD_SETS are first looked for in the whole text: the gates detect_meetings tests in every sentence
#: (a text with none of their words has none in a sentence), and the hints, which the text holds early on; the other
#: three are tested only in the sentences that hold a hint, fewer characters than the whole text (a search of the
#: text for each of their words, none there, cost more than the rule's tests)
_GATE_WHOLE_TEXT: Final = (True, True, False, False, False, True)
