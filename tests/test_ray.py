"""The Ray engine codes exactly what the local engine codes.

The comparison runs a real local Ray (2 CPUs, no dashboard, no usage stats) on a few hundred
AG News items plus the bundled example, a malformed line and a duplicate id.
"""

import json
import os
from pathlib import Path

import duckdb
import pytest

from gestae import api
from gestae.engines import ray_engine
from gestae.ingest import Document, read_path
from gestae.pipeline import process
from gestae.store import Store

from .conftest import AGNEWS, agnews_available

TABLES = {
    "events": "*",
    "sentences": "*",
    "actor_mentions": "*",
    "documents": "doc_id, title, date, url, source, path, content_hash, n_chars, n_sentences, "
    "n_events, text",
}


def table_rows(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT {c} FROM {t}").fetchall())) for t, c in
                TABLES.items()}  # fmt: skip
    finally:
        con.close()


def write_feed(path: Path, n_agnews: int) -> Path:
    lines = []
    if agnews_available():
        with open(AGNEWS, encoding="utf-8") as fh:
            lines = [next(fh) for _ in range(n_agnews)]
    example = Path(api.example_path()).read_text(encoding="utf-8")
    lines.append(json.dumps({"id": "example", "text": example, "date": api.EXAMPLE_DATE}) + "\n")
    lines.append("{oops\n")
    lines.append(json.dumps({"id": "example", "text": "A second text with the same id."}) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


# -- without a Ray runtime ---------------------------------------------------------------------
def test_a_record_round_trips_to_the_same_result(nlp):
    example = Path(api.example_path()).read_text(encoding="utf-8")
    result = next(process([Document(id="ex", text=example, date=api.EXAMPLE_DATE)]))
    assert result.events
    again = ray_engine.from_record(ray_engine.to_record(result))
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in result.events]
    assert again.sentences == result.sentences and again.mentions == result.mentions
    assert again.document.content_hash == result.document.content_hash


def test_files_are_read_as_gestae_ingest_reads_them(tmp_path):
    feed = write_feed(tmp_path / "feed.jsonl", 3)
    local = [repr(x) for x in read_path(feed)]
    remote = [repr(x) for x in ray_engine.read_file(str(feed), feed.read_bytes(), None)]
    assert remote == local and "malformed JSON" in "".join(remote)
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n')
    assert [repr(x) for x in ray_engine.read_file(str(bad), bad.read_bytes(), None)] == [
        repr(x) for x in read_path(bad)
    ]


def test_inputs_are_listed_with_the_refusals_gestae_ingest_gives(tmp_path):
    (tmp_path / "a.txt").write_text("Russia criticized Turkey.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Skipped.", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 100, encoding="utf-8")
    files, stdin, problems = ray_engine.list_inputs(
        [str(tmp_path), str(tmp_path / "missing.txt"), "-"], max_bytes=50
    )
    assert sorted(Path(p).name for p in files) == ["a.txt"] and stdin
    assert {(Path(p.input).name, p.reason.split()[-1]) for p in problems} == {
        ("big.txt", "(--max-bytes)"),
        ("missing.txt", "folder"),
    }


# -- on a local Ray ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def local_ray():
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_ray_stores_exactly_what_the_local_engine_stores(tmp_path, local_ray, nlp):
    feed = write_feed(tmp_path / "feed.jsonl", 200)
    with Store(tmp_path / "local.duckdb") as store:
        local = api.ingest([str(feed)], store, workers=1)
    with Store(tmp_path / "ray.duckdb") as store:
        remote = ray_engine.ingest_ray([str(feed)], store, workers=2)
    assert (remote.stored, remote.skipped, remote.events) == (
        local.stored,
        local.skipped,
        local.events,
    )
    assert sorted(map(str, remote.problems)) == sorted(map(str, local.problems))
    assert local.events > 0 and len(local.problems) == 2  # the malformed line, the duplicate
    assert table_rows(tmp_path / "ray.duckdb") == table_rows(tmp_path / "local.duckdb")

    # --out: the same records as Parquet shards, which load into the same events.
    shards = tmp_path / "shards"
    written = ray_engine.ingest_ray([str(feed)], out=str(shards), workers=2)
    assert written.stored == local.stored + 1  # the duplicate id is only refused on loading
    assert list(shards.glob("*.parquet"))
    with Store(tmp_path / "loaded.duckdb") as store:
        loaded = ray_engine.load_shards(shards, store)
    assert loaded.stored == local.stored
    assert (
        table_rows(tmp_path / "loaded.duckdb")["events"]
        == table_rows(tmp_path / "local.duckdb")["events"]
    )


def test_ray_options_need_the_ray_engine(tmp_path):
    from click.testing import CliRunner

    from gestae.cli import main

    text = tmp_path / "t.txt"
    text.write_text("Russia criticized Turkey.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(text), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--out needs --engine ray" in result.output
    assert not (tmp_path / "o").exists()
