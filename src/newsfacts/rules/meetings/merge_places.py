"""The place of merged meetings: the article's dateline, the lead occasion, a place shared, told in the title,
on arrival or on one visit."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.models import DateRef, Place, Span
from newsfacts.rules.dates import dateline_day, find_event_date
from newsfacts.rules.doc import Doc
from newsfacts.rules.meetings.drafts import MeetingDraft, meeting_words
from newsfacts.rules.meetings.patterns import _REMOTE
from newsfacts.rules.meetings.places import (
    _caps_name,
    _location_left,
    gazetteer_cities,
    gazetteer_city,
    location_in,
    title_place,
)

#: meeting.dateline_place: a dateline just before the body or opening it: "PUTRAJAYA: ", "Rabat – ",
#: "Ulaanbaatar /MONTSAME/. ", "CHISINAU, April 8 /MOLDPRES/ – ", "New Delhi [India], December 3 (ANI): "
_DATELINE_ANY: Final = re.compile(
    r"(?P<place>[A-Z][A-Za-z\u00C0-\u024F'’.-]+(?:[ -][A-Z][A-Za-z\u00C0-\u024F'’.-]+){0,2})"
    r"(?:\s*\[[A-Z][\w ]{1,30}\])?(?:,[^\n:—–]{1,40}?)?\s*(?:\([A-Za-z ]{2,20}\))?\s*(?:/[A-Z][\w-]{1,15}/\.?\s*)?"
    r"(?:[:—–]|--|-(?=\s))?\s*$"
)


def _line_before(text: str, line_start: int) -> int:
    """Where the last non-blank line before the line opening at ``line_start`` (> 0) starts, over blank lines
    ("Baku, March 12, AZERTAC\n\nPresident ...")."""
    back = line_start - 1
    while back > 0 and text[back - 1] == "\n":
        back -= 1
    return text.rfind("\n", 0, max(0, back)) + 1


def article_dateline(doc: Doc) -> Place | None:
    """The place of the dateline before the body or at its start, when it names a place the lexicon knows."""
    found = doc.memo.get("article_dateline", False)
    if found is not False:
        return found  # type: ignore[return-value]
    found = None
    if doc.sentences:
        first = doc.sentences[0].start
        line_start = doc.text.rfind("\n", 0, first) + 1
        cands = []
        if first > 0:
            # the dateline line or prefix right before the body ("PUTRAJAYA: " stripped by the cleaner)
            cands.append((_line_before(doc.text, first) if line_start == first else line_start, first))
        # the body's first sentence opening with it ("Ulaanbaatar /MONTSAME/. The consultation ...")
        head_end = min(doc.sentences[0].end, first + 70)
        for sep in (":", "—", "–", " - ", "/."):
            at = doc.text.find(sep, first, head_end)
            if at > first:
                cands.append((first, at + len(sep)))
        if len(doc.sentences) > 1 and doc.sentences[1].start - doc.sentences[0].end < 4:
            cands.append((first, doc.sentences[0].end))
        # a wire dateline in capitals opening the second or third sentence, after short lines the cleaner left in
        # the body (an agency's name, the headline): "TIRANA, November 5 /ATA/ - ..."
        caps_from = len(cands)
        for k in (1, 2):
            if k >= len(doc.sentences) or doc.sentences[k - 1].end - doc.sentences[k - 1].start > 100:
                break
            sk = doc.sentences[k].start
            for sep in ("/ -", "/ –", "/ —", ":", "—", "–", " - "):
                at = doc.text.find(sep, sk, min(doc.sentences[k].end, sk + 70))
                if at > sk:
                    cands.append((sk, at + len(sep)))
                    break
        for n, (a, b) in enumerate(cands):
            if b - a > 80:
                continue
            dm = _DATELINE_ANY.fullmatch(doc.text, a, b)
            if dm is None or (n >= caps_from and not dm.group("place").isupper()):
                continue
            raw = dm.group("place")
            name = raw if not raw.isupper() else _caps_name(raw)
            # a city of the gazetteer too ("TAPACHULA, Mexico --"), with the home's state of several of its name
            if doc.lexicon.is_city(name):
                iso = doc.lexicon.city_country(name, (doc.home,))
                found = Place(name, iso, Span(dm.start("place"), dm.end("place")))
                break
    doc.memo["article_dateline"] = found
    return found


#: a party's going to a city, told before it: "then flew to", "arrived in", "travelled on to", "visited"
_WENT_TO: Final = re.compile(
    r"\b(?:arriv\w*|travel\w*|fl(?:ew|ies|y|ying)|head\w*|went|go(?:es|ing)?|moved|continu\w*|proceed\w*|visit\w*)"
    r"\b[^.;,]{0,25}$"
)
#: an institution's name right before "in" and a city: the city is its seat ("the Court of Justice in The Hague")
_SEAT_LEFT: Final = re.compile(r"\b[A-Z][\w’'-]*\s+in\s+$")
#: words that tell of something still to come, before a city ("will travel to", "invited him to visit")
_FUTURE_LEFT: Final = re.compile(r"\b(?:will|would|shall|next|invit\w+|expected|scheduled|plans?|due)\b")


def _dateline_fallback(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.dateline_place: a meeting held in person with no place told is in the dateline's city, when one of
    its parties is of that city's state (the host) or one party's state is not told (the home's official)."""
    todo = [m for m in meetings if m.location is None and m.modality == "in_person" and m.status == "held"]
    if not todo:
        return
    place = article_dateline(doc)
    if place is None:
        return
    # a city abroad the article tells of as a place ("Zarif arrived in Brasilia"): its meetings may be there
    # (not the place of a meeting still to come: "the next round will be held in Beijing"); one told before the
    # meeting, or after it as something done ("X arrived in Brasilia on Sunday"), not to come ("invited him to visit
    # Hanoi next year")
    planned_at = {m.location.span.start for m in meetings if m.status == "planned" and m.location and m.location.span}
    # parties who also talked by phone or video in the article: their talk told without a mode may be one too
    remote = {k for m in meetings if m.modality in _REMOTE for k in m.participants}
    # the places abroad are read one at a time, only as far as a meeting's test needs them: one told in the meeting's
    # sentence or before it, or one told as something done (not to come), rules the dateline out; most leads name one
    abroad = _places_abroad(doc, place, planned_at)
    told: list[int] = []  # the sentences of the places abroad read so far
    done_there = False
    for m in todo:
        countries = {doc.entity(k).country for k in m.participants}
        if (
            m.occasion is not None
            or "meeting.summoned" in m.rules  # a summons: the ministry, wherever it is
            or (m.date is None and doc.published is not None)  # no day told: maybe one told as background
            or (place.country not in countries and None not in countries)
            or remote & set(m.participants)
        ):
            continue
        while not done_there and not any(i <= m.sent for i in told) and (got := next(abroad, None)) is not None:
            i, at = got
            told.append(i)
            done_there = _FUTURE_LEFT.search(doc.text, doc.sentences[i].start, at) is None
        if done_there or any(i <= m.sent for i in told):
            continue
        m.location = place
        m.rule("meeting.dateline_place")


