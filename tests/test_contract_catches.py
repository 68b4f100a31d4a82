"""The plugin contract fails a broken plugin, naming what is wrong."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

BROKEN = """
import re
from pathlib import Path

import newsfacts
from newsfacts.contributions import Boilerplate, OutletMatch

FIXTURES = Path(__file__).parent / "fixtures"


@newsfacts.hookimpl
def newsfacts_detect_outlet(url, text):
    return OutletMatch("broken", 0.99, "claims everything")  # outranks every other outlet


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet):
    return [Boilerplate("broken.greedy", r"The two .*", outlets=("broken",))]  # eats a sentence
"""

MISFIT = """
import newsfacts


@newsfacts.hookimpl
def newsfacts_find_title(text, outlet, page):  # "page" is no argument of the hookspec
    return None
"""


class _Outcomes:
    def __init__(self) -> None:
        self.failed: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self.failed.add(report.nodeid.split("::")[-1].split("[")[0])


def _run_contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, name: str) -> set[str]:
    """Run the contract on a plugin module ``source`` with one fixture; the failed tests' names."""
    package = tmp_path / "src" / name
    (package / "fixtures").mkdir(parents=True)
    (package / "__init__.py").write_text(source)
    (package / "fixtures" / "page.txt").write_text("A headline\n\nThe two ministers met.\n\nThe talks went well.\n")
    (package / "fixtures" / "page.json").write_text(
        json.dumps(
            {"url": None, "outlet": "broken", "title": None, "dateline": None, "license": None, "boilerplate": []}
        )
    )
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / f"test_{name}.py").write_text(
        textwrap.dedent(f"""
        import {name}
        from newsfacts.testing.contract import PluginContract

        class TestBroken(PluginContract):
            plugin = {name}
    """)
    )
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    outcomes = _Outcomes()
    try:
        status = pytest.main(
            ["-q", "-p", "no:cacheprovider", "--import-mode=importlib", "--rootdir", str(tmp_path), str(tests)],
            plugins=[outcomes],
        )
    finally:  # forget the modules imported from tmp_path
        for key, module in list(sys.modules.items()):
            if str(getattr(module, "__file__", None) or "").startswith(str(tmp_path)):
                del sys.modules[key]
    assert status == pytest.ExitCode.TESTS_FAILED
    return outcomes.failed


def test_a_greedy_plugin_fails_the_contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failed = _run_contract(tmp_path, monkeypatch, BROKEN, "newsfacts_greedy")
    assert {
        "test_fixture_keeps_every_article_sentence",
        "test_detection_does_not_outrank_another_outlets_fixture",
    } <= failed, failed
    assert "test_hooks_match_the_hookspecs" not in failed


def test_a_misfit_hook_fails_the_contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failed = _run_contract(tmp_path, monkeypatch, MISFIT, "newsfacts_misfit")
    assert {"test_hooks_match_the_hookspecs", "test_plugin_passes_check_pending"} <= failed, failed
