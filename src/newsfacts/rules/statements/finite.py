"""The finite-verb cue rule ``_finite``: the speaker right before a cue (statement.finite, coordinated,
fronted_quote, fronted_title and their kinds), and the checks only it uses."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.lexicon import Cue
from newsfacts.models import Span
from newsfacts.prefilter import holds_any
from newsfacts.rules.actors import ASIDE_GERUNDS, DESCRIBING_NOUN, SPEECH_OCCASIONS
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState, group_keys, subject_before
from newsfacts.rules.meetings.keys import _keys as meeting_keys
from newsfacts.rules.statements.according import _account_inner, _citing_outer, _meetings_before
from newsfacts.rules.statements.bodies import _acronym_body, _bracketed_acronyms, _modified_body, _possessive_body
from newsfacts.rules.statements.content import _content_after, _make, _told_tail, _without_trailing_article
from newsfacts.rules.statements.coordinated import _coord_left_memo, _in_reported_clause, _present_in_past_report
from newsfacts.rules.statements.drafts import StatementDraft, StatementState, _all_of_kind
from newsfacts.rules.statements.issuers import _issuer_keys, _statement_by, _statement_by_body, _statement_ref
from newsfacts.rules.statements.offices import (
    _body_spokesperson,
    _its_spokesperson,
    _person_office,
    _press_service,
    _press_service_entity,
    _source_in_body,
)
from newsfacts.rules.statements.participles import _outer, _participle_next
from newsfacts.rules.statements.patterns import (
    _ACCOUNT_RULES,
    _ACRONYM_LEFT_RX,
    _CUE_LEFT_GAP,
    _FINITE_RX2,
    _FRONT_TAIL,
    _INVERTED_MODIFIER_RX,
    _ISSUED_DOCUMENT_RE,
    _ISSUER_VERBS,
    _OPENING_PHRASE,
    _PRESS_SERVICE_AT_RX,
    _PRESS_SERVICE_WORDS,
    _QUOTE_OPEN,
    _THAT,
    _WHO_LEFT_RX,
)
from newsfacts.rules.statements.quotemarks import _comma_or_quote_before
from newsfacts.rules.statements.quotes import _dash_quote_start, _lead_then_content, _whole_quote_lead
from newsfacts.rules.statements.speakers import _clause_subject, _desc_last_speaker, _side_party, _speaker_keys
from newsfacts.rules.statements.unnamed import _bare_counterpart, _joint_bare, _subject_across

#: rules whose subject may stand after what it reports ("..., a spokesperson for the ministry said")
_LEAD_RULES: Final = frozenset(
    {
        "statement.finite",
        "statement.source_in_body",
        "statement.spokesperson_of_body",
        "statement.org_description",
        "statement.generic_possessive_role",
        "statement.statement_by",
        "statement.body_head",
        "statement.possessive_body",
        "statement.demonym_body",
        "statement.statement_by_body",
        "statement.its_spokesperson",
        "statement.singular_source",
        "statement.office_of_person",
        "statement.anonymous_source",
        "statement.press_service",
    }
)


def _finite(
    doc: Doc,
    h: Hit,
    cue: Cue,
    span: Span,
    end: int,
    mentions: list[Mention],
    mstate: MeetingState,
    sstate: StatementState,
    prev: list[StatementDraft],
) -> StatementDraft | None:
    text = doc.text
    if cue.base == "brief" and any(p.content_span.start <= h.start < p.content_span.end for p in prev):
        return None  # statement.briefed_on: "UNSMIL said X briefed Y on Z": a briefing told inside a report is none
    wl = h.start - 110 if h.start - 110 > span.start else span.start
    if (
        text[h.start - 6 : h.start] in ("which ", " that ")
        and holds_any(text, _ISSUER_VERBS, wl, h.start)
        and (im := _ISSUED_WHICH_LEFT_RX.search(text, wl, h.start)) is not None
        and (ikeys := _issuer_keys(doc, im.start(), span.start, mentions, mstate, sstate))
    ):
        # statement.issued_which: "The ministry released a note on Saturday which says that ...": the note's
        # issuer speaks
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, ikeys, h, h.text, cue, cstart, cend, span, "statement.issued_which")
    # "..., said Wang." / "..., says Turkish Foreign Ministry"
    inv = _comma_or_quote_before(text, span.start, h.start)
    # the cue's verb is checked first: most cues after a comma are no fronting verb ("..., and urged");
    # "X, the Kremlin's spokesman, told parliament that ...": whom "told" is followed by is told, never the
    # speaker, so the comma before it closes an aside, not a fronted report
    if inv >= 0 and cue.base in doc.lexicon.fronting_verbs and cue.base != "tell":
        if (
            text.startswith(" ", h.end)
            and holds_any(text, _PRESS_SERVICE_WORDS, h.end, span.end)
            and (pm := _PRESS_SERVICE_AT_RX.match(text, h.end + 1, span.end)) is not None
            and _SENTENCE_TAIL_RX.fullmatch(text, pm.end(), span.end) is not None
            and (pkey := _press_service_entity(doc, pm)) is not None
        ):
            # statement.press_service, inverted: "..., reported the Kazakh Foreign Ministry's press service."
            cend = inv if text[inv] == "," else inv + 1
            st = _make(doc, [pkey], h, text[h.start : pm.end()], cue, span.start, cend, span, "statement.fronted_quote")
            if st is not None:
                st.rules.append("statement.press_service")
            return st
        nxt = next((m for m in mentions if m.start >= h.end), None)  # the first mention after the cue
        if nxt is not None and nxt.kind == "place" and nxt.start - h.end < 3:
            # "said Kyiv resident X": the place is the description's, the name after it speaks
            nn = next((m for m in mentions if m.start >= nxt.end), None)
            if nn is not None and nn.kind == "name" and _INVERTED_NOUN_RX.fullmatch(text, h.end, nn.start):
                nxt = nn
        owner_title = False
        if nxt is not None and text.startswith(("'s ", "’s "), nxt.end) and nxt.lo - h.end < 3:
            # statement.inverted_possessive_title: "..., said Mr Lee's press secretary Chang Li Lin.": the owner's
            # possessive and a lower-case title stand between the cue and the name that speaks
            nn = next((m for m in mentions if m.start >= nxt.end), None)
            if nn is not None and nn.kind == "name" and _OWNER_TITLE_GAP_RX.fullmatch(text, nxt.end, nn.start):
                nxt, owner_title = nn, True
        plain = nxt is not None and _FINITE_RX2.fullmatch(text[h.end : nxt.lo]) is not None
        described = (
            # statement.inverted_description: "“...,” said resident X", "..., said analyst X": a lower-case noun
            # no title table holds before a name
            not plain
            and nxt is not None
            and nxt.kind == "name"
            and nxt.title_start >= nxt.start
            and _INVERTED_NOUN_RX.fullmatch(text, h.end, nxt.start) is not None
        )
        if (
            nxt is not None
            and nxt.kind == "unnamed"
            and text.startswith(" ", h.end)
            and (sm := _INVERTED_SPOKES_RX.match(text, h.end, nxt.end + 40)) is not None
            and sm.start("head") < nxt.end
            and (body := next((m for m in mentions if m.start >= nxt.end), None)) is not None
            and sm.end("head") < body.lo <= sm.end()
            and body.kind in ("organization", "body", "bodyref", "country")
            and (body.kind != "bodyref" or doc.refs_of(body))
            and (_FRONT_TAIL.match(text, body.end, span.end) is not None or _participle_next(doc, body.end, span))
            and (owner := _speaker_keys(doc, body, mstate, sstate))
        ):
            # statement.inverted_spokesperson: "“...,” said a spokesman for the Chinese Foreign Ministry": the
            # body's spokesperson after the cue speaks
            owner_name = doc.entity(owner[0]).name if len(owner) == 1 else text[body.start : body.end]
            rule = "statement.inverted_spokesperson"
            skeys = _body_spokesperson(doc, owner, owner_name, sm.group("head"), sm.start(), body.end, rule)
            cend = inv if text[inv] == "," else inv + 1
            st = _make(doc, skeys, h, text[h.start : body.end], cue, span.start, cend, span, "statement.fronted_quote")
            if st is not None:
                st.rules.append("statement.inverted_spokesperson")
            return st
        if nxt is not None and (
            plain
            or described
            or owner_title
            # statement.fronted_title: "..., said presidential spokesman X": lower-case words before the title
            or (0 <= nxt.title_start < nxt.start and _INVERTED_MODIFIER_RX.fullmatch(text, h.end, nxt.lo))
        ):
            keys = _speaker_keys(doc, nxt, mstate, sstate)
            inverted_rule = ""
            if not keys and nxt.kind == "desc" and nxt.country and nxt.role and nxt.lo - h.end < 6:
                # statement.inverted_unnamed: "“...,” said Egypt's foreign ministry spokesman": a role-holder of a
                # state no one named before
                keys = meeting_keys(doc, nxt, mstate)
                inverted_rule = "statement.inverted_unnamed"
            tail = text[nxt.end : span.end]
            tail_ends = _FRONT_TAIL.match(tail) is not None or _participle_next(doc, nxt.end, span)
            if not keys and (tail_ends or _INVERTED_APPOS_TAIL.match(tail) is not None):
                return None
            # (with no speaker and a clause going on after the mention, "X, who arrived on Monday, said the two
            # sides would ...", the comma closes an aside: the subject before it is read below)
            # statement.inverted_apposition: "“...,” said X, a senior fellow at the Y Institute.", "said X, 55,
            # who ...": the speaker's description after the name runs to the sentence's end
            appos = (
                not tail_ends
                and nxt.kind in ("name", "unnamed", "desc")
                and _INVERTED_APPOS_TAIL.match(tail) is not None
            )
            if tail_ends or appos:
                cend = inv
                if text[cend] != ",":
                    cend += 1
                st = _make(
                    doc,
                    keys,
                    h,
                    text[h.start : nxt.end],
                    cue,
                    span.start,
                    cend,
                    span,
                    "statement.fronted_quote",
                )
                if st is not None and owner_title:
                    st.rules.append("statement.inverted_possessive_title")
                elif st is not None and described:
                    st.rules.append("statement.inverted_description")
                elif st is not None and not plain:
                    st.rules.append("statement.fronted_title")
                if st is not None and appos:
                    st.rules.append("statement.inverted_apposition")
                if st is not None and inverted_rule:
                    st.rules.append(inverted_rule)
                return st
    if (
        text.find("pposition", h.start - 100 if h.start - 100 > span.start else span.start, h.start) >= 0
        and (op := _opposition(doc, h, span)) >= 0
    ):
        # statement.opposition: "The opposition criticised the trip", "Opposition lawmakers demanded ...": the
        # political camp no actor rule names speaks, named as written
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, [op], h, h.text, cue, cstart, cend, span, "statement.opposition")
    keys, subj = subject_before(doc, h.start, mentions, mstate)
    if (
        subj is not None
        and cue.base not in _RELATIVE_KEEPS
        and text.endswith(", which ", subj.lo - 8 if subj.lo > 8 else 0, subj.lo)
    ):
        # statement.object_relative: "the $1 million, which he announced earlier this week for the OPT": the
        # cue's object is the noun before "which"; what follows the cue is no content
        doc.fire("statement.object_relative", subj.lo, h.end, text[subj.lo : h.end])
        return None
    if (
        subj is None
        and h.start - span.start > 4
        and (am := _adverb_gap(text, h.start - 30 if h.start - 30 > span.start else span.start, h.start)) is not None
    ):
        # statement.adverb_gap: "She however denied ...", "The ministry in turn said ...": a discourse adverb
        # without commas between the subject and its cue
        keys, subj = subject_before(doc, am.start(), mentions, mstate)
        if subj is not None:
            doc.fire("statement.adverb_gap", am.start(), am.end(), am.group(0).strip())
    if h.start - span.start > 20 and (wa := _while_aside(doc, h.start, span, mentions, mstate, subj)) is not None:
        keys, subj = wa
    joint = _joint_bare(doc, subj, h, span, mstate) if subj is not None and subj.rule == "actor.unnamed_list" else []
    aside_rule = ""
    aside_start = -1
    if (
        subj is not None
        and text.find("who", h.start - 40 if h.start - 40 > span.start else span.start, h.start) >= 0
        and (wm := _WHO_LEFT_RX.search(text, h.start - 60 if h.start - 60 > span.start else span.start, h.start))
        is not None
        and subj.end < wm.start()
    ):
        # statement.relative_who: "... from his counterpart X, who briefed him on ...": the relative's
        # antecedent, not the clause's subject, speaks
        for m in mentions:
            if m.end == wm.start() and m.kind in ("name", "unnamed", "desc"):
                wkeys = _speaker_keys(doc, m, mstate, sstate)
                if wkeys and _all_of_kind(doc, wkeys, "person"):
                    keys, subj = wkeys, m
                    aside_rule = "statement.relative_who"
                break
    if (
        subj is None
        and (text[h.start - 2 : h.start] == ") " or text.endswith(_PAREN_ADVERBS, span.start, h.start))
        and (pm := _PARTY_LEFT_RX.search(text, h.start - 24 if h.start - 24 > span.start else span.start, h.start))
    ):
        # statement.party_paren: "Interior Minister X (NCP) said": the party's initials after the name
        keys, subj = subject_before(doc, pm.start(), mentions, mstate)
        if subj is not None:
            aside_rule = "statement.party_paren"
    elif (
        (
            (
                text[h.start - 2 : h.start] == ", "
                and (
                    am := _ASIDE_LEFT_RX.search(
                        text, h.start - 120 if h.start - 120 > span.start else span.start, h.start
                    )
                )
                is not None
            )
            # "X — in his upcoming book Y — noted that ...": an aside set off by dashes
            or (
                text[h.start - 2 : h.start] in ("— ", "– ")
                and (
                    am := _DASH_ASIDE_LEFT_RX.search(
                        text, h.start - 140 if h.start - 140 > span.start else span.start, h.start
                    )
                )
                is not None
            )
        )
        and (subj is None or subj.start > am.start())
    ):
        # statement.aside_subject: "The Council, at its weekly session in Riyadh, condemned ...", "X, whose
        # party controls Y, said ...": the subject stands before the aside set off by commas
        akeys, asubj = subject_before(doc, am.start(), mentions, mstate)
        if (
            asubj is not None
            and (
                wm := _MEETING_WITH_ASIDE_RX.search(
                    text, asubj.lo - 80 if asubj.lo - 80 > span.start else span.start, asubj.lo
                )
            )
            is not None
        ):
            # statement.meeting_aside_subject: "X, in a meeting with Y, the head of Z, said ...": Y is the aside's
            # party; the subject stands before the aside that names Y
            akeys, asubj = subject_before(doc, wm.start(), mentions, mstate)
            if asubj is not None:
                doc.fire("statement.meeting_aside_subject", wm.start(), am.end(), text[wm.start() : am.end()])
        if asubj is not None and akeys and not _all_of_kind(doc, akeys, "place"):
            keys, subj, aside_rule = akeys, asubj, "statement.aside_subject"
        elif asubj is not None and asubj.kind == "group" and not akeys:
            # "Both ministers, for their part, said ...": a group the meetings before resolve (below)
            keys, subj, aside_rule = [], asubj, "statement.aside_subject"
        elif (alt := _subject_across(doc, am.start(), span, mentions, mstate, sstate)) is not None:
            keys, subj, aside_start, aside_rule = alt[0], None, alt[1], alt[2]
        elif subj is not None:
            keys, subj = [], None  # a mention inside the aside ("..., whose party rules Libya, said") is no subject
    if aside_start >= 0:
        subj_start0, body_rule = aside_start, aside_rule
    elif subj is None and (po := _person_office(doc, h, mentions, mstate, sstate)) is not None:
        # statement.office_of_person: "the PM Office said": the person's office, named as written
        keys, subj_start0, body_rule = po[0], po[1], "statement.office_of_person"
    elif (ps := _press_service(doc, h.start, span)) is not None:
        # statement.press_service: "the press service of the Cabinet denied", "..., the Kazakh Foreign Ministry's
        # press service reported": a body's press office speaks for it, named as written
        keys, subj, subj_start0, body_rule = [ps[0]], None, ps[1], "statement.press_service"
    elif (
        subj is not None
        and subj.kind == "name"
        and subj.text.isalpha()
        and len(subj.text) <= 10
        and 0 <= _bracketed_acronyms(doc).get(subj.text, -1) < subj.start
        and (
            am := _ACRONYM_LEFT_RX.search(text, subj.start - 4 if subj.start - 4 > span.start else span.start, h.start)
        )
        is not None
        and am.start("acr") == subj.start
        and (ab := _acronym_body(doc, am, mstate, sstate)) is not None
    ):
        # "The DoT said" after "the Department of Trade (DoT)": a name rule read the acronym as a person
        keys = ab[0]
        subj = None
        subj_start0 = ab[1]
        body_rule = "statement.body_head"
    elif (
        subj is None
        or subj.possessive
        or subj.kind in ("country", "place")
        or (
            subj.kind in ("body", "bodyref")
            and text[subj.lo - 3 if subj.lo - 3 > span.start else span.start : subj.lo] in ("'s ", "’s ")
        )
    ) and (
        pb := _possessive_body(doc, h.start, span, mentions, mstate, sstate)
        or _modified_body(doc, h.start, span, mentions, mstate, sstate)
    ) is not None:
        # "Seoul's Foreign Ministry said": the state's name before the body is no subject
        keys, subj, subj_start0, body_rule = pb[0], None, pb[1], pb[2]
    else:
        subj_start0 = -1
        body_rule = "statement.body_head"
    subj_start = (
        subj.title_start
        if subj is not None and 0 <= subj.title_start < subj.start
        else (subj.start if subj is not None else subj_start0)
    )
    if (subj is None or subj.kind == "name") and (
        ua := _unclosed_apposition(doc, subj.lo if subj is not None else h.start, subj, span, mentions)
    ) is not None:
        # statement.unclosed_apposition: "Dr Rajesh Basrur, a visiting professor at the School of International
        # Studies said ...": the description's closing comma is missing; the name before it speaks
        akeys = _speaker_keys(doc, ua, mstate, sstate)
        if akeys:
            keys, subj = akeys, ua
            subj_start = ua.lo
            aside_rule = "statement.unclosed_apposition"
    if cue.base == "report" and subj is not None and subj.text.endswith(("source", "sources")):
        return None  # "..., a Russian source reported": an unnamed source that reports is the press's, no speaker
    if subj is not None and subj.kind == "group":
        keys = group_keys(doc, subj, _meetings_before(doc, mstate, span, mentions, subj.start, h.start))
    elif subj is not None and (party := _side_party(doc, subj, mstate)) is not None:
        keys = [party]
    if subj is not None and (
        subj.kind in ("unnamed", "source") or (subj.kind == "pronoun" and not subj.plural and len(keys) == 1)
    ):
        keys0, keys = keys, _speaker_keys(doc, subj, mstate, sstate)
        if subj.kind == "pronoun" and keys and keys != keys0:
            doc.entity(keys[0]).add((subj.start, subj.end), "statement.pronoun_last_subject")
    if joint:
        keys = joint
    elif subj is not None and subj.kind == "desc" and (ls := _desc_last_speaker(doc, subj, mstate)) >= 0:
        keys = [ls]
    elif (
        not keys
        and subj is not None
        and subj.kind == "desc"
        and subj.role == "Counterpart"
        and not subj.country
        and (cp := _bare_counterpart(doc, subj, mstate)) >= 0
    ):
        # statement.bare_counterpart: "A held talks with B. His counterpart said ...": B, the party of the
        # last two-party meeting who is not its sentence's subject
        keys = [cp]
        doc.fire("statement.bare_counterpart", subj.start, subj.end, doc.entity(cp).name)
    rule = "statement.finite" if subj_start0 < 0 else body_rule
    if (
        subj is not None
        and text.find("citing", subj.lo - 12 if subj.lo - 12 > span.start else span.start, subj.lo) >= 0
    ):
        outer = _citing_outer(doc, subj, span, mentions, mstate, sstate)
        if outer is not None:
            # statement.citing: "The embassy, citing spokesperson Y, said ...": the outer source says it, on Y's word
            okeys, subj_start = outer
            keys = okeys + [k for k in keys if k not in okeys]
            rule = "statement.citing"
    if not keys:
        ref = _statement_ref(doc, h.start, sstate, span, mstate) or _its_spokesperson(
            doc, h.start, span, mstate, sstate
        )
        if ref is not None:
            keys, subj_start, rule = ref
    if not keys:
        alt = _subject_across(doc, h.start, span, mentions, mstate, sstate)
        if alt is None and cue.base in doc.lexicon.fronting_verbs:
            alt = (
                _statement_by(doc, h, span, mentions, mstate, sstate)
                or _source_in_body(doc, h, span, mentions, mstate, sstate)
                or _statement_by_body(doc, h, span, mentions, mstate, sstate)
            )
        elif alt is None and "statement" in text[h.start - 30 if h.start - 30 > span.start else span.start : h.start]:
            # statement.statement_by with any cue: "Al-Houthi's statement also praised ...", "The ministry's
            # statement condemned ..."
            alt = _statement_by(doc, h, span, mentions, mstate, sstate)
        elif (
            alt is None
            and text.find("spokes", h.start - 90 if h.start - 90 > span.start else span.start, h.start) >= 0
            and _SPOKES_FOR_LEFT_RX.search(text, h.start - 90 if h.start - 90 > span.start else span.start, h.start)
        ):
            # statement.spokesperson_of_body with any cue: "A spokesman for the Chinese Foreign Ministry denounced ..."
            alt = _source_in_body(doc, h, span, mentions, mstate, sstate)
        if alt is not None:
            keys, subj_start, rule = alt
    if (
        not keys
        and h.start - span.start > 12
        and (gm := _place_gap(text, h.start - 50 if h.start - 50 > span.start else span.start, h.start)) is not None
    ):
        # statement.place_gap: "The Embassy of the United States in Sarajevo on Monday condemned ...": where
        # (and when) stands between the subject and its cue
        gkeys, gsubj = subject_before(doc, gm.start(), mentions, mstate)
        if gkeys and gsubj is not None and gsubj.kind != "place":
            keys, subj = gkeys, gsubj
            subj_start = gsubj.lo
            doc.fire("statement.place_gap", gm.start(), gm.end(), gm.group(0).strip())
    if (
        not keys
        and h.start - span.start > 16
        and text.find(" to ", h.start - 60 if h.start - 60 > span.start else span.start, h.start) >= 0
        and (gm := _ENVOY_TO_GAP_RX.search(text, h.start - 60 if h.start - 60 > span.start else span.start, h.start))
        is not None
        and text[max(span.start, gm.start() - 22) : gm.start()].lower().endswith(_ENVOY_WORDS)
    ):
        # statement.envoy_to_gap: "The Saudi ambassador to the United Nations said ...", "China's envoy to the
        # EU urged ...": where an envoy is posted stands between the role and its cue
        gkeys, gsubj = subject_before(doc, gm.start(), mentions, mstate)
        if gkeys and gsubj is not None and gsubj.kind in ("desc", "unnamed", "name"):
            keys, subj = gkeys, gsubj
            subj_start = gsubj.lo
            doc.fire("statement.envoy_to_gap", gm.start(), gm.end(), gm.group(0).strip())
    if (
        keys
        and text[subj_start - 12 if subj_start - 12 > span.start else span.start : subj_start]
        .rstrip()
        .endswith(("which", "whom"))  # the pattern's words, looked for before it is run
        and _RELATIVE_LEFT_RX.search(text, subj_start - 12 if subj_start - 12 > span.start else span.start, subj_start)
        and (
            _RELATIVE_AFTER_RX.match(text, h.end)
            # "the constitution, which it says contains claims": a present cue, then the clause's own verb
            or (h.text in ("says", "say") and _RELATIVE_PRESENT_RX.match(text, h.end))
        )
    ):
        return None  # "the talks, which he said were useful": a relative clause, not a statement
    if (
        keys
        and cue.base in ("describe", "term", "say", "call")
        and _WHAT_LEFT_RX.search(text, subj_start - 6 if subj_start - 6 > span.start else span.start, subj_start)
    ):
        # statement.what_described: "condemned what he described as X", "praised Y for what she said was its
        # role": the judgement is the outer cue's
        return None
    if cue.base == "report" and keys and all(_is_agency(doc, k) for k in keys):
        # statement.agency_body: "Japan's Kyodo News agency reported", "the News Agency of Nigeria reports": a
        # news agency's own sourcing is no statement (GUIDELINES)
        doc.fire("statement.agency_body", h.start, h.end, h.text)
        return None
    if keys:
        assert subj_start >= 0
        # a fronted quote or report: "“...,” he said." / "..., Petrova said in her press conference"
        lead = (
            _without_trailing_article(text[span.start : subj_start])
            if cue.base in doc.lexicon.fronting_verbs and rule in _LEAD_RULES
            else ""
        )
        titled = False
        title_rule = "statement.fronted_title"
        told: str | None = None
        whole = False
        # does the lead end a clause (a comma, a closing quote)? scanned once, again only when a title shortens it
        lead_ends = lead != "" and _FINITE_RX3.search(lead) is not None
        if (
            lead
            and not lead_ends
            and (tm := _TITLE_LEAD_RX.search(lead)) is not None
            and tm.group(2).lower() in doc.lexicon.roles
        ):
            # statement.fronted_title: "..., Kremlin aide Sergei Belyaev told reporters": a lower-case
            # title no actor rule reads stands between the comma and the name
            subj_start = span.start + tm.start(1)
            lead = lead[: tm.start(1)]
            titled = True
        elif (
            lead
            and subj is not None
            and 0 <= subj.title_start < subj.start
            and not lead_ends
            and (mm := _MODIFIER_LEAD_RX.search(lead)) is not None
        ):
            # statement.fronted_title: "..., presidential spokesman Sergei Belov said", "..., the senior
            # adviser X told reporters": lower-case words no actor rule reads stand before the title
            subj_start = span.start + mm.start(1)
            lead = lead[: mm.start(1)]
            titled = True
        elif (
            lead
            and subj is not None
            and 0 <= subj.title_start < subj.start
            and not lead_ends
            and (pm := _POSS_LEAD_RX.search(lead)) is not None
        ):
            # statement.possessive_title: "..., Novak's spokesman Petr Dvorak told reporters", "..., State House
            # spokesperson X said": whose spokesman he is (capitalised words) stands between the comma and the title
            subj_start = span.start + pm.start(1)
            lead = lead[: pm.start(1)]
            titled = True
            title_rule = "statement.possessive_title"
        elif (
            lead
            and not lead_ends
            and (nm := _NAME_LEAD_RX.search(lead)) is not None
            and all(
                w in doc.lexicon.roles or w.capitalize() in doc.lexicon.speaker_body_heads
                for w in nm.group(1).split()
                if w.islower() and w not in ("the", "a", "an")
            )
        ):
            # statement.fronted_name_lead: "..., the Prime Minister's Office said in a press release", "..., DFA
            # spokesperson Ma. Luisa Cruz said": capitalised words and role words the speaker's actor rule left
            # out stand between the comma and the speaker's name
            subj_start = span.start + nm.start(1)
            lead = lead[: nm.start(1)]
            titled = True
            title_rule = "statement.fronted_name_lead"
        elif (
            lead
            and not lead_ends
            and lead[-1] == " "
            and (pm := _PARTICLE_LEAD_RX.search(lead)) is not None
            and all(w in doc.lexicon.surname_particles for w in pm.group(1).split())
        ):
            # statement.particle_lead: "“...,” de la Torre said", "..., van der Berg told reporters": the lower-case
            # particles of a compound surname stand between the comma and the name the actor rule read
            subj_start = span.start + pm.start(1)
            lead = lead[: pm.start(1)]
            titled = True
            title_rule = "statement.particle_lead"
        if titled:
            lead_ends = lead != "" and _FINITE_RX3.search(lead) is not None
        if (
            lead_ends
            and len(lead) > 12
            and (
                _FRONT_TAIL.fullmatch(tail := text[h.end : span.end])
                or _participle_next(doc, h.end, span)
                or (cue.base == "tell" and (told := _told_tail(doc, tail)) is not None)
                or (whole := _whole_quote_lead(text, span.start, lead, tail))
            )
            and (len(lead.split()) >= 4 or lead[:1] in _QUOTE_OPEN)
            and not _OPENING_PHRASE.fullmatch(lead.strip() + " ")
            and not _THAT.match(text, h.end, span.end)
        ):
            cend = span.start + len(lead.rstrip())
            if text[cend - 1] == ",":
                cend -= 1
            dash = _dash_quote_start(text, span)
            fst = _make(
                doc,
                keys,
                h,
                text[subj_start : h.end],
                cue,
                span.start if dash < 0 else dash,
                cend,
                span,
                "statement.fronted_quote",
            )
            if fst is not None and dash >= 0:
                fst.direct = True
                fst.rules.append("statement.dash_quote")
            if fst is not None and titled:
                fst.rules.append(title_rule)
            if fst is not None and told:
                fst.rules.append(told)
            elif fst is not None and whole:
                fst.rules.append("statement.whole_quote_lead")
            if fst is not None and rule != "statement.finite":
                fst.rules.append(rule)  # the rule that found the subject ("..., a spokesperson for X said")
            return fst
        if (
            lead_ends
            and rule == "statement.finite"
            and len(lead.split()) >= 2
            and (pm := _PAREN_AFTER_RX.match(text, h.end, span.end)) is not None
            and span.end - pm.end() > 10
            and not _OPENING_PHRASE.fullmatch(lead.strip() + " ")
            and not _THAT.match(text, h.end, span.end)
        ):
            # statement.parenthetical_speaker: "The raid was illegal, Peskov said, and Moscow would respond.",
            # "“The raid,” he said, “was illegal.”": the speaker stands inside what was said, which is the sentence
            if (after := _lead_then_content(doc, lead, pm.end())) >= 0:
                # statement.lead_then_content: "During the press conference, Wong said, “We raised it.”",
                # "Briefing the media, the spokesperson said, we have seen the reports": the opening phrase
                # tells when the speaker spoke; what was said follows the cue
                return _make(
                    doc,
                    keys,
                    h,
                    text[subj_start : h.end],
                    cue,
                    after,
                    span.end,
                    span,
                    "statement.lead_then_content",
                )
            return _make(
                doc,
                keys,
                h,
                text[subj_start : h.end],
                cue,
                span.start,
                span.end,
                span,
                "statement.parenthetical_speaker",
            )
        cstart, cend = _content_after(doc, h, cue, end)
        if text[cstart + 1 : cstart + 3] in ("th", "so") and _DEMONSTRATIVE_OBJECT_RX.match(text, cstart, cend):
            # statement.demonstrative_object: "He said this in an interview with NHK", "she said so on Monday":
            # what was said stands in another sentence; this one only tells where
            doc.fire("statement.demonstrative_object", h.start, cend, h.text)
            return None
        st = _make(doc, keys, h, h.text, cue, cstart, cend, span, rule)
        if st is not None and aside_rule in (
            "statement.aside_subject",
            "statement.relative_who",
            "statement.party_paren",
            "statement.unclosed_apposition",
        ):
            st.rules.append(aside_rule)
        return st
    if not _coord_left_memo(doc, h.start - 30 if h.start - 30 > span.start else span.start, h.start):
        return None
    if inv >= 0 and cue.base in doc.lexicon.fronting_verbs and _NAME_NEXT_RX.match(text, h.end):
        # statement.inverted_unread: "..., writes Jon Smith for the Review.": an inverted attribution whose
        # name no actor rule read is no coordinated cue of the sentence's subject
        doc.fire("statement.inverted_unread", h.start, h.end, h.text)
        return None
    # coordinated: "..., voiced support for B and stressed the need for C"
    if cue.base == "brief":
        return None  # "thanked X and briefed Y on Z": an act after another cue (statement.briefed_on)
    if prev:
        if _in_reported_clause(doc, prev, h, cue, mentions) or _present_in_past_report(doc, prev, h, cue):
            return None
        cstart, cend = _content_after(doc, h, cue, end)
        last = prev[-1]
        if last.rules[0] in _ACCOUNT_RULES and last.content_span.start < h.start:
            # statement.account_inner: "According to the ministry, the ministers reviewed A and agreed to B": the
            # account's own subject agrees, not its source
            return _account_inner(doc, last, h, cue, span, mentions, mstate, sstate, cstart, cend)
        if _all_of_kind(doc, last.speakers, "country"):
            last = _outer(prev)  # "Lee said Singapore welcomed X and expressed confidence ...": Lee's
        return _make(doc, last.speakers, h, h.text, cue, cstart, cend, span, "statement.coordinated")
    # "X and Y exchanged views on A and agreed that B": the clause's subject
    keys = _clause_subject(doc, span, mentions, mstate, h.start)
    if keys:
        cstart, cend = _content_after(doc, h, cue, end)
        return _make(doc, keys, h, h.text, cue, cstart, cend, span, "statement.coordinated")
    return None


def _unclosed_apposition(
    doc: Doc, pos: int, subj: Mention | None, span: Span, mentions: list[Mention]
) -> Mention | None:
    """The person's name that opens the sentence before ", a/the <description>" when the description runs
    into its verb without a closing comma, and ``subj`` (at ``pos``; none when no mention stands right
    before the cue) is a name inside it or none (statement.unclosed_apposition)."""
    text = doc.text
    comma = text.rfind(",", span.start, pos)
    # the pattern goes on from the comma with white space, then "a", "an" or "the": two characters tell most
    # commas apart before it is run
    if (
        comma <= span.start
        or not text[comma + 1 : comma + 2].isspace()
        or (text[comma + 2 : comma + 3] not in ("a", "t") and not text[comma + 2 : comma + 3].isspace())
        or _APPOS_OPEN_RX.match(text, comma) is None
    ):
        return None
    first = next((m for m in mentions if m.end == comma), None)
    if first is None or first.kind != "name" or first is subj:
        return None
    # the name opens the sentence (after an opening phrase, if any): "Putin met Erdogan, the ... said" is none
    if not _OPENING_PHRASE.fullmatch(text, span.start, first.lo):
        return None
    return first


def _is_agency(doc: Doc, key: int) -> bool:
    """Is the actor a news agency (the ``agency`` table, or a name holding "news agency")?"""
    name = doc.entity(key).name
    return name in doc.lexicon.agencies or "news agency" in name.lower()


def _opposition(doc: Doc, h: Hit, span: Span) -> int:
    """statement.opposition: the key of the opposition camp the clause before ``h`` opens with ("The opposition",
    "Opposition parties in Belgrade, meanwhile,", "Opposition lawmakers"), made once per name; else -1."""
    lo = max(span.start, h.start - 100)
    om = _OPPOSITION_RX.search(doc.text[lo : h.start])
    if om is None or (lo > span.start and om.start() == 0 and om.group("lead")[:1] not in (",", ";", " ")):
        return -1  # (the slice's start is no clause's when the sentence is longer)
    member = om.group("member")
    if member is not None and member not in doc.lexicon.speaker_group_nouns:
        return -1
    name = re.sub(r"\s+", " ", om.group("np"))
    if name[:4] in ("The ", "the "):
        name = name[4:]
    key = f"opposition:{name.lower()}"
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("organization", name).key
    e = doc.entity(doc.unnamed[key])
    e.add((lo + om.start("np"), lo + om.end("np")), "statement.opposition")
    return e.key


#: " resident ", " Kyiv resident ", " the analyst " between an inverted cue and an untitled name
#: (statement.inverted_description)
_INVERTED_NOUN_RX: Final = re.compile(r"\s+" + DESCRIBING_NOUN)

#: "'s press secretary ", "’s spokesman " between an owner's possessive and the name that speaks
_OWNER_TITLE_GAP_RX: Final = re.compile(r"['’]s(?:\s+[a-z][a-z-]+){1,3}\s+")

#: after an inverted cue's name: its description to the sentence's end (statement.inverted_apposition)
_INVERTED_APPOS_TAIL: Final = re.compile(
    r",\s*(?:\d{1,3}\s*,\s*)?(?:(?:an?|the|his|her|their|one|another)\s+[^“”\"]*|who\b[^“”\"]*|\d{1,3}\s*|"
    # "said X, Jordan's foreign minister", "said X, the EU's top diplomat": a possessive owner before the post
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s+[a-z][^“”\"]*|"
    # "said X, senior fellow at the Y Institute", "said X, professor of politics at Z", "said X, U.S.
    # undersecretary of state for public affairs": a bare post of a body
    r"(?:[A-Z][\w.]*\s+)?"
    r"(?!(?:while|when|as|after|before|during|in|on|at|and|but|which|adding|noting|saying)\s)(?:[a-z][\w-]*\s+){1,4}"
    r"(?:at|of|for|with|in|from)\s+[^“”\"]*)[.!?]?[\"”’]?\s*$"
)

#: "this in an interview with NHK", "so on Monday, speaking in parliament": a demonstrative object, then only
#: where or when (statement.demonstrative_object)
_DEMONSTRATIVE_OBJECT_RX: Final = re.compile(
    r"\s(?:this|so)(?:\s+(?:on|in|at|during|after|before|while|when|to|via|through|earlier|later|today|yesterday)\b"
    r"[^“”\"]*|\s*,\s*(?:speaking|writing|adding)\b[^“”\"]*)?\s*[.]?\s*$"
)

#: " in Sarajevo on Monday " between a subject and its cue (statement.place_gap)
_PLACE_GAP_RX: Final = re.compile(
    r"\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+$"
)


def _place_gap(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_PLACE_GAP_RX.search(text, lo, end)``, run only when the window's last word is capitalised (a place or a
    weekday) and "in" is one of its last five words: most cues follow a lower-case word, and the scan tries every
    space of the window."""
    if end <= lo or not text[end - 1].isspace():
        return None
    words = text[lo:end].split()
    if not words or not "A" <= words[-1][0] <= "Z" or "in" not in words[-5:]:
        return None
    return _PLACE_GAP_RX.search(text, lo, end)


