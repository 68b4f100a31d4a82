"""Institutions as speakers: a body's name read from the text ("The Joint Staff", "Seoul's Foreign Ministry",
"The Israeli military", an acronym given in brackets, "the regional bloc") and the organization it names."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings import MeetingState
from newsfacts.rules.statements.drafts import StatementState, _all_of_kind
from newsfacts.rules.statements.patterns import _ACRONYM_LEFT_RX, _BODY_NAME, _BODY_TAIL, _PREP_LEFT_RX
from newsfacts.rules.statements.speakers import _speaker_keys


def _body_head(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.body_head: "The Joint Staff said", "The National Security Council condemned", "The Foreign
    Office (FO) on Thursday rejected", "..., the Department of Trade (DoT) said": a named institution (its
    last capitalised word a ``speaker_body_head``) right before the cue is the speaker, an organization."""
    text = doc.text
    lo = pos - 90 if pos - 90 > span.start else span.start
    if "he " not in text[lo:pos] or not _name_before(text, lo, pos):
        return None
    bm = _BODY_HEAD_LEFT_RX.search(text, lo, pos)
    if bm is None and (am := _ACRONYM_LEFT_RX.search(text, lo, pos)) is not None:
        return _acronym_body(doc, am, mstate, sstate)
    if (
        bm is None
        or not _body_headed(doc, bm)
        or _PREP_LEFT_RX.search(text, max(span.start, bm.start() - 12), bm.start())
    ):
        return None  # "a source in the Foreign Ministry told": the body is no subject
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.body_head")
    return (keys, bm.start(), "statement.body_head") if keys else None


def _body_headed(doc: Doc, bm: re.Match[str]) -> bool:
    """Is the name ``bm`` matched an institution's: its head word before any "of", "to" or "in" phrase
    ("Council", "Ministry", "ministry") a ``speaker_body_head``?"""
    heads = doc.lexicon.speaker_body_heads
    head = bm.group("head")
    return head in heads or head.capitalize() in heads


def _named_body(
    doc: Doc, bm: re.Match[str], mentions: list[Mention], mstate: MeetingState, sstate: StatementState, rule: str
) -> list[int]:
    """The organization a body name matched by ``bm`` (group ``name``, ``prep``) names: the one an actor rule
    read there, else one made for it (named as written: "UN Support Mission in Libya"), or none when a
    person or a state stands inside the name ("The Embassy of Peru": left to the subject rules)."""
    text = doc.text
    n0, n1 = bm.start("name"), bm.end("name")
    # a place after "in" or "to" ("the Mission in Libya", "the Delegation to Georgia") is where it serves
    own_end = bm.start("prep") if bm.group("prep") in ("in", "to") else n1
    # a possessive's owner ("Seoul's") is the body's state, no part of whom the body is
    # (when the name has no owner, the name's start: "owner" is -1 then, and the sentence's mentions before the
    # name are no part of it)
    b0 = bm.end("owner") + 3 if "owner" in bm.re.groupindex and bm.group("owner") is not None else n0
    inside = [m for m in mentions if m.start < own_end and b0 < m.end]
    if inside and bm.group("prep") in ("of", "for") and all(_owner_in_name(text, bm, m) for m in inside):
        # "the Central Bank of Samoa", "the Office of the President", "the Department
        # of the Taoiseach": a state, or an office named by its title, after "of" is whose the body is
        inside = []
    state = None
    if (
        len(inside) == 1
        and inside[0].kind == "country"
        and inside[0].start == n0
        and inside[0].end < bm.start("head")
        and not inside[0].possessive
        and own_end == n1
    ):
        # statement.state_named_body: "The Sri Lanka Navy said", "the Nepal Electricity Authority": a state's
        # name as the first words of its body's name; the body speaks, named as written
        state, inside = inside[0].country, []
    if inside:
        # a body an actor rule knows ("The Foreign Office (FO) on Thursday"): it speaks; one of its bodies
        # ("the UN Support Mission", "the EU Delegation") is a body of its own
        m = inside[0]
        if len(inside) > 1 or m.kind not in ("organization", "body", "bodyref"):
            return []
        if m.start <= b0 + 1 and own_end == n1:
            if m.end >= n1 - 1 or (m.end >= bm.start("head") and bm.group("prep") is None):
                keys = _speaker_keys(doc, m, mstate, sstate)
                if keys and not _all_of_kind(doc, keys, "country"):
                    return keys
                # "Seoul's Foreign Ministry": a body read as its state speaks as the body itself
        elif m.kind != "bodyref" and own_end == n1 and not (m.kind == "body" and m.start >= bm.start("head")):
            # (a bare "ministry" after modifiers, "South Korea's trade ministry", is this body; so is a head an
            # actor rule read alone: "Ministry" in "the Finance Ministry")
            return []
        # a body told with where it serves ("the Chinese Embassy in Manila") is named so, the fullest name
    name = _BASED_RX.sub("", re.sub(r"\s+", " ", text[n0:n1]))  # "Tripoli-based High Council": where, no name
    if name in doc.lexicon.agencies:
        return []
    key = "body_head:" + name.lower()
    if key not in doc.unnamed:
        country = state or next(
            (c for w in text[n0:own_end].split() if (c := doc.lexicon.country_of(w)) is not None), None
        )
        e = doc.new_entity("organization", name, country=country)
        if state is not None:
            e.rules.append("statement.state_named_body")
        doc.unnamed[key] = e.key
    e = doc.entity(doc.unnamed[key])
    e.add((n0, n1), rule)
    return [e.key]