def _places_abroad(doc: Doc, place: Place, planned_at: set[int]) -> Iterator[tuple[int, int]]:
    """The places of a state other than the dateline's that the article tells of as places (a city abroad: "Zarif
    arrived in Brasilia"), each with its sentence, in the order _dateline_fallback reads them: the tables' places,
    then the gazetteer's cities. Not the place of a meeting still to come (``planned_at``: "the next round will be
    held in Beijing") nor the seat of an institution."""
    # the name hits in the sentences, in order, each with its sentence (one pass over the hits, the sentence told by
    # a bisect for the few places only: the sentences are in order and apart, as names_between per sentence reads
    # them)
    places, sentences = doc.lexicon.places, doc.sentences
    for h in doc.name_hits:
        if (
            h.text in places
            and places[h.text][0] != place.country
            and h.start not in planned_at
            and (i := doc.sent_index(h.start)) >= 0
            and h.start < sentences[i].end
            and _location_left(doc.text, max(0, h.start - 40), h.start)
            # not the seat of an institution ("referred the dispute to the International Court of Justice in The
            # Hague")
            and not _SEAT_LEFT.search(doc.text, max(0, h.start - 40), h.start)
        ):
            yield i, h.start
    # a city of the gazetteer abroad too ("arrived in Tapachula")
    for c in gazetteer_cities(doc, doc.sentences[0].start, doc.sentences[-1].end):
        if c.span is None or c.country is None or c.country == place.country or c.span.start in planned_at:
            continue
        if not _SEAT_LEFT.search(doc.text, max(0, c.span.start - 40), c.span.start):
            yield doc.sent_index(c.span.start), c.span.start


