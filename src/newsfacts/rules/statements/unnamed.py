"""Speakers no actor rule reads: anonymous groups and single unnamed sources, the joint subjects of a
meeting, a bare counterpart, a relative "who" (``_subject_across`` tries them)."""

from __future__ import annotations

import re
import string
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.models import Span
from newsfacts.prefilter import holds_any, required_words
from newsfacts.rules.coref import female_keys, role_fits, subjectish
from newsfacts.rules.doc import Doc, Entity, Hit, Mention
from newsfacts.rules.meetings import MeetingState, source_entity
from newsfacts.rules.statements.bodies import (
    _body_head,
    _demonym_body,
    _modified_body,
    _org_description,
    _possessive_body,
)
from newsfacts.rules.statements.drafts import StatementState, _all_of_kind
from newsfacts.rules.statements.patterns import _ORG_DESC_RX, _PREP_LEFT_RX, _WHO_LEFT_RX
from newsfacts.rules.statements.speakers import _speaker_keys


def _bare_counterpart(doc: Doc, m: Mention, mstate: MeetingState) -> int:
    """The other party of the last meeting of two persons (told in this sentence or the two before), when ``m``
    ("his counterpart", "her counterpart") opens its sentence: the one told after the meeting sentence's first
    person (its subject); -1 when a title says the owner is the woman told after, or anything is unclear."""
    last = mstate.last
    text = doc.text
    if (
        last is None
        or not 0 < m.sent - last.sent <= 2
        or len(last.participants) != 2
        or m.lo - doc.sentences[m.sent].start > 2
        or not text.startswith(("His ", "Her "), m.lo)
    ):
        return -1
    sent = doc.sentences[last.sent]
    first: list[tuple[int, int]] = []
    for k in last.participants:
        e = doc.entity(k)
        starts = [a for a, _b in e.mentions if sent.start <= a < sent.end]
        if e.kind != "person" or not starts:
            return -1
        first.append((min(starts), k))
    first.sort()
    subject, other = first[0][1], first[1][1]
    females = female_keys(doc)
    if text.startswith("His ", m.lo) and subject in females:
        return -1
    if text.startswith("Her ", m.lo) and other in females and subject not in females:
        return -1
    return other


