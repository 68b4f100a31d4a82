"""newsfacts on a Dask cluster: bags of records in, bags of ``newsfacts/1`` dicts or flat tables out.

    from dask.distributed import Client
    from newsfacts.dask import read_paths_bag, extract_bag
    client = Client("tcp://scheduler:8786")
    extract_bag(read_paths_bag(["crawl/2024-06/"])).map(json.dumps).to_textfiles("out/*.jsonl")

Each partition runs the same functions as ``newsfacts extract --jobs 1`` (:func:`newsfacts.
parallel.item_to_output`, then :mod:`newsfacts.serialize` or :mod:`newsfacts.io.tables`), so a
cluster gives the records a laptop gives. Every worker process builds its plugin manager once,
from the entry points installed on *that* machine: install newsfacts and the same plugins on
every worker (``docs/scale.md``).

Needs the ``dask`` extra: ``pip install 'newsfacts[dask]'``. Dask is imported by name, not at
type-checking time, so the rest of newsfacts type-checks without it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import operator
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from newsfacts.io.readers import read_paths
from newsfacts.io.tables import TABLES, Column, rows
from newsfacts.models import ErrorRecord
from newsfacts.parallel import item_to_output, plugin_manager
from newsfacts.records import InputError, InputRecord, record_from_mapping
from newsfacts.serialize import article_to_json, error_to_json

MISSING_EXTRA: Final = "newsfacts.dask needs the dask extra: pip install 'newsfacts[dask]'"
#: What a bag may hold: records as read, error records (passed through), or JSONL-style mappings.
RecordLike = InputRecord | ErrorRecord | Mapping[str, Any]


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(MISSING_EXTRA) from exc


# -- bags -----------------------------------------------------------------------------------------


def read_paths_bag(paths: Sequence[str | Path], *, published: dt.date | None = None) -> Any:
    """A bag of input records with one partition per file (a directory gives one per file in it).

    Files are read on the workers, so they must see the same paths (a shared file system, or
    object storage mounted alike). Unreadable files become error records, as with the CLI.
    """
    db = _module("dask.bag")
    files = [str(f) for p in paths for f in _files(Path(p))]
    if not files:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(files, partition_size=1).map_partitions(_read_partition, published=published)


def _files(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    from newsfacts.io.readers import _reader_for  # the CLI's rule for which files of a directory to read

    return sorted(c for c in path.rglob("*") if c.is_file() and _reader_for(c.name) is not None)


def _read_partition(files: Iterable[str], published: dt.date | None) -> list[InputRecord | ErrorRecord]:
    return list(read_paths(list(files), published=published))


def extract_bag(bag: Any, *, text: bool = True) -> Any:
    """``newsfacts/1`` dicts (articles and error records) for a bag of records, partition by partition.

    A record may be an :class:`InputRecord`, an :class:`ErrorRecord` (passed through) or a
    mapping with the JSONL input fields (``text``, ``id``, ``url``, ``published``, …).
    """
    return bag.map_partitions(_extract_partition, text=text)


def _extract_partition(records: Iterable[RecordLike], text: bool) -> list[dict[str, Any]]:
    pm = plugin_manager()  # built once per worker process, then cached
    out = []
    for record in records:
        result = item_to_output(_as_record(record), pm)
        out.append(error_to_json(result) if isinstance(result, ErrorRecord) else article_to_json(result, text=text))
    return out


def _as_record(record: RecordLike) -> InputRecord | ErrorRecord:
    if isinstance(record, InputRecord | ErrorRecord):
        return record
    try:
        return record_from_mapping(record)
    except InputError as exc:
        ident = record.get("id") if isinstance(record, Mapping) else None
        return ErrorRecord(id=None if ident is None else str(ident), error=f"input: {exc}")


# -- dataframes -----------------------------------------------------------------------------------

#: Input record field → the keyword of :func:`extract_dataframe` naming its column.
_FIELDS: Final = ("text", "id", "url", "published", "outlet", "title")


def extract_dataframe(
    ddf: Any,
    text_col: str = "text",
    *,
    id_col: str | None = "id",
    url_col: str | None = "url",
    published_col: str | None = "published",
    outlet_col: str | None = "outlet",
    title_col: str | None = "title",
    text: bool = False,
) -> dict[str, Any]:
    """The flat tables of :mod:`newsfacts.io.tables`, one Dask dataframe each, for a dataframe of articles.

    Columns named here but absent from ``ddf`` are ignored. Extraction runs once per input
    partition whichever tables are computed; compute several together
    (``dask.compute(*tables.values())``) to share it. ``text=True`` keeps the article text
    in the ``articles`` table (off by default: it is the input again).
    """
    dask = _module("dask")
    dd = _module("dask.dataframe")
    named = dict(zip(_FIELDS, (text_col, id_col, url_col, published_col, outlet_col, title_col), strict=True))
    columns = {field: col for field, col in named.items() if col is not None and col in ddf.columns}
    if "text" not in columns:
        raise KeyError(f"no text column {text_col!r} in the dataframe (columns: {list(ddf.columns)})")
    parts = [dask.delayed(_partition_tables)(part, columns, text) for part in ddf.to_delayed()]
    return {
        name: dd.from_delayed(
            [dask.delayed(operator.getitem)(p, name) for p in parts], meta=_frame(name, []), verify_meta=False
        )
        for name in TABLES
    }


def _partition_tables(frame: Any, columns: dict[str, str], text: bool) -> dict[str, Any]:
    pm = plugin_manager()
    collected: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for values in frame[list(columns.values())].itertuples(index=False, name=None):
        mapping = {field: _cell(v) for field, v in zip(columns, values, strict=True)}
        for name, table_rows in rows(item_to_output(_as_record(mapping), pm), text=text).items():
            collected[name].extend(table_rows)
    return {name: _frame(name, table_rows) for name, table_rows in collected.items()}


def _cell(value: Any) -> Any:
    """pandas' missing values (NaN, NA, NaT) as ``None``, which the records expect."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    pd = _module("pandas")
    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value


_DTYPES: Final = {"str": "string", "int": "Int64", "bool": "boolean"}


def _frame(name: str, table_rows: list[tuple[Any, ...]]) -> Any:
    pd = _module("pandas")
    cols: tuple[Column, ...] = TABLES[name]
    frame = pd.DataFrame.from_records(table_rows, columns=[c.name for c in cols])
    return frame.astype({c.name: _DTYPES[c.type] for c in cols})
