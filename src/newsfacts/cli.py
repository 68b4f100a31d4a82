"""The ``newsfacts`` command: ``extract``, ``explain`` and ``plugins``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any, Protocol

from newsfacts import __version__, compiled, parallel
from newsfacts.io import WRITERS, read_paths
from newsfacts.io.readers import read_items
from newsfacts.io.writers import TABLE_WRITERS, MissingExtraError
from newsfacts.models import Article, ErrorRecord
from newsfacts.parallel import DEFAULT_CHUNK_SIZE
from newsfacts.pipeline import process_many
from newsfacts.plugins import PluginLoadError, get_plugin_manager
from newsfacts.records import InputError, parse_published

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> object:
    try:
        return parse_published(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn diplomatic news articles into facts: meetings, statements and their actors.",
    )
    parser.add_argument(
        "--version", action="version", version=f"newsfacts {__version__} (compiled: {'yes' if compiled() else 'no'})"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract facts from articles, write newsfacts/1 records")
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt (one article), .jsonl/.jsonl.gz (one record a line), .json, a directory, or - for stdin",
    )
    ex.add_argument(
        "--format",
        choices=sorted([*WRITERS, *TABLE_WRITERS]),
        default="jsonl",
        help="output format (default: jsonl); csv and parquet write flat tables into --output-dir",
    )
    ex.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date for records that carry none (anchors 'on Wednesday')",
    )
    ex.add_argument("--no-text", action="store_true", help="leave the input text out of each record")
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    ex.add_argument(
        "--output-dir",
        metavar="DIR",
        help="csv/parquet: write one file per table here (articles, actors, meetings, ...)",
    )
    ex.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes (default: all cores; 1 runs in this process)",
    )
    ex.add_argument(
        "--chunk-size",
        type=_positive,
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"records sent to a worker at a time (default: {DEFAULT_CHUNK_SIZE})",
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")

    xp = sub.add_parser("explain", help="show, sentence by sentence, which rules fired")
    xp.add_argument("paths", nargs="+", metavar="PATH")
    xp.add_argument("--published", type=_date, metavar="YYYY-MM-DD")

    from newsfacts.events.cli import add_parser as add_events_parser

    add_events_parser(sub)

    from newsfacts.scaffold import add_parser as add_new_plugin_parser

    add_new_plugin_parser(sub)

    pl = sub.add_parser("plugins", help="list installed plugins, their versions and hooks")
    pl.add_argument("--json", action="store_true", help="print JSON for machines")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "new-plugin":
            from newsfacts.scaffold import run as run_new_plugin

            return run_new_plugin(args)
        if args.command == "events":
            from newsfacts.events.cli import run as run_events

            return run_events(args)
        return _plugins(args)
    except PluginLoadError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `newsfacts extract … | head` is fine
        return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from newsfacts.progress import Progress

    tables = args.format in TABLE_WRITERS
    if tables and (not args.output_dir or args.output):
        print(
            f"newsfacts: --format {args.format} writes one file per table: give --output-dir DIR"
            + (", not -o" if args.output else ""),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not tables and args.output_dir:
        print(
            f"newsfacts: --output-dir is for --format csv or parquet; --format {args.format} takes -o FILE",
            file=sys.stderr,
        )
        return EXIT_USAGE
    parallel.plugin_manager()  # a plugin that fails to load is reported before any output is opened
    try:
        writer, out = _open_writer(args)
    except MissingExtraError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    progress = Progress(sys.stderr, bar=not args.quiet and sys.stderr.isatty())
    jobs = args.jobs or parallel.default_jobs()
    try:
        # with several jobs, pages are parsed in the workers, not here in the one parent process
        records = read_items(args.paths, published=args.published, defer_pages=jobs > 1)
        for result in parallel.extract(records, writer.renderer(), jobs=jobs, chunk_size=args.chunk_size):
            writer.write_rendered(result.payload)
            progress.update(result)
    finally:
        progress.close()
        writer.close()
        if out is not None and out is not sys.stdout:
            out.close()
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return EXIT_RECORD_ERRORS if progress.errors else EXIT_OK


def _open_writer(args: argparse.Namespace) -> tuple[_RenderingWriter, IO[str] | None]:
    """The writer for ``--format``, and the stream it writes to when it writes one."""
    if args.format in TABLE_WRITERS:
        return TABLE_WRITERS[args.format](args.output_dir, text=not args.no_text), None
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    return WRITERS[args.format](out, text=not args.no_text), out


class _RenderingWriter(Protocol):
    """What ``extract`` needs of a writer: a picklable renderer for the workers, and appending."""

    def renderer(self) -> Callable[[Article | ErrorRecord], Any]: ...
    def write_rendered(self, payload: Any) -> None: ...
    def close(self) -> None: ...


def _explain(args: argparse.Namespace) -> int:
    from newsfacts.explain import explain_article
    from newsfacts.pipeline import extraction_for

    pm = get_plugin_manager()
    extraction = extraction_for(pm)  # so that plugins' cues and rules show up too
    errors = 0
    for item in process_many(read_paths(args.paths, published=args.published), pm):
        if isinstance(item, ErrorRecord):
            errors += 1
            print(f"newsfacts: {item.error}", file=sys.stderr)
            continue
        print(explain_article(item, lexicon=extraction.lexicon, rules=extraction.rules))
    return EXIT_RECORD_ERRORS if errors else EXIT_OK


def _plugins(args: argparse.Namespace) -> int:
    pm = get_plugin_manager()
    infos = pm.info()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "name": i.name,
                        "module": i.module,
                        "version": i.version,
                        "distribution": i.distribution,
                        "hooks": list(i.hooks),
                    }
                    for i in infos
                ],
                indent=2,
            )
        )
    else:
        width = max((len(i.name) for i in infos), default=4)
        for i in infos:
            version = i.version or "-"
            print(f"{i.name:<{width}}  {version:<8}  {i.module}")
            print(f"{'':<{width}}  hooks: {', '.join(i.hooks)}")
    for err in pm.load_errors:
        print(f"newsfacts: {err}", file=sys.stderr)
    return EXIT_RECORD_ERRORS if pm.load_errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
