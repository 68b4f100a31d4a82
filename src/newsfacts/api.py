"""The Python API: ``extract`` one article, ``extract_many`` a stream of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsfacts.models import Article, ErrorRecord
from newsfacts.pipeline import process, process_many
from newsfacts.plugins import PluginManager, get_plugin_manager
from newsfacts.records import InputError, InputRecord, parse_published, record_from_mapping

#: What extract_many accepts for one article.
Item = InputRecord | ErrorRecord | Mapping[str, Any] | str


def extract(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | str | None = None,
    outlet: str | None = None,
    id: str | None = None,
    title: str | None = None,
    plugin_manager: PluginManager | None = None,
) -> Article:
    """Extract the facts of one article.

    ``published`` (a date or ``YYYY-MM-DD``) anchors relative dates ("on Wednesday");
    ``outlet`` skips detection; ``url`` helps it. Raises :class:`~newsfacts.records.InputError`
    for input that cannot be an article (not a string, too long) and
    :class:`~newsfacts.plugins.PluginError`, naming the plugin, when a plugin fails.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}")
    record = InputRecord(text=text, id=id, url=url, published=parse_published(published), outlet=outlet, title=title)
    return process(record, plugin_manager or get_plugin_manager())


def extract_many(
    records: Iterable[Item],
    *,
    plugin_manager: PluginManager | None = None,
) -> Iterator[Article | ErrorRecord]:
    """Extract a stream of articles lazily, in input order.

    Each item is a text, a JSON-like mapping (``text``/``maintext``, ``url``, ``published``/
    ``date_publish``, ``id``, ``outlet``, ``title``) or an :class:`InputRecord`. An item that
    cannot be processed yields an :class:`ErrorRecord` in its place; the stream goes on.
    """
    return process_many(_records(records), plugin_manager or get_plugin_manager())


def _records(items: Iterable[Item]) -> Iterator[InputRecord | ErrorRecord]:
    for n, item in enumerate(items, start=1):
        if isinstance(item, InputRecord | ErrorRecord):
            yield item
        elif isinstance(item, str):
            yield InputRecord(text=item, line=n)
        else:
            try:
                yield record_from_mapping(item, line=n)
            except InputError as exc:
                ident = item.get("id") if isinstance(item, Mapping) else None
                yield ErrorRecord(id=str(ident) if ident is not None else None, error=f"record {n}: {exc}", line=n)
