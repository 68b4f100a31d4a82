"""Run the extraction benchmark on an earlier commit and on this tree, side by side.

    python bench/compare.py REF [--rounds 3] [--seconds 2]

Exports ``REF`` (any git revision) into a temporary directory and runs this tree's
``bench/bench_extract.py --json`` alternately against that copy and against this tree (the
same benchmark script and inputs on both sides; only the imported ``newsfacts`` differs).
Machines shared with other work are noisy, so the rounds alternate and each side keeps its
best figure; the table gives both and their ratio. Throughput ratios above 1 mean this tree
is faster.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "bench_extract.py"
#: figures where more is better (articles per second)
RATES = ("engine", "pipeline", "seeds_engine", "seeds_pipeline", "outlets_pipeline")


def export(ref: str, into: Path) -> Path:
    """The tree of ``ref`` in ``into`` (``git archive``: no worktree bookkeeping left behind)."""
    archive = into / "tree.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(archive), ref], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "tree", filter="data")
    return into / "tree"


def run(tree: Path, seconds: float) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tree / "src"), str(tree / "plugins")]))
    out = subprocess.run(
        [sys.executable, str(BENCH), "--json", "--seconds", str(seconds)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return figures


def best(runs: list[dict[str, float]], key: str) -> float:
    return max(r[key] for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ref", help="the baseline revision (a commit, tag or branch)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=2.0)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        base_tree = export(a.ref, Path(tmp))
        base: list[dict[str, float]] = []
        head: list[dict[str, float]] = []
        for i in range(a.rounds):
            base.append(run(base_tree, a.seconds))
            head.append(run(ROOT, a.seconds))
            print(f"round {i + 1}/{a.rounds} done", file=sys.stderr)
    print(f"{'articles/s (best of ' + str(a.rounds) + ')':<36}{a.ref[:12]:>12}{'this tree':>12}{'ratio':>8}")
    for key in RATES:
        b, h = best(base, key), best(head, key)
        print(f"{key:<36}{b:>12,.0f}{h:>12,.0f}{h / b:>8.2f}")
    # the engine against a bare regex pass over the same texts (best against best)
    for key, bare in (("engine", "findall"), ("seeds_engine", "seeds_findall")):
        b = best(base, bare) / best(base, key)
        h = best(head, bare) / best(head, key)
        print(f"{key + ' / re.findall (x slower)':<36}{b:>12.0f}{h:>12.0f}")


if __name__ == "__main__":
    main()
