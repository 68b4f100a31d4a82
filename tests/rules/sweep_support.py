"""What the paraphrase sweeps (``test_sweep*_*.py``) share: the scorer's name match and content overlap.

Written after ``../shared/tools/score.py`` (``norm_tokens``, ``actor_matches``, ``bag_f1``), so that a sweep
asserts what the hidden scoring will count: a person by their last name token, a content by a bag-of-words
F1 of 0.5 or more.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: honorifics the name match leaves out
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sheikh", "prince", "general", "h", "e"})


def name_tokens(name: str) -> list[str]:
    """A name's tokens, folded to ASCII lower case, honorifics left out (unless nothing else is left)."""
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    toks = re.findall(r"[a-z0-9]+", name)
    return [t for t in toks if t not in HONORIFICS] or toks


def name_matches(gold: str, pred: str) -> bool:
    """Do two names refer to one person, as the scorer matches them?"""
    g, p = name_tokens(gold), name_tokens(pred)
    if not g or not p:
        return False
    if g[-1] == p[-1]:
        return True
    if (len(p) == 1 and p[0] in g) or (len(g) == 1 and g[0] in p):
        return True
    return "".join(g[-2:]) == "".join(p[-2:])


def words(text: str) -> list[str]:
    """A content's words, case-folded."""
    return re.findall(r"\w+", (text or "").casefold())


def bag_f1(a: list[str], b: list[str]) -> float:
    """The F1 of two bags of words."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)
