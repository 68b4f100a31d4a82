"""Offices, press services and spokespersons: a person's office ("his office", "the PM Office"), a body's press
service, its spokesperson, or an unnamed source inside it."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.doc import Doc, Entity, Hit, Mention
from newsfacts.rules.meetings import MeetingState
from newsfacts.rules.statements.drafts import StatementState, _all_of_kind
from newsfacts.rules.statements.patterns import _CUE_LEFT_GAP, _PLURAL_GAP_RX, _PRESS_SERVICE_NAME, _PRESS_SERVICE_WORDS
from newsfacts.rules.statements.speakers import _clause_subject, _speaker_keys

_BODY_CUE_GAP_RX: Final = re.compile(r"\s+" + _CUE_LEFT_GAP)


def _office_of(doc: Doc, person: Entity, written: str | None = None) -> int:
    """The organization that is a person's office, made once per person: named as the text writes it
    ("prime minister's office", "Toktogulov's press service") when given, else "Office of <the person's
    role or name>"."""
    key = f"office:{person.key}"
    if key not in doc.unnamed:
        if written is None:
            who = f"the {person.role}" if person.role else person.name
            written = f"Office of {who}"
        e = doc.new_entity("organization", written, country=person.country)
        doc.unnamed[key] = e.key
    return doc.unnamed[key]


def _person_office(
    doc: Doc, h: Hit, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int] | None:
    """ "the PM Office said", "the President's Media Office said": a person's title or name, then "Office",
    right before the cue: the person's office (its keys and start)."""
    text = doc.text
    if text.find("Office", h.start - 20 if h.start > 20 else 0, h.start) < 0:
        return None
    last = next((m for m in reversed(mentions) if m.end <= h.start), None)
    if last is None or last.kind not in ("desc", "name", "unnamed"):
        return None
    om = _OFFICE_NOUN_AFTER_RX.match(text, last.hi)
    if om is None or not _PLURAL_GAP_RX.fullmatch(text, om.end(), h.start):
        return None
    keys = _speaker_keys(doc, last, mstate, sstate)
    if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
        return None
    return [_office_of(doc, doc.entity(keys[0]), _office_name(text, last.lo, om))], last.lo


def _press_service(doc: Doc, pos: int, span: Span) -> tuple[int, int] | None:
    """statement.press_service: "the press service of the Cabinet", "the Kazakh Foreign Ministry's press service",
    "Akorda press service", "the President's press secretariat" right before the cue at ``pos``: the press office,
    an organization named as written ("Press service of the Cabinet"; the owner's last word ends the name, as the
    body it speaks for), and where its phrase starts."""
    text = doc.text
    lo = pos - 100 if pos - 100 > span.start else span.start
    if not holds_any(text, _PRESS_SERVICE_WORDS, lo, pos):
        return None
    pm = _PRESS_SERVICE_LEFT_RX.search(text, lo, pos)
    if pm is None:
        return None
    key = _press_service_entity(doc, pm)
    return (key, pm.start()) if key is not None else None


def _press_service_entity(doc: Doc, pm: re.Match[str]) -> int | None:
    """The organization a press office's name (``pm``'s group ``name``) names, made once per article; the
    press office of a named institution ("the Kazakh Foreign Ministry's press service", its head word a
    ``speaker_body_head``) is that institution's voice: the institution."""
    text = doc.text
    n0, n1 = pm.start("name"), pm.end("name")
    if pm.group("ohead") is not None and pm.group("ohead") in doc.lexicon.speaker_body_heads:
        for m in doc.mentions_between(pm.start("owner"), pm.end("owner")):
            refs = doc.refs_of(m)
            if m.end <= pm.end("owner") and m.kind in ("organization", "body") and len(refs) == 1:
                return refs[0]
        n1 = pm.end("owner")
    name = re.sub(r"\s+", " ", text[n0:n1])
    name = name[:1].upper() + name[1:]
    if name in doc.lexicon.agencies:
        return None
    key = "body_head:" + name.lower()
    if key not in doc.unnamed:
        country = next((c for w in name.split() if (c := doc.lexicon.country_of(w)) is not None), None)
        doc.unnamed[key] = doc.new_entity("organization", name, country=country).key
    e = doc.entity(doc.unnamed[key])
    e.add((n0, n1), "statement.press_service")
    return e.key


