"""The plugin manager: entry points, NEWSFACTS_PLUGINS, check_pending, failures named by plugin."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

import newsfacts
from newsfacts.models import ErrorRecord
from newsfacts.plugins import PluginError, PluginLoadError, make_plugin_manager

BUILT_IN = {"generic", "tasnim", "mehr", "tehrantimes", "ifp"}


def test_built_in_plugins_load_through_the_entry_point_group() -> None:
    pm = make_plugin_manager()
    infos = {i.name: i for i in pm.info()}
    assert set(infos) >= BUILT_IN
    for name in BUILT_IN:
        assert infos[name].distribution == "newsfacts"
        assert infos[name].version == newsfacts.__version__
        assert "newsfacts_detect_outlet" in infos[name].hooks or name == "generic"


def test_environment_variable_loads_only_named_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_PLUGINS", "tasnim, generic")
    assert {i.name for i in make_plugin_manager().info()} == {"tasnim", "generic"}
    monkeypatch.setenv("NEWSFACTS_PLUGINS", "")
    assert make_plugin_manager().info() == []


def test_a_hook_with_no_spec_fails_loudly() -> None:
    typo = types.ModuleType("typo_plugin")

    @newsfacts.hookimpl
    def newsfacts_detect_outlett(url, text):  # type: ignore[no-untyped-def]  # the typo is the point
        return None

    typo.newsfacts_detect_outlett = newsfacts_detect_outlett  # type: ignore[attr-defined]
    with pytest.raises(PluginLoadError, match="newsfacts_detect_outlett"):
        make_plugin_manager(entry_points=False, plugins=[typo])


class Exploding:
    """A plugin whose outlet detection raises on articles that mention a volcano."""

    @newsfacts.hookimpl
    def newsfacts_detect_outlet(self, url: str | None, text: str) -> None:
        if "volcano" in text:
            raise RuntimeError("boom")


def test_a_raising_plugin_is_named_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_PLUGINS", "generic")
    pm = make_plugin_manager()
    pm.register(Exploding(), name="exploding")
    with pytest.raises(PluginError, match="plugin 'exploding' failed in newsfacts_detect_outlet: RuntimeError: boom"):
        newsfacts.extract("The volcano minister spoke.", plugin_manager=pm)
    items = list(newsfacts.extract_many(["Calm day.", "A volcano erupted.", "Calm again."], plugin_manager=pm))
    assert [type(i).__name__ for i in items] == ["Article", "ErrorRecord", "Article"]
    error = items[1]
    assert isinstance(error, ErrorRecord) and "exploding" in error.error and error.line == 2


def test_an_editable_install_imports_the_built_in_plugins_from_the_checkout() -> None:
    # A copy in site-packages would be imported first, and an edit to a built-in plugin would
    # do nothing until the next install (hatch_build.py ships the copy in wheels only).
    import newsfacts_plugins

    root = Path(newsfacts.__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file():
        pytest.skip("newsfacts is installed from a wheel, not from a checkout")
    assert [Path(p).resolve() for p in newsfacts_plugins.__path__] == [root / "plugins" / "newsfacts_plugins"]
