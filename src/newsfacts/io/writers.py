"""Writers: ``newsfacts/1`` records out, one at a time, in input order.

Every writer splits its work in two: a pure, picklable *renderer* (record → JSON text, or
record → table rows) and ``write_rendered``, which only appends. ``newsfacts extract
--jobs N`` runs the renderer in the worker processes and keeps the parent's serial part to
appending, and ``--jobs 1`` runs the same two steps, so both write the same bytes.

``jsonl`` and ``json`` write one stream (:data:`WRITERS`); ``csv`` and ``parquet`` write one
file per table of :mod:`newsfacts.io.tables` into a directory (:data:`TABLE_WRITERS`).
"""

from __future__ import annotations

import csv
import functools
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Final, Protocol, TypeVar

from newsfacts.io.tables import TABLES, Column, Row, TableRows, rows
from newsfacts.models import Article, ErrorRecord
from newsfacts.serialize import article_to_json, error_to_json

P = TypeVar("P")
Output = Article | ErrorRecord
MISSING_PARQUET: Final = "writing parquet needs the parquet extra: pip install 'newsfacts[parquet]'"
#: Rows buffered per table before a Parquet row group is written: memory stays flat.
ROW_GROUP_SIZE: Final = 20_000


class Writer(Protocol):
    def write(self, item: Output) -> None: ...
    def close(self) -> None: ...


class MissingExtraError(ImportError):
    """An output format whose optional dependency is not installed."""


def to_record(item: Output, *, text: bool = True) -> dict[str, Any]:
    if isinstance(item, ErrorRecord):
        return error_to_json(item)
    return article_to_json(item, text=text)


def render_jsonl(item: Output, *, text: bool = True) -> str:
    return json.dumps(to_record(item, text=text), ensure_ascii=False) + "\n"


def render_json(item: Output, *, text: bool = True) -> str:
    return json.dumps(to_record(item, text=text), ensure_ascii=False, indent=2)


class JsonlWriter:
    """One JSON object a line (``--format jsonl``)."""

    def __init__(self, out: IO[str], *, text: bool = True) -> None:
        self.out, self.text = out, text

    def renderer(self) -> Callable[[Output], str]:
        return functools.partial(render_jsonl, text=self.text)

    def write(self, item: Output) -> None:
        self.write_rendered(render_jsonl(item, text=self.text))

    def write_rendered(self, line: str) -> None:
        self.out.write(line)

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One JSON array (``--format json``), written as it goes so memory stays flat."""

    def __init__(self, out: IO[str], *, text: bool = True) -> None:
        self.out, self.text, self.count = out, text, 0

    def renderer(self) -> Callable[[Output], str]:
        return functools.partial(render_json, text=self.text)

    def write(self, item: Output) -> None:
        self.write_rendered(render_json(item, text=self.text))

    def write_rendered(self, element: str) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(element)
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


WRITERS: dict[str, type[JsonlWriter] | type[JsonWriter]] = {"jsonl": JsonlWriter, "json": JsonWriter}


# -- tables: one file per table in a directory ----------------------------------------------------


class CsvWriter:
    """``DIR/<table>.csv`` for every table, with a header line (``--format csv``).

    Empty cells are nulls; booleans are ``true``/``false``, which pandas, DuckDB and R's
    readers all take as booleans.
    """

    suffix: Final = ".csv"

    def __init__(self, directory: str | Path, *, text: bool = True) -> None:
        self.directory, self.text = Path(directory), text
        self.directory.mkdir(parents=True, exist_ok=True)
        self._files = {
            name: (self.directory / f"{name}{self.suffix}").open("w", encoding="utf-8", newline="") for name in TABLES
        }
        self._csv = {name: csv.writer(fh, lineterminator="\n") for name, fh in self._files.items()}
        for name, columns in TABLES.items():
            self._csv[name].writerow([c.name for c in columns])

    def renderer(self) -> Callable[[Output], TableRows]:
        return functools.partial(rows, text=self.text)

    def write(self, item: Output) -> None:
        self.write_rendered(rows(item, text=self.text))

    def write_rendered(self, tables: TableRows) -> None:
        for name, table_rows in tables.items():
            self._csv[name].writerows([_csv_cell(v) for v in row] for row in table_rows)

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


def _csv_cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class ParquetWriter:
    """``DIR/<table>.parquet`` for every table, written a row group at a time (``--format parquet``)."""

    suffix: Final = ".parquet"

    def __init__(self, directory: str | Path, *, text: bool = True, row_group_size: int = ROW_GROUP_SIZE) -> None:
        try:  # imported by name: pyarrow ships no type information
            pa = importlib.import_module("pyarrow")
            pq = importlib.import_module("pyarrow.parquet")
        except ImportError as exc:
            raise MissingExtraError(MISSING_PARQUET) from exc
        self._pa, self.text, self.row_group_size = pa, text, row_group_size
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._schemas = {name: pa.schema([_arrow_field(pa, c) for c in cols]) for name, cols in TABLES.items()}
        self._writers = {
            name: pq.ParquetWriter(self.directory / f"{name}{self.suffix}", schema, compression="zstd")
            for name, schema in self._schemas.items()
        }
        self._buffers: TableRows = {name: [] for name in TABLES}

    def renderer(self) -> Callable[[Output], TableRows]:
        return functools.partial(rows, text=self.text)

    def write(self, item: Output) -> None:
        self.write_rendered(rows(item, text=self.text))

    def write_rendered(self, tables: TableRows) -> None:
        for name, table_rows in tables.items():
            buffer = self._buffers[name]
            buffer.extend(table_rows)
            if len(buffer) >= self.row_group_size:
                self._flush(name)

    def _flush(self, name: str) -> None:
        buffer: list[Row] = self._buffers[name]
        if not buffer:
            return
        schema = self._schemas[name]
        columns = list(zip(*buffer, strict=True))
        arrays = [self._pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)]
        self._writers[name].write_table(self._pa.Table.from_arrays(arrays, schema=schema))
        buffer.clear()

    def close(self) -> None:
        for name, writer in self._writers.items():
            self._flush(name)
            writer.close()


def _arrow_field(pa: Any, column: Column) -> Any:
    kind = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_()}[column.type]
    return pa.field(column.name, kind)


TABLE_WRITERS: dict[str, type[CsvWriter] | type[ParquetWriter]] = {"csv": CsvWriter, "parquet": ParquetWriter}