#: " to the United Nations ", " to Egypt on Monday " between an envoy's role and its cue (statement.envoy_to_gap)
_ENVOY_TO_GAP_RX: Final = re.compile(
    r"\s+to\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    # "The Saudi ambassador to the UN, for his part, said": an aside set off by commas
    r"(?:,\s+[^,;:“”\"]{1,80},)?\s+" + _CUE_LEFT_GAP + "$"
)

_ENVOY_WORDS: Final = ("ambassador", "envoy", "representative", "emissary", "ambassador-designate")

#: ", a visiting professor at ", ", the spokesperson of ": a description opening after a comma
_APPOS_OPEN_RX: Final = re.compile(r",\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:at|of|for|with|in)\s")

#: two capitalised words after an inverted cue, then the sentence's end, a comma or a preposition: a name ("...,
#: writes Jon Smith for the Review"; statement.inverted_unread), not a clause ("..., said Hong Kong's autonomy had")
_NAME_NEXT_RX: Final = re.compile(
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+(?=\s*[,.;]|\s+(?:for|of|in|at|on|who)\b|\s*$)"
)

#: a lead that ends a clause: a comma, a closing quote ("'We held talks,' he stated": a straight single quote
#: after the quote's last stop closes it too)
#: "de la ", "van der " right before a surname at the end of a fronted report's lead (statement.particle_lead)
_PARTICLE_LEAD_RX: Final = re.compile(r"(?:^|(?<=\s))((?:[a-z]{1,4}\s){1,3})$")