def _office_name(text: str, lo: int, om: re.Match[str]) -> str:
    """The office as written, from its owner's mention to "office" ("Iraqi premier's media office")."""
    name = re.sub(r"\s+", " ", text[lo : om.end()])
    return name[4:] if name[:4].lower() == "the " else name


def _owner_office(person: Entity, om: re.Match[str], group: int = 0) -> str:
    """ "her office", "his media office": the office named by its owner ("Rachel Whitford's office")."""
    return f"{person.name}'s {om.group(group).strip()}"


def _office_owner(doc: Doc, span: Span, mentions: list[Mention], mstate: MeetingState, before: int) -> list[int]:
    """Whose office "his office" is: the person the clause opens with, else the last person who spoke
    (within two sentences)."""
    owner = [k for k in _clause_subject(doc, span, mentions, mstate, before) if doc.entity(k).kind == "person"]
    if not owner and mstate.last_speaker is not None and doc.sent_index(span.start) - mstate.last_speaker[1] <= 2:
        owner = [mstate.last_speaker[0]]
    return owner


def _source_in_body(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.source_in_body: "A source in the Chilean Foreign Ministry told ...", "officials at the
    embassy said ...": an unnamed source placed inside a body or country, right before the cue."""
    text = doc.text
    body = None
    for m in reversed(mentions):
        if m.end <= h.start:
            body = m
            break
    if body is None or body.kind not in ("organization", "body", "bodyref", "country"):
        return None
    rule = "statement.source_in_body"
    if body.possessive or text.startswith(("'", "’"), body.hi):
        # statement.spokesperson_of_body: "The ministry's spokesperson said", "the Kremlin's spokesman told"
        pm = _BODY_POSS_ROLE_RX.fullmatch(text, body.hi, h.start)
        if pm is None:
            return None
        head, lo, hi, rule = pm.group("head"), body.lo, pm.end("head"), "statement.spokesperson_of_body"
        name_start = lo
    else:
        if not _BODY_CUE_GAP_RX.fullmatch(text, body.hi, h.start):
            return None
        sm = _SOURCE_IN_RX.search(text, max(span.start, body.lo - 70), body.lo)
        if sm is None:
            return None
        head, lo, hi, name_start = sm.group("head"), sm.start(), body.end, sm.start("head")
        if sm.group("prep") in ("for", "of"):
            # statement.spokesperson_of_body: "A spokesperson for the State Department said"
            if head.lower().startswith("source"):
                return None
            rule = "statement.spokesperson_of_body"
    owner = _speaker_keys(doc, body, mstate, sstate)
    if rule == "statement.spokesperson_of_body":
        owner_name = doc.entity(owner[0]).name if len(owner) == 1 else text[body.start : body.end]
        return _body_spokesperson(doc, owner, owner_name, head, lo, hi, rule), lo, rule
    name = text[name_start : body.end]
    return _unnamed_source(doc, owner, name[:1].upper() + name[1:], head, lo, hi, rule), lo, rule


def _body_spokesperson(
    doc: Doc, owner: list[int], owner_name: str, head: str, lo: int, hi: int, rule: str
) -> list[int]:
    """A body's spokesperson: the one named before ("Foreign Ministry spokesperson Lin Wei"), else an
    unnamed "Spokesman of <the body>"."""
    countries = {doc.entity(k).country for k in owner}
    country = countries.pop() if len(countries) == 1 else None
    low_head = head.lower()
    named = [
        e.key
        for e in doc.entities
        if e.kind == "person"
        and not e.unnamed
        and e.role
        and low_head in e.role.lower()
        and (country is None or e.country == country)
    ]
    if len(named) == 1:
        doc.entity(named[0]).add((lo, hi), rule)
        return named
    return _unnamed_source(doc, owner, f"{head[:1].upper() + head[1:]} of {owner_name}", head, lo, hi, rule)


def _unnamed_source(doc: Doc, owner: list[int], name: str, head: str, lo: int, hi: int, rule: str) -> list[int]:
    """The unnamed source (a person, or a group for a plural head) of a body, made once per name."""
    countries = {doc.entity(k).country for k in owner}
    country = countries.pop() if len(countries) == 1 else None
    key = "source_in:" + name.lower()
    if key not in doc.unnamed:
        e = doc.new_entity("group" if head.endswith("s") else "person", name, country=country, unnamed=True)
        doc.unnamed[key] = e.key
    e = doc.entity(doc.unnamed[key])
    e.add((lo, hi), rule)
    return [e.key]


def _its_spokesperson(
    doc: Doc, pos: int, span: Span, mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.its_spokesperson: "The Kremlin accused Brussels of X. Its spokesman said ...": the
    spokesperson of the body the sentence before opened with (else of the last body that spoke)."""
    lo = pos - 40 if pos - 40 > span.start else span.start
    if "ts " not in doc.text[lo:pos] or (m := _ITS_SPOKES_RX.search(doc.text, lo, pos)) is None:
        return None
    sent = doc.sent_index(pos)
    owner: list[int] = []
    if sent > 0:
        prev = doc.sentences[sent - 1]
        owner = _clause_subject(doc, prev, doc.sentence_mentions(sent - 1), MeetingState(), prev.end)
    if not owner or not _all_of_kind(doc, owner, "organization"):
        owner = list(sstate.source)
    if len(owner) != 1:
        return None
    rule = "statement.its_spokesperson"
    keys = _body_spokesperson(doc, owner, doc.entity(owner[0]).name, m.group("head"), m.start(), m.end("head"), rule)
    return keys, m.start(), rule


#: " Office", " Media Office" after a person's title ("the PM Office said": statement.office_of_person)
_OFFICE_NOUN_AFTER_RX: Final = re.compile(r"(?:['’]s)?\s+(?:(?:Press|Media)\s+)?Office\b")

#: "Its spokesman ", "its chief spokeswoman also " before a cue (statement.its_spokesperson)
_ITS_SPOKES_RX: Final = re.compile(
    # ("\b[Ii]ts" letter first, as _MEDIUM_LEFT_RX)
    r"[Ii](?<!\w.)ts\s+(?:(?:chief|deputy|press|official)\s+)?(?P<head>spokes(?:man|woman|person))\s+"
    r"(?:(?:also|further|[a-z]{3,}ly)\s+)?$"
)

#: an unnamed source placed in a body: "a source in the", "two senior officials at the", "sources within"
_SOURCE_IN_RX: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:(?:senior|high-ranking|diplomatic|"
    r"informed|government|military|security|well-placed|knowledgeable|chief|press)\s+){0,2}"
    r"(?P<head>sources?|officials?|spokes(?:man|woman|person)|spokespeople|representatives?)\s+"
    r"(?P<prep>in|at|from|within|inside|for|of)\s+(?:the\s+)?$"
)

#: after a body's possessive: "'s spokesperson ", "’s chief spokesman also "
_BODY_POSS_ROLE_RX: Final = re.compile(
    r"(?:['’]s?)?\s+(?:(?:chief|senior|deputy|official|press)\s+)?(?P<head>spokes(?:man|woman|person))"
    r"\s+(?:(?:also|further|again|[a-z]{3,}ly)\s+)?"
)

_PRESS_SERVICE_LEFT_RX: Final = re.compile(
    r"(?:\b[Tt]he\s+)?" + _PRESS_SERVICE_NAME + r"\s+(?:(?:also|further|then|has|have|had|[a-z]{3,}ly)\s+)*$"
)
