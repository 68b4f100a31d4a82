"""Constructions found in session 21's read sets of real articles (Iranian outlets on foreign relations, and wire,
regional and embassy outlets elsewhere), each tested with sentences invented for it: a weekday with its date, a
possessor's modified meeting, a call asked for by the other side, another call of the same two, a visit told by
its destination first, a group after two meetings in one sentence, and the home leader yielding to the president
the sentences before were about."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts, extract_facts
from newsfacts.rules.home import Home

from .facts import meeting_parties, persons, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


@pytest.mark.parametrize(
    ("when", "published", "status", "day"),
    [
        ("will meet Peruvian Foreign Minister Ana Ruiz on Wednesday May 8", "2019-04-30", "planned", "2019-05-08"),
        ("will meet Peruvian Foreign Minister Ana Ruiz on Wednesday, May 8", "2019-04-30", "planned", "2019-05-08"),
        ("met Peruvian Foreign Minister Ana Ruiz on Tuesday, April 23", "2019-04-30", "held", "2019-04-23"),
        ("met Peruvian Foreign Minister Ana Ruiz on Tuesday (23 April 2018)", "2019-04-30", "held", "2018-04-23"),
    ],
)
def test_a_date_written_after_the_weekday_is_the_day(
    extract: Extract, when: str, published: str, status: str, day: str
) -> None:
    """date.weekday_month_day: "on Wednesday, May 8": the day written wins over the weekday's arithmetic (which
    would give the Wednesday after publication)."""
    f = extract(f"Foreign Minister Piet Molenaar {when}.", published)
    (m,) = f.meetings
    assert (m.status, m.date.value if m.date else None) == (status, day)
    assert "date.weekday_month_day" in m.rules


def test_a_weekday_alone_keeps_its_arithmetic(extract: Extract) -> None:
    f = extract("Foreign Minister Piet Molenaar met Peruvian Foreign Minister Ana Ruiz on Tuesday.", "2019-04-30")
    assert f.meetings[0].date is not None
    assert f.meetings[0].date.value == "2019-04-30"


@pytest.mark.parametrize("mods", ["recent bilateral ", "Monday ", "previous one-on-one "])
def test_a_possessors_meeting_with_two_modifiers(extract: Extract, mods: str) -> None:
    """meeting.possessor_noun: "He referred to Prime Minister X's recent bilateral meeting with Y": X met Y."""
    f = extract(f"He referred to Prime Minister Omar Sadek's {mods}meeting with President Ali Karimi.")
    assert meeting_parties(f) == [{"Omar Sadek", "Ali Karimi"}]


def test_an_aides_talks_are_not_the_possessors(extract: Extract) -> None:
    f = extract("Prime Minister Omar Sadek's aides held talks with President Ali Karimi's office.")
    assert {"Omar Sadek", "Ali Karimi"} not in meeting_parties(f)


def test_details_of_his_meeting(extract: Extract) -> None:
    """meeting.his_meeting: "X is to give details of his Thursday meeting with Y": X met Y."""
    f = extract(
        "Foreign Minister Piet Molenaar gave lawmakers details of his Thursday meeting with Peruvian Foreign "
        "Minister Ana Ruiz.",
        "2024-05-08",
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}]


@pytest.mark.parametrize("summit", ["an online summit", "a virtual summit"])
def test_an_online_summit_is_a_video_call(extract: Extract, summit: str) -> None:
    f = extract(
        f"The two states signed a deal during {summit} between Prime Minister Omar Sadek and his Peruvian "
        "counterpart Ana Ruiz."
    )
    assert meeting_parties(f) == [{"Omar Sadek", "Ana Ruiz"}]
    assert f.meetings[0].modality == "video"


def test_the_second_word_of_a_portfolio_is_no_name(extract: Extract) -> None:
    """actor.portfolio_title: "Secretary of State for European and Eurasian Affairs": "Eurasian" is the title's."""
    f = extract(
        "Foreign Minister Piet Molenaar spoke with Ana Ruiz, acting assistant to the Secretary of State for "
        "European and Eurasian Affairs."
    )
    assert set(persons(f)) == {"Piet Molenaar", "Ana Ruiz"}
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}]


