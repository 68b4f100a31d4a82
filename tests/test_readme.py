"""The README's examples run, and its first two commands are the install and the tests."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_python_examples_run(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_readme_starts_with_install_and_test_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    install, tests = blocks[0].strip(), blocks[1].strip()
    assert "pip install" in install and "newsfacts extract seeds/*.txt" in install
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.splitlines()[-1] in ci
    assert os.access(ROOT / ".ci" / "run", os.R_OK)


def test_readme_plugin_example_works_as_a_plugin() -> None:
    import types

    import newsfacts
    from newsfacts.plugins import make_plugin_manager

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if ">>>" not in b]
    assert blocks, "the README has a plugin example"
    module = types.ModuleType("readme_plugin")
    exec(compile(blocks[0], "README.md", "exec"), module.__dict__)
    pm = make_plugin_manager(entry_points=False, plugins=[module])
    article = newsfacts.extract(
        "Iran, Oman discuss ties\n\nThe two ministers met in Muscat.\n\n"
        "Before you submit, read our comment policy. Send your Feedback.",
        url="https://www.presstv.ir/Detail/2024/01/01/1/x",
        plugin_manager=pm,
    )
    assert article.outlet == "presstv"
    assert "comment policy" not in article.body
    assert "Muscat" in article.body
