"""Titles set off around a name: a role apposition before or after it, a title in brackets, a title going
on past "and", a portfolio in small letters, "X of Country", a name's acronym."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.actors.context import _of_country
from newsfacts.rules.actors.lookups import _role_hits
from newsfacts.rules.actors.titles import _title_like, _title_stretch
from newsfacts.rules.actors.verbs import _has_verb
from newsfacts.rules.doc import Doc, Hit

_ROLE_TAIL: Final = re.compile(r"(?:\s+(?:for|of|to|on|in|at)\s[^,]*|\s+[a-z][^,]*)?")
_APPOS_AFTER: Final = re.compile(
    # "Pak, the U.S. deputy assistant secretary of state for Korea and Japan, is ...": "and" between names stays
    # "X, South Africa's Minister of Trade, ...": a country of two words owns the title too
    r",\s+(?:the|a|an|(?:[A-Z][\w]+\s)?[A-Z][\w]+['’]s)\s+((?:[^,;.]|\.(?=\S)|(?<=\b[A-Z])\.){0,120}?)"
    r"(?=,|(?<!\b[A-Z])\.(?!\S)|;|$| and (?![A-Z][\w.]*,))"
)
#: ``_APPOS_AFTER`` with no determiner: "Nasser Kanani, spokesman for the foreign ministry, said"
_BARE_APPOS_AFTER: Final = re.compile(
    r",\s+((?:[^,;.]|\.(?=\S)|(?<=\b[A-Z])\.){0,120}?)(?=,|(?<!\b[A-Z])\.(?!\S)|;|$| and (?![A-Z][\w.]*,))"
)


def _role_appos_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    r"""The words before a comma that ends ``text[lo:hi]`` (but for white space), from after the last comma, stop,
    semicolon or quote before it, at most 120 characters: (start, end) of them, or None when no comma ends it.

    What ``re.search(r"([^,;.“”\"]{0,120}),\s*$", text[lo:hi])`` finds (its first group; the match ends at ``hi``),
    told by string methods: that search tried every start in the window, each reading on to the comma.
    """
    if lo > hi:
        return None
    comma = lo + len(text[lo:hi].rstrip()) - 1
    if comma < lo or text[comma] != ",":
        return None
    low = comma - 120 if comma - 120 > lo else lo
    stop = low - 1  # the last stop character in the window, if any
    for c in _APPOS_STOPS:
        at = text.rfind(c, low, comma)
        # a dot inside an acronym stops nothing ("the U.S Ambassador to Ethiopia, X", "the U.N. envoy for Yemen, X")
        while (
            c == "."
            and at > low
            and text[at - 1 : at].isalnum()
            and (text[at + 1 : at + 2].isalnum() or (text[at - 1].isupper() and text[at - 2 : at - 1] == "."))
        ):
            at = text.rfind(c, low, at)
        if at > stop:
            stop = at
    return stop + 1, comma


def _appos_roles(doc: Doc, start: int, end: int) -> list[Hit]:
    """The roles in ``text[start:end]`` that may head a title set off before a name."""
    return [
        h
        for h in _role_hits(doc, start, end)
        if h.table == "role"
        and (
            doc.lexicon.roles[h.text.lower()][1]
            # "the Chair of the Foreign Affairs Committee, X": a capitalised role no
            # description is headed by, with its "of"
            or (h.text[:1].isupper() and doc.text.startswith(" of ", h.end))
        )
    ]


#: the end of a portfolio list after a comma inside a title: "Cooperation and Mauritanians Abroad", "African
#: Cooperation and Moroccan Expatriates" (capitalised words, an "and" among them)
_PORTFOLIO_LIST_RX: Final = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,3}and\s+(?:[A-Z][\w'’-]*\s*){1,3}")

#: what the words of ``_role_appos_before`` never cross
_APPOS_STOPS: Final = (",", ";", ".", "“", "”", '"')


#: initials in brackets right after a name: " (BRN)"
_ACRONYM_AFTER: Final = re.compile(r" \(([A-Z]{3,8})\)")


#: the small words an organization's name holds that its initials leave out ("High Council for National ...")
_ACRONYM_SMALL_WORDS: Final = frozenset({"of", "for", "and", "the", "on"})


def _acronym_of(text: str, start: int, end: int) -> bool:
    """Does the name at ``[start, end)`` stand before its own initials in brackets ("Barisan Revolusi Nasional
    (BRN)")? A person is never given initials of every capitalised word of three or more."""
    m = _ACRONYM_AFTER.match(text, end)
    if m is None:
        return False
    initials = "".join(w[0] for w in text[start:end].split() if w[:1].isupper())
    acronym = m.group(1)
    if initials == acronym or not initials or not acronym.endswith(initials):
        return initials == acronym
    # "High Council for National Reconciliation (HCNR)": the capitalised words right before the run (one a table
    # stopped it at, "National") give the acronym's first letters; small words between them do not count
    lead: list[str] = []
    for w in reversed(text[start - 80 if start > 80 else 0 : start].split()):
        if len(lead) == len(acronym) - len(initials):
            break
        if w[:1].isupper() and w.isalpha():
            lead.append(w[0])
        elif w not in _ACRONYM_SMALL_WORDS:
            return False
    return "".join(reversed(lead)) + initials == acronym


def _post_word(lx: Lexicon, role: str) -> bool:
    """Is ``role`` a post abroad (``no_home_role_word``: "Ambassador", "Envoy")?"""
    return not lx.no_home_role_words.isdisjoint(role.lower().split())


def _appos_role(doc: Doc, pos: int, floor: int) -> tuple[int, int] | None:
    """The role apposition that ends with a comma right before ``pos`` ("the Minister of Foreign Affairs, "),
    as (start, end) of its role, when its role is no post abroad; else None."""
    text = doc.text
    if not text.endswith(", ", 0, pos):
        return None
    before = _role_appos_before(text, max(floor, pos - 122), pos)
    if before is None:
        return None
    b_start, b_end = before
    rh = [h for h in _role_hits(doc, b_start, b_end) if h.table == "role"]
    if (
        not rh
        or _post_word(doc.lexicon, rh[-1].text)
        or b_end - rh[-1].end >= 60
        or _has_verb(doc, b_start, b_end)
        or not _ROLE_TAIL.fullmatch(text, rh[-1].end, b_end)
    ):
        return None
    rstart = min(_title_stretch(doc, rh[-1].start, b_start), rh[-1].start)
    return rstart, b_end


#: determiners and possessives that open a second noun phrase after "and": "X, the minister and his deputy, ..."
_AND_NP_OPENERS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "other", "several", "two"})


