"""The `test` extra brings every optional extra, and each of them really imports.

The tests of the HTML, WARC, Parquet and Dask features skip when their extra is missing, so
that a plugin author without them can still run the suite; this test makes sure such a skip
can never hide a broken install of ours (it once did: lxml 5.2 split out ``lxml.html.clean``).
"""

from __future__ import annotations

import importlib
from importlib.metadata import requires

import pytest

EXTRAS = {
    "html": ["trafilatura", "lxml.html.clean"],
    "warc": ["warcio"],
    "parquet": ["pyarrow.parquet"],
    "dask": ["dask.bag", "dask.dataframe", "distributed"],
}


def _requirements(extra: str) -> set[str]:
    """The requirement strings (without their marker) the distribution lists for ``extra``."""
    marker = f"extra == '{extra}'"
    return {r.split(";")[0].strip() for r in requires("newsfacts") or [] if marker in r.replace('"', "'")}


def test_the_test_extra_pulls_in_every_optional_extra() -> None:
    test = _requirements("test")
    for extra in EXTRAS:
        assert _requirements(extra) - {"newsfacts[html]"} <= test, extra


@pytest.mark.parametrize("module", [m for ms in EXTRAS.values() for m in ms])
def test_optional_modules_import(module: str) -> None:
    importlib.import_module(module)
