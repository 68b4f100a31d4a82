"""Constructions found in session 18's read sets of real articles (Iranian outlets, and outlets of Iraq, Lebanon,
Syria, Yemen and the Gulf), each tested with sentences invented for it: a name before a relative clause, a
caller's participle, a person's written statement told again as "the statement", a monarch's title after
"Majesty", a title after "to", a transliterated ayn, a plan told in the past tense and an occasion after a
fronted quote's cue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, one_by_cue, persons, speaker_names

Extract = Callable[..., Facts]


def _rules(f: Facts) -> set[str]:
    return {r.rule for r in f.trace.firings}


def test_a_name_before_a_relative_clause_is_the_verbs_subject(extract: Extract) -> None:
    """actor.who_aside_subject: "X, who arrived in Y this morning, met Z": the name is a person's, and X met Z."""
    f = extract(
        "Tomas Varga, who arrived in the capital this morning on the second leg of a tour of Asia and Africa, "
        "met with President Ana Ruiz."
    )
    assert {"Tomas Varga", "Ana Ruiz"} in meeting_parties(f)


def test_a_relative_clause_with_a_comma_inside(extract: Extract) -> None:
    """The aside runs to the comma a finite verb follows, past a comma inside it ("in Kampala, Uganda")."""
    f = extract("Tomas Varga, who is in Kampala, Uganda, said the talks went well.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Tomas Varga"]
    assert st.content == "the talks went well"


@pytest.mark.parametrize("time", ["", " this afternoon"])
def test_the_caller_speaks_the_participle_after_a_call(extract: Extract, time: str) -> None:
    """statement.participle_caller: "X received a phone call from Y, congratulating him on ...": Y speaks; a
    second participle joined by "and" is Y's too."""
    f = extract(
        f"President Karl Lind received a phone call{time} from Prime Minister Omar Sadek, congratulating him on "
        "the new government and stressing his country's support for its reforms."
    )
    assert meeting_parties(f) == [{"Karl Lind", "Omar Sadek"}]
    congratulating = one_by_cue(f, "congratulating")
    assert speaker_names(f, congratulating) == ["Omar Sadek"]
    assert congratulating.content == "him on the new government"
    assert "statement.participle_caller" in congratulating.rules
    assert speaker_names(f, one_by_cue(f, "stressing")) == ["Omar Sadek"]


def test_a_participle_after_a_call_made_is_the_callers(extract: Extract) -> None:
    """With no "received ... from", the clause's subject keeps the participle."""
    f = extract("President Karl Lind called Prime Minister Omar Sadek, stressing the need for calm.")
    st = one_by_cue(f, "stressing the need for")
    assert speaker_names(f, st) == ["Karl Lind"]


def test_a_persons_written_statement_is_what_the_statement_refers_to(extract: Extract) -> None:
    """statement.person_statement_source: "X said in a statement: ..." makes X the source of "the statement
    pointed out" and "The statement blamed"; "X's statement also praised" is X's (statement.statement_by)."""
    f = extract(
        "Committee head Samir Haddad said in a statement: “The shelling must stop.”\n\n"
        "The shelling is a message of chaos, the statement pointed out.\n\n"
        "The statement blamed the coalition for the attack on the port.\n\n"
        "Haddad’s statement also praised the efforts of the UN envoy."
    )
    for cue in ("the statement pointed out", "blamed", "praised"):
        assert speaker_names(f, one_by_cue(f, cue)) == ["Samir Haddad"]
    assert one_by_cue(f, "blamed").content == "the coalition for the attack on the port"
    assert "statement.person_statement_source" in _rules(f)


def test_a_statement_said_with_no_written_statement_before_has_no_speaker(extract: Extract) -> None:
    """Without "in a statement" (or a body's statement) before it, "the statement said" names no one."""
    f = extract(
        "Committee head Samir Haddad told reporters the port was shelled.\n\nThe statement blamed the coalition."
    )
    assert [s.cue for s in f.statements] == ["told"]