_HEAD_WORD: Final = re.compile(r"[^\s,]+")


def article_dateline_day(doc: Doc) -> tuple[DateRef, Place | None] | None:
    """date.dateline_day: the day of the wire dateline on the line right before the body or opening it ("BAKU,
    Azerbaijan, May 25", "Baku, March 12, AZERTAC", "ENA February 10/2020"), when its head starts with a place
    or country the lexicon knows or an agency's initials; not a page's date stamp ("Friday, 14 July 2017",
    "Posted on: May 01, 2020"); with the city its head names, if one."""
    found = doc.memo.get("dateline_day", False)
    if found is not False:
        return found  # type: ignore[return-value]
    found = None
    if doc.sentences:
        text, lx = doc.text, doc.lexicon
        first = doc.sentences[0].start
        starts = [first]
        line_start = text.rfind("\n", 0, first) + 1
        if line_start < first:
            starts.insert(0, line_start)  # "YEREVAN, DECEMBER 17, ARMENPRESS. " before the body on its line
        elif first > 0:
            prev_start = _line_before(text, first)
            if first - prev_start <= 80:
                starts.insert(0, prev_start)  # "Baku, March 12, AZERTAC" alone on the line before
        for a in starts:
            got = dateline_day(text, a, min(len(text), a + 60), doc.published)
            if got is None:
                continue
            ref, head = got
            words = text[head.start : head.end].replace(",", " ").split()
            ok = words[0].isupper() and 2 <= len(words[0]) <= 6  # an agency's initials ("ENA")
            city: Place | None = None
            for n in range(min(3, len(words)), 0, -1):
                name = " ".join(words[:n])
                name = _caps_name(name) if name.isupper() else name
                if lx.is_city(name):
                    iso = lx.places[name][0] if name in lx.places else lx.city_country(name, (doc.home,))
                    ends = [w.end() for w in _HEAD_WORD.finditer(text, head.start, head.end)]
                    city = Place(name, iso, Span(head.start, ends[n - 1]))
                    ok = True
                    break
                ok = ok or lx.name_tables.get(name) in ("place", "country")
            if ok:
                found = (ref, city)
                break
    doc.memo["dateline_day"] = found
    return found


