"""``newsfacts new-plugin NAME``: write a ready-to-test outlet plugin package.

The package (``newsfacts-NAME/``) has the ``newsfacts`` entry point, a module with the detect,
title and boilerplate hooks for the outlet's host, one stored fixture, a one-line contract
test and a README; its tests pass as written. The files are ``string.Template`` data in
``newsfacts/scaffold_templates/``.
"""

from __future__ import annotations

import argparse
import re
import string
import sys
from importlib import resources
from pathlib import Path
from typing import Any, Final

#: Template file → where it goes in the package (``$name`` is substituted in the path too).
FILES: Final = (
    ("pyproject.toml.tmpl", "pyproject.toml"),
    ("README.md.tmpl", "README.md"),
    ("plugin.py.tmpl", "src/newsfacts_$name/__init__.py"),
    ("sample.txt.tmpl", "src/newsfacts_$name/fixtures/sample.txt"),
    ("sample.json.tmpl", "src/newsfacts_$name/fixtures/sample.json"),
    ("test_contract.py.tmpl", "tests/test_contract.py"),
)
_NAME: Final = re.compile(r"[a-z][a-z0-9_]{0,40}")
_HOST: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")


class ScaffoldError(Exception):
    """A name, host or target that cannot make a plugin."""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``new-plugin`` to the CLI's subparsers."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "new-plugin", help="write a new outlet plugin package whose tests pass out of the box"
    )
    parser.add_argument("name", help="the outlet's name: lower case letters, digits, _ (e.g. presstv)")
    parser.add_argument("--dir", type=Path, default=Path("."), help="where to create newsfacts-NAME/ (default: .)")
    parser.add_argument("--host", default=None, help="the outlet's web host (default: NAME.com)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Write the package; print where. Returns the exit status."""
    try:
        target = scaffold(args.name, args.dir, host=args.host)
    except ScaffoldError as exc:
        print(f"newsfacts new-plugin: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {target}: cd there, pip install -e '.[test]' and run python -m pytest")
    return 0


def scaffold(name: str, directory: Path, *, host: str | None = None) -> Path:
    """Write ``directory/newsfacts-NAME/`` and return its path."""
    if not _NAME.fullmatch(name):
        raise ScaffoldError(f"plugin name {name!r} must be lower case letters, digits and _, starting with a letter")
    host = (host or f"{name}.com").lower()
    if not _HOST.fullmatch(host):
        raise ScaffoldError(f"host {host!r} is not a host name such as example.com")
    target = Path(directory) / f"newsfacts-{name}"
    if target.exists():
        raise ScaffoldError(f"{target} already exists")
    display = name.replace("_", " ").title()
    values = {
        "name": name,
        "host": host,
        "host_re": re.escape(host),
        "display": display,
        "display_re": re.escape(display),
    }
    templates = resources.files("newsfacts") / "scaffold_templates"
    for template, path in FILES:
        out = target / string.Template(path).substitute(values)
        out.parent.mkdir(parents=True, exist_ok=True)
        text = (templates / template).read_text(encoding="utf-8")
        out.write_text(string.Template(text).substitute(values), encoding="utf-8")
    return target
