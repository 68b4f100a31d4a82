"""The ``tehrantimes`` plugin on its stored fixtures."""

from __future__ import annotations

import pytest

from newsfacts.plugins import PluginManager

from .conftest import Fixture, check_fixture, fixtures

OUTLET = "tehrantimes"


@pytest.mark.parametrize("fx", fixtures(OUTLET), ids=lambda f: f.name)
def test_fixture_parses_to_its_expected_result(pm: PluginManager, fx: Fixture) -> None:
    check_fixture(pm, fx)


@pytest.mark.parametrize("fx", [f for f in fixtures() if not f.name.startswith(f"{OUTLET}/")], ids=lambda f: f.name)
def test_detection_claims_no_other_outlets_fixture(pm: PluginManager, fx: Fixture) -> None:
    plugin = pm.get_plugin(OUTLET)
    claim = plugin.newsfacts_detect_outlet(url=fx.expected["url"], text=fx.text)
    assert claim is None or claim.outlet != OUTLET or claim.score < 0.5 or fx.expected["outlet"] == OUTLET
