"""Issued statements: who issued the statement, communiqué or readout that speaks ("A statement issued by X
said", "the statement said", "a joint statement", a communiqué's parties)."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState, subject_before
from newsfacts.rules.statements.bodies import _body_headed, _demonym_body, _named_body
from newsfacts.rules.statements.drafts import StatementState, _all_of_kind
from newsfacts.rules.statements.offices import _office_name, _office_of
from newsfacts.rules.statements.patterns import _BODY_NAME, _BODY_TAIL, _OFFICE_AFTER_RX, _PLURAL_GAP_RX
from newsfacts.rules.statements.speakers import _clause_subject, _speaker_keys


def _statement_ref(
    doc: Doc, pos: int, sstate: StatementState, span: Span | None = None, mstate: MeetingState | None = None
) -> tuple[list[int], int, str] | None:
    """'the statement said', 'the report said', 'it added': the last statement source."""
    window = doc.text[pos - 30 if pos > 30 else 0 : pos]
    if not window.rstrip().endswith(_STATEMENT_REF_ENDS):
        return None  # the pattern ends on one of these words and white space: most cues follow another word
    m = _STATEMENT_REF_RX.search(window)
    if m is None:
        return None
    # statement.according_to_issuer: "The ministry issued a statement. The statement added that ...": no
    # statement of a body read yet, the body that issued one
    sent = doc.sent_index(pos)
    rule = "statement.finite"
    source: list[int] = []
    if m.group().strip()[:1] in "Ii" and sent > 0:
        # statement.it_body: "The ministry summoned the envoy. It said ...": the body the sentence before
        # opened with, before any source read earlier
        prev = doc.sentences[sent - 1]
        keys = _clause_subject(doc, prev, doc.sentence_mentions(sent - 1), MeetingState(), prev.end)
        if keys and _all_of_kind(doc, keys, "organization"):
            source = keys
            if set(keys) != set(sstate.source):
                rule = "statement.it_body"
    if not source:
        source = list(sstate.source)
    if not source and (source := _statement_issuer(doc, sent)):
        rule = "statement.according_to_issuer"
    if (
        not source
        and span is not None
        and mstate is not None
        and m.group().lower().startswith(("the communiqu", "the declaration", "the joint"))
        and (source := _communique_parties(doc, span, mstate))
    ):
        rule = "statement.communique_parties"  # "The declaration reaffirmed ...": the talks' parties issued it
    if not source:
        return None
    return source, pos - (len(window) - m.start()), rule


def _issuer_keys(
    doc: Doc, verb: int, floor: int, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> list[int]:
    """Who issued the statement whose issuing verb ("issued", "released") stands at ``verb``: the verb's subject,
    a named one or a body told before; none for a subject no actor rule read whole."""
    text = doc.text
    ikeys, isubj = subject_before(doc, verb, mentions, mstate)
    if isubj is None:
        # "the ministry issued a note ...": a body told before, right before the verb
        isubj = next(
            (m for m in mentions if m.end == verb and m.kind in ("body", "bodyref") and doc.refs_of(m)),
            None,
        )
    if isubj is not None and isubj.kind in ("unnamed", "source", "pronoun", "desc", "body", "bodyref"):
        ikeys = _speaker_keys(doc, isubj, mstate, sstate)
    if (not ikeys or _all_of_kind(doc, ikeys, "place")) and (
        db := _demonym_body(doc, verb, doc.sentences[doc.sent_index(verb)], mentions, mstate, sstate)
    ) is not None:
        # "The Polish embassy in Paris released a statement saying ...": the subject no actor rule read whole
        return db[0]
    if (
        not ikeys
        or isubj is None
        or _all_of_kind(doc, ikeys, "place")
        # "the ministry issued a note ..." with no ministry named before: no speaker
        or any(doc.entity(k).name[:1].islower() for k in ikeys)
        # "The Alliance for the Peoples of Our America (X) issued ...": a name after a preposition is part of
        # a longer subject no actor rule read
        or _PREPOSITION_LEFT_RX.search(text, max(floor, isubj.lo - 12), isubj.lo) is not None
    ):
        return []
    return list(ikeys)


def _joint_source(doc: Doc, span: Span, src: re.Match[str], mstate: MeetingState) -> tuple[list[int], int] | None:
    """A source both parties of the last meeting issued: "readouts released by both governments",
    "a joint statement", "statements from the two sides"."""
    text = doc.text
    last = mstate.last
    if last is None or len(last.participants) < 2 or doc.sent_index(span.start) - last.sent > 6:
        return None
    jm = _JOINT_SOURCE_RX.match(text, src.end(), span.end)
    if jm is not None:
        end = jm.end()
    elif "joint" in text[src.start() : src.end()].lower():
        end = src.end()
    else:
        return None
    return list(last.participants), end


def _statement_issuer(doc: Doc, sent: int) -> list[int]:
    """The organization that last "issued a statement" (within six sentences): whom "according to the
    statement" cites when no statement of an organization was read yet."""
    text = doc.text
    for i in range(sent, max(-1, sent - 7), -1):
        sp = doc.sentences[i]
        if not holds_any(text, _ISSUED_WORDS, sp.start, sp.end):
            continue
        for m in reversed(doc.sentence_mentions(i)):
            if m.kind not in ("organization", "body") or not _ISSUED_RX.match(text, m.hi, sp.end):
                continue
            keys = list(doc.refs_of(m))
            if keys and _all_of_kind(doc, keys, "organization"):
                return keys
    return []