_FINITE_RX3: Final = re.compile(r"(?:,|[,.!?][”\"’']|[”\"’])\s*$")

#: ", Kremlin aide ", ", Russian presidential aide " before a name: the title's words, its last one a role
_TITLE_LEAD_RX: Final = re.compile(r"(?:,|[,.!?][”\"’])\s*((?:[A-Z][\w-]*\s+){0,2}(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+)$")

#: ", presidential ", ", the senior " before a title the name's actor rule read: its lower-case modifiers
#: (no conjunction, relative or possessive word: ", and spokesman X said" is a new clause)
_MODIFIER_LEAD_RX: Final = re.compile(
    r"(?:,|[,.!?][”\"’])\s*((?:(?:the|a|an)\s+)?(?:[a-z]+['’]s\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,2}"
    r"(?:(?!(?:and|but|or|nor|while|whereas|as|when|where|which|who|whom|whose|that|so|then|yet|if|"
    r"its|his|her|their|our|this|these|those)\s)[a-z][a-z-]+\s+){1,3})$"
)

#: ", Novak's ", ", the President's " before a title the name's actor rule read (statement.possessive_title)
_POSS_LEAD_RX: Final = re.compile(
    # ", his spokesman Stephane Dujarric said": a possessive pronoun for whose spokesman he is
    r"(?:,|[,.!?][”\"’])\s*((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s?)?\s+|(?:his|her|its|their)\s+)$"
)