def _subject_across(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """A subject no mention rule reads: "Salcedo, who had accused ..." (statement.relative_who),
    "both heads of government agreed ..." (statement.joint_subject)."""
    text = doc.text
    if (bh := _body_head(doc, pos, span, mentions, mstate, sstate)) is not None:
        return bh
    if (pb := _possessive_body(doc, pos, span, mentions, mstate, sstate)) is not None:
        return pb
    if (db := _demonym_body(doc, pos, span, mentions, mstate, sstate)) is not None:
        return db
    if (mb := _modified_body(doc, pos, span, mentions, mstate, sstate)) is not None:
        return mb
    lo = pos - 60 if pos - 60 > span.start else span.start
    window = text[lo:pos]  # sliced once for the literal checks that gate each regex below
    if (("both" in window.lower() or "two" in window) and (jm := _JOINT_LEFT_RX.search(text, lo, pos))) or (
        ("heads" in window or "two" in window or "leaders" in window)
        and not _VERB_S_RX.match(text, pos)  # "the two states in ...": a plural subject's verb takes no -s
        and (jm := _JOINT_BARE_LEFT_RX.search(text, lo, pos))
    ):
        # statement.joint_subject: "Both leaders agreed ...", "the two heads of government agreed that ...":
        # the parties of the last meeting; also "The two also underscored ...", "The heads of state expressed
        # readiness ..." (statement.joint_bare)
        last = mstate.last
        if last is None or doc.sent_index(span.start) - last.sent > 6:
            return None
        keys = [k for k in last.participants if doc.entity(k).kind == "person"]
        rule = "statement.joint_subject" if jm.re is _JOINT_LEFT_RX else "statement.joint_bare"
        return (keys, jm.start(), rule) if len(keys) >= 2 else None
    if "ha" in window and (am := _AUX_PHRASE_LEFT_RX.search(text, lo, pos)):
        # statement.aux_phrase: "Chilean officials have on several occasions voiced ...", "He has in recent
        # weeks condemned ...": a time or occasion phrase between the auxiliary and the cue
        for m in reversed(mentions):
            if m.end > am.start():
                continue
            if m.hi != am.start() or not subjectish(doc, m) or m.kind == "place" or m.possessive:
                return None
            keys = _speaker_keys(doc, m, mstate, sstate)
            lo_m = m.lo
            return (keys, lo_m, "statement.aux_phrase") if keys else None
        return None
    if ("'s" in window or "’s" in window) and (gm := _GENERIC_POSS_ROLE_RX.search(text, lo, pos)):
        # statement.generic_possessive_role: "the kingdom's foreign minister said", "the country's president
        # told": the holder of that role named last before (no one named: no speaker)
        role = doc.lexicon.roles.get(gm.group("role").lower())
        if role is None:
            return None
        best: Entity | None = None
        best_pos = -1
        for e in doc.entities:
            if e.kind != "person" or role_fits(doc.lexicon, role[0], e) != 2:
                continue
            seen = max((a for a, _b in e.mentions if a < gm.start()), default=-1)
            if seen > best_pos:
                best, best_pos = e, seen
        if best is None:
            return None
        best.add((gm.start(), gm.end("role")), "statement.generic_possessive_role")
        return [best.key], gm.start(), "statement.generic_possessive_role"
    if (
        holds_any(window, _ORG_DESC_WORDS)  # "bloc", "alliance", ...: a substring test before the scan
        and (om := _ORG_DESC_LEFT_RX.search(text, lo, pos)) is not None
        and not _PREP_LEFT_RX.search(text, max(span.start, om.start() - 12), om.start())
        and (od := _org_description(doc, _ORG_DESC_RX.match(text, om.start(), pos), om.start())) is not None
    ):
        # statement.org_description: "The bloc said ...", "the alliance also urged ...": the organization named before
        return od[0], om.start(), "statement.org_description"
    if "who" in window and (wm := _WHO_LEFT_RX.search(text, lo, pos)):
        for m in mentions:
            if m.end == wm.start() and m.kind in ("name", "unnamed", "desc"):
                keys = _speaker_keys(doc, m, mstate, sstate)
                if keys and _all_of_kind(doc, keys, "person"):
                    return keys, m.lo, "statement.relative_who"
                return None
        return None
    return _anonymous_source(doc, pos, span, mentions) or _singular_source(doc, pos, span, mentions)


def _joint_bare(doc: Doc, subj: Mention, h: Hit, span: Span, mstate: MeetingState) -> list[int]:
    """statement.joint_bare: "The leaders of the two nations agreed that ..." read as a list of two states'
    leaders: the persons of the last meeting (within six sentences) are the two, when it has two."""
    jm = _JOINT_BARE_LEFT_RX.search(doc.text, max(span.start, h.start - 60), h.start)
    last = mstate.last
    if jm is None or jm.start() != subj.start or last is None:
        return []
    told = max((doc.sent_index(e.start) for e in last.evidence), default=last.sent)  # told last (a headline first)
    if doc.sent_index(span.start) - max(told, last.sent) > 6:
        return []
    keys = [k for k in last.participants if doc.entity(k).kind == "person"]
    if len(keys) != 2:
        return []
    doc.fire("statement.joint_bare", subj.start, subj.end, subj.text)
    return keys


def _singular_source(doc: Doc, pos: int, span: Span, mentions: list[Mention]) -> tuple[list[int], int, str] | None:
    """statement.singular_source: "A Lebanese ministerial source denied ...", "..., a diplomatic source said":
    one unnamed source no actor rule read, opening its clause; its country is its adjective's."""
    text = doc.text
    lo = pos - 60 if pos - 60 > span.start else span.start
    if text.find("source", lo, pos) < 0:
        return None
    sm = _SINGULAR_SOURCE_LEFT_RX.search(text, lo, pos)
    if sm is None or any(m.start < sm.end("np") and sm.start("np") < m.end for m in mentions):
        return None
    at = sm.start()
    if at > span.start and not _CLAUSE_OPEN_RX.search(text, at - 4 if at - 4 > span.start else span.start, at):
        return None  # "met a source ..." : a source inside a clause is no subject
    return _source_person(doc, sm.group("np"), sm.start("np"), sm.end("np")), at, "statement.singular_source"


def _source_person(doc: Doc, phrase: str, lo: int, hi: int) -> list[int]:
    """The unnamed source a phrase names ("Lebanese ministerial source"), a person, once per name."""
    name = re.sub(r"\s+", " ", phrase)
    name = name[:1].upper() + name[1:]
    country = next((c for w in name.split() if w[:1].isupper() and (c := doc.lexicon.country_of(w))), None)
    key = "source_in:" + name.lower()
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("person", name, country=country, unnamed=True).key
    e = doc.entity(doc.unnamed[key])
    e.add((lo, hi), "statement.singular_source")
    return [e.key]


def _anonymous_source(doc: Doc, pos: int, span: Span, mentions: list[Mention]) -> tuple[list[int], int, str] | None:
    """statement.anonymous_source: "Western diplomats said", "Two EU diplomats told the paper", "Several
    analysts said", "..., economic analysts said": a plural source noun (``source_plural``, or a generic
    role's plural: "diplomats") with no determiner opening its clause is an unnamed group, the speaker."""
    text = doc.text
    lx = doc.lexicon
    if not _plural_source_before(text, span.start, pos, lx) and not holds_any(
        text, _ANON_SOURCE_WORDS, span.start, pos
    ):
        return None  # no plural source noun right before the cue, no phrase after one: the patterns cannot match
    am = _ANON_SOURCE_RX.fullmatch(text, span.start, pos) or _ANON_SOURCE_LEFT_RX.search(
        text, max(span.start, pos - 70), pos
    )
    if am is None:
        return None
    head = am.group("head")
    if head.lower() == "people" and am.group("familiar"):
        head = "sources"  # "people familiar with the matter", "people briefed on the talks"
    elif head[0].isupper():
        return None  # "Observers welcomed the deal.": a bare plural opening a sentence sets a scene
    singular = lx.role_plurals.get(head)
    role = lx.roles.get(singular) if singular is not None else None
    if head not in lx.source_plurals and (role is None or role[0] not in lx.generic_roles):
        return None
    n0 = am.start("np")
    if n0 == span.start and text[n0 : n0 + 1].islower():
        return None  # a sentence opens with a capital
    n1 = am.end("np")
    if any(m.start < n1 <= m.end and m.kind in ("group", "cgroup") for m in mentions):
        return None  # "the two diplomats", "both sides": the parties told before
    m = Mention(
        n0,
        n1,
        "source",
        doc.sent_index(n0),
        "statement.anonymous_source",
        text[n0:n1],
        role="Source",
        name=text[n0:n1],
        plural=True,
    )
    return [source_entity(doc, m).key], n0, "statement.anonymous_source"


def _plural_source_before(text: str, start: int, pos: int, lx: Lexicon) -> bool:
    """Is the word before ``pos`` (or before an adverb there: "diplomats also said") a plural source
    noun or a role's plural? Without an aside or a "familiar with" phrase, the anonymous-source
    patterns' head is that word: a cheap look back, not two pattern scans of the clause."""
    words = text[start:pos].rsplit(None, 2)
    for i in range(len(words) - 1, -1, -1):
        if i == 0 and len(words) == 3:
            return True  # the rest of the clause, not one word: no answer from it
        w = words[i]
        word = w if w.isascii() and w.isalpha() else _trailing_letters(w)  # the head may follow a quote or comma
        if word in lx.source_plurals or word in lx.role_plurals:
            return True
        if word != w or word not in _ANON_ADVERBS:
            return False
    return False


def _trailing_letters(word: str) -> str:
    """The ASCII letters ``word`` ends in ("diplomats" of "“diplomats")."""
    j = len(word)
    while j > 0 and word[j - 1] in _ASCII_LETTERS:
        j -= 1
    return word[j:]


#: "Western diplomats ", "two EU diplomats ", ", several economic analysts " opening a clause before its cue
#: (no determiner: "the diplomats" are the parties told before)
_ANON_SOURCE_NP: Final = (
    r"(?P<np>(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|\d+)\s+)?"
    r"(?:(?!(?i:the|a|an|his|her|its|their|our|these|those|both|all|and|but|or|which|who|that|as|while)\s)"
    r"(?:[A-Z][\w.-]*|[a-z][a-z-]+)\s+){0,3}(?P<head>[A-Za-z][a-z]+)(?P<familiar>\s+(?:familiar|briefed|close)\s+"
    r"(?:with|on|to)\s+(?:the|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?)?)"
    r"(?:\s*,\s*(?:speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|speaking\s+anonymously|"
    r"who\s+(?:asked|declined|requested|spoke)\s[^,]{0,40}?)\s*,)?\s+(?:(?:also|later|earlier|privately)\s+)?"
)

_ANON_SOURCE_RX: Final = re.compile(r"[“\"‘]?\s*" + _ANON_SOURCE_NP)

#: the words of _ANON_SOURCE_NP's phrases after the head ("familiar with the matter", ", speaking on
#: condition of anonymity,", ", who asked not to be named,"): with one, the head need not end the clause
_ANON_SOURCE_WORDS: Final = frozenset({"familiar", "briefed", "close", "speaking", "who"})

#: the adverbs _ANON_SOURCE_NP allows between the head and the cue
_ANON_ADVERBS: Final = frozenset({"also", "later", "earlier", "privately"})

_ASCII_LETTERS: Final = string.ascii_letters

_ANON_SOURCE_LEFT_RX: Final = re.compile(r"(?:[,;:]\s*|\b(?:and|but|while)\s+|[“\"]\s*)" + _ANON_SOURCE_NP + "$")

#: the same description as a cue's subject ("The bloc said", "the alliance also urged")
_ORG_DESC_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:bloc|alliance|organi[sz]ation|grouping)\s+"
    r"(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)

