"""Where ``newsfacts.extract`` spends its time, stage by stage.

    python bench/bench_stages.py [--repeats 3]

Wraps the pipeline's stages (outlet detection, cleaning, segmentation, the lexicon scans,
person and description rules, coreference, the meeting and statement rules, assembling the
facts) with timers, runs the bench's seed-sized articles through ``newsfacts.extract`` and
prints milliseconds per article for each, best of ``--repeats`` runs. Nested stages are
included in their parents' figures (``scan_hits`` is part of ``find_mentions``, which is part
of ``extract_facts``). The timers add a little overhead of their own: use the figures to
see where to work, and ``bench_extract.py`` for the throughput. Run it on the pure build: the
compiled build's modules call each other directly, past the timers.
"""

from __future__ import annotations

import argparse
import functools
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from bench_extract import synth

import newsfacts
from newsfacts import pipeline
from newsfacts import text as textmod
from newsfacts.rules import engine, targets
from newsfacts.rules.actors import mentions as actor_mentions

#: (module, function name) of every timed stage (a function is wrapped in the module that calls it: the actor
#: stages in ``actors.mentions``, whose ``find_mentions`` calls them)
STAGES: list[tuple[ModuleType, str]] = [
    (pipeline, "detect_outlet"),
    (pipeline, "clean_article"),
    (pipeline, "extract_facts"),
    (textmod, "sentences"),
    (engine.actors_mod, "find_mentions"),
    (actor_mentions, "scan_hits"),
    (actor_mentions, "find_persons"),
    (actor_mentions, "_descriptions"),
    (actor_mentions, "_resolve_overlaps"),
    (engine, "resolve_entities"),
    (engine, "detect_meetings"),
    (engine, "extract_statements"),
    (engine, "merge_meetings"),
    (targets, "set_target"),
    (engine, "_build"),
]


def _timed(f: Callable[..., Any], name: str, acc: dict[str, float]) -> Callable[..., Any]:
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            acc[name] = acc.get(name, 0.0) + time.perf_counter() - t0

    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    texts = synth(200)
    for t in texts:  # warm up: plugins, lexicon, every outlet's cleaning rules
        newsfacts.extract(t)
    acc: dict[str, float] = {}
    for module, name in STAGES:
        setattr(module, name, _timed(getattr(module, name), name, acc))
    best: dict[str, float] | None = None
    for _ in range(a.repeats):
        acc.clear()
        t0 = time.perf_counter()
        for t in texts:
            newsfacts.extract(t)
        run = dict(acc, total=time.perf_counter() - t0)
        if best is None or run["total"] < best["total"]:
            best = run
    assert best is not None
    n = len(texts)
    print(f"{n} articles, {sum(map(len, texts)) / n:,.0f} chars on average; ms per article, best of {a.repeats}")
    print(f"{'newsfacts.extract (all)':26s} {best.pop('total') / n * 1e3:7.3f}")
    for name, secs in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{name:26s} {secs / n * 1e3:7.3f}")


if __name__ == "__main__":
    main()
