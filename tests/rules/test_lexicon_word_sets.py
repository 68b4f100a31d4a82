"""The word sets the rules read from the lexicon (given_name, leader_role, desc_adjective, ...):
an outlet plugin's rows reach the rules through the ``newsfacts_lexicon`` hook."""

from __future__ import annotations

from collections.abc import Iterable

import newsfacts
from newsfacts.lexicon import LexiconEntry, load_lexicon
from newsfacts.plugins import make_plugin_manager
from newsfacts.rules import extract_facts


class _CrownPrinceLeads:
    @newsfacts.hookimpl
    def newsfacts_lexicon(self) -> Iterable[LexiconEntry]:
        return [LexiconEntry("leader_role", "Crown Prince")]


def test_a_plugin_leader_role_lets_the_leader_description_find_its_person() -> None:
    text = (
        "Danish Crown Prince Frederik Holmsted met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.\n\n"
        "The Danish leader said that the talks were useful."
    )

    def speakers(pm: object) -> list[list[str]]:
        art = newsfacts.extract(text, plugin_manager=pm)
        return [[art.actor(k).name for k in s.speakers] for s in art.statements]

    # built in, a crown prince leads no state: "the Danish leader" is somebody unnamed
    assert speakers(make_plugin_manager(entry_points=False)) == [["Leader of Denmark"]]
    plugged = make_plugin_manager(entry_points=False, plugins=[_CrownPrinceLeads()])
    assert speakers(plugged) == [["Frederik Holmsted"]]


def test_a_plugin_given_name_is_read_between_a_title_and_a_name() -> None:
    text = "Prime Minister March Dellow met Omani Foreign Minister Badr Albusaidi in Muscat on Monday."
    assert "Dellow" in {a.name for a in extract_facts(text).actors}
    lx = load_lexicon([LexiconEntry("given_name", "March")])
    assert "March Dellow" in {a.name for a in extract_facts(text, lexicon=lx).actors}


def test_built_in_word_sets_still_drive_the_rules() -> None:
    # given_name ("Jan"), surname_title ("Sheikh"), desc_adjective ("visiting", "deputy") as shipped
    text = (
        "Prime Minister Jan Kollar met Pakistani Deputy Foreign Minister Tariq Mahmood Sheikh in Prague on Monday.\n\n"
        "The visiting Pakistani deputy foreign minister said that the talks were useful."
    )
    facts = extract_facts(text)
    names = {a.id: a.name for a in facts.actors}
    assert set(names.values()) == {"Jan Kollar", "Tariq Mahmood Sheikh"}
    assert [[names[k] for k in s.speakers] for s in facts.statements] == [["Tariq Mahmood Sheikh"]]


def test_a_plugin_honorific_token_is_left_out_when_names_are_compared() -> None:
    text = (
        "Mawlana Karim Ali Rahimi met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.\n\n"
        "Karim Ali Rahimi said that the talks were useful."
    )
    # two full names with different first words are two people ...
    assert len(extract_facts(text).actors) == 3
    # ... unless the first is a title the outlet uses
    facts = extract_facts(text, lexicon=load_lexicon([LexiconEntry("honorific_token", "mawlana")]))
    assert [a.name for a in facts.actors] == ["Mawlana Karim Ali Rahimi", "Badr Albusaidi"]
    assert [s.speakers for s in facts.statements] == [(facts.actors[0].id,)]
