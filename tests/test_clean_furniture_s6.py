"""Page furniture of national outlets with no plugin of their own, fourth round: prompts to follow a
channel ("… is on WhatsApp. Join now!"), share buttons, newsletter prompts and tag lists in more
languages, counters with spaces in their numbers, copyright notes in brackets, stamps with an hour
mark, a page number, an agency or a second "Updated on" stamp, a section with a byline and a stamp,
bylines with staff titles or "Por:", desk initials with slashes, "with information from" credits,
an outlet named by its domain, link-list labels in more languages ("Más noticias", "Najnovije
vesti"), and initials or a photo credit glued to a paragraph's end.

Every line here is invented. Each kind has lines that go, and article sentences that look like
them and stay (a prose line removed loses the statements in it).
"""

from __future__ import annotations

import pytest

from furniture import (  # tests/ is on sys.path
    HEADLINE,
    LAST,
    LEAD,
    MORE,
    clean,
    goes_after_the_article,
    goes_between_paragraphs,
    goes_under_the_headline,
    stays_between_paragraphs_and_after_the_article,
)
from newsfacts.plugins import PluginManager, get_plugin_manager

STAMPS = [
    "4 Mar 2026 | 09:15 h",
    "Martes, 3 de Marzo de 2026 a las 09:15 hrs.",
    "Martes 3 de marzo de 2026, p. 7",
    "10:05am Mar 3",
    "March 3 (ABC) 09:15",
    "3 March، 2026",
    "Tuesday, March 3, 2026 - 09:15. Updated on Tuesday, March 3, 2026 - 11:40.",
    "World | Jane Okafor 3 Mar 2026 9:15 am",
    "Business of Tuesday, 3 March 2026",
]
BYLINES = [
    "By Tama Hohaia, Daily News Political Reporter",
    "Por: Redacción El Diario",
    "Ana Ruiz Peña y Luis Soto",
    "Example.ca Parliamentary Bureau Online Producer",
    "NEWSAGENCY (RO - author: Ana Pop, editor: Ion Ene; EN - author: Dan Lazar, editor: Eva Rus)",
]
PROMPTS = [
    "The Daily Herald is on WhatsApp. Join now!",
    "Example News is on LINE. Add us @examplenews",
    "Keep up with the latest news. Follow The Daily Herald on Google News.",
    "Suscríbase a nuestro boletín",
    "If you notice an error, please highlight it and press Ctrl+Enter.",
    "Already a member? Login here",
    "Watch the latest edition of Morning Markets",
]
TOOLS = [
    "Compartir en Facebook",
    "Zdieľať",
    "Podelite vest:",
    "Sdílet",
    "Views: 3 512",
]
NOTES = [
    "[Copyright The Daily Herald Press, Ltd.]",
    "(Con información de Prensa Latina)",
    "(With reporting from Reuters)",
    "Oznake: Hrvatska, Slovenija, vanjska politika",
    "En este artículo: Caribe, Cuba, Política",
    "Published at : The Herald",
    "ABC | Doha",
    "Example.lv English Service",
    "Diario.com - Santiago, Chile",
]
INITIALS = ["RCL // VM", "R.J / H.Z", "M.N"]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("line", STAMPS + BYLINES)
def test_furniture_under_the_headline_goes_and_the_headline_stays(pm: PluginManager, line: str) -> None:
    goes_under_the_headline(pm, line)


@pytest.mark.parametrize("line", STAMPS + BYLINES + PROMPTS + TOOLS + NOTES + INITIALS)
def test_furniture_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("line", PROMPTS + TOOLS + NOTES[:3])
def test_furniture_between_paragraphs_goes_alone(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


@pytest.mark.parametrize(
    "tail",
    [
        ("MÁS NOTICIAS", "El Gobierno confirmó la agenda de la cumbre"),
        ("Ver además:", "Presidente recibe a delegación de Jamaica"),
        ("Najnovije vesti", "Novi most otvoren na Dunavu", "Izbori u martu"),
        ("Read more from Asia", "Japanese firms eye new economic zone"),
    ],
)
def test_a_link_list_label_takes_its_links(pm: PluginManager, tail: tuple[str, ...]) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, *tail]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == list(tail)
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    ("last", "kept", "cut"),
    [
        (
            "The ministers are expected to meet again in Santiago in the spring, officials said. / ABC",
            "The ministers are expected to meet again in Santiago in the spring, officials said.",
            "/ ABC",
        ),
        (
            "The ministers are expected to meet again in Santiago in the spring, officials said. /NT/",
            "The ministers are expected to meet again in Santiago in the spring, officials said.",
            "/NT/",
        ),
        (
            "The minister speaks to reporters in Santiago on Tuesday.Jane Doe/The Daily Press",
            "The minister speaks to reporters in Santiago on Tuesday.",
            "Jane Doe/The Daily Press",
        ),
    ],
)
def test_initials_and_a_photo_credit_glued_to_a_paragraph_end_go(
    pm: PluginManager, last: str, kept: str, cut: str
) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, last]) + "\n"
    _, body, removed = clean(pm, text)
    assert body == [LEAD, MORE, kept]
    assert removed == [cut]


@pytest.mark.parametrize(
    "line",
    [
        # sentences that open like a prompt, a button, a stamp, a byline or a credit
        "The ministry is on WhatsApp and Telegram, where it posts travel advice for citizens abroad, officials said.",
        "Keep up with the latest news from the border, the minister told residents at a town hall meeting on Tuesday.",
        "Compartir information is a duty of both states, the Peruvian minister said in Lima.",
        "Views: the two ministers held talks on trade and agreed to meet again in May.",
        "If you notice an error in the treaty text, the minister said, the two sides will correct it together.",
        "Already a member of the alliance, Finland will host the summit next year, officials said.",
        "Watch the latest edition of the talks closely, the analyst told reporters on Monday.",
        "On 9 Nov 2026 the two ministers met at 18:32 h for a short meeting, the ministry said.",
        "Ana Ruiz y Luis Pérez is the name of the new consulate's cultural centre, the ministry said.",
        "Emol.com reported that the two ministers met in Santiago on Tuesday.",
        "Read more about the agreement on the ministry's website, the spokesman told reporters.",
        "In this article, the minister wrote, he wanted to explain the reasons for the visit.",
        "The two sides also agreed to meet in Hanoi in the second half of the year / UN",
    ],
)
def test_sentences_that_resemble_furniture_stay(pm: PluginManager, line: str) -> None:
    stays_between_paragraphs_and_after_the_article(pm, line)


def test_a_wire_dateline_glued_to_the_first_word_is_read(pm: PluginManager) -> None:
    lead = "Tokyo, March 11 (Example Press)--Japanese Foreign Minister Taro Sato held talks with his counterpart."
    text = "\n\n".join([HEADLINE, lead, MORE, LAST]) + "\n"
    c, body, _ = clean(pm, text)
    assert c.dateline is not None and c.dateline.place == "Tokyo" and c.dateline.agency == "Example Press"
    assert body[0].startswith("Japanese Foreign Minister")