def _owner_in_name(text: str, bm: re.Match[str], m: Mention) -> bool:
    """Is mention ``m`` inside a body's name (``bm``) its owner after "of": a state ("the Central Bank of
    Samoa") or a title after "the" ("the Office of the President")?"""
    if m.start <= bm.start("prep"):
        return False
    if m.kind == "country":
        return True
    return (
        m.kind in ("unnamed", "desc")
        and (m.text.startswith("the ") or text[max(0, m.start - 4) : m.start] == "the ")
        and m.end <= bm.end("name")
    )


def _demonym_body(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.demonym_body: "The Israeli military said", "The Russian embassy in Helsinki denied": a
    state's adjective, then a lower-case institution (its head a ``speaker_body_head``) right before the
    cue is the speaker, named as written."""
    text = doc.text
    lo = pos - 80 if pos - 80 > span.start else span.start
    heads = doc.lexicon.speaker_body_heads
    for w in text[lo:pos].rsplit(None, 6)[1:]:  # a loop, not any(): no generator made per call (a hot path)
        if w.islower() and w.capitalize() in heads:
            break
    else:
        return None  # no lower-case institution noun among the last words: the pattern cannot match
    bm = _DEMONYM_BODY_LEFT_RX.search(text, lo, pos)
    if bm is None or doc.lexicon.country_of(bm.group("owner")) is None or not _body_headed(doc, bm):
        return None
    if _PREP_LEFT_RX.search(text, max(span.start, bm.start() - 12), bm.start()):
        return None  # "a source in the Russian embassy told": the body is no subject
    if bm.group("portfolio") is not None:
        # "the South Sudanese ministry of information": the body an actor rule read without its portfolio is
        # this one, named in full
        mentions = [m for m in mentions if not (m.kind == "body" and m.end <= bm.end("head"))]
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.demonym_body")
    return (keys, bm.start(), "statement.demonym_body") if keys else None


def _modified_body(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.modified_body: "The conservative Popular Party (PP) criticized", "the opposition Hayastan
    faction accused", "Peru's opposition Green Liberal Party demanded": lower-case words (what kind of
    body it is) between the determiner or a state's possessive and a named institution (its head a
    ``speaker_body_head``) right before the cue; the speaker is the institution, named as written
    without them."""
    text = doc.text
    lo = pos - 100 if pos - 100 > span.start else span.start
    # _finite and _subject_across both ask about the same cue: a "no" the words alone gave is remembered
    no_key = ("statements.no_modified_body", span.start, pos)
    if no_key in doc.memo:
        return None
    words = text[lo:pos].rsplit(None, 7)
    heads = doc.lexicon.speaker_body_heads
    for w in words[-4:]:  # loops, not any(): no generator made per call (a hot path)
        if w.capitalize() in heads:
            break
    else:
        doc.memo[no_key] = True
        return None  # no institution noun among the last words: cannot match
    for w in words[1:-1]:
        if w.islower() and w.isalpha():
            break
    else:
        doc.memo[no_key] = True
        return None  # no lower-case modifier: cannot match
    bm = _MODIFIED_BODY_LEFT_RX.search(text, lo, pos)
    if (
        bm is None
        or not _body_headed(doc, bm)
        # "the minister's political Unity Party": only a state's possessive
        or (bm.group("own") is not None and doc.lexicon.country_of(bm.group("own")) is None)
        # "deputies from the opposition Unity Party said": the body is no subject
        or _PREP_LEFT_RX.search(text, max(span.start, bm.start() - 12), bm.start())
    ):
        doc.memo[no_key] = True
        return None
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.modified_body")
    return (keys, bm.start("name"), "statement.modified_body") if keys else None


def _body_at(doc: Doc, pos: int, span: Span) -> re.Match[str] | None:
    """The institution named right at ``pos`` ("the Sovereignty Council", "South Korea's trade ministry"),
    up to a comma or the sentence's end, when its head is a ``speaker_body_head`` (and a possessive's
    owner a state)."""
    text = doc.text
    while text[pos : pos + 1] == " ":
        pos += 1
    c = text[pos : pos + 1]
    if not c.isupper() and not text.startswith("the ", pos):
        return None
    bm = _BODY_AT_RX.match(text, pos, span.end)
    if bm is None:
        return None
    if bm.group("owner") is not None and doc.lexicon.country_of(bm.group("owner")) is None:
        return None
    return bm if _body_headed(doc, bm) else None


def _possessive_body(
    doc: Doc, pos: int, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.possessive_body: "Seoul's Foreign Ministry said", "..., North Korea's Missile Administration
    said", "India's Ministry of Commerce and Industry said": a state's institution no table names (its head
    a ``speaker_body_head``) right before the cue is the speaker, named as written."""
    text = doc.text
    lo = pos - 90 if pos - 90 > span.start else span.start
    if text.find("'s ", lo, pos) < 0 and text.find("’s ", lo, pos) < 0:
        return None
    # _finite and _subject_across both ask about the same cue: a "no" the words alone gave is remembered
    no_key = ("statements.no_possessive_body", span.start, pos)
    if no_key in doc.memo:
        return None
    bm = _POSS_BODY_LEFT_RX.search(text, lo, pos) if _possessive_name_before(text, lo, pos) else None
    if (
        bm is None
        or (doc.lexicon.country_of(bm.group("owner")) is None and bm.group("owner") not in doc.lexicon.organizations)
        or not _body_headed(doc, bm)
    ):
        # (an international organization owns bodies too: "The European Union's diplomatic service said")
        doc.memo[no_key] = True
        return None
    name = bm.group("name")
    if name.split(" ", 1)[0] in doc.lexicon.agencies or "news agency" in name.lower():
        # statement.agency_body: "South Korea's Yonhap news agency reported": a news agency's own sourcing
        # is no statement (GUIDELINES)
        doc.fire("statement.agency_body", bm.start("name"), pos, name)
        return None
    keys = _named_body(doc, bm, mentions, mstate, sstate, "statement.possessive_body")
    return (keys, bm.start("name"), "statement.possessive_body") if keys else None


def _name_before(text: str, lo: int, pos: int) -> bool:
    """May a capitalised name (or a bracketed acronym) end right before ``pos``, but for the adverbs
    _BODY_HEAD_LEFT_RX and _ACRONYM_LEFT_RX allow there? A look at the last words: most cues
    without a subject follow lower-case words, and the two patterns are slow to fail."""
    # the last three words; the first item is the rest of the window (or a word it may cut): no answer from it
    words = text[lo:pos].rsplit(None, 3)
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w in _BODY_ADVERBS or (len(w) >= 5 and w.endswith("ly") and w.isascii() and w.isalpha() and w.islower()):
            continue
        # a name ends in a word character or a hyphen ("Geneva," ends none: the patterns fail there, slowly)
        return ("A" <= w[0] <= "Z" and (w[-1].isalnum() or w[-1] in "_-")) or w.endswith(")")
    return True


def _possessive_name_before(text: str, lo: int, pos: int) -> bool:
    """May a name _POSS_BODY_LEFT_RX matches ("Seoul's Foreign Ministry", "India's ministry") end right before
    ``pos``, but for the adverbs it allows there? Its last word ends in a word character, a hyphen or a bracket,
    and a lower-case one is the body's head, one to three words after the owner's "'s" (the pattern is slow
    to fail: "Iran's prominent role in the resolution of the crisis in Syria, and")."""
    # the last words; the first item is the rest of the window (or a word it may cut): no answer from it
    words = text[lo:pos].rsplit(None, 6)
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w in _BODY_ADVERBS or (len(w) >= 5 and w.endswith("ly") and w.isascii() and w.isalpha() and w.islower()):
            continue
        if not (w[-1].isalnum() or w[-1] in "_-)"):
            return False
        if i > 3 and w.isalpha() and w.islower():
            return any(x.endswith(("'s", "’s")) for x in words[i - 3 : i])
        return True
    return True


def _bracketed_acronyms(doc: Doc) -> dict[str, int]:
    """Where each acronym given in brackets ("(DoT)") first stands in the text: one scan per article."""
    memo = doc.memo.get("bracketed_acronyms")
    if isinstance(memo, dict):
        return memo
    found: dict[str, int] = {}
    for m in _BRACKETED_ACRONYM_RX.finditer(doc.text):
        found.setdefault(m.group(1), m.start())
    doc.memo["bracketed_acronyms"] = found
    return found


def _acronym_body(
    doc: Doc, am: re.Match[str], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.body_head: "The DoT said" after "the Department of Trade (DoT)": the body the acronym was
    given to in brackets before."""
    text = doc.text
    at = _bracketed_acronyms(doc).get(am.group("acr"), -1)
    if at < 0 or at >= am.start():
        return None
    fm = _ACRONYM_FULL_RX.search(text, max(0, at - 90), at)
    if fm is None:
        return None
    f0, f1 = fm.start("name"), fm.end("name")
    known = [m for m in doc.mentions_between(max(0, f0 - 4), f1) if m.start < f1 and f0 < m.end]
    if known:
        m = known[0]
        if len(known) > 1 or m.kind not in ("organization", "body", "bodyref"):
            return None
        keys = _speaker_keys(doc, m, mstate, sstate)
    elif fm.group("head") in doc.lexicon.speaker_body_heads:
        name = re.sub(r"\s+", " ", fm.group("name"))
        key = "body_head:" + name.lower()
        if key not in doc.unnamed:
            country = next((c for w in name.split() if (c := doc.lexicon.country_of(w)) is not None), None)
            doc.unnamed[key] = doc.new_entity("organization", name, country=country).key
        keys = [doc.unnamed[key]]
    else:
        return None
    if not keys:
        return None
    for k in keys:
        doc.entity(k).add((am.start("acr"), am.end("acr")), "statement.body_head")
    return keys, am.start(), "statement.body_head"


def _org_description(doc: Doc, dm: re.Match[str] | None, before: int) -> tuple[list[int], int] | None:
    """The organization a description matched by ``_ORG_DESC_RX`` ("the regional bloc", "the alliance") refers
    to: the one mentioned last before ``before`` (with its end), or None when none was."""
    if dm is None:
        return None
    best, best_pos = -1, -1
    for e in doc.entities:
        if e.kind != "organization" or e.country is not None:
            continue  # a state's own body ("Ghana's foreign ministry") is no bloc
        seen = max((a for a, _b in e.mentions if a < before), default=-1)
        if seen > best_pos:
            best, best_pos = e.key, seen
    if best < 0:
        return None
    doc.entity(best).add((dm.start(), dm.end()), "statement.org_description")
    return [best], dm.end()


_BASED_RX: Final = re.compile(r"^[A-Z][\w-]*-based\s+")

#: "The People's Unity Party ": a possessive may stand inside the name
_BODY_HEAD_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w.-]*(?:['’]s)?\s+){0,4}?" + _BODY_NAME + _BODY_TAIL
)

#: "The Israeli military ", "the Russian embassy in Helsinki " before a cue (statement.demonym_body)
_DEMONYM_BODY_LEFT_RX: Final = re.compile(
    r"\b[Tt]he\s+(?P<name>(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:[a-z]{3,}\s+){0,2}?(?P<head>[a-z]+)"
    r"(?:\s+(?P<prep>in|to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    # "the South Sudanese ministry of information", "the Chinese ministry of commerce": a lower-case portfolio
    r"|\s+(?P<portfolio>of)\s+[a-z]{4,}(?:\s+and\s+[a-z]{4,})?)?)" + _BODY_TAIL
)

#: "the Sovereignty Council, ", "South Korea's trade ministry." after "according to" (statement.according_to_body)
_BODY_AT_RX: Final = re.compile(
    r"(?:the\s+)?(?P<name>(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:(?:[A-Z][\w-]*|[a-z]{3,})\s+){0,2}?"
    r"|(?:[A-Z][\w.-]*\s+){0,4}?(?:[a-z]{3,}\s+){0,2}?)"
    + _BODY_NAME.replace("(?P<head>[A-Z][a-z]+)", "(?P<head>[A-Za-z][a-z]+)")
    + r"(?:\s*\([A-Z][A-Za-z.]{1,9}\))?(?=\s*[,.;]|\s*$)"
)

#: "Seoul's Foreign Ministry ", "India's Ministry of Commerce " before a cue (statement.possessive_body)
_POSS_BODY_LEFT_RX: Final = re.compile(
    r"(?P<name>\b(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:(?:[A-Z][\w-]*|[a-z]{3,})\s+){0,2}?"
    + _BODY_NAME.replace("(?P<head>[A-Z][a-z]+)", "(?P<head>[A-Za-z][a-z]+)")
    + _BODY_TAIL
)

#: "The conservative Popular Party ", "Sorland's opposition Green Party (GP) " before a cue: lower-case modifiers,
#: then a named institution (statement.modified_body)
_MODIFIED_BODY_LEFT_RX: Final = re.compile(
    r"(?:\b[Tt]he|\b(?P<own>[A-Z][\w.-]*)['’]s)\s+(?:[a-z][a-z-]{2,}\s+){1,2}"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?(?P<head>[A-Za-z][a-z]+))(?P<prep>)" + _BODY_TAIL
)

#: the adverbs _BODY_HEAD_LEFT_RX and _ACRONYM_LEFT_RX allow between the name and the cue (and "[a-z]{3,}ly")
_BODY_ADVERBS: Final = frozenset({"also", "further", "then", "has", "have", "had", "yesterday", "today"})

_BRACKETED_ACRONYM_RX: Final = re.compile(r"\(([A-Z][A-Za-z.]{0,8}[A-Z])\)")

#: the full name before "(DoT)"
_ACRONYM_FULL_RX: Final = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){0,4}?(?P<head>[A-Z][a-z]+)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?)\s*$"
)
