"""Constructions found in session 14's read sets of real articles (governments' readouts, UN briefings, Arab,
Levant and Israeli outlets; agencies of East Asia, Russia and the CIS), each tested with sentences invented
for it: a title and surname "of the" state, a companion set off by commas, a press conference after talks, a
second verb's "with", talks only weighed, a demonym standing for a person, an agenda's talks, a slash between
titles, a seat on a body before the title, and a country's words that a statement reacts to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, persons, speaker_names, statements_by_cue

Extract = Callable[..., Facts]


@pytest.mark.parametrize("state", ["the Philippines", "the United Kingdom", "the Netherlands"])
def test_a_surname_after_a_title_of_the_state(extract: Extract, state: str) -> None:
    """actor.one_word_of_country: "Prime Minister Halvorsen of the United Kingdom": the country's gazetteer name
    may take its article in ("the Philippines"); a one-word name after a title and "of" a state is a person."""
    f = extract(f"President Lindqvist spoke today with Prime Minister Halvorsen of {state}.")
    assert meeting_parties(f) == [{"Lindqvist", "Halvorsen"}]
    assert persons(f)["Halvorsen"][0] is not None


def test_a_call_to_a_president_of_the_state_to_inform_him(extract: Extract) -> None:
    """meeting.called_to: "X called President Y of the Philippines to inform him ...": the state after the name
    stands between the one called and the call's purpose."""
    f = extract(
        "Last night, President Daniel Ortega called President Ramon Reyes of the Philippines to inform him that he "
        "will not be able to travel."
    )
    assert meeting_parties(f) == [{"Daniel Ortega", "Ramon Reyes"}]
    assert f.meetings[0].modality == "phone"


def test_a_companion_set_off_by_commas_is_not_the_subject(extract: Extract) -> None:
    """meeting.companion_not_subject, meeting.place_day_gap and coref.father_name: "King Faisal, accompanied by
    Crown Prince Hamad bin Faisal II, in Riyadh on Monday, met with Y": the king met Y, and the crown prince,
    whose father's name the king's is, is another person."""
    f = extract(
        "His Majesty King Faisal, accompanied by His Royal Highness Crown Prince Hamad bin Faisal II, in Riyadh "
        "on Monday, met with Qatari Emir Tamim bin Khalid Al Thani, and checked on his health."
    )
    assert meeting_parties(f) == [{"Faisal", "Tamim bin Khalid Al Thani"}]
    assert f.meetings[0].location is not None and f.meetings[0].location.name == "Riyadh"


@pytest.mark.parametrize("word", ["following", "after"])
def test_a_press_conference_after_talks(extract: Extract, word: str) -> None:
    """meeting.conference_after_talks: "In a press conference following a meeting with Y, X praised ...": X met
    Y."""
    f = extract(
        f"In a press conference {word} a meeting with President Karim Haddad, Secretary-General Ines Moreau "
        "praised the President's efforts to tackle inequality."
    )
    assert meeting_parties(f) == [{"Ines Moreau", "Karim Haddad"}]
    assert [speaker_names(f, s) for s in statements_by_cue(f, "praised")] == [["Ines Moreau"]]


@pytest.mark.parametrize("second", ["later held talks with", "consulted with", "also held a meeting with"])
def test_a_second_verbs_with_is_its_own(extract: Extract, second: str) -> None:
    """meeting.noun_own_with: "X met President A and later held talks with Foreign Minister B": A is the first
    verb's object, B the second's (meeting.coordinated_verb); "consult with" is a verb of talks."""
    f = extract(f"Omar Haddad met President Louis Garnier and {second} Foreign Minister Paul Dumont.")
    assert meeting_parties(f) == [{"Omar Haddad", "Louis Garnier"}, {"Omar Haddad", "Paul Dumont"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers will discuss the potential of resuming peace talks between Israel and Palestine.",
        "He also presented the position of the Armenian side on starting negotiations between Armenia and Azerbaijan.",
        "Analysts weighed the prospects for talks between Serbia and Kosovo.",
    ],
)
def test_talks_only_weighed_are_no_meeting(extract: Extract, sentence: str) -> None:
    """meeting.weighed_talks, meeting.required_talks: the potential, prospects or a position on talks between A
    and B tell of none held."""
    assert extract(sentence).meetings == ()