def test_a_call_told_after_a_bare_spoke_with(extract: Extract) -> None:
    """meeting.modality_told_later: "X spoke with Y. During the telephone conversation, ...": a call."""
    f = extract(
        "Foreign Minister Piet Molenaar spoke with Peruvian Foreign Minister Ana Ruiz on August 9.\n\n"
        "During the telephone conversation, the situation in the region was discussed."
    )
    (m,) = f.meetings
    assert m.modality == "phone"
    assert m.location is None
    assert "meeting.modality_told_later" in m.rules


def test_an_acronym_spells_the_words_a_name_run_left_out(extract: Extract) -> None:
    """actor.acronym_not_person: "Chairman of the High Council for National Reconciliation (HCNR) X": the run
    "Reconciliation" is the council's last word, no person."""
    f = extract(
        "Omar Sadek held talks with Chairman of the High Council for National Reconciliation (HCNR) and "
        "Foreign Minister Ana Ruiz on Monday."
    )
    assert "Reconciliation" not in persons(f)


def test_attendees_join_the_meeting_told_twice(extract: Extract) -> None:
    """meeting.attended_told_twice: "X and Y held a meeting ... X and Y also discussed ... The meeting was also
    attended by Z": one meeting of the three, not two."""
    f = extract(
        "Foreign Minister Piet Molenaar and President Ali Karimi held a meeting in Lima.\n\n"
        "During the meeting, both sides stressed the importance of relations.\n\n"
        "Molenaar and Karimi also discussed developing bilateral ties.\n\n"
        "The meeting was also attended by Deputy Foreign Minister Ana Ruiz."
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ali Karimi", "Ana Ruiz"}]


@pytest.mark.parametrize("asked", ["at the request of", "on the request of", "at the initiative of", "initiated by"])
def test_a_call_asked_for_by_the_other_side(extract: Extract, asked: str) -> None:
    """meeting.at_request_of: "X held a telephone conversation at the request of Y": X and Y spoke."""
    f = extract(f"Foreign Minister Piet Molenaar held a telephone conversation {asked} Secretary of State Ana Ruiz.")
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}]
    assert f.meetings[0].modality == "phone"
    assert "meeting.at_request_of" in f.meetings[0].rules


def test_another_call_of_the_same_two_on_its_own_day(extract: Extract) -> None:
    """meeting.another_talk: "X held a phone conversation with Y on Tuesday ... Earlier, another phone
    conversation took place on Saturday": two calls."""
    f = extract(
        "Foreign Minister Piet Molenaar held a phone conversation with Secretary of State Ana Ruiz on Tuesday.\n\n"
        "Earlier, another phone conversation took place on Saturday.",
        "2022-02-15",
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}] * 2
    assert sorted(m.date.value for m in f.meetings if m.date) == ["2022-02-12", "2022-02-15"]


def test_another_call_without_a_day_stays_one(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Piet Molenaar held a phone conversation with Secretary of State Ana Ruiz on Tuesday.\n\n"
        "Earlier, another phone conversation took place.",
        "2022-02-15",
    )
    assert len(f.meetings) == 1


def test_a_visit_told_by_its_destination_first(extract: Extract) -> None:
    """meeting.visit_noun_to_by: "preparations for the official visit to Peru by Prime Minister X": planned."""
    f = extract(
        "The ministers discussed preparations for the official visit to Peru by Prime Minister Omar Sadek.",
        "2022-03-20",
    )
    (m,) = f.meetings
    assert meeting_parties(f) == [{"Omar Sadek", "Peru"}]
    assert m.status == "planned"


def test_upcoming_visits_to_two_states(extract: Extract) -> None:
    """meeting.visit_noun with meeting.trip_places: "the upcoming visits of X to A and B": a planned visit each."""
    f = extract("The date will be set during the upcoming visits of Foreign Minister Piet Molenaar to Peru and Chile.")
    assert meeting_parties(f) == [{"Piet Molenaar", "Peru"}, {"Piet Molenaar", "Chile"}]
    assert {m.status for m in f.meetings} == {"planned"}


def test_a_recalled_visit_is_no_planned_one(extract: Extract) -> None:
    f = extract("He recalled the visit of Foreign Minister Piet Molenaar to Peru.")
    assert not f.meetings


