"""Constructions found in session 16's read sets of real articles (Europe, the Americas, Oceania, governments'
readouts), each tested with sentences invented for it: a demonym inside a title ("the head of Cuban
diplomacy"), "is meeting" as a verb, a date with no "on" between a subject and its verb, "peer" for
counterpart, a description's possessive agenda, Ireland's titles, a month's name as a surname, a party's name
before a title in small letters, and a plan told in the past perfect that did not come about."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import meeting_parties, persons, speaker_names, statements_by_cue

Extract = Callable[..., Facts]


@pytest.mark.parametrize("head", ["head", "chief"])
def test_a_demonym_inside_a_title_gives_its_country(extract: Extract, head: str) -> None:
    """actor.demonym_in_role: "the head of Peruvian diplomacy" is a foreign minister of Peru."""
    f = extract(
        f"Tomas Ortega, the {head} of Peruvian diplomacy, held talks with his Chilean counterpart, Ana Bravo, "
        "in Lima on Monday."
    )
    assert meeting_parties(f) == [{"Tomas Ortega", "Ana Bravo"}]
    assert persons(f)["Tomas Ortega"][0] == "PER"


def test_a_title_holding_a_demonym_describes_the_named_minister(extract: Extract) -> None:
    """The description "The head of Peruvian diplomacy" refers to the Peruvian minister told before."""
    f = extract(
        "Peruvian Foreign Minister Tomas Ortega arrived in Santiago on Monday. The head of Peruvian diplomacy "
        "met Chilean Foreign Minister Ana Bravo at the palace."
    )
    assert meeting_parties(f) == [{"Tomas Ortega", "Ana Bravo"}]


@pytest.mark.parametrize(
    ("tail", "status"),
    [("in Athens to discuss energy matters.", "held"), ("later tonight.", "planned")],
)
def test_is_meeting_is_a_verb_with_an_object(extract: Extract, tail: str, status: str) -> None:
    """meeting.progressive_verb: after "is", "meeting" is the verb and its object the other party; a later
    time puts it in the future (meeting.progressive_future)."""
    f = extract(f"Bulgarian Foreign Minister Ivan Petkov is meeting his Greek counterpart Nikos Dimas {tail}")
    assert meeting_parties(f) == [{"Ivan Petkov", "Nikos Dimas"}]
    assert f.meetings[0].status == status
    assert "meeting.progressive_verb" in {r.rule for r in f.trace.firings}


def test_is_meeting_with_a_bare_name(extract: Extract) -> None:
    """actor.bare_object: a name with no title right after "is meeting" is the party."""
    f = extract("Foreign Minister Ivan Petkov is meeting Nikos Dimas in Athens.")
    assert meeting_parties(f) == [{"Ivan Petkov", "Nikos Dimas"}]


def test_is_meeting_without_a_party_is_no_meeting(extract: Extract) -> None:
    """A verb whose object is no party tells of no meeting: "The plan is meeting resistance"."""
    f = extract("The plan is meeting resistance in parliament, Foreign Minister Ivan Petkov said.")
    assert not f.meetings


@pytest.mark.parametrize("date", ["5 September", "September 5", "Sept. 5"])
def test_a_date_without_on_between_subject_and_verb(extract: Extract, date: str) -> None:
    """meeting.date_gap: "X 5 September in Split met with Y": a month's name makes the date, then where."""
    f = extract(
        f"Minister of Foreign Affairs Marko Horvat {date} in Split met with US Senator Paul Grant.",
        published="2019-09-06",
    )
    assert meeting_parties(f) == [{"Marko Horvat", "Paul Grant"}]
    assert f.meetings[0].date is not None and f.meetings[0].date.value == "2019-09-05"


def test_peer_is_a_counterpart(extract: Extract) -> None:
    """A peer is a counterpart: "his Mexican peer Luis Ortega" is a title, with its country."""
    f = extract("Cuban Foreign Minister Ana Diaz met her Mexican peer Luis Ortega in Mexico City on Monday.")
    assert meeting_parties(f) == [{"Ana Diaz", "Luis Ortega"}]
    assert persons(f)["Luis Ortega"][0] == "MEX"


