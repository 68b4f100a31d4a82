"""The events package's data files (``data/``), read once per process."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import attrs

_DATA = resources.files("newsfacts.events") / "data"


def tsv_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file; ``#`` lines and blank lines are comments."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@attrs.frozen
class NameRules:
    """How person names are normalized (``names.tsv``)."""

    variants: dict[str, str]
    titles: frozenset[str]
    particles: frozenset[str]
    chars: dict[str, str]
    family_first: frozenset[str]


@functools.cache
def name_rules() -> NameRules:
    by_kind: dict[str, list[list[str]]] = {}
    for row in tsv_rows("names.tsv"):
        by_kind.setdefault(row[0], []).append(row[1:])
    return NameRules(
        variants={r[0]: r[1] for r in by_kind.get("variant", [])},
        titles=frozenset(r[0] for r in by_kind.get("title", [])),
        particles=frozenset(r[0] for r in by_kind.get("particle", [])),
        chars={r[0]: r[1] for r in by_kind.get("char", [])},
        family_first=frozenset(r[0] for r in by_kind.get("family_first", [])),
    )


@functools.cache
def organizations() -> dict[str, tuple[str, str | None]]:
    """Normalized alias → (stable id, ISO alpha-3 country or ``None``)."""
    return {r[0]: (r[1], (r[2] if len(r) > 2 and r[2] else None)) for r in tsv_rows("organizations.tsv")}


@functools.cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list (``government.txt``, ``stopwords.txt``)."""
    return frozenset(r[0].strip() for r in tsv_rows(name))


@functools.cache
def officials_document() -> dict[str, Any]:
    """``officials.json`` as read: ``{"version": …, "officials": […]}``."""
    doc: dict[str, Any] = json.loads((_DATA / "officials.json").read_text(encoding="utf-8"))
    return doc
