"""A plural role's members: the states listed after it, the names told with it ("respective"), the states
told before it ("the two countries")."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.actors.patterns import (
    _DESCRIPTIONS_RX1,
    _HYPHEN_PAIR_RX,
    _NUMBER_WORDS,
    _OF_N_COUNTRIES_RX,
    _RESPECTIVE_SEP_RX,
    CHAIN,
)
from newsfacts.rules.actors.runs import _chain_runs
from newsfacts.rules.doc import Doc, Hit, Mention

_OF_LIST: Final = re.compile(
    # (a state's long name holds an "of": "the presidents of the Islamic Republic of Iran and the Russian Federation")
    r"\s+of\s+((?:(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*)*(?:,\s*|\s+and\s+|,\s+and\s+)){1,8}"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*)*)"
)


#: "counterparts from Brazil, Chile and Peru": the states of a plural role (actor.respective_counterparts)
_FROM_LIST: Final = re.compile(_OF_LIST.pattern.replace("of", "from", 1))


#: a state's name joined by a hyphen to the next one ("Japan-Canada"), right before a plural role
_PAIR_BEFORE: Final = re.compile(r"\b[A-Z][\w]+-$")


def _plural_members(doc: Doc, h: Hit, rx: re.Pattern[str] = _OF_LIST) -> tuple[tuple[str, ...], int] | None:
    """'presidents of Iran, Russia and Turkey' -> (IRN, RUS, TUR) and the end of the list (with ``rx``
    :data:`_FROM_LIST`, 'counterparts from Iran and Turkey')."""
    m = rx.match(doc.text, h.end, min(len(doc.text), h.end + 160))
    if m is None:
        return _members_told_before(doc, h) if rx is _OF_LIST else None
    codes = _country_list(doc.lexicon, m.group(1))
    end = m.end()
    if codes is None and m.group(1).endswith("."):
        # a list that ends the sentence: the names' ``[\w.]*`` (for "U.S.") took its full stop ("held talks
        # with the foreign ministers of Sweden and Finland.")
        codes = _country_list(doc.lexicon, m.group(1)[:-1])
        end -= 1
    if codes is None:
        # actor.country_list_prefix: "the foreign ministers of A and B, X and Y, met": the countries end
        # where the names of the members begin
        sep = m.group(1).rfind(", ")
        while sep > 0 and codes is None:
            codes = _country_list(doc.lexicon, m.group(1)[:sep])
            end = m.start(1) + sep
            sep = m.group(1).rfind(", ", 0, sep)
        return (codes, end) if codes is not None and len(codes) >= 2 else None
    return (codes, end) if len(codes) >= 2 else None


def _respective_names(doc: Doc, codes: tuple[str, ...], end: int, role: str, sent: int) -> list[Mention]:
    """actor.respective_names: "the foreign ministers of Armenia and Azerbaijan, X and Y, met": as many
    names right after the list as it has countries, each with its country in order and the role."""
    text = doc.text
    send = doc.sentences[sent].end if sent >= 0 else len(text)
    out: list[Mention] = []
    pos = end
    for i in range(len(codes)):
        sep = _RESPECTIVE_SEP_RX.match(text, pos, send)
        if (
            sep is None
            or (i == len(codes) - 1) != ("and" in sep.group())
            or (i == 0 and not sep.group().startswith(","))
        ):
            return []
        cm = CHAIN.match(text, sep.end(), send)
        if cm is None or " " not in cm.group() or _chain_runs(cm.group(), doc.lexicon) != ((0, len(cm.group())),):
            return []
        if doc.lexicon.country_of(cm.group()) is not None:
            return []
        out.append(
            Mention(
                cm.start(),
                cm.end(),
                "name",
                sent,
                "actor.respective_names",
                cm.group(),
                country=codes[i],
                role=role or None,
                name=cm.group(),
                title_start=cm.start(),
            )
        )
        pos = cm.end()
    # (the names may end the sentence: "talks between the foreign ministers of A and B, X and Y.")
    return out if text.startswith((",", " ", ".", ";"), pos) or pos >= send else []


def _respective_counterparts(doc: Doc, listed: tuple[tuple[str, ...], int], h: Hit, sent: int) -> list[Mention]:
    """actor.respective_counterparts: the names after a plural role of two states or more ("his Polish and
    Lithuanian counterparts, X and Y", "the envoys from Chile and Peru, X and Y"), each with its state in
    order; a counterpart's role is the subject's, which the meeting rules tell."""
    states, end = listed
    if len(states) < 2 or len(set(states)) != len(states):
        return []
    lx = doc.lexicon
    role = lx.roles.get(lx.role_plurals[h.text.lower()], ("", False))[0]
    named = _respective_names(doc, states, end, "" if role == "Counterpart" else role, sent)
    return [m._replace(rule="actor.respective_counterparts") for m in named]


def _country_list(lx: Lexicon, listed: str) -> tuple[str, ...] | None:
    """The countries of a list ("Iran, Russia and Turkey" -> IRN, RUS, TUR), None when a part is none."""
    codes: list[str] = []
    for part in _DESCRIPTIONS_RX1.split(listed):
        part = part.strip()
        c = lx.country_of(part) or lx.country_of(part.removeprefix("the "))
        if c is None:
            return None
        codes.append(c)
    return tuple(codes)


def _members_told_before(doc: Doc, h: Hit) -> tuple[tuple[str, ...], int] | None:
    """actor.members_told_before: "the foreign ministers of the two countries", "the trade ministers of the
    three countries": the countries are the last two (three) told before, in this sentence and the five
    before it (by name, demonym or city; a posting "to X" or "for X" is none)."""
    m = _OF_N_COUNTRIES_RX.match(doc.text, h.end, min(len(doc.text), h.end + 40))
    if m is None:
        return None
    want = _NUMBER_WORDS[m.group(1).lower()] if m.group(1) else 2
    sent = doc.sent_index(h.start)
    lo = doc.sentences[max(0, sent - 5)].start if sent >= 0 else max(0, h.start - 1500)
    codes: list[str] = []
    text, lx = doc.text, doc.lexicon
    told: list[tuple[int, str]] = []  # (where, code) of each state told, in text order
    for n in doc.names_between(lo, h.start):
        if n.table not in ("country", "demonym", "place") or text.endswith((" to ", " for "), 0, n.start):
            continue
        code = lx.country_of(n.text) if n.table != "place" else lx.places[n.text][0]
        if code:
            told.append((n.start, code))
    if "-" in text[lo : h.start]:
        # actor.hyphen_pair_members: "Russian-US relations", "the Iran-Iraq border": both states are told
        for hp in _HYPHEN_PAIR_RX.finditer(text, lo, h.start):
            a, b = lx.country_of(hp.group(1)), lx.country_of(hp.group(2))
            if a and b and a != b and lx.country_of(hp.group()) is None:  # "Guinea-Bissau" is one state
                told += [(hp.start(1), a), (hp.start(2), b)]
        told.sort()
    at = sent  # the sentence being read, back from the list's own
    for start, code in reversed(told):
        if code in codes:
            continue
        if (here := doc.sent_index(start)) != at:
            if len(codes) == want:
                break  # the sentences read so far tell exactly that many
            at = here
        codes.append(code)
        if len(codes) > want:
            return None  # more countries than the list holds: which they are is a guess
    return (tuple(reversed(codes)), m.end()) if len(codes) == want else None