def _and_title_tail(doc: Doc, pos: int, send: int) -> int:
    """actor.and_title: where a name's apposition ends when its title goes on past " and " at ``pos`` to the
    comma that closes it ("X, the Deputy Prime Minister and Foreign Minister of Italy, met ...", "X, South
    Africa's minister of international relations and cooperation, said"): every word after "and" a title
    word, a small word, or a country's; none a verb or a determiner. Else -1."""
    text = doc.text
    lo = pos + 5
    comma = text.find(",", lo, min(send, lo + 80))
    if comma < 0 and send - lo <= 80 and text[send - 1 : send] == ".":
        comma = send - 1  # "... with X, prime minister and foreign minister of Palestine.": the sentence's end
    if comma < 0 or any(c in text[lo:comma] for c in '.;“”"()'):
        return -1
    words = text[lo:comma].split()
    if not words or words[0].lower() in _AND_NP_OPENERS or _has_verb(doc, lo, comma):
        return -1
    lx = doc.lexicon
    # a country's name may hold "and" itself: "of the United Kingdom of Great Britain and Northern Ireland"
    countries = [
        (h.start, h.end)
        for h in doc.names_between(max(0, lo - 80), comma)
        if h.table in ("country", "demonym") and h.end > lo
    ]
    at = lo
    prev_and = -1  # where the last " and " after a title word stands
    for i, w in enumerate(words):
        at = text.find(w, at)
        inside = any(s <= at < e for s, e in countries)
        if not (inside or w[:1].islower() or _title_like(lx, w)):
            if i >= 2 and prev_and > lo and words[i - 1] == "and" and w[:1].isupper():
                # (actor.and_title) "X, Minister of Foreign Affairs and International Cooperation and Y,
                # Minister of State": the title ends before the last "and"; a name follows it
                doc.fire("actor.and_title", pos, prev_and)
                return prev_and
            return -1
        if w == "and":
            prev_and = at - 1
        at += len(w)
    doc.fire("actor.and_title", pos, comma)
    return comma


def _paren_title(doc: Doc, end: int) -> int | None:
    """actor.paren_title: where the title in brackets right after a name ends (at its ")"): a role, and every
    other word a title word, a country's or a small word ("(German Foreign Minister)", "(Minister of Foreign
    Affairs of Japan)"). None when the brackets hold anything else (initials, a party, a place)."""
    text = doc.text
    close = text.find(")", end + 2, end + 80)
    if close < 0 or "(" in text[end + 2 : close]:
        return None
    rh = [h for h in _role_hits(doc, end + 2, close) if h.table == "role"]
    if not rh:
        return None
    lx = doc.lexicon
    countries = [(h.start, h.end) for h in doc.names_between(end + 2, close) if h.table in ("country", "demonym")]
    at = end + 2
    for w in text[end + 2 : close].split():
        at = text.find(w, at)
        if not (any(s <= at < e for s, e in countries) or w[:1].islower() or _title_like(lx, w)):
            return None
        at += len(w)
    return close


#: a portfolio in small letters after "for", right before a name: " for railways and textiles "
_FOR_PORTFOLIO_RX: Final = re.compile(r" for (?:[a-z]+ ){1,5}$")


def _lower_portfolio(doc: Doc, pos: int, floor: int) -> tuple[int, list[Hit]] | None:
    """actor.lower_portfolio: "Indian minister of state for railways and textiles X": a role, then "for" and its
    portfolio in small letters (no verb, five words at most) right before the name at ``pos``: where the title
    starts, and its role."""
    m = _FOR_PORTFOLIO_RX.search(doc.text, pos - 70 if pos - 70 > floor else floor, pos)
    if m is None or _has_verb(doc, m.start(), pos):
        return None
    role = next((h for h in _role_hits(doc, max(floor, m.start() - 60), m.start()) if h.end == m.start()), None)
    if role is None or role.table != "role":
        return None
    doc.fire("actor.lower_portfolio", role.start, pos)
    return min(role.start, _title_stretch(doc, role.end, floor)), [role]


def _one_word_of_country(doc: Doc, name: str, end: int) -> bool:
    """actor.one_word_of_country: "met President Jokowi of Indonesia": a one-word name after a title, then "of"
    and a country, is a name (not a title's word: "Minister Counsellor of the Embassy"), when the word is no
    title word."""
    if _title_like(doc.lexicon, name) or _of_country(doc, end) is None:
        return False
    doc.fire("actor.one_word_of_country", end - len(name), end)
    return True
