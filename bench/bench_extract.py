"""Benchmark the extraction engine.

    python bench/bench_extract.py [--seconds 3]

Runs ``newsfacts.rules.extract_facts`` over synthesized seed-sized articles (the seeds plus
templated variants with other names, countries and cues, as long as the seeds on average),
prints articles per second, the ratio against a bare ``re.findall(r"\\w+", text)`` pass over
the same texts, and the time for 10 KB, 100 KB and 1 MB inputs, which should grow linearly,
and the throughput of the whole
``newsfacts.extract`` pipeline (outlet detection, cleaning, engine, the frozen ``Article``),
on the synthesized articles and on the three real seed articles alone (the synthesized ones
carry more facts an article than the seeds: about 17 statements against 10), and once more
with every article from an outlet not seen before (a crawl of many sites: what each outlet's
first article costs shows here, and only here).

``--json`` prints the figures as one JSON object instead (``bench/compare.py`` reads it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

import newsfacts
from newsfacts.lexicon import load_lexicon
from newsfacts.models import Span
from newsfacts.rules import extract_facts

SEEDS = Path(__file__).parents[1] / "seeds"

TEMPLATE = (
    "{c1_dem} Foreign Minister {p1} held a telephone conversation on {day} with his {c2_dem} counterpart {p2}.\n\n"
    "In the phone call, the two ministers discussed bilateral ties, regional developments and trade.\n\n"
    "{p1_last} expressed satisfaction with the growth of trade, voiced support for the peace process "
    "and stressed the need for closer cooperation between {c1} and {c2}.\n\n"
    "The {c1_dem} diplomat also condemned {c3}’s sanctions, stressing the need for dialogue.\n\n"
    "“We are ready to expand our relations in all fields,” {p2_last} said.\n\n"
    "According to a statement issued by the {c2_dem} Foreign Ministry, the two sides agreed to meet in "
    "{city} next month.\n\n"
    "{p2_last} also praised the efforts of {c1} in the region and called on {c3} to end its interference.\n\n"
    "Earlier on {day}, {p1_last} arrived in {city} at the head of a delegation for a two-day visit, during which "
    "he is scheduled to meet the president and the speaker of parliament.\n\n"
    "The two countries signed several agreements last year on energy, transport and customs cooperation, "
    "and their trade rose by a third, according to official figures.\n\n"
    "Speaking at a joint news conference, {p1_last} said that the talks had been constructive and that both "
    "sides were determined to implement the agreements, adding that a joint economic commission would meet "
    "before the end of the year.\n\n"
    "The visit comes a week after {c3} announced new restrictions on shipping, a move that {c2_dem} officials "
    "described as a violation of international law.\n\n"
    "{p2_last} told reporters that {c2} would not accept any pressure and urged regional states to settle their "
    "disputes through negotiations, warning that the crisis could spread if it was not contained.\n\n"
    "The {c2_dem} Foreign Ministry spokesman also said on {day} that preparations were under way for a summit of "
    "regional leaders, which is expected to be held in {city} in the spring.\n\n"
    "In a separate meeting on {day}, {p1_last} met with the {c2_dem} president, who welcomed the expansion of "
    "economic ties and called for the swift implementation of the agreements reached in {city}.\n\n"
    "The talks also touched on the situation in the region, the fight against terrorism and the return of "
    "refugees, with both sides expressing hope that the next round would bring concrete results for the people "
    "of the two countries.\n\n"
)
PEOPLE = [
    "Karim Haddad",
    "Elena Petrova",
    "Tomas Novak",
    "Amina Yusuf",
    "Jorge Alvarez",
    "Li Wei",
    "Farid Rahimi",
    "Sven Larsen",
    "Aylin Demir",
    "Kenji Sato",
]
COUNTRIES = [
    ("Iran", "Iranian"),
    ("Russia", "Russian"),
    ("China", "Chinese"),
    ("Turkey", "Turkish"),
    ("Japan", "Japanese"),
    ("Oman", "Omani"),
    ("Brazil", "Brazilian"),
    ("Egypt", "Egyptian"),
]
CITIES = ["Tehran", "Moscow", "Beijing", "Ankara", "Muscat", "Cairo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def synth(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = []
    for i in range(n):
        if seeds and i % 4 == 0:
            out.append(seeds[i // 4 % len(seeds)])
            continue
        p1, p2 = rnd.sample(PEOPLE, 2)
        (c1, d1), (c2, d2), (c3, _d3) = rnd.sample(COUNTRIES, 3)
        out.append(
            TEMPLATE.format(
                c1=c1,
                c1_dem=d1,
                c2=c2,
                c2_dem=d2,
                c3=c3,
                p1=p1,
                p2=p2,
                p1_last=p1.split()[-1],
                p2_last=p2.split()[-1],
                day=rnd.choice(DAYS),
                city=rnd.choice(CITIES),
            )
        )
    return out


def body(text: str) -> tuple[Span, ...]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def rate(texts: list[str], seconds: float) -> tuple[float, float]:
    lx = load_lexicon()
    bodies = [body(t) for t in texts]
    extract_facts(texts[0], bodies[0], lexicon=lx)  # warm up
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t, b in zip(texts, bodies, strict=True):
            extract_facts(t, b, lexicon=lx)
        n += len(texts)
    engine = n / (time.perf_counter() - start)
    word = re.compile(r"\w+")
    m, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds / 3:
        for t in texts:
            word.findall(t)
        m += len(texts)
    bare = m / (time.perf_counter() - start)
    return engine, bare


def pipeline_rate(texts: list[str], seconds: float) -> float:
    """Articles per second through ``newsfacts.extract`` (the installed plugins included)."""
    for t in texts:  # warm up: plugins, lexicon, every outlet's cleaning rules
        newsfacts.extract(t)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            newsfacts.extract(t)
        n += len(texts)
    return n / (time.perf_counter() - start)


def outlets_rate(texts: list[str]) -> float:
    """Articles per second through ``newsfacts.extract`` when each article comes from an outlet
    seen for the first time (a crawl of many sites): one pass, no warm-up for the outlets."""
    newsfacts.extract(texts[0])  # plugins and lexicon loaded; no outlet's rules yet
    start = time.perf_counter()
    for i, t in enumerate(texts):
        newsfacts.extract(t, outlet=f"outlet-{i}")
    return len(texts) / (time.perf_counter() - start)


def growth(texts: list[str]) -> dict[int, float]:
    """Seconds for one article of 10 KB, 100 KB and 1 MB (the texts run together)."""
    lx = load_lexicon()
    big = "\n\n".join(texts)
    out = {}
    for size in (10_000, 100_000, 1_000_000):
        text = (big * (size // len(big) + 1))[:size]
        b = body(text)
        start = time.perf_counter()
        extract_facts(text, b, lexicon=lx)
        out[size] = time.perf_counter() - start
    return out


def _compiled() -> bool:
    # compare.py runs this script on past commits too, from before newsfacts.compiled()
    compiled = getattr(newsfacts, "compiled", None)
    return bool(compiled and compiled())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args()
    texts = synth(200)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    engine, bare = rate(texts, a.seconds)
    full = pipeline_rate(texts, a.seconds / 2)
    seed_engine, seed_bare = rate(seeds, a.seconds / 2)
    seed_full = pipeline_rate(seeds, a.seconds / 2)
    outlets = outlets_rate(texts[:100])
    sizes = growth(texts)
    if a.json:
        figures = {
            "engine": engine,
            "pipeline": full,
            "findall": bare,
            "seeds_engine": seed_engine,
            "seeds_pipeline": seed_full,
            "seeds_findall": seed_bare,
            "outlets_pipeline": outlets,
            "us_per_char": {str(k): v * 1e6 / k for k, v in sizes.items()},
            "compiled": _compiled(),
        }
        print(json.dumps(figures))
        return
    build = "compiled (mypyc)" if _compiled() else "pure Python"
    print(f"newsfacts {newsfacts.__version__}, {build}, from {Path(newsfacts.__file__).parent}")
    avg = sum(map(len, texts)) / len(texts)
    print(f"articles: {len(texts)} synthesized, {avg:,.0f} chars on average")
    print(f"extract_facts: {engine:,.0f} articles/s ({1000 / engine:.2f} ms/article)")
    print(f"re.findall(r'\\w+'): {bare:,.0f} articles/s; engine is {bare / engine:,.0f}x slower")
    print(f"newsfacts.extract (whole pipeline): {full:,.0f} articles/s ({1000 / full:.2f} ms/article)")
    avg = sum(map(len, seeds)) / len(seeds)
    print(f"the {len(seeds)} seed articles ({avg:,.0f} chars on average):")
    print(f"  extract_facts: {seed_engine:,.0f} articles/s; {seed_bare / seed_engine:,.0f}x re.findall")
    print(f"  newsfacts.extract (whole pipeline): {seed_full:,.0f} articles/s ({1000 / seed_full:.2f} ms/article)")
    print(f"each article from a new outlet (one cold pass): {outlets:,.0f} articles/s")
    for size, dt in sizes.items():
        print(f"{size // 1000:>5} KB: {dt * 1000:8.1f} ms  ({dt * 1e6 / size:.2f} µs/char)")


if __name__ == "__main__":
    main()