@pytest.mark.parametrize("verb", ["concluded", "began"])
def test_a_participle_after_concluded_by(extract: Extract, verb: str) -> None:
    """statement.concluded_by: "X concluded by calling on Y to ...": the subject's own act."""
    f = extract(f"Minister Samir Haddad {verb} by calling on the summit to adopt a rational stance.")
    st = one_by_cue(f, "calling on")
    assert speaker_names(f, st) == ["Samir Haddad"]
    assert st.content == "the summit to adopt a rational stance"


def test_sultan_after_majesty_is_a_title(extract: Extract) -> None:
    """actor.majesty_title: "His Majesty Sultan X": the monarch's title; "Prince Sultan bin Y" stays a name."""
    f = extract("His Majesty Sultan Haitham bin Tarik expressed his pride in the volunteers.")
    assert "Haitham bin Tarik" in persons(f)
    f = extract("Foreign Minister Prince Sultan bin Fahd said the talks were useful.")
    assert "Sultan bin Fahd" in persons(f)


def test_a_role_after_to_is_the_names_own_title(extract: Extract) -> None:
    """actor.to_role_title: "conveyed the greetings of the Emir of Kuwait to President X": X is no Kuwaiti."""
    f = extract(
        "President Masoud Hakim received Consul General Ali Nasser of Kuwait.\n\n"
        "Nasser conveyed the greetings of the Emir of Kuwait to President Hakim."
    )
    assert persons(f)["Masoud Hakim"][0] is None
    assert {"Masoud Hakim", "Ali Nasser"} in meeting_parties(f)


@pytest.mark.parametrize("mark", ["’", "'"])
def test_an_apostrophe_before_al_is_a_letter_of_the_name(extract: Extract, mark: str) -> None:
    """actor.trailing_ayn: "Mohammed Shia’ al-Sudani": the transliterated ayn joins the name's words."""
    f = extract(f"Prime Minister Mohammed Shia{mark} al-Sudani received the visiting minister Karl Lind in Baghdad.")
    assert f"Mohammed Shia{mark} al-Sudani" in persons(f)


@pytest.mark.parametrize("verb", ["was scheduled to", "was due to", "was expected to"])
def test_a_plan_told_in_the_past_tense(extract: Extract, verb: str) -> None:
    """meeting.was_scheduled: "the agency said X was scheduled to meet Y" is a planned meeting."""
    f = extract(f"The agency said Minister Karl Lind {verb} meet Foreign Minister Omar Sadek to discuss trade.")
    (m,) = f.meetings
    assert m.status == "planned"


def test_a_plan_that_did_not_come_about_is_no_meeting(extract: Extract) -> None:
    """meeting.plan_undone still holds: "had been due to meet Y, but ..." tells of no meeting."""
    f = extract("Minister Karl Lind had been due to meet Foreign Minister Omar Sadek, but fell ill.")
    assert f.meetings == ()


def test_an_occasion_then_a_participle_after_a_fronted_quote(extract: Extract) -> None:
    """'“...,” X said following the meeting, labeling the visit “important”': the quote is X's, and so is the
    participle; "following the meeting" is no content (statement.occasion_only)."""
    f = extract(
        "“We had a constructive dialogue on internal issues,” Sadek said following the meeting, labeling the "
        "visit “important”."
    )
    assert one_by_cue(f, "Sadek said").content == "We had a constructive dialogue on internal issues"
    assert one_by_cue(f, "labeling").content == "the visit “important”"


def test_a_participle_before_its_clause_ends_at_the_clause(extract: Extract) -> None:
    """statement.participle_before_clause: "... and while emphasizing A, he praised B": A ends at the comma;
    "conveyed the greetings ... and while" leaves the "and" out."""
    f = extract(
        "Consul General Ali Nasser conveyed the greetings of the Emir to the president and while emphasizing the "
        "friendship between the two sides, he praised the stability of the region."
    )
    assert one_by_cue(f, "conveyed").content == "the greetings of the Emir to the president"
    assert one_by_cue(f, "emphasizing").content == "the friendship between the two sides"
    assert one_by_cue(f, "praised").content == "the stability of the region"


