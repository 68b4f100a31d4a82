"""Page metadata from an lxml tree: the headline, the publication date and the canonical URL.

General rules only, no per-site code: every place a headline can stand (JSON-LD, Open Graph,
Twitter cards, ``<h1>``, ``<title>``) votes, once the site name is cut off, and the text with
most support wins. The date and URL come from the first source in a priority table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any, Final
from urllib.parse import urlsplit

import attrs
from dateutil import parser as dateparser

#: Where a headline can stand, with the weight of its vote. JSON-LD is written for machines
#: and rarely carries a site suffix; og:title is often a shorter social-media headline.
TITLE_WEIGHTS: Final[dict[str, float]] = {
    "jsonld": 3.0,
    "h1": 2.0,
    "og": 1.5,
    "twitter": 0.5,  # mostly a copy of og:title
    "title": 1.0,
}
#: Meta tags that carry a headline: (attribute, value, source).
TITLE_META: Final = (
    ("property", "og:title", "og"),
    ("name", "og:title", "og"),
    ("name", "twitter:title", "twitter"),
    ("property", "twitter:title", "twitter"),
)
#: Meta tags that name the site, so that a " | Site" suffix can be recognised.
SITE_META: Final = (
    ("property", "og:site_name"),
    ("name", "og:site_name"),
    ("name", "application-name"),
    ("name", "apple-mobile-web-app-title"),
    ("name", "publisher"),
    ("name", "author"),
)
#: Separators between a headline and the site or section name.
TITLE_SEPARATOR: Final = re.compile(r"\s+(?:\||-|–|—|·|•|::|»|/)\s+")
#: The share of a source's vote that goes to a part of its headline ("Kicker: Title | Section").
PART_SUPPORT: Final = 0.5
#: Where a headline may be cut when comparing candidates: separators and a kicker's colon.
_TITLE_CUT: Final = re.compile(TITLE_SEPARATOR.pattern + r"|:\s+")
#: A suffix cut without naming the site: short and after a pipe, which headlines rarely use.
GENERIC_SUFFIX: Final = re.compile(r"\s+\|\s+(?P<suffix>[^|]{1,40})$")
GENERIC_SUFFIX_MAX_WORDS: Final = 4
#: Meta tags that carry the publication date, best first.
DATE_META: Final = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publish_date"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "dc.date.issued"),
    ("name", "DC.date.issued"),
    ("name", "dcterms.created"),
    ("name", "date"),
    ("name", "Date"),
    ("property", "og:updated_time"),
)
#: ``<time>`` elements that mark the publication date, best first.
DATE_TIME_XPATHS: Final = (
    "//time[@itemprop='datePublished']/@datetime",
    "//time[@pubdate]/@datetime",
    "//article//time/@datetime",
    "//time/@datetime",
)
#: JSON-LD types that describe the article itself.
ARTICLE_TYPES: Final = re.compile(r"(?:Article|BlogPosting|Report|LiveBlogPosting)$")
_ISO_DAY: Final = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_EPOCH: Final = re.compile(r"^\s*\d{9,13}\s*$")
_EPOCH_MS_FROM: Final = 10**11
_WORDS: Final = re.compile(r"\w+")
_NON_WORD: Final = re.compile(r"[\W_]+")


@attrs.frozen
class PageMeta:
    title: str | None
    published: dt.date | None
    url: str | None


def page_meta(root: Any, url: str | None = None) -> PageMeta:
    """The headline, date and canonical URL of a parsed page (an ``lxml.html`` root)."""
    articles = list(_jsonld_articles(root))
    canonical = _canonical_url(root, articles) or url
    return PageMeta(
        title=choose_title(_title_candidates(root, articles), _site_names(root, articles, canonical or url)),
        published=_published(root, articles),
        url=canonical,
    )


def squash(text: str) -> str:
    """Whitespace (non-breaking spaces too) collapsed to single spaces."""
    return " ".join(text.split())


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text.casefold()))


# -- JSON-LD ------------------------------------------------------------------------------------


def _jsonld_articles(root: Any) -> Iterator[dict[str, Any]]:
    """Article objects of the page's JSON-LD, top-level ones first (nested ones are related)."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:  # many pages ship broken JSON-LD; it is a hint, not a must
            continue
        yield from (obj for obj in _objects(data) if _is_article(obj))


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds)


def _ld_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    if isinstance(value, list) and value:
        value = value[0]
    return squash(value) if isinstance(value, str) and value.strip() else None


# -- title --------------------------------------------------------------------------------------


@attrs.frozen
class TitleCandidate:
    text: str
    source: str


def _title_candidates(root: Any, articles: Sequence[dict[str, Any]]) -> list[TitleCandidate]:
    out = []
    if articles:
        headline = _ld_str(articles[0], "headline") or _ld_str(articles[0], "name")
        if headline:
            out.append(TitleCandidate(headline, "jsonld"))
    for attr, value, source in TITLE_META:
        for content in root.xpath(f"//meta[@{attr}=$v]/@content", v=value)[:1]:
            if content.strip():
                out.append(TitleCandidate(squash(content), source))
    for h1 in root.xpath("//h1"):
        text = squash(h1.text_content())
        if text:
            out.append(TitleCandidate(text, "h1"))
    for title in root.xpath("//title")[:1]:
        text = squash(title.text_content())
        if text:
            out.append(TitleCandidate(text, "title"))
    return out


