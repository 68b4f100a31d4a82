"""Statements on unseen outlets, session 4: participles after a quote, told audiences, offices and
institutions named as written, communiqués, asides between subject and cue, and content kinds."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsfacts.rules import Facts

from .facts import one_by_cue, speaker_names

Extract = Callable[..., Facts]

MEETING = "Foreign Minister Adel Nasser met his Tunisian counterpart Sami Ben Ali in Cairo on Monday. "


# statement.participle_after_quote: ',” warning that ...': the comma that ends the clause is inside the quote


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            'Minister Lena Koval urged the capitals to act "before the frost," warning that the grid was failing.',
            "warning",
            "Lena Koval",
            "the grid was failing",
        ),
        (
            "Senator Paul Greaves accused the cabinet of “drift,” arguing that exports had already fallen.",
            "arguing",
            "Paul Greaves",
            "exports had already fallen",
        ),
    ],
)
def test_participle_after_quote(extract: Extract, text: str, cue: str, speaker: str, content: str) -> None:
    f = extract(text)
    st = one_by_cue(f, cue)
    assert speaker_names(f, st) == [speaker]
    assert st.content == content
    assert "statement.participle_after_quote" in st.rules
    first = f.statements[0]
    assert first.cue != cue and not first.content.endswith(content)  # the first content stops at the quote


def test_participle_nested_goes_with_the_reported_speaker(extract: Extract) -> None:
    f = extract(
        MEETING + "Spokesman Omar Fahmy said in a statement that Nasser warned that a new war would bring "
        '"ruin," stressing that talks remain the only way.'
    )
    st = one_by_cue(f, "stressing")
    assert speaker_names(f, st) == ["Adel Nasser"]
    assert st.content == "talks remain the only way"
    assert "statement.participle_nested" in st.rules


def test_occasion_tail_is_no_content(extract: Extract) -> None:
    f = extract(
        'The Foreign Ministry slammed the drills as "a provocation," warning of "countermeasures," '
        "in a statement carried by the state news agency."
    )
    st = one_by_cue(f, "warning of")
    assert st.content == "countermeasures"
    assert st.kind == "threaten"


# told: the audience of a fronted quote (a briefing with an adjective, a newspaper, a role, a place phrase)


@pytest.mark.parametrize(
    ("text", "speaker", "content", "rule"),
    [
        (
            '"We have shared the evidence with Kyiv," Novak told a weekly press briefing.',
            "Novak",
            "We have shared the evidence with Kyiv",
            "",
        ),
        (
            "Koval is scheduled to visit Warsaw on Thursday, a Czech diplomatic source told The Times of London.",
            "Czech diplomatic source",
            "Koval is scheduled to visit Warsaw on Thursday",
            "",
        ),
        ('"Nothing moves," Novak told reporters outside the council building.', "Novak", "Nothing moves", ""),
        (
            'Foreign Adviser Karim Hossain met UN envoy Maria Lopez in Dhaka. "The crisis began in the north," '
            "the adviser told the envoy, adding that aid was falling.",
            "Karim Hossain",
            "The crisis began in the north",
            "statement.told_description",
        ),
    ],
)
def test_fronted_told_audience(extract: Extract, text: str, speaker: str, content: str, rule: str) -> None:
    f = extract(text)
    st = one_by_cue(f, next(s.cue for s in f.statements if s.cue.endswith("told")))
    assert speaker in speaker_names(f, st)[0]
    assert st.content == content
    if rule:
        assert rule in st.rules


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Adam Novak met Prime Minister Lena Koval. The two will meet again in May, Novak's spokesman "
            "Petr Dvorak told reporters in Prague on Monday.",
            "Petr Dvorak",
        ),
        (
            "President Adam Novak met Prime Minister Lena Koval. Novak later spoke by phone with the Congolese "
            "president, State House spokesperson Peter Wako said.",
            "Peter Wako",
        ),
    ],
)
def test_possessive_title_before_fronted_speaker(extract: Extract, text: str, speaker: str) -> None:
    f = extract(text)
    (st,) = [s for s in f.statements if speaker in speaker_names(f, s)]
    # the title may also be read with the name by the actor rules, and the quote rule then suffices
    assert {"statement.possessive_title", "statement.fronted_quote"} & set(st.rules)
    assert st.content.startswith(("The two will meet", "Novak later spoke"))


# offices named as the text writes them


def test_office_of_person_named_as_written(extract: Extract) -> None:
    f = extract(
        "Prime Minister Nawaf Salam met envoy Pierre Durand in Beirut. According to a statement from the prime "
        "minister's office, the two men discussed the ceasefire."
    )
    st = one_by_cue(f, "According to")
    assert speaker_names(f, st) == ["prime minister's office"]
    assert "statement.office_of_person" in st.rules


def test_press_service_is_an_office(extract: Extract) -> None:
    f = extract(
        "President Aibek Sadyrov and President Emomali Rustamzoda discussed water sharing, according to "
        "Sadyrov's press service."
    )
    st = one_by_cue(f, "according to")
    assert speaker_names(f, st) == ["Sadyrov's press service"]
    assert st.kind == "say"  # statement.account_kind


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Prime Minister Anna Berg met President Li Wen in Beijing. She also stressed the need for dialogue, "
            "according to a statement released by her office.",
            "Anna Berg's office",
        ),
        ("President Li Wen met Prime Minister Anna Berg. Li praised the talks, according to his media office.", ""),
    ],
)
def test_pronoun_office(extract: Extract, text: str, office: str) -> None:
    f = extract(text)
    st = one_by_cue(f, "according to")
    (name,) = speaker_names(f, st)
    assert name.endswith(("'s office", "'s media office"))
    if office:
        assert name == office
    assert "statement.pronoun_office" in st.rules


# institutions no table names


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        (
            MEETING + "The two ministers agreed to meet again in May, Seoul's Foreign Ministry said.",
            "Foreign Ministry",
            "statement.possessive_body",
        ),
        (
            MEETING + "The two ministers discussed tank deliveries, Warsaw's defence ministry said.",
            "defence ministry",
            "statement.possessive_body",
        ),
        (MEETING + "The Israeli military said it had hit depots near the border.", "Israeli military", ""),
        (
            MEETING + "The Russian embassy in Helsinki denied that Moscow had any role.",
            "Russian embassy in Helsinki",
            "statement.demonym_body",
        ),
        (
            MEETING + "Nasser is expected to visit Tunis next month, the UN Support Mission in Libya (UNSMIL) said.",
            "UN Support Mission in Libya",
            "statement.body_head",
        ),
        (
            MEETING + "Nasser will meet the premier on Friday, the EU Delegation to Georgia said.",
            "EU Delegation to Georgia",
            "statement.body_head",
        ),
        (
            MEETING + "The Sultan will visit Belgium next week, the Diwan of Royal Court announced.",
            "Diwan of Royal Court",
            "statement.body_head",
        ),
    ],
)
def test_named_institution_speaks(extract: Extract, text: str, speaker: str, rule: str) -> None:
    f = extract(text)
    found = [s for s in f.statements if speaker_names(f, s) == [speaker]]
    assert found, [(s.cue, speaker_names(f, s)) for s in f.statements]
    if rule:
        assert rule in found[0].rules


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            MEETING + "According to a statement from the Sovereignty Council, the envoy reaffirmed his support.",
            "Sovereignty Council",
        ),
        (MEETING + "Two people were killed in the strike, according to the Lebanese health ministry.", ""),
        (MEETING + "Nasser said Cairo would not retaliate, according to Egypt's trade ministry.", ""),
    ],
)
def test_according_to_body(extract: Extract, text: str, speaker: str) -> None:
    f = extract(text)
    st = one_by_cue(f, "according to" if "according to" in text else "According to")
    assert "statement.according_to_body" in st.rules
    if speaker:
        assert speaker_names(f, st) == [speaker]
    assert st.kind == "say"


def test_body_head_not_for_a_person_of_an_assembly(extract: Extract) -> None:
    f = extract('"We hear the same speech every year," the Member of the Legislative Assembly said.')
    assert all(a.kind != "organization" for a in f.actors)


# communiqués: issued by the parties who speak together, else by the last meeting's


def test_communique_parties(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Adel Nasser held talks with his Ghanaian counterpart Kofi Mensah in Accra on Tuesday. "
        "Mr Mensah invited Mr Nasser to visit Cairo, according to the communiqué. "
        "The two ministers also agreed to convene the joint commission, the communiqué said."
    )
    acc = one_by_cue(f, "according to")
    said = one_by_cue(f, "the communiqué said")
    assert sorted(speaker_names(f, acc)) == sorted(speaker_names(f, said)) == ["Adel Nasser", "Kofi Mensah"]
    assert "statement.communique_parties" in acc.rules


def test_communique_said_without_a_source_before(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Adel Nasser held talks with his Ghanaian counterpart Kofi Mensah in Accra on Tuesday. "
        "The two ministers also agreed to convene the joint commission, the communiqué said."
    )
    said = one_by_cue(f, "the communiqué said")
    assert sorted(speaker_names(f, said)) == ["Adel Nasser", "Kofi Mensah"]
    assert "statement.communique_parties" in said.rules


def test_communique_of_a_joint_subject(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ana Lobo, her counterpart Jean Habimana and Foreign Minister Pedro Costa agreed to "
        "revive the border mechanism, according to a final communiqué."
    )
    st = one_by_cue(f, "according to")
    assert len(st.speakers) == 3


def test_according_to_apposition(extract: Extract) -> None:
    f = extract(
        MEETING + "According to a statement by the ministry's spokesperson, Chidi Okafor, the two ministers also "
        "agreed to meet again in Accra."
    )
    st = one_by_cue(f, "According to")
    assert speaker_names(f, st) == ["Chidi Okafor"]
    assert st.content == "the two ministers also agreed to meet again in Accra"


# subjects: asides, a body before a title, the same sentence's name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            MEETING + "Meanwhile, the Council of Ministers, at its weekly session in Riyadh on Tuesday, condemned "
            "the attack on the camp.",
            "Council of Ministers",
        ),
        (MEETING + "The High Council of State (HCS), meanwhile, rejected any roadmap that sidelines it.", ""),
        (
            MEETING + "Ben Ali, whose government controls most of western Libya, said his government needed boats.",
            "Sami Ben Ali",
        ),
    ],
)
def test_aside_between_subject_and_cue(extract: Extract, text: str, speaker: str) -> None:
    f = extract(text)
    st = f.statements[-1]
    names = speaker_names(f, st)
    assert names and all(n not in ("Libya", "Riyadh") for n in names)
    if speaker:
        assert names == [speaker]


def test_aside_subject_rule_named(extract: Extract) -> None:
    f = extract(MEETING + "Ben Ali, whose party controls most of western Libya, urged the bloc to act.")
    st = f.statements[-1]
    assert speaker_names(f, st) == ["Sami Ben Ali"]
    assert "statement.aside_subject" in st.rules


def test_modifier_subject(extract: Extract) -> None:
    f = extract(
        "EU Enlargement Commissioner Ilze Ozola held a video conference with Prime Minister Lena Koval on Monday, "
        "pledging to speed up disbursements."
    )
    st = one_by_cue(f, "pledging")
    assert speaker_names(f, st) == ["Ilze Ozola"]


def test_pronoun_named_in_the_same_sentence(extract: Extract) -> None:
    f = extract(
        "Envoy Pierre Durand met President Joseph Khoury. Durand said the talks were useful. In another "
        'development, MP Ali Fayad of the opposition bloc criticized what he called "dictates", warning that '
        "force would fail."
    )
    st = one_by_cue(f, "warning")
    assert speaker_names(f, st) == ["Ali Fayad"]


def test_what_described_is_no_statement(extract: Extract) -> None:
    f = extract('The Estonian minister Kaja Rebane condemned what she described as Moscow\'s "hybrid war".')
    assert [s.cue for s in f.statements] == ["condemned"]


def test_infinitive_content_after_a_day(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Taro Omura and his counterpart Teresa Cruz agreed on Monday to widen a defence pact "
        "that lets their forces train together."
    )
    (st,) = f.statements
    assert st.content.startswith("to widen a defence pact")
    assert st.kind == "intend"


# cues


@pytest.mark.parametrize(
    ("sentence", "cue", "kind", "content"),
    [
        ("Grossi briefed the minister on the agency's inspections.", "briefed", "say", "the agency's inspections"),
        ("Nasser also raised concerns about the export curbs.", "raised concerns about", "disapprove", None),
        ("Nasser defended the deal as a victory for both sides.", "defended", "approve", None),
        ("Nasser also sought the envoy's support for a conference.", "sought", "appeal", None),
        (
            "Nasser warned of a deepening crisis in the region.",
            "warned of",
            "threaten",
            "a deepening crisis in the region",
        ),
    ],
)
def test_new_cues(extract: Extract, sentence: str, cue: str, kind: str, content: str | None) -> None:
    f = extract("Foreign Minister Adel Nasser met IAEA Director General Rafael Grossi in Cairo. " + sentence)
    st = one_by_cue(f, cue)
    assert st.kind == kind
    if content:
        assert st.content == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Nasser was briefed on the situation by his aides.",
        "Nasser thanked Grossi for his visit and briefed him on the talks, according to the ministry.",
    ],
)
def test_briefed_not_a_statement_here(extract: Extract, sentence: str) -> None:
    f = extract("Foreign Minister Adel Nasser met IAEA Director General Rafael Grossi in Cairo. " + sentence)
    assert all(s.cue != "briefed" for s in f.statements)


# content kinds (lexicon content_kind rows)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("Paris is a like-minded partner that shares our commitment to the rules", "approve"),
        ("Lisbon stood by the Syrian people in hard times", "approve"),
        ("the talks were positive", "say"),
        ("Oslo's keenness to continue contacts with all parties", "intend"),
        ("Riga had no intention of leaving the bloc", "intend"),
        ("Lima will not negotiate on its sovereignty", "reject"),
        ("Quito would not be pressured into signing", "reject"),
        ('Moscow would "respond appropriately" to any step', "threaten"),
        ("Vienna was not a party to the dispute", "deny"),
        ("Seoul would set up a hotline with Tokyo", "intend"),
        ("the summit would be held in May", "say"),
    ],
)
def test_content_kinds(extract: Extract, content: str, kind: str) -> None:
    f = extract(f"Foreign Minister Adel Nasser said {content}.")
    (st,) = f.statements
    assert st.kind == kind, st.content


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('Nasser described the meeting as "positive and substantive".', "approve"),
        ("Nasser reiterated Egypt's refusal to become a transit country.", "reject"),
    ],
)
def test_content_kinds_of_other_cues(extract: Extract, sentence: str, kind: str) -> None:
    f = extract("Foreign Minister Adel Nasser met his Tunisian counterpart Sami Ben Ali. " + sentence)
    assert f.statements[-1].kind == kind


def test_account_kind_of_a_body(extract: Extract) -> None:
    f = extract(MEETING + "Nasser said Egypt was ready to help, according to the Foreign Ministry.")
    st = one_by_cue(f, "according to")
    assert st.kind == "say"
    assert one_by_cue(f, "said").kind == "intend"


def test_same_sources(extract: Extract) -> None:
    f = extract(
        "Foreign Minister George Papas spoke by phone with his Turkish counterpart Hakan Fidan on Tuesday, in a "
        'conversation that diplomatic sources described as "constructive." The two ministers discussed a summit '
        "in May, the same sources said."
    )
    st = one_by_cue(f, "the same sources said")
    assert speaker_names(f, st) == ["diplomatic sources"]
    assert "statement.same_sources" in st.rules


def test_its_spokesperson(extract: Extract) -> None:
    f = extract(
        'The Kremlin, for its part, accused Brussels of "dragging Moldova into a confrontation." Its spokesman '
        "said Moscow would respond to any step."
    )
    st = f.statements[-1]
    assert speaker_names(f, st) == ["Spokesman of Kremlin"]
    (person,) = [a for a in f.actors if a.kind == "person"]
    assert person.country == "RUS"
    # read by the statement rule, or already by coreference ("Its spokesman" of the body before)
    assert "statement.its_spokesperson" in st.rules or "coref.its_role" in person.rules


def test_relative_who_antecedent_speaks(extract: Extract) -> None:
    f = extract(
        "Minister Youssef Rajji received a phone call from his Cypriot counterpart Nikos Kombos, who briefed him "
        "on the outcome of the meeting."
    )
    st = one_by_cue(f, "briefed")
    assert speaker_names(f, st) == ["Nikos Kombos"]
    assert st.content == "the outcome of the meeting"
    assert "statement.relative_who" in st.rules


def test_statement_by_body(extract: Extract) -> None:
    f = extract(
        "President Kais Saied received Foreign Minister Ahmed Attaf. The meeting focused on relations between "
        "the two countries, a statement from the Presidency of the Republic said."
    )
    (st,) = f.statements
    assert speaker_names(f, st) == ["Presidency of the Republic"]
    assert "statement.statement_by_body" in st.rules
    assert st.content == "The meeting focused on relations between the two countries"


def test_adjective_participle_is_no_cue(extract: Extract) -> None:
    f = extract("Foreign Minister Ahmed Attaf delivered a written message from President Tebboune.")
    assert f.statements == ()


@pytest.mark.parametrize(
    ("text", "speaker", "country"),
    [
        (
            MEETING + "A Lebanese ministerial source denied reports that Beirut had received a proposal.",
            "Lebanese ministerial source",
            "LBN",
        ),
        (
            MEETING + "The envoy said Cairo backs a stable Lebanon, according to a diplomatic source present at the "
            "meeting.",
            "Diplomatic source",
            None,
        ),
    ],
)
def test_singular_source(extract: Extract, text: str, speaker: str, country: str | None) -> None:
    f = extract(text)
    (source,) = [a for a in f.actors if a.name == speaker]
    assert source.kind == "person" and source.country == country
    # the source is read by the statement rule, or already as an unnamed role-holder by the actor rules
    (st,) = [s for s in f.statements if source.id in s.speakers]
    assert {"statement.singular_source"} & set(st.rules) or "actor.unnamed_role" in source.rules


def test_source_inside_a_clause_is_no_subject(extract: Extract) -> None:
    f = extract(MEETING + "Nasser met a diplomatic source said to be close to the talks.")
    assert all("statement.singular_source" not in s.rules for s in f.statements)


def test_party_initials_after_the_name(extract: Extract) -> None:
    f = extract("Interior Minister Laura Koski (NCP) said on Wednesday that the crossings would stay closed.")
    (st,) = f.statements
    assert speaker_names(f, st) == ["Laura Koski"]
    assert "statement.party_paren" in st.rules


def test_quote_opens_at_cue(extract: Extract) -> None:
    f = extract(
        "Prime Minister Nikol Pashinian spoke with President Vladimir Putin by phone on Monday. Pashinian's office "
        'said the prime minister "emphasized the right to make decisions in line with national interests."'
    )
    st = one_by_cue(f, "emphasized")
    assert speaker_names(f, st) == ["Nikol Pashinian"]
    assert st.direct and "statement.quote_opens_at_cue" in st.rules


def test_quote_opens_at_cue_not_for_a_readout_of_the_parties(extract: Extract) -> None:
    f = extract(
        "President Aibek Sadyrov spoke with President Emomali Rustamzoda by phone on Monday. The presidential "
        'press service said only that the two leaders "confirmed their commitment to good-neighbourliness."'
    )
    assert all(s.cue != "confirmed" for s in f.statements)


def test_declaration_of_the_parties(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Adel Nasser met his Ghanaian counterpart Kofi Mensah in Accra on Tuesday. At the end of "
        "the meeting, the ministers signed a joint declaration. The declaration reaffirmed the parties' support "
        "for each other's sovereignty."
    )
    st = one_by_cue(f, "reaffirmed")
    assert sorted(speaker_names(f, st)) == ["Adel Nasser", "Kofi Mensah"]
    assert "statement.communique_parties" in st.rules


def test_warned_object_that(extract: Extract) -> None:
    f = extract("Foreign Minister Adel Nasser warned Israel on Monday that any attack would be met with force.")
    (st,) = f.statements
    assert st.content == "any attack would be met with force"
    assert "statement.warned_object" in st.rules
