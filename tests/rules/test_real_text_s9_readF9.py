"""Statements on real text, round 2 (readF9): constructions read on real articles, tested with invented sentences."""

from __future__ import annotations

from newsfacts import extract


def _statements(text: str, published: str = "2025-03-12") -> list[tuple[list[str], str, str, str]]:
    facts = extract(text, published=published)
    names = {a.id: a.name for a in facts.actors}
    return [([names.get(k) or "" for k in s.speakers], s.cue, s.kind, s.content) for s in facts.statements]


def _rules(text: str) -> set[str]:
    facts = extract(text, published="2025-03-12")
    return {r for s in facts.statements for r in s.rules}


# --- cue table rows -------------------------------------------------------------------------------------


def test_clarified_that_is_a_cue() -> None:
    st = _statements("Earlier, Minister Karl Osk had clarified that the detained citizens were victims of fraud.")
    assert st == [(["Karl Osk"], "clarified", "say", "the detained citizens were victims of fraud")]


def test_clarified_an_object_is_no_cue() -> None:
    assert _statements("Foreign Minister Karl Osk clarified the rules for the new visa regime.") == []


def test_drew_attention_to_the_need() -> None:
    st = _statements("President Karl Osk drew attention to the need to ensure security on the border.")
    assert len(st) == 1
    assert st[0][0] == ["Karl Osk"] and st[0][2] == "appeal"
    assert st[0][3] == "the need to ensure security on the border"


def test_spoke_highly_of_is_praise_and_no_meeting() -> None:
    facts = extract("Foreign Minister Karl Osk has spoken highly of his country's ties with Chile.")
    assert [(s.kind, s.content) for s in facts.statements] == [("approve", "his country's ties with Chile")]
    assert facts.meetings == ()


def test_voiced_surprise_at() -> None:
    st = _statements("President Karl Osk voiced surprise at the decision of the Chilean government.")
    assert len(st) == 1 and st[0][2] == "disapprove"
    assert st[0][3].startswith("the decision of the Chilean government")


def test_responded_after_a_quote() -> None:
    st = _statements("“No, no, we will never give up our land,” President Karl Osk responded when asked about it.")
    assert len(st) == 1 and st[0][0] == ["Karl Osk"]
    assert st[0][3].startswith("No, no, we will never give up our land")


def test_responded_to_an_object_is_no_statement() -> None:
    assert _statements("President Karl Osk responded after the attack by ordering new patrols.") == []


# --- speakers -------------------------------------------------------------------------------------------


def test_a_two_word_country_owns_an_apposed_title() -> None:
    st = _statements(
        "Jonas Berg, South Africa’s Minister of Trade, Industry and Competition, confirmed that the proposal was "
        "delivered to the envoy."
    )
    assert [s[0] for s in st] == [["Jonas Berg"]]
    facts = extract("Ana Belo, New Zealand's Foreign Minister, said the talks were useful.")
    assert [a.country for a in facts.actors if a.name == "Ana Belo"] == ["NZL"]


def test_a_two_word_demonym_in_a_description() -> None:
    text = (
        "US President Tom Hale met his South African counterpart Karl Osk at the White House on Wednesday. "
        "“That is what we learned: if you want peace, sit down and talk,” the South African president said."
    )
    st = _statements(text)
    assert (["Karl Osk"], "the South African president said") in [(s[0], s[1]) for s in st]


def test_a_two_word_demonym_picks_its_own_country() -> None:
    text = (
        "US President Tom Hale met North Korean leader Kim Ryong and South Korean President Park Min-ho on Monday. "
        "The North Korean leader said that the talks were useful."
    )
    assert [s[0] for s in _statements(text) if s[3] == "the talks were useful"] == [["Kim Ryong"]]


def test_a_headline_ending_in_a_verb_does_not_make_the_lede_an_object() -> None:
    text = (
        "The US president has hosted\n\n"
        "US President Tom Hale voiced surprise at a visit by Ivan Petrov to Chile during a meeting with his "
        "Chilean counterpart Karl Osk at the White House on Wednesday.\n"
    )
    facts = extract(text, published="2025-03-12")
    assert [s.cue for s in facts.statements] == ["voiced surprise at"]
    assert len(facts.meetings) == 1


def test_a_person_who_reports_is_the_press() -> None:
    assert (
        _statements(
            "Our correspondent Jonas Berg reports from the palace that the two leaders met for three hours on Monday."
        )
        == []
    )
    assert _statements("Colonel Jonas Berg reports to Nairobi next month after a tour in Maputo.") == []


def test_a_ministry_that_reports_still_speaks() -> None:
    st = _statements("The two ministers spoke by phone on Monday, the Chilean Foreign Ministry reports.")
    assert len(st) == 1 and "Foreign Ministry" in st[0][0][0]


# --- content --------------------------------------------------------------------------------------------


