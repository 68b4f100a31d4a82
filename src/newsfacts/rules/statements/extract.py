"""The statement driver: ``extract_statements`` tries the rules on one sentence in their order, with the
checks only it makes (heading lines, present-tense plurals, a country's cue inside another's content)."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.meetings import MeetingState, subject_before
from newsfacts.rules.statements.according import _according_to, _citing_source
from newsfacts.rules.statements.content import _after_time, _sentence_end
from newsfacts.rules.statements.coordinated import _merge_shared_object, _trim_coordinated
from newsfacts.rules.statements.drafts import StatementDraft, StatementState, _all_of_kind
from newsfacts.rules.statements.finite import _finite
from newsfacts.rules.statements.kinds import _set_kind
from newsfacts.rules.statements.participles import _participle
from newsfacts.rules.statements.patterns import _PLURAL_GAP_RX, _REPORTING_RULES
from newsfacts.rules.statements.possessives import may_hold, possessive_statements
from newsfacts.rules.statements.quotemarks import _first_quote, _inside_quotes
from newsfacts.rules.statements.quotes import (
    _continued_quote_closes,
    _quote_opens_at,
    _quote_paragraph,
    _quoted_cue,
    _quoted_party,
)
from newsfacts.rules.statements.stated_by import STATED_BY_OPENERS, stated_by
from newsfacts.rules.statements.trailing import _trailing_source

#: a sentence with more cues or mentions than this is no natural sentence (see extract_statements)
MAX_CUES: Final = 40

MAX_MENTIONS: Final = 120


def extract_statements(doc: Doc, sent: int, mstate: MeetingState, sstate: StatementState) -> list[StatementDraft]:
    """Apply the statement rules to one sentence."""
    span = doc.sentences[sent]
    text = doc.text
    if sstate.quote_skip > span.start:
        return []  # the next sentences of a quote paragraph read whole (statement.quote_paragraph)
    if sstate.quote_end >= 0 and text.startswith("“", span.start):
        qp = _quote_paragraph(doc, span, sstate)
        if qp is not None:
            qp.sent = sent
            _set_kind(doc, qp)
            return [qp]
    lexicon_cues = doc.lexicon.cues
    fronting_verbs = doc.lexicon.fronting_verbs
    cues = [(h, low, cue) for h, low in doc.sentence_words_lower(sent) if (cue := lexicon_cues.get(low)) is not None]
    citing = text.find(", citing ", span.start, span.end)
    possessive = may_hold(text, span)
    if not cues and citing < 0 and not possessive:
        return []
    if (
        text[span.end - 1].isalnum()
        and cues
        and cues[0][1].split(" ", 1)[0].endswith("s")
        and _heading_line(text, span)
    ):
        doc.fire("statement.heading_line", span.start, span.end)
        return []
    mentions = doc.sentence_mentions(sent)
    if len(cues) > MAX_CUES or len(mentions) > MAX_MENTIONS:
        return []  # no natural sentence holds this many: a list or garbage, skipped to stay linear
    out: list[StatementDraft] = []
    if text.startswith(STATED_BY_OPENERS, span.start) and (sb := stated_by(doc, sent, mentions, sstate)) is not None:
        out.append(sb)
    end = -1  # where the sentence's content may run to, found when first needed
    first_quote = _first_quote(text, span)
    for h, low, cue in cues:
        if (
            cue.form == "base"
            and not text[h.start - 10 if h.start > 10 else 0 : h.start].lower().endswith("on to ")
            and not _present_plural(doc, h, span, mentions, mstate)
        ):
            continue
        if (
            h.text[0].isupper()
            and h.start > span.start
            and _NAME_WORD_LEFT_RX.search(text, h.start - 30 if h.start > 30 else 0, h.start)
        ):
            continue  # statement.name_word: "officials of the United States on the issue": a word of a name, no cue
        # the words before the cue less the white space before it (as far back as the widest window below): each
        # pattern below ends on a word of its own and white space at the cue; that word is looked for first
        left = text[h.start - 22 if h.start > 22 else 0 : h.start].rstrip() if cue.form == "finite" else ""
        if cue.form == "finite" and low[-1:] == "s" and _NOUN_CUE_AFTER_RX.match(text, h.end, span.end):
            continue  # "Central Asian states have been ...", "the demands were met": a plural noun, no cue
        if (
            cue.form == "finite"
            and low[-1:] in "dn"
            and left.endswith(_DETERMINER_ENDS)
            and _DETERMINER_LEFT_RX.search(text, h.start - 5 if h.start > 5 else 0, h.start)
        ):
            continue  # statement.adjective_participle: "delivered a written message": an adjective, no cue
        if cue.form == "finite" and low[-1:] != "s" and " " not in low and _BY_AGENT_RX.match(text, h.end, span.end):
            continue  # statement.passive_participle: "the peninsula claimed by Chile", "the measures announced by X"
        if (
            cue.form == "finite"
            and low[-1:] == "s"
            and left.endswith(_NOUN_CUE_LEFT_ENDS)
            and _NOUN_CUE_LEFT_RX.search(text, h.start - 8 if h.start > 8 else 0, h.start)
        ):
            continue  # statement.noun_form: "in remarks to the press", "its calls for": a noun, no cue
        if (
            cue.form == "finite"
            and " " not in low
            and left.endswith(_BE_LEFT_ENDS)
            and _BE_LEFT_RX.search(text, h.start - 22 if h.start > 22 else 0, h.start)
        ):
            continue  # statement.passive_be: "the clause is written more broadly", "it was said that": no speaker
        if (
            h.start > first_quote
            and _inside_quotes(text, span.start, h.start)
            and not _quoted_cue(text, h)
            and not _quote_opens_at(text, h)
            and not _continued_quote_closes(doc, span, first_quote, h.start)
        ):
            # statement.quoted_parties: a quoted readout in which the meeting's parties speak
            inner_st = _quoted_party(doc, h, cue, low, span, mentions, mstate, out)
            if inner_st is not None:
                out.append(inner_st)
            continue
        if low == "according to":
            st = _according_to(doc, h, span, mentions, mstate, sstate, out)
            if st is not None:
                out.append(st)
            continue
        if end < 0:
            end = _sentence_end(doc, span)
        st = None
        if cue.form == "finite" and cue.base in fronting_verbs:
            st = _trailing_source(doc, h, cue, span, mentions, mstate, sstate)
        if st is not None:
            pass
        else:
            # "Muttaqi, according to a statement from X, urged ...": an attribution before the cue is an aside
            cend = end if end > h.start else span.end
            if cue.form == "participle":
                st = _participle(doc, h, cue, span, cend, mentions, mstate, sstate, out)
            else:
                st = _finite(doc, h, cue, span, cend, mentions, mstate, sstate, out)
        if st is None:
            continue
        if low == "reports" and (
            text.startswith((" to ", " from "), h.end) or all(doc.entities[k].kind == "person" for k in st.speakers)
        ):
            # statement.press_reports: "our correspondent X reports from the palace that ...", "he reports to the
            # minister": a person who reports in the present tense is the press, or answers to someone; no statement
            doc.fire("statement.press_reports", h.start, h.end, h.text)
            continue
        if cue.form == "base" and st.rules[0] == "statement.finite":
            st.rules[0] = "statement.present_plural"
        if cue.requires is not None and not (
            cue.requires.search(_after_time(text, h.end, span.end)) or cue.requires.search(st.content)
        ):
            continue
        if st.content[:3] in _OCCASION_OPENERS and _OCCASION_ONLY_RX.fullmatch(st.content) is not None:
            # statement.occasion_only: "..., International Relations and Cooperation Minister X said at a press
            # conference on Wednesday.": where and when it was said is no content
            doc.fire("statement.occasion_only", h.start, h.end, st.content)
            continue
        if h.start > first_quote and _quote_opens_at(text, h):
            if len(st.speakers) > 1 or _all_of_kind(doc, st.speakers, "country"):
                # 'the office said the leaders "confirmed ..."', 'the Russian side "drew attention to ..."': a
                # readout's account of the talks
                continue
            st.rules.append("statement.quote_opens_at_cue")
            st.direct = True  # what follows the cue is the quote's
        out.append(st)
        if (
            len(st.speakers) == 1
            and doc.entities[st.speakers[0]].kind == "person"
            # "X said Y also congratulated him. He added ...": the one reported inside another's report is not who
            # spoke last; the reporter is
            and not any(
                # (a fronted report, "..., X highlighted", is the outer one: its cue stands after the words)
                st.content_span.start > st.cue_start
                and o.cue_start < o.content_span.start <= st.cue_start < o.content_span.end
                and len(o.speakers) == 1
                and doc.entities[o.speakers[0]].kind == "person"
                for o in out[:-1]
            )
        ):
            mstate.last_speaker = (st.speakers[0], sent)
        if _all_of_kind(doc, st.speakers, "organization"):
            sstate.source = list(st.speakers)  # "the statement said", "it added" refer to it
        elif "statement" in text[h.end : h.end + 40] and _IN_STATEMENT_RX.match(text, h.end) is not None:
            # statement.person_statement_source: "X said in a statement: ... The statement blamed Y": a person's
            # written statement is the source "the statement" refers to next
            sstate.source = list(st.speakers)
            doc.fire("statement.person_statement_source", h.start, h.end, st.cue)
    if citing >= 0 and (cst := _citing_source(doc, citing, span, mentions, mstate, sstate, out)) is not None:
        out.append(cst)
        if _all_of_kind(doc, cst.speakers, "organization"):
            sstate.source = list(cst.speakers)
    if possessive:
        out += possessive_statements(doc, span, mentions, mstate, sstate)
    if len(out) > 1:  # one statement has nothing to be trimmed by or embedded in
        _trim_coordinated(doc, out)
        out = _merge_shared_object(doc, out)
        out = [st for st in out if not _embedded_country(doc, st, out, mentions)]
    for st in out:
        st.sent = sent
        if st.rules[0] in _REPORTING_RULES and any(
            o is not st and st.content_span.start <= o.cue_start < st.content_span.end for o in out
        ):
            continue  # statement.report_of_report: "X condemned Y, the ministry said" reports; it says
        _set_kind(doc, st)
    # (the anonymity pattern is anchored at the content's start: its first letter is n or a)
    kept = [
        s for s in out if s.content and s.speakers and not (s.content[0] in "nNaA" and _ANONYMITY_RX.match(s.content))
    ]
    for s in kept:
        if s.base in fronting_verbs and s.content[0] in "aAtT" and _DOCUMENT_SOURCE_RX.match(s.content):
            # statement.inverted_document: "X condemned Y, said a statement by the presidency": the words after the
            # cue name the document that reports the sentence, no content of the subject's
            doc.fire("statement.inverted_document", s.cue_start, s.content_span.end, s.content[:40])
            kept = [k for k in kept if k is not s]
            break
    if kept:
        last = kept[-1]
        if last.direct and len(last.speakers) == 1 and doc.entities[last.speakers[0]].kind == "person":
            nl = text.find("\n", last.content_span.end)
            sstate.quote_speaker, sstate.quote_cue, sstate.quote_base = last.speakers[0], last.cue, last.base
            sstate.quote_end = nl if nl >= 0 else len(text)
            sstate.quote_open = False
        else:
            sstate.quote_end = -1
    return kept


def _heading_line(text: str, span: Span) -> bool:
    """statement.heading_line: a short line of its own with no closing punctuation and a cue in the present
    tense ("Iran slams Israeli regime's crimes", "Ministry calls for calm") is a subheading inside the body,
    no one's statement; what it sums up is told in the sentences below it. (A page cut short ends on a past
    tense: "Kerry said the United" stays.)"""
    if span.start > 0 and text[span.start - 1] != "\n":
        # an indented line or a list's item ("  1. Ministry slams ...") is a line of its own too
        line_start = text.rfind("\n", 0, span.start) + 1
        if not _LINE_LEAD_RX.fullmatch(text, line_start, span.start):
            return False
    if span.end < len(text) and text[span.end] != "\n":
        line_end = text.find("\n", span.end)
        if text[span.end : len(text) if line_end < 0 else line_end].strip():
            return False
    if text[span.start] in _BULLETS and (lead := _LINE_LEAD_RX.match(text, span.start, span.end)) is not None:
        # a bulleted item of a list of other stories' headlines: a headline's words at most, after the bullet
        return text.count(" ", lead.end(), span.end) < _HEADLINE_MAX_WORDS
    return text.count(" ", span.start, span.end) < _HEADING_MAX_WORDS


#: what may open a line before a heading: indentation, a list number ("  1. "), a bullet ("- ", "• ") and a label
#: ending in a colon ("- Digest: China urges ...", a related-stories list)
_LINE_LEAD_RX: Final = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*][ \t]*(?:[^\s:]{1,12}[:：][ \t]*)?)?")


def _present_plural(doc: Doc, h: Hit, span: Span, mentions: list[Mention], mstate: MeetingState) -> bool:
    """statement.present_plural: "Diplomatic sources say ...", "Lima and Quito reject ...": a cue in its
    base form is a present-tense verb right after a plural subject (nothing but an adverb between: a
    modal or "to" makes it no statement of its own)."""
    text = doc.text
    if h.start - span.start < 4 or not text[h.start - 1].isspace():
        return False
    keys, subj = subject_before(doc, h.start, mentions, mstate)
    if subj is None or not keys or subj.kind == "pronoun" or subj.possessive:
        return False
    if not _PLURAL_GAP_RX.fullmatch(text, subj.hi, h.start):
        return False
    return subj.plural or subj.kind in ("source", "group", "cgroup") or len(keys) >= 2


def _embedded_country(doc: Doc, st: StatementDraft, out: list[StatementDraft], mentions: list[Mention]) -> bool:
    """ "..., said Wang" over "China hopes ...": a country's cue inside another's content is reported speech.

    statement.side_in_report: "The Turkish side stressed ..., the ministry said" is not: "the
    <nationality> side" is a party to talks whose words a readout reports, and keeps its statement.
    """
    if not _all_of_kind(doc, st.speakers, "country"):
        return False
    subj = next((m for m in reversed(mentions) if m.end <= st.cue_start), None)
    if subj is not None and subj.kind == "country" and subj.text.endswith(" side"):
        if "statement.side_in_report" not in st.rules:
            st.rules.append("statement.side_in_report")
        return False
    for o in out:
        if o is not st and o.content_span.start <= st.cue_start < o.content_span.end:
            if _EVENT_CLAUSE_RX.fullmatch(doc.text, o.content_span.start, st.cue_start) is not None:
                # statement.event_clause: "X expressed concern after Iran announced that ...": the country's words
                # are the event X reacts to, told by the article, not reported by X
                if "statement.event_clause" not in st.rules:
                    st.rules.append("statement.event_clause")
                return False
            return True
    return False


#: a content that opens with the event it reacts to, up to the country's cue ("after Iran announced")
_EVENT_CLAUSE_RX: Final = re.compile(
    r"(?:after|when|as|since|following|because|before|once|until)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"\s+(?:has\s+|had\s+|have\s+)?"
)

#: a capitalised word right before a capitalised cue ("the United States", "Human Rights Watch Says" inside a
#: sentence): the cue is a word of a name (statement.name_word)
_NAME_WORD_LEFT_RX: Final = re.compile(r"\b[A-Z][\w’'.-]*\s+$")

#: a subheading's words at most (statement.heading_line)
_HEADING_MAX_WORDS: Final = 10
#: a headline's words at most, in a bulleted list of other stories (statement.heading_line)
_HEADLINE_MAX_WORDS: Final = 16
#: the marks that open a list's item
_BULLETS: Final = "-•*"

#: an auxiliary right after a cue's -s form makes it a plural noun ("states have", "claims were")
_NOUN_CUE_AFTER_RX: Final = re.compile(
    r"\s+(?:have|had|are|were|will|would|could|can|should|must|might|remain|remained)\b(?!\s+(?:to|that)\b)"
)

#: " in a statement", " in a written statement" right after a cue (statement.person_statement_source)
_IN_STATEMENT_RX: Final = re.compile(r"\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?statement\b")

#: a document and its issuer as the whole of a cue's content ("said a statement by the presidency on Sunday")
_DOCUMENT_SOURCE_RX: Final = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|press release|readout|news release)\s+"
    r"(?:(?:issued|released|published)\s+)?(?:by|from)\s+[^,;:“”\"]{1,80}$",
    re.IGNORECASE,
)

_ANONYMITY_RX: Final = re.compile(r"(?:not to be (?:named|identified|quoted)|anonymity)\b", re.IGNORECASE)

#: "written", "stated" right after an article: an adjective ("a written message"; statement.adjective_participle)
_DETERMINER_LEFT_RX: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")

#: the words a match of _DETERMINER_LEFT_RX ends on, before its white space
_DETERMINER_ENDS: Final = ("a", "A", "an", "An", "the", "The")

#: a form of "be" (and an adverb) right before a participle: a passive, its subject no speaker (statement.passive_be)
#: (each word opens with its first letter, checked for a word start after it: the alternation's first letters
#: make a class the regex engine skips to, where a leading "\b" is tried at every position)
_BE_LEFT_RX: Final = re.compile(
    r"(?:i(?<!\wi)s|a(?<!\wa)re|w(?<!\ww)(?:as|ere)|b(?<!\wb)e(?:en|ing)?)\s+(?:[a-z]+ly\s+)?$"
)

#: the words a match of _BE_LEFT_RX ends on, before its white space (a form of "be", or an adverb after it)
_BE_LEFT_ENDS: Final = ("is", "are", "was", "were", "be", "been", "being", "ly")

#: " by " right after a past participle: its agent follows, a passive (statement.passive_participle); not a means
#: ("said by telephone", "told by video link", "announced by letter")
_BY_AGENT_RX: Final = re.compile(
    r"\s+by\s+(?!(?:a\s+|the\s+)?(?:(?:tele)?phone|video|letter|e-?mail|text|cable|radio|satellite|post|way|means|far)\b)"
)

#: "in ", "his ", "the " right before a cue's -s form: a plural noun ("in remarks", "her calls"; statement.noun_form)
_NOUN_CUE_LEFT_RX: Final = re.compile(
    r"\b(?:[Ii]n|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|of)\s+$"
)

#: the words a match of _NOUN_CUE_LEFT_RX ends on, before its white space (their last letters)
_NOUN_CUE_LEFT_ENDS: Final = ("in", "In", "is", "er", "ts", "ir", "he", "se", "ch", "of")

#: content that only tells where and when something was said (statement.occasion_only)
_OCCASION_ONLY_RX: Final = re.compile(
    r"(?:at|in|during|on|after|following)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:press conference|news conference|press briefing|briefing|conference|interview|meeting|session|speech|"
    r"address|statement|forum|summit|event|ceremony|talks)"
    # then only when and where: "on Wednesday, 31 January", "in Pretoria" (not "on the need for ...")
    r"(?:\s+(?:on|in|at)\s+[A-Z0-9][\w.-]*(?:,?\s+(?:[A-Z0-9][\w.-]*|of))*){0,3}[.;]?"
    # statement.occasion_only: '“...,” Sudani said following the meeting, labeling the visit “important”': a
    # participle the occasion's comma sets off is a statement of its own
    r"(?:,\s+[a-z]+ing\b.*)?"
)

_OCCASION_OPENERS: Final = frozenset({"at ", "in ", "dur", "on ", "aft", "fol"})
