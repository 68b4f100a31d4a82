"""The cleaning stage: title, dateline, boilerplate and body as spans into the untouched text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfacts.clean import Cleaned, clean_article
from newsfacts.plugins import PluginManager, get_plugin_manager

SENTENCE = "The two ministers discussed bilateral ties and the latest regional developments in a meeting on Monday."


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


def clean(pm: PluginManager, text: str, outlet: str | None = None) -> tuple[Cleaned, list[str], list[str]]:
    c = clean_article(text, outlet, pm.hook)
    return c, [s.slice(text) for s in c.body], [s.slice(text) for s in c.boilerplate]


def test_headline_printed_twice_leaves_its_second_copy_as_boilerplate(pm: PluginManager) -> None:
    text = f"Iran, Oman Discuss Yemen Ceasefire\n\n\nIran, Oman Discuss Yemen Ceasefire\n\n{SENTENCE}\n"
    c, body, removed = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == "Iran, Oman Discuss Yemen Ceasefire"
    assert c.title.start == 0
    assert removed == ["Iran, Oman Discuss Yemen Ceasefire"]
    assert body == [SENTENCE]


@pytest.mark.parametrize(
    "chrome",
    [
        "1. Politics",
        "5 January 2020 - 19:55",
        "Fri Jun 15, 2012 11:13AM",
        "Apr 30, 2020, 1:57 PM",
        "Reuters 15 Feb, 2022",
    ],
)
def test_chrome_before_the_title_is_boilerplate(pm: PluginManager, chrome: str) -> None:
    text = f"{chrome}\n\nZarif holds talks with Qatari counterpart\n\n{SENTENCE}"
    c, body, removed = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == "Zarif holds talks with Qatari counterpart"
    assert removed == [chrome]
    assert body == [SENTENCE]


def test_news_id_line_under_the_title_is_boilerplate(pm: PluginManager) -> None:
    text = f"Iran Says Time for Talks Has Not Come\n\nNews ID: 148356 Service: Politics\n\n{SENTENCE}"
    _, body, removed = clean(pm, text)
    assert removed == ["News ID: 148356 Service: Politics"]
    assert body == [SENTENCE]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("TEHRAN (Tasnim) –", "TEHRAN", "Tasnim"),
        ("TEHRAN, Dec. 07 (MNA) –", "TEHRAN", "MNA"),
        ("TEHRAN –", "TEHRAN", None),
        ("MOSCOW (Reuters) -", "MOSCOW", "Reuters"),
        ("BEIJING, May 17 (Xinhua) --", "BEIJING", "Xinhua"),
        ("MOSCOW, April 28. /TASS/.", "MOSCOW", "TASS"),
        ("Tehran, IRNA –", "Tehran", "IRNA"),
        ("WASHINGTON:", "WASHINGTON", None),
    ],
)
def test_dateline_opens_the_body_and_leaves_it(pm: PluginManager, opening: str, place: str, agency: str | None) -> None:
    text = f"{opening} {SENTENCE}"
    c, body, _ = clean(pm, text)
    assert c.dateline is not None and c.dateline.span is not None
    assert (c.dateline.place, c.dateline.agency, c.dateline.span.slice(text)) == (place, agency, opening)
    assert body == [SENTENCE]


def test_sentence_opening_like_a_dateline_is_kept(pm: PluginManager) -> None:
    text = "Meanwhile, Zarif – who arrived on Sunday – met the Omani foreign minister."
    c, body, _ = clean(pm, text)
    assert c.dateline is None
    assert body == [text]


@pytest.mark.parametrize("glued", ["AR/MA", "HR/3940089", "RHM/IRN84501319"])
def test_agency_initials_glued_to_a_paragraph_are_cut_alone(pm: PluginManager, glued: str) -> None:
    text = f"{SENTENCE} {glued}"
    _, body, removed = clean(pm, text)
    assert removed == [glued]
    assert body == [SENTENCE]


def test_license_sentence_glued_to_the_last_paragraph_names_the_license(pm: PluginManager) -> None:
    license_line = (
        "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License."
    )
    text = f"TEHRAN – {SENTENCE} {license_line}"
    c, body, removed = clean(pm, text)
    assert c.license == "CC BY 4.0"
    assert removed == [license_line]
    assert body == [SENTENCE]


@pytest.mark.parametrize(
    "marker", ["Most Visited in Politics", "Related News", "Your Comment", "More Articles", "Tags"]
)
def test_tail_section_takes_every_line_after_it(pm: PluginManager, marker: str) -> None:
    text = f"{SENTENCE}\n\n{marker}\n\nIran, Iraq sign gas deal\n\nInterview\n"
    _, body, removed = clean(pm, text)
    assert body == [SENTENCE]
    assert removed == [marker, "Iran, Iraq sign gas deal", "Interview"]


def test_tail_marker_before_the_article_removes_only_itself(pm: PluginManager) -> None:
    text = f"Related News\n\n{SENTENCE}\n\nAnother paragraph of the article follows here."
    _, body, removed = clean(pm, text)
    assert removed == ["Related News"]
    assert body == [SENTENCE, "Another paragraph of the article follows here."]


def test_wordpress_comment_form_is_boilerplate(pm: PluginManager) -> None:
    form = ["Please enter your comment!", "Please enter your name here", "You have entered an incorrect email address!"]
    text = "\n".join([SENTENCE, "", *form])
    _, body, removed = clean(pm, text)
    assert removed == form
    assert body == [SENTENCE]


def test_caption_of_names_is_no_title(pm: PluginManager) -> None:
    text = f"Kyrgyz President Sadyr Japarov\n\n{SENTENCE}"
    c, body, _ = clean(pm, text)
    assert c.title is None
    assert body == ["Kyrgyz President Sadyr Japarov", SENTENCE]


def test_lead_sentence_is_no_title(pm: PluginManager) -> None:
    c, body, _ = clean(pm, f"{SENTENCE}\n\nHe added that talks will go on.")
    assert c.title is None
    assert body == [SENTENCE, "He added that talks will go on."]


def test_body_text_joins_paragraphs_with_a_blank_line(pm: PluginManager) -> None:
    text = f"Iran, Japan Discuss Syria\n{SENTENCE}\nHe added that talks will go on.\n"
    c = clean_article(text, None, pm.hook)
    assert c.body_text(text) == f"{SENTENCE}\n\nHe added that talks will go on."


def test_cleaned_body_cleans_to_itself(pm: PluginManager) -> None:
    text = (
        "1. Politics\nApr 30, 2020, 1:57 PM\n\nIran FM holds phone talks with Pakistani counterpart\n\n"
        "Iran FM holds phone talks with Pakistani counterpart\n\n"
        f"TEHRAN, Apr. 30 (MNA) – {SENTENCE}\n\nHe added that talks will go on. HR/3940089\n\nMNA/\n\nTags\n\nReport\n"
    )
    c = clean_article(text, "mehr", pm.hook)
    body = c.body_text(text)
    again = clean_article(body, "mehr", pm.hook)
    assert again.body_text(body) == body
    assert again.boilerplate == () and again.title is None and again.dateline is None


# -- properties -------------------------------------------------------------------------------

LINES = [
    "Iranian, Chinese Diplomats Discuss Syria in Sochi",
    "Zarif holds talks with several counterparts",
    "TEHRAN (Tasnim) – The representatives of Iran and China met in Sochi on Tuesday.",
    "TEHRAN, Dec. 07 (MNA) – Zarif held talks with his Omani counterpart.",
    "MOSCOW (Reuters) - Lavrov and Pompeo spoke by phone.",
    SENTENCE,
    "He also called for the continuation of the fight against terrorism. AR/MA",
    "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.",
    "Most Visited in Politics",
    "Top Stories",
    "Please enter your comment!",
    "› Subscribe",
    "5 January 2020 - 19:55",
    "1. Politics",
    "MNA/",
    "News Code 154186",
    "Related News",
    "ANKARA",
    "",
    "   ",
]
line = st.one_of(st.sampled_from(LINES), st.text(max_size=80))
articles = st.lists(line, max_size=14).map("\n".join)
OUTLETS = st.sampled_from([None, "tasnim", "mehr", "tehrantimes", "ifp"])


def _check_spans(text: str, c: Cleaned) -> None:
    spans = [*c.body, *c.boilerplate, *([c.title] if c.title else [])]
    if c.dateline is not None and c.dateline.span is not None:
        spans.append(c.dateline.span)
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
    ordered = sorted(spans)
    for a, b in itertools.pairwise(ordered):
        assert a.end <= b.start, "spans overlap"


@settings(max_examples=300, deadline=None)
@given(text=articles, outlet=OUTLETS)
def test_every_span_lies_in_the_text_and_none_overlap(pm: PluginManager, text: str, outlet: str | None) -> None:
    _check_spans(text, clean_article(text, outlet, pm.hook))


@settings(max_examples=300, deadline=None)
@given(text=articles, outlet=OUTLETS)
@example(
    text="Iranian, Chinese Diplomats Discuss Syria in Sochi\n"
    "He also called for the continuation of the fight against terrorism. AR/MA\nMNA/",
    outlet=None,
)
@example(
    text="Iranian, Chinese Diplomats Discuss Syria in Sochi\n: 0\r0 0\n"
    "Zarif holds talks with several counterparts\nZarif holds talks with several counterparts",
    outlet=None,
)
@example(
    text="He also called for the continuation of the fight against terrorism. AR/MA\n0\n1\n0\n"
    "Iranian, Chinese Diplomats Discuss Syria in Sochi\nIranian, Chinese Diplomats Discuss Syria in Sochi\n"
    "Zarif holds talks with several counterparts",
    outlet=None,
)
def test_cleaning_the_body_again_removes_nothing_more(pm: PluginManager, text: str, outlet: str | None) -> None:
    c = clean_article(text, outlet, pm.hook)
    body = c.body_text(text)
    again = clean_article(body, outlet, pm.hook)
    paragraphs = [s.slice(text) for s in c.body]
    if again.title is None:
        assert again.boilerplate == ()
        assert again.dateline is None
        assert again.body_text(body) == body
    else:
        # A body that opens with a headline-like paragraph reads as titled the second time; that
        # paragraph is then the title, never lost. Or, under one or two paragraphs of a few words
        # (what a site's name or menu over its headline looks like: three words, or up to five that
        # read as no headline), a longer headline-like one.
        at = paragraphs.index(again.title.slice(body))
        # (a headline printed twice may stand under one line more: a time stamp or a news id over it)
        doubled = at + 1 < len(paragraphs) and paragraphs[at + 1] == paragraphs[at]
        assert at <= (3 if doubled else 2)
        assert all(len(p.split()) <= 5 for p in paragraphs[:at])
        if at:
            assert len(paragraphs[at].split()) > 3


@settings(max_examples=300, deadline=None)
@given(text=articles, outlet=OUTLETS)
def test_body_never_holds_the_title_line(pm: PluginManager, text: str, outlet: str | None) -> None:
    c = clean_article(text, outlet, pm.hook)
    if c.title is not None:
        title = c.title.slice(text).strip()
        assert title not in [s.slice(text) for s in c.body]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400), outlet=OUTLETS)
def test_never_raises_on_arbitrary_text(pm: PluginManager, text: str, outlet: str | None) -> None:
    _check_spans(text, clean_article(text, outlet, pm.hook))


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
        "A" * 200_000,
        ("word " * 40_000).strip(),
        "TEHRAN " * 20_000,
        "•" * 50_000,
        "AR/" * 30_000,
        "\n" * 50_000,
        "1" * 10_000 + ":" + "0" * 10_000,
    ],
)
def test_control_characters_and_very_long_lines(pm: PluginManager, text: str) -> None:
    _check_spans(text, clean_article(text, None, pm.hook))


def test_glued_initials_before_an_initials_line_are_cut(pm: PluginManager) -> None:
    # Found by the idempotence property: the fragment ran on over the line break into "MNA/",
    # was refused for spanning two lines, and only a second cleaning removed "AR/MA".
    text = "Iran, China discuss Syria\nHe also called for the continuation of talks. AR/MA\nMNA/"
    c = clean_article(text, None, pm.hook)
    assert c.body_text(text) == "He also called for the continuation of talks."


def test_a_read_more_line_goes_but_the_article_after_it_stays(pm: PluginManager) -> None:
    text = (
        "Ministers meet in Doha\n\nThe foreign ministers met in Doha on Monday.\n\nRead more\n\n"
        "They agreed to meet again in the spring, the ministry said."
    )
    c = clean_article(text, None, pm.hook)
    assert c.body_text(text) == (
        "The foreign ministers met in Doha on Monday.\n\nThey agreed to meet again in the spring, the ministry said."
    )


def test_outlets_with_the_same_patterns_share_one_compiled_set(pm: PluginManager) -> None:
    # a crawl meets thousands of outlets no plugin names: compiling the patterns once for each
    # cost about a second an outlet, a thousand times the cleaning of an article
    from newsfacts.clean import _rules

    unknown = [_rules(pm.hook, name) for name in ("some-daily", "another-gazette", None)]
    assert unknown[0] is unknown[1] is unknown[2]
    assert _rules(pm.hook, "tasnim") is not unknown[0]  # Tasnim's own patterns make another set
    text = f"{SENTENCE}\n\nTasnim News Agency\n"
    for outlet in ("some-daily", "another-gazette"):
        assert clean(pm, text, outlet)[1] == clean(pm, text, None)[1]
