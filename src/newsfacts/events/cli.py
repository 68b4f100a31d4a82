"""The ``newsfacts events`` command: articles in, events (or CAMEO / PLOVER rows) out.

    newsfacts events INPUT... [--format jsonl|cameo|plover] [--table csv|jsonl]
                              [--window-days N] [--published-window-days N]

INPUT is ``extract`` output (``newsfacts/1`` JSONL) or anything ``newsfacts extract`` reads.
A summary (articles, events, rows, facts left out and why) goes to standard error.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from newsfacts.models import Article, ErrorRecord

EXIT_OK, EXIT_RECORD_ERRORS = 0, 1


def _nonnegative(value: str) -> int:
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {n}")
    return n


def _date(value: str) -> object:
    from newsfacts.records import InputError, parse_published

    try:
        return parse_published(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_parser(sub: Any) -> None:
    from newsfacts.events.merge import PUBLISHED_WINDOW_DAYS, WINDOW_DAYS

    p = sub.add_parser("events", help="merge the same meeting across articles into events",
                       description="Merge the meetings and statements several articles report into events, "
                                   "each with every source; optionally as CAMEO or PLOVER dyadic rows.")  # fmt: skip
    p.add_argument(
        "paths",
        nargs="+",
        metavar="INPUT",
        help="newsfacts/1 .jsonl (extract output), or raw articles: .txt, .jsonl, .json, a directory, -",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "cameo", "plover"),
        default="jsonl",
        help="events as JSON lines (default), or CAMEO / PLOVER dyadic rows",
    )
    p.add_argument(
        "--table", choices=("csv", "jsonl"), default="csv", help="how cameo / plover rows are written (default: csv)"
    )
    p.add_argument(
        "--window-days",
        type=_nonnegative,
        default=WINDOW_DAYS,
        metavar="N",
        help=f"dated reports of one meeting may differ by N days (default: {WINDOW_DAYS})",
    )
    p.add_argument(
        "--published-window-days",
        type=_nonnegative,
        default=PUBLISHED_WINDOW_DAYS,
        metavar="N",
        help=f"when a report has no date, merge if published within N days (default: {PUBLISHED_WINDOW_DAYS})",
    )
    p.add_argument(
        "--published", type=_date, metavar="YYYY-MM-DD", help="publication date for raw articles that carry none"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from newsfacts.events import export
    from newsfacts.events.inputs import read_articles
    from newsfacts.events.merge import events
    from newsfacts.events.officials import builtin_officials, plugin_officials
    from newsfacts.plugins import get_plugin_manager

    articles: list[Article] = []
    errors = 0
    for item in read_articles(args.paths, get_plugin_manager, published=args.published):
        if isinstance(item, ErrorRecord):
            errors += 1
            print(f"newsfacts: {item.error}", file=sys.stderr)
        else:
            articles.append(item)
    officials = builtin_officials() + plugin_officials(get_plugin_manager())
    found = events(articles, window_days=args.window_days,
                   published_window_days=args.published_window_days, officials=officials)  # fmt: skip
    out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.format == "jsonl":
            export.write_events(found, out)
            detail = ""
        else:
            summary = export.Summary(args.format)
            export.write_rows(export.rows(found, args.format, summary), out, args.format, args.table)
            detail = f"; {summary}"
    finally:
        if out is not sys.stdout:
            out.close()
    multi = sum(1 for e in found if len({s.article for s in e.sources}) > 1)
    print(f"newsfacts events: {len(articles)} article(s), {len(found)} event(s), "
          f"{multi} reported by more than one article{detail}", file=sys.stderr)  # fmt: skip
    return EXIT_RECORD_ERRORS if errors else EXIT_OK
