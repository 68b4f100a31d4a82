"""The ``tasnim`` plugin on its stored fixtures."""

from __future__ import annotations

import pytest

from newsfacts.plugins import PluginManager

from .conftest import Fixture, check_fixture, fixtures

OUTLET = "tasnim"


@pytest.mark.parametrize("fx", fixtures(OUTLET), ids=lambda f: f.name)
def test_fixture_parses_to_its_expected_result(pm: PluginManager, fx: Fixture) -> None:
    check_fixture(pm, fx)


@pytest.mark.parametrize("fx", [f for f in fixtures() if not f.name.startswith(f"{OUTLET}/")], ids=lambda f: f.name)
def test_detection_claims_no_other_outlets_fixture(pm: PluginManager, fx: Fixture) -> None:
    plugin = pm.get_plugin(OUTLET)
    claim = plugin.newsfacts_detect_outlet(url=fx.expected["url"], text=fx.text)
    assert claim is None or claim.outlet != OUTLET or claim.score < 0.5 or fx.expected["outlet"] == OUTLET


HOUSE = (
    "Iranian Foreign Minister Karim Haddad laid emphasis on the need for dialogue between the two countries.\n\n"
    "Haddad was quoted by Tasnim as saying that the talks with Oman had been useful."
)


def test_house_phrases_and_rule_come_from_the_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfacts
    from newsfacts.plugins import make_plugin_manager

    monkeypatch.setenv("NEWSFACTS_PLUGINS", "tasnim,generic")
    art = newsfacts.extract(HOUSE, plugin_manager=make_plugin_manager())
    by_cue = {s.cue: s for s in art.statements}
    emphasis = by_cue["laid emphasis on"]  # a cue only the plugin's lexicon entry knows
    assert (emphasis.kind, emphasis.content) == ("appeal", "the need for dialogue between the two countries")
    quoted = by_cue["quoted by Tasnim as saying"]  # a construction only the plugin's rule reads
    # read by the plugin's rule alone (a target rule may name whom it is about: "the talks with Oman")
    assert [r for r in quoted.rules if not r.startswith("statement.target")] == ["tasnim.statement.quoted_as_saying"]
    assert quoted.content == "the talks with Oman had been useful"
    assert {a.name for a in art.actors if a.id in quoted.speakers} == {"Karim Haddad"}

    monkeypatch.setenv("NEWSFACTS_PLUGINS", "generic")
    assert newsfacts.extract(HOUSE, plugin_manager=make_plugin_manager()).statements == ()