def test_a_non_speech_act_after_and_ends_the_content(extract: Extract) -> None:
    """statement.action_break with "referred": "expressed pleasure at A and referred to B": A alone."""
    f = extract(
        "Ambassador Karl Lind expressed pleasure at his new mission in the region and referred to the long "
        "relations between the two peoples."
    )
    st = one_by_cue(f, "expressed pleasure at")
    assert st.content == "his new mission in the region"
    assert st.kind == "approve"


def test_a_tv_channel_is_no_speaker(extract: Extract) -> None:
    """ "Al-Arabiya said" is the press's sourcing, as "Al Arabiya said" is."""
    f = extract("Officials were not available to comment, but Al-Arabiya said the minister would arrive on Tuesday.")
    assert f.statements == ()


def test_officials_listed_after_including_take_their_demonym(extract: Extract) -> None:
    """actor.officials_including: "top Iraqi officials including Prime Minister A and President B": both Iraqi."""
    f = extract(
        "Karl Lind held talks on Monday with top Iraqi officials including Prime Minister Ali Nasser and President "
        "Samir Haddad."
    )
    found = persons(f)
    assert found["Ali Nasser"][0] == "IRQ"
    assert found["Samir Haddad"][0] == "IRQ"
    assert "actor.officials_including" in _rules(f)


def test_the_subject_of_a_meeting_verb_is_who_a_description_next_refers_to(extract: Extract) -> None:
    """coref.subject_tie_meeting: "X held talks with Y ... The Iranian president also met Z": X met Z, of two
    persons with no title told in the sentence before."""
    f = extract(
        "Pezeshkian held talks with Faeq Zaidan later in the day.\n\n"
        "The Iranian president also met with Ammar al-Hakim, head of the National Wisdom Movement."
    )
    assert {"Pezeshkian", "Ammar al-Hakim"} in meeting_parties(f)


def test_called_the_attack_a_violation_is_a_reproach(extract: Extract) -> None:
    """The "call" cue reads "called Israeli attack a gross violation of ..." (a demonym and a noun, no article)."""
    f = extract("Foreign Minister Ali Nasser called Israeli attack a gross violation of the country's sovereignty.")
    st = one_by_cue(f, "called")
    assert st.kind == "disapprove"
    assert st.content == "Israeli attack a gross violation of the country's sovereignty"
    g = extract("Foreign Minister Ali Nasser called Samir Haddad on Friday.")
    assert g.statements == ()


@pytest.mark.parametrize("lead", ["urged", "called for", "stressed the need for"])
def test_talks_appealed_for_are_no_meeting(extract: Extract, lead: str) -> None:
    """meeting.appeal_for_talks: "urged regular meetings between the two countries": none held."""
    f = extract(f"Speaker Ali Nasser {lead} regular meetings between Iran and Russia.")
    assert f.meetings == ()


@pytest.mark.parametrize(
    "desc", ["The speaker of the Iranian parliament", "The Speaker of Iran’s Parliament", "The speaker of the Majlis"]
)
def test_the_speaker_of_a_states_parliament(extract: Extract, desc: str) -> None:
    """actor.speaker_of_parliament: "the speaker of the Iranian parliament" is a role-holder of Iran; named in the
    next sentence, after an opening phrase, he is that person (coref.lead_role_named_next)."""
    f = extract(
        f"{desc} condemned on Tuesday Swedish lawmakers for their attempts to promote hatred.\n\n"
        "Speaking at the open session in Tehran, Mohammad Baqer Qalibaf remarked that the act hurt all Muslims.\n\n"
        "He also urged regular meetings with Russia."
    )
    if "Majlis" in desc:  # a legislature with no state's word: the description is no state's
        return
    st = one_by_cue(f, "condemned")
    assert speaker_names(f, st) == ["Mohammad Baqer Qalibaf"]
    assert persons(f)["Mohammad Baqer Qalibaf"][0] == "IRN"