def _statement_by(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.statement_by: "A statement issued by the Chilean Foreign Ministry said ...", "The ministry's
    statement said ...", "The Chilean foreign ministry statement said ...": the issuer says it."""
    text = doc.text
    last = None
    for m in reversed(mentions):
        if m.end <= h.start:
            last = m
            break
    if last is None or last.kind not in ("organization", "body", "bodyref", "country", "name", "unnamed", "desc"):
        return None
    if (
        last.kind in ("name", "unnamed", "desc")
        and text.startswith(("'", "’"), last.hi)
        and (om := _OFFICE_AFTER_RX.match(text, last.hi)) is not None
        and _PLURAL_GAP_RX.fullmatch(text, om.end(), h.start)
    ):
        # statement.office_of_person: "The prime minister's office said": the office, not the person
        keys = _speaker_keys(doc, last, mstate, sstate)
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
            return None
        office = _office_of(doc, doc.entity(keys[0]), _office_name(text, last.lo, om))
        return [office], last.lo, "statement.office_of_person"
    if (am := _STATEMENT_AFTER_RX.fullmatch(text, last.hi, h.start)) is not None:
        start = last.lo  # "The Chilean foreign ministry statement said", "Rojas's statement said"
        if last.kind in ("name", "unnamed", "desc") and not am.group(1):
            return None  # "Rojas statement" is no phrase: a person's statement is told with a possessive
    elif (
        last.kind in ("organization", "body", "bodyref", "country", "name")
        and not last.possessive
        and _PLURAL_GAP_RX.fullmatch(text, last.hi, h.start)
        and (bm := _STATEMENT_BY_RX.search(text, max(span.start, last.lo - 60), last.lo)) is not None
    ):
        start = bm.start()
    else:
        return None
    keys = _speaker_keys(doc, last, mstate, sstate)
    if not keys or any(doc.entity(k).name in doc.lexicon.agencies for k in keys):
        return None
    if _OFFICE_OF_RX.match(text, start):
        # "The office of Prime Minister X said": the person's office, as "his office said" names it
        if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
            return None
        keys = [_office_of(doc, doc.entity(keys[0]))]
    return keys, start, "statement.statement_by"


def _statement_by_body(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int, str] | None:
    """statement.statement_by_body: "..., a statement from the Presidency of the Republic said": the issuer,
    an institution no table names (its head a ``speaker_body_head``), says it."""
    text = doc.text
    lo = h.start - 120 if h.start - 120 > span.start else span.start
    if not holds_any(text, _ISSUED_WORDS, lo, h.start):
        return None
    sm = _STATEMENT_BY_BODY_RX.search(text, lo, h.start)
    if sm is None or not _body_headed(doc, sm):
        return None
    keys = _named_body(doc, sm, mentions, mstate, sstate, "statement.statement_by_body")
    return (keys, sm.start(), "statement.statement_by_body") if keys else None


def _communique_parties(doc: Doc, span: Span, mstate: MeetingState) -> list[int]:
    """statement.communique_parties: the issuers of a communiqué no body is said to have issued ("according
    to a final communiqué", "the communiqué said"): the parties of the last meeting (two or more, told
    within six sentences)."""
    last = mstate.last
    if last is None or len(last.participants) < 2 or doc.sent_index(span.start) - last.sent > 6:
        return []
    return list(last.participants)


_STATEMENT_REF_RX: Final = re.compile(
    # a class of first letters opens the pattern (not "\b", tried at every position); the lookbehinds check the
    # word start and which letter it was
    r"[TtIi](?<!\w[TtIi])(?:(?<=[Tt])he (?:statement|report|ministry|note|communiqu[eé]|readout|press release|"
    r"(?:joint\s+)?declaration|joint statement)|(?<=[Ii])t)\s+(?:also\s+|further\s+)?$"
)

#: the words a match of _STATEMENT_REF_RX ends on, before its white space
_STATEMENT_REF_ENDS: Final = (
    "statement",
    "report",
    "ministry",
    "note",
    "communique",
    "communiqué",
    "readout",
    "release",
    "declaration",
    "it",
    "It",
    "also",
    "further",
)

#: "A statement issued by the ", "the joint communiqué from " before the issuer
_STATEMENT_BY_RX: Final = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|brief|separate|official|new|short)\s+)?"
    r"(?:statement|communiqu[eé]|readout|press release|release)\s+(?:(?:issued|released|published|posted|put out)\s+)?"
    r"(?:by|from|of)|[Tt]he\s+[Oo]ffice\s+of)\s+(?:the\s+)?$"
)

