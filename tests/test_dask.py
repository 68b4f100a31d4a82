"""newsfacts.dask on a real two-process LocalCluster: the same records and rows as one process.

One cluster for the module (starting one takes seconds); skipped without the dask extra.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dd = pytest.importorskip("dask.dataframe", reason="needs the dask extra")
distributed = pytest.importorskip("distributed", reason="needs the dask extra")
pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")


from newsfacts.cli import main  # noqa: E402
from newsfacts.dask import extract_bag, extract_dataframe, read_paths_bag  # noqa: E402
from newsfacts.io.tables import TABLES, rows  # noqa: E402
from newsfacts.pipeline import process  # noqa: E402
from newsfacts.plugins import get_plugin_manager  # noqa: E402
from newsfacts.records import InputRecord  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::ResourceWarning")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_bag_gives_the_records_of_the_cli(client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    paths = [*map(str, SEEDS), str(missing)]
    bag = read_paths_bag(paths)
    assert bag.npartitions == len(paths)
    got = extract_bag(bag).compute()
    assert main(["extract", "-q", "-j", "1", *paths]) == 1
    want = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert got == want
    assert "no such file" in got[-1]["error"]


def test_bag_of_mappings(client: Any) -> None:
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence([{"id": "x", "text": SEEDS[0].read_text(encoding="utf-8")}, {"id": "y"}], npartitions=2)
    ok, bad = extract_bag(bag, text=False).compute()
    assert ok["id"] == "x" and ok["meetings"] and "text" not in ok
    assert bad["id"] == "y" and "no text" in bad["error"]


def test_dataframe_gives_the_rows_of_one_process(client: Any) -> None:
    texts = [s.read_text(encoding="utf-8") for s in SEEDS]
    published = [dt.date(2020, 12, 16), None, None]
    frame = pd.DataFrame(
        {"id": [s.stem for s in SEEDS], "body": texts, "published": [d and d.isoformat() for d in published]}
    )
    tables = extract_dataframe(dd.from_pandas(frame, npartitions=2), text_col="body")
    assert set(tables) == set(TABLES)
    computed = dict(zip(tables, dask.compute(*tables.values()), strict=True))
    pm = get_plugin_manager()
    records = [InputRecord(text=t, id=s.stem, published=d) for t, s, d in zip(texts, SEEDS, published, strict=True)]
    for name in TABLES:
        want = [row for r in records for row in rows(process(r, pm), text=False)[name]]
        got = [
            tuple(None if pd.isna(v) else v for v in row) for row in computed[name].itertuples(index=False, name=None)
        ]
        assert got == want, name
    assert list(computed["meetings"].columns) == [c.name for c in TABLES["meetings"]]
