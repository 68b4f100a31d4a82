"""Account attributions: "according to X" (statement.according_to and its kinds, account_inner, the aside)
and "citing X" (statement.citing_source), with the person or body the account names."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.coref import female_keys, subjectish
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState, group_keys
from newsfacts.rules.meetings.keys import _keys as meeting_keys
from newsfacts.rules.statements.bodies import _body_at, _named_body, _org_description
from newsfacts.rules.statements.content import _make
from newsfacts.rules.statements.drafts import StatementDraft, StatementState, _all_of_kind, _cue_of, span_sent
from newsfacts.rules.statements.issuers import _communique_parties, _joint_source, _statement_issuer
from newsfacts.rules.statements.offices import (
    _office_name,
    _office_of,
    _office_owner,
    _owner_office,
    _press_service_entity,
)
from newsfacts.rules.statements.patterns import (
    _FINITE_RX2,
    _INVERTED_MODIFIER_RX,
    _OFFICE_AFTER_RX,
    _ORG_DESC_RX,
    _PRESS_SERVICE_AT_RX,
    _PRESS_SERVICE_WORDS,
)
from newsfacts.rules.statements.speakers import _speaker_keys
from newsfacts.rules.statements.unnamed import _source_person

_ACCORDING_SOURCE: Final = re.compile(
    r"\s*(?:(?:(?:an?|the)\s+(?:\w+\s+){0,2}|(?:\w+\s+){0,2}(?=(?:statements|reports|readouts|releases|figures|data|"
    r"estimates|statistics)\b))"
    # "according to figures from the central bank", "according to data from the institute": a body's own account
    # "according to a note from the Farnesina": a ministry's note verbale or press note is its statement
    r"(?:statement|report|communiqu[eé]|readout|release|note|website|announcement|spokesman|spokeswoman|spokesperson|"
    r"figure|data|estimate|statistic)s?"
    # "according to a readout of the call publicized by X" (statement.according_to_body): the talks it tells of
    r"(?:\s+of\s+the\s+(?:call|talks|meeting|conversation))?"
    r"(?:\s+(?:issued|released|published|posted|publici[sz]ed|circulated|distributed))?"
    r"(?:\s+(?:by|of|from|on))?(?:\s+|(?=[.,;]))|"
    # "according to spokesman Stefan Kornelius": the title without an article
    r"(?:government\s+|chief\s+|deputy\s+)?(?:spokesman|spokeswoman|spokesperson)\s+)?"
)


def _account_inner(
    doc: Doc,
    last: StatementDraft,
    h: Hit,
    cue: Cue,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    cstart: int,
    cend: int,
) -> StatementDraft | None:
    """statement.account_inner: a cue joined to a source's account ("according to X, the ministers reviewed A
    and agreed to B") is said by the account's subject, the mention its content opens with; none when no actor
    is read there."""
    c0 = last.content_span.start
    inner = next((m for m in mentions if c0 <= m.lo <= c0 + 4), None)
    if inner is None or inner.end > h.start:
        return None
    if inner.kind == "group":
        keys = group_keys(doc, inner, _meetings_before(doc, mstate, span, mentions, inner.start, h.start))
    else:
        keys = _speaker_keys(doc, inner, mstate, sstate)
    if not keys or set(keys) == set(last.speakers) or _all_of_kind(doc, keys, "place"):
        return None
    return _make(doc, keys, h, h.text, cue, cstart, cend, span, "statement.account_inner")


def _citing_source(
    doc: Doc,
    at: int,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    prev: list[StatementDraft],
) -> StatementDraft | None:
    """statement.citing_source: "Trend reports, citing the Foreign Ministry, that ...", "The ministers discussed
    X, the agency reported, citing the ministry.": an outlet's report on a body's or official's word is the
    cited source's statement (the outlet's own sourcing is none)."""
    text = doc.text
    pos = at + len(", citing ")
    cited = next((m for m in mentions if m.lo >= pos), None)
    if cited is None or not _CITED_LEAD_RX.fullmatch(text, pos, cited.lo):
        return None
    keys = _speaker_keys(doc, cited, mstate, sstate)
    if (
        not keys
        or any(doc.entity(k).name in doc.lexicon.agencies or doc.entity(k).kind == "place" for k in keys)
        or any(set(keys) & set(p.speakers) for p in prev)
    ):
        return None
    cue = Cue("say", "citing", "finite")
    h = Hit(at + 2, at + 8, "citing", "cue")
    if (tm := _CITED_THAT_RX.match(text, cited.end, span.end)) is not None:
        # "Trend reports, citing the ministry, that the ministers met"
        return _make(doc, keys, h, "citing", cue, tm.end(), span.end, span, "statement.citing_source")
    if _CITED_END_RX.fullmatch(text, cited.end, span.end) is not None:
        # "The ministers met, the agency reported, citing the ministry."
        rm = _REPORTER_TAIL_RX.search(text, max(span.start, at - 60), at + 1)
        if rm is None or rm.start() - span.start < 12:
            return None
        return _make(doc, keys, h, "citing", cue, span.start, rm.start(), span, "statement.citing_source")
    return None


def _meetings_before(
    doc: Doc, mstate: MeetingState, span: Span, mentions: list[Mention], subj: int, pos: int
) -> MeetingState:
    """statement.group_before_content: "The two leaders confirmed that Minister X will visit China": a
    meeting told only inside the content (none of its parties named before the cue) is not the one whose
    parties "the two leaders" are; the meetings before it are."""
    last = mstate.last
    if last is None or doc.sent_index(span.start) != last.sent:
        return mstate
    parts = set(last.participants)
    for m in mentions:
        if m.start >= pos:
            break
        if m.start != subj and m.start >= span.start and parts.intersection(doc.refs_of(m)):
            return mstate
    return MeetingState(drafts=mstate.drafts[:-1], last_speaker=mstate.last_speaker)


def _citing_outer(
    doc: Doc, cited: Mention, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int] | None:
    """The source before a "citing Y" aside ("The embassy, citing spokesperson Y, said"): its keys and start,
    unless it is a news agency (whose own sourcing is no statement: then Y speaks alone)."""
    text = doc.text
    cm = _CITING_LEFT_RX.search(text, max(span.start, cited.lo - 40), cited.lo)
    if cm is None:
        return None
    for m in reversed(mentions):
        if m.end > cm.start():
            continue
        if m.hi != cm.start() and m.end != cm.start():
            return None
        keys = _speaker_keys(doc, m, mstate, sstate)
        if not keys or not subjectish(doc, m) or any(doc.entity(k).name in doc.lexicon.agencies for k in keys):
            return None
        return keys, m.lo
    return None


def _according_to(
    doc: Doc,
    h: Hit,
    span: Span,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    prev: list[StatementDraft],
) -> StatementDraft | None:
    text = doc.text
    src = _ACCORDING_SOURCE.match(text, h.end, span.end)
    pos = src.end() if src else h.end
    after = [m for m in mentions if m.start >= pos and m.start - pos < 6]
    if not after and (not text[h.end : pos].strip() or text[h.end : pos].rstrip().endswith(" by")):
        # statement.fronted_title: "according to presidential spokesman X", "according to Kremlin aide X":
        # the name's title, lower-case words before it (also after "a statement issued by")
        after = [
            m
            for m in mentions
            if pos <= m.title_start < m.start
            and (
                _FINITE_RX2.fullmatch(text, pos, m.title_start)
                or _INVERTED_MODIFIER_RX.fullmatch(text, pos, m.title_start)
            )
        ]
    if not after and src is not None and src.end() > h.end + 1:
        # "according to a Foreign Office readout": the source named inside the phrase
        after = [
            m
            for m in mentions
            if m.start > h.end and m.end <= src.end() and m.kind in ("organization", "body", "bodyref")
        ][-1:]
    if _ACCORDING_TO_RX2.match(text, h.end, h.end + 8):
        after = []  # "According to her, the US ...": the pronoun is the source, not the US
    if (
        after
        and src is not None
        and text.startswith(", ", src.end())
        and any(m.kind == "desc" and h.end < m.lo and m.end == src.end() for m in mentions)
    ):
        after = []  # "According to the spokesman, Fidan welcomed ...": the description is the source (below)
    elif (
        after
        and src is not None
        and text.startswith(", ", src.end())
        and _ACCORDING_TO_RX1.match(text, h.end, src.end()) is not None
        and after[0].start >= src.end() + 2
    ):
        # statement.according_to_issuer: "According to the statement, Zarif reaffirmed ...": the statement's issuer
        # is the source; the name after the comma opens what it said
        after = []
    source_text = None
    keys: list[int] = []
    rule = "statement.according_to"
    joint = _joint_source(doc, span, src, mstate) if src and src.end() > h.end + 1 else None
    if joint is not None:
        # statement.according_to_joint: "according to readouts released by both governments", "according
        # to a joint statement": the parties of the last meeting
        keys, sub_end = joint
        source_text = text[h.end : sub_end].strip()
        rule = "statement.according_to_joint"
        if any(set(p.speakers) == set(keys) for p in prev):
            return None  # "The leaders agreed to ..., according to a joint statement": told once
        after = []
    elif (ap := _apposition_source(doc, h, span, mentions, mstate, sstate)) is not None:
        # statement.according_to_apposition: "According to the ministry's spokesperson, Chidi Okafor, the two
        # ministers ...": the name set off after the title is the source
        keys, sub_end = ap
        rule = "statement.according_to_apposition"
        source_text = text[h.end : sub_end].strip()
    elif (
        not after
        and (sm := _ACCORDING_SOURCE_RX.match(text, h.end, span.end)) is not None
        and not any(m.start < sm.end("np") and sm.start("np") < m.end for m in mentions)
    ):
        # statement.singular_source: "according to a diplomatic source present at the meeting"
        keys = _source_person(doc, sm.group("np"), sm.start("np"), sm.end("np"))
        sub_end, rule = sm.end(), "statement.singular_source"
        source_text = text[h.end : sub_end].strip()
    elif (
        (not after or after[0].kind not in ("name", "unnamed", "desc", "pronoun"))  # a person's office: below
        and holds_any(text, _PRESS_SERVICE_WORDS, pos, span.end)  # a word every match holds, before the regex
        and (pm := _PRESS_SERVICE_AT_RX.match(text, pos, span.end)) is not None
    ):
        # statement.according_to_press_service: "according to the Lithuanian government's press service"
        pkey = _press_service_entity(doc, pm)
        if pkey is None:
            return None
        keys, sub_end, rule = [pkey], pm.end("name"), "statement.according_to_press_service"
        source_text = text[h.end : sub_end].strip()
    elif (bm := _body_at(doc, pos, span)) is not None and (
        bkeys := _named_body(doc, bm, mentions, mstate, sstate, "statement.according_to_body")
    ):
        # statement.according_to_body: "according to a statement from the Sovereignty Council", "according to
        # South Korea's trade ministry": a named institution no table knows
        keys, sub_end, rule = bkeys, bm.end("name"), "statement.according_to_body"
        source_text = text[h.end : sub_end].strip()
    elif after:
        keys = _speaker_keys(doc, after[0], mstate, sstate)
        if not keys and after[0].kind == "desc" and after[0].country and after[0].role:
            # statement.according_to_unnamed: "according to Egypt's foreign ministry spokesman", "according to the
            # Iranian foreign ministry spokesperson": a role-holder of a state no one named before
            keys = meeting_keys(doc, after[0], mstate)
            rule = "statement.according_to_unnamed"
        sub_end = max(after[0].end, src.end() if src is not None and after[0].end < src.end() else 0)
        pronoun = after[0].kind == "pronoun"
        if (
            (om := (_PRONOUN_OFFICE_AFTER_RX if pronoun else _OFFICE_AFTER_RX).match(text, after[0].hi)) is not None
            and len(keys) == 1
            and doc.entity(keys[0]).kind == "person"
        ):
            # statement.office_of_person: "according to a statement from the prime minister's office": the
            # office speaks, not the person it serves; statement.pronoun_office: "according to her office"
            person = doc.entity(keys[0])
            written = _office_name(text, after[0].lo, om) if not pronoun else _owner_office(person, om)
            keys, sub_end = [_office_of(doc, person, written)], max(sub_end, om.end())
            rule = "statement.pronoun_office" if pronoun else "statement.office_of_person"
        source_text = text[h.end : sub_end].strip() if src and src.end() > h.end + 1 else None
    elif (
        text.startswith(("his ", "her "), pos)
        and (om := _PRONOUN_OFFICE_RX.match(text, pos, span.end)) is not None
        and len(owner := _office_owner(doc, span, mentions, mstate, h.start)) == 1
    ):
        # statement.pronoun_office: "X also raised concerns about Y, according to her office": the office of
        # the clause's subject (or of the last speaker)
        person = doc.entity(owner[0])
        keys, sub_end = [_office_of(doc, person, _owner_office(person, om, 1))], om.end()
        source_text = text[h.end : sub_end].strip()
        rule = "statement.pronoun_office"
    elif (od := _org_description(doc, _ORG_DESC_RX.match(text, pos, span.end), h.start)) is not None:
        # statement.org_description: "according to a statement from the regional bloc": the bloc named before
        keys, sub_end = od
        source_text = text[h.end : sub_end].strip()
        rule = "statement.org_description"
    elif src and src.end() > h.end + 1:
        # "according to the statement": the last source
        if _ACCORDING_TO_RX1.match(text[h.end : h.end + 20]) and (
            issuer := list(sstate.source) or _statement_issuer(doc, span_sent(doc, span))
        ):
            # statement.according_to_issuer: "X issued a statement ... Y, according to the statement"
            keys = issuer
            sub_end = src.end()
            rule = "statement.according_to_issuer"
        elif "communiqu" in text[h.end : src.end()].lower() and (
            parties := next((list(p.speakers) for p in prev if len(p.speakers) >= 2), None)
            or _communique_parties(doc, span, mstate)
        ):
            # statement.communique_parties: "A and B agreed to X, according to a final communiqué": issued by the
            # parties who speak together in the sentence, else by the last meeting's
            keys, sub_end, rule = parties, src.end(), "statement.communique_parties"
            source_text = text[h.end : sub_end].strip()
        elif (
            not prev
            and text[h.end : src.end()].rstrip().endswith((" by", " from"))
            and (pm := _ACCORDING_TO_RX2.match(text, src.end(), src.end() + 8)) is not None
            and pm.group().strip() in ("him", "her")
            and (one := _sole_recent_person(doc, span_sent(doc, span), h.start, pm.group().strip())) >= 0
        ):
            # statement.according_to_pronoun: "According to a statement by her, ...": the one person told before
            keys, sub_end, rule = [one], pm.end(), "statement.according_to_pronoun"
            source_text = text[h.end : sub_end].strip()
        elif (
            (dm := next((m for m in mentions if h.end < m.lo <= h.end + 2 and m.kind in ("desc", "unnamed")), None))
            is not None
            and len(drefs := doc.refs_of(dm)) == 1
            and doc.entity(drefs[0]).kind == "person"
        ):
            # statement.according_to_description: "..., according to the spokesperson", "according to a Kremlin
            # spokesman": the person the description refers to (the source phrase is the description itself)
            keys, sub_end, rule = [drefs[0]], dm.end, "statement.according_to_description"
        else:
            return None
    else:
        pm = _ACCORDING_TO_RX2.match(text[h.end : h.end + 8])
        if (
            pm
            and pm.group().strip() in ("him", "her")
            and mstate.last_speaker is not None
            and span_sent(doc, span) - mstate.last_speaker[1] <= 2
        ):
            # "According to her, ...": the last person who spoke
            keys = [mstate.last_speaker[0]]
            sub_end = h.end + pm.end()
        elif pm and prev == [] and mstate.last is not None:
            keys = [k for k in mstate.last.participants if doc.entity(k).kind == "person"]
            sub_end = h.end + pm.end()
        elif (
            pm
            and prev == []
            and (one := _sole_recent_person(doc, span_sent(doc, span), h.start, pm.group().strip())) >= 0
        ):
            # statement.according_to_pronoun: "X arrived in Geneva on Monday. According to him, ...": the one
            # person the sentence before tells of, when no one has spoken yet
            keys = [one]
            sub_end = h.end + pm.end()
            rule = "statement.according_to_pronoun"
        else:
            return None
    if not keys or any(doc.entity(k).name in doc.lexicon.agencies for k in keys):
        return None
    if any(doc.entity(k).kind == "person" for k in keys) is False and all(
        doc.entity(k).kind == "country" for k in keys
    ):
        return None
    lead = text[span.start : h.start]
    if lead.strip() in ("", "“", '"'):
        comma = text.find(",", sub_end, span.end)
        if comma < 0:
            return None
        st = _make(
            doc,
            keys,
            h,
            text[h.start : h.end],
            _cue_of(doc, h) or _ACC,
            comma + 1,
            span.end,
            span,
            rule,
        )
    else:
        if prev:  # "X said ..., according to the statement": a source, not a statement of its own
            for p in prev:
                p.source = p.source or source_text
            if not after and rule not in _NAMED_SOURCE_RULES:
                return None
            # statement.according_to_named: "X urged ..., according to the Peruvian Foreign Ministry":
            # the ministry's account of it is a statement too
        aside = _aside_subject(doc, span, lead, mentions) if not prev else None
        # (or a subject no actor rule reads: "The meeting, according to the ministry, discussed ...")
        np_lead = not prev and _NP_ASIDE_LEAD_RX.fullmatch(lead) is not None
        if (aside is not None or np_lead) and (comma := text.find(",", sub_end, span.end)) >= 0:
            # statement.according_to_aside: "Muttaqi, according to a statement issued by the ministry,
            # urged ...": the ministry's account holds the rest of the clause
            st = _make(
                doc,
                keys,
                h,
                text[h.start : h.end],
                _cue_of(doc, h) or _ACC,
                comma + 1,
                span.end,
                span,
                "statement.according_to_aside",
            )
            if st is not None:
                st.source = source_text
                sstate.source = keys
            return st
        cend = span.start + len(lead.rstrip().rstrip(","))
        st = _make(
            doc,
            keys,
            h,
            text[h.start : h.end],
            _cue_of(doc, h) or _ACC,
            span.start,
            cend,
            span,
            rule,
        )
    if st is not None:
        st.source = source_text
        sstate.source = keys
    return st


_ACC: Final = Cue("say", "according to", "finite")


def _sole_recent_person(doc: Doc, sent: int, before: int, pronoun: str) -> int:
    """The one person this sentence (before ``before``) or, failing that, one of the two before it refers to
    (the nearest sentence that refers to any person decides), else -1; "him" is no person titled as a woman."""
    for s in range(sent, max(-1, sent - 3), -1):
        keys = {
            k
            for m in doc.sentence_mentions(s)
            if s < sent or m.end <= before
            for k in doc.refs_of(m)
            if doc.entity(k).kind == "person"
        }
        if len(keys) > 1 or (len(keys) == 1 and pronoun == "him" and keys <= female_keys(doc)):
            return -1
        if keys:
            return next(iter(keys))
    return -1


def _aside_subject(doc: Doc, span: Span, lead: str, mentions: list[Mention]) -> Mention | None:
    """The subject before an aside ("Muttaqi, according to ..., urged"): ``lead`` is just it and a comma."""
    stripped = lead.rstrip()
    if not stripped.endswith(","):
        return None
    comma = span.start + len(stripped) - 1
    first: Mention | None = None
    for m in mentions:
        if m.lo > span.start + 4:
            if (
                first is not None
                and m.kind == "name"
                and m.hi == comma
                and doc.text.startswith(" and ", first.hi)
                and first.hi + 5 == m.lo
            ):
                # "Fidan and Brandt, according to the ministry, agreed ...": two names, the aside's subject
                return m if subjectish(doc, first) else None
            if m.lo > comma:
                break
            continue
        if m.hi == comma or (m.end == comma and m.tail_end < 0):
            return m if subjectish(doc, m) and m.kind not in ("place",) else None
        if m.kind == "name" and first is None and m.lo >= span.start:
            first = m
    return None


def _apposition_source(
    doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState, sstate: StatementState
) -> tuple[list[int], int] | None:
    """The person named right after the first comma after "according to" ("according to a statement by the
    ministry's spokesperson, Chidi Okafor, ..."), when the words before it name no one and the name
    ends in a comma or the sentence: its keys and end."""
    text = doc.text
    comma = text.find(",", h.end, h.end + 140 if h.end + 140 < span.end else span.end)
    if comma < 0 or not _APPOSITION_TITLE_RX.match(text, h.end, comma):
        return None
    name = None
    for m in mentions:
        if m.start <= h.end:
            continue
        if m.start < comma:
            if m.kind in ("name", "pronoun", "group", "cgroup"):
                return None  # a name before the comma: the source is told there
            continue
        name = m
        break
    if name is None or name.kind != "name" or text[comma + 1 : name.lo].strip():
        return None
    after = text[name.end : name.end + 2]
    if not (after[:1] in ",." or name.end >= span.end - 1):
        return None
    keys = _speaker_keys(doc, name, mstate, sstate)
    if len(keys) != 1 or doc.entity(keys[0]).kind != "person":
        return None
    return keys, name.end


_ACCORDING_TO_RX1: Final = re.compile(r"\s*the (?:statement|report|ministry|communiqu[eé]|readout|press release)\b")

_ACCORDING_TO_RX2: Final = re.compile(r"\s*(?:them|him|her)\b")

#: "her office", "his media office" after "according to (a statement by)" (statement.pronoun_office)
_PRONOUN_OFFICE_RX: Final = re.compile(r"(?:his|her)\s+((?:(?:press|media)\s+)?office|press\s+service|headquarters)\b")

#: "her office", "his media office" after a possessive pronoun (statement.pronoun_office)
_PRONOUN_OFFICE_AFTER_RX: Final = re.compile(
    r"\s+(?:(?:press|media)\s+)?office\b|\s+press\s+service\b|\s+headquarters\b"
)

#: " a diplomatic source present at the meeting" after "according to" (statement.singular_source)
_ACCORDING_SOURCE_RX: Final = re.compile(
    r"\s+[Aa]n?\s+(?P<np>(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]+\s+){0,2}source)\b(?:\s+[a-z][^,;.“”\"]{0,50})?(?=[,.;]|$)"
)

#: "X, citing spokesperson Y, said": the aside before the cited source (title words are part of the mention)
_CITING_LEFT_RX: Final = re.compile(r"\s*,\s*citing\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,3}$")

#: between "citing" and the cited source's mention: an article, a few lower-case words ("a statement by the")
_CITED_LEAD_RX: Final = re.compile(
    r"(?:(?:the|a|an|its|his|her)\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:by|from|of)\s+)?(?:the\s+)?"
)

_CITED_THAT_RX: Final = re.compile(r"\s*,\s*that\s+")

_CITED_END_RX: Final = re.compile(r"\s*[.!]?\s*")

#: ", the agency reported, " / ", Trend reports, " before "citing"
_REPORTER_TAIL_RX: Final = re.compile(
    r",\s*(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:reported|reports|informed|informs|said|says|wrote|writes)\s*,\s*$"
)

#: "according to" rules that name a source of their own: "X said A, according to <source>" is the source's
#: statement too (the statement rules before it keep theirs)
_NAMED_SOURCE_RULES: Final = frozenset(
    {
        "statement.according_to_press_service",
        "statement.pronoun_office",
        "statement.according_to_body",
        "statement.communique_parties",
        "statement.according_to_apposition",
        "statement.singular_source",
    }
)

#: " a statement by the ministry's spokesperson", " the Director General for Asia at the ministry" before a comma and
#: the name it is set off from (statement.according_to_apposition): a determiner, then no clause
_APPOSITION_TITLE_RX: Final = re.compile(r"\s+(?:(?:an?|the)\s+)(?:[^,;:“”\"]{1,120})$")

#: "The meeting, ", "These talks, ": a short noun phrase as a clause's subject before an aside
_NP_ASIDE_LEAD_RX: Final = re.compile(r"\s*(?:The|This|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*")
