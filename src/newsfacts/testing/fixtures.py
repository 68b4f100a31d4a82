"""Stored plugin fixtures: ``<name>.txt`` (a page as extracted) beside ``<name>.json`` (the truth).

The JSON holds the input ``url`` and what detection and cleaning must find: ``outlet``,
``title``, ``dateline`` (``{"place", "agency"}`` or null), ``license`` and ``boilerplate`` (every
removed string, stripped, in text order). A plugin keeps its fixtures in a ``fixtures/``
folder beside its module, either directly or in a sub-folder named after the plugin
(``newsfacts_plugins/fixtures/tasnim/``), or names the folder in a module-level ``FIXTURES``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from newsfacts.plugins import PluginManager


@attrs.frozen
class Fixture:
    name: str
    text: str
    expected: dict[str, Any]


def load_fixtures(folder: Path) -> list[Fixture]:
    """Every ``*.txt`` fixture in ``folder`` with its ``.json`` truth, sorted by name."""
    return [
        Fixture(
            f"{folder.name}/{path.stem}",
            path.read_text(encoding="utf-8"),
            json.loads(path.with_suffix(".json").read_text(encoding="utf-8")),
        )
        for path in sorted(folder.glob("*.txt"))
    ]


def fixture_folder(plugin: object, name: str | None = None) -> Path | None:
    """Where ``plugin`` (a module) keeps its fixtures, or ``None`` when it keeps none."""
    declared = getattr(plugin, "FIXTURES", None)
    if isinstance(declared, str | Path):
        return Path(declared)
    source = getattr(plugin, "__file__", None)
    if source is None:
        return None
    base = Path(source).parent / "fixtures"
    for folder in (base / name if name else None, base / Path(source).stem, base):
        if folder is not None and folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    return None


def installed_fixtures(pm: PluginManager, extra: Iterable[Path] = ()) -> list[Fixture]:
    """The fixtures of every plugin registered in ``pm``, and of the folders in ``extra``."""
    found = [fixture_folder(plugin, name) for name, plugin in pm.list_name_plugin()]
    folders = {f.resolve() for f in [*found, *(Path(e) for e in extra)] if f is not None}
    return [fx for folder in sorted(folders) for fx in load_fixtures(folder)]