def test_a_group_after_talks_and_a_visit_told_in_one_sentence(extract: Extract) -> None:
    """coref.group_talks_first: "X held talks with Y to prepare the visit to Peru by Z. They agreed ...": they are
    X and Y, not Z alone."""
    f = extract(
        "Foreign Minister Piet Molenaar held talks with his Peruvian counterpart Ana Ruiz on Monday to discuss "
        "preparations for the official visit to Peru by Prime Minister Omar Sadek.\n\n"
        "They agreed to work closely on the visit.",
        "2022-03-20",
    )
    (st,) = f.statements
    assert sorted(speaker_names(f, st)) == ["Ana Ruiz", "Piet Molenaar"]


def test_officials_met_including_named_ones_are_one_meeting_each(extract: Extract) -> None:
    """meeting.including: "He met several senior officials including A, B and C": three meetings."""
    f = extract(
        "Prime Minister Omar Sadek arrived in Lima on Tuesday.\n\n"
        "He met several senior Peruvian officials including President Ali Karimi, Foreign Minister Ana Ruiz and "
        "Interior Minister Luis Vega."
    )
    assert meeting_parties(f) == [{"Omar Sadek", n} for n in ("Ali Karimi", "Ana Ruiz", "Luis Vega")]


@pytest.mark.parametrize("verb", ["organizing", "convening", "arranging"])
def test_a_meeting_weighed_as_a_means_is_none(extract: Extract, verb: str) -> None:
    """meeting.organizing_proposed: "organizing a tripartite meeting between A, B and C will help": none held."""
    f = extract(f"He said that {verb} a tripartite meeting between Peru, Chile and Bolivia will help peace.")
    assert not f.meetings


def test_a_team_headed_by_its_head(extract: Extract) -> None:
    """meeting.delegation_head: "The visiting Italian team, headed by X, discussed ... with Y": X met Y."""
    f = extract("The visiting Italian team, headed by Ettore Bianchi, discussed trade with President Ali Karimi.")
    assert meeting_parties(f) == [{"Ettore Bianchi", "Ali Karimi"}]


@pytest.mark.parametrize("capital", ["the Peruvian capital city of Lima", "the Peruvian capital, Lima"])
def test_a_visit_to_a_capital_told_by_its_state(extract: Extract, capital: str) -> None:
    f = extract(f"A delegation led by Senator Ettore Bianchi paid a three-day visit to {capital}.")
    assert meeting_parties(f) == [{"Ettore Bianchi", "Peru"}]


def test_the_home_leader_yields_to_the_president_just_told(extract: Extract) -> None:
    """coref.home_leader: "the president" in an Iranian paper is Iran's, unless the sentence before told the other
    president ("For his part, the Iraqi president said ... He praised ... The president also hailed ...")."""
    text = (
        "President Ali Karimi said after meeting with Iraqi President Omar Sadek that ties were strategic.\n\n"
        "Karimi said the presence of foreign forces in the region was harmful.\n\n"
        "For his part, the Iraqi president said his visit was meant to promote ties.\n\n"
        "He praised Iran's support for Iraq.\n\n"
        "The president also hailed a deal between Iran and Saudi Arabia."
    )
    f = extract_facts(text, home=Home("IRN", "outlet", "test"))
    hailed = next(st for st in f.statements if st.cue.startswith("also hailed") or st.cue == "hailed")
    assert speaker_names(f, hailed) == ["Omar Sadek"]
    g = extract_facts(
        "President Ali Karimi met Iraqi President Omar Sadek in Tehran.\n\n"
        "The Iraqi president praised the talks.\n\n"
        "Karimi said ties were strategic.\n\n"
        "The Iranian government welcomed the talks.\n\n"
        "The president also hailed a deal between Iran and Saudi Arabia.",
        home=Home("IRN", "outlet", "test"),
    )
    hailed = next(st for st in g.statements if "hailed" in st.cue)
    assert speaker_names(g, hailed) == ["Ali Karimi"]


