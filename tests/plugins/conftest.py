"""Shared checks for the outlet plugins' stored fixtures (``plugins/newsfacts_plugins/fixtures``).

Each fixture is ``<name>.txt`` (an article written in the outlet's style) beside ``<name>.json``
(the input ``url`` and what cleaning must find: outlet, title, dateline, license, boilerplate).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsfacts.clean import Cleaned, clean_article
from newsfacts.pipeline import detect_outlet
from newsfacts.plugins import PluginManager, get_plugin_manager

FIXTURES = Path(__file__).resolve().parents[2] / "plugins" / "newsfacts_plugins" / "fixtures"


@attrs.frozen
class Fixture:
    name: str
    text: str
    expected: dict[str, Any]


def fixtures(outlet: str | None = None) -> list[Fixture]:
    """The stored fixtures of one outlet (``None``: of every outlet)."""
    folders = [FIXTURES / outlet] if outlet else sorted(p for p in FIXTURES.iterdir() if p.is_dir())
    return [
        Fixture(
            f"{folder.name}/{path.stem}",
            path.read_text(encoding="utf-8"),
            json.loads(path.with_suffix(".json").read_text()),
        )
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
    ]


@pytest.fixture(scope="session")
def pm() -> PluginManager:
    return get_plugin_manager()


def check_fixture(pm: PluginManager, fx: Fixture) -> Cleaned:
    """Assert that ``fx`` parses to its expected result; return the cleaning."""
    exp = fx.expected
    match = detect_outlet(pm, exp["url"], fx.text)
    assert (match.outlet if match else None) == exp["outlet"], match
    cleaned = clean_article(fx.text, exp["outlet"], pm.hook)
    text = fx.text
    assert (cleaned.title.slice(text) if cleaned.title else None) == exp["title"]
    got_dateline = (
        None if cleaned.dateline is None else {"place": cleaned.dateline.place, "agency": cleaned.dateline.agency}
    )
    assert got_dateline == exp["dateline"]
    assert cleaned.license == exp["license"]
    assert [s.slice(text) for s in cleaned.boilerplate] == exp["boilerplate"]
    body = cleaned.body_text(text)
    for line in exp["boilerplate"]:
        assert line not in body
    return cleaned
