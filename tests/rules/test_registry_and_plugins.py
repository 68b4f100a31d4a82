"""Rule names, plugin rules and plugin lexicon entries, and the explain report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsfacts.rules as rules_pkg
from newsfacts.explain import explain, explain_article
from newsfacts.lexicon import LexiconEntry, load_lexicon
from newsfacts.models import Article
from newsfacts.rules import RULES, Rule, extract_facts
from newsfacts.rules.registry import FAMILIES

TEXT = (
    "Greek Foreign Minister Nikos Pappas held a phone call with his Cypriot counterpart Eleni Georgiou on Monday. "
    "The two ministers stressed the need for calm, and Pappas condemned the attack on the port, "
    "calling for an inquiry. “We stand together,” Georgiou said."
)


def test_every_rule_a_fact_names_is_registered() -> None:
    facts = extract_facts(TEXT)
    names = {r for group in (facts.actors, facts.meetings, facts.statements) for x in group for r in x.rules}
    assert names, "facts carry rule names"
    assert names <= set(RULES)
    assert {f.rule for f in facts.trace.firings} <= set(RULES)


def test_every_rule_name_in_the_code_is_registered() -> None:
    """Each rule name the family modules write (``"meeting.passive_talks"``) has a registry entry:
    ``newsfacts explain`` and the docs list rules from the registry, so none may be missing."""
    families = "|".join(FAMILIES)
    written: set[str] = set()
    for module in (Path(rules_pkg.__file__).parent).rglob("*.py"):
        if module.name != "registry.py":
            written |= set(re.findall(rf'"((?:{families})\.[a-z_]+)"', module.read_text(encoding="utf-8")))
    assert len(written) > 50
    assert sorted(written - set(RULES)) == []


def test_rule_families_and_names_agree() -> None:
    for name, rule in RULES.items():
        assert name == rule.name and name.split(".")[0] == rule.family


def test_a_plugin_statement_rule_fires() -> None:
    rule = Rule(
        "test.statement.quoted_as_saying",
        "statement",
        pattern=r"(?P<speaker>Pappas) was (?P<cue>quoted as stating) (?P<content>[^.]+)",
        kind="say",
    )
    text = "Greek Foreign Minister Nikos Pappas arrived. Pappas was quoted as stating peace is near."
    facts = extract_facts(text, rules=[rule])
    (s,) = [s for s in facts.statements if "test.statement.quoted_as_saying" in s.rules]
    assert s.content == "peace is near" and s.cue == "quoted as stating"


def test_an_invalid_plugin_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="family"):
        Rule("x.y", "weather")


def test_a_plugin_cue_is_used() -> None:
    text = "Greek Foreign Minister Nikos Pappas laid emphasis on the unity of the island."
    assert extract_facts(text).statements == ()
    lx = load_lexicon([LexiconEntry("cue", "lay emphasis on", "say")])
    (s,) = extract_facts(text, lexicon=lx).statements
    assert s.content == "the unity of the island"


def test_explain_lists_sentences_rules_and_facts() -> None:
    facts = extract_facts(TEXT)
    report = explain(TEXT, facts)
    assert report.startswith("[1] Greek Foreign Minister")
    assert "actor.title_name" in report and "meeting.phone_call" in report
    assert "= statement s1" in report and "= meeting m1" in report


def test_explain_article_reruns_the_engine() -> None:
    art = Article(id="x", text=TEXT)
    assert "[1] Greek Foreign Minister" in explain_article(art)


def test_a_plugin_rule_and_a_builtin_rule_on_the_same_words_make_one_statement() -> None:
    rule = Rule(
        "test.statement.stressed",
        "statement",
        pattern=r"(?P<speaker>Pappas) (?P<cue>stressed) (?P<content>[^.]+)",
        kind="say",
    )
    text = "Greek Foreign Minister Nikos Pappas arrived in Athens. Pappas stressed the need for calm."
    facts = extract_facts(text, rules=[rule])
    (s,) = facts.statements  # the built-in reading ("stressed the need for" + "calm") is kept
    assert (s.cue, s.content) == ("stressed the need for", "calm")
    assert "statement.finite" in s.rules and "test.statement.stressed" in s.rules


def test_plugin_entries_reach_the_nonname_and_title_word_tables() -> None:
    text = "The Zorvan Kelm met Iranian Foreign Minister Karim Haddad in Tehran on Monday."
    lx = load_lexicon([LexiconEntry("nonname", "Zorvan"), LexiconEntry("title_word", "zorvan")])
    assert "Zorvan" in lx.nonname and "zorvan" in lx.title_words
    assert "Zorvan" not in load_lexicon().nonname
    names = {a.name for a in extract_facts(text, lexicon=lx).actors}
    assert not any("Zorvan" in n for n in names)