def test_peer_review_is_no_title(extract: Extract) -> None:
    """The word in small letters before a noun makes no person: "peer review"."""
    f = extract("The ministers discussed peer review in Africa, Foreign Minister Ana Diaz said.")
    assert set(persons(f)) == {"Ana Diaz"}


@pytest.mark.parametrize("owner", ["The Spanish minister’s", "The Spanish minister's"])
def test_a_descriptions_agenda_is_its_owners(extract: Extract, owner: str) -> None:
    """meeting.on_the_agenda with a description's possessive: the minister told before is to meet Y."""
    f = extract(
        "Spanish Foreign Minister Ana Diaz arrived in Lima on Monday for a two-day visit. "
        f"{owner} agenda includes a meeting with her Peruvian peer Luis Ortega."
    )
    assert meeting_parties(f) == [{"Ana Diaz", "Luis Ortega"}]
    assert f.meetings[0].status == "planned"


@pytest.mark.parametrize("title", ["Taoiseach", "Tánaiste"])
def test_irish_titles(extract: Extract, title: str) -> None:
    """Ireland's titles before a name."""
    f = extract(f"British Prime Minister Jane Holt has met with {title} Sean Byrne in Dublin to discuss trade.")
    assert meeting_parties(f) == [{"Jane Holt", "Sean Byrne"}]
    assert persons(f)["Sean Byrne"][1] == title


def test_commodore_is_an_honorific(extract: Extract) -> None:
    """The rank stays out of the name: "Commodore Frank Tavo" is Frank Tavo."""
    f = extract("Prime Minister Lai Seru met the military commander, Commodore Frank Tavo, in Suva on Monday.")
    assert "Frank Tavo" in persons(f)
    assert "Commodore Frank Tavo" not in persons(f)


def test_a_month_as_a_surname(extract: Extract) -> None:
    """actor.month_surname: "Prime Minister Theresa May" and "Mrs May said" name a person; "in May 2017"
    does not."""
    f = extract(
        "Prime Minister Theresa May met with Irish Prime Minister Sean Byrne in Dublin in May 2017. "
        "Mrs May said the talks had been useful."
    )
    assert meeting_parties(f) == [{"Theresa May", "Sean Byrne"}]
    (st,) = statements_by_cue(f, "said")
    assert speaker_names(f, st) == ["Theresa May"]
    assert "May" not in persons(f)


def test_a_name_before_a_title_in_small_letters_is_its_owner(extract: Extract) -> None:
    """actor.place_before_title: "talks with Fine Gael leader Dara Quinn": the party leads, the
    person after the title is the party to the talks."""
    f = extract("Minister Paul Grant also held talks with Fine Gael leader Dara Quinn in Dublin.")
    assert meeting_parties(f) == [{"Paul Grant", "Dara Quinn"}]
    assert "Fine Gael" not in persons(f)


@pytest.mark.parametrize(
    "plan",
    [
        "had been due to make her first official visit to Tallinn this week, but was unwell",
        "had been scheduled to meet Estonian Prime Minister Kaja Tamm on Friday, but the talks were called off",
        "was supposed to meet Estonian Prime Minister Kaja Tamm on Friday",
    ],
)
def test_a_plan_in_the_past_perfect_is_no_meeting(extract: Extract, plan: str) -> None:
    """meeting.plan_undone: a plan told as one that had been made tells of no meeting held or to come."""
    f = extract(f"The new prime minister of Latvia, Liga Ozola, {plan}.")
    assert not f.meetings


@pytest.mark.parametrize("date", ["on Sept. 16", "on Dec. 3", "on Monday"])
def test_an_abbreviated_month_between_the_verb_and_with(extract: Extract, date: str) -> None:
    """An abbreviation's period between "met" and "with" ends no clause: "met on Sept. 16 with Y"."""
    f = extract(f"Defense Minister Hulusi Demir met {date} with Iranian Defense Minister Hamid Karimi in Ankara.")
    assert meeting_parties(f) == [{"Hulusi Demir", "Hamid Karimi"}]


@pytest.mark.parametrize("obj", ["Karimi", "Iranian Defense Minister Hamid Karimi"])
def test_the_objects_own_with_is_no_party(extract: Extract, obj: str) -> None:
    """meeting.object_before_with: "X received Y with a military ceremony at the ministry": Y is the party,
    not the ministry after "with"."""
    f = extract(
        f"Defense Minister Hulusi Demir received {obj} with a military ceremony at the Turkish Defense Ministry."
    )
    (parties,) = meeting_parties(f)
    assert "Hulusi Demir" in parties
    assert "Turkish Defense Ministry" not in parties
    assert len(parties) == 2


