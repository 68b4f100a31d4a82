"""A statement's kind: the lexicon's content kinds matched against its content (``_set_kind``)."""

from __future__ import annotations

import functools
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.prefilter import WordSets, foldable, required_words
from newsfacts.rules.doc import Doc
from newsfacts.rules.statements.drafts import StatementDraft, _all_of_kind
from newsfacts.rules.statements.patterns import _ACCOUNT_RULES


def _set_kind(doc: Doc, st: StatementDraft) -> None:
    if st.kind != "say":
        return
    if st.rules[0] in _ACCOUNT_RULES and not _all_of_kind(doc, st.speakers, "person"):
        return  # statement.account_kind: "X said A, according to the ministry": a body's account is `say`
    lx = doc.lexicon
    for rx, kind in lx.cue_content_kinds.get(st.base, ()):
        if rx.search(st.content):
            st.kind = kind
            st.rules.append("statement.content_kind")
            return
    content = st.content
    # the patterns are case-blind scans, slow where nothing matches: each is run only when
    # the content holds one of the words every match of it holds (a scan per word group tells for all)
    kinds = lx.content_kinds
    if foldable(content):
        lowered = content.lower()
        admitted = 0
        for words in _content_kind_words(lx):
            admitted |= words.admitted(lowered)
        # only the admitted patterns, lowest bit first (the table's order): a few of the many kinds, no loop over all
        while admitted:
            low = admitted & -admitted
            i = low.bit_length() - 1
            if i >= len(kinds):
                return
            rx, kind = kinds[i]
            if rx.search(content):
                st.kind = kind
                st.rules.append("statement.content_kind")
                return
            admitted ^= low
        return
    if lx.content_kinds_any is not None and not lx.content_kinds_any.search(content):
        return  # one pass over the content says that none of the patterns can match
    for rx, kind in kinds:
        if rx.search(content):
            st.kind = kind
            st.rules.append("statement.content_kind")
            return


#: the first characters that part the content kinds' words into scans of their own (a space; a to m), the rest
#: in a last one: each scan's regex stops only where one of its words can start and tries fewer of them there (one
#: scan of all the words tried some two dozen alternatives at nearly every character; three scans cost an eighth
#: fewer instructions, two or four more); a set's words in several scans are admitted as one set's: by any scan
_CONTENT_KIND_FIRST_LETTERS: Final = (" ", "abcdefghijklm")


@functools.lru_cache(maxsize=8)
def _content_kind_words(lx: Lexicon) -> tuple[WordSets, ...]:
    """For each of ``lx.content_kinds``: lower-case words one of which every match holds, parted by their first
    character over the scans of ``_CONTENT_KIND_FIRST_LETTERS`` (a set of no known words, admitting every content,
    in the first scan only)."""
    sets = [required_words(rx, fold=True) for rx, _kind in lx.content_kinds]
    groups = [*_CONTENT_KIND_FIRST_LETTERS, ""]  # "": the words of no group before
    scans: list[WordSets] = []
    for g in range(len(groups)):
        part: list[frozenset[str] | None] = []
        for words in sets:
            if words is None:
                part.append(None if g == 0 else frozenset())
            else:
                part.append(frozenset(w for w in words if _first_letter_group(w, groups) == g))
        scans.append(WordSets(part))
    return tuple(scans)


def _first_letter_group(word: str, groups: list[str]) -> int:
    """The first of ``groups`` that holds the first character of ``word`` (the last, "", takes any)."""
    for g, first in enumerate(groups):
        if not first or word[0] in first:
            return g
    return len(groups) - 1
