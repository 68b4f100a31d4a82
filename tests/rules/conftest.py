from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.rules import Facts, extract_facts


def run(text: str, published: str | None = None) -> Facts:
    pub = dt.date.fromisoformat(published) if published else None
    return extract_facts(text, published=pub)


@pytest.fixture
def extract() -> object:
    return run
