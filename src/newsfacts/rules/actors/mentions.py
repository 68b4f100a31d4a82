"""``find_mentions``: every actor mention of an article (persons, descriptions, pronouns and groups, bodies,
organizations, countries, places), longest first, without overlaps."""

from __future__ import annotations

import operator
import re
from typing import Final

from newsfacts.rules.actors.context import _country_after, _poss_after, _sentence_initial
from newsfacts.rules.actors.descriptions import _descriptions
from newsfacts.rules.actors.lookups import _body_hits, _name_table
from newsfacts.rules.actors.patterns import _MODIFIER_BEFORE_RX, _SIDE_RX
from newsfacts.rules.actors.persons import find_persons
from newsfacts.rules.actors.pronouns import _pronouns_and_groups
from newsfacts.rules.actors.scan import _stretches, _tuple_new, scan_hits
from newsfacts.rules.dates import DAY_AND_MONTH_WORDS
from newsfacts.rules.doc import Doc, Hit, Mention

#: an organization's head told by the organization's name of several words ("the Arab League chief", "the AU
#: Commission chairperson") or by a generic noun's possessive ("the bloc's top diplomat", "the alliance's chief") or
#: a named organization's ("the EU's top diplomat")
# It opens with "he " (found by the regex engine's fast literal scan, where a leading ``\b`` made it try every
# position) and reads the "T"/"t" and the word start behind it: each match starts one character before.
_ORG_HEAD_DESC_RX: Final = re.compile(
    r"he (?<=(?<!\w)[Tt]he )(?:([A-Z][\w-]*(?: [A-Z][\w-]*){1,2})"
    r"|(bloc|alliance|union|league|organi[sz]ation|agency|watchdog)['’]s"
    r"|([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s)"
    r" (?:chief|head|top diplomat|foreign policy chief|secretary[- ]general|chairperson|chairman|chair|"
    r"director[- ]general)\b"
)
#: "the host", "his guest", "the visitor" (not "the host country", "the guest of honour"), as
#: ``\b(?:[Tt]he|[Hh]is|[Hh]er) (?:host|guest|visitor)\b(?!…)``: one pattern per noun, opening with the noun
#: (found by the regex engine's fast literal scan, where a leading ``\b`` made it try every position) and
#: reading the determiner behind it. A match starts 4 characters before the noun; the nouns' matches never
#: overlap, so together, in text order, they are that one pattern's.
_HOST_GUEST_NOUNS: Final = tuple(
    (
        noun,
        re.compile(
            rf"{noun}(?<=(?<!\w)(?:[Tt]he|[Hh]is|[Hh]er) {noun})\b(?![-'’]| (?:country|nation|city|government|of)\b)"
        ),
    )
    for noun in ("host", "guest", "visitor")
)
_OFFICE_RX: Final = re.compile(r"([A-Z][\w-]+)(['’]s)\s+([Oo]ffice)\b")
_SURNAME_HE_RX: Final = re.compile(r" [A-Z][a-z]+\b")
_TITLE_BEFORE_RX: Final = re.compile(r"\b[A-Z][a-z]+ $")
_HONORIFIC_PRONOUN: Final = re.compile(
    r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\b(?![ \t]+(?:Sheikh|Prince|[A-Z]))"
)


#: the default values of a :class:`Mention`'s fields after ``possessive``, for mentions made from a tuple
_MENTION_DEFAULTS_AFTER_POSSESSIVE: Final = tuple(
    Mention._field_defaults[f] for f in Mention._fields[Mention._fields.index("possessive") + 1 :]
)


# -- other mentions --------------------------------------------------------------------------------


