"""Coordinated cues: the ", and" or "; " that joins a cue to the one before it (statement.coordinated), a
second verb that goes on with the reported clause instead (statement.reported_clause,
present_in_past_report), and a content cut where the next coordinated or participle cue starts."""

from __future__ import annotations

import re
import string
from typing import Final, cast

from newsfacts.lexicon import Cue
from newsfacts.rules.doc import Doc, Hit, Mention
from newsfacts.rules.doc import span as span_of
from newsfacts.rules.statements.drafts import StatementDraft
from newsfacts.rules.statements.patterns import _ACCOUNT_RULES, _PARTICIPLE_RULES
from newsfacts.rules.statements.quotemarks import _strip_content

_COORD_LEFT: Final = re.compile(
    # a class of first characters opens the pattern (the regex engine skips to its candidates at once); the
    # lookbehinds say which it was: ", and", "; ", " and " (one space or more), as the plain alternation did
    # (statement.as_well_as: "said that A as well as expressed B": a second cue of the subject)
    r"[,;\s](?:(?<=,)\s*(?:and\s+|while\s+|but\s+)?|(?<=;)\s*|(?<=\s)\s*(?:and\s+while|and|while|but|as\s+well\s+as)\s+)"
    r"(?:also\s+|further\s+|then\s+|"
    r"finally\s+|once again\s+|again\s+|in turn\s+|has\s+|have\s+|had\s+|[a-z]{3,}ly\s+)*$"
)

#: the last words a match of _COORD_LEFT can end on (before its trailing spaces), besides "...ly" adverbs
_COORD_LAST_WORDS: Final = frozenset(
    {"and", "while", "but", "also", "further", "then", "finally", "again", "turn", "has", "have", "had", "as"}
)