def test_a_place_between_the_verb_and_with_keeps_the_with(extract: Extract) -> None:
    """A country or city between the verb and "with" is where: the party still follows "with"."""
    f = extract("President Ali Nouri met in Tehran with Iraqi Prime Minister Omar Saleh on Monday.")
    assert meeting_parties(f) == [{"Ali Nouri", "Omar Saleh"}]


@pytest.mark.parametrize(
    "visit",
    [
        "Bulgarian President Petar Kolev’s visit to the St. Petersburg economic forum",
        "a visit by Bulgarian President Petar Kolev to the St. Petersburg economic forum",
    ],
)
def test_he_after_a_visit_where_is_the_visitor(extract: Extract, visit: str) -> None:
    """coref.visit_by_where: "X’s visit to the St. Petersburg forum, where he held talks with Y": he is X, not
    the sentence's subject."""
    f = extract(
        "Foreign Minister Elena Dimova met Russian Foreign Minister Ivan Sorokin. "
        f"Sorokin recalled {visit}, where he held talks with Russian President Oleg Vasin."
    )
    assert {"Petar Kolev", "Oleg Vasin"} in meeting_parties(f)
    assert {"Ivan Sorokin", "Oleg Vasin"} not in meeting_parties(f)


def test_a_name_inside_a_relative_clause_is_not_the_subject(extract: Extract) -> None:
    """meeting.relative_clause_not_subject: "X, who was appointed by President Y last month, met Z": X met Z."""
    f = extract(
        "Foreign Minister Ana Ruiz, who was appointed by President Luis Vega to be the country's top diplomat, "
        "met Chilean Foreign Minister Jose Bravo on Monday."
    )
    assert meeting_parties(f) == [{"Ana Ruiz", "Jose Bravo"}]


def test_a_title_word_given_name_after_a_title_in_small_letters(extract: Extract) -> None:
    """actor.given_name_after_lower_title: "his Iranian counterpart Amir Karimi": Amir is a given name."""
    f = extract("Foreign Minister Sami Farid received a phone call from his Iranian counterpart Amir Karimi on Sunday.")
    assert meeting_parties(f) == [{"Sami Farid", "Amir Karimi"}]


def test_names_with_no_title_after_talks_between(extract: Extract) -> None:
    """actor.between_parties: "the talks between A and B": the names are the talks' parties; "the border
    between A and B" names none."""
    f = extract("The ministry says the talks between Murray Keane and Ratu Inoke Vula focused on trade.")
    assert meeting_parties(f) == [{"Murray Keane", "Ratu Inoke Vula"}]
    g = extract("The border between Upper Volta and Lower Kasai was closed on Monday.")
    assert not g.meetings
    assert not persons(g)


def test_a_titles_plural_is_no_bare_object(extract: Extract) -> None:
    """A title's plural names no person: "meetings with Chancellors and personalities"."""
    f = extract(
        "In several meetings with Chancellors and personalities from the region, Foreign Minister Ana Diaz "
        "stressed the importance of integration."
    )
    assert "Chancellors" not in persons(f)
    assert not f.meetings


def test_talks_between_named_parties_leave_the_subject_out(extract: Extract) -> None:
    """meeting.between_own_parties: "Both sides vowed to realise perceptions reached during recent talks
    between A and B": A met B; the two sides of the sentence before held their own talk."""
    f = extract(
        "Prime Minister Pham Van Long and Chinese Premier Li Wen held phone talks on Monday. Both sides vowed to "
        "realise common perceptions reached during recent talks between Party General Secretary Nguyen Van Tam "
        "and Chinese President Xu Ming."
    )
    assert meeting_parties(f) == [{"Pham Van Long", "Li Wen"}, {"Nguyen Van Tam", "Xu Ming"}]


