import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from gestae.cli import main

from .conftest import AGNEWS, agnews_available


def test_bad_inputs_are_named_the_good_one_is_stored_and_the_exit_code_says_so(tmp_path):
    (tmp_path / "noise.bin").write_bytes(os.urandom(4096))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "x1", "text": "Russia criticized Turkey."}\n{oops\n'
    )
    (tmp_path / "good.txt").write_text("Germany and France criticized Russia.", encoding="utf-8")
    db = str(tmp_path / "g.duckdb")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(tmp_path), "--db", db, "--workers", "1"])
    assert result.exit_code == 1
    for name in ("noise.bin", "empty.txt", "feed.jsonl:2"):
        assert name in result.output
    assert "Traceback" not in result.output
    again = runner.invoke(
        main, ["ingest", str(tmp_path / "good.txt"), "--db", db, "--workers", "1"]
    )
    assert again.exit_code == 0 and "0 documents stored, 1 already stored" in again.output
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM events WHERE doc_id = 'good'").fetchone()[0] == 2


def test_code_prints_jsonl_with_the_event_record_fields(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("The U.S. condemned Syria and Iran on Monday.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["code", str(path), "--date", "2016-12-15", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert {(r["source"], r["target"], r["root"]) for r in records} == {
        ("USA", "SYR", "11"),
        ("USA", "IRN", "11"),
    }
    assert records[0]["date"] == "2016-12-12" and records[0]["rule"]


def test_events_exports_gdelt_columns_and_plover_records(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Turkish forces attacked Syrian rebels near Aleppo.", encoding="utf-8")
    db = str(tmp_path / "g.duckdb")
    runner = CliRunner()
    assert (
        runner.invoke(main, ["ingest", str(path), "--db", db, "--date", "2016-12-15"]).exit_code
        == 0
    )
    gdelt = runner.invoke(main, ["events", "--db", db, "--format", "gdelt"]).output.splitlines()
    assert gdelt and all(len(line.split("\t")) == 61 for line in gdelt)
    columns = gdelt[0].split("\t")
    assert columns[5] == "TURMIL" and columns[7] == "TUR" and columns[26] == "190"
    plover = json.loads(runner.invoke(main, ["events", "--db", db, "--format", "plover"]).output)
    assert plover["event_type"] == "ASSAULT" and plover["actor2_code"] == "SYRREB"
    out = tmp_path / "e.parquet"
    assert (
        runner.invoke(main, ["events", "--db", db, "--format", "parquet", "-o", str(out)]).exit_code
        == 0
    )
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == 1


def test_bad_option_values_get_a_message_not_a_traceback(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["code", "-", "--date", "yesterday"], input="x")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such database" in result.output


def test_demo_prints_the_example_events():
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "TURMIL" in result.output and "events" in result.output


@pytest.mark.slow
@pytest.mark.skipif(not agnews_available(), reason="needs ../shared/corpus/agnews-dev.jsonl")
def test_a_killed_ingest_resumes_and_stores_every_document_once(tmp_path):
    corpus = tmp_path / "items.jsonl"
    with open(AGNEWS, encoding="utf-8") as fh:
        corpus.write_text("".join(next(fh) for _ in range(300)), encoding="utf-8")
    db = tmp_path / "r.duckdb"
    command = [sys.executable, "-m", "gestae.cli", "ingest", str(corpus), "--db", str(db),
               "--workers", "1"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.5)
        if db.exists():
            try:
                stored = (
                    duckdb.connect(str(db), read_only=True)
                    .execute("SELECT count(*) FROM documents")
                    .fetchone()[0]
                )
            except duckdb.Error:
                continue  # the writer holds the lock
            if stored:
                break
    process.send_signal(signal.SIGKILL)
    process.wait()
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (
        300,
        300,
    )
    duplicates = con.execute(
        "SELECT count(*) FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1)"
    ).fetchone()[0]
    assert duplicates == 0
    assert "already stored" in resumed.stdout and not resumed.stdout.startswith(
        "300 documents stored"
    )
    assert Path(db).stat().st_size > 0