def _coord_left(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_COORD_LEFT.search(text, lo, end)``, the regex run only when the window's last non-space character could
    end a match: a comma, a semicolon, or a word of _COORD_LAST_WORDS or a "...ly" adverb (the scan tries every
    position of the window; most windows end on a name or a noun)."""
    # the window up to its last non-space character, and its last run of a-z letters: strips in C, not a loop per
    # character (``lo`` is never negative)
    window = text[lo:end].rstrip()
    if not window:
        return None
    c = window[-1]
    if c != "," and c != ";":
        word = window[len(window.rstrip(string.ascii_lowercase)) :]
        if word not in _COORD_LAST_WORDS and not (len(word) >= 5 and word.endswith("ly")):
            return None  # (no lower-case word: nothing the pattern ends on)
    return _COORD_LEFT.search(text, lo, end)


def _coord_left_memo(doc: Doc, lo: int, end: int) -> re.Match[str] | None:
    """``_coord_left(doc.text, lo, end)``, remembered per window for the article: a coordinated cue's window is read
    by _finite, then again by _trim_coordinated (the same one when the content starts before it)."""
    key = ("statements.coord_left", lo, end)
    if key in doc.memo:
        # (no isinstance test on re.Match: the compiled build's check of that class differs from CPython's)
        return cast("re.Match[str] | None", doc.memo[key])
    found = doc.memo[key] = _coord_left(doc.text, lo, end)
    return found


#: a past-tense cue word opening a listed clause ("..., voiced support for B and ...": statement.listed_cue)
_LISTED_CUE_RX: Final = re.compile(r"[a-z]+ed\b")


def _in_reported_clause(doc: Doc, prev: list[StatementDraft], h: Hit, cue: Cue, mentions: list[Mention]) -> bool:
    """statement.reported_clause: "Ruiz said Peru wanted ties and supported a solution": the second
    verb continues the reported clause (its subject is Peru), it is no statement of the speaker's."""
    if cue.base not in doc.lexicon.clause_verbs:
        return False
    fronting_verbs = doc.lexicon.fronting_verbs
    for p in prev:
        cs = p.content_span.start
        if p.base not in fronting_verbs or not cs <= h.start < p.content_span.end:
            continue
        first = next((m for m in mentions if m.lo >= cs), None)
        if (
            first is not None
            and first.lo == cs
            # a state or body as the reported clause's subject, told without "that" ("said Peru wanted ...")
            and first.kind in ("country", "place", "organization", "body")
            and "that" not in doc.text[p.cue_start : cs].split()
            and _CLAUSE_VERB_AFTER_RX.match(doc.text, first.hi) is not None
        ):
            return True
    return False


def _present_in_past_report(doc: Doc, prev: list[StatementDraft], h: Hit, cue: Cue) -> bool:
    """statement.present_in_past_report: "X said the government values Y and hopes Z", "the ministry said that
    Oslo holds A responsible and demands B": a present-tense verb joined inside what a past-tense cue reports
    has the reported clause's subject, not the speaker, whose own next verb would be past ("and urged")."""
    if cue.form != "finite":
        return False
    word = h.text.split(" ", 1)[0].lower()
    if not word.endswith("s") or word.endswith(("ss", "us")):
        return False
    for p in prev:
        if not p.content_span.start <= h.start < p.content_span.end or p.direct:
            continue
        if p.base not in doc.lexicon.fronting_verbs:
            continue  # "thanked X and says Y": an object, no reported clause, before the second verb
        verbs = [w for w in p.cue.lower().split() if (c := doc.lexicon.cues.get(w)) is not None and c.form == "finite"]
        if verbs and not verbs[0].endswith("s"):
            doc.fire("statement.present_in_past_report", h.start, h.end, h.text)
            return True
    return False


def _trim_coordinated(doc: Doc, out: list[StatementDraft]) -> None:
    """A statement's content stops where the next coordinated or participle cue starts."""
    text = doc.text
    for i, st in enumerate(out):
        for nxt in out[i + 1 :]:
            if nxt.cue_start <= st.content_span.start or nxt.cue_start >= st.content_span.end:
                continue
            if nxt.rules[0] == "statement.with_person":
                # "X denied any role, with its spokesman Y claiming ...": X's content stops before "with"
                cut = text.rfind(", with ", st.content_span.start, nxt.cue_start)
                if cut > st.content_span.start:
                    s, e, direct = _strip_content(text, st.content_span.start, cut)
                    st.content_span = span_of(s, e)
                    st.content = text[s:e]
                    st.direct = direct
                break
            if nxt.rules[0] in _JOINED_RULES:
                if (
                    st.rules[0] in _ACCOUNT_RULES
                    and st.cue_start < st.content_span.start
                    and not set(nxt.speakers) & set(st.speakers)
                ):
                    # statement.account_whole: "According to the ministry, A welcomed X and urged Y": the
                    # account holds all A did; A's own cues are statements of their own
                    if "statement.account_whole" not in st.rules:
                        st.rules.append("statement.account_whole")
                    continue
                m = _coord_left_memo(
                    doc,
                    nxt.cue_start - 30 if nxt.cue_start - 30 > st.content_span.start else st.content_span.start,
                    nxt.cue_start,
                )
                cut = m.start() if m else nxt.cue_start
                s, e, direct = _strip_content(text, st.content_span.start, cut)
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                break
            if (
                nxt.rules[0] == "statement.finite"
                and nxt.speakers == st.speakers
                and text.startswith(", ", nxt.cue_start - 2)
                and _LISTED_CUE_RX.match(text, nxt.cue_start) is not None
            ):
                # statement.listed_cue: "expressed concern over A, voiced support for B and stressed C": a cue
                # of the same speaker listed after a comma ends the content before it
                s, e, direct = _strip_content(text, st.content_span.start, nxt.cue_start - 2)
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                if "statement.listed_cue" not in st.rules:
                    st.rules.append("statement.listed_cue")
                break
            if (
                nxt.rules[0] in ("statement.finite", "statement.opposition")
                and not set(nxt.speakers) & set(st.speakers)
                and (
                    cm := _CLAUSE_BREAK_RX.search(
                        text,
                        nxt.cue_start - 70 if nxt.cue_start - 70 > st.content_span.start else st.content_span.start,
                        nxt.cue_start,
                    )
                )
                is not None
            ):
                # statement.clause_break: "X stressed A, while Y called for B": the other speaker's clause
                # ends X's content
                s, e, direct = _strip_content(text, st.content_span.start, cm.start())
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                if "statement.clause_break" not in st.rules:
                    st.rules.append("statement.clause_break")
                break
            if (
                st.rules[0] in _PARTICIPLE_RULES
                and nxt.rules[0] == "statement.finite"
                and nxt.speakers == st.speakers
                and (c := text.rfind(", ", st.content_span.start, nxt.cue_start)) > st.content_span.start
                and _CLAUSE_SUBJECT_AFTER_COMMA_RX.fullmatch(text, c + 2, nxt.cue_start) is not None
            ):
                # statement.participle_before_clause: "... and while emphasizing A, he praised B": the clause the
                # participle went before ends its content
                s, e, direct = _strip_content(text, st.content_span.start, c)
                st.content_span = span_of(s, e)
                st.content = text[s:e]
                st.direct = direct
                if "statement.participle_before_clause" not in st.rules:
                    st.rules.append("statement.participle_before_clause")
                break
            if nxt.rules[0] in _FRONTED_RULES and nxt.content_span.end <= nxt.cue_start:
                # "X pledged support for Kyiv, the EU said": the content stops at the attribution
                cut = doc.text.rfind(",", st.content_span.start, nxt.cue_start)
                if cut > st.content_span.start:
                    s, e, direct = _strip_content(text, st.content_span.start, cut)
                    st.content_span = span_of(s, e)
                    st.content = text[s:e]
                    st.direct = direct
                break


#: nothing but "and" (and an adverb) between two cues of one speaker: they share the object after the second
_SHARED_OBJECT_GAP_RX: Final = re.compile(r"\s+and\s+(?:[a-z]{3,}ly\s+)?")


def _merge_shared_object(doc: Doc, out: list[StatementDraft]) -> list[StatementDraft]:
    """statement.shared_object: "Pakistan strongly condemned and rejected the remarks": two cues joined by "and"
    with one object are one statement, its cue both verbs (the first one's content would be empty)."""
    text = doc.text
    merged: list[StatementDraft] = []
    for st in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and st.rules[0] == "statement.coordinated"
            and st.speakers == prev.speakers
            and st.cue_start > prev.cue_start
            and _SHARED_OBJECT_GAP_RX.fullmatch(text, prev.cue_start + len(prev.cue), st.cue_start) is not None
        ):
            prev.cue = text[prev.cue_start : st.cue_start + len(st.cue)]
            prev.content, prev.content_span, prev.direct = st.content, st.content_span, st.direct
            prev.target = st.target if st.target is not None else prev.target
            prev.evidence = span_of(
                min(prev.evidence.start, st.evidence.start), max(prev.evidence.end, st.evidence.end)
            )
            prev.rules.append("statement.shared_object")
            doc.fire("statement.shared_object", prev.cue_start, st.content_span.end, prev.cue)
            continue
        merged.append(st)
    return merged


