"""The HTML parser on the shared corpus of real news pages (skipped when it is not here).

Floors are pinned just under what the parser reaches, so a regression fails loudly; the
scoring is score_html's (bag-of-words F1 of the body, headline words, date).
"""

from __future__ import annotations

import collections
import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("trafilatura", reason="needs the html extra")

from newsfacts.io.html import parse_html

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "html"
BODY_F1_FLOOR = 0.975
TITLE_FLOOR = 0.96
DATE_FLOOR = 0.96


def _words(s: str | None) -> list[str]:
    return re.findall(r"\w+", (s or "").casefold())


def _f1(gold: str, pred: str) -> float:
    g, p = collections.Counter(_words(gold)), collections.Counter(_words(pred))
    tp = sum((g & p).values())
    return 0.0 if not tp else 2 * tp / (sum(g.values()) + sum(p.values()))


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not (CORPUS / "expected.jsonl").exists():
        pytest.skip("the shared HTML corpus is not here")
    expected = [json.loads(line) for line in (CORPUS / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    body = title = date = 0.0
    for e in expected:
        page: Any = parse_html(gzip.decompress((CORPUS / e["file"]).read_bytes()), plugins=False)
        body += _f1("\n".join(e["paragraphs"]), "\n".join(page.paragraphs))
        title += _words(e["title"]) == _words(page.title)
        date += str(page.published) == e["published"]
    n = len(expected)
    return {"body": body / n, "title": title / n, "date": date / n}


def test_body_f1(scores: dict[str, float]) -> None:
    assert scores["body"] >= BODY_F1_FLOOR, scores


def test_exact_headline(scores: dict[str, float]) -> None:
    assert scores["title"] >= TITLE_FLOOR, scores


def test_publication_date(scores: dict[str, float]) -> None:
    assert scores["date"] >= DATE_FLOOR, scores