@pytest.mark.parametrize("opener", ["Commenting", "Responding", "Reacting"])
def test_a_participle_opening_the_sentence_is_no_name(extract: Extract, opener: str) -> None:
    """actor.participle_opener: "Commenting on media reports, the spokesman stated ...": no person "Commenting"."""
    f = extract(
        f"{opener} on media reports regarding the Foreign Minister's press conference, the Foreign Office "
        "spokesman stated that certain factual inaccuracies had been found. The Foreign Minister had stated that "
        "Pakistan values the role of Turkey."
    )
    assert opener not in persons(f)
    assert speaker_names(f, statements_by_cue(f, "stated")[0]) == ["Foreign Office spokesman"]


def test_a_topic_in_their_blog_posts_is_no_meeting(extract: Extract) -> None:
    """meeting.joint_writings: "A and B discussed Libya in their latest blog posts": each wrote; no talk."""
    f = extract(
        "British Ambassador to Jordan Peter Milton and British Ambassador to the Netherlands Paul Arkley discussed "
        "Libya in their latest blog posts."
    )
    assert f.meetings == ()


def test_a_title_to_two_states(extract: Extract) -> None:
    """actor.title_country_pair: "Special Representative to Afghanistan and Pakistan X": the title spans both
    states, so a later "the Foreign Secretary" is not X."""
    f = extract(
        "The UK Special Representative to Afghanistan and Pakistan Mark Sedley visited New Zealand. "
        "And today the Foreign Secretary condemned the attack on a UN building in Abuja."
    )
    assert "Special Representative" in (persons(f)["Mark Sedley"][1] or "")
    assert all(speaker_names(f, s) != ["Mark Sedley"] for s in statements_by_cue(f, "condemned"))


def test_a_countrys_words_that_a_statement_reacts_to(extract: Extract) -> None:
    """statement.event_clause: "X expressed concern after Iran announced that ...": Iran's announcement is a
    statement of its own, not reported speech inside X's."""
    f = extract(
        "Foreign Office Minister Henry Bellam expressed concern after Iran announced that it has started to "
        "transfer centrifuges to the Fordow plant."
    )
    (st,) = statements_by_cue(f, "announced")
    assert speaker_names(f, st) == ["Iran"]
    assert st.content == "it has started to transfer centrifuges to the Fordow plant"
    assert "statement.event_clause" in st.rules


def test_a_demonym_standing_for_a_person(extract: Extract) -> None:
    """coref.demonym_noun: "The Kosovan expressed his country's gratitude": the person of that state told
    before ("The Kosovan side" is no person: a noun follows the demonym, not a verb)."""
    f = extract(
        "UAE Foreign Minister Sheikh Abdullah bin Zayed met Kosovo's Foreign Minister Enver Hoxhaj in Abu Dhabi. "
        "The Kosovan expressed his country's gratitude to Sheikh Abdullah for the recognition."
    )
    assert [speaker_names(f, s) for s in statements_by_cue(f, "expressed")] == [["Enver Hoxhaj"]]


def test_talks_on_an_agenda_told_apart(extract: Extract) -> None:
    """meeting.on_the_agenda and meeting.and_with: "X's agenda includes talks with A, as well as with B and C":
    X holds them, still to come, one meeting each ("with" told again)."""
    f = extract(
        "Russian Foreign Minister Sergey Lavrov arrived in Ulaanbaatar on Tuesday. Lavrov's agenda includes talks "
        "with his Mongolian counterpart, Batmunkh Tsend, as well as with President Ganbold Erdene and the chairman "
        "of the State Great Khural, Bold Tumur."
    )
    parties = meeting_parties(f)
    assert len(parties) == 3
    assert {frozenset(p) for p in parties} == {
        frozenset({"Sergey Lavrov", "Batmunkh Tsend"}),
        frozenset({"Sergey Lavrov", "Ganbold Erdene"}),
        frozenset({"Sergey Lavrov", "Bold Tumur"}),
    }
    assert {m.status for m in f.meetings} == {"planned"}


def test_two_titles_joined_by_a_slash(extract: Extract) -> None:
    """meeting.title_words_gap: "with Vice Prime Minister/Minister of Foreign Affairs of Georgia, Y"."""
    f = extract(
        "Foreign Minister of Armenia Aram Petrosyan held a telephone conversation today with Vice Prime "
        "Minister/Minister of Foreign Affairs of Georgia, Davit Kipiani."
    )
    assert meeting_parties(f) == [{"Aram Petrosyan", "Davit Kipiani"}]
    assert f.meetings[0].modality == "phone"


