"""Page furniture of national outlets with no plugin of their own, third round: date stamps with
labels in Spanish, Portuguese, French, German, Italian, Dutch, the Nordic and Baltic languages and
Polish; bylines with "Por", "par", "di"; section kickers over the headline in those languages; listen,
save and share buttons, reading times and counters; source credits; paywall notes and prompts;
"read also" links and tails in those languages.

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
)
from newsfacts.plugins import PluginManager, get_plugin_manager

STAMPS = [
    "Actualizado al 09/04/2025 14:02",
    "9.abr.2025 às 14h02",
    "9 de abril 2025, 02:02 p. m.",
    "09 de abril de 2025 a las 14:02h",
    "09 abr 2025 - 02:02 PM",
    "april 9, 2025 14:02:45",
    "Santa Cruz de la Sierra / 09.04.2025 14:02:00",
    "9 de abril de 2025 - 14:02",
    "09 de abril de 2025",
    "(Published 9 April 2025, 14:02 IST)",
    "Publié le 09/04/2025 à 14:02, mis à jour le 09/04/2025 à 16:10",
    "publié le 9 avril 2025 à 14h02",
    "Stand: 09.04.2025 14:02 Uhr",
    "9. April 2025, 14:02",
    "9 aprile 2025 (modifica il 9 aprile 2025 | 16:10)",
    "9 de Abril de 2025, 14:02",
    "9. aprill 2025, 14:02",
    "9.4. 14:02 | Päivitetty 9.4. 16:10",
    "Publisert: 09.04.2025 14:02",
    "9 kwietnia 2025 | 14:02",
]
CREDITS = [
    "Por Ana Quispe Mamani",
    "Por Luis Mamani Ávila",
    "par Jeanne Dupont",
    "di Marco Rossi",
    "Author: Ana Quispe | mundo@example.com",
    "Quelle: F.A.Z.",
    "Bildquelle: dpa",
    "Fuente: EFE",
]
KICKERS = ["Política", "Mundo", "Gobierno", "Internacional", "Ausland", "Świat", "Verden", "Esteri"]
TOOLS = [
    "Ouvir o texto",
    "Salvar artigos",
    "Escuche este artículo",
    "Escuchar este artículo",
    "Escucha esta nota",
    "Écouter cet article",
    "ascolta articolo",
    "Partilhar",
    "Comparte esta noticia",
    "Deel artikel:",
    "Artikel teilen",
    "Share this news",
    "Share on",
    "Like this:",
    "Follow Us :",
    "Temps de lecture: 3 min",
    "Lesezeit 3 Min.",
    "Lecture : 3 minutes.",
    "Views: 1,284",
    "142 Postings",
    "Normal text size",
    "Very large text size",
]
PROMPTS = [
    "Recurso exclusivo para assinantes",
    "assine ou faça login",
    "Continua após a publicidade",
    "Visita nuestros portales:",
    "Seguí leyendo",
    "Siga las noticias de El Diario en Google News",
    "Síguenos en Google News",
    "Recibí las noticias más importantes del día en tu mail.",
    "Subscribe to the Mail & Courier",
    "Get a round-up of the day's top stories in your inbox",
    "Check out all newsletters",
    "Andes Brief newsletter: your guide to the region's politics. Sign up here to get it every week.",
    "Share with us your feedback on our products and services",
    "Log in, register or subscribe to save articles for later.",
    "Support ANDES or become our patron!",
    "Stay informed with The Andean Daily – your source for news from the region. Get in-depth reporting.",
]
LINKS = [
    "Le puede interesar: Copper prices rise on Chinese demand",
    "Te recomendamos: Remittances hold steady in March",
    "Lue myös: Mining firms look to the Andes",
    "Czytaj także: Border crossings reopen after the storm",
    "Lea también: New envoy arrives in Lima",
]
PLACES = ["Brasília", "Asunción", "Bogotá"]


@pytest.fixture(scope="module")
def pm() -> PluginManager:
    return get_plugin_manager()


@pytest.mark.parametrize("line", STAMPS + CREDITS[:5] + TOOLS[:8] + PLACES)
def test_furniture_under_the_headline_goes_and_the_headline_stays(pm: PluginManager, line: str) -> None:
    goes_under_the_headline(pm, line)


@pytest.mark.parametrize("kicker", KICKERS)
def test_a_section_kicker_over_the_headline_goes_and_the_headline_is_found(pm: PluginManager, kicker: str) -> None:
    text = "\n\n".join([kicker, HEADLINE, LEAD, MORE, LAST]) + "\n"
    c, body, removed = clean(pm, text)
    assert c.title is not None and c.title.slice(text) == HEADLINE
    assert removed == [kicker]
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize("line", STAMPS + CREDITS + TOOLS + PROMPTS + LINKS)
def test_furniture_after_the_article_goes(pm: PluginManager, line: str) -> None:
    goes_after_the_article(pm, line)


@pytest.mark.parametrize("line", TOOLS + PROMPTS + LINKS)
def test_furniture_between_paragraphs_goes_alone(pm: PluginManager, line: str) -> None:
    goes_between_paragraphs(pm, line)


@pytest.mark.parametrize(
    "tail",
    [
        ("Temas relacionados", "Amazonía", "Perú"),
        ("Temas:", "Deportados", "Relaciones exteriores"),
        ("Tópicos", "Angola", "Política externa"),
        ("Weiterlesen:", "Kroatien und Slowenien wollen Grenzkontrollen aufheben"),
        ("Leggi anche", "Lampedusa, nuovi sbarchi al porto"),
        ("Les også", "Norge gir mer hjelp til Sudan"),
    ],
)
def test_a_section_tail_in_other_languages_goes_whole(pm: PluginManager, tail: tuple[str, ...]) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, LAST, *tail]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == list(tail)
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize("header", ["Mirá también", "Bekijk ook", "Loe ka", "Leggi anche"])
def test_a_link_header_between_paragraphs_takes_its_link_and_no_prose(pm: PluginManager, header: str) -> None:
    link = "Bolivia names new envoy to Lima"
    text = "\n\n".join([HEADLINE, LEAD, header, link, MORE, LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == [header, link]
    assert body == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        # sentences that open like a byline, a stamp, a label or a prompt
        "Por su parte, the minister said the border would reopen on Monday.",
        "Por Ana Quispe's account, the talks lasted three hours and ended without a deal.",
        "On 9 April 2025 the two ministers signed a memorandum on customs cooperation.",
        "Política exterior is a phrase the minister used twice in his speech on Tuesday.",
        "Lecture halls at the university were closed during the visit, officials said.",
        "Support for the agreement grew after the talks, a poll published on Monday showed.",
        "Temas such as migration and trade dominated the talks, the ministry said.",
        "Views differed on the pace of the reforms, a diplomat said after the meeting.",
        # a place in capitals is a dateline's, not a tag: it stays for the dateline finder
        "LIMA",
    ],
)
def test_sentences_that_resemble_furniture_stay(pm: PluginManager, line: str) -> None:
    text = "\n\n".join([HEADLINE, LEAD, MORE, line, LAST]) + "\n"
    _, body, removed = clean(pm, text)
    assert removed == []
    assert line in body
