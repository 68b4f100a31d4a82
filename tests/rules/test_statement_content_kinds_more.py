"""Kinds a neutral cue takes from its content (content_kind rows), with near-miss neutral contents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

Extract = Callable[..., Facts]
PERSON = "Estonian Foreign Minister Kadri Tamm"


def _kinds(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(s.cue, s.kind) for s in extract(text).statements]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        # a promised penalty
        ("Minsk would face serious consequences for the border incidents", "threaten"),
        ("the smugglers will pay a heavy price", "threaten"),
        ("any attack on the ferry would not go unanswered", "threaten"),
        ("any incursion would be met with a decisive response", "threaten"),
        # disowning a part in an act
        ("Tallinn had nothing to do with the cable damage", "deny"),
        ("the navy was not involved in the incident", "deny"),
        ("Estonia played no role in the protests", "deny"),
        # reproaches
        ("the statement was interference in Estonia's internal affairs", "disapprove"),
        ("the report showed double standards", "disapprove"),
        ("Moscow uses gas as a weapon against its neighbours", "disapprove"),
        ("the broadcaster was acting at the behest of a foreign state", "disapprove"),
        ("the campaign aimed to destabilize the Baltic region", "disapprove"),
        ("the rallies were meant to fuel ethnic tensions", "disapprove"),
        ("the mission did nothing to stop the shelling", "disapprove"),
        ("the envoys failed to keep their promises", "disapprove"),
        ("Tallinn was deeply disappointed by the vote", "disapprove"),
        ("the raids cannot be justified", "disapprove"),
        ("the naval drills were a provocation", "disapprove"),
        # approval
        ("Tallinn was very satisfied with the outcome of the vote", "approve"),
        ("the ferry deal was an important step for both nations", "approve"),
        ("the new charter is a step in the right direction", "approve"),
        ("Tallinn stands firmly with Chisinau", "approve"),
        ("the mediators deserve praise for their patience", "approve"),
        # a veiled threat
        ("all options remain on the table", "threaten"),
        # refusals
        ("Estonia is firmly opposed to the pipeline", "reject"),
        ("Tallinn has no intention of leaving the treaty", "intend"),  # a declared (negative) intention
        ("talks with the junta were out of the question", "reject"),
        ("there will be no concessions on the border treaty", "reject"),
        # intentions
        ("she would visit Vilnius in October", "intend"),
        ("the determination to deepen ties with Finland remained strong", "intend"),
        ("Estonia is keen to expand its digital trade with Korea", "intend"),
        # the speaker's side's next step (the last-resort content_kind row)
        ("we will expand our cooperation with Finland", "intend"),
        ("he would raise the issue with his Latvian counterpart", "intend"),
        # appeals
        ("it is imperative to reopen the border crossings", "appeal"),
    ],
)
def test_said_takes_the_kind_of_its_content(extract: Extract, content: str, kind: str) -> None:
    assert _kinds(extract, f"{PERSON} said {content}.") == [("said", kind)]


@pytest.mark.parametrize(
    "content",
    [
        # the same words in neutral statements stay `say`
        "the consequences of the storm were still being assessed",
        "the price of gas had fallen in the spring",
        "households pay a high price for heating",
        "the strong response of the volunteers was remarkable",
        "Tallinn had few details to do with the schedule",
        "the ministry was involved in the preparations for the summit",
        "the internal affairs ministry would publish the figures",
        "the second step of the survey began in May",
        "the ferry line stands idle in winter",
        "the summit would be held in Vilnius in October",
        "the question of the border was discussed at length",
        "it is time the talks began at noon",
        "the options for the new terminal were on the table",
        "the satisfied customers were Finnish",
        "the intention of the treaty was clear",
        # a forecast is no intention
        "she would be in Vilnius on Monday",
    ],
)
def test_neutral_content_stays_say(extract: Extract, content: str) -> None:
    assert _kinds(extract, f"{PERSON} said {content}.") == [("said", "say")]


def test_a_refusal_is_no_intention(extract: Extract) -> None:
    assert ("said", "intend") not in _kinds(extract, f"{PERSON} said we will not accept the ruling.")


def test_agreed_future_step_is_an_intention(extract: Extract) -> None:
    f = extract(f"{PERSON} and her Latvian counterpart Ilze Berzina agreed that the ministers will meet in Riga soon.")
    assert [s.kind for s in f.statements] == ["intend"]


def test_agreed_judgement_is_not_an_intention(extract: Extract) -> None:
    f = extract(f"{PERSON} and her Latvian counterpart Ilze Berzina agreed that the plan would be costly.")
    assert [s.kind for s in f.statements] == ["say"]


@pytest.mark.parametrize(
    "content",
    [
        "Estonia will open an embassy in Seoul next year",
        "the Estonian government would send experts to the border",
        "Tallinn will host the next round of talks",
        "they would also advocate a ban on the drills",
    ],
)
def test_the_speakers_sides_next_step_is_an_intention(extract: Extract, content: str) -> None:
    assert _kinds(extract, f"{PERSON} said {content}.") == [("said", "intend")]


@pytest.mark.parametrize(
    "content",
    ["Estonia will be a reliable partner", "the Estonian government would be glad to see more trade"],  # forecasts
)
def test_a_forecast_is_no_intention(extract: Extract, content: str) -> None:
    assert ("said", "intend") not in _kinds(extract, f"{PERSON} said {content}.")