@pytest.mark.parametrize("front", ["In phone talks Thursday", "In talks on Thursday", "During talks in Seoul"])
def test_talks_with_no_article_before_a_joint_subject(extract: Extract, front: str) -> None:
    """meeting.joint_front: "In phone talks Thursday, X and Y condemned ...": the main clause's two subjects
    held them (with no article before the noun too)."""
    f = extract(
        f"{front}, Foreign Minister Kim Ho-jin and U.S. Secretary of State John Keller condemned the nuclear test."
    )
    assert meeting_parties(f) == [{"Kim Ho-jin", "John Keller"}]


def test_a_second_cue_after_as_well_as(extract: Extract) -> None:
    """statement.as_well_as: "said that A as well as expressed B": two statements, A's content ends before."""
    f = extract(
        "Secretary of State Alan Brooks said that the partnership is strong and keeps developing as well as "
        "expressed commitment to the sovereignty of Kazakhstan."
    )
    (said,) = statements_by_cue(f, "said")
    assert said.content == "the partnership is strong and keeps developing"
    (expressed,) = statements_by_cue(f, "expressed")
    assert speaker_names(f, expressed) == ["Alan Brooks"]


def test_a_seat_on_a_body_before_the_title(extract: Extract) -> None:
    """actor.member_then_title: "Wang Yi, member of the State Council, Minister of Foreign Affairs of China":
    the title after the seat is the name's, so "The Chinese Minister" is he and no unnamed minister."""
    f = extract(
        "Head of State Nurlan Abenov has received Li Ming, member of the State Council, Minister of Foreign "
        "Affairs of China. The President praised China's role in global policy. The Chinese Minister thanked the "
        "Kazakh President for hospitality."
    )
    assert persons(f)["Li Ming"][0] == "CHN"
    assert set(persons(f)) == {"Nurlan Abenov", "Li Ming"}
    assert [speaker_names(f, s) for s in statements_by_cue(f, "thanked")] == [["Li Ming"]]
    assert [speaker_names(f, s) for s in statements_by_cue(f, "praised")] == [["Nurlan Abenov"]]


def test_other_talks_as_the_topic_are_no_party(extract: Extract) -> None:
    """meeting.topic_talks_with: "They also conferred about the P5+1 talks with Iran": the talks with Iran are
    the topic of the call, Iran no party of it ("visited Moscow on Monday to hold talks with Y" keeps Y)."""
    f = extract(
        "President Alan Ward spoke by phone with Prime Minister Colin Hart of the United Kingdom. "
        "They also conferred about the P5+1 talks with Iran."
    )
    assert meeting_parties(f) == [{"Alan Ward", "Colin Hart"}]
    g = extract(
        "Iranian Oil Minister Bijan Zanganeh visited Moscow late on Monday to hold talks with Russian counterpart, "
        "Alexander Novin, Sputnik reported."
    )
    assert meeting_parties(g) == [{"Bijan Zanganeh", "Alexander Novin"}]


def test_an_unnamed_role_in_apposition_is_not_the_subject(extract: Extract) -> None:
    """meeting.appositive_subject: "X and Y, the prime minister of Saudi Arabia, on Thursday held a meeting":
    the role set off by commas is Y's, the two names the subject."""
    f = extract(
        "King Abdullah and Saudi Crown Prince Mohammed bin Salman, the prime minister of Saudi Arabia, on Thursday "
        "held a meeting at Al Salam Royal Palace in Jeddah."
    )
    assert meeting_parties(f) == [{"Abdullah", "Mohammed bin Salman"}]


def test_the_bare_secretary_general_is_the_offices_holder(extract: Extract) -> None:
    """coref.unique_office: "The Secretary-General condemned ..." with no holder named speaks; "the Office of
    the Secretary-General" is a body, and a deputy is another office."""
    f = extract("The Secretary-General condemned the attack in Lahore. He said the perpetrators must be punished.")
    assert [speaker_names(f, s) for s in f.statements] == [["Secretary-General"], ["Secretary-General"]]
    assert persons(f) == {"Secretary-General": (None, "Secretary-General")}
    g = extract("The Deputy Secretary-General stressed the need for peace.")
    assert persons(g) == {}


