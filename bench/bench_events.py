"""Benchmark: ``newsfacts.events.events`` over generated meeting reports.

    .venv/bin/python bench/bench_events.py [--sizes 10000,30000,100000]

Each size is a number of meeting reports (one generated Article each): real meetings
between pairs drawn from a pool of people, each told by 1–4 outlets with spelling variants,
some dates missing. Prints time and peak traced memory per size, and the ratios to the
smallest size (linear growth: time ratio ≈ size ratio).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import time
import tracemalloc

from newsfacts.events import events
from newsfacts.models import Actor, Article, DateRef, Meeting, Span, Statement

FIRST = ["Ali", "Reza", "Sergey", "Akira", "Hakan", "Wang", "Omar", "Lena", "Jonas", "Maria", "Faisal", "Igor"]
LAST = ["Karimi", "Petrov", "Tanaka", "Yilmaz", "Haddad", "Schmidt", "Rossi", "Novak", "Silva", "Larsen"]
COUNTRIES = ["IRN", "RUS", "JPN", "TUR", "SYR", "DEU", "ITA", "CZE", "BRA", "NOR", "CHN", "USA"]


def generate(n_reports: int, seed: int = 7) -> list[Article]:
    rnd = random.Random(seed)
    people = [(f"{f} {l}", c) for f in FIRST for l in LAST for c in COUNTRIES]  # noqa: E741
    people += [("Mohammad Javad Zarif", "IRN"), ("Sergey Lavrov", "RUS")]
    base = dt.date(2015, 1, 1)
    text = "x" * 200
    out: list[Article] = []
    i = 0
    while len(out) < n_reports:
        a, b = rnd.sample(people, 2)
        day = base + dt.timedelta(days=rnd.randrange(3650))
        modality = rnd.choice(["phone", "in_person", "unknown"])
        for j in range(rnd.randint(1, 4)):
            names = [(p[0] if rnd.random() < 0.7 else p[0].split()[-1], p[1]) for p in (a, b)]
            actors = [Actor(id=f"a{k}", kind="person", name=n, country=c) for k, (n, c) in enumerate(names, 1)]
            dated = rnd.random() < 0.7
            m = Meeting(
                id="m1",
                participants=["a1", "a2"],
                modality=rnd.choice([modality, "unknown"]),
                date=DateRef("on Monday", day.isoformat()) if dated else None,
                evidence=[Span(0, 50)],
            )
            s = Statement(
                id="s1",
                speakers=["a1"],
                cue="said",
                kind="say",
                content=f"talks on topic {i % 97}",
                evidence=Span(50, 90),
                meeting="m1",
            )
            out.append(Article(id=f"r{i}-{j}", text=text, url=f"https://o{j}.example/{i}", outlet=f"o{j}",
                               published=day + dt.timedelta(days=rnd.randint(0, 2)),
                               actors=actors, meetings=[m], statements=[s]))  # fmt: skip
            if len(out) == n_reports:
                break
        i += 1
    return out


def measure(arts: list[Article]) -> tuple[float, float, int]:
    """Wall time of a plain run, then peak traced memory of a second run (tracemalloc
    slows Python down several times, so it never overlaps the timing)."""
    gc.collect()
    t0 = time.perf_counter()
    found = events(arts)
    elapsed = time.perf_counter() - t0
    del found
    gc.collect()
    tracemalloc.start()
    n_events = len(events(arts))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 2**20, n_events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10000,30000,100000")
    sizes = [int(s) for s in ap.parse_args().sizes.split(",")]
    results = []
    for n in sizes:
        arts = generate(n)
        elapsed, peak, n_events = measure(arts)
        results.append((n, elapsed, peak, n_events))
    n0, t0, m0, _ = results[0]
    print(f"{'reports':>8} {'events':>8} {'time s':>8} {'peak MiB':>9} {'size x':>7} {'time x':>7} {'mem x':>7} "
          f"{'µs/report':>10}")  # fmt: skip
    for n, t, m, e in results:
        print(f"{n:>8} {e:>8} {t:>8.2f} {m:>9.1f} {n / n0:>7.1f} {t / t0:>7.2f} {m / m0:>7.2f} {1e6 * t / n:>10.1f}")


if __name__ == "__main__":
    main()
