"""Every example in README.md and docs/*.md runs, and shows what it really prints.

The pages are read by sybil (https://sybil.readthedocs.io), which finds the examples in the
Markdown and reports a failure at its page and line:

* ```` ```python ```` blocks: with ``>>>`` prompts they are doctests (``...`` matches anything);
  without, the code is executed. A page's blocks share one namespace, in page order.
* ```` ```console ```` blocks: each ``$ command`` line is run and the lines after it are
  compared with what it printed (standard output and error, as a terminal shows them), ``...``
  matching anything. ``newsfacts`` runs in this process through :func:`newsfacts.cli.main`;
  ``cd DIR`` and ``python -m pytest`` are the only other commands a console block may run.
* ``<!-- file: PATH -->`` just before a fenced block writes the block's text to ``PATH``, so a
  tutorial builds its package step by step, exactly as the reader does.
* ``<!-- skip: next -->`` skips the next example (code that needs a cluster or a database).

Each page runs in a temporary directory of its own that holds a link to ``seeds/``.
Commands in ```` ```bash ```` and ```` ```sh ```` blocks are not run (they install things or
need data we do not ship), but every ``newsfacts`` command in them must parse.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from glob import glob
from pathlib import Path

import pytest
from sybil import Document, Example, Region
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser
from sybil.typing import Parser

from newsfacts import cli, parallel
from newsfacts.plugins import reset_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# The same width everywhere, so that argparse wraps --help output as the pages show it.
COLUMNS = "100"
_FLAGS = doctest.ELLIPSIS


# -- console blocks ----------------------------------------------------------------------------


def _commands(block: str) -> Iterator[tuple[str, str]]:
    """``(command, expected output)`` for each ``$ `` line of a console block."""
    command: str | None = None
    output: list[str] = []
    lines = iter(block.splitlines())
    for line in lines:
        if line.startswith("$ "):
            if command is not None:
                yield command, "\n".join(output)
            command, output = line[2:], []
            while command.endswith("\\"):  # a command continued on the next line
                command = command[:-1] + next(lines, "")
        elif command is not None:
            output.append(line)
    if command is not None:
        yield command, "\n".join(output)


def _split_env(words: list[str]) -> tuple[dict[str, str], list[str]]:
    """Leading ``NAME=value`` words, as a shell reads them, and the command after them."""
    env: dict[str, str] = {}
    while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    return env, words


def _expand(words: list[str]) -> list[str]:
    """Shell globbing: ``seeds/*.txt`` becomes the sorted matching paths."""
    out: list[str] = []
    for word in words:
        matches = sorted(glob(word)) if any(c in word for c in "*?[") else []
        out.extend(matches or [word])
    return out


def _run_newsfacts(args: list[str], env: dict[str, str]) -> str:
    """``newsfacts ARGS`` in this process; what it printed to stdout and stderr, in order."""
    captured = io.StringIO()
    paths = [str(Path(p).resolve()) for p in env.pop("PYTHONPATH", "").split(os.pathsep) if p]
    old_env = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    sys.path[:0] = paths
    # The process-wide plugin managers read NEWSFACTS_PLUGINS once: forget them either side.
    reset_plugin_manager()
    parallel._extra_pm = None
    try:
        # --help, --version and usage errors exit; their output is the point
        quiet = contextlib.suppress(SystemExit)
        with contextlib.redirect_stdout(captured), contextlib.redirect_stderr(captured), quiet:
            cli.main(args)
    finally:
        del sys.path[: len(paths)]
        for name, value in old_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        reset_plugin_manager()
        parallel._extra_pm = None
    return captured.getvalue()


def _run_pytest(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """``python -m pytest`` in a subprocess, with ``./src`` importable.

    ``PYTHONPATH=src`` stands in for the ``pip install -e .`` a reader runs first: the tests
    must not install a package into the venv they run in.
    """
    run_env = {**os.environ, "COLUMNS": COLUMNS, **env}
    if Path("src").is_dir():
        run_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path("src").resolve()), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        capture_output=True, text=True, env=run_env, timeout=600, check=False,
    )  # fmt: skip
    return done.returncode, done.stdout + done.stderr


def run_console(example: Example) -> str | None:
    """Evaluate a console block; a string describes the first mismatch (sybil's convention)."""
    checker = doctest.OutputChecker()
    for command, want in _commands(example.parsed):
        env, words = _split_env(shlex.split(command, comments=True))
        if words[:1] == ["cd"]:
            os.chdir(words[1])
            got = ""
        elif words[:1] == ["newsfacts"]:
            got = _run_newsfacts(_expand(words[1:]), env)
        elif words[:3] == ["python", "-m", "pytest"]:
            status, got = _run_pytest(_expand(words[3:]), env)
            if status != 0:  # "... passed" would also match "1 failed, 9 passed"
                return f"$ {command}\nexited with status {status}:\n{got}"
        else:
            return f"console blocks run only newsfacts, cd and python -m pytest; show {command!r} in a bash block"
        want_norm = "\n".join(line.rstrip() for line in want.strip("\n").splitlines()) + "\n"
        got_norm = "\n".join(line.rstrip() for line in got.strip("\n").splitlines()) + "\n"
        if not checker.check_output(want_norm, got_norm, _FLAGS):
            return f"$ {command}\n" + checker.output_difference(doctest.Example(command, want_norm), got_norm, _FLAGS)
    return None


# -- files written by a tutorial ---------------------------------------------------------------

_FILE_BLOCK = re.compile(r"<!-- file: (?P<path>\S+) -->\n+```[^\n]*\n(?P<body>.*?)^```", re.S | re.M)


def write_file(example: Example) -> None:
    path, body = example.parsed
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(body, encoding="utf-8")


def parse_file_blocks(document: Document) -> Iterator[Region]:
    # The region is the comment alone: the block itself may also be an example (a python
    # block is executed too), and sybil's regions must not overlap.
    for m in _FILE_BLOCK.finditer(document.text):
        comment_end = document.text.index("-->", m.start()) + 3
        yield Region(m.start(), comment_end, (m["path"], m["body"]), write_file)


PARSERS: list[Parser] = [
    PythonCodeBlockParser(doctest_optionflags=_FLAGS),
    CodeBlockParser(language="console", evaluator=run_console),
    parse_file_blocks,
    SkipParser(),
]


def _page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.fixture
def page_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch directory with ``seeds/`` in it, as the current directory."""
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", COLUMNS)
    monkeypatch.delenv("NEWSFACTS_PLUGINS", raising=False)
    monkeypatch.delenv("NEWSFACTS_EXTRA_PLUGINS", raising=False)
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=[_page_id(p) for p in PAGES])
def test_page_examples_run(page: Path, page_dir: Path) -> None:
    document = Document.parse(str(page), *PARSERS)
    document.namespace["__file__"] = str(page)  # a tutorial's module may use __file__
    sys_path = list(sys.path)
    modules = set(sys.modules)
    failures: list[str] = []
    try:
        for example in document.examples():
            try:
                example.evaluate()
            except Exception as exc:  # report every failing example of the page, not only the first
                failures.append(f"{_page_id(page)}, line {example.line}:\n{exc}")
    finally:
        # A tutorial imports the package it wrote; the next page must not see it.
        sys.path[:] = sys_path
        for name in set(sys.modules) - modules:
            if name.startswith("newsfacts_") and name not in ("newsfacts_plugins",):
                del sys.modules[name]
    if failures:  # the page and line say where; pytest's traceback of this loop would not
        pytest.fail("\n\n".join(failures), pytrace=False)


def test_every_runnable_block_is_found() -> None:
    """A parser that silently stopped matching would pass every page: each ```python and
    ```console fence must be an example sybil runs (or one a skip marker skips)."""
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        fences = len(re.findall(r"^```(?:python|console)\n", text, re.M))
        blocks = [CodeBlockParser(language=lang)(Document(text, str(page))) for lang in ("python", "console")]
        assert fences == sum(len(list(b)) for b in blocks), f"{_page_id(page)}: a code block the tests do not see"
    assert any("```console" in p.read_text(encoding="utf-8") for p in PAGES)


# -- newsfacts commands shown in bash blocks ---------------------------------------------------

_SHELL_BLOCK = re.compile(r"^```(bash|sh|console)\n(.*?)^```", re.S | re.M)
_SEPARATORS = {"&&", "||", "|", ";", "&"}
_REDIRECTS = {">", ">>", "<", "2>", "2>&1", "&>"}


def shown_newsfacts_commands(text: str) -> Iterator[list[str]]:
    """The arguments of every ``newsfacts`` command in the page's shell blocks."""
    for language, block in _SHELL_BLOCK.findall(text):
        for raw in block.replace("\\\n", " ").splitlines():
            if language == "console" and not raw.startswith("$ "):
                continue  # output, not a command
            line = raw[2:] if raw.startswith("$ ") else raw
            lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
            lexer.whitespace_split = True
            lexer.commenters = "#"
            words = list(lexer)
            command: list[str] = []
            skip_next = False
            for word in [*words, ";"]:
                if skip_next:
                    skip_next = False
                elif word in _REDIRECTS:
                    skip_next = True
                elif word in _SEPARATORS:
                    _, argv = _split_env(command)
                    if argv and Path(argv[0]).name == "newsfacts":
                        yield argv[1:]
                    command = []
                else:
                    command.append(word)


@pytest.mark.parametrize("page", PAGES, ids=[_page_id(p) for p in PAGES])
def test_shown_commands_parse(page: Path) -> None:
    parser = cli.build_parser()
    for argv in shown_newsfacts_commands(page.read_text(encoding="utf-8")):
        if {"--help", "-h", "--version"} & set(argv):
            continue
        with contextlib.redirect_stderr(io.StringIO()) as err:
            try:
                parser.parse_args(argv)
            except SystemExit:
                pytest.fail(
                    f"{_page_id(page)} shows `newsfacts {' '.join(argv)}`, which does not parse: "
                    f"{err.getvalue().strip()}"
                )
