"""Statement rules: finite, coordinated, participle, fronted, according to, kinds."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts

Extract = Callable[..., Facts]
PERSON = "Portuguese Foreign Minister Rui Costa Lima"


def test_coordinated_cues_are_separate_statements(extract: Extract) -> None:
    f = extract(
        f"{PERSON} expressed satisfaction with the new accord, voiced support for the talks "
        "and stressed the need for a ceasefire."
    )
    assert [(s.cue, s.kind) for s in f.statements] == [
        ("expressed satisfaction with", "approve"),
        ("voiced support for", "approve"),
        ("stressed the need for", "appeal"),
    ]
    assert f.statements[0].content == "the new accord"
    assert f.statements[2].content == "a ceasefire"
    assert "statement.coordinated" in f.statements[1].rules


def test_participle(extract: Extract) -> None:
    f = extract(f"{PERSON} condemned the blockade of the port, stressing the need for aid deliveries.")
    assert [s.cue for s in f.statements] == ["condemned", "stressing the need for"]
    assert f.statements[0].content == "the blockade of the port"
    assert "statement.participle" in f.statements[1].rules


def test_fronted_quote(extract: Extract) -> None:
    f = extract(f"{PERSON} arrived in Rome. “We will not give up, and we will keep talking,” he said.")
    (s,) = f.statements
    assert s.cue == "he said" and s.direct
    assert s.content.startswith("We will not give up")
    assert "statement.fronted_quote" in s.rules


def test_inverted_fronted(extract: Extract) -> None:
    f = extract(f"{PERSON} arrived in Rome. The region needs calm, said Lima.")
    (s,) = f.statements
    assert s.content == "The region needs calm"


def test_according_to_a_body(extract: Extract) -> None:
    f = extract("According to the Austrian Foreign Ministry, the two sides agreed on a new schedule.")
    (s,) = f.statements
    assert s.content.startswith("the two sides agreed")
    assert next(a for a in f.actors if a.id == s.speakers[0]).kind == "organization"


def test_agency_sourcing_is_not_a_statement(extract: Extract) -> None:
    f = extract("The talks ended late, IRNA reported. According to IRNA, the envoy left.")
    assert f.statements == ()


def test_target_of_a_condemnation(extract: Extract) -> None:
    f = extract(f"{PERSON} condemned France’s decision to close the border.")
    (s,) = f.statements
    target = next(a for a in f.actors if a.id == s.target)
    assert target.kind == "country" and target.country == "FRA"


def test_neutral_cue_takes_the_kind_of_its_content(extract: Extract) -> None:
    f = extract(f"{PERSON} said that Portugal is ready to host the next round.")
    assert f.statements[0].kind == "intend"


def test_unknown_verb_gives_nothing(extract: Extract) -> None:
    f = extract(f"{PERSON} pondered the new accord.")
    assert f.statements == ()


def test_direct_quote_after_colon(extract: Extract) -> None:
    f = extract(f"{PERSON} said: “Peace is possible.”")
    (s,) = f.statements
    assert s.direct and s.content == "Peace is possible"


def test_statement_content_kind_after_describe_follows_the_judgement() -> None:
    from newsfacts.rules import extract_facts

    text = (
        "Omani Foreign Minister Salim Harthi described the talks as constructive. "
        "Harthi also described the blockade as a grave mistake."
    )
    kinds = [(s.content, s.kind) for s in extract_facts(text).statements]
    assert kinds == [("the talks as constructive", "approve"), ("the blockade as a grave mistake", "disapprove")]


def test_statement_target_is_the_other_side_of_ties() -> None:
    from newsfacts.rules import extract_facts

    text = "Omani Foreign Minister Salim Harthi expressed his readiness to expand ties with Brazil in all fields."
    facts = extract_facts(text)
    (s,) = facts.statements
    names = {a.id: a.name for a in facts.actors}
    assert s.kind == "intend" and names[s.target or ""] == "Brazil"


def _speakers(f: Facts, st: object) -> list[str]:
    names = {a.id: a.name for a in f.actors}
    return [names[k] for k in st.speakers]  # type: ignore[attr-defined]


def test_unnamed_sources_speak(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz spoke by phone with Chilean Foreign Minister Tomas Vidal, "
        "according to Peruvian diplomatic sources. The two ministers will meet in Lima next month, "
        "said the sources, who asked not to be named. Vidal is expected to travel to Quito, "
        "two diplomatic sources told reporters. Officials said Vidal would also visit Bogota."
    )
    got = [(_speakers(f, s), s.content) for s in f.statements]
    assert got == [
        (
            ["Peruvian diplomatic sources"],
            "Peruvian Foreign Minister Elena Ruiz spoke by phone with Chilean Foreign Minister Tomas Vidal",
        ),
        (["Peruvian diplomatic sources"], "The two ministers will meet in Lima next month"),
        (["two diplomatic sources"], "Vidal is expected to travel to Quito"),
        (["Officials"], "Vidal would also visit Bogota"),
    ]
    assert "actor.unnamed_source" in f.statements[2].rules or any(
        "actor.unnamed_source" in a.rules for a in f.actors
    )
    assert not any(s.cue == "asked" for s in f.statements)


def test_ministry_statements(extract: Extract) -> None:
    f = extract(
        "Ruiz met Girard in Lima on Tuesday, the foreign ministry said. Ruiz urged restraint, "
        "according to a statement from the Peruvian Foreign Ministry. "
        "The two leaders discussed trade, the Communications Directorate said."
    )
    got = [(_speakers(f, s), s.cue, s.content) for s in f.statements]
    assert (["foreign ministry"], "foreign ministry said", "Ruiz met Girard in Lima on Tuesday") in got
    assert (["Peruvian Foreign Ministry"], "according to", "Ruiz urged restraint") in got
    assert (["Communications Directorate"], "Communications Directorate said", "The two leaders discussed trade") in got


def test_expressed_confidence_and_affirmed(extract: Extract) -> None:
    f = extract(f"{PERSON} expressed confidence that the bridge would open in May and affirmed his support.")
    assert [s.cue for s in f.statements] == ["expressed confidence", "affirmed"]
    assert f.statements[0].content == "the bridge would open in May"
