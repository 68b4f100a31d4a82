"""One article's way through newsfacts, stage by stage.

    record → sanitize → detect outlet → clean → extract (actors, meetings, statements) → Article

Each stage adds to what the stages before it made and nothing goes back up. The text is
never changed: cleaning yields spans, and every fact is a span into the original text.
This module works on strings and models only; reading files is :mod:`newsfacts.io`'s job.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator

import attrs

from newsfacts.clean import Cleaned, clean_article
from newsfacts.contributions import OutletMatch
from newsfacts.lexicon import Lexicon, load_lexicon
from newsfacts.models import Article, ErrorRecord, Span
from newsfacts.plugins import PluginError, PluginManager
from newsfacts.records import InputError, InputRecord, hashed_id, record_id
from newsfacts.rules import Rule, extract_facts
from newsfacts.rules.home import find_home

#: Articles longer than this are refused with an error record rather than processed: a
#: "text" of hundreds of megabytes is a mis-read file, not a news article.
MAX_CHARS = 10_000_000

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@attrs.frozen
class Extraction:
    """What a plugin manager contributes to extraction, collected and compiled once."""

    lexicon: Lexicon
    rules: tuple[Rule, ...]


_extractions: weakref.WeakKeyDictionary[PluginManager, Extraction] = weakref.WeakKeyDictionary()


def extraction_for(pm: PluginManager) -> Extraction:
    """The lexicon and extra rules of ``pm``'s plugins, built on first use."""
    found = _extractions.get(pm)
    if found is None:
        entries = [e for batch in pm.hook.newsfacts_lexicon() for e in batch]
        rules = tuple(r for batch in pm.hook.newsfacts_rules() for r in batch)
        found = _extractions[pm] = Extraction(load_lexicon(entries), rules)
    return found


def sanitize(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace lone surrogates, which no UTF-8 output can carry, by U+FFFD.

    One character for one keeps every offset valid; a warning says it happened.
    """
    text, warnings, _raw = _sanitize(text)
    return text, warnings


def _sanitize(text: str) -> tuple[str, tuple[str, ...], bytes | None]:
    """:func:`sanitize`, with the UTF-8 form of a non-ASCII text that holds no surrogate (made for the test, and
    the bytes :func:`record_id` hashes): None for another."""
    if text.isascii():
        return text, (), None  # (a flag of the string: no scan)
    try:
        # fails exactly where the regex finds a surrogate code point, and is several times faster
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text, (), raw
    count = len(_LONE_SURROGATE.findall(text))
    return _LONE_SURROGATE.sub("\ufffd", text), (f"replaced {count} lone surrogate character(s) with U+FFFD",), None


def detect_outlet(pm: PluginManager, url: str | None, text: str) -> OutletMatch | None:
    """The strongest claim any plugin makes on the article (see ``newsfacts_detect_outlet``)."""
    claims: list[OutletMatch] = [c for c in pm.hook.newsfacts_detect_outlet(url=url, text=text) if c is not None]
    if not claims:
        return None
    if len(claims) == 1:
        return claims[0]  # (most articles: one claim, nothing to rank)
    return min(claims, key=lambda c: (-c.score, c.outlet))


def process(record: InputRecord, pm: PluginManager) -> Article:
    """Run every stage on one record. Raises :class:`InputError` or :class:`PluginError`."""
    if len(record.text) > MAX_CHARS:
        raise InputError(f"text is {len(record.text):,} characters, over the {MAX_CHARS:,} limit")
    text, warnings, raw = _sanitize(record.text)
    outlet = record.outlet
    if outlet is None:
        match = detect_outlet(pm, record.url, text)
        outlet = match.outlet if match is not None else None
    # (sanitizing's UTF-8 form of the text, which cleaning's gates fold, is encoded once)
    cleaned = _apply_title_hint(clean_article(text, outlet, pm.hook, raw=raw), text, record.title)
    extraction = extraction_for(pm)
    facts = extract_facts(
        text,
        cleaned.body,
        published=record.published,
        title=cleaned.title,
        lexicon=extraction.lexicon,
        rules=extraction.rules,
        home=find_home(
            extraction.lexicon,
            outlet=outlet,
            url=record.url,
            dateline_place=cleaned.dateline.place if cleaned.dateline is not None else None,
        ),
    )
    title = cleaned.title.slice(text) if cleaned.title is not None else record.title
    return Article(
        # the text's id hashes the bytes sanitizing made (with no surrogate, "surrogatepass" changes none)
        id=hashed_id(raw) if raw is not None and not record.id and not record.url else record_id(record),
        text=text,
        url=record.url,
        outlet=outlet,
        title=title,
        published=record.published,
        dateline=cleaned.dateline,
        license=cleaned.license,
        body=cleaned.body_text(text),
        actors=facts.actors,
        meetings=facts.meetings,
        statements=facts.statements,
        warnings=warnings + tuple(facts.warnings),
        title_span=cleaned.title,
        body_spans=cleaned.body,
        boilerplate=cleaned.boilerplate,
    )


def _apply_title_hint(cleaned: Cleaned, text: str, hint: str | None) -> Cleaned:
    """A title that came with the record (an HTML page's headline) beats a guessed one.

    When the hint stands as a line of the text, that line becomes the title and leaves the body.
    """
    if not hint or (cleaned.title is not None and cleaned.title.slice(text).strip() == hint.strip()):
        return cleaned
    span = _find_line(text, hint.strip())
    if span is None:
        return cleaned
    # the headline's line, and any later copy of it (pages print it twice), leave the body
    copies = tuple(b for b in cleaned.body if span.contains(b) or b.slice(text).strip() == hint.strip())
    body = tuple(b for b in cleaned.body if b not in copies)
    boilerplate = tuple(sorted({*cleaned.boilerplate, *(c for c in copies if not span.contains(c))}))
    return attrs.evolve(cleaned, title=span, body=body, boilerplate=boilerplate)


def _find_line(text: str, line: str) -> Span | None:
    start = text.find(line)
    while start >= 0:
        end = start + len(line)
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if not before.strip() and not text[end : _line_end(text, end)].strip():
            return Span(start, end)
        start = text.find(line, start + 1)
    return None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def process_many(items: Iterable[InputRecord | ErrorRecord], pm: PluginManager) -> Iterator[Article | ErrorRecord]:
    """Process records in order; a record that fails becomes an error record, the rest go on."""
    for item in items:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        try:
            yield process(item, pm)
        except (InputError, PluginError) as exc:
            yield _error(item, str(exc))
        except Exception as exc:  # a bug of ours must not lose the other records either
            yield _error(item, f"internal error: {type(exc).__name__}: {exc}")


def _error(record: InputRecord, message: str) -> ErrorRecord:
    where = record.source or "input"
    return ErrorRecord(id=record_id(record), error=f"{where}: {message}", source=record.source, line=record.line)
