"""How ``newsfacts extract`` scales: articles/s per ``--jobs``, and peak memory for 2,000 vs 20,000 articles.

    .venv/bin/python bench/bench_scale.py                 # 2,000 and 20,000 articles, --jobs 1, 2, all
    .venv/bin/python bench/bench_scale.py --sizes 500 --jobs 1 2

Each run is ``newsfacts extract --quiet`` in a subprocess on a synthetic JSONL corpus
(``bench/corpus.py``), writing JSON lines to a file. Peak RSS is measured two ways: the sum
over the process tree (parent and workers), sampled every 50 ms with psutil when it is
installed, and the largest single process, from ``getrusage(RUSAGE_CHILDREN)`` of a wrapper
process that runs only that command. Prints a Markdown table. Not a test: no assertions.
"""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Final

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write as write_corpus  # bench/ is not a package: found through the line above

NEWSFACTS: Final = str(Path(sys.executable).with_name("newsfacts"))
#: Runs the command and prints the peak RSS (KiB on Linux) of its largest process and the CPU
#: seconds of the whole tree (CPU / wall shows how many cores were really busy).
WRAPPER: Final = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(ru.ru_maxrss, ru.ru_utime + ru.ru_stime)\n"
    "sys.exit(code)\n"
)
SAMPLE_SECONDS: Final = 0.05


@attrs.frozen(slots=True)
class Run:
    articles: int
    jobs: str
    seconds: float
    tree_peak_mb: float | None
    largest_mb: float
    cpu_seconds: float
    #: the machine's 1-minute load average before the run: other work there skews the timings
    load: float


def measure(corpus: Path, articles: int, jobs: str, out: Path) -> Run:
    cmd = [NEWSFACTS, "extract", "--quiet", "--jobs", jobs, "-o", str(out), str(corpus)]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, *cmd], stdout=subprocess.PIPE, text=True)
    tree_peak = _sample_tree(proc)
    stdout, _ = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newsfacts extract failed with {proc.returncode}: {' '.join(cmd)}")
    largest_kib, cpu = stdout.strip().splitlines()[-1].split()
    return Run(articles, jobs, seconds, tree_peak, int(largest_kib) / 1024, float(cpu), load)


def _sample_tree(proc: subprocess.Popen[str]) -> float | None:
    """The largest sum of RSS over the wrapper's descendants while it runs, in MiB."""
    try:  # by name: psutil ships no type information
        psutil: Any = importlib.import_module("psutil")
    except ImportError:
        proc.wait()
        return None
    wrapper, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        total = 0
        try:
            for child in wrapper.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:  # a worker that just ended
                    continue
        except psutil.Error:
            break
        peak = max(peak, total)
        time.sleep(SAMPLE_SECONDS)
    return peak / 2**20


def table(runs: list[Run]) -> str:
    base = {r.articles: r.seconds for r in runs if r.jobs == "1"}
    lines = [
        "| articles | --jobs | wall (s) | articles/s | speed-up vs --jobs 1 | peak RSS, process tree (MiB) "
        "| peak RSS, largest process (MiB) | CPU (s) | load before |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        speedup = f"{base[r.articles] / r.seconds:.2f}×" if r.articles in base else "-"
        tree = f"{r.tree_peak_mb:.0f}" if r.tree_peak_mb is not None else "-"
        lines.append(
            f"| {r.articles:,} | {r.jobs} | {r.seconds:.1f} | {r.articles / r.seconds:,.0f} | {speedup} "
            f"| {tree} | {r.largest_mb:.0f} | {r.cpu_seconds:.1f} | {r.load:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 20_000])
    parser.add_argument("--jobs", nargs="+", default=["1", "2", "all"], help="numbers, or 'all' for every core")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    jobs: list[str] = []
    for j in args.jobs:  # 'all' on a 2-core machine is '2': run it once
        value = str(cores) if j == "all" else j
        if value not in jobs:
            jobs.append(value)
    runs = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        for size in args.sizes:
            corpus = write_corpus(size, Path(tmp) / f"corpus-{size}.jsonl")
            for j in jobs:
                run = measure(corpus, size, j, Path(tmp) / f"out-{size}-{j}.jsonl")
                print(f"{size:>7,} articles, --jobs {j}: {run.seconds:.1f} s", file=sys.stderr)
                runs.append(run)
    print(f"{cores} cores, Python {sys.version.split()[0]}, {os.uname().sysname}\n")
    print(table(runs))


if __name__ == "__main__":
    main()