_OFFICE_OF_RX: Final = re.compile(r"[Tt]he\s+[Oo]ffice\b")

#: after the issuer: "'s statement ", " statement also " (a possessive or a noun compound)
_STATEMENT_AFTER_RX: Final = re.compile(
    r"(['’]s?)?\s+(?:(?:joint|written|brief|separate|official|new|short)\s+)?"
    r"(?:statement|communiqu[eé]|readout|press release)\s+(?:(?:also|further|then|[a-z]{3,}ly)\s+)?"
)

#: a preposition (and an adjective or two) before a name: the name is no subject ("the Alliance of Our America")
_PREPOSITION_LEFT_RX: Final = re.compile(r"\b(?:of|for|in|from|to|with|by|on|at)\s+(?:[A-Z][\w-]*\s+|the\s+)?$")

_JOINT_SOURCE_RX: Final = re.compile(
    r"\s*(?:both|the two|each of the two)\s+(?:governments|sides|countries|leaders|ministries|capitals|parties|"
    r"delegations|offices)\b"
)

#: "... issued a statement", "... said in a statement"
_ISSUED_RX: Final = re.compile(
    r"\s+(?:(?:has|had|also|later|earlier)\s+)*(?:issued|released|published|put out|posted|said in)\s+"
    r"(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|readout|press release|note|declaration)\b"
)

_ISSUED_WORDS: Final = frozenset({"statement", "communiqué", "communique", "readout", "release", "note", "declaration"})

#: "a statement from the Presidency of the Republic " before a cue (statement.statement_by_body)
_STATEMENT_BY_BODY_RX: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|brief|separate|official|new|short)\s+)?"
    r"(?:statement|communiqu[eé]|readout|press release|release)\s+(?:(?:issued|released|published|posted)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){0,4}?" + _BODY_NAME + _BODY_TAIL
)
