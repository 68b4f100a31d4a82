"""Saved HTML pages in, one :class:`InputRecord` per page out.

The main text comes from trafilatura (the best-scoring general extractor in the published
evaluations, and well kept); the headline, date and URL from our own metadata rules in
:mod:`newsfacts.io.html_meta`, because trafilatura's title keeps the " | Site" suffix and
prefers og:title, which is often a shorter social-media headline. An outlet plugin may name
XPath selectors for its pages (the ``newsfacts_html_selectors`` hook); they are tried first.

Needs the ``html`` extra; without it every page becomes an error record saying so.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from newsfacts.contributions import HtmlSelectors
from newsfacts.models import ErrorRecord
from newsfacts.records import InputError, InputRecord, RawPage

HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
MISSING_EXTRA: Final = "reading {what} needs the html extra: pip install 'newsfacts[html]'"

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: ``<meta charset=…>`` or ``<meta http-equiv content="…; charset=…">`` or ``<?xml encoding=…?>``,
#: looked for in the first bytes as browsers do.
_DECLARED: Final = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)
_PRESCAN_BYTES: Final = 4096
#: Labels that browsers read as a wider encoding (the WHATWG encoding standard).
ENCODING_ALIASES: Final = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_XML_DECL: Final = re.compile(r"^\s*<\?xml[^>]*\?>")
#: A plugin's body selector that yields less text than this missed the article (a redesigned
#: page, a gallery): the general extractor reads the page instead.
SELECTOR_MIN_CHARS: Final = 200


@attrs.frozen
class ParsedPage:
    """What a page says about its article."""

    title: str | None
    paragraphs: tuple[str, ...]
    published: dt.date | None
    url: str | None

    @property
    def text(self) -> str:
        """The headline then the paragraphs, blank-line separated, as the pipeline reads it."""
        head = [self.title] if self.title else []
        return "\n\n".join([*head, *self.paragraphs])


class MissingExtraError(ImportError):
    """The html extra is not installed."""


def decode_html(data: bytes, where: str = "<html>", *, http_charset: str | None = None) -> str:
    """The page's text: by its BOM, else the HTTP header's charset, else its declared one,
    else UTF-8 (the order browsers follow).

    Raises :class:`InputError` naming ``where`` and the first bad byte when the bytes do not
    decode; guessing would turn a wrong declaration into silently garbled facts.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, where)
    declared = (http_charset or _declared_charset(data) or "").lower() or None
    if declared:
        codec = ENCODING_ALIASES.get(declared, declared)
        try:
            codecs.lookup(codec)
        except LookupError:
            codec = "utf-8"
        if codec.replace("_", "-") in {"utf-16", "utf-32", "utf-16le", "utf-16be"}:
            codec = "utf-8"  # a page read as bytes that declares UTF-16 without a BOM is really ASCII-compatible
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # a wrong declaration: try UTF-8, the web's default, before giving up
    return _strict(data, "utf-8", where, declared)


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:_PRESCAN_BYTES])
    return (m[1] or m[2]).decode("ascii", "replace") if m else None