def test_a_body_of_a_state_named_with_its_article_is_the_states_and_one_body(extract: Extract) -> None:
    """actor.body_of_country ("Ministry of Foreign Affairs of the Islamic Republic of Iran") and
    coref.body_canonical: the same ministry told as "the Iranian Ministry of Foreign Affairs" is one body, so the
    one summons told twice is one meeting."""
    f = extract(
        "The Ministry of Foreign Affairs of the Islamic Republic of Iran summoned the Dutch ambassador on Saturday.\n\n"
        "In response to the reports, the Iranian Ministry of Foreign Affairs summoned the Dutch ambassador to Tehran "
        "Piet Molenaar on Saturday.",
        "2024-05-05",
    )
    bodies = [a for a in f.actors if a.kind == "organization"]
    assert [(a.name, a.country) for a in bodies] == [
        ("Ministry of Foreign Affairs of the Islamic Republic of Iran", "IRN")
    ]
    assert len(f.meetings) == 1


@pytest.mark.parametrize("aside", ["for his part", "in turn", "on his part", "in his turn"])
def test_a_name_before_an_adverbial_aside_is_the_verbs_subject(extract: Extract, aside: str) -> None:
    """actor.subject_name: "Qalibaf, for his part, hailed strategic ties": the one-word name is a person."""
    f = extract(f"Molenaar, {aside}, hailed the strategic ties with Peru.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Molenaar"]


def test_one_word_after_the_is_no_person(extract: Extract) -> None:
    """actor.the_one_word: "The Duma announced that ...": a body's name, no person who speaks."""
    f = extract("The Duma announced that the two speakers discussed cooperation.")
    assert "Duma" not in persons(f)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Spokesman Piet Molenaar extended his deepest sympathy and condolences to the Peruvian people.", "extended"),
        ("The Peruvian Foreign Ministry sent condolences to the families of those who had died.", "sent condolences"),
        ("Foreign Minister Ana Ruiz paid tribute to the late diplomat Luis Vega.", "paid tribute"),
    ],
)
def test_sympathy_and_tribute_told(extract: Extract, sentence: str, cue: str) -> None:
    """Cues of the lexicon: "extended his deepest sympathy", "sent condolences to", "paid tribute to"."""
    f = extract(sentence)
    (st,) = f.statements
    assert st.cue.startswith(cue)


def test_a_group_of_officials_after_a_meeting_are_its_parties(extract: Extract) -> None:
    """coref.group: "The officials vowed to ...": the parties of the meeting just told."""
    f = extract(
        "Deputy Foreign Minister Piet Molenaar and President Ali Karimi held a meeting in Lima.\n\n"
        "The officials vowed to resist any outside pressure."
    )
    (st,) = f.statements
    assert sorted(speaker_names(f, st)) == ["Ali Karimi", "Piet Molenaar"]


def test_a_fronted_participle_after_while_is_a_statement(extract: Extract) -> None:
    """statement.fronted_participle: "While appreciating X, Y stated ...": Y appreciated X too."""
    f = extract("While appreciating the principled position of Peru, Speaker Ali Karimi stated that ties should grow.")
    assert [st.cue for st in f.statements] == ["appreciating", "stated"]
    assert {speaker_names(f, st)[0] for st in f.statements} == {"Ali Karimi"}


def test_a_topic_mentioned_before_the_cue_is_no_statement(extract: Extract) -> None:
    f = extract("When mentioning the new round of talks, Spokeswoman Ana Ruiz said all parties should be patient.")
    assert [st.cue for st in f.statements] == ["said"]


def test_called_on_with_a_gerund_is_an_appeal(extract: Extract) -> None:
    """cue "call on": "called on further expanding ties" is an appeal though no one is called on to do it."""
    f = extract("Speaker Ali Karimi called on further expanding Peru-Chile ties in all fields.")
    (st,) = f.statements
    assert (st.kind, st.content) == ("appeal", "further expanding Peru-Chile ties in all fields")
    g = extract("Speaker Ali Karimi called on Peruvian President Ana Ruiz in Lima.")
    assert not g.statements


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Parliament has intensified its contacts, following President Ali Karimi's announcement that his "
            "government will seek closer ties with Peru.",
            "his government will seek closer ties with Peru",
        ),
        (
            "Following President Ali Karimi's warning that sanctions would follow, Peru recalled its envoy.",
            "sanctions would follow",
        ),
    ],
)
def test_a_possessors_noun_of_speech(extract: Extract, sentence: str, content: str) -> None:
    """statement.possessive_noun: "following X's announcement that ...": X said what follows "that"."""
    f = extract(sentence)
    st = next(st for st in f.statements if "statement.possessive_noun" in st.rules)
    assert speaker_names(f, st) == ["Ali Karimi"]
    assert st.content == content