def _title_surnames(doc: Doc, persons: list[Mention], spans: tuple[tuple[int, int], ...]) -> list[Mention]:
    """actor.title_surname_alone: "Foreign Minister Julie Bishop ... Bishop says ...": the surname that is also a
    title word (table ``surname_title``), told alone after the full name, is that person's (coref reads it as
    the surname). Not after a capitalised word no title holds, nor before a name ("Bishop Desmond Tutu")."""
    lx = doc.lexicon
    text = doc.text
    first: dict[str, int] = {}  # the surname -> where its full name is first told
    for m in persons:
        if m.kind == "name" and " " in m.text:
            last = m.text.rsplit(" ", 1)[1]
            if last in lx.surname_titles and _name_table(lx, last) != "honorific":
                first.setdefault(last, m.end)
    out: list[Mention] = []
    for word, after in first.items():
        for start, end in spans:
            i = text.find(word, max(start, after), end)
            while i >= 0:
                j = i + len(word)
                prev = text[max(start, i - 30) : i].rstrip(" ").rsplit(" ", 1)[-1]
                if (
                    (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-'’"))
                    and (j == len(text) or not text[j].isalnum())
                    and not (prev[:1].isupper() and prev.lower() not in lx.roles and prev.lower() not in lx.title_words)
                    and not _CAPITAL_NEXT_RX.match(text, j)
                ):
                    out.append(
                        Mention(
                            i,
                            j,
                            "candidate",
                            doc.sent_index(i),
                            "actor.title_surname_alone",
                            word,
                            name=word,
                            possessive=_poss_after(text, j),
                        )
                    )
                i = text.find(word, j, end)
    return out


#: a capitalised word right after (a name the word before it titles: "Bishop Desmond Tutu")
_CAPITAL_NEXT_RX: Final = re.compile(r" [A-Z]")


#: " in Sarajevo" after an embassy's name: its seat
_IN_PLACE_RX: Final = re.compile(r" in ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


def find_mentions(doc: Doc, spans: tuple[tuple[int, int], ...]) -> None:
    """Fill ``doc.mentions`` with every actor mention, longest first, without overlaps."""
    scan_hits(doc, spans)
    lx = doc.lexicon
    text = doc.text
    found: list[Mention] = []
    persons = find_persons(doc, spans)
    found.extend(persons)
    found.extend(_title_surnames(doc, persons, spans))
    # the spans of the actor.body_of_portfolio mentions, noted as they are made (no pass over all mentions for them)
    portfolios: list[tuple[int, int]] = []
    # government bodies: "the Iranian Foreign Ministry", "Iran's Foreign Ministry"
    for h in _body_hits(doc):
        sent = doc.sent_index(h.start)
        mod = _modifier_before(doc, h.start)
        canon = lx.bodies[h.text.lower()]
        if mod is not None:
            mh, mstart = mod
            country = lx.country_of(mh.text)
            # actor.body_of_portfolio: "the Iraqi Ministry of Finance", "the Ukrainian Ministry of Education
            # and Science": a capitalised head's "of" complement is part of the body's name
            bend = _of_portfolio_after(doc, h.end) if h.text[:1].isupper() else h.end
            surface = text[mstart:bend]
            if bend > h.end:
                portfolios.append((mstart, bend))
            found.append(
                Mention(
                    mstart,
                    bend,
                    "body",
                    sent,
                    "actor.body_of_portfolio" if bend > h.end else "actor.body",
                    surface,
                    country=country,
                    name=_body_name(surface, mh),
                    possessive=_poss_after(text, bend),
                )
            )
        elif (
            h.text[:1].isupper()
            or " " in h.text
            or text.endswith(("the ", "The "), h.start - 4 if h.start > 4 else 0, h.start)
        ) and (ch := _country_after(doc, h.end, " of ", True)) is not None:
            # actor.body_of_country: "the Foreign Ministry of Chile", "Ministry of Foreign Affairs of Peru", "the
            # foreign ministry of Mauritania", "the government of Spain" (in lower case after "the" too)
            oend = ch.end
            if (
                h.text.lower().endswith("embassy")
                and (em := _IN_PLACE_RX.match(text, oend)) is not None
                and em.group(1) in lx.places
            ):
                oend = em.end()  # "the Embassy of the United States in Sarajevo": an embassy is named with its seat
            start = h.start - 4 if text[max(0, h.start - 4) : h.start].lower() == "the " else h.start
            found.append(
                Mention(
                    start,
                    oend,
                    "body",
                    sent,
                    "actor.body_of_country",
                    text[start:oend],
                    country=lx.country_of(ch.text),
                    name=text[h.start : oend],
                    possessive=_poss_after(text, oend),
                )
            )
        elif (
            h.text[:1].isupper()
            and h.text.lower() != "government"
            and (not _sentence_initial(doc, h.start) or h.text.lower() in lx.body_countries)
            # coref.body: "the Ministry of Foreign Affairs (MoFA) affirmed ... The Ministry expressed ...": a bare
            # capitalised head after "the" is the body told before whose name holds it, as "the ministry" is
            and not (
                " " not in h.text
                and not h.text.isupper()  # (an acronym names its body: "the MEA")
                and text[h.start - 4 if h.start > 4 else 0 : h.start].lower() == "the "
                and not text.startswith(" of ", h.end)
                and any(b.kind == "body" and h.text in b.text for b in found[-8:])
            )
        ):  # "Downing Street said": a body its table places opens a sentence too
            found.append(
                Mention(
                    h.start,
                    h.end,
                    "body",
                    sent,
                    "actor.body",
                    h.text,
                    country=lx.body_countries.get(h.text.lower()),
                    name=h.text,
                    possessive=_poss_after(text, h.end),
                )
            )
        else:
            found.append(Mention(h.start, h.end, "bodyref", sent, "coref.body", h.text, name=canon))
    # (a hit's sentence is read where it makes a mention: most demonyms, places and honorifics make none)
    for h in doc.name_hits:
        if h.table == "country":
            canon, iso = lx.countries[h.text]
            # the most made mention (every country named), built from a ready tuple like the hits (a call
            # with keywords costs three times as much): the fields in order, those after ``possessive`` at
            # their defaults
            found.append(
                _tuple_new(
                    Mention,
                    (
                        h.start,
                        h.end,
                        "country",
                        doc.sent_index(h.start),
                        "actor.country",
                        h.text,
                        iso,  # country
                        None,  # role
                        canon,  # name
                        h.possessive,
                        *_MENTION_DEFAULTS_AFTER_POSSESSIVE,
                    ),
                )
            )
        elif (
            h.table == "demonym"
            and _SIDE_RX.match(text, h.end)
            and text[max(0, h.start - 4) : h.start] in ("the ", "The ")
        ):
            # "the Russian side" stands for the country (rule actor.country): what it said, Russia said
            side_iso = lx.country_of(h.text)
            if side_iso:
                found.append(
                    Mention(
                        h.start - 4,
                        h.end + 5,
                        "country",
                        doc.sent_index(h.start),
                        "actor.country",
                        text[h.start - 4 : h.end + 5],
                        country=side_iso,
                        name=lx.country_names.get(side_iso, h.text),
                    )
                )
        elif h.table == "organization":
            canon, iso2 = lx.organizations[h.text]
            found.append(
                Mention(
                    h.start,
                    h.end,
                    "organization",
                    doc.sent_index(h.start),
                    "actor.organization",
                    h.text,
                    country=iso2,
                    name=canon,
                    possessive=h.possessive,
                )
            )
        elif h.table == "place" and lx.places[h.text][1]:
            iso3 = lx.places[h.text][0]
            found.append(
                Mention(
                    h.start,
                    h.end,
                    "place",
                    doc.sent_index(h.start),
                    "actor.country",
                    h.text,
                    country=iso3,
                    name=lx.country_names.get(iso3, h.text),
                    possessive=h.possessive,
                )
            )
    descriptions = _descriptions(doc, {m.lo for m in persons if m.kind == "name"})
    found.extend(descriptions)
    for sstart, send in _stretches(doc, spans):
        for pstart, pend, is_group in _pronouns_and_groups(text, sstart, send):
            if is_group:
                found.append(
                    Mention(
                        pstart, pend, "group", doc.sent_index(pstart), "coref.group", text[pstart:pend], plural=True
                    )
                )
                continue
            word = text[pstart:pend]
            if (
                word == "He"
                and _SURNAME_HE_RX.match(text, pend)
                and _TITLE_BEFORE_RX.search(text, max(0, pstart - 30), pstart)
            ):
                continue  # "Vice Premier He Lifeng": a surname, not a pronoun
            sent = doc.sent_index(pstart)
            plural = word.lower() == "they"
            found.append(
                Mention(
                    pstart,
                    pend,
                    "group" if plural else "pronoun",
                    sent,
                    "coref.pronoun",
                    word,
                    plural=plural,
                )
            )
    # these two may match across a line break: scanned paragraph by paragraph, and only when the
    # article has the word they need at all
    office = "ffice" in text
    honorific = "Highness" in text or "Majesty" in text or "Excellency" in text
    for sstart, send in spans if office or honorific else ():
        for m in _OFFICE_RX.finditer(text, sstart, send) if office else ():
            # actor.office: "Prime Minister Ana Costa's office denied ...": the office speaks, not the person
            found.append(
                Mention(
                    m.start(3),
                    m.end(3),
                    "organization",
                    doc.sent_index(m.start()),
                    "actor.office",
                    m.group(3),
                    name=f"{m.group(1)}{m.group(2)} {m.group(3)}",
                )
            )
        for m in _HONORIFIC_PRONOUN.finditer(text, sstart, send) if honorific else ():
            # coref.honorific: "His Highness" with no name after it stands for a person told before
            found.append(
                Mention(m.start(), m.end(), "pronoun", doc.sent_index(m.start()), "coref.honorific", m.group())
            )
    if "hosted" in text or "received" in text or "welcomed" in text:
        hosts = sorted(
            (m.start() - 4, m.end()) for noun, rx in _HOST_GUEST_NOUNS if noun in text for m in rx.finditer(text)
        )
        for start, end in hosts:
            # coref.host_guest: "A hosted B ... The host said", "His guest said": resolved to A or B in coref
            found.append(Mention(start, end, "pronoun", doc.sent_index(start), "coref.host_guest", text[start:end]))
    # every match holds one of these (a space, then its title word)
    if any(w in text for w in (" chief", " head", " top diplomat", " secretary", " chair", " director")):
        for m in _ORG_HEAD_DESC_RX.finditer(text):
            # coref.org_head_description: "the Arab League chief", "the bloc's top diplomat": resolved in coref
            # to the one person told before whose title names an organization, else no one
            # (a named organization's possessive too: "the EU's top diplomat", "the African Union's chief")
            org = m.group(1) or m.group(3) or m.group(2)
            if m.group(2) is None and org not in lx.organizations:
                continue
            start = m.start() - 1  # the "T" before the pattern's "he "
            found.append(
                Mention(
                    start,
                    m.end(),
                    "pronoun",
                    doc.sent_index(start),
                    "coref.org_head_description",
                    text[start : m.end()],
                    name=org,
                )
            )
    if portfolios:
        # "the Estonian Ministry of Culture and Sport denied": one capitalised word of a body's portfolio
        # before the verb is no person's name
        found = [
            m
            for m in found
            if not (
                m.rule == "actor.subject_name" and " " not in m.text and any(s <= m.start < e for s, e in portfolios)
            )
        ]
    # (the descriptions make every actor.unnamed_role mention: read among them, not among all mentions)
    if held := [(m.start, m.end) for m in descriptions if m.kind == "unnamed" and m.rule == "actor.unnamed_role"]:
        # actor.body_role_holder: "The Turkish Foreign Ministry spokesman said": the role noun after a body names
        # its holder, who speaks, not the body (the longer of the two would win, by a letter or two either way)
        found = [m for m in found if m.kind != "body" or not any(m.start < s < m.end < e for s, e in held)]
    doc.mentions = _resolve_overlaps(found, text)


_OF_PORTFOLIO_RX: Final = re.compile(r" of (?:the )?[A-Z][a-z]+(?:(?: and | of | for | )[A-Z][a-z]+){0,4}")


def _of_portfolio_after(doc: Doc, end: int) -> int:
    """Where a body's "of" complement right after ``end`` ends (" of Finance", " of Education and Science"):
    capitalised words joined by spaces, "and", "of" or "for", cut before any name a table knows (a state, a
    person: "of Peru" is whose the body is) and any day or month; ``end`` itself when there is none."""
    text = doc.text
    m = _OF_PORTFOLIO_RX.match(text, end, min(len(text), end + 80))
    if m is None:
        return end
    body = text.find(" ", end + 1) + 1  # after " of"
    if text.startswith("the ", body):
        body += 4
    stop = m.end()
    for h in doc.names_between(body, stop):
        stop = min(stop, h.start)
    last = end
    for w in re.finditer(r"[A-Za-z]+", text[body:stop]):
        if w.group()[0].islower():
            continue
        if w.group().lower() in DAY_AND_MONTH_WORDS:  # "of Finance Monday": a date
            break
        last = body + w.end()
    if last == end or (last < len(text) and text[last].isalnum()):
        return end
    return last


def _body_name(surface: str, mod: Hit) -> str:
    s = surface
    if s.lower().startswith("the "):
        s = s[4:]
    return s


def _modifier_before(doc: Doc, pos: int) -> tuple[Hit, int] | None:
    """A demonym or country (possessive) right before ``pos``, and where the phrase starts."""
    for h in reversed(doc.names_between(pos - 40, pos)):
        if h.end > pos:
            continue
        gap = doc.text[h.end : pos]
        if h.table in ("demonym", "country") and _MODIFIER_BEFORE_RX.fullmatch(gap or " "):
            start = h.start
            pre = doc.text[max(0, start - 4) : start]
            if pre.lower() == "the ":
                start -= 4
            return h, start
        break
    return None


_KIND_RANK: Final = {
    "name": 0,
    "unnamed": 1,
    "cgroup": 1,
    "source": 1,
    "body": 2,
    "desc": 3,
    "group": 4,
    "organization": 5,
    "country": 6,
    "place": 7,
    "bodyref": 8,
    "pronoun": 9,
    "candidate": 10,
}


def _resolve_overlaps(found: list[Mention], text: str) -> list[Mention]:
    """Keep the longest (then highest-ranked) mention where mentions overlap.

    A person's title ("Norway's Special Envoy for Yemen") swallows the country
    mentions inside it: they describe the person, they are not actors of their own.
    """
    rank = _KIND_RANK
    # actor.name_inside_apposition: "Eri Kaneko, spokesperson for Secretary-General Ban Ki-moon, said": a name
    # told after "for", "to" or "of" inside another name's apposition describes that person (however long either
    # name is); "In Tapachula, Foreign Minister X held ..." keeps X, the apposition's own name
    tails = [m for m in found if m.kind == "name" and m.tail_end > m.end]
    if tails:
        found = [
            m
            for m in found
            if m.kind != "name"
            or not any(
                t.end <= m.lo
                and m.hi <= t.tail_end
                and t is not m
                and _OF_WHOM_RX.search(text, t.end, m.start) is not None
                for t in tails
            )
        ]
    # the keys made in one list, not by a key function (a Python call per mention); the index last keeps
    # the order of equal keys, as the stable list.sort did
    order = sorted([(m.kind != "name", m.start - m.end, rank.get(m.kind, 99), m.start, i) for i, m in enumerate(found)])
    taken = bytearray(len(text) + 1)  # one byte per character: linear, however many mentions
    keep: list[Mention] = []
    for key in order:
        m = found[key[4]]
        name = not key[0]  # the key's first item tells a name: its kind compared once
        lo = m.lo if name else m.start
        hi = m.hi if name else m.end
        if taken.find(1, lo, hi) >= 0:
            if name and taken.find(1, m.start, m.end) < 0:
                keep.append(m)
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
            continue
        keep.append(m)
        taken[lo:hi] = b"\x01" * (hi - lo)
    keep.sort(key=_START)
    return keep


_START: Final = operator.attrgetter("start")
#: a preposition that makes the name after it another person's, inside an apposition (actor.name_inside_apposition)
_OF_WHOM_RX: Final = re.compile(r"\s(?:for|to|of)\s")
