"""Gold sets in tests: reading them, checking them, and scoring newsfacts against floors.

Shared by the quality gate on the shared corpora (``test_quality.py``) and the hold-out sets
kept in the repository (``test_holdout_sets.py``). The scorer is
``../shared/tools/score.py``; where it is absent, scoring tests skip.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
SCORER = SHARED / "tools" / "score.py"


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.cache
def scorer() -> ModuleType:
    """``score.py`` as a module; skips the calling test where it is absent."""
    if not SCORER.exists():
        pytest.skip(f"{SCORER} not available")
    spec = importlib.util.spec_from_file_location("newsfacts_gold_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Run newsfacts over the gold rows' inputs and score its records against their gold."""
    import newsfacts

    pred = {}
    for article in newsfacts.extract_many({k: v for k, v in row.items() if k != "gold"} for row in rows):
        record = article.to_json()
        pred[record.get("id")] = record
    result: dict[str, Any] = scorer().score(rows, pred)
    return result


def assert_floors(result: dict[str, Any], floors: dict[str, float], label: str) -> None:
    """Each family's F1 (and ``score``, the mean) at or above its pinned floor."""
    assert result["missing"] == 0
    assert result["errors"] == 0
    for family, floor in floors.items():
        got = result["score"] if family == "score" else result[family]["f1"]
        assert got >= floor, f"{label} {family} {got} < floor {floor}"


# -- the consistency of a gold set ------------------------------------------------------------

MODALITIES = {"phone", "video", "in_person", "unknown"}
STATUSES = {"held", "planned"}
KINDS = {"say", "appeal", "intend", "approve", "disapprove", "reject", "threaten", "deny"}
ACTOR_KINDS = {"person", "organization", "country", "group"}
DATE_RE = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")


def gold_problems(row: dict[str, Any]) -> list[str]:
    """Everything wrong with one gold record; an empty list when it is consistent."""
    out: list[str] = []
    text: str = row.get("text") or ""
    g = row.get("gold") or {}
    lines = [ln.strip() for ln in text.splitlines()]
    for key in ("title", "boilerplate", "actors", "meetings", "statements"):
        if key not in g:
            out.append(f"gold has no {key!r}")
    if out:
        return out
    published = row.get("published")
    if published is not None:
        try:
            date.fromisoformat(published)
        except ValueError:
            out.append(f"published {published!r} is not YYYY-MM-DD")

    # title: a line of the text, once
    if g["title"] is not None and lines.count(g["title"]) != 1:
        out.append(f"title {g['title']!r} is not exactly one line of the text")

    # boilerplate: each one a stripped line of the text or a string glued to one; none of them
    # may occur in what remains of the text, or the scorer could never see it removed
    remaining = text
    for bp in g["boilerplate"]:
        if bp != bp.strip() or not bp:
            out.append(f"boilerplate {bp!r} is empty or not stripped")
        if bp not in lines and bp not in text:
            out.append(f"boilerplate {bp!r} not in text")
        remaining = remaining.replace(bp, "")
    if g["title"]:
        remaining = remaining.replace(g["title"], "", 1)
    for bp in g["boilerplate"]:
        if bp in remaining:
            out.append(f"boilerplate {bp!r} also occurs in the article text")

    # actors
    names = [a.get("name") for a in g["actors"]]
    if len(set(names)) != len(names):
        out.append(f"duplicate actor names {names}")
    for a in g["actors"]:
        if a.get("kind") not in ACTOR_KINDS:
            out.append(f"actor {a.get('name')!r}: bad kind {a.get('kind')!r}")
        c = a.get("country")
        if c is not None and not COUNTRY_RE.match(c):
            out.append(f"actor {a.get('name')!r}: bad country {c!r}")
        if a.get("unnamed"):
            if a.get("kind") != "person":
                out.append(f"unnamed actor {a['name']!r} is not a person")
        elif a.get("kind") == "person" and a["name"] not in text:
            out.append(f"named person {a['name']!r} not written in the text")
    known = set(names)
    used: set[str] = set()

    # meetings
    for m in g["meetings"]:
        parts = m.get("participants") or []
        if len(parts) < 2 or len(set(parts)) != len(parts):
            out.append(f"meeting {parts}: needs two or more distinct participants")
        for p in parts:
            if p not in known:
                out.append(f"meeting participant {p!r} not in actors")
            used.add(p)
        if m.get("modality") not in MODALITIES:
            out.append(f"meeting {parts}: bad modality {m.get('modality')!r}")
        if m.get("status") not in STATUSES:
            out.append(f"meeting {parts}: bad status {m.get('status')!r}")
        d = m.get("date")
        if d is not None and not DATE_RE.match(d):
            out.append(f"meeting {parts}: bad date {d!r}")
        if d is not None and d.startswith("XXXX") and published:
            out.append(f"meeting {parts}: year unknown although published is set")
        loc = m.get("location")
        if loc is not None and loc.casefold() not in text.casefold():  # "here" resolves to the dateline
            out.append(f"meeting {parts}: location {loc!r} not in text")
        if m.get("modality") == "phone" and loc is not None:
            out.append(f"meeting {parts}: a phone call has no location")

    # statements
    for s in g["statements"]:
        sp = s.get("speakers") or []
        if not sp:
            out.append(f"statement {s.get('cue')!r} has no speaker")
        for p in sp:
            if p not in known:
                out.append(f"speaker {p!r} not in actors")
            used.add(p)
        tgt = s.get("target")
        if tgt is not None:
            if tgt not in known:
                out.append(f"target {tgt!r} not in actors")
            used.add(tgt)
        if s.get("kind") not in KINDS:
            out.append(f"statement {s.get('cue')!r}: bad kind {s.get('kind')!r}")
        if not isinstance(s.get("direct"), bool):
            out.append(f"statement {s.get('cue')!r}: direct is not a bool")
        cue, content = s.get("cue") or "", s.get("content") or ""
        if not cue or cue not in text:
            out.append(f"cue {cue!r} not in text")
        if not content or content not in text:
            out.append(f"content {content[:60]!r} not in text")
        if content != content.strip() or content.endswith("."):
            out.append(f"content {content[:60]!r} has outer whitespace or a trailing period outside quotes")

    # every actor plays a part
    for n in known - used:
        out.append(f"actor {n!r} is neither participant, speaker nor target")
    return out


def assert_consistent(row: dict[str, Any]) -> None:
    """A hold-out row is internally consistent and an article of news length."""
    assert gold_problems(row) == []
    n_words = len(re.findall(r"\w+", row["text"]))
    assert 150 <= n_words <= 450, n_words
