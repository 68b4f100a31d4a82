"""Session 8 (readS): statement constructions that real news pages showed. Every sentence here is invented.

- an opening phrase that tells when the speaker spoke, then "X said, “...”" (statement.lead_then_content)
- a sentence-opening quote, then "X told <addressee>" or "X said, referring to ..." (statement.whole_quote_lead)
- "said this in an interview" (statement.demonstrative_object); "said this is a violation" is content
- "told reporters both ...", "told reporters in the afternoon, “...”": the audience is no content
- sentences glued without a space after the full stop ("... useful.Ana Mora called for ...")
- a short present-tense subheading on a line of its own (statement.heading_line)
- "..., writes Jon Smith for the Review." with a name no actor rule read (statement.inverted_unread)
- "maintained a blockade" (no speech); "officials of the United States on" (statement.name_word)
- "The statement read, “...”", "“...,” the ministry assured.", "went on to stress that"
- "expressed its deepest condolences ... this heinous crime" is `say`
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.rules import Facts
from newsfacts.text import sentences

Extract = Callable[..., Facts]


def _by_cue(f: Facts, word: str) -> list[tuple[str, str, str, bool]]:
    names = {a.id: a.name for a in f.actors}
    return [
        (", ".join(names[k] for k in s.speakers), s.content, s.kind, s.direct) for s in f.statements if word in s.cue
    ]


def test_an_occasion_phrase_then_a_quote_after_the_cue(extract: Extract) -> None:
    f = extract(
        "During the joint news conference in Oslo, Foreign Minister Maria Lind said, "
        "“We have raised our serious concerns with the embassy.”",
        "2025-03-05",
    )
    [(who, content, _, direct)] = _by_cue(f, "said")
    assert who == "Maria Lind"
    assert content == "We have raised our serious concerns with the embassy"
    assert direct


def test_a_participle_telling_the_occasion_then_a_clause(extract: Extract) -> None:
    f = extract(
        "Responding to a question on the border, Foreign Ministry spokesperson Tomas Berg said, "
        "the ministry has summoned the ambassador of the neighbouring state.",
        "2025-03-05",
    )
    [(who, content, _, _)] = _by_cue(f, "said")
    assert who == "Tomas Berg"
    assert content == "the ministry has summoned the ambassador of the neighbouring state"


def test_a_speaker_inside_an_unquoted_sentence_keeps_the_sentence(extract: Extract) -> None:
    f = extract("The new tariffs, Foreign Minister Maria Lind said, would not change the policy.", "2025-03-05")
    [(_, content, _, _)] = _by_cue(f, "said")
    assert content.startswith("The new tariffs")


def test_an_opening_quote_told_to_an_addressee(extract: Extract) -> None:
    f = extract(
        "President Ana Mora received the new envoys on Tuesday.\n\n"
        "“We are ready to deepen our trade ties with your country,” President Ana Mora told the visiting ambassador.",
        "2025-03-05",
    )
    [(who, content, _, direct)] = _by_cue(f, "told")
    assert who == "Ana Mora"
    assert content.startswith("We are ready to deepen our trade ties with your country")
    assert "ambassador" not in content
    assert direct


def test_an_opening_quote_then_an_aside_after_the_attribution(extract: Extract) -> None:
    f = extract(
        "“Of course, we discussed the two detained reporters,” Foreign Minister Maria Lind said, "
        "referring to two journalists held since May.",
        "2025-03-05",
    )
    [(_, content, _, direct)] = _by_cue(f, "said")
    assert content.startswith("Of course, we discussed the two detained reporters")
    assert "referring" not in content
    assert direct


def test_said_this_in_an_interview_is_no_statement(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ivo Tal said this in an interview with a Japanese broadcaster during his visit.",
        "2025-03-05",
    )
    assert _by_cue(f, "said") == []


def test_said_this_is_a_violation_is_the_content(extract: Extract) -> None:
    f = extract(
        "Responding to the new tariff decision, the Ministry of Commerce said this is a serious violation "
        "of the trade accord.",
        "2025-03-05",
    )
    [(_, content, _, _)] = _by_cue(f, "said")
    assert content == "this is a serious violation of the trade accord"


def test_told_reporters_before_a_quantifier_or_a_time(extract: Extract) -> None:
    f = extract(
        "Defence Minister Ivo Tal told reporters both ships were turned back at the border.\n\n"
        'Prime Minister Ana Mora told reporters in the afternoon, "We will keep our patrols at sea."',
        "2025-03-05",
    )
    contents = [c for _, c, _, _ in _by_cue(f, "told")]
    assert contents == ["both ships were turned back at the border", "We will keep our patrols at sea"]


def test_sentences_glued_without_a_space() -> None:
    text = "Ivo Tal said the talks were useful.Ana Mora called for calm. The U.S.Army left St.Petersburg."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Ivo Tal said the talks were useful.",
        "Ana Mora called for calm.",
        "The U.S.Army left St.Petersburg.",
    ]


def test_glued_sentences_each_keep_their_statement(extract: Extract) -> None:
    f = extract(
        "Foreign Minister Ivo Tal said the situation was worse than in 2008.Foreign Minister Ana Mora "
        "called on all members to lower tariffs.",
        "2025-03-05",
    )
    assert _by_cue(f, "said")[0][1] == "the situation was worse than in 2008"
    assert _by_cue(f, "called on")[0][0] == "Ana Mora"


def test_a_present_tense_subheading_is_no_statement(extract: Extract) -> None:
    f = extract(
        "Foreign Ministry spokesman Nasser Kanaani spoke on Monday.\n\n"
        "Ministry slams border closure\n\n"
        "The spokesman underlined that the closure was illegal.",
        "2025-03-05",
    )
    assert _by_cue(f, "slams") == []
    assert _by_cue(f, "underlined")


def test_a_page_cut_short_on_a_past_cue_keeps_it(extract: Extract) -> None:
    f = extract("Foreign Minister Ivo Tal met his counterpart.\n\nFor his part, Ivo Tal said the United", "2025-03-05")
    assert _by_cue(f, "said")


def test_an_inverted_attribution_to_an_unread_name(extract: Extract) -> None:
    f = extract(
        "The foreign policy of Norway is shifting east.\n\n"
        "Oslo's policy is migrating to a broader initiative, writes Jon Alterman for the World Review.",
        "2025-03-05",
    )
    assert _by_cue(f, "writes") == []


def test_maintained_a_blockade_is_no_statement(extract: Extract) -> None:
    f = extract(
        "The United States has maintained a naval blockade in the strait since March.\n\n"
        "The European Union has separately maintained its own sanctions regime.\n\n"
        "South Korea maintained the government cannot intervene in the litigation.",
        "2025-03-05",
    )
    assert [who for who, _, _, _ in _by_cue(f, "maintained")] == ["South Korea"]


def test_a_capitalised_cue_inside_a_name(extract: Extract) -> None:
    f = extract(
        "Asked about statements by military officials of the United States on the issue, spokesman Ren Wei "
        "said China has sovereignty over the islands.",
        "2025-03-05",
    )
    assert _by_cue(f, "States") == []
    assert _by_cue(f, "said")


def test_the_statement_read_then_a_quote(extract: Extract) -> None:
    f = extract(
        "In a statement on Monday, the Foreign Ministry said its citizens were targets of the attacks.\n\n"
        "The statement read, “The government urges the authorities to protect the lives of foreigners.”",
        "2025-03-05",
    )
    [(who, content, _, direct)] = _by_cue(f, "read")
    assert who == "Foreign Ministry"
    assert content == "The government urges the authorities to protect the lives of foreigners"
    assert direct


def test_a_fronted_quote_the_ministry_assured(extract: Extract) -> None:
    f = extract(
        "The Foreign Ministry said it has contacted the embassy.\n\n"
        "“The government will work towards the protection of its citizens everywhere,” the ministry assured.",
        "2025-03-05",
    )
    [(_, content, _, _)] = _by_cue(f, "assured")
    assert content.startswith("The government will work towards the protection")


def test_went_on_to_stress(extract: Extract) -> None:
    f = extract(
        "In a statement, the Foreign Ministry condemned the attack.\n\n"
        "The ministry went on to stress that such acts would not weaken the resolve of the people.",
        "2025-03-05",
    )
    [(_, content, _, _)] = _by_cue(f, "went on to stress")
    assert content == "such acts would not weaken the resolve of the people"


def test_condolences_are_say_whatever_follows(extract: Extract) -> None:
    f = extract(
        "The Foreign Ministry condemned the attack.\n\n"
        "The ministry expressed its deepest condolences to the families of the victims of this heinous crime.",
        "2025-03-05",
    )
    [(_, _, kind, _)] = _by_cue(f, "expressed")
    assert kind == "say"


def test_his_spokesman_with_a_name_after_a_report(extract: Extract) -> None:
    f = extract(
        "Secretary-General Antonio Guterres is alarmed by reports of clashes near the border, his spokesman "
        "Stephane Dujarric said on Monday.",
        "2025-03-05",
    )
    [(who, content, _, _)] = _by_cue(f, "said")
    assert who == "Stephane Dujarric"
    assert content.startswith("Secretary-General Antonio Guterres is alarmed")


def test_a_news_agency_of_a_state_reporting_is_no_speaker(extract: Extract) -> None:
    f = extract("South Korea’s Yonhap news agency reported on Tuesday that the launch had failed.", "2025-03-05")
    assert _by_cue(f, "reported") == []


def test_a_participle_after_an_attribution_no_rule_read(extract: Extract) -> None:
    f = extract(
        "The Ministry of Commerce (MOFCOM) said the tariffs were a violation.\n\n"
        "China believes that there is no winner in a trade war, MOFCOM claimed, noting that China does not "
        "want a trade war.",
        "2025-03-05",
    )
    assert _by_cue(f, "noting") == []


def test_an_inner_cue_stops_at_the_closing_attribution(extract: Extract) -> None:
    f = extract(
        "China strongly opposes the plan to impose new tariffs on its goods, both Chinese ministries said on Friday.",
        "2025-03-05",
    )
    assert [c for _, c, _, _ in _by_cue(f, "opposes")] == ["the plan to impose new tariffs on its goods"]


def test_a_place_and_a_day_between_the_subject_and_its_cue(extract: Extract) -> None:
    f = extract(
        "The Embassy of the United States in Sarajevo on Monday condemned the announcement of a referendum.",
        "2025-03-05",
    )
    [(who, content, _, _)] = _by_cue(f, "condemned")
    assert who == "Embassy of the United States in Sarajevo"  # its state and seat (actor.body_of_country)
    assert content == "the announcement of a referendum"


def test_a_description_without_its_closing_comma(extract: Extract) -> None:
    f = extract(
        "Dr Rajesh Basrur, a Visiting Professor at the Rajaratnam School of International Studies said the tour "
        "marked a shift in strategy.",
        "2025-03-05",
    )
    assert [who for who, _, _, _ in _by_cue(f, "said")] == ["Rajesh Basrur"]


def test_a_news_agency_reporting_at_the_end_is_no_speaker(extract: Extract) -> None:
    f = extract(
        "President Ana Mora was received at the palace by President Ivo Tal, the News Agency of Nigeria reports.",
        "2025-03-05",
    )
    assert _by_cue(f, "reports") == []


def test_told_a_named_addressee_then_a_clause(extract: Extract) -> None:
    f = extract(
        "A Chinese diplomat told Reuters it would be a small meeting.\n\n"
        "President Ana Mora told Ivo Tal that the border would stay open.",
        "2025-03-05",
    )
    assert [c for _, c, _, _ in _by_cue(f, "told")] == [
        "it would be a small meeting",
        "the border would stay open",
    ]


def test_an_agency_report_closing_the_sentence_is_no_content(extract: Extract) -> None:
    f = extract(
        "Kremlin spokesman Dmitry Peskov told reporters the delegations had mainly discussed the border, "
        "the Interfax news agency reported on Monday.",
        "2025-03-05",
    )
    assert [c for _, c, _, _ in _by_cue(f, "told")] == ["the delegations had mainly discussed the border"]