def test_a_possessive_noun_as_the_subject_is_left(extract: Extract) -> None:
    """Where the content of "X's announcement that A drew criticism" ends is not known: no statement."""
    f = extract("President Ali Karimi's announcement that Peru would leave the pact drew criticism.")
    assert not f.statements


def test_a_body_is_named_by_its_proper_name(extract: Extract) -> None:
    """coref.body_fuller_name: "according to Peruvian defense ministry ... The Peruvian Ministry of Defense said":
    the capitalised name, the fullest the text gives, names the one body."""
    f = extract(
        "The talks took place on Friday, according to Peruvian defense ministry.\n\n"
        "The Peruvian Ministry of Defense said that the two sides discussed military cooperation."
    )
    bodies = [a for a in f.actors if a.kind == "organization"]
    assert [a.name for a in bodies] == ["Peruvian Ministry of Defense"]
    assert {tuple(st.speakers) for st in f.statements} == {(bodies[0].id,)}


def test_a_country_a_capital_stood_for_is_named_as_the_text_names_it(extract: Extract) -> None:
    """coref.country_named_later: "Tehran, Moscow and Ankara ... a visit to Turkey": the state is "Turkey" as the
    text writes it, not the tables' other name for it."""
    f = extract(
        "Tehran, Moscow and Ankara will hold a summit.\n\nForeign Minister Piet Molenaar will visit Turkey soon."
    )
    assert [a.name for a in f.actors if a.country == "TUR"] == ["Turkey"]


def test_invited_by_his_counterpart(extract: Extract) -> None:
    """meeting.at_invitation: "X will travel to Lima at the invitation of his Peruvian counterpart Y": X meets Y."""
    f = extract(
        "Foreign Minister Piet Molenaar will travel to Lima at the invitation of his Peruvian counterpart Ana Ruiz."
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}]
    assert f.meetings[0].status == "planned"


def test_a_meeting_between_others_that_a_group_prepares(extract: Extract) -> None:
    """meeting.between_own_parties and meeting.prepared_meeting: "The participants agreed on the preparation of a
    meeting between A and B": a planned meeting of A and B, not one of the participants."""
    f = extract(
        "Foreign Minister Piet Molenaar spoke by phone with Peruvian Foreign Minister Ana Ruiz on Monday.\n\n"
        "The participants agreed on the preparation of a meeting between Dutch Prime Minister Omar Sadek and "
        "Peruvian President Luis Vega.",
        "2024-09-02",
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}, {"Omar Sadek", "Luis Vega"}]
    assert [m.status for m in f.meetings] == ["held", "planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Piet Molenaar met and talked with his counterpart during his trip to Venezuela.",
        "Foreign Minister Piet Molenaar met his counterpart during his visit to Caracas.",
    ],
)
def test_a_counterpart_of_the_state_visited(extract: Extract, sentence: str) -> None:
    """actor.counterpart_of_trip: "X met his counterpart during his trip to Venezuela": Venezuela's."""
    f = extract(sentence)
    (m,) = f.meetings
    other = next(a for a in f.actors if a.id in m.participants and a.name != "Piet Molenaar")
    assert (other.name, other.country) == ("Foreign Minister of Venezuela", "VEN")


def test_a_list_of_related_headlines_says_nothing(extract: Extract) -> None:
    """statement.heading_line: "- Digest: Peru urges Chile to cease interfering" in a bulleted list of other stories'
    headlines (present tense, no closing stop) is no statement."""
    f = extract(
        "Foreign Ministry spokesman Luis Vega said Peru called on all parties to ease the tension.\n\n"
        "Related\n\n"
        "- Digest: Peru urges Chile to cease interfering in its internal affairs\n"
        "- Peru calls for a balanced development partnership"
    )
    assert [st.cue for st in f.statements] == ["said"]