@pytest.mark.parametrize(
    ("sentence", "cue", "kind"),
    [
        ("Foreign Minister Ana Diaz advocated to revitalize regional integration.", "advocated", "appeal"),
        ("Foreign Minister Ana Diaz advocated for a negotiated settlement.", "advocated for", "appeal"),
        ("Foreign Minister Ana Diaz pleaded for a stronger presence of the alliance.", "pleaded for", "appeal"),
        ("Foreign Minister Ana Diaz estimated that the dispute would not block the accession.", "estimated", "say"),
    ],
)
def test_cues_of_appeal_and_assessment(extract: Extract, sentence: str, cue: str, kind: str) -> None:
    """Cues of appeal and assessment: "advocated to" or "for", "pleaded for", "estimated that"."""
    f = extract(sentence)
    (st,) = f.statements
    assert st.cue == cue
    assert st.kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Human rights advocates said the vote was unfair.",
        "Officials estimated 5,000 people attended the rally.",
    ],
)
def test_the_cues_need_their_objects(extract: Extract, sentence: str) -> None:
    """A noun "advocates" and "estimated" with a number are no cues of theirs."""
    f = extract(sentence)
    assert all(s.cue not in ("advocates", "estimated") for s in f.statements)


def test_the_interlocutors_are_the_last_talks_parties(extract: Extract) -> None:
    """coref.group: "The collocutors underlined ...": the two who just met speak together."""
    f = extract(
        "Foreign Minister Marko Horvat met US Senator Paul Grant in Split on Monday. The collocutors underlined "
        "the allied dimension connecting the two countries."
    )
    (st,) = statements_by_cue(f, "underlined")
    assert set(speaker_names(f, st)) == {"Marko Horvat", "Paul Grant"}


def test_a_fronted_quotes_comma_is_left_out(extract: Extract) -> None:
    """The comma before the closing mark of a fronted quote is the sentence's, not the speaker's; a hyphened
    "chief-diplomat" is a foreign minister."""
    f = extract(
        'Foreign Minister Ion Popa arrived in Chisinau. "The elections are a historic moment," the Romanian '
        "chief-diplomat explained."
    )
    (st,) = f.statements
    assert st.content == "The elections are a historic moment"
    assert speaker_names(f, st) == ["Ion Popa"]


def test_a_counterpart_from_a_country(extract: Extract) -> None:
    """actor.counterpart_from_country: "met his counterpart from Guinea": an unnamed foreign minister of Guinea;
    a name after the country is the counterpart's own."""
    f = extract("Foreign Minister Ana Diaz arrived in New York. She also met her counterpart from Guinea on Monday.")
    assert meeting_parties(f) == [{"Ana Diaz", "Foreign Minister of Guinea"}]
    g = extract("Foreign Minister Ana Diaz met her counterpart from Mozambique, Jose Pacheco, on Monday.")
    assert meeting_parties(g) == [{"Ana Diaz", "Jose Pacheco"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "US outlet Axios reported, citing the ministry, that the call lasted 40 minutes.",
        "The daily Morgenpost said the talks had failed.",
    ],
)
def test_an_outlet_is_no_person(extract: Extract, sentence: str) -> None:
    """actor.outlet_kind_before: a kind of outlet before a name ("outlet Axios", "the daily Morgenpost") makes
    it an outlet's, no person's."""
    assert not persons(extract(sentence))


def test_a_state_broadcaster_reporting_is_no_statement(extract: Extract) -> None:
    """A state broadcaster's report ("..., Radio Pakistan reported") is its own sourcing, not Pakistan's word."""
    f = extract("The two leaders met in Islamabad on Wednesday, Radio Pakistan reported.")
    assert not f.statements


@pytest.mark.parametrize("when", ["on Oct. 12", "on October 12", "last week", "earlier this month"])
def test_the_time_before_that_is_no_content(extract: Extract, when: str) -> None:
    """A time between the cue and its "that" is no content: "said on Oct. 12 that X", "said last week that X"."""
    f = extract(f"President Ivan Petrenko said {when} that he had spoken with President Tom Hale.")
    (st,) = f.statements
    assert st.content == "he had spoken with President Tom Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Secretary Sewa Lamsal welcomed the visiting Japanese Foreign Minister and her delegation at the "
        "airport.",
        "Welcoming him on his first visit to Berlin, Chancellor Angela Weber said a strong Europe depends on both.",
        "Replying to a query at the weekly media briefing, spokesperson Mumtaz Baloch said the talks were useful.",
        "Responding to the report, Foreign Minister Sewa Lamsal said the talks were useful.",
    ],
)
def test_a_welcome_or_a_reply_that_is_an_occasion(extract: Extract, sentence: str) -> None:
    """Welcoming a guest at the airport and replying to a query are occasions, no statements of their own."""
    f = extract(sentence)
    assert all(s.cue.lower() not in ("welcomed", "welcoming", "replying", "responding") for s in f.statements)