@pytest.mark.parametrize("gap", ["", "only "])
def test_a_meeting_attended_with_someone(extract: Extract, gap: str) -> None:
    """meeting.attended_meeting: "X (only) attended a bilateral meeting with Y": X met Y; "A and B attended the
    meeting" joins one told before, and makes none of its own."""
    f = extract(f"Argentine President Alberto Ferrer {gap}attended a bilateral meeting with Chinese President Li Wen.")
    assert meeting_parties(f) == [{"Alberto Ferrer", "Li Wen"}]
    g = extract(
        "Envoy Mark Bolton hosted delegations of Congo and Rwanda on Tuesday for talks. Congolese Foreign Minister "
        "Therese Wagner and Rwandan Foreign Minister Olivier Nduhu attended the meeting."
    )
    assert {"Therese Wagner", "Olivier Nduhu"} not in meeting_parties(g)


def test_said_this_to_journalists_after_talks(extract: Extract) -> None:
    """meeting.said_after_talks: "He said this to journalists after talks with Y on Sunday": he met Y."""
    f = extract(
        "Ukrainian President Petro Poroshenko praised the visit. He said this to journalists after talks with U.S. "
        "Secretary of State Rex Tilman on Sunday."
    )
    assert meeting_parties(f) == [{"Petro Poroshenko", "Rex Tilman"}]


def test_a_call_the_day_after_keeps_its_own_modality(extract: Extract) -> None:
    """meeting.subordinate_subject: "X hosted Y, the day after A spoke with B by telephone": two talks, the second
    a call (its own modality, not the first's)."""
    f = extract(
        "Foreign Minister Marcelo Ebrado hosted U.S. Secretary Alejandro Mayorga, the day after President Andres "
        "Lopez Obregon spoke with U.S. Vice President Kamala Harwood by telephone."
    )
    assert meeting_parties(f) == [{"Marcelo Ebrado", "Alejandro Mayorga"}, {"Andres Lopez Obregon", "Kamala Harwood"}]
    assert [m.modality for m in f.meetings] == ["in_person", "phone"]


def test_a_call_on_another_day_than_a_meeting_in_person(extract: Extract) -> None:
    """meeting.another_day: "X met Y at the White House on February 13. The two leaders spoke by phone
    Thursday": a call on another day is a talk of its own."""
    f = extract(
        "Prime Minister Justin Tremblay met U.S. President Donald Trent at the White House on February 13. "
        "The two leaders spoke by phone Thursday.",
        published="2026-05-20",
    )
    assert [m.modality for m in f.meetings] == ["in_person", "phone"]


def test_an_arabic_comma_separates_a_list(extract: Extract) -> None:
    """The Arabic comma reads as a comma: "the ambassadors of the United Kingdom، Japan and Russia"."""
    f = extract(
        "KABUL – Deputy Foreign Minister Mohammad Haroon Chakhan had separate meetings with the ambassadors of the "
        "United Kingdom\u060c Japan and Russia this afternoon."
    )
    assert len(f.meetings) == 3


def test_a_member_of_a_body_met(extract: Extract) -> None:
    """meeting.member_of_object: "in a meeting with member of the Armed Services Committee of the US House of
    Representatives X and the US Ambassador Y": both are parties."""
    f = extract(
        "Iraqi Prime Minister Mohammed Shia al-Sudani stated in a meeting with member of the Armed Services "
        "Committee of the US House of Representatives Seth Moulder and US Ambassador Alina Roman that the insult "
        "is an offense."
    )
    assert meeting_parties(f) == [{"Mohammed Shia al-Sudani", "Seth Moulder", "Alina Roman"}]


def test_an_apposition_no_comma_closes(extract: Extract) -> None:
    """actor.apposition_verb: "X, Foreign Minister on Monday received Y": the apposition ends with the title;
    "According to X, the Minister is expected to meet Y" is a clause of its own."""
    f = extract(
        "Muscat: Sayyid Badr Hamad al Busaidi, Foreign Minister on Monday received Mohammed Abdul Razzaq, Minister "
        "of Foreign Affairs of Somalia."
    )
    assert meeting_parties(f) == [{"Badr Hamad al Busaidi", "Mohammed Abdul Razzaq"}]
    g = extract(
        "Nigeria's Foreign Affairs Minister, Geoffrey Onyema is on a visit to Namibia. According to Sarah Sandu, "
        "the Minister is expected to meet with his counterpart Minister of International Relations, Mrs Netumbo "
        "Nandi, on Monday."
    )
    assert meeting_parties(g)[0] == {"Geoffrey Onyema", "Netumbo Nandi"}


