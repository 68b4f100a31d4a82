"""The compiled build (mypyc, see ``pyproject.toml``) gives exactly what the pure build gives.

CI builds the compiled wheel into a virtual environment of its own and names that
environment's interpreter in ``NEWSFACTS_COMPILED_PYTHON``; these tests then run both builds
over the seeds, every hold-out set and synthesized articles and compare the output byte for
byte. Without the variable they skip: a developer's checkout holds the pure build only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPILED = os.environ.get("NEWSFACTS_COMPILED_PYTHON")

pytestmark = pytest.mark.skipif(not COMPILED, reason="NEWSFACTS_COMPILED_PYTHON names no compiled build")


def _run(python: str, code: str, *args: str) -> str:
    # PYTHONPATH would put this checkout's pure modules before the compiled ones
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [python, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT.parent, check=True
    )
    return done.stdout


def _inputs(path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_extract import synth
    finally:
        sys.path.pop(0)
    rows = [
        {"id": f"seed-{p.stem}", "text": p.read_text(encoding="utf-8"), "published": "2020-12-16"}
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    for gold in sorted(ROOT.glob("tests/holdout*/holdout*.gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows.append({k: r[k] for k in ("id", "text", "published", "url", "outlet") if k in r})
    rows += [{"id": f"synth-{i}", "text": t, "published": "2024-03-05"} for i, t in enumerate(synth(100, seed=3))]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


_EXTRACT = "import sys; from newsfacts.cli import main; sys.exit(main(sys.argv[1:]))"


def test_the_build_named_is_compiled() -> None:
    assert COMPILED is not None
    assert _run(COMPILED, "import newsfacts; print(newsfacts.compiled())").strip() == "True"


def test_compiled_and_pure_give_the_same_output(tmp_path: Path) -> None:
    assert COMPILED is not None
    given = _inputs(tmp_path / "in.jsonl")
    args = ("extract", "--quiet", "--format", "jsonl", str(given))
    pure = _run(sys.executable, _EXTRACT, *args)
    fast = _run(COMPILED, _EXTRACT, *args)
    assert len(pure.splitlines()) > 300
    assert fast == pure