_ORG_DESC_WORDS: Final = required_words(_ORG_DESC_LEFT_RX)

#: "A Lebanese ministerial source ", ", a diplomatic source also " before a cue (statement.singular_source)
_SINGULAR_SOURCE_LEFT_RX: Final = re.compile(
    r"\b[Aa]n?\s+(?P<np>(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]+\s+){0,2}source)\s+(?:(?:also|later|earlier)\s+)?$"
)

#: where a clause opens: the sentence's start, a comma, a quote
_CLAUSE_OPEN_RX: Final = re.compile(r"(?:[,;:“”\"]|\b(?:and|but|while))\s*$")

#: "... have on several occasions ", "... has in recent weeks ": an auxiliary, then a time or occasion phrase
_AUX_PHRASE_LEFT_RX: Final = re.compile(
    r"\s+(?:has|have|had)\s+(?:also\s+)?(?:on|in|at|over|since|during|throughout)\s+[\w -]{2,40}$"
)

#: "the kingdom's foreign minister ", "The country's top diplomat also " before a cue
_GENERIC_POSS_ROLE_RX: Final = re.compile(
    # (also a bloc's: "the EU's top diplomat", "the bloc's foreign policy chief", "the alliance's secretary-general")
    # ("\b[Tt]he" letter first, as _MEDIUM_LEFT_RX)
    r"[Tt](?<!\w.)he\s+(?:country|kingdom|nation|republic|emirate|sultanate|island nation|bloc|union|alliance|EU|AU|"
    r"African Union|European Union)['’]s\s+(?:new\s+)?"
    r"(?P<role>[a-z-]+(?:\s+[a-z-]+){0,2}?)\s+(?:(?:also|further|then|has|had|[a-z]{3,}ly)\s+)*$"
)