#: after a parenthetical "X said": a comma (a place or day before it), then the rest of what was said
_PAREN_AFTER_RX: Final = re.compile(r"(?:\s+(?:on|in|at)\s+[^,“”\"]{1,30}?)?\s*,\s*(?:[“\"]\s*)?(?=[\w“\"])")

#: statement.issued_which: "released a note this Saturday (19) which says", "issued a statement, which said"
_ISSUED_WHICH_LEFT_RX: Final = re.compile(
    _ISSUED_DOCUMENT_RE + r"(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+\(\d{1,2}\))?)?,?\s+(?:which|that)\s+$"
)

#: an opposition camp opening the clause before a cue: "The opposition ", "Opposition parties in Belgrade, meanwhile, ",
#: ", while the main opposition " (statement.opposition; the member noun is checked against ``speaker_group_noun``)
_OPPOSITION_RX: Final = re.compile(
    r"(?P<lead>^(?:(?:[A-Z][\w-]*|In|On|At)[^,;“”\"]{0,50},\s*)?|[,;]\s+(?:while\s+|and\s+|but\s+|whereas\s+)?|"
    r"\s(?:while|whereas|but)\s+)"
    r"(?P<np>(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]*|main|largest|parliamentary)\s+)?[Oo]pposition"
    r"(?:\s+(?!(?:has|have|had|also|meanwhile)\b)(?P<member>[A-Za-z]+))?"
    r"(?:\s+(?:in|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)"
    r"(?:\s*,\s*(?:meanwhile|however|in turn|for (?:its|their) part)\s*,)?"
    r"\s+(?:(?:has|have|had|also|meanwhile|quickly|swiftly|sharply|strongly|immediately)\s+)*$"
)

