"""Whether two outlets' versions of a statement say the same thing: shared content words."""

from __future__ import annotations

import re

from newsfacts.events import names
from newsfacts.events.tables import words

_DOTS = re.compile(r"(?<=\w)\.(?=\w)|(?<=\w)\.(?=\s|$)")

#: Overlap coefficient (shared words / words of the shorter version) two versions need.
THRESHOLD = 0.5


def content_words(text: str) -> frozenset[str]:
    """Folded words minus stop words; dots inside abbreviations go ("U.S." → "us")."""
    stop = words("stopwords.txt")
    return frozenset(w for w in names.words(_DOTS.sub("", text)) if w not in stop and len(w) > 1)


def similar(a: frozenset[str], b: frozenset[str], threshold: float = THRESHOLD) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= threshold
