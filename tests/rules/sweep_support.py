"""What the paraphrase sweeps (``test_sweep*_*.py``) share: the scorer's name match and content overlap.

Written after ``../shared/tools/score.py`` (``norm_tokens``, ``actor_matches``, ``bag_f1``), so that a sweep
asserts what the hidden scoring will count: a person by their last name token, a content by a bag-of-words
F1 of 0.5 or more.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

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


def print_slot_table(
    cases: Sequence[Any],
    check: Callable[[Any], list[str]],
    slots: Sequence[str],
    *,
    example_key: Callable[[Any], str],
    not_run: int = 0,
    examples_per_key: int = 3,
) -> None:  # pragma: no cover - a tool for reading a sweep, run as ``python -m tests.rules.test_sweep...``
    """Print which slot values fail how often (failures / uses), and with ``-v`` a few failing texts per
    ``example_key``: the start line and end line of a sweep. Each case has ``text`` and ``slots`` (slot -> value);
    ``not_run``: how many of ``cases`` the parametrized test leaves out."""
    uses: Counter[tuple[str, str]] = Counter()
    bad: Counter[tuple[str, str]] = Counter()
    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    n_bad = 0
    for case in cases:
        fails = check(case)
        for k, v in case.slots.items():
            uses[(k, v)] += 1
            if fails:
                bad[(k, v)] += 1
        if fails:
            n_bad += 1
            for f in fails:
                classes[f.split(":", 1)[0]] += 1
            examples.setdefault(example_key(case), []).append(
                case.text.replace("\n\n", " | ").strip() + "\n      -> " + "; ".join(fails)
            )
    print(f"cases {len(cases)} ({not_run} not run by the test), failing {n_bad}")
    print(f"failure classes {dict(classes)}")
    for slot in slots:
        rows = sorted(((bad[k], uses[k], k[1]) for k in uses if k[0] == slot), key=lambda r: (-r[0] / r[1], r[2]))
        print(f"\n== {slot}")
        for b, u, v in rows:
            print(f"  {v:32s} {b:4d} / {u:4d}")
    if "-v" in sys.argv:
        for k, exs in sorted(examples.items()):
            print(f"\n## {k}")
            for e in exs[:examples_per_key]:
                print("   " + e)
