"""Session 4 actor and coreference rules: list members named after the list, portfolio titles,
organisations under a descriptor noun, name forms (middle initials, given-name prefixes, compound
surnames), titled place-word names, and the word sets coref reads from lexicon tables (invented
sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.lexicon import load_lexicon
from newsfacts.rules import RULES, Facts

Extract = Callable[..., Facts]


def _persons(f: Facts) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {a.name: (a.country, a.rules) for a in f.actors if a.kind == "person"}


def _meetings(f: Facts) -> list[set[str]]:
    names = {a.id: a.name for a in f.actors}
    return [{names[p] for p in m.participants} for m in f.meetings]


def test_new_rules_are_registered() -> None:
    for name in (
        "coref.list_member_named_after",
        "coref.list_member_by_elimination",
        "coref.name_prefix",
        "coref.compound_surname",
        "actor.portfolio_title",
        "actor.described_organization",
        "actor.no_subject_after_preposition",
        "actor.place_before_title",
        "actor.middle_initial",
        "actor.titled_place_name",
        "actor.institution_name",
        "actor.comma_ends_name",
    ):
        assert name in RULES


# -- coref.list_member_named_after, coref.list_member_by_elimination -------------------------------


def test_list_members_named_by_country_after_the_list(extract: Extract) -> None:
    f = extract(
        "The foreign ministers of Chile, Peru and Bolivia met on Friday in Lima. Chile's Marta Olguin Reyes, "
        "Peru's Tomas Quispe Vargas and Bolivia's Ana Mamani Flores spent two hours together."
    )
    persons = _persons(f)
    assert set(persons) == {"Marta Olguin Reyes", "Tomas Quispe Vargas", "Ana Mamani Flores"}
    assert "coref.list_member_named_after" in persons["Ana Mamani Flores"][1]
    assert _meetings(f) == [{"Marta Olguin Reyes", "Tomas Quispe Vargas", "Ana Mamani Flores"}]


def test_a_member_named_long_after_the_list_stays_unnamed(extract: Extract) -> None:
    f = extract(
        "The foreign ministers of Chile and Peru met on Friday in Lima. "
        "Chile's Marta Olguin Reyes said the talks were useful. The talks lasted two hours. "
        "Trade grew last year. Exports rose. Peru's Tomas Quispe Vargas said exports would grow."
    )
    assert {"Marta Olguin Reyes", "Foreign Minister of Peru"} in _meetings(f)


def test_leaders_list_and_the_one_member_left(extract: Extract) -> None:
    f = extract(
        "The leaders of Spain, Italy and Greece held a video call on Monday. Prime Minister Carlos Ibarra Soler, "
        "Italian Premier Lucia Bertolli and Greek Prime Minister Nikos Andreou agreed that the plan must be funded."
    )
    persons = _persons(f)
    assert set(persons) == {"Carlos Ibarra Soler", "Lucia Bertolli", "Nikos Andreou"}
    assert persons["Carlos Ibarra Soler"][0] == "ESP"
    assert "coref.list_member_by_elimination" in persons["Carlos Ibarra Soler"][1]
    assert _meetings(f) == [{"Carlos Ibarra Soler", "Lucia Bertolli", "Nikos Andreou"}]


def test_two_countryless_leaders_leave_the_member_unnamed(extract: Extract) -> None:
    f = extract(
        "The leaders of Spain, Italy and Greece held a video call on Monday. Prime Minister Carlos Ibarra Soler, "
        "Premier Lucia Bertolli and Greek Prime Minister Nikos Andreou agreed that the plan must be funded."
    )
    persons = _persons(f)
    assert "Carlos Ibarra Soler" not in persons or persons["Carlos Ibarra Soler"][0] is None


# -- actor.comma_ends_name ------------------------------------------------------------------------


def test_an_organization_after_a_comma_leaves_the_name(extract: Extract) -> None:
    f = extract(
        "President Aldan Serikbayev had a telephone conversation with President of Kyrgyzstan "
        "Sadyr Osmonov, Akorda press service reports."
    )
    persons = _persons(f)
    assert "Sadyr Osmonov" in persons and persons["Sadyr Osmonov"][0] == "KGZ"
    assert "President of Kyrgyzstan" not in persons


# -- actor.portfolio_title -----------------------------------------------------------------------


def test_portfolio_words_belong_to_the_title(extract: Extract) -> None:
    f = extract(
        "Kazakhstan's Minister of Digital Development and Transport Ruslan Omarov hosted his Uzbek "
        "counterpart Ilhom Karimov at the talks."
    )
    persons = _persons(f)
    assert set(persons) == {"Ruslan Omarov", "Ilhom Karimov"} and persons["Ruslan Omarov"][0] == "KAZ"
    f = extract("Turkmenistan's Minister of Railway Transport Dovlet Amanov met Uzbek officials in Ashgabat.")
    assert "Dovlet Amanov" in _persons(f) and "Railway" not in _persons(f)


def test_a_portfolio_after_for_the(extract: Extract) -> None:
    f = extract("On Friday, Vella spoke by phone with EU Commissioner for the Mediterranean Anna Lindgren.")
    assert "Anna Lindgren" in _persons(f) and "EU Commissioner" not in _persons(f)
    f = extract("Foreign Minister Pedro Alves met UN Under-Secretary-General for Disarmament Affairs Ingrid Solberg.")
    assert _meetings(f) == [{"Pedro Alves", "Ingrid Solberg"}]


def test_a_long_title_before_a_comma_and_its_demonym_portfolio(extract: Extract) -> None:
    f = extract(
        "According to the Director General for Europe and American Affairs at the Chilean Foreign Ministry, "
        "Rodrigo Fuentes, the two sides discussed trade."
    )
    persons = _persons(f)
    assert persons.get("Rodrigo Fuentes", (None,))[0] == "CHL"


# -- actor.described_organization ---------------------------------------------------------------


def test_a_name_after_an_organisation_noun_is_no_person(extract: Extract) -> None:
    for text, org in (
        ("The rights watchdog Open Doors said the ruling was unjust.", "Open Doors"),
        ("Main opposition Solidarity welcomed the agreement but said talks must resume.", "Solidarity"),
        ("The sea rescue NGO Blue Harbour warned that more people would drown.", "Blue Harbour"),
    ):
        f = extract(text)
        assert not _persons(f), text
        assert [a.name for a in f.actors if a.kind == "organization"] == [org], text
    # "Now" is no name word: "Peace Now" is nobody's name
    assert not _persons(extract("Israeli settlement watchdog Peace Now said the approval was illegal."))


def test_a_person_after_a_role_is_still_a_person(extract: Extract) -> None:
    f = extract("Opposition leader Marta Vidal said the agreement was a mistake.")
    assert "Marta Vidal" in _persons(f)


# -- actor.no_subject_after_preposition, actor.place_before_title, actor.institution_name ------------


def test_one_word_after_a_preposition_or_number_is_no_subject(extract: Extract) -> None:
    f = extract(
        "The two sides agreed to study a new port at Kalbar dedicated to cargo. "
        "Minister Tomas Reyes said the project was sound."
    )
    assert "Kalbar" not in _persons(f)
    f = extract("The adviser said more than 1.2 million Veltans sheltered in the camps needed aid.")
    assert "Veltans" not in _persons(f)


def test_a_place_before_a_capitalised_title(extract: Extract) -> None:
    f = extract("Mr Lim also met Johor Menteri Besar Datuk Onn Hafiz Ghazi on Tuesday.")
    assert _meetings(f) == [{"Lim", "Onn Hafiz Ghazi"}]
    assert "Johor" not in _persons(f)


def test_a_run_before_an_institution_head_noun(extract: Extract) -> None:
    f = extract(
        "Spokesman Ali Zaki said the minister would deliver a message to the head of Sudan's Sovereignty Council."
    )
    assert "Sovereignty" not in _persons(f)


# -- name forms: actor.middle_initial, coref.name_prefix, coref.compound_surname, honorifics ----------


def test_a_middle_initial_and_a_suffix(extract: Extract) -> None:
    f = extract("Defense Secretary Jose Ramos met President Ernesto T. Villanueva Jr. at the palace on Thursday.")
    assert _meetings(f) == [{"Jose Ramos", "Ernesto T. Villanueva Jr."}]
    f = extract("The talks were held in Washington D. C. on Monday.")
    assert not _persons(f)


def test_given_names_that_open_a_fuller_name(extract: Extract) -> None:
    f = extract(
        "Prime Minister Lim Boon Keat and his Malaysian counterpart Datuk Seri Ahmad Rosli Hamzah met on Tuesday. "
        "Mr Ahmad Rosli said the zone was ready to take off."
    )
    persons = _persons(f)
    assert "Ahmad Rosli" not in persons and "Ahmad Rosli Hamzah" in persons
    f = extract(
        "Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, hosted the talks on Saturday. "
        "Sayyid Badr met the Iranian envoy Ali Karimi in the morning."
    )
    assert _meetings(f) == [{"Badr bin Hamad Al Busaidi", "Ali Karimi"}]


def test_a_compound_surname_ends_the_full_name(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ana Ruiz met her Mexican counterpart, Rosa Elena Ortiz de la Vega, in Ottawa on Monday. "
        "Ortiz de la Vega said Mexico saw Canada as a partner."
    )
    persons = _persons(f)
    assert set(persons) == {"Ana Ruiz", "Rosa Elena Ortiz de la Vega"}
    assert persons["Rosa Elena Ortiz de la Vega"][0] == "MEX"


def test_relatives_with_patronymics_stay_apart(extract: Extract) -> None:
    f = extract(
        "Sheikh Hamdan bin Rashid Al Falasi met Sheikh Saeed bin Rashid Al Falasi in Dubai on Monday. "
        "Hamdan bin Rashid Al Falasi said the talks were useful."
    )
    assert len(_persons(f)) == 2


def test_a_rank_and_a_retired_officer(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ana Ruiz met Home Adviser Lt Gen (retd) Kamal Hossain Talukder in Dhaka on Sunday. "
        "Foreign Minister Jose Ramos received Chilean Foreign Minister-designate Pablo Ortiz on Wednesday."
    )
    persons = _persons(f)
    assert "Kamal Hossain Talukder" in persons and "Home" not in persons
    assert "Pablo Ortiz" in persons and persons["Pablo Ortiz"][0] == "CHL"


# -- actor.titled_place_name ---------------------------------------------------------------------


def test_a_titled_name_ending_in_a_place_word_said_once(extract: Extract) -> None:
    f = extract("Foreign Minister Renato Lima met his Chilean counterpart Ana Soto in Brasilia on Monday.")
    assert _meetings(f) == [{"Renato Lima", "Ana Soto"}]
    assert not any(a.kind == "country" and a.name == "Peru" for a in f.actors)


def test_after_a_verb_of_telling_the_place_starts_a_clause(extract: Extract) -> None:
    f = extract("Blinken told President Macron Israel would respond.")
    assert "Macron Israel" not in _persons(f)


# -- lexicon: the word sets coref reads, Congo -----------------------------------------------------


def test_coref_word_sets_are_lexicon_tables() -> None:
    lx = load_lexicon()
    assert "Crown Prince" in lx.royal_titles and "Emir" in lx.royal_titles
    assert "Highness" in lx.honor_words
    assert "de" in lx.surname_particles and "bin" in lx.patronymics
    assert "both countries" in lx.country_pairs
    assert "watchdog" in lx.org_descriptors


def test_royal_highness_reads_the_royal_title_table(extract: Extract) -> None:
    f = extract(
        "Emir Sheikh Khalid bin Nasser Al Sabri received Italian Foreign Minister Marco Bellini on Sunday. "
        "His Highness stressed the depth of relations between the two countries."
    )
    speakers = {a.id: a.name for a in f.actors}
    assert any(speakers[s.speakers[0]] == "Khalid bin Nasser Al Sabri" for s in f.statements if s.speakers)


def test_congo_alone_is_the_dr_congo() -> None:
    lx = load_lexicon()
    assert lx.country_of("Congo") == "COD" and lx.country_of("Congolese") == "COD"
    assert lx.country_of("the Republic of the Congo") == "COG" and lx.country_of("Congo-Brazzaville") == "COG"


# -- descriptions: coref.organization_title, coref.quantified_description, coref.object_description,
# coref.title_over_description -------------------------------------------------------------------------


def test_an_acronym_description_means_who_bore_its_title(extract: Extract) -> None:
    f = extract(
        "The head of the UN Mission in Ruritania (UNMIR), Ngozi Okafor, met Council head Omar Fellah in Tripoli "
        "on Monday. Fellah said the talks were useful. The UNMIR head then flew to Benghazi, where she said the "
        "vote must be held this year."
    )
    persons = _persons(f)
    assert (
        "coref.description" not in persons["Omar Fellah"][1] and "actor.unnamed_role" not in persons["Omar Fellah"][1]
    )


def test_a_quantified_description_refers_to_nobody(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Martin Larreta went further, telling Radio Sur that no British minister can rewrite "
        "history. Larreta insisted that the claim would be pursued peacefully."
    )
    persons = _persons(f)
    assert persons["Martin Larreta"][0] is None


def test_an_object_description_is_not_the_subject(extract: Extract) -> None:
    f = extract(
        "Foreign Adviser Rafiq Chowdhury met the UN Special Envoy on Ruritania, Carmen Olazabal, in Dhaka on "
        "Monday. The return must be safe, the adviser told the envoy. The envoy said the talks were useful."
    )
    persons = _persons(f)
    envoy = next(s for s in f.statements if s.content.startswith("the talks"))
    assert [a.name for a in f.actors if a.id in envoy.speakers] == ["Carmen Olazabal"]
    assert persons["Carmen Olazabal"][0] is None  # "Envoy on Ruritania" is a posting: no country


def test_a_generic_description_keeps_the_title(extract: Extract) -> None:
    f = extract(
        "He met the UN Special Envoy on Ruritania, Carmen Olazabal, on Monday. Carmen Olazabal, a Spanish "
        "diplomat who took up the post in March, met Foreign Adviser Rafiq Chowdhury in Dhaka. "
        "The envoy said the talks were useful."
    )
    envoy = next(s for s in f.statements if s.content.startswith("the talks"))
    assert [a.name for a in f.actors if a.id in envoy.speakers] == ["Carmen Olazabal"]


# -- actor.members_told_before, portfolio minister roles ----------------------------------------------


def test_the_ministers_of_the_three_countries_told_before(extract: Extract) -> None:
    f = extract(
        "Canada's trade minister spoke with her Mexican counterpart on Monday in Ottawa about the tariffs "
        "Washington imposed. The trade ministers of the three countries are scheduled to meet in Mexico City "
        "in October."
    )
    trio = {"Trade Minister of Canada", "Trade Minister of Mexico", "Trade Minister of the United States"}
    assert trio in _meetings(f)


def test_two_countries_when_three_were_told_stay_unread(extract: Extract) -> None:
    f = extract(
        "Foreign Secretary Anil Rana and his Indian counterpart Vikram Sen held talks in Kathmandu on Tuesday. "
        "The foreign ministers of the two countries will meet in New Delhi in August."
    )
    assert {"Foreign Minister of India", "Foreign Minister of Nepal"} in _meetings(f)
    f = extract(
        "Ministers of Peru, Chile and Bolivia spoke by phone on Tuesday. "
        "The foreign ministers of the two countries will meet in Lima in August."
    )
    assert not any("Foreign Minister of Chile" in m and len(m) == 2 for m in _meetings(f))


def test_a_portfolio_minister_holds_a_listed_title(extract: Extract) -> None:
    f = extract(
        "The transport ministers of Azerbaijan, Kazakhstan and Turkmenistan met in Baku on Wednesday. "
        "Azerbaijan's Minister of Digital Development and Transport Elchin Guliyev hosted his Kazakh counterpart "
        "Marat Suleimenov and Turkmenistan's Minister of Railway Transport Batyr Amanov at the talks."
    )
    assert {"Elchin Guliyev", "Marat Suleimenov", "Batyr Amanov"} in _meetings(f)


def test_its_spokesman_is_the_body_just_told(extract: Extract) -> None:
    f = extract(
        "The Kremlin, for its part, accused Brussels of dragging Moldova into a confrontation. "
        "Its spokesman said Moscow would respond appropriately."
    )
    speakers = [a for s in f.statements for a in f.actors if a.id in s.speakers and "respond" in s.content]
    assert [(a.name, a.country, a.unnamed) for a in speakers] == [("Spokesman of Kremlin", "RUS", True)]
    assert "coref.its_role" in speakers[0].rules


def test_its_after_a_country_opening_a_sentence_is_no_body(extract: Extract) -> None:
    f = extract(
        "The Foreign Ministry condemned the move. Iran said it would respond. "
        "Its foreign minister said the decision was illegal."
    )
    assert not any(a.name.endswith("of Foreign Ministry") for a in f.actors)


def test_a_ministerial_source(extract: Extract) -> None:
    f = extract("A Lebanese ministerial source denied reports that Beirut had received the proposal.")
    assert [(a.name, a.country) for a in f.actors if a.kind == "person"] == [("Lebanese ministerial source", "LBN")]


def test_two_titles_joined_by_and_are_one_person(extract: Extract) -> None:
    f = extract(
        "Prime Minister and Foreign Minister Sheikh Khalid Al Sabri met Sudanese Foreign Minister Omar Said in "
        "Doha on Monday. The Prime Minister and Minister of Foreign Affairs affirmed support for the talks."
    )
    st = next(s for s in f.statements if "support" in s.content)
    assert [a.name for a in f.actors if a.id in st.speakers] == ["Khalid Al Sabri"]
    f = extract(
        "President Ali Haddad met Foreign Minister Omar Said. The president and the foreign minister discussed trade."
    )
    assert len([a for a in f.actors if a.kind == "person"]) == 2


def test_a_name_after_an_honorific_with_a_possessive_apposition(extract: Extract) -> None:
    f = extract(
        "The foreign ministers of Chile, Peru and Bolivia met in La Paz. Chile's Marta Olguin, Peru's Tomas Quispe "
        "and Bolivia's host, Datuk Seri Ana Mamani, spent two hours together."
    )
    persons = _persons(f)
    assert persons["Ana Mamani"][0] == "BOL" and "actor.honorific_name" in persons["Ana Mamani"][1]
    assert _meetings(f) == [{"Marta Olguin", "Tomas Quispe", "Ana Mamani"}]


def test_his_counterpart_holds_the_subjects_title(extract: Extract) -> None:
    f = extract(
        "President Omar Saleh received Algerian Foreign Minister Karim Belaid, who delivered a message from "
        "Algerian President Ali Bensalem. Earlier, Foreign Minister Hedi Nafti held talks in Tunis with his "
        "Algerian counterpart. Belaid said Algeria rejects foreign interference."
    )
    assert {"Hedi Nafti", "Karim Belaid"} in _meetings(f)
    assert {"Hedi Nafti", "Ali Bensalem"} not in _meetings(f)
