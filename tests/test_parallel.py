"""``newsfacts extract --jobs N``: input order, the same bytes as ``--jobs 1``, and no output lost
when a worker dies or a record fails.

Runs go through ``cli.main`` in-process, with a small ``--chunk-size`` so that even a small
input spreads over several chunks and really reaches the worker processes.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
from pathlib import Path

import pytest

from crashing_plugin import CRASH, RAISE  # tests/ is on sys.path, as it is in the workers
from newsfacts import parallel
from newsfacts.cli import main
from newsfacts.io.writers import render_jsonl
from newsfacts.records import InputRecord

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TESTS = Path(__file__).resolve().parent


@pytest.fixture
def crashing_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(TESTS))
    monkeypatch.setenv(parallel.EXTRA_PLUGINS_VAR, "crashing_plugin")


def _corpus(path: Path, n: int, *, marked: dict[int, str] | None = None) -> Path:
    """``n`` records made from the seeds, ids in order; ``marked`` appends a marker to some texts."""
    texts = [s.read_text(encoding="utf-8") for s in SEEDS]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)] + (f"\n{marked[i]}\n" if marked and i in marked else "")
            fh.write(json.dumps({"id": f"r{i:03d}", "text": text, "published": "2020-12-16"}) + "\n")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, bytes, str]:
    code = main(["extract", "--quiet", *argv])
    out, err = capsys.readouterr()
    return code, out.encode("utf-8"), err


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_jobs_2_writes_the_bytes_of_jobs_1_in_input_order(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 23)  # 23 records in chunks of 2: uneven, many in flight
    code1, one, _ = _run(capsys, "--jobs", "1", "--format", fmt, str(corpus))
    code2, two, _ = _run(capsys, "--jobs", "2", "--chunk-size", "2", "--format", fmt, str(corpus))
    assert code1 == code2 == 0
    assert one == two
    records = [json.loads(line) for line in one.splitlines()] if fmt == "jsonl" else json.loads(one)
    assert [r["id"] for r in records] == [f"r{i:03d}" for i in range(23)]


def test_csv_tables_are_the_same_with_jobs_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 9)
    for jobs in ("1", "2"):
        assert (
            main(
                [
                    "extract",
                    "-q",
                    "-j",
                    jobs,
                    "--chunk-size",
                    "2",
                    "--format",
                    "csv",
                    "--output-dir",
                    str(tmp_path / jobs),
                    str(corpus),
                ]
            )
            == 0
        )
    for table in ("articles", "actors", "meetings", "meeting_participants", "statements"):
        assert (tmp_path / "1" / f"{table}.csv").read_bytes() == (tmp_path / "2" / f"{table}.csv").read_bytes()


def test_a_dying_worker_costs_only_its_own_record(
    crashing_plugin: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 12, marked={5: CRASH})
    code, out, err = _run(capsys, "--jobs", "2", "--chunk-size", "3", str(corpus))
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [f"r{i:03d}" for i in range(12)]
    errors = [r for r in records if "error" in r]
    assert [e["id"] for e in errors] == ["r005"]
    assert errors[0]["error"].startswith(f"{corpus}:6: the worker process died")
    assert errors[0]["line"] == 6 and errors[0]["source"] == f"{corpus}:6"
    assert all(r["actors"] for r in records if "error" not in r)
    assert f"{corpus}:6" in err


def test_the_api_keeps_order_and_counts(tmp_path: Path) -> None:
    records = [InputRecord(text=s.read_text(encoding="utf-8"), id=f"x{i}") for i, s in enumerate(SEEDS * 3)]
    render = functools.partial(render_jsonl, text=False)
    results = list(parallel.extract(records, render, jobs=2, chunk_size=2))
    assert [json.loads(r.payload)["id"] for r in results] == [f"x{i}" for i in range(9)]
    assert all(r.error is None and r.actors and r.statements for r in results)
    assert results == list(parallel.extract(records, render, jobs=1))


def test_summary_line_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", "-j", "1", str(SEEDS[0])])
    _, err = capsys.readouterr()
    (line,) = err.splitlines()  # not a terminal: no bar, only the summary
    assert code == 0 and line.startswith("newsfacts: 1 articles, 0 errors, ") and " meetings, " in line
    main(["extract", "-j", "1", "--quiet", str(SEEDS[0])])
    assert capsys.readouterr().err == ""


def test_table_formats_need_an_output_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "csv", str(SEEDS[0])]) == 2
    assert "--output-dir" in capsys.readouterr().err
    assert main(["extract", "--output-dir", str(tmp_path), str(SEEDS[0])]) == 2


# -- faults, all in one run under --jobs 2 (and byte-identical to --jobs 1) -------------------------


def _warc(path: Path, pages: int) -> None:
    warcio = pytest.importorskip("warcio.warcwriter")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as fh:
        writer = warcio.WARCWriter(fh, gzip=True)
        for n in range(pages):
            body = (
                f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks {n}</title></head><body>"
                f"<article><h1>Talks {n}</h1><p>Iran's foreign minister met his Omani counterpart in Muscat "
                f"on Sunday and discussed regional developments, officials said. Story {n}.</p>"
                f"<p>The two sides stressed the need for closer cooperation in trade and energy.</p>"
                f"</article></body></html>"
            ).encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.com/{n}", "response", payload=io.BytesIO(body), http_headers=http
                )
            )


@pytest.fixture
def faulty_inputs(tmp_path: Path) -> list[Path]:
    pytest.importorskip("trafilatura", reason="needs the html extra")
    d = tmp_path / "in"
    d.mkdir()
    good = _corpus(d / "a_good.jsonl", 4, marked={2: RAISE})
    missing = d / "b_missing.txt"
    dangling = d / "c_dangling.txt"
    dangling.symlink_to(d / "nowhere.txt")
    truncated_gz = d / "d_truncated.jsonl.gz"
    truncated_gz.write_bytes(gzip.compress(_corpus(tmp_path / "x.jsonl", 3).read_bytes())[:-200])
    warc = d / "e_archive.warc.gz"
    _warc(warc, 3)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 150])  # the last record's gzip member is cut short
    latin = d / "f_latin.txt"
    latin.write_bytes("Iran’s foreign minister met his Omani counterpart.".encode("cp1256"))
    no_article = d / "g_empty_page.html"
    no_article.write_text("<!DOCTYPE html><html><head><title>Home</title></head><body><nav>Home</nav></body></html>")
    return [good, missing, dangling, truncated_gz, warc, latin, no_article, SEEDS[0]]


def test_faults_become_error_records_under_jobs_2(
    crashing_plugin: None, faulty_inputs: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in faulty_inputs]
    code2, two, err = _run(capsys, "--jobs", "2", "--chunk-size", "1", *paths)
    code1, one, _ = _run(capsys, "--jobs", "1", *paths)
    assert code1 == code2 == 1
    assert one == two
    records = [json.loads(line) for line in two.splitlines()]
    errors: set[str] = {r["error"] for r in records if "error" in r}
    good, missing, dangling, gz, warc, latin, page, _seed = paths

    def one_error(*needles: str) -> str:
        (found,) = [e for e in errors if all(n in e for n in needles)]
        return found

    one_error(f"{good}:3", "plugin 'crashing_plugin'", "told to fail")
    one_error(missing, "no such file")
    one_error(dangling, "no such file")
    one_error(gz, "compressed data broken")
    one_error(warc)
    one_error(latin, "not UTF-8")
    one_error(page, "no article text found")
    assert len(errors) == 7
    articles = [r for r in records if "error" not in r]
    assert [r["id"] for r in articles][:3] == ["r000", "r001", "r003"]
    assert sum(1 for r in articles if (r.get("url") or "").startswith("https://example.com/")) == 2  # WARC pages kept
    assert articles[-1]["id"] == SEEDS[0].stem
    assert all(e in err for e in errors)