def test_fronted_report_with_a_bare_weekday() -> None:
    st = _statements(
        "Peace talks will resume next month, Foreign Minister John Tamsin said Thursday in a joint press "
        "conference with his Latvian counterpart Ivo Karklins."
    )
    assert [(s[0], s[3]) for s in st] == [(["John Tamsin"], "Peace talks will resume next month")]


def test_bare_weekday_then_that() -> None:
    st = _statements("Foreign Minister John Tamsin said Thursday that peace talks will resume next month.")
    assert [s[3] for s in st] == ["peace talks will resume next month"]


def test_fronted_quote_in_straight_single_quotes() -> None:
    st = _statements(
        "'We held frank talks with the president on trade,' Prime Minister Ana Belo stated, and noted: "
        "'More work is needed on the tariffs.'"
    )
    contents = [s[3].strip("'") for s in st]
    assert any(c.startswith("We held frank talks with the president on trade") for c in contents)
    assert any(c.startswith("More work is needed on the tariffs") for c in contents)
    assert "and" not in contents


def test_quote_then_another_cue_with_its_own_quote() -> None:
    st = _statements(
        "“We held frank talks with the president on trade,” Prime Minister Ana Belo stated, and noted: "
        "“More work is needed on the tariffs.”"
    )
    assert [s[3].rstrip(",") for s in st] == [
        "We held frank talks with the president on trade",
        "More work is needed on the tariffs",
    ]


def test_said_a_statement_by_is_no_content() -> None:
    st = _statements(
        "Chile condemned the attack on Peru, calling it a violation of international law, said a statement by the "
        "Chilean presidency on Sunday."
    )
    assert all(not s[3].startswith("a statement") for s in st)
    assert [s[1] for s in st] == ["condemned", "calling"]


def test_welcomed_the_statement_by_stays() -> None:
    st = _statements("Foreign Minister Ana Belo welcomed the statement by the Chilean foreign ministry.")
    assert [(s[1], s[2]) for s in st] == [("welcomed", "approve")]


def test_asked_about_a_quoted_warning_then_a_quote() -> None:
    st = _statements(
        "Asked to comment on the warning by the Chinese Foreign Ministry to “bear all the consequences,” "
        "spokesperson Ana Belo replied, “Chile will not be deterred by threats.”"
    )
    assert [(s[0], s[3]) for s in st] == [(["Ana Belo"], "Chile will not be deterred by threats")]


def test_a_country_side_quoted_by_a_readout_is_its_account() -> None:
    st = _statements(
        'According to the ministry, the Russian side "drew attention to the unacceptability" of attacks on tankers.'
    )
    assert all(s[0] != ["Russia"] for s in st)


# --- quotes over paragraphs -----------------------------------------------------------------------------

_QUOTE_PARAGRAPHS = (
    "Prime Minister Karl Osk received Ambassador Ana Belo on Monday.\n\n"
    "“Our two countries have a very strong relationship and it will grow,” Osk said after the meeting.\n\n"
    "“We hope the new government will send its foreign minister to our capital soon.\n\n"
    "“We appreciate the commitment the ambassador has given to our region and its islands.”\n\n"
    "The ambassador left for the airport in the afternoon.\n"
)


def test_open_quote_paragraphs_go_on_with_the_speaker() -> None:
    st = _statements(_QUOTE_PARAGRAPHS)
    assert [s[0] for s in st] == [["Karl Osk"]] * 3
    assert st[1][3].startswith("We hope the new government will send")
    assert st[2][3].startswith("We appreciate the commitment")
    assert "statement.quote_paragraph" in _rules(_QUOTE_PARAGRAPHS)


def test_a_closed_quote_paragraph_after_a_closed_quote_is_not_read() -> None:
    text = (
        "“Our two countries have a very strong relationship and it will grow,” Prime Minister Karl Osk said.\n\n"
        "“We are very happy that the meeting took place at last.”\n"
    )
    assert len(_statements(text)) == 1


def test_a_quote_run_with_its_own_attribution_is_not_the_speaker_before() -> None:
    text = (
        "“Our two countries have a very strong relationship and it will grow,” Prime Minister Karl Osk said.\n\n"
        "“We hope the new government will send its foreign minister to our capital soon.\n\n"
        "“We appreciate the commitment of the ambassador to our region,” Foreign Minister Ana Belo added.\n"
    )
    st = _statements(text)
    assert "statement.quote_paragraph" not in _rules(text)
    assert st[-1][0] == ["Ana Belo"]


def test_a_demonym_before_a_ministry_spokeswoman_is_her_country() -> None:
    text = (
        "Chilean Foreign Ministry spokeswoman Ana Belo responded to the press on Monday.\n\n"
        "Ana Belo said that dialogue is the only way to solve the crisis. A Chilean Foreign Ministry spokeswoman "
        "said that the parties should not add fuel to the fire.\n"
    )
    assert [s[0] for s in _statements(text)] == [["Ana Belo"], ["Ana Belo"]]
