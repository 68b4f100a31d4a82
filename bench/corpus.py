"""A synthetic corpus of seed-sized diplomatic articles, for benchmarks: ``python bench/corpus.py N OUT.jsonl``.

Each article is a seed (``seeds/*.txt``) with its second country, its diplomats and its
weekday swapped for others, after a lead paragraph from a small set of templates, so that
the extractor sees varied names and sentences of the seeds' shape and size. Deterministic:
the same ``N`` and ``seed`` give the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
#: (country, adjective, capital)
COUNTRIES: Final = (
    ("Japan", "Japanese", "Tokyo"),
    ("Oman", "Omani", "Muscat"),
    ("Germany", "German", "Berlin"),
    ("India", "Indian", "New Delhi"),
    ("Turkey", "Turkish", "Ankara"),
    ("Qatar", "Qatari", "Doha"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Italy", "Italian", "Rome"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Iraq", "Iraqi", "Baghdad"),
    ("Norway", "Norwegian", "Oslo"),
)
PEOPLE: Final = (
    "Akira Endo",
    "Heiko Maas",
    "Mevlut Cavusoglu",
    "Shah Mehmood Qureshi",
    "Ararat Mirzoyan",
    "Fuad Hussein",
    "Luigi Di Maio",
    "Ine Eriksen Soreide",
    "Sultan bin Saad Al-Muraikhi",
    "Ernesto Araujo",
    "Subrahmanyam Jaishankar",
    "Yusuf bin Alawi",
)
IRANIANS: Final = (
    "Ali-Asghar Khaji",
    "Hossein Jaberi Ansari",
    "Abbas Araghchi",
    "Mohammad Javad Zarif",
    "Seyed Abbas Mousavi",
    "Kazem Gharibabadi",
)
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOPICS: Final = (
    "the situation in Syria",
    "bilateral trade",
    "the nuclear deal",
    "regional security",
    "the crisis in Yemen",
    "energy cooperation",
    "the fight against terrorism",
)
LEADS: Final = (
    "{iran} met {adj} Foreign Minister {person} in {capital} on {day} to discuss {topic}.",
    "In a telephone conversation on {day}, {iran} and {person} of {country} discussed {topic}.",
    "{person}, the {adj} envoy, held talks with {iran} in Tehran on {day} about {topic}.",
    "{iran} and his {adj} counterpart {person} called for closer cooperation on {topic} on {day}.",
)


def articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """``n`` input records (``id``, ``text``, ``published``)."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    start = dt.date(2017, 1, 1)
    for i in range(n):
        country, adj, capital = rng.choice(COUNTRIES)
        person, iran, day = rng.choice(PEOPLE), rng.choice(IRANIANS), rng.choice(WEEKDAYS)
        base = rng.choice(seeds)
        for old, new in (
            ("Japanese", adj),
            ("Japan", country),
            ("Chinese", adj),
            ("China", country),
            ("Akira Endo", person),
            ("Xie Xiaoyuan", person),
            ("Wednesday", day),
            ("Tuesday", day),
        ):
            base = base.replace(old, new)
        title, _, body = base.partition("\n")
        lead = rng.choice(LEADS).format(
            iran=iran, adj=adj, person=person, capital=capital, day=day, country=country, topic=rng.choice(TOPICS)
        )
        yield {
            "id": f"bench-{i:07d}",
            "text": f"{title}\n\n{lead}\n{body}",
            "published": (start + dt.timedelta(days=rng.randrange(2000))).isoformat(),
        }


def write(n: int, path: Path, seed: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for record in articles(n, seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
