"""The HTML reader on small pages written here: headline, date, URL, encodings, failures."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

pytest.importorskip("trafilatura", reason="needs the html extra")

from newsfacts.contributions import HtmlSelectors
from newsfacts.io.html import decode_html, parse_html, read_html_file
from newsfacts.io.readers import read_paths
from newsfacts.models import ErrorRecord
from newsfacts.records import InputError, InputRecord

PARAGRAPHS = (
    "Iran's foreign minister met his Omani counterpart in Muscat on Sunday to discuss the "
    "regional situation and bilateral trade between the two neighbouring countries.",
    "The two ministers stressed the importance of dialogue, the foreign ministry said in a "
    "statement published after the meeting, and agreed to meet again next month.",
    "Officials from both sides also reviewed preparations for a joint economic commission that "
    "is expected to convene in Tehran before the end of the year.",
)


def page(
    *,
    title: str = "Araghchi meets Omani FM in Muscat | Example News",
    h1: str | None = "Araghchi meets Omani FM in Muscat",
    head: str = "",
    charset: str = '<meta charset="utf-8">',
    paragraphs: tuple[str, ...] = PARAGRAPHS,
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    h1_html = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<!DOCTYPE html><html><head>{charset}<title>{title}</title>"
        f'<meta property="og:site_name" content="Example News">{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article>{h1_html}<div class='story'>{body}</div></article>"
        f"<footer>Copyright Example News. All rights reserved.</footer></body></html>"
    )


def test_title_loses_the_site_suffix_and_the_body_is_the_paragraphs() -> None:
    parsed = parse_html(page(), plugins=False)
    assert parsed.title == "Araghchi meets Omani FM in Muscat"
    assert parsed.paragraphs == PARAGRAPHS
    assert parsed.text.startswith("Araghchi meets Omani FM in Muscat\n\nIran's foreign minister")


@pytest.mark.parametrize(
    "title",
    [
        "Araghchi meets Omani FM in Muscat - Example News",
        "Araghchi meets Omani FM in Muscat | World | Example News",
        "Araghchi meets Omani FM in Muscat – examplenews.com",
    ],
)
def test_site_suffixes_are_stripped_without_an_h1(title: str) -> None:
    head = '<link rel="canonical" href="https://www.examplenews.com/world/123">'
    parsed = parse_html(page(title=title, h1=None, head=head), plugins=False)
    assert parsed.title == "Araghchi meets Omani FM in Muscat"
    assert parsed.url == "https://www.examplenews.com/world/123"


def test_a_pipe_inside_the_headline_is_kept() -> None:
    headline = "BUDGET 3.0 | Treasury gets R4bn to hire debt collectors"
    parsed = parse_html(page(title=headline, h1=headline), plugins=False)
    assert parsed.title == headline


def test_jsonld_headline_and_date_win_over_a_social_og_title() -> None:
    head = (
        '<meta property="og:title" content="A shorter social headline">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Araghchi meets Omani FM in Muscat", "datePublished": "2024-05-12T23:30:00+03:30",'
        ' "image": {"@type": "ImageObject", "datePublished": "2020-01-01"}}</script>'
    )
    parsed = parse_html(page(head=head), plugins=False)
    assert parsed.title == "Araghchi meets Omani FM in Muscat"
    assert parsed.published == dt.date(2024, 5, 12)  # the date as written, not shifted to UTC


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ('<meta property="article:published_time" content="2024-03-01T08:00:00Z">', dt.date(2024, 3, 1)),
        ('<meta property="article:published_time" content="1709280000000">', dt.date(2024, 3, 1)),
        ('<meta name="pubdate" content="Fri, 01 Mar 2024 08:00:00 GMT">', dt.date(2024, 3, 1)),
    ],
)
def test_date_from_meta_tags(head: str, day: dt.date) -> None:
    assert parse_html(page(head=head), plugins=False).published == day


def test_date_from_a_time_element() -> None:
    html = page().replace("<article>", '<article><time datetime="2023-11-05T10:00">5 Nov</time>')
    assert parse_html(html, plugins=False).published == dt.date(2023, 11, 5)


def test_a_page_without_an_article_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "home.html"
    f.write_text("<!DOCTYPE html><html><head><title>Home</title></head><body><nav>Home</nav></body></html>")
    [item] = read_html_file(f)
    assert isinstance(item, ErrorRecord)
    assert "no article text found" in item.error
    assert str(f) in item.error


def test_declared_charset_is_honoured() -> None:
    html = page(charset='<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    data = html.replace("Muscat", "مسقط").encode("windows-1256")
    assert "مسقط" in decode_html(data)


def test_bom_wins() -> None:
    assert decode_html("<html>é</html>".encode("utf-16")) == "<html>é</html>"


def test_undecodable_bytes_are_an_error_naming_the_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.html"
    f.write_bytes(page().encode("utf-8").replace(b"Muscat", b"Musc\xe2t", 1).replace(b'<meta charset="utf-8">', b""))
    [item] = read_html_file(f)
    assert isinstance(item, ErrorRecord)
    assert str(f) in item.error and "0xe2" in item.error
    with pytest.raises(InputError):
        decode_html(b"\xff\xfe\xfa not text at all"[2:])


def test_reader_record_fields_and_gzip(tmp_path: Path) -> None:
    head = '<meta property="og:url" content="https://examplenews.com/a/1">'
    f = tmp_path / "story-1.html.gz"
    f.write_bytes(gzip.compress(page(head=head).encode("utf-8")))
    [item] = read_paths([str(f)])
    assert isinstance(item, InputRecord)
    assert (item.id, item.title, item.url) == (
        "story-1",
        "Araghchi meets Omani FM in Muscat",
        "https://examplenews.com/a/1",
    )
    assert item.text.split("\n\n")[1:] == list(PARAGRAPHS)


def test_html_is_sniffed_without_a_suffix(tmp_path: Path) -> None:
    f = tmp_path / "saved-page"
    f.write_text(page(), encoding="utf-8")
    [item] = read_paths([str(f)])
    assert isinstance(item, InputRecord) and item.title == "Araghchi meets Omani FM in Muscat"


def test_selectors_override_the_general_rules() -> None:
    html = page(head='<meta name="date" content="2020-01-01">').replace(
        "<footer>", "<div class='deck'>Deck headline</div><footer>"
    )
    sel = HtmlSelectors(
        title="//div[@class='deck']",
        body="//div[@class='story']/p[position() <= 2]",
        date="//meta[@name='date']/@content",
    )
    parsed = parse_html(html, selectors=sel)
    assert parsed.title == "Deck headline"
    assert parsed.paragraphs == PARAGRAPHS[:2]
    assert parsed.published == dt.date(2020, 1, 1)


def test_a_body_selector_that_yields_too_little_text_falls_back() -> None:
    from newsfacts.io.html import SELECTOR_MIN_CHARS

    # one short paragraph is not an article: a selector that finds only that missed the body
    assert len(PARAGRAPHS[0]) < SELECTOR_MIN_CHARS
    parsed = parse_html(page(), selectors=HtmlSelectors(body="//div[@class='story']/p[1]"))
    assert parsed.paragraphs == PARAGRAPHS


def test_selectors_reject_bad_xpath() -> None:
    with pytest.raises(ValueError, match="XPath"):
        HtmlSelectors(body="//p[")


def test_plugins_are_asked_for_selectors() -> None:
    from newsfacts import hookimpl
    from newsfacts.plugins import make_plugin_manager

    class Outlet:
        @hookimpl
        def newsfacts_html_selectors(self, url: str | None, html: str) -> HtmlSelectors | None:
            return HtmlSelectors(body="//p[2]") if url and "examplenews" in url else None

    pm = make_plugin_manager(entry_points=False, plugins=[Outlet()])
    assert pm.hook.newsfacts_html_selectors(url="https://examplenews.com/x", html="") == HtmlSelectors(body="//p[2]")
    assert pm.hook.newsfacts_html_selectors(url="https://other.org/x", html="") is None


def test_a_plugin_raising_in_the_selectors_hook_names_itself_and_reading_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsfacts.plugins
    from newsfacts import hookimpl
    from newsfacts.plugins import make_plugin_manager

    class Broken:
        @hookimpl
        def newsfacts_html_selectors(self, url: str | None, html: str) -> HtmlSelectors | None:
            if "Muscat" in html:
                raise KeyError("no such selector")
            return None

    pm = make_plugin_manager(entry_points=False)
    pm.register(Broken(), name="broken")
    monkeypatch.setattr(newsfacts.plugins, "_default", pm)
    bad, good = tmp_path / "a.html", tmp_path / "b.html"
    bad.write_text(page(), encoding="utf-8")
    good.write_text(
        page(
            title="Talks in Doha", h1="Talks in Doha", paragraphs=tuple(p.replace("Muscat", "Doha") for p in PARAGRAPHS)
        ),
        encoding="utf-8",
    )
    first, second = read_paths([str(bad), str(good)])
    assert isinstance(first, ErrorRecord) and "plugin 'broken'" in first.error and str(bad) in first.error
    assert isinstance(second, InputRecord) and second.title == "Talks in Doha"


def test_deferred_pages_parse_to_the_same_record(tmp_path: Path) -> None:
    # with --jobs N the parent only reads pages; the workers parse them, with the same result
    from newsfacts.io.html import resolve_page
    from newsfacts.io.readers import read_items
    from newsfacts.records import RawPage

    p = tmp_path / "story.html"
    p.write_text(page(), encoding="utf-8")
    (raw,) = read_items([str(p)], published=dt.date(2001, 1, 1), defer_pages=True)
    assert isinstance(raw, RawPage)
    assert (raw.id, raw.source, raw.published) == ("story", str(p), dt.date(2001, 1, 1))
    (eager,) = read_paths([str(p)], published=dt.date(2001, 1, 1))
    assert resolve_page(raw) == eager