def choose_title(candidates: Sequence[TitleCandidate], sites: Sequence[str]) -> str | None:
    """The headline most sources agree on, once site names are cut off.

    A candidate supports another when it equals it, or when cutting a "| Section" or
    "- Site" suffix off it gives the other ("Title | Bhopal News - Site" supports "Title").
    """
    stripped = [TitleCandidate(strip_site(c.text, sites), c.source) for c in candidates]
    best: tuple[float, int] | None = None
    chosen: str | None = None
    for i, cand in enumerate(stripped):
        key = words(cand.text)
        if not key:
            continue
        support = sum(TITLE_WEIGHTS[o.source] * _support(o.text, key) for o in stripped)
        # Ties go to the earlier (higher-priority) source: JSON-LD, then meta, then h1.
        rank = (support, -i)
        if best is None or rank > best:
            best, chosen = rank, cand.text
    return chosen


def _support(other: str, key: tuple[str, ...]) -> float:
    """1 for the same headline, :data:`PART_SUPPORT` for one that contains it between cuts."""
    if words(other) == key:
        return 1.0
    return PART_SUPPORT if key in _variants(other) else 0.0


def _variants(text: str) -> set[tuple[str, ...]]:
    """The words of the text and of every part of it cut at separators and colons, so that
    "Section: Title | Bhopal News" supports "Title"."""
    cuts = list(_TITLE_CUT.finditer(text))
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return {words(text[a:b]) for a in starts for b in ends if a < b}


def strip_site(title: str, sites: Sequence[str]) -> str:
    """``title`` without trailing segments that name the site ("… | CBC News", "… - Site")."""
    keys = [k for k in (_site_key(s) for s in sites) if len(k) >= 3]
    while True:
        parts = list(TITLE_SEPARATOR.finditer(title))
        if not parts:
            break
        last = parts[-1]
        suffix, head = title[last.end() :], title[: last.start()]
        if not head.strip() or not _names_site(suffix, keys):
            break
        title = head
    m = GENERIC_SUFFIX.search(title)
    if m and len(m["suffix"].split()) <= GENERIC_SUFFIX_MAX_WORDS and _looks_like_name(m["suffix"]):
        title = title[: m.start()]
    return title.strip()


def _site_key(name: str) -> str:
    key = _NON_WORD.sub("", name.casefold())
    return key.removeprefix("the") if len(key) > 6 else key


def _names_site(segment: str, keys: Sequence[str]) -> bool:
    seg = _site_key(segment)
    if not seg:
        return False
    return any(seg == k or seg.startswith(k) or (k.startswith(seg) and len(seg) >= 4) for k in keys)


def _looks_like_name(segment: str) -> bool:
    """A site or section name: every word capitalised, or a domain."""
    tokens = segment.split()
    return "." in segment or all(t[:1].isupper() or not t[:1].isalpha() for t in tokens)


def _site_names(root: Any, articles: Sequence[dict[str, Any]], url: str | None) -> list[str]:
    names: list[str] = []
    for attr, value in SITE_META:
        names.extend(squash(c) for c in root.xpath(f"//meta[@{attr}=$v]/@content", v=value) if c.strip())
    for article in articles[:1]:
        publisher = article.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    host = urlsplit(url).hostname if url else None
    if host:
        labels = host.removeprefix("www.").split(".")
        names.append(".".join(labels))
        names.extend(label for label in labels[:-1] if len(label) >= 4)
    return names


# -- date and url -------------------------------------------------------------------------------


def _published(root: Any, articles: Sequence[dict[str, Any]]) -> dt.date | None:
    for article in articles:
        day = parse_day(_ld_str(article, "datePublished") or _ld_str(article, "dateCreated"))
        if day:
            return day
    for attr, value in DATE_META:
        for content in root.xpath(f"//meta[@{attr}=$v]/@content", v=value):
            day = parse_day(content)
            if day:
                return day
    for xpath in DATE_TIME_XPATHS:
        for value in root.xpath(xpath):
            day = parse_day(str(value))
            if day:
                return day
    return _htmldate(root)


def _htmldate(root: Any) -> dt.date | None:
    """htmldate's reading of the URL, markup and visible dates: the last resort."""
    try:
        from htmldate import find_date
    except ImportError:  # comes with trafilatura; without it there is simply no last resort
        return None
    found = find_date(root, original_date=True, extensive_search=False)
    return parse_day(found) if isinstance(found, str) else None


def parse_day(value: str | None) -> dt.date | None:
    """The calendar date a timestamp names, as written (no time-zone shift), or ``None``."""
    if not value or not value.strip():
        return None
    m = _ISO_DAY.match(value)
    try:
        if _EPOCH.match(value):  # some sites write Unix time, in seconds or milliseconds
            stamp = int(value.strip())
            stamp = stamp // 1000 if stamp > _EPOCH_MS_FROM else stamp
            return dt.datetime.fromtimestamp(stamp, tz=dt.UTC).date()
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        return dateparser.parse(value, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _canonical_url(root: Any, articles: Sequence[dict[str, Any]]) -> str | None:
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        for value in root.xpath(xpath):
            if value.strip().startswith(("http://", "https://")):
                return str(value.strip())
    for article in articles[:1]:
        for key in ("url", "mainEntityOfPage"):
            value = _ld_str(article, key)
            if value and value.startswith(("http://", "https://")):
                return value
    return None
