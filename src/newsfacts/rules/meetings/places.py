"""Where a meeting took place: a place named in the sentence, the gazetteer's cities, the dateline's place and
the title's place, and the country key of a place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.models import Place, Span
from newsfacts.rules.dates import DAY_AND_MONTH_WORDS
from newsfacts.rules.doc import Doc

_HERE_RX: Final = re.compile(r"h(?<!\w.)ere\b")  # "\bhere\b", letter first (as _CITY_SPAN)
_DATELINE_RX: Final = re.compile(r"(?m)^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2}),? (?:\w+[ .,]){0,4}[^\n]{0,40}?--")
_VENUE_RX: Final = re.compile(
    # "\bat", letter first (as _CITY_SPAN)
    r"a(?<!\w.)t\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3}(?:Palace|Mansion|Residence|Guest House|Hall))\b"
)
_LOCATION_LEFT: Final = re.compile(
    r"\bin\s+(?:the\s+)?(?:[A-Z][\w]*['’]s\s+|(?:\w+\s+)?(?:capital|city|port city|town)(?:\s+of)?,?\s+)?$"
    # "will travel to Lima to meet ...", "flew to Doha, where ...", "visit Moscow"
    r"|\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?)(?: on)? to\s+$"
    r"|\bvisit(?:s|ed|ing)?\s+$"
    # meeting.visit_to_city: "paid a visit to Canberra": the city visited, as "visited Canberra"
    r"|\b(?:paid|pays|paying|made|makes|making|on)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to\s+$"
)
#: the words a match of _LOCATION_LEFT ends on, before its spaces ("in", "in the", "in Russia's", "in the capital,",
#: "travel to", "visited")
_LOCATION_LEFT_ENDS: Final = (
    *("in", "the", "'s", "’s", "capital", "city", "town", "of", ","),
    *("to", "visit", "visits", "visited", "visiting"),
)


def _location_left(text: str, lo: int, end: int) -> bool:
    """Does ``_LOCATION_LEFT`` match in ``text[lo:end]``? Every match ends in spaces after one of _LOCATION_LEFT_ENDS:
    a window that does not ("President ") is ruled out, and one ending in the word "in" matches, without the scan (it
    tries every position of the window)."""
    end = min(end, len(text))  # (as the regex reads an end past the text)
    if end <= lo or not text[end - 1].isspace():
        return False
    window = text[lo:end].rstrip()
    if not window.endswith(_LOCATION_LEFT_ENDS):
        return False
    i = lo + len(window) - 2
    if window.endswith("in") and i >= lo and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
        return True  # a word "in" before the spaces: the first alternative, nothing between "in" and its place
    return _LOCATION_LEFT.search(text, lo, end) is not None


def location_in(doc: Doc, start: int, end: int) -> Place | None:
    lx = doc.lexicon
    for h in doc.names_between(start, end):
        # a capital that is also the name of its state in the lexicon ("Washington") is a place too
        if h.end > end or (h.table != "place" and not (h.table == "country" and h.text in lx.places)):
            continue
        if _location_left(doc.text, max(start, h.start - 40), h.start) or (
            # meeting.opening_place: "In Wellington, X will hold talks with Y": the sentence opens with the place
            h.start - start < 12 and _OPENING_IN.fullmatch(doc.text, start, h.start)
        ):
            return Place(h.text, lx.places[h.text][0], Span(h.start, h.end))
    # meeting.venue: "received Rubio at Al-Yamamah Palace", "at the Bayan Palace"
    v = _VENUE_RX.search(doc.text, start, end)
    if v is not None:
        return Place(v.group(1), None, Span(v.start(1), v.end(1)))
    # meeting.here: "held talks here" in agency copy is the dateline's city ("PUTRAJAYA, Jan 16 (Bernama) --")
    if _HERE_RX.search(doc.text, start, end):
        return dateline_place(doc)
    return None


_OPENING_IN: Final = re.compile(r"\W{0,2}In\s+(?:the\s+)?")
#: meeting.gazetteer_city: a capitalised span after "in", "travel to", "visit" (``_LOCATION_LEFT``) that names a
#: city of the gazetteer (``city.tsv``, GeoNames): "met in Tapachula", "in the port city of Benguela"; words
#: joined by "de", "do", "del" ("Foz do Iguaçu")
_CITY_SPAN: Final = re.compile(
    # "\b(?:[Ii]n|to|visit(?:s|ed|ing)?)" written letter first: a class of first letters opens the pattern, so the
    # engine skips from candidate to candidate; look-behinds check the word start and which letter it was
    r"[Iitv](?<!\w.)(?:(?<=[Ii])n|(?<=t)o|(?<=v)isit(?:s|ed|ing)?)\s+(?:the\s+(?:[\w-]+\s+)?(?:capital|city|town)(?:\s+of)?,?\s+)?"
    r"(?P<place>(?:St\.|[A-Z][\w’'-]*)(?:[ -](?:(?:d[aeo]s?|del|el|al|es|la)[ -])?(?:St\.|[A-Z][\w’'-]*)){0,3})"
)


#: another activity joined by "and" before a city: "will meet X on Thursday and tour a plant in Hsinchu"
_OTHER_ACTIVITY: Final = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?[a-z]+\s+(?:a|an|the|its|his|her|their)\s")
#: the next meeting's place, told with a held one's: "agreed to hold the next meeting in Kupang"
_NEXT_ONE: Final = re.compile(r"\bnext\b[^.;,]*$")


def gazetteer_city(
    doc: Doc, start: int, end: int, near: tuple[str | None, ...] = (), held: bool = False
) -> Place | None:
    """meeting.gazetteer_city: the first city of the gazetteer told as a place in ``[start, end)`` (see
    ``_CITY_SPAN``), with its state (of several cities of the name, the one in a state of ``near``): the longest
    leading words of the capitalised span that name one, unless the span ends in a possessive ("in Santiago
    Pena's office") or holds a name another rule read (a person's, a country's). Not a city told after another
    activity joined by "and" ("will meet X and tour a plant in Hsinchu") nor, for a ``held`` meeting, the place of
    the next one ("agreed to hold the next meeting in Kupang")."""
    text = doc.text
    for place in gazetteer_cities(doc, start, end, near):
        assert place.span is not None
        if _OTHER_ACTIVITY.search(text, start, place.span.start) or (
            held and _NEXT_ONE.search(text, max(start, place.span.start - 60), place.span.start)
        ):
            continue
        return place
    return None


def gazetteer_cities(doc: Doc, start: int, end: int, near: tuple[str | None, ...] = ()) -> Iterator[Place]:
    """Every city of the gazetteer told as a place in ``[start, end)`` (:func:`gazetteer_city`), in text order;
    a city of the small table (``capital``) is location_in's, not one of these."""
    text, lx = doc.text, doc.lexicon
    for m in _CITY_SPAN.finditer(text, start, end):
        s0, e0 = m.span("place")
        if e0 > end or m.group("place").endswith(("'s", "’s", "'", "’")):
            continue  # "in Santiago Pena's absence": a person's
        if not _location_left(text, s0 - 40 if s0 - 40 > start else start, s0) and not (
            s0 - start < 12 and _OPENING_IN.fullmatch(text, start, s0)  # "In Tapachula, X held talks with Y"
        ):
            continue
        # the span ends where a name another rule read starts ("In Tapachula President X met ...")
        cut = e0
        for h in doc.names_between(s0 - 80 if s0 > 80 else 0, e0):
            if h.end > s0:
                cut = h.start if h.start < cut else cut
        for x in doc.mentions_between(s0 - 80 if s0 > 80 else 0, e0):
            # (a lone capitalised word the actor rules hold as a possible name may be the city itself)
            if x.end > s0 and x.kind in ("name", "desc") and not (x.lo == x.start and lx.is_city(x.text)):
                cut = x.lo if x.lo < cut else cut
        words = text[s0:cut].split()
        if not words:
            continue
        if words[0].lower() in DAY_AND_MONTH_WORDS:
            continue
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name in lx.places:
                break  # a city of the small table: location_in's
            if lx.is_city(name):
                # of several cities of the name in different states, none the largest by far: no state ("Valencia")
                yield Place(name, lx.city_country(name, (*near, doc.home)), Span(s0, s0 + len(name)))
                break


def dateline_place(doc: Doc) -> Place | None:
    found = doc.memo.get("dateline_place", False)
    if found is False:
        found = None
        dm = _DATELINE_RX.search(doc.text, 0, min(len(doc.text), 2000))
        if dm is not None:
            name = _caps_name(dm.group(1))
            if doc.lexicon.is_city(name):
                found = Place(name, doc.lexicon.city_country(name, (doc.home,)), Span(dm.start(1), dm.end(1)))
        doc.memo["dateline_place"] = found
    return found  # type: ignore[return-value]


def _place_country(lx: Lexicon, name: str) -> str | None:
    """The country a place or country name (the longest leading words that are one) belongs to."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if iso := lx.country_of(" ".join(words[:n])):
            return iso
    return None


def _country_key(doc: Doc, iso: str) -> int:
    """The country actor of ``iso``: the one the article names, else one made for it."""
    for e in doc.entities:
        if e.kind == "country" and e.country == iso:
            return e.key
    key = f"country:{iso}"
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("country", doc.lexicon.country_names.get(iso, iso), country=iso).key
    return doc.unnamed[key]


#: meeting.unlisted_place: a town the gazetteer lacks, right after the meeting's verb: "met in Leticia on Wednesday",
#: "will meet again in Ipiales", "held talks in Lethem", "met on Friday in Cebu City"
_UNLISTED_PLACE: Final = re.compile(
    r"[\w-]+(?:\s+(?:talks|consultations|a\s+meeting))?(?:\s+again)?(?:\s+on\s+[A-Z][a-z]+day)?\s+in\s+"
    r"(?:the\s+(?:[a-z]+\s+)?(?:city|town)\s+of\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+(?:d[aeo]\s+|del\s+)?[A-Z][\w’'-]+){0,2})(?![\w’'-])(?!\s*['’]s)"
)


def _unlisted_place(doc: Doc, pivot: int, end: int, near: tuple[str | None, ...] = ()) -> Place | None:
    """The place a meeting's verb is followed by, when no table knows it: a capitalised name that is no day or
    month and no name of another kind (a country, an organization, a person's title); its state when the gazetteer
    knows the town (of several of that name, one in a state of ``near``)."""
    m = _UNLISTED_PLACE.match(doc.text, pivot, end)
    if m is None:
        return None
    name = m.group("place")
    if name.split()[0].lower() in DAY_AND_MONTH_WORDS or name in doc.lexicon.name_tables:
        return None
    if any(h.start < m.end("place") and h.end > m.start("place") for h in doc.names_between(m.start("place"), end)):
        return None  # it starts a name of a kind the tables know ("in Foreign Minister X's office")
    return Place(name, doc.lexicon.city_country(name, (*near, doc.home)), Span(m.start("place"), m.end("place")))


#: lower-case words inside a city's name ("Foz do Iguaçu", "Rio de Janeiro"), as a dateline in capitals writes them
_NAME_JOINERS: Final = frozenset({"de", "do", "da", "dos", "das", "del", "el", "al", "es", "la"})


def _caps_name(raw: str) -> str:
    """A place name a dateline writes in capitals, as the tables write it: "FOZ DO IGUACU" -> "Foz do Iguacu"."""
    words = [w.capitalize() for w in raw.split()]
    return " ".join(w.lower() if i and w.lower() in _NAME_JOINERS else w for i, w in enumerate(words))


#: meeting.title_place: a headline's place is where its meeting was: "X meets Y in Beijing", "Foreign minister to visit
#: New Delhi next week", "... after Dublin meeting"
_TITLE_PLACE_LEFT: Final = re.compile(r"\b(?:in|at|to|visits?|visiting)\s+(?:the\s+)?$", re.IGNORECASE)
_TITLE_PLACE_RIGHT: Final = re.compile(r"\s+(?:talks|meeting|summit|visit)\b", re.IGNORECASE)


def title_place(doc: Doc) -> Place | None:
    """The first place the headline names where a meeting would be ("in Beijing", "to Rabat", "Dublin talks")."""
    found = doc.memo.get("title_place", False)
    if found is not False:
        return found  # type: ignore[return-value]
    found = None
    if doc.title is not None:
        lx, text = doc.lexicon, doc.text
        start, end = doc.title
        for m in lx.names_re.finditer(text, start, end):
            name = m.group(1)
            if name not in lx.places or lx.name_tables.get(name) not in ("place", "country"):
                continue
            if _TITLE_PLACE_LEFT.search(text, max(start, m.start() - 12), m.start()) or _TITLE_PLACE_RIGHT.match(
                text, m.start() + len(name), end
            ):
                found = Place(name, lx.places[name][0], Span(m.start(), m.start() + len(name)))
                break
        # a city of the gazetteer told before it ("Ministers meet in Tapachula", "Foz do Iguaçu talks")
        city = _title_city(doc, start, found.span.start if found is not None and found.span is not None else end)
        found = city or found
    doc.memo["title_place"] = found
    return found


#: a capitalised run of words in a headline, which Title Case may run on past the city ("In Tapachula Today")
_TITLE_RUN: Final = re.compile(
    r"(?<![\w’'-])(?:St\.|[A-Z][\w’'-]*)(?:[ -](?:(?:d[aeo]s?|del|el|al|es|la)[ -])?(?:St\.|[A-Z][\w’'-]*))*"
)


def _title_city(doc: Doc, start: int, end: int) -> Place | None:
    """meeting.title_place for a city of the gazetteer: the longest leading words of a capitalised run of the
    headline that name one, after "in", "to", "visits" or before "talks", "meeting" (the stop list keeps out
    the words Title Case capitalises: "Reading", "Split")."""
    text, lx = doc.text, doc.lexicon
    for m in _TITLE_RUN.finditer(text, start, end):
        words = m.group().split(" ")
        pos = m.start()
        for i in range(len(words)):  # "FM Visits Tapachula": the city may start inside the run
            # the words around a name read only once it is a city (two table lookups): most headlines name none
            left: bool | None = None
            for n in range(min(len(words) - i, 4), 0, -1):
                name = " ".join(words[i : i + n])
                if name in lx.places or not lx.is_city(name):
                    continue
                at = pos + len(name)
                if left is None:
                    left = _TITLE_PLACE_LEFT.search(text, pos - 12 if pos - 12 > start else start, pos) is not None
                if left or _TITLE_PLACE_RIGHT.match(text, at, end):
                    return Place(name, lx.city_country(name, (doc.home,)), Span(pos, at))
            pos += len(words[i]) + 1
    return None
