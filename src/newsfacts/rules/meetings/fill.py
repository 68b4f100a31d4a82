"""What fills a draft besides its parties: its place, topics and date (``_fill``), a draft added to the state,
and the follow-up sentences that add to the last meeting."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import DateRef, Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.dates import find_date, find_event_date
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState
from newsfacts.rules.meetings.places import _unlisted_place, gazetteer_city, location_in

#: where a meeting's topics end (or the tail's end, "$", told by topics_in): each alternative opens with a space, a
#: stop or a comma, one class the engine skips to (with "$" among them, every position was tried)
_TOPICS_END: Final = re.compile(
    r"[\s.;”\",](?:(?<=\s)\s*(?:in the meeting|during the meeting|in the phone call|at the meeting)\b|(?<=[.;”\"])"
    r"|(?<=,)\s+(?:according to|the \w+ said))"
)
#: the words every match of _TOPICS_END but a stop's holds: a tail with none of them ends at its first stop, found by a
#: one-class scan (the full scan tries the phrases at every space)
_TOPICS_END_WORDS: Final = ("the meeting", "in the phone call", "according to", " said")
#: a stop, where _TOPICS_END matches whatever follows
_TOPICS_STOP: Final = re.compile(r"[.;”\"]")
_SIDELINES: Final = re.compile(r"\bon the sidelines of\s+(?:the\s+)?([^,.;]{3,120})")


def topics_in(doc: Doc, start: int, end: int) -> list[str]:
    lx = doc.lexicon
    # (the words that start in the span, read in place: the topic verb is near the first ones, and no list of those
    # that also end in it is made first)
    for h in doc.words_between(start, end):
        if h.end > end:
            continue
        low = h.text.lower()
        if low in lx.topic_verbs and not low.endswith("ing"):
            pos = h.end
            m = _TOPICS_IN_RX1.match(doc.text[pos:end])
            if m:
                pos += m.end()
            tail = doc.text[pos:end]
            stop = (_TOPICS_END if holds_any(tail, _TOPICS_END_WORDS) else _TOPICS_STOP).search(tail)
            # (none: the tail's end, where "$" matches, before a last line break)
            body = tail[: stop.start() if stop is not None else len(tail) - 1 if tail.endswith("\n") else len(tail)]
            body = body.strip().rstrip(",")
            parts = [p.strip() for p in (_TOPICS_IN_RX2 if "as well as" in body else _TOPICS_IN_COMMA).split(body)]
            return [p for p in parts if p and len(p) < 200][:8]
    return []


def _parties_told_after(
    doc: Doc, state: MeetingState, keys: list[int], sent: int, told: int, rule: str, where: Span
) -> None:
    """An in-person meeting told in sentence ``told`` with no parties, whose ``keys`` sentence
    ``sent`` names (meeting.at_the_table, meeting.sides_named); ``where`` is what the rule read."""
    at, span = doc.sentences[told], doc.sentences[sent]
    d = MeetingDraft(keys, "in_person", "held", sent)
    d.evidence.append(at)
    if span != at:
        d.evidence.append(span)
    d.rule(rule)
    _fill(doc, d, at)
    state.drafts.append(d)
    doc.fire(rule, where.start, where.end, " + ".join(doc.entity(k).name for k in keys))


def _add_draft(
    doc: Doc,
    state: MeetingState,
    parts: list[int],
    status: str,
    sent: int,
    rules: tuple[str, ...],
    fill: Span,
    where: Span,
    modality: str = "in_person",
) -> MeetingDraft:
    """The tail the sentence rules share: a draft of ``parts`` with its sentence as evidence, its ``rules`` (the
    first one fired at ``where``), its day and place read from ``fill``, kept in ``state``."""
    d = MeetingDraft(parts, modality, status, sent)
    d.evidence.append(doc.sentences[sent])
    for r in rules:
        d.rule(r)
    _fill(doc, d, fill)
    state.drafts.append(d)
    doc.fire(rules[0], where.start, where.end, " + ".join(doc.entity(k).name for k in parts))
    return d


def _group_topic(doc: Doc, mentions: list[Mention], triggers: list[tuple[Hit, str]]) -> bool:
    return any(m.kind == "group" for m in mentions) and any(low in doc.lexicon.topic_verbs for _h, low in triggers)


def _followup(doc: Doc, state: MeetingState, sent: int, span: Span) -> None:
    last = state.last
    if last is None or sent - last.sent > 6:
        return
    if span not in last.evidence:
        last.evidence.append(span)
    last.rule("meeting.followup")
    _fill(doc, last, span)
    doc.fire("meeting.followup", span.start, span.end)


def _day_told_before(doc: Doc, span: Span, said: DateRef, planned: bool) -> tuple[DateRef, str]:
    """date.same_day_told_before: "X arrived in Minsk on Friday ... He met Y later in the day": "later in the day",
    "earlier in the day" and "on the same day" are the day the sentence before tells, when it tells one; the
    day of publication otherwise (date.today)."""
    sent = doc.sent_index(span.start)
    if sent > 0:
        prev = doc.sentences[sent - 1]
        before = find_date(doc.text, prev.start, prev.end, doc.published, planned)
        if before is not None and before[0].value and before[1] != "date.today":
            doc.fire("date.same_day_told_before", before[0].span.start, before[0].span.end, before[0].value)  # type: ignore[union-attr]
            return DateRef(said.text, before[0].value, said.span), "date.same_day_told_before"
    return said, "date.today"


def _fill(doc: Doc, d: MeetingDraft, span: Span, pivot: int = -1) -> None:
    """Date, location, occasion and topics from one sentence of a meeting. With a ``pivot`` (the
    meeting's verb), a day told after it wins over one told before ("X, who arrived on Monday, met
    Y on Tuesday": Tuesday)."""
    if d.date is None:
        planned = d.status == "planned"
        found = None
        if span.start < pivot < span.end:
            found = find_event_date(doc.text, pivot, span.end, doc.published, planned)
        if found is None:
            start = span.start
            if (
                planned
                and span.start < pivot < span.end
                and (rel := _REL_CLAUSE_RX.search(doc.text, span.start, pivot))
                and _PAST_ARRIVAL.search(doc.text, span.start, rel.start())
            ):
                start = rel.end()  # "arrived on Tuesday for a visit, during which he will meet Y": not Tuesday
            # "X said on Wednesday after talks with Y": the day of the report is the day of the talks
            finder = find_date if "meeting.said_after_talks" in d.rules else find_event_date
            found = finder(doc.text, start, span.end, doc.published, planned)
        if (
            found is not None
            and found[1] == "date.today"
            and found[0].text.lower().endswith(("in the day", "same day"))
        ):
            found = _day_told_before(doc, span, found[0], planned)
        if found is not None:
            d.date, rule = found
            d.rule(rule)
            doc.fire(rule, found[0].span.start, found[0].span.end, found[0].value or "")  # type: ignore[union-attr]
    if d.location is None and d.modality != "phone":
        end = _topics_start(doc, span)
        # the parties' states: of several cities of a name, the one in their state ("Valencia")
        near = tuple(doc.entity(k).country for k in d.participants)
        # meeting.unlisted_place for a city of the gazetteer: the town right after the verb is where they met, before
        # a place of the tables told later ("met on Monday in the border city of Tumbes to prepare the cabinet
        # meeting to be held in Quito")
        first = _unlisted_place(doc, pivot, end, near) if span.start <= pivot < end else None
        if first is not None and doc.lexicon.is_city(first.name) and first.name not in doc.lexicon.places:
            d.location = first
            d.rule("meeting.unlisted_place")
            d.rule("meeting.gazetteer_city")
        else:
            if span.start < pivot < end:
                # meeting.location_after_verb: "X said in Berlin that the three would meet in Paris": the place
                # told after the meeting's verb wins over one told before it
                d.location = location_in(doc, pivot, end)
            if d.location is None:
                d.location = location_in(doc, span.start, end)
            if d.location is not None:
                d.rule("meeting.location")
            elif first is not None:
                d.location = first
                d.rule("meeting.unlisted_place")
            else:
                # the gazetteer's cities where no table's place, venue or town right after the verb is told: after
                # the verb first, as above
                held = d.status == "held"
                if span.start < pivot < end:
                    d.location = gazetteer_city(doc, pivot, end, near, held)
                if d.location is None:
                    d.location = gazetteer_city(doc, span.start, end, near, held)
                if d.location is not None:
                    d.rule("meeting.location")
                    d.rule("meeting.gazetteer_city")
    if d.occasion is None and (at := doc.text.find("sidelines", span.start, span.end)) >= 0:
        # a match starts with "on the " right before the word: no earlier start need be tried
        m = _SIDELINES.search(doc.text, max(span.start, at - len("on the ")), span.end)
        if m:
            d.occasion = m.group(1).strip()
            d.rule("meeting.occasion")
    for t in topics_in(doc, span.start, span.end):
        if t not in d.topics:
            d.topics.append(t)
            d.rule("meeting.topics")


def _topics_start(doc: Doc, span: Span) -> int:
    """Where a topic verb's object starts: a place named after it is a topic, not the venue."""
    for h in doc.words_between(span.start, span.end):
        if h.text.lower() in doc.lexicon.topic_verbs:
            if h.text.lower().endswith("views") and doc.text.startswith(" with ", h.end):
                # meeting.views_with_venue: "exchanged views with Y in Geneva on ...": the party and the venue come
                # before the topic's "on"
                on = _TOPIC_ON_RX.search(doc.text, h.end, span.end)
                return on.start() if on is not None else span.end
            return h.end
    return span.end


#: the start of a topic after "exchanged views with Y in Geneva": " on ", " about ", " regarding "
_TOPIC_ON_RX: Final = re.compile(r"\s(?:on|about|regarding|over)\s+(?![A-Z][a-z]+day\b|\d)")


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_TOPICS_IN_RX1: Final = re.compile(r"\s+(?:on|about|over)\s+")
#: (",\s*(?:including\s+|as well as\s+|and\s+)?|\s+as well as\s+", a class of first characters first: the engine
#: skips to its candidates, where the alternation was tried at every position; a look-behind tells which it was)
_TOPICS_IN_RX2: Final = re.compile(r"[,\s](?:(?<=,)\s*(?:including\s+|as well as\s+|and\s+)?|(?<=\s)\s*as well as\s+)")
#: _TOPICS_IN_RX2 for a list with no "as well as": its commas only (a scan that skips to them, where the whole tries
#: each space too)
_TOPICS_IN_COMMA: Final = re.compile(r",\s*(?:including\s+|and\s+)?")
_REL_CLAUSE_RX: Final = re.compile(r"(?:,\s*|\s)(?:where|during which|in which|after which|when)\b(?=[^,]*$)")
_PAST_ARRIVAL: Final = re.compile(r"\b(?:arrived|landed|began|started|kicked off)\b")
