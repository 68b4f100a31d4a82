"""What stands around a mention: whether it opens its sentence, a possessive or a country after it, a
fronted phrase or "according to" before it, a lone plural or capitalised opener, an organization after it."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.patterns import (
    _ACCORDING_BEFORE_RX,
    _ACCORDING_DESC_NAME_RX,
    _FOLLOWED_BY_ORG_RX,
    _PORTFOLIO_NEXT_RX,
)
from newsfacts.rules.doc import Doc, Hit

#: a plural noun's ending: a consonant or "e" before the final "s" ("Traders", "Analysts", "Sources")
_PLURAL_END_RX: Final = re.compile(r"[A-Z][a-z]+(?:[b-df-hj-np-tv-z]|e)s")


def _plural_opener(doc: Doc, start: int, end: int, floor: int) -> bool:
    """actor.plural_opener: "Traders said ...", "Analysts told ...": a lone plural word opening the sentence,
    capitalised only by its place and named nowhere else in the article, is an anonymous source, no person."""
    text = doc.text
    return (
        _PLURAL_END_RX.fullmatch(text, start, end) is not None
        and not text[floor:start].strip(" \"“‘'")
        and text.find(text[start:end], end) < 0
        and text.rfind(text[start:end], 0, start) < 0
    )


_OF_COUNTRY_RX: Final = re.compile(r" of (?:the )?")


def _of_country(doc: Doc, end: int) -> Hit | None:
    """The country named right after ``end`` by " of " ("X of Egypt", "X of the Philippines"): the gazetteer's
    hit may take the article in ("the Philippines", "the United Kingdom") or not."""
    of = _OF_COUNTRY_RX.match(doc.text, end)
    if of is None:
        return None
    for h in doc.names_between(end + 4, of.end() + 1):
        if h.table == "country" and h.start in (end + 4, of.end()):
            return h
    return None


def _followed_by_org(doc: Doc, end: int) -> bool:
    """ "Ruritania's Blue Dawn movement": a run followed by an organization is part of its name."""
    nxt = doc.names_between(end, end + 3)
    text = doc.text
    return (
        # actor.comma_ends_name: "President of X Temir Osmonov, Akorda reports": a comma ends the name
        any(h.table == "organization" and not text[end : h.start].strip() for h in nxt)
        or _FOLLOWED_BY_ORG_RX.match(text[end : end + 12]) is not None
        # actor.institution_name: "the head of Sudan's Sovereignty Council": a run before an institution's head
        # noun ("Council", "Committee") is part of the institution's name
        or ((nw := _PORTFOLIO_NEXT_RX.match(text, end)) is not None and nw.group(1) in doc.lexicon.speaker_body_heads)
    )


def _opens_line(doc: Doc, pos: int) -> bool:
    """Does ``pos`` open its sentence (after an opening quote, if any)?"""
    i = doc.sent_index(pos)
    return i >= 0 and doc.text[doc.sentences[i].start : pos].strip(" \"'“‘") == ""


def _common_noun_opener(doc: Doc, word: str, start: int) -> bool:
    """actor.lone_opener: "Damage was recorded in 50 places", "Emergency declared in hospitals": one
    capitalised word opening a sentence is a common noun, no name, when the article also writes it in
    lower case ("an emergency"), or when its line is a headline (no closing stop), unless the article
    also writes it capitalised where no sentence starts ("Minister Ali Haddad ... Haddad arrived").
    The article is read within ``_OPENER_REACH`` characters of the word, so that a long input stays linear."""
    if not _opens_line(doc, start):
        return False
    text = doc.text
    sent = doc.sentences[doc.sent_index(start)]  # _opens_line found it
    headline = text[sent.start : sent.end].rstrip()[-1:] not in '.!?"”’)'
    lo, hi = max(0, start - _OPENER_REACH), start + _OPENER_REACH
    if not headline and _whole_word_at(text, word.lower(), lo, hi) < 0:
        return False
    n = len(word)
    at = _whole_word_at(text, word, lo, hi)
    while at >= 0:
        if at != start and not _opens_line(doc, at):
            return False
        at = _whole_word_at(text, word, at + n, hi)
    return True


#: how far from a lone opener the article is read for the same word (an article's length, many times over)
_OPENER_REACH: Final = 20_000


def _whole_word_at(text: str, word: str, pos: int, end: int) -> int:
    """Where ``word`` first stands in ``text[pos:end]`` as a whole word (-1: nowhere)."""
    n = len(word)
    at = text.find(word, pos, end)
    while at >= 0:
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-'’")
        if not glued and not text[at + n : at + n + 1].isalnum():
            return at
        at = text.find(word, at + 1, end)
    return -1


def _sentence_initial(doc: Doc, pos: int) -> bool:
    i = doc.sent_index(pos)
    return i >= 0 and doc.sentences[i].start == pos


def _inside(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _poss_after(text: str, end: int) -> bool:
    # actor.bare_apostrophe: "James Mattis’ visit", "Reyes' remarks": a name ending in "s" takes the apostrophe
    # alone (a closing single quote after a word in quotes is followed by no word)
    return text[end : end + 2] in ("'s", "’s") or (
        text[end - 1 : end] == "s"
        and text[end : end + 1] in ("'", "’")
        and text[end + 1 : end + 2] == " "
        and text[end + 2 : end + 3].islower()
    )


def _country_after(doc: Doc, end: int, prep: str, article_in_name: bool = False) -> Hit | None:
    """The country named right after ``end`` by ``prep`` (" of ", " from "), its article left out: " of Chile",
    " of the Philippines"; with ``article_in_name``, also one whose name holds its article ("of the Russian
    Federation", a name that starts at "the")."""
    text = doc.text
    if not text.startswith(prep, end):
        return None
    lead = at = end + len(prep)
    if text.startswith("the ", at):
        at += 4
    for h in doc.names_between(lead if article_in_name else at, at + 40):
        if (h.start == at or (article_in_name and h.start == lead)) and h.table == "country":
            return h
    return None


def _according_desc(text: str, start: int, end: int) -> bool:
    """A description after "According to the spokesman, Fidan welcomed ...": the description is the
    source and the name after the comma the clause's subject (a name set off by a second comma is a title's:
    "according to the spokesman, Ali Reza, ...")."""
    if _ACCORDING_BEFORE_RX.search(text, max(0, start - 20), start) is None:
        return False
    m = _ACCORDING_DESC_NAME_RX.match(text, end + 2)
    return m is not None and not text.startswith(",", m.end())


#: a sentence opening with a participle and its object's possessive: "Meeting his Tajik ", "Receiving her "
#: a sentence's fronted phrase up to the object of its "with" ("On the sidelines of a meeting with the |Minister")
_FRONT_WITH_RX: Final = re.compile(
    # (after an agency's label, "Iran Press/Iran news: On the sidelines of ...")
    r"\W*(?:[A-Z][^:.;,“”\"]{0,40}:\s+)?"
    r"(?:On|In|During|At|After|Following|Before|Upon)\b[^,;.“”\"]*\bwith\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w’'-]*\s+)*"
)


def _fronted_with_object(doc: Doc, sent: int, pos: int) -> bool:
    """Does the title at ``pos`` follow a fronted phrase's "with" from its sentence's start ("On the sidelines of a
    meeting with the |Minister ..."), so that a name after it is the clause's subject, not the title's holder?"""
    return sent >= 0 and _FRONT_WITH_RX.fullmatch(doc.text, doc.sentences[sent].start, pos) is not None


_PARTICIPLE_POSSESSOR_RX: Final = re.compile(r"\W*[A-Z][a-z]+ing\s+(?:with\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}")