#: a discourse adverb set between a subject and its cue without commas ("She however denied")
_ADVERB_GAP_RX: Final = re.compile(
    r"\s+(?:however|nevertheless|nonetheless|though|meanwhile|in turn|for (?:his|her|its|their) part|too)\s+$"
)

#: ", in a meeting with “" right before a name: the name is an aside's party, not a clause's subject
#: (statement.meeting_aside_subject)
_MEETING_WITH_ASIDE_RX: Final = re.compile(
    r",\s+(?:in|during|at)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|conversation|call|phone\s+call)\s+with\s+(?:the\s+)?[“\"]?$"
)

#: " while meeting with Y on Tuesday in Tehran " between a subject and its cue, no comma nor stop in it
#: (statement.while_aside)
_WHILE_ASIDE_LEFT_RX: Final = re.compile(
    rf" (?:while|when|after|upon|during) (?:{ASIDE_GERUNDS})\b[^,.;:“”\"]{{1,160}}\s$"
    # statement.speech_aside: "X in his weekly press conference with the media, which was held virtually,
    # congratulated ...": the occasion (and a relative clause of its own) between the subject and its cue
    rf"| in (?:his|her|an?) (?:[a-z-]+ ){{0,3}}?(?:{SPEECH_OCCASIONS})\b[^,.;:“”\"]{{0,80}}"
    r"(?:, which [^,.;:“”\"]{1,80},)?\s$"
)


