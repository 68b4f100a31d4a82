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
    assert "actor.unnamed_source" in f.statements[2].rules or any("actor.unnamed_source" in a.rules for a in f.actors)
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


def test_a_state_speaks_with_adverbs_and_auxiliaries(extract: Extract) -> None:
    f = extract("Chile, a Pacific Alliance member, has sharply criticised the blockade and has called for a ceasefire.")
    assert [(_speakers(f, s), s.cue, s.content) for s in f.statements] == [
        (["Chile"], "criticised", "the blockade"),
        (["Chile"], "called for", "a ceasefire"),
    ]


def test_a_verb_inside_reported_speech_is_no_statement(extract: Extract) -> None:
    f = extract(f"{PERSON} said Peru wanted closer ties and supported a negotiated solution.")
    (s,) = f.statements
    assert s.content == "Peru wanted closer ties and supported a negotiated solution"
    g = extract(f"{PERSON} met the envoy. The talks, which he said were useful, ended late.")
    assert g.statements == ()


def test_fronted_quote_told_a_press_conference(extract: Extract) -> None:
    f = extract(f"{PERSON} met the envoy. “We want results for both peoples,” he told a joint press conference.")
    (s,) = f.statements
    assert s.cue == "he told" and s.direct
    assert s.content.startswith("We want results")


def test_a_quoted_cue_and_calling_it(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz and Chilean Foreign Minister Tomas Vidal held talks in Lima. "
        'Ruiz and Vidal "strongly condemned" the missile test, calling it a flagrant violation of the accord, '
        "according to the ministry."
    )
    got = [(_speakers(f, s), s.cue, s.kind, s.content) for s in f.statements]
    assert (["Elena Ruiz", "Tomas Vidal"], "condemned", "disapprove", "the missile test") in got
    assert (
        ["Elena Ruiz", "Tomas Vidal"],
        "calling",
        "disapprove",
        "it a flagrant violation of the accord",
    ) in got
    # the ministry's account reports a condemnation: it says, it does not condemn
    ministry = [s for s in f.statements if s.cue == "according to"]
    assert len(ministry) == 1 and ministry[0].kind == "say"
    assert ministry[0].content.startswith('Ruiz and Vidal "strongly condemned"')


def test_an_office_speaks_for_itself(extract: Extract) -> None:
    f = extract(
        "Ecuadorian Prime Minister Ana Costa’s office denied the report, saying the talks would go on. "
        "Peruvian Foreign Minister Elena Ruiz accused Ecuadorian Prime Minister Ana Costa of stalling the talks."
    )
    got = [(_speakers(f, s), s.cue) for s in f.statements]
    assert got[:2] == [(["Costa’s office"], "denied"), (["Costa’s office"], "saying")]
    accused = f.statements[2]
    names = {a.id: a.name for a in f.actors}
    assert accused.target is not None and names[accused.target] == "Ana Costa"


def test_joint_speakers(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz met Chilean Foreign Minister Tomas Vidal in Lima, "
        "with both sides pledging to expand trade. Ruiz and Vidal held talks in Cusco, and the two sides "
        "pledged to reopen the border. Bolivian Foreign Minister Ana Mora joined Ruiz and Vidal in Cusco on Monday "
        "for talks. The three ministers condemned the attack."
    )
    got = [(set(_speakers(f, s)), s.cue) for s in f.statements]
    assert ({"Elena Ruiz", "Tomas Vidal"}, "pledging") in got
    assert ({"Elena Ruiz", "Tomas Vidal"}, "pledged") in got
    assert "statement.with_group" in f.statements[0].rules


def test_agreed_with_a_day_in_between_and_talks_by_video(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz and Chilean Foreign Minister Tomas Vidal agreed Wednesday "
        "to boost trade during talks held via video link.",
        "2024-05-10",
    )
    (s,) = f.statements
    assert s.cue == "agreed" and s.kind == "intend" and s.content.startswith("to boost trade")
    (m,) = f.meetings
    assert m.modality == "video" and m.date is not None and m.date.value == "2024-05-08"


def test_according_to_her_and_separately(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz met Chilean Foreign Minister Tomas Vidal. "
        "The spokeswoman Maria Lopez criticised the plan. According to her, the plan was a mistake. "
        "Separately, Ruiz met Bolivian Foreign Minister Ana Mora in Lima on Wednesday and urged restraint."
    )
    got = [(_speakers(f, s), s.cue) for s in f.statements]
    assert (["Maria Lopez"], "According to") in got
    assert (["Elena Ruiz"], "urged") in got


def test_during_which_a_named_speaker_and_a_participle_after_a_quoted_cue(extract: Extract) -> None:
    f = extract(
        "Peruvian Foreign Minister Elena Ruiz held a meeting with Chilean Foreign Minister Tomas Vidal in Lima, "
        "during which Vidal urged allies to speed up aid. "
        'Ruiz said Peru "firmly rejects" any blockade, stressing that the border must stay open.'
    )
    got = [(_speakers(f, s), s.cue) for s in f.statements]
    assert (["Tomas Vidal"], "urged") in got
    assert (["Elena Ruiz"], "stressing") in got


def test_fronted_report_drops_the_discourse_adverb(extract: Extract) -> None:
    f = extract(
        "Separately, Peruvian President Ana Vega is set to hold a phone call with Chilean President Luis Soto, "
        "a government source said."
    )
    (s,) = f.statements
    assert s.content.startswith("Peruvian President Ana Vega is set to")


def test_a_cue_after_a_reported_country_clause_is_the_speakers(extract: Extract) -> None:
    f = extract(
        "Chilean Foreign Minister Tomas Vidal said Chile welcomed Peru's reforms and expressed confidence "
        "that the rail link would open on time."
    )
    got = [(_speakers(f, s), s.cue) for s in f.statements]
    assert got == [(["Tomas Vidal"], "said"), (["Tomas Vidal"], "expressed confidence")]