def test_told_visiting_someone(extract: Extract) -> None:
    """meeting.told_visiting: "X told visiting Iraqi Prime Minister Y on Wednesday that ...": the two met."""
    f = extract("Ayatollah Ali Khamenei told visiting Iraqi Prime Minister Nuri al-Malek on Wednesday that ties grow.")
    assert meeting_parties(f) == [{"Ali Khamenei", "Nuri al-Malek"}]
    assert "meeting.told_visiting" in f.meetings[0].rules


def test_a_counterpart_from_a_state_named_after(extract: Extract) -> None:
    """actor.counterpart_from: "his counterpart from Mozambique Jose Pacheco": the name after the state is the
    counterpart's (no earlier person of no state told is)."""
    f = extract(
        "President Vladimir Putin spoke. Russian Foreign Minister Sergei Lavrov attends a meeting with his "
        "counterpart from Mozambique Jose Pacheco in Moscow."
    )
    assert meeting_parties(f) == [{"Sergei Lavrov", "Jose Pacheco"}]
    assert persons(f)["Jose Pacheco"][0] == "MOZ"


def test_a_headline_noun_of_talks_is_no_name(extract: Extract) -> None:
    """nonname: "Hungary FM Holds Talks with ..." in a title-case headline names no person "Talks"."""
    f = extract(
        " date 2025-10-23 Hírek\n\nHungary FM Holds Talks with U.S. Secretary of State\n\n"
        "The summit is on the agenda, Hungary's Foreign Minister wrote on his social media page."
    )
    assert "Talks" not in persons(f)


def test_a_states_title_named_later_under_another_wording(extract: Extract) -> None:
    """coref.same_title_later: "..., Hungary's Foreign Minister wrote. ... posted Hungarian Minister of Foreign
    Affairs and Trade Peter Szabo": the one person of that state whose title holds the role, named later."""
    f = extract(
        "The summit is on the agenda, Hungary's Foreign Minister wrote on his social media page. The talks were "
        'planned for weeks. Officials prepared them. The press waited. "The most important meeting of the day is '
        'with the Secretary of State," posted Hungarian Minister of Foreign Affairs and Trade Peter Szabo.'
    )
    assert [speaker_names(f, s) for s in statements_by_cue(f, "hungary's foreign minister wrote")] == [["Peter Szabo"]]


def test_talks_between_the_chiefs_of_diplomacy_of_two_states(extract: Extract) -> None:
    """The plural of a role "X of Y" pluralises its head noun ("chiefs of diplomacy", "secretaries of state"):
    "talks in Warsaw between the chiefs of diplomacy of Poland and Belarus, A and B" were theirs."""
    f = extract(
        "Ukraine was high on the agenda of Thursday talks in Warsaw between the chiefs of diplomacy of Poland and "
        "Belarus, Radek Sikora and Uladzimir Makei."
    )
    assert meeting_parties(f) == [{"Radek Sikora", "Uladzimir Makei"}]


def test_the_prime_minister_and_an_ambassador_are_two(extract: Extract) -> None:
    """actor.leader_and_envoy: "the Prime Minister and Ambassador X agreed": the prime minister told before and
    the envoy, not one person with both titles."""
    f = extract(
        "Prime Minister Masud Barzan today met US Ambassador to Iraq, Matthew Tuller. In that regard, the Prime "
        "Minister and Ambassador Tuller agreed on the need for coordination. The Prime Minister noted the "
        "conditions for resolving problems."
    )
    assert persons(f)["Matthew Tuller"][1] != "Prime Minister and Ambassador"
    assert [speaker_names(f, s) for s in statements_by_cue(f, "noted")] == [["Masud Barzan"]]