def _while_aside(
    doc: Doc, cue_start: int, span: Span, mentions: list[Mention], mstate: MeetingState, subj: Mention | None
) -> tuple[list[int], Mention] | None:
    """statement.while_aside: "X while meeting with Y on Tuesday in Tehran said that ...", "X in his weekly press
    conference, which was held virtually, congratulated ...": the subject before an aside with no comma of its own
    before the cue (the speaker's keys and mention), when the clause's subject found so far is none or stands
    inside the aside."""
    text = doc.text
    lo = cue_start - 200 if cue_start - 200 > span.start else span.start
    if (
        text.find("ing ", lo, cue_start) < 0
        and text.find(" in h", lo, cue_start) < 0
        and text.find(" in a", lo, cue_start) < 0
    ):
        return None  # every match holds a gerund or " in his" / " in her" / " in a"
    wm = _WHILE_ASIDE_LEFT_RX.search(text, lo, cue_start)
    if wm is None or (subj is not None and subj.start <= wm.start()):
        return None
    wkeys, wsubj = subject_before(doc, wm.start(), mentions, mstate)
    if wsubj is None or wsubj.end != wm.start() or not wkeys:
        return None
    doc.fire("statement.while_aside", wm.start(), wm.end(), wm.group(0).strip())
    return wkeys, wsubj


