"""Pronouns ("he", "she", "they") and groups ("the two sides", "both ministers"): the three literal-led
scans that find them."""

from __future__ import annotations

import re
from typing import Final

#: the group words after "the " (a ``_PRONOUN_HE`` match of group "the")
_THE_GROUPS: Final = (
    # coref.group: "the two countries' top diplomats stressed ...": the persons, not the countries
    r"(?:two countries['’] (?:top |senior |foreign )?(?:diplomats|ministers|officials|leaders|presidents|envoys)|"
    r"(?:two|three|four|five) (?:sides|parties|(?:top |senior |foreign |defense |)"
    r"(?:diplomats|ministers|officials|leaders|presidents|envoys|men|countries|delegations|negotiators)|"
    # coref.group: "the two heads of state recently met in Dubai", "The two Heads of State were expected to ..."
    r"(?:[Hh]eads of (?:[Ss]tate|[Gg]overnment)|prime ministers))|"
    # coref.group: "The interlocutors underlined ...", "the collocutors": the parties of the talk just told
    r"sides|interlocutors|collocutors|(?:two )?(?:officials|diplomats|ministers) of the two countries|"
    # coref.group: "The officials vowed to resist ...", "the ministers also discussed ...": the parties just told
    # (not "the ministers of A and B", whom their states name)
    r"(?:officials|diplomats|ministers)(?! of\b)|"
    # "the heads of state discussed ...": the leaders just told, not "the heads of state of the CIS"
    r"heads of state(?! of\b| and\b))"
)
# A pronoun (the matches of r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b") or a group ("the two sides", "both
# sides", "the officials of the two countries"), as found by three scans that each open with a literal
# (the regex engine's fast literal search; a class of first letters, [HhSsTtBb], made it try a quarter
# of all positions): "he" (lower-case "he", "she", "they", "the ..."), "He", and "oth " ("both ...").
# Lookbehinds check the word start (no word character before the first letter) and the letters before
# the literal; each named group says how far before the literal its match starts (``_PRONOUN_OFFSET``).
# "they" and "the ..." share the lookbehind that reads their "t" (read once per "he" of a "the", "then" or
# "other", the most common, not once per alternative).
# No two matches of the three overlap: together, in text order, they are the one scan's matches of
# r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:...)|[Bb]oth (?:sides|countries))\b".
_PRONOUN_HE: Final = re.compile(
    rf"he(?:(?P<he>(?<!\w..))|(?<=(?<!\w)[Tt]he)(?:(?P<they>y)|(?P<the> {_THE_GROUPS}))|(?P<she>(?<=(?<!\w)[Ss]he)))\b"
)
# ``_PRONOUN_HE`` as scanned (``_pronoun_he_matches``): the "the" groups first and with no lookbehind, "they" read
# after its "y", and one lookbehind (no "T" or "t" before the "h") before the "he" and "she" ones. Each lookbehind
# costs the regex engine a jump of its own: a "the" before no group word (most "he" of a text) was turned down by
# four lookbehinds, here by one. A "the" group's "T" or "t" and word start are read in Python, and where they fail
# the position is ``_PRONOUN_HE``'s to match ("he two sides" is the pronoun)
_PRONOUN_HE_SCAN: Final = re.compile(
    rf"he(?:(?P<the> {_THE_GROUPS})|(?P<they>y)(?<=(?<!\w)[Tt]hey)"
    r"|(?<![Tt]..)(?:(?P<he>(?<!\w..))|(?P<she>(?<=(?<!\w)[Ss]he))))\b"
)
_WORD_CHAR: Final = re.compile(r"\w")


def _pronoun_he_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_PRONOUN_HE.finditer(text, start, end)``, found by ``_PRONOUN_HE_SCAN``: wherever the one matches, the
    scan matches too, and the same unless the scan's match is a "the" group after no "T" or "t" that opens a word;
    there ``_PRONOUN_HE`` itself is asked."""
    out: list[re.Match[str]] = []
    pos = start
    while (m := _PRONOUN_HE_SCAN.search(text, pos, end)) is not None:
        at = m.start()
        if m.lastgroup == "the" and not (
            text[at - 1 : at] in ("T", "t") and (at < 2 or _WORD_CHAR.match(text, at - 2) is None)
        ):
            found = _PRONOUN_HE.match(text, at, end)
            if found is None:
                pos = at + 1
                continue
            m = found
        out.append(m)
        pos = m.end()
    return out


_PRONOUN_CAPITAL_HE: Final = re.compile(r"He(?<!\w..)\b")
#: coref.group: "both sides", "both countries", and "Both ministers voiced ..." (the persons of the talk told, or the
#: two just named: coref.the_two)
_GROUP_BOTH: Final = re.compile(
    r"oth (?<=(?<!\w)[Bb]oth )(?:sides|countries|(?:top |senior |foreign )?"
    r"(?:ministers|leaders|presidents|diplomats|officials|envoys))\b"
)
_PRONOUN_OFFSET: Final = {"he": 0, "she": 1, "they": 1, "the": 1}
_WORD_RUN: Final = re.compile(r"\w+")


def _pronouns_and_groups(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The pronouns and groups in ``text[start:end]``, in text order: (start, end, is a group)."""
    if start > 0 and (w := _WORD_RUN.match(text, start - 1, end)) is not None:
        # a word that runs on into the stretch starts none: each scan starts after it (its literal may lie
        # inside it, past ``start``)
        start = w.end()
    found = [
        (m.start() - _PRONOUN_OFFSET[m.lastgroup or ""], m.end(), m.lastgroup == "the")
        for m in _pronoun_he_matches(text, start, end)
    ]
    found += [(m.start(), m.end(), False) for m in _PRONOUN_CAPITAL_HE.finditer(text, start, end)]
    found += [(m.start() - 1, m.end(), True) for m in _GROUP_BOTH.finditer(text, start, end)]
    found.sort()
    return found