#: statement.joint_bare: "The two also underscored", "The heads of government expressed", "The leaders of the two
#: nations agreed": the parties of a meeting told before without "both" or a role after "two" ("the heads of
#: state" is a group mention of its own, coref.group, which names the same parties)
_JOINT_BARE_LEFT_RX: Final = re.compile(
    r"\b(?:The\s+(?:two|leaders)|[Tt]he\s+(?:heads\s+of\s+government|(?:leaders|heads|presidents)\s+of\s+(?:the\s+)?two\s+"
    r"(?:countries|nations|states)))\s+(?:(?:also|have|had|jointly|further|then|[a-z]{3,}ly)\s+)*$"
)

#: a word ending in -s ("states", "says"): no verb of a plural subject
_VERB_S_RX: Final = re.compile(r"[a-z]+s\b")

_JOINT_LEFT_RX: Final = re.compile(
    r"\b(?:[Bb]oth|[Tt]he two)\s+(?:leaders|heads of (?:state|government)|(?:foreign |prime |defen[cs]e )?ministers|"
    r"presidents|premiers|counterparts|delegations|top diplomats)"
    # statement.joint_subject: "Both ministers, however, said": a discourse adverb set off by commas
    r"(?:,\s(?:however|though|meanwhile|nevertheless|nonetheless|in turn|for their part),)?\s+"
    r"(?:(?:also|have|had|jointly|further|then|[a-z]{3,}ly)\s+)*$"
)