def test_talks_told_between_a_name_and_its_verb(extract: Extract) -> None:
    """actor.talks_aside_subject: "X in his Thursday phone talks with Y discussed ...": X is a person who talked."""
    f = extract(
        "Hossein Amirabdollahian in his Thursday evening phone talks with Fuad Hussein discussed the two "
        "countries’ cooperation."
    )
    assert meeting_parties(f) == [{"Hossein Amirabdollahian", "Fuad Hussein"}]


def test_according_to_the_statement_then_a_name_is_the_issuers_account(extract: Extract) -> None:
    """statement.according_to_issuer: "According to the statement, Zarif reaffirmed ...": the ministry that issued
    the statement is the source, and its account is the whole clause."""
    f = extract(
        "Pakistan's Ministry of Foreign Affairs said in a statement on Monday that the visit was part of its "
        "outreach.\n\nAccording to the statement, Zarif reaffirmed Iran's commitment to deepen relations with "
        "Pakistan in trade, investment and border management."
    )
    st = one_by_cue(f, "According to")
    assert speaker_names(f, st) == ["Pakistan's Ministry of Foreign Affairs"]
    assert st.content.startswith("Zarif reaffirmed Iran's commitment")


def test_the_two_countries_top_diplomats_are_the_talks_persons(extract: Extract) -> None:
    """coref.group: "during which the two countries' top diplomats stressed ...": the two ministers speak."""
    f = extract(
        "Foreign Minister Mohammad Javad Zarif and his Pakistani counterpart Shah Mahmood Qureshi held a meeting in "
        "Tehran on Monday during which the two countries' top diplomats stressed the importance of joint efforts."
    )
    st = one_by_cue(f, "stressed the importance of")
    assert set(speaker_names(f, st)) == {"Mohammad Javad Zarif", "Shah Mahmood Qureshi"}


def test_the_remarks_maker_is_the_unnamed_speaker_before(extract: Extract) -> None:
    """coref.remarks_maker: "..., a senior Iranian diplomat said on Monday. Spokesman X made the remarks at his
    press conference.": the diplomat is X."""
    f = extract(
        "The visit proves the sanctions are hollow, a senior Iranian diplomat said on Monday.\n\n"
        "Foreign Ministry Spokesman Abbas Mousavi made the remarks at his weekly press conference in Tehran.\n\n"
        "Mousavi also said the talks would continue."
    )
    assert {speaker_names(f, s)[0] for s in f.statements} == {"Abbas Mousavi"}
    assert "coref.remarks_maker" in _rules(f)


def test_the_remarks_maker_of_another_state_is_not_the_unnamed_speaker(extract: Extract) -> None:
    """An unnamed speaker of another state stays who the text leaves unnamed."""
    f = extract(
        "The visit proves the sanctions are hollow, a senior Iranian diplomat said on Monday.\n\n"
        "Finnish Foreign Minister Pekka Haavisto made the remarks at a press conference in Helsinki.\n\n"
        "Haavisto also said the talks would continue."
    )
    assert "coref.remarks_maker" not in _rules(f)


@pytest.mark.parametrize("title", ["ambassador", "foreign minister", "Parliament Speaker"])
def test_a_new_office_holder_after_a_states_possessive(extract: Extract, title: str) -> None:
    """desc_adjective "new" after the state's word: "Iran's new ambassador said ..." is Iran's role-holder."""
    f = extract(f"Iran's new {title} said the ties were good.")
    (st,) = f.statements
    (actor,) = [a for a in f.actors if a.id in st.speakers]
    assert actor.country == "IRN"
    assert actor.unnamed