def test_a_pronoun_opening_a_text_is_the_subject_named_next(extract: Extract) -> None:
    """coref.opening_cataphora: a page that starts mid-story, "He made the remarks in a meeting with Y ... Karimi
    stated ...": he is Karimi."""
    f = extract(
        "He made the remarks in a meeting with Peruvian Ambassador Ana Ruiz on Monday.\n\n"
        "Speaker Ali Karimi stated that cooperation should be accelerated.",
        "2024-09-02",
    )
    assert meeting_parties(f) == [{"Ali Karimi", "Ana Ruiz"}]
    g = extract("She made the remarks on Monday.\n\nSpeaker Ali Karimi stated that cooperation should grow.")
    assert not any("coref.opening_cataphora" in a.rules for a in g.actors if a.name == "Ali Karimi")


def test_a_pronoun_after_an_unnamed_one_is_not_read_ahead(extract: Extract) -> None:
    """coref.opening_cataphora stays out: "The ministry summoned the Russian ambassador. He was received by State
    Secretary X": he is the ambassador, not X named next."""
    f = extract(
        "The Foreign Office has summoned the Russian ambassador. He was received on Monday by State Secretary Jonas "
        "Falk.\n\nFalk made clear that the government held Russia responsible.",
        "2026-11-03",
    )
    (m,) = f.meetings
    assert "Jonas Falk" in {a.name for a in f.actors if a.id in m.participants}
    assert len(m.participants) == 2


def test_discussed_a_long_topic_with_a_possessors_official(extract: Extract) -> None:
    """meeting.discussed_long_with: "X discussed relations between A and the EU with the bloc's foreign policy
    chief Y": X met Y (a possessive word before Y's title)."""
    f = extract(
        "Foreign Minister Piet Molenaar discussed the latest developments in relations between Peru and the European "
        "Union with the bloc’s foreign policy chief Ana Ruiz."
    )
    assert meeting_parties(f) == [{"Piet Molenaar", "Ana Ruiz"}]


@pytest.mark.parametrize("between", ["", " also"])
def test_a_body_with_its_initials_before_the_cue(extract: Extract, between: str) -> None:
    """statement.party_paren: "Iran's Islamic Revolution Guard Corps (IRGC) also condemned ...": the body (its long
    form a row of the organization table) speaks, an adverb after its initials too."""
    f = extract(f"Iran’s Islamic Revolution Guard Corps (IRGC){between} condemned the sanctions on the minister.")
    (st,) = f.statements
    assert [a.name for a in f.actors if a.id in st.speakers] == ["Islamic Revolutionary Guard Corps"]


def test_a_consensus_reached_is_a_commitment(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Piet Molenaar and his Peruvian counterpart Ana Ruiz reached a consensus on plans to mark "
        "the anniversary of their ties."
    )
    (st,) = f.statements
    assert (st.kind, st.content) == ("intend", "plans to mark the anniversary of their ties")


def test_an_embassy_is_named_with_its_seat(extract: Extract) -> None:
    """actor.body_of_country: "the Embassy of the United States in Lima": its state and seat name it."""
    f = extract("The Embassy of the United States in Lima on Monday condemned the announcement of a referendum.")
    assert [(a.name, a.country) for a in f.actors] == [("Embassy of the United States in Lima", "USA")]


@pytest.mark.parametrize("aside", ["in a statement", "in a message", "in an interview"])
def test_a_name_before_an_occasion_aside_and_its_cue(extract: Extract, aside: str) -> None:
    """statement.speech_aside and actor.speech_aside_subject: "..., the Spokesperson, Ministry of Foreign Affairs,
    X in a statement said: ...": X speaks."""
    f = extract(
        f"In response to media queries, the Spokesperson, Ministry of Foreign Affairs, Ana Ruiz {aside} said: "
        "“It is a horrifying incident.”"
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Ana Ruiz"]


@pytest.mark.parametrize("envoy", ["the Saudi ambassador", "Saudi Charge d’affaires Ahmed Salem"])
def test_called_in_an_envoy_is_a_summons(extract: Extract, envoy: str) -> None:
    """meeting.summoned: "the ministry called in the Saudi charge d'affaires" (the role with a curly apostrophe too)."""
    f = extract(f"The Iranian Foreign Ministry called in {envoy} on Sunday.", "2024-09-02")
    (m,) = f.meetings
    assert "meeting.summoned" in m.rules


@pytest.mark.parametrize("sentence", ["The minister called in Tehran for unity.", "He called in a statement for calm."])
def test_called_in_no_one_is_no_summons(extract: Extract, sentence: str) -> None:
    assert not extract(sentence).meetings