#: the words a match of _ADVERB_GAP_RX ends on, before its spaces
_ADVERB_GAP_ENDS: Final = ("however", "nevertheless", "nonetheless", "though", "meanwhile", "turn", "part", "too")


def _adverb_gap(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_ADVERB_GAP_RX.search(text, lo, end)``, run only when the window ends in spaces after one of its words."""
    if end <= lo or not text[end - 1].isspace() or not text[lo:end].rstrip().endswith(_ADVERB_GAP_ENDS):
        return None
    return _ADVERB_GAP_RX.search(text, lo, end)


#: ", the Prime ", ", DFA spokesperson Ma. " before a speaker's name: capitalised words and lower-case ones (checked
#: against the role words), four at most (statement.fronted_name_lead)
_NAME_LEAD_RX: Final = re.compile(
    r"(?:,|[,.!?][”\"’])\s*((?:(?:[Tt]he|an?)\s+)?(?:(?:[A-Z][\w.'’-]*|[a-z][a-z-]+)\s+){1,4})$"
)

_RELATIVE_LEFT_RX: Final = re.compile(r"\b(?:which|whom)\s+$")

_WHAT_LEFT_RX: Final = re.compile(r"\bwhat\s+$")

#: " (NCP) " between a name and its cue (statement.party_paren)
_PARTY_LEFT_RX: Final = re.compile(r"\s+\([A-Z][A-Za-z.-]{1,8}\)\s+(?:also\s+|further\s+|later\s+)?$")
#: an adverb between the initials' bracket and the cue ("(IRGC) also condemned")
_PAREN_ADVERBS: Final = (") also ", ") further ", ") later ")

_RELATIVE_AFTER_RX: Final = re.compile(r"\s+(?:was|were|is|are|would|will|had|has|could|might)\b")

_RELATIVE_PRESENT_RX: Final = re.compile(r"\s+[a-z]{3,}s\b")

#: cues whose content a relative "which" before the subject leaves standing ("the deal, which he said was historic",
#: "the vote, which he described as a sham")
_RELATIVE_KEEPS: Final = frozenset(
    {"say", "tell", "add", "note", "state", "describe", "call", "term", "label", "brand", "dub"}
)

#: ", at its weekly session in Riyadh on Tuesday, ", ", meanwhile, ", ", whose party controls Y, " right before a
#: cue: an aside between the subject and its verb (statement.aside_subject)
_ASIDE_LEFT_RX: Final = re.compile(
    r",\s+(?:whose|at|in|on|during|after|meanwhile|however|though|too|for (?:his|her|its|their) part|in turn|"
    r"nevertheless|instead|likewise|also|separately|the|an?)\b[^,;:“”\"]{0,90},\s+$"
)

#: " — in his upcoming book The Anger Management — " right before a cue (statement.aside_subject)
_DASH_ASIDE_LEFT_RX: Final = re.compile(r"\s[—–]\s+[^;“”\"—–\n]{1,120}?\s[—–]\s+$")

#: what may close a sentence after an inverted cue's speaker: its stop and closing quotes or brackets
_SENTENCE_TAIL_RX: Final = re.compile(r"\s*[.!?]?[”\"’)]*\s*")

#: "A spokesman for the Chinese Foreign Ministry " right before a cue (statement.spokesperson_of_body)
#: " a spokesman for the " between an inverted cue and a body (statement.inverted_spokesperson)
_INVERTED_SPOKES_RX: Final = re.compile(
    r"\s+(?:an?|the)\s+(?:(?:senior|chief|deputy)\s+)?(?P<head>spokes(?:man|woman|person))\s+(?:for|of)\s+(?:the\s+)?"
)

_SPOKES_FOR_LEFT_RX: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}"
    + _CUE_LEFT_GAP
    + "$"
)