def test_the_lead_role_holder_named_after_an_agency_label(extract: Extract) -> None:
    """coref.lead_role_named_next after an agency's label: "Iran Press/Iran News: X said on Sunday: ..."."""
    f = extract(
        "Tehran (IP) - Iran's new Parliament Speaker said in his first speech that the state has grown stronger.\n\n"
        'Iran Press/Iran News: Mohammad Baqer Qalibaf said on Sunday: "The new parliament starts its work."\n\n'
        '"The country has resisted all enemies," he added.'
    )
    assert {speaker_names(f, s)[0] for s in f.statements} == {"Mohammad Baqer Qalibaf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "IRNA quoted Zarif as saying the visit is expected next week.",
        "Tass quoted Foreign Minister Mohammad Javad Zarif as saying that the visit is expected next week.",
        "“The visit is expected next week,” the agency quoted Foreign Minister Zarif as saying.",
    ],
)
def test_who_is_quoted_as_saying_speaks(extract: Extract, sentence: str) -> None:
    """statement.quoted_as_saying: "X quoted Y as saying ...": Y speaks; with nothing after the cue, the quote that
    opens the sentence is what Y said; the agency quoting is no speaker."""
    f = extract(sentence)
    (st,) = f.statements
    assert speaker_names(f, st)[0].endswith("Zarif")
    assert st.cue == "as saying"
    assert st.content == "the visit is expected next week" or st.content == "The visit is expected next week"


def test_quoted_as_saying_with_no_person_quoted_is_none(extract: Extract) -> None:
    """'quoted him as saying' with no one told before names no speaker."""
    f = extract("The agency quoted him as saying that the visit was useful.")
    assert f.statements == ()


def test_a_guest_welcomed_with_whom_the_host_talked(extract: Extract) -> None:
    """meeting.welcomed_with_whom: "X welcomed Y, with whom he discussed ...": a meeting, and no approval of Y."""
    f = extract("Speaker Nabih Berri welcomed Egyptian Ambassador Yasser Alawi, with whom he discussed the situation.")
    assert meeting_parties(f) == [{"Nabih Berri", "Yasser Alawi"}]
    assert f.statements == ()


def test_stressed_on_the_importance_of(extract: Extract) -> None:
    """ "stressed on the importance of" (a preposition some outlets write) is the appeal cue."""
    f = extract("Foreign Minister Hisham Sharaf stressed on the importance of reopening the airport.")
    st = one_by_cue(f, "stressed on the importance of")
    assert (st.kind, st.content) == ("appeal", "reopening the airport")


def test_a_spokesman_left_unnamed_in_the_lead_is_the_first_person_named_speaking(extract: Extract) -> None:
    """coref.spokesman_named_later: "Iran's Foreign Ministry spokesman said A. ... “B,” Saeed Khatibzadeh said.":
    one person; with another person named first, no link."""
    f = extract(
        "Iran's Foreign Ministry spokesman said that Iran does not tolerate any interference in its affairs.\n\n"
        "The spokesman made the remarks on Wednesday in reaction to a statement of the council.\n\n"
        "“A new approach was expected,” Saeed Khatibzadeh said.\n\n"
        "Khatibzadeh called on the council to revise its approach."
    )
    assert {speaker_names(f, s)[0] for s in f.statements} == {"Saeed Khatibzadeh"}
    g = extract(
        "Iran's Foreign Ministry spokesman said that Iran does not tolerate any interference in its affairs.\n\n"
        "Foreign Minister Ali Nasser met the council's envoy on Monday.\n\n"
        "“A new approach was expected,” Saeed Khatibzadeh said.\n\n"
        "Khatibzadeh called on the council to revise its approach."
    )
    assert "coref.spokesman_named_later" not in _rules(g)


def test_the_spokesman_for_the_secretary_general_is_not_the_secretary_general(extract: Extract) -> None:
    """coref.role_of_another: "the Secretary-General" is not "X, Spokesman for the Secretary-General"."""
    f = extract(
        "The following is a transcript of the briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n"
        "This morning the Secretary-General arrived in Tunisia.\n\n"
        "In a press conference, the Secretary-General congratulated the President on Tunisia's democratic growth."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Secretary-General"]


def test_a_section_heading_of_travel_is_no_name(extract: Extract) -> None:
    """ "Secretary-General Travel Weekend" (a briefing's heading) names no one: "Travel", "Weekend" are no names."""
    f = extract("**Secretary-General Travel Weekend\n\nThe Secretary-General Travel Weekend said the camp was full.")
    assert "Travel Weekend" not in persons(f)