def test_offered_condolences_are_said(extract: Extract) -> None:
    """Condolences offered are said: "offered his condolences for X"."""
    f = extract("President Omar Fathy offered his condolences for the murder of the ambassador.")
    (st,) = f.statements
    assert st.kind == "say"
    assert st.cue == "offered his condolences"


@pytest.mark.parametrize(
    ("demonym", "name"),
    [
        ("American", "Foreign Minister of the United States"),
        ("British", "Foreign Minister of the United Kingdom"),
        ("Emirati", "Foreign Minister of the United Arab Emirates"),
        ("Dutch", "Foreign Minister of the Netherlands"),
        ("Omani", "Foreign Minister of Oman"),
    ],
)
def test_an_unnamed_role_holder_of_a_state_that_takes_the(extract: Extract, demonym: str, name: str) -> None:
    """country_article: "President of the United States", as English writes the state after "of"."""
    f = extract(f"Foreign Minister Ana Diaz spoke with her {demonym} counterpart on Monday.")
    assert meeting_parties(f) == [{"Ana Diaz", name}]


@pytest.mark.parametrize("outlet", ["Channels Television", "Kenya Broadcasting", "Jordan Radio", "Daily Gazette"])
def test_an_outlets_head_word_is_no_name_word(extract: Extract, outlet: str) -> None:
    """An outlet's head word ("Television", "Radio", "Gazette") ends no person's name."""
    f = extract(f"The two ministers met in Abuja on Monday, {outlet} reported.")
    assert not persons(f)


def test_two_initials_after_a_title_open_the_name(extract: Extract) -> None:
    """actor.leading_initials: "Prime Minister KP Sharma Oli" is KP Sharma Oli."""
    f = extract("Prime Minister KP Sharma Oli met Indian Foreign Secretary Vikram Rao in Kathmandu on Monday.")
    assert meeting_parties(f) == [{"KP Sharma Oli", "Vikram Rao"}]


def test_a_cue_whose_object_is_before_which_makes_no_statement(extract: Extract) -> None:
    """statement.object_relative: "the aid, which he announced earlier this week for Gaza": what follows the
    cue is no content of it."""
    f = extract("Spokesman Luis Ortega welcomed the aid, which he announced earlier this week for Gaza.")
    assert [s.cue for s in f.statements] == ["welcomed"]


@pytest.mark.parametrize("told", ["the Herald", "the Senate", "Reuters"])
def test_the_named_addressee_with_its_article_is_no_content(extract: Extract, told: str) -> None:
    """statement.told_name: "told the Herald the talks were useful": the addressee is no part of the content."""
    f = extract(f"Foreign Minister Ana Diaz told {told} the talks were useful.")
    (st,) = f.statements
    assert st.content == "the talks were useful"


@pytest.mark.parametrize(("verb", "status"), [("took place", "held"), ("will take place", "planned")])
def test_a_meeting_that_takes_place_between_two(extract: Extract, verb: str, status: str) -> None:
    """meeting.held_between, told ahead too: "A virtual meeting will take place between X and Y on Dec 17"."""
    f = extract(
        f"A virtual meeting {verb} between Indian Prime Minister Raj Verma and Bangladeshi Prime Minister "
        "Rashida Khan on Monday.",
        published="2026-05-20",
    )
    assert meeting_parties(f) == [{"Raj Verma", "Rashida Khan"}]
    assert f.meetings[0].status == status
    assert f.meetings[0].modality == "video"


def test_a_phone_call_to_someone(extract: Extract) -> None:
    """meeting.call_to: "X's phone call to Y" is a call between X and Y; "a call to action" names no one."""
    f = extract(
        "Spokesperson Ali Faisal welcomed Indian Prime Minister Raj Verma's phone call to opposition leader Imran "
        "Aziz on Monday."
    )
    assert {"Raj Verma", "Imran Aziz"} in meeting_parties(f)
    assert not extract("The phone call to action was answered by thousands.").meetings
