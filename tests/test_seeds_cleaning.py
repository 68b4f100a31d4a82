"""Cleaning the three seed articles (``seeds/``): title, outlet, dateline, license, boilerplate.

The expectations are written out here (the seeds are the project's own fixtures), not read
from the shared gold file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.clean import clean_article
from newsfacts.pipeline import detect_outlet
from newsfacts.plugins import PluginManager, get_plugin_manager

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EXPECTED = {
    "000_07405c5bf6b4bfed": {
        "outlet": "ifp",
        "title": "Iranian, Japanese Diplomats Discuss Syria Developments",
        "dateline": None,
        "license": None,
        "boilerplate": [
            "› Subscribe",
            "Please enter your comment!",
            "Please enter your name here",
            "The reCAPTCHA verification period has expired. Please reload the page.",
            "More Articles",
        ],
    },
    "001_3d873660c3169c77": {
        "outlet": "tehrantimes",
        "title": None,
        "dateline": ("TEHRAN", None, "TEHRAN –"),
        "license": "CC BY 4.0",
        "boilerplate": [
            "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0"
            " International License."
        ],
    },
    "002_5470fbfb907e6e9d": {
        "outlet": "tasnim",
        "title": "Iranian, Chinese Diplomats Discuss Syria in Sochi",
        "dateline": ("TEHRAN", "Tasnim", "TEHRAN (Tasnim) –"),
        "license": None,
        "boilerplate": [
            "Iranian, Chinese Diplomats Discuss Syria in Sochi",
            "Most Visited in Politics",
            "Top Politics stories",
            "Top Stories",
        ],
    },
}


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_is_cleaned_as_annotated(pm: PluginManager, seed: str) -> None:
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    want = EXPECTED[seed]
    match = detect_outlet(pm, None, text)
    outlet = match.outlet if match else None
    assert outlet == want["outlet"]
    cleaned = clean_article(text, outlet, pm.hook)
    assert (cleaned.title.slice(text) if cleaned.title else None) == want["title"]
    dl = cleaned.dateline
    got = None if dl is None else (dl.place, dl.agency, dl.span.slice(text) if dl.span else None)
    assert got == want["dateline"]
    assert cleaned.license == want["license"]
    assert [s.slice(text) for s in cleaned.boilerplate] == want["boilerplate"]
    body = cleaned.body_text(text)
    for line in want["boilerplate"]:
        assert line not in body
    if want["title"]:
        assert want["title"] not in body
    # The body is the article: its first and last sentences survive whole.
    assert body.split()[0] not in ("TEHRAN", "›")
    assert body.endswith(".")


def test_tehran_times_seed_is_one_paragraph(pm: PluginManager) -> None:
    text = (SEEDS / "001_3d873660c3169c77.txt").read_text(encoding="utf-8")
    cleaned = clean_article(text, "tehrantimes", pm.hook)
    assert len(cleaned.body) == 1
    assert cleaned.body_text(text).startswith("In a telephone conversation on Wednesday")