def _strict(data: bytes, codec: str, where: str, declared: str | None = None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        said = f" (declared {declared})" if declared and declared != codec else ""
        raise InputError(
            f"{where}: not {codec} text{said} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def parse_html(
    html: str | bytes,
    url: str | None = None,
    *,
    selectors: HtmlSelectors | None = None,
    plugins: bool = True,
) -> ParsedPage:
    """Title, paragraphs, date and URL of one article page.

    ``url`` is where the page came from; the page's canonical link wins over it. ``selectors``
    (else, when ``plugins`` is true, the outlet plugins' ``newsfacts_html_selectors`` answer)
    are tried before the general rules. Raises :class:`InputError` when the page has no
    article text, :class:`MissingExtraError` without the html extra.
    """
    lxml_html, trafilatura = _extra()
    text = decode_html(html) if isinstance(html, bytes) else html
    text = _XML_DECL.sub("", text, count=1)  # lxml refuses str input that declares an encoding
    if not text.strip():
        raise InputError("empty page")
    try:
        root = lxml_html.document_fromstring(text)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise InputError(f"not an HTML page: {exc}") from exc

    from newsfacts.io.html_meta import page_meta

    meta = page_meta(root, url)
    if selectors is None and plugins:
        selectors = _plugin_selectors(meta.url or url, text)
    title, published = meta.title, meta.published
    paragraphs: tuple[str, ...] = ()
    if selectors is not None:
        title, published, paragraphs = _apply_selectors(root, selectors, title, published)
        if sum(len(p) for p in paragraphs) < SELECTOR_MIN_CHARS:
            paragraphs = ()
    if not paragraphs:
        paragraphs = _general_paragraphs(trafilatura, root, meta.url or url)
    paragraphs = tuple(p for p in paragraphs if not title or _words(p) != _words(title))
    if not paragraphs:
        raise InputError("no article text found")
    return ParsedPage(title=title, paragraphs=paragraphs, published=published, url=meta.url or url)


def _extra() -> tuple[Any, Any]:
    try:
        import lxml.html
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError(MISSING_EXTRA.format(what="HTML")) from exc
    return lxml.html, trafilatura


def _words(text: str) -> tuple[str, ...]:
    from newsfacts.io.html_meta import words

    return words(text)


def _plugin_selectors(url: str | None, html: str) -> HtmlSelectors | None:
    from newsfacts.plugins import PluginError, get_plugin_manager

    try:
        answer: HtmlSelectors | None = get_plugin_manager().hook.newsfacts_html_selectors(url=url, html=html)
    except PluginError as exc:  # the page becomes an error record naming the plugin; reading goes on
        raise InputError(str(exc)) from exc
    return answer


def _apply_selectors(
    root: Any, sel: HtmlSelectors, title: str | None, published: dt.date | None
) -> tuple[str | None, dt.date | None, tuple[str, ...]]:
    """Each selector that matches replaces the general answer for its field."""
    from newsfacts.io.html_meta import parse_day, squash

    if sel.title:
        titles = [squash(_string(m)) for m in root.xpath(sel.title)]
        title = next((t for t in titles if t), title)
    if sel.date:
        days = [parse_day(_string(m)) for m in root.xpath(sel.date)]
        published = next((d for d in days if d), published)
    paragraphs: tuple[str, ...] = ()
    if sel.body:
        for xpath in sel.exclude:
            for el in root.xpath(xpath):
                el.drop_tree()
        found = (squash(_string(m)) for m in root.xpath(sel.body))
        paragraphs = tuple(p for p in found if p)
    return title, published, paragraphs


def _string(match: Any) -> str:
    return str(match) if isinstance(match, str) else str(match.text_content())


def _general_paragraphs(trafilatura: Any, root: Any, url: str | None) -> tuple[str, ...]:
    # Tables and comments are left out: news tables are mostly sidebars (scores, markets).
    # XML with links kept, so that "Read more: <link>" lines and breadcrumbs can be told apart.
    out = trafilatura.extract(
        root,
        url=url,
        include_comments=False,
        include_tables=False,
        include_links=True,
        output_format="xml",
        with_metadata=False,
    )
    if not out:
        return ()
    from lxml import etree

    doc = etree.fromstring(out.encode("utf-8"))
    found = (_block_text(el) for el in doc.iterfind(".//main//*") if el.tag in _BLOCKS)
    return tuple(text for text, linked in found if text and not _is_link_line(text, linked))


#: trafilatura's XML elements that hold one paragraph each.
_BLOCKS: Final = frozenset({"p", "head", "item", "quote"})
#: A short block mostly made of link text is a "Read more" line or a breadcrumb, not prose.
LINK_LINE_MAX_WORDS: Final = 20
LINK_LINE_MIN_SHARE: Final = 0.5


def _block_text(el: Any) -> tuple[str, int]:
    from newsfacts.io.html_meta import squash

    if el.tag == "quote" and el.find("p") is not None:
        return "", 0  # its <p> children are blocks of their own
    text = squash("".join(el.itertext()))
    linked = sum(len(squash("".join(ref.itertext()))) for ref in el.iter("ref"))
    return text, linked


def _is_link_line(text: str, linked: int) -> bool:
    return len(text.split()) <= LINK_LINE_MAX_WORDS and linked >= LINK_LINE_MIN_SHARE * len(text)


def read_html_file(path: Path, *, defer: bool = False) -> Iterator[InputRecord | ErrorRecord | RawPage]:
    """One record for the page in ``path`` (``.html``, ``.htm``, ``.html.gz``), or an error record.

    ``defer=True`` yields the page unparsed (:class:`RawPage`) for :func:`resolve_page` to
    finish elsewhere, in a worker process.
    """
    where = str(path)
    ident = _stem(path)
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield ErrorRecord(id=ident, error=f"{where}: compressed data broken: {exc}", source=where)
        return
    raw = RawPage(data=data, source=where, id=ident)
    yield raw if defer else resolve_page(raw)


def resolve_page(raw: RawPage) -> InputRecord | ErrorRecord:
    """Parse a page read by :func:`read_html_file` or the WARC reader into an input record."""
    where = f"{raw.source} ({raw.url})" if raw.archived and raw.url else raw.source
    try:
        page = parse_html(decode_html(raw.data, where, http_charset=raw.charset), raw.url)
    except InputError as exc:
        msg = str(exc)
        return ErrorRecord(id=raw.id, error=msg if msg.startswith(raw.source) else f"{where}: {msg}", source=raw.source)
    except MissingExtraError:
        what = "WARC files" if raw.archived else "HTML"
        return ErrorRecord(id=raw.id, error=f"{raw.source}: {MISSING_EXTRA.format(what=what)}", source=raw.source)
    # an archive says where the page was fetched from; a saved file only what it says of itself
    url = (raw.url or page.url) if raw.archived else (page.url or raw.url)
    return InputRecord(
        text=page.text,
        id=raw.id or url,
        url=url,
        published=page.published or raw.published,
        title=page.title,
        source=raw.source,
    )


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(HTML_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem
