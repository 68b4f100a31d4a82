"""``newsfacts new-plugin``: the package it writes is complete and its tests pass as written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from newsfacts import scaffold


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    scaffold.add_parser(parser.add_subparsers())
    args = parser.parse_args(["new-plugin", *argv])
    return scaffold.run(args)


def test_new_plugin_writes_the_package(tmp_path: Path) -> None:
    assert _run("presstv", "--dir", str(tmp_path), "--host", "presstv.ir") == 0
    root = tmp_path / "newsfacts-presstv"
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert files == [
        "README.md",
        "pyproject.toml",
        "src/newsfacts_presstv/__init__.py",
        "src/newsfacts_presstv/fixtures/sample.json",
        "src/newsfacts_presstv/fixtures/sample.txt",
        "tests/test_contract.py",
    ]
    assert 'presstv = "newsfacts_presstv"' in (root / "pyproject.toml").read_text()
    assert "presstv\\.ir" in (root / "src/newsfacts_presstv/__init__.py").read_text()


@pytest.mark.parametrize(("name", "host"), [("Bad-Name", None), ("1news", None), ("ok", "not a host")])
def test_bad_names_and_hosts_are_refused(tmp_path: Path, name: str, host: str | None) -> None:
    argv = [name, "--dir", str(tmp_path)] + (["--host", host] if host else [])
    assert _run(*argv) == 2
    assert not any(tmp_path.iterdir())


def test_an_existing_folder_is_not_overwritten(tmp_path: Path) -> None:
    assert _run("presstv", "--dir", str(tmp_path)) == 0
    assert _run("presstv", "--dir", str(tmp_path)) == 2


def test_the_generated_tests_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = scaffold.scaffold("exampleoutlet", tmp_path, host="example-outlet.org")
    monkeypatch.syspath_prepend(str(root / "src"))
    monkeypatch.delitem(sys.modules, "newsfacts_exampleoutlet", raising=False)
    status = pytest.main(
        ["-q", "-p", "no:cacheprovider", "--import-mode=importlib", "--rootdir", str(root), str(root / "tests")]
    )
    assert status == pytest.ExitCode.OK