def _dateline_day(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """date.dateline_day: the meetings of the lead (the sentence of the article's first meeting, one of its first
    four), held in person and told with no day, are of the wire dateline's day when they were held in its city: a
    party of the city's state (the host) and no other place told ("BAKU, May 25 -- X received Y"); not a talk
    reported from another capital ("TEHRAN, Apr. 15 -- X and Y held a telephone conversation", "YEREVAN, DECEMBER
    17 -- X met Y in Tbilisi"), nor one whose lead tells another place ("SEOUL, Dec. 12 -- X met Y at a meeting in
    Britain")."""
    if not meetings:
        return
    lead = min(m.sent for m in meetings)
    if lead > 3 or all(m.date is not None for m in meetings if m.sent == lead):
        return
    got = article_dateline_day(doc)
    if got is None:
        return
    ref, place = got
    place = article_dateline(doc) or place
    if place is None or place.country is None:
        return
    lead_span = doc.sentences[lead]
    if any(
        h.table in ("place", "country")
        and h.text != place.name
        and _location_left(doc.text, h.start - 40 if h.start - 40 > lead_span.start else lead_span.start, h.start)
        for h in doc.names_between(lead_span.start, lead_span.end)
    ) or any(c.name != place.name for c in gazetteer_cities(doc, lead_span.start, lead_span.end)):
        return  # "SEOUL, Dec. 12 -- X met Y as they attended a meeting in Britain": not in the dateline's city
    for m in meetings:
        if (
            m.sent == lead
            and m.date is None
            and m.status == "held"
            and m.modality == "in_person"
            and (m.location is None or m.location.name == place.name)
            # (a party of no state told: the home's official)
            and {place.country, None} & {doc.entity(k).country for k in m.participants}
        ):
            m.date = ref
            m.rule("date.dateline_day")


#: "with" before a group noun, in its clause ("conferred with leaders", "with heads of government and representatives")
_WITH_GROUP: Final = re.compile(r"\bwith\b[^.,;:]*$")


@functools.lru_cache(maxsize=8)
def _group_words(lx: Lexicon) -> re.Pattern[str]:
    """The ``group_noun`` words of lower-case letters only ("leaders"), each ending a word: the engine skips to their
    first letters, where every lower-case word ("\\b[a-z]+\\b") of the sentence was looked up (the word boundary
    before one, which would be tried at every position, is told by the caller)."""
    words = sorted(
        (w for w in lx.group_nouns if w.isascii() and w.isalpha() and w.islower()), key=lambda w: (-len(w), w)
    )
    return re.compile("(?:" + "|".join(words) + r")\b" if words else "(?!)")


def _lead_occasion(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.lead_occasion: "X conferred with leaders of several countries on the sidelines of the summit in
    Addis Ababa today. ... X and Y exchanged views on ... X also discussed with Z ...": the lead (one of the first
    two sentences) tells of a person's talks with a group (a ``group_noun``: "leaders", "representatives") and,
    after it, a day or a place; that person's later meetings held in person, told
    with no day or place of their own, are of that day and place -- until another day or place is told for one
    of them (or, for the place, as a place in between: the party may have moved on)."""
    if len(meetings) < 2:
        return
    todo = [m for m in meetings if (m.date is None or m.location is None) and m.status == "held"]
    if not todo:
        return
    lx, text = doc.lexicon, doc.text
    for s in range(min(2, len(doc.sentences))):
        span = doc.sentences[s]
        if not meeting_words(doc, s):
            continue
        pivot = next(
            (
                at.start()
                for w in _group_words(lx).finditer(text, span.start, span.end)
                # (a whole word: the scan's match may end one, a word boundary before it is told here)
                if (w.start() == 0 or not (text[w.start() - 1].isalnum() or text[w.start() - 1] == "_"))
                and (at := _WITH_GROUP.search(text, max(span.start, w.start() - 40), w.start())) is not None
            ),
            -1,
        )
        if pivot < 0:
            continue
        # the day and place told after the talks ("conferred with leaders ... in Addis Ababa today"), not before
        # ("arrived in Uruguay on Wednesday after a visit to Brazil that included meetings with officials")
        found = find_event_date(text, pivot, span.end, doc.published, False)
        date = found[0] if found is not None else None
        place = location_in(doc, pivot, span.end) or gazetteer_city(doc, pivot, span.end, held=True)
        if date is None and place is None:
            continue
        keys = {
            k
            for x in doc.mentions_between(span.start, span.end)
            for k in doc.refs.get((x.start, x.end), ())
            if doc.entity(k).kind == "person"
        }
        if not keys:
            continue
        day_ok, place_ok = date is not None, place is not None
        for m in meetings:
            if m.sent <= s or not keys & set(m.participants):
                continue
            if m.date is not None and date is not None and m.date.value != date.value:
                day_ok = False  # another day told: the next meetings may be of it
            if m.location is not None and place is not None and m.location.name != place.name:
                place_ok = False
            if m.status != "held" or m.modality in _REMOTE:
                continue
            if day_ok and m.date is None:
                m.date = date
                m.rule("meeting.lead_occasion")
            if (
                place_ok
                and place is not None
                and m.location is None
                and not _place_told_between(doc, place, span.end, m.sent)
            ):
                m.location = place
                m.rule("meeting.lead_occasion")
        return


def _place_told_between(doc: Doc, place: Place, start: int, sent: int) -> bool:
    """Whether a place other than ``place`` is told as one from ``start`` to the end of sentence ``sent``."""
    end = doc.sentences[sent].end
    lx = doc.lexicon
    return any(
        h.text in lx.places and h.text != place.name and _location_left(doc.text, max(start, h.start - 40), h.start)
        for h in doc.names_between(start, end)
    ) or any(c.name != place.name for c in gazetteer_cities(doc, start, end))


def _shared_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.shared_place: "In Wellington, X will hold talks with Y and call on Z": a meeting told in the
    sentence of another of the same status and party, with no place of its own, is in that one's place."""
    placed = [m for m in meetings if m.location is not None and m.modality != "phone"]
    if not placed or len(meetings) < 2:
        return
    for m in meetings:
        if m.location is not None or m.modality == "phone":
            continue
        for o in placed:
            if (
                o.sent == m.sent
                and o.status == m.status
                and set(o.participants) & set(m.participants)
                and (o.occasion is None or m.occasion is None or o.occasion == m.occasion)
            ):
                m.location = o.location
                m.rule("meeting.shared_place")
                break


def _title_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.title_place: the article's first in-person meeting, told with no place, is where the headline says
    (the lead tells the headline's event); meeting.same_visit then passes the city on to that visit's later
    meetings."""
    first = next((m for m in meetings if m.modality == "in_person"), None)
    if first is None or first.location is not None:
        return
    place = title_place(doc)
    if place is None:
        return
    first.location = place
    first.rule("meeting.title_place")


#: meeting.arrival_place: "X arrived in Hanoi on Monday for a two-day visit", "X is in Lima on a working visit"
_ARRIVAL_RX: Final = re.compile(
    # "\b(?:arrived|has arrived|landed|is|was)", letter first (as _CITY_SPAN)
    r"[ahliw](?<!\w.)(?:(?<=a)rrived|(?<=h)as arrived|(?<=l)anded|(?<=i)s|(?<=w)as)\s+in\s+(?=[A-Z])"
)
_VISIT_WORD_RX: Final = re.compile(r"\bvisit\b")


def _arrival_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.arrival_place: "X arrived in Hanoi on Monday for a two-day official visit. During the visit, he met
    Y": a held in-person meeting with no place of its own, told within three sentences after its party's arrival
    in a city for a visit (the arrival's subject a participant), is in that city -- unless another place is told
    in between (the party may have moved on)."""
    text, lx = doc.text, doc.lexicon
    for m in meetings:
        if m.location is not None or m.modality != "in_person" or m.status != "held" or m.sent < 1:
            continue
        for s in range(m.sent - 1, max(-1, m.sent - 4), -1):
            span = doc.sentences[s]
            a = _ARRIVAL_RX.search(text, span.start, span.end)
            if a is None or _VISIT_WORD_RX.search(text, a.end(), span.end) is None:
                continue
            place = location_in(doc, a.start(), span.end) or gazetteer_city(doc, a.start(), span.end, held=True)
            if place is None or place.span is None or place.span.start != a.end():
                break
            subj = next((x for x in doc.sentence_mentions(s) if x.start < a.start()), None)
            if subj is None or not set(doc.refs_of(subj)) & set(m.participants):
                break
            lo, hi = span.end, doc.sentences[m.sent].end
            if any(
                h.text in lx.places and h.text != place.name and _location_left(text, max(lo, h.start - 40), h.start)
                for h in doc.names_between(lo, hi)
            ) or any(c.name != place.name for c in gazetteer_cities(doc, lo, hi)):
                break
            m.location = place
            m.rule("meeting.arrival_place")
            doc.fire("meeting.arrival_place", span.start, span.end, place.name)
            break


def _same_visit_place(doc: Doc, meetings: list[MeetingDraft]) -> None:
    """meeting.same_visit: "X met Y in Kyiv on Thursday ... X was also received by Z": an in-person meeting with no
    place of its own, told after one of the same status in a city the lexicon knows with a party in common, is
    part of the same visit and in that city -- unless a city is named in between (or in its own sentence): the
    party may have moved on ("then flew to Riga"). A venue ("the Bayan Palace") is not passed on: the next
    meeting may be in another building of the city."""
    if len(meetings) < 2:
        return
    lx = doc.lexicon
    for i, m in enumerate(meetings):
        if m.location is not None or m.modality != "in_person":
            continue
        for o in reversed(meetings[:i]):
            if (
                o.location is None
                or o.location.country is None
                or o.modality != "in_person"
                or o.status != m.status
                or o.sent > m.sent
                or not set(o.participants) & set(m.participants)
            ):
                continue
            lo, hi = doc.sentences[o.sent].end, doc.sentences[m.sent].end
            # a city told as a place, not as its government ("Vienna was committed to ...": a metonym)
            if any(
                h.text in lx.places
                and h.text != o.location.name
                and _location_left(doc.text, max(lo, h.start - 40), h.start)
                for h in doc.names_between(lo, hi)
            ) or any(
                # a city of the gazetteer the party went to ("then flew to Rijeka"; not "aid for refugees in Lviv")
                c.name != o.location.name
                and c.span is not None
                and _WENT_TO.search(doc.text, max(lo, c.span.start - 40), c.span.start)
                for c in gazetteer_cities(doc, lo, hi)
            ):
                break
            m.location = o.location
            m.rule("meeting.same_visit")
            break