@pytest.mark.parametrize(
    "objects",
    [
        "Polish, Gabonese and Cameroonian foreign ministers, Zbig Rau, Pacome Boubeya, and Lejeune Mbella, "
        "respectively",
        "former foreign ministers of Poland, Gabon and Cameroon, Zbig Rau, Pacome Boubeya and Lejeune Mbella",
    ],
)
def test_names_after_a_bare_plural_title_of_their_states(extract: Extract, objects: str) -> None:
    """actor.respective_counterparts, actor.respective_names and meeting.respective_objects: "met with Polish,
    Gabonese and Cameroonian foreign ministers, A, B, and C, respectively": each of them, of their state."""
    f = extract(f"Turkish Foreign Minister Mevlut Cavus met with {objects}.")
    assert {frozenset(p) for p in meeting_parties(f)} <= {
        frozenset({"Mevlut Cavus", "Zbig Rau"}),
        frozenset({"Mevlut Cavus", "Pacome Boubeya"}),
        frozenset({"Mevlut Cavus", "Lejeune Mbella"}),
        frozenset({"Mevlut Cavus", "Zbig Rau", "Pacome Boubeya", "Lejeune Mbella"}),
    }
    assert f.meetings
    assert persons(f)["Pacome Boubeya"][0] == "GAB"


def test_a_bare_plural_title_of_states_opening_a_sentence_names_no_one(extract: Extract) -> None:
    """A bare plural of states with no names after it ("Deputy foreign ministers of A, B and C held
    consultations", "received ambassadors of Russia and China, Kazinform cites ...") makes no unnamed list."""
    f = extract(
        "President Kassym Tokay of Kazakhstan received ambassadors of Russia and China, Kazinform cites the press "
        "service."
    )
    assert f.meetings == ()


@pytest.mark.parametrize("opener", ["I’m", "We’ll", "They're"])
def test_a_contraction_opening_a_quote_is_no_name(extract: Extract, opener: str) -> None:
    """actor.name_shape: "“I’m satisfied with this first step,” the Iranian minister said": no person "I’m"."""
    f = extract(
        "Iranian Foreign Minister Javad Zarin met his counterparts. "
        f"“{opener} satisfied with this first step,” the Iranian minister said."
    )
    assert set(persons(f)) == {"Javad Zarin"}


def test_the_officials_of_the_islamic_emirate_are_no_person(extract: Extract) -> None:
    """nonname: "Emirate" (as "Emirates", "Kingdom") names a state's form, no person."""
    f = extract("The Chinese Foreign Minister Wang Yu will hold talks with the officials of the Islamic Emirate.")
    assert "Emirate" not in persons(f)


def test_who_said_someone_attended_did_not_attend(extract: Extract) -> None:
    """meeting.attended_reported: "Qane said X was also present at the meeting with Y": X attended, the
    spokesman who said it did not."""
    f = extract(
        "Interior Minister Siraj Haqqan met Japan's new ambassador Taka Kormi on Monday. Spokesman Abdul Matin Qani "
        "said Japan's former ambassador Takashi Okado was also present at the meeting."
    )
    assert meeting_parties(f) == [{"Siraj Haqqan", "Taka Kormi", "Takashi Okado"}]


@pytest.mark.parametrize("adjective", ["new", "former", "outgoing", "then", "caretaker", "acting"])
def test_an_adjective_inside_a_title(extract: Extract, adjective: str) -> None:
    """actor.adjective_in_title: "met Japan's new ambassador X": the title runs over the adjective to the state, so
    the name is the verb's object."""
    f = extract(f"Interior Minister Siraj Haqqan met Japan's {adjective} ambassador Taka Kormi on Monday.")
    assert meeting_parties(f) == [{"Siraj Haqqan", "Taka Kormi"}]
    assert persons(f)["Taka Kormi"][0] == "JPN"


@pytest.mark.parametrize("cue", ["stated in a meeting with", "stressed during a phone call with"])
def test_a_cue_told_in_the_talk(extract: Extract, cue: str) -> None:
    """meeting.said_in_meeting: "X stated in a meeting with Y that ..., and that the Israeli regime ...": the
    cue's subject met Y (the noun after the verb is no fronted phrase whose subject follows a comma)."""
    f = extract(
        f"Iraqi Prime Minister Mohammed al-Sudan {cue} US Ambassador Alina Romanow that the insult is an offense, "
        "and that the Israeli regime has overstepped its bounds."
    )
    assert meeting_parties(f) == [{"Mohammed al-Sudan", "Alina Romanow"}]
    assert "meeting.said_in_meeting" in f.meetings[0].rules
