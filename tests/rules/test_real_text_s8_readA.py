"""Session 8 (readA): actors, coreference, cleaning and sentence splitting as real news pages
showed them: sentences glued with no space after the full stop, a title after a party's name,
handles, joined site names, plurals of initials and meeting compounds taken for persons, a
nickname in quotes inside a name, initials inside a name, an unnamed role-holder the article
names elsewhere, and page furniture (wire datelines with a country or dated brackets, "With X
inputs", photo credits after a caption).

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from furniture import HEADLINE, LAST, LEAD, MORE, clean, goes_after_the_article
from newsfacts.plugins import PluginManager, get_plugin_manager
from newsfacts.rules import Facts
from newsfacts.text import sentences

Extract = Callable[..., Facts]


def _persons(f: Facts) -> set[str]:
    return {a.name for a in f.actors if a.kind == "person"}


def _speakers(f: Facts) -> set[str]:
    names = {a.id: a.name for a in f.actors}
    return {names[k] for s in f.statements for k in s.speakers}


def _countries(f: Facts) -> dict[str, str | None]:
    return {a.name: a.country for a in f.actors if a.kind == "person"}


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


# -- text.glued_sentence ------------------------------------------------------------------------


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_sentences_glued_without_a_space_are_two() -> None:
    assert _split("The ministers met on Monday to discuss the drought.Peruvian President Ana Rojas spoke first.") == [
        "The ministers met on Monday to discuss the drought.",
        "Peruvian President Ana Rojas spoke first.",
    ]


def test_a_glued_quote_end_and_a_glued_acronym_split_too() -> None:
    text = 'She called it "a matter of survival."After the talks, the envoy left.U.N. officials said so.'
    assert _split(text) == [
        'She called it "a matter of survival."',
        "After the talks, the envoy left.",
        "U.N. officials said so.",
    ]


@pytest.mark.parametrize(
    "text", ["See pic.twitter.com/xYz9 for the photos.", "He flew to St.Petersburg on Friday.", "Mr.Rahimi said so."]
)
def test_web_addresses_abbreviations_and_initials_stay_whole(text: str) -> None:
    assert _split(text) == [text]


def test_a_glued_sentence_keeps_each_speaker_his_country(extract: Extract) -> None:
    f = extract(
        "Chilean President Ana Rojas opened the video summit on Monday.Bolivian President Luis Pardo called for "
        "joint action.Peruvian Foreign Minister Elena Vargas urged the bloc to act, saying the drought was worsening.",
        "2025-03-03",
    )
    assert _countries(f)["Luis Pardo"] == "BOL"
    assert _countries(f)["Elena Vargas"] == "PER"


# -- actor.descriptor_role ----------------------------------------------------------------------


def test_a_party_title_before_a_name_makes_a_person(extract: Extract) -> None:
    f = extract("Party General Secretary Tran Van Minh affirmed the country's policy of openness.", "2025-03-03")
    assert "Tran Van Minh" in _speakers(f)
    assert not [a for a in f.actors if a.kind == "organization" and "Tran" in a.name]


def test_a_party_named_after_its_descriptor_is_still_an_organization(extract: Extract) -> None:
    f = extract("The opposition party Green Future said the treaty was a mistake.", "2025-03-03")
    assert "Green Future" not in _persons(f)


# -- actor.name_shape ---------------------------------------------------------------------------


def test_a_handle_is_no_person(extract: Extract) -> None:
    f = extract(
        'Foreign Minister Ana Rojas met her Bolivian counterpart. "A friendly meeting with FM @LuisPardoBO of '
        'Bolivia," Rojas said.',
        "2025-03-03",
    )
    assert not any("Pardo" in n for n in _persons(f))


def test_a_joined_site_name_is_no_person(extract: Extract) -> None:
    f = extract("President Ana Rojas held a phone call with President Luis Pardo, AndeanWorld reports.", "2025-03-03")
    assert "AndeanWorld" not in _persons(f)
    assert {"Ana Rojas", "Luis Pardo"} <= _persons(f)


def test_a_plural_of_initials_is_no_person(extract: Extract) -> None:
    f = extract(
        "Prime Minister Ana Rojas met Prime Minister Luis Pardo in Lima. During their talks, the two PMs agreed "
        "to deepen cooperation.",
        "2025-03-03",
    )
    assert "PMs" not in _persons(f)


def test_two_surnames_joined_before_a_meeting_noun_are_no_person(extract: Extract) -> None:
    f = extract(
        "Prime Ministers Ana Rojas and Luis Pardo met in Lima on Sunday.\n\n"
        "As the Rojas-Pardo meeting set the tone, the ministers talked on.",
        "2025-03-03",
    )
    assert "Rojas-Pardo" not in _persons(f)
    assert {"Ana Rojas", "Luis Pardo"} <= _persons(f)


def test_a_double_barrelled_surname_stays_a_name(extract: Extract) -> None:
    f = extract("President Maria Rojas-Pardo said the meeting went well.", "2025-03-03")
    assert _speakers(f) == {"Maria Rojas-Pardo"}


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. Central Command said on Friday that it had stopped two ships.",
        "Dr Tomas Lind, a professor at the Nordic School of International Studies said the tour marked a shift.",
    ],
)
def test_the_head_noun_of_a_body_is_no_person(extract: Extract, sentence: str) -> None:
    f = extract(sentence, "2025-03-03")
    assert not ({"Command", "Studies"} & _persons(f))


# -- actor.nickname_in_name, actor.initials_inside_name, actor.middle_initial ----------------------


def test_a_nickname_in_quotes_is_left_out_of_the_name(extract: Extract) -> None:
    f = extract(
        "The minister spoke after a cabinet meeting chaired by President Tomas “Tommy” Lindqvist on Monday.\n\n"
        "President Tommy said the talks with Finland were useful.",
        "2025-03-03",
    )
    assert _speakers(f) == {"Tomas Lindqvist"}


def test_a_nickname_in_straight_quotes(extract: Extract) -> None:
    f = extract('President Ramon "Bongo" Villaverde said the country would not give up its claim.', "2025-03-03")
    assert _speakers(f) == {"Ramon Villaverde"}


def test_two_initials_inside_a_name_belong_to_it(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Sari KP Wulandari stressed the need for calm. Sari said the talks would go on.",
        "2025-03-03",
    )
    assert _persons(f) == {"Sari KP Wulandari"}


def test_a_middle_initial_before_a_curly_apostrophe_surname(extract: Extract) -> None:
    f = extract(
        "Presidential spokesman Ali Demir spoke by phone with US National Security Adviser Daniel R. O’Hara.",
        "2025-03-03",
    )
    assert "Daniel R. O’Hara" in _persons(f)


# -- coref.unnamed_named_holder -------------------------------------------------------------------


def test_an_unnamed_holder_is_the_one_named_holder_of_that_country(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad received King Faris bin Saleh Al Nuri, King of Bahrain, in Cairo on Monday.\n\n"
        "The President and the King of Bahrain expressed their hope for a successful summit.",
        "2025-03-03",
    )
    assert "King of Bahrain" not in _persons(f)
    assert "Faris bin Saleh Al Nuri" in _speakers(f)
    assert _countries(f)["Faris bin Saleh Al Nuri"] == "BHR"


def test_an_unnamed_holder_told_later_is_the_named_holder(extract: Extract) -> None:
    f = extract(
        "Prime Minister Omar Haddad of Egypt received the ambassador of Peru on Monday.\n\n"
        "The ambassador congratulated him on assuming the office of the Prime Minister of Egypt.",
        "2025-03-03",
    )
    assert "Prime Minister of Egypt" not in _persons(f)


def test_two_named_holders_leave_the_unnamed_one_alone(extract: Extract) -> None:
    f = extract(
        "President Omar Haddad met former President Adel Haddad and President Faris Nuri of Bahrain in Cairo.\n\n"
        "Omar Haddad later spoke by phone with the President of Egypt about the summit.",
        "2025-03-03",
    )
    # a former and a sitting Egyptian president: nothing tells which one is meant
    assert "Adel Haddad" not in {a.name for a in f.actors if a.unnamed}


# -- cleaning -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("PUERTO MONTT, Chile (Reuters) ", "PUERTO MONTT", "Reuters"),
        ("LIMA (Andes News / Andina - 12th March, 2025) ", "LIMA", "Andes News / Andina"),
    ],
)
def test_a_wire_dateline_with_a_country_or_a_dated_bracket_goes(
    pm: PluginManager, opening: str, place: str, agency: str
) -> None:
    text = "\n\n".join([HEADLINE, opening + LEAD, MORE, LAST]) + "\n"
    c, body, _ = clean(pm, text)
    assert body == [LEAD, MORE, LAST]
    assert c.dateline is not None and (c.dateline.place, c.dateline.agency) == (place, agency)


@pytest.mark.parametrize("line", ["(With Andina inputs)", "With PTI inputs"])
def test_an_agency_input_note_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("credit", [" PHOTO | PSCU", " Photo/PSCU", " Image Credit: WAM"])
def test_a_photo_credit_after_a_caption_goes(pm: PluginManager, credit: str) -> None:
    caption = "President Ana Rojas (R) with Foreign Minister Luis Pardo at the palace."
    if credit.startswith(" Image"):
        caption = caption[:-1]  # "… in Lima on Wednesday Image Credit: WAM": no full stop before it
    text = "\n\n".join([HEADLINE, LEAD, caption + credit, MORE, LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == [credit.strip()]
    assert caption in body


def test_a_photo_word_in_prose_stays(pm: PluginManager) -> None:
    line = "The ministers posed for a photo / video session before the talks began in the palace garden."
    text = "\n\n".join([HEADLINE, LEAD, line, MORE, LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert line in body
    assert removed == []


# -- countries and coreference of the persons around a name ---------------------------------------


def test_the_king_is_no_untitled_person(extract: Extract) -> None:
    f = extract(
        "Chilean President Ana Rojas met Luis Pardo for talks in London.\n\n"
        "The president was in London for the first state visit of the reign of the King.\n\n"
        "Mr Pardo said the visit was historic.",
        "2025-03-03",
    )
    pardo = next(a for a in f.actors if a.name == "Luis Pardo")
    assert len(pardo.mentions) == 2  # "Luis Pardo", "Pardo": not "the King"


def test_a_body_title_in_a_list_of_states_shares_no_state(extract: Extract) -> None:
    f = extract(
        "President Li Wen would also hold bilateral meetings with French President Jean Morel, Argentinian President "
        "Luis Pardo and African Union chair Kofi Mensah on the sidelines of the summit.",
        "2025-03-03",
    )
    assert _countries(f)["Kofi Mensah"] is None
    assert _countries(f)["Luis Pardo"] == "ARG"


def test_a_list_of_one_states_officials_still_shares_it(extract: Extract) -> None:
    f = extract(
        "Syrian Foreign Minister Ali Haddad, Defense Minister Omar Nuri and Intelligence Chief Sami Kassab met "
        "the envoy in Damascus.",
        "2025-03-03",
    )
    assert _countries(f)["Sami Kassab"] == "SYR"


def test_the_subjects_state_is_not_the_objects(extract: Extract) -> None:
    f = extract("Jordan's King Faris met Tomas Lindqvist in London on Monday.", "2025-03-03")
    assert _countries(f)["Tomas Lindqvist"] is None


def test_a_demonym_after_the_verb_is_the_objects(extract: Extract) -> None:
    f = extract("President Ana Rojas met Bolivian Luis Pardo in Lima on Monday.", "2025-03-03")
    assert _countries(f)["Luis Pardo"] == "BOL"


@pytest.mark.parametrize("modifier", ["newly elected", "newly appointed", "outgoing", "interim"])
def test_a_states_possessive_before_a_dated_title(extract: Extract, modifier: str) -> None:
    f = extract(f"Chile's {modifier} Foreign Minister Ana Rojas said the talks would go on.", "2025-03-03")
    assert _countries(f)["Ana Rojas"] == "CHL"


@pytest.mark.parametrize(
    "line", ["(Inputs from Reuters)", "(Excerpts : Xinhua)", "TB (according to VNA)", "Andina.pe", "SAnews.gov.za"]
)
def test_a_source_note_or_a_host_line_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize(
    "line",
    [
        "Sources in the ministry said the talks went well (according to Reuters).",
        "The ministers met in Lima.",
    ],
)
def test_prose_with_a_source_stays(pm: PluginManager, line: str) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, line]) + "\n"
    _, body, removed = clean(pm, text)
    assert line in body
    assert removed == []
