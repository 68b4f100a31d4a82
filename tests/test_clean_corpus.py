"""Cleaning on the shared dev corpus (``../shared/corpus/dev.gold.jsonl``), when it is there.

Floors, pinned at what general rules reach today (38/38 titles, 76/76 boilerplate lines on
seeds + dev): boilerplate removal and title accuracy must not fall below them, and no gold
statement's content may be cut out of the body.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsfacts.clean import clean_article
from newsfacts.pipeline import detect_outlet
from newsfacts.plugins import get_plugin_manager

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = ("seeds.gold.jsonl", "dev.gold.jsonl")
TITLE_FLOOR = 0.95
BOILERPLATE_FLOOR = 0.95


def _rows() -> list[dict[str, Any]]:
    if not (CORPUS / "dev.gold.jsonl").exists():
        pytest.skip("the shared corpus is not here")
    return [
        json.loads(line) for name in FILES for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line
    ]


def _clean(row: dict[str, Any]) -> tuple[str | None, str]:
    pm = get_plugin_manager()
    text = row["text"]
    match = detect_outlet(pm, row.get("url"), text)
    cleaned = clean_article(text, match.outlet if match else None, pm.hook)
    return (cleaned.title.slice(text) if cleaned.title else None), cleaned.body_text(text)


def test_titles_and_boilerplate_above_floors() -> None:
    rows = _rows()
    titles = removed = total = 0
    for row in rows:
        title, body = _clean(row)
        titles += title == row["gold"]["title"]
        lines = row["gold"]["boilerplate"]
        total += len(lines)
        removed += sum(line.strip() not in body for line in lines)
    assert titles / len(rows) >= TITLE_FLOOR, f"titles {titles}/{len(rows)}"
    assert removed / total >= BOILERPLATE_FLOOR, f"boilerplate {removed}/{total}"


def test_no_statement_is_cut_from_the_body() -> None:
    for row in _rows():
        _, body = _clean(row)
        lost = [s["content"] for s in row["gold"]["statements"] if s["content"] not in body]
        assert not lost, (row["id"], lost)