#: ", while Vidal ", "; Peru's minister " before another speaker's cue: the break between two clauses
_CLAUSE_BREAK_RX: Final = re.compile(
    r"(?:,\s*(?:while|whereas|but)|;)\s+(?:[\w'’.-]+\s+){1,6}?(?:(?:also|in turn|for (?:his|her|its|their) part|"
    r"[a-z]{3,}ly),?\s+)?$"
)

#: a clause's subject and its adverb after a comma, up to its cue: "he ", "the minister also ", "Zarif "
#: (statement.participle_before_clause)
_CLAUSE_SUBJECT_AFTER_COMMA_RX: Final = re.compile(
    r"(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:also\s+|further\s+)?"
)

#: verbs that are cues but just as often a reported clause's own predicate ("... and supported ...")
_CLAUSE_VERB_AFTER_RX: Final = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|was|were|is|are|had|has|have|would|will|could|should|must|can|remains?|"
    r"wants?|supports?|opposes?|hopes?|seeks?)\b"
)

#: rules whose cue continues the clause before it: the content before stops at their cue
_JOINED_RULES: Final = frozenset(
    {
        "statement.participle_and",
        "statement.coordinated",
        "statement.participle",
        "statement.participle_inner",
        "statement.participle_after_quote",
        "statement.participle_nested",
        "statement.participle_caller",
    }
)

#: rules whose cue stands after what it reports
_FRONTED_RULES: Final = frozenset({"statement.fronted_quote", "statement.trailing_source"})
