import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gestae import api
from gestae.analysis import (
    AnalysisError,
    When,
    _Member,
    actor_network,
    build_clusters,
    cluster_events,
    clusters_current,
    dyad_series,
    find_contradictions,
    list_clusters,
    primary,
)
from gestae.cli import main
from gestae.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Six wire reports on the shelling of Afrin and a blog post, ingested in two runs: the
    Reuters report first, though its document date is later than Anadolu's."""
    path = tmp_path_factory.mktemp("analysis") / "wires.duckdb"
    with Store(path) as store:
        api.ingest([str(DATA / "afrin-reuters.jsonl")], store, workers=1)
        api.ingest([str(DATA / "afrin-wires.jsonl")], store, workers=1)
        api.ingest([str(DATA / "blog-afrin.txt")], store, date="2018-01-24", workers=1)
        build_clusters(store)
    return path


def shelling(store):
    rows = list_clusters(store, source="TUR", target="SYR", root="19", date_to="2018-01-31")
    shelled = [c for c in rows if c["mentions"] > 1]
    assert len(shelled) == 1, rows
    return shelled[0]


def test_one_happening_told_three_times_is_one_cluster(db):
    with Store(db, read_only=True) as store:
        cluster = shelling(store)
        assert set(cluster["sources"]) >= {"Anadolu", "Reuters", "SANA"}
        assert {"anadolu-0122", "reuters-0123", "sana-0124"} <= set(cluster["documents"])
        # the earliest document date wins over the earlier ingestion of Reuters
        assert cluster["first_doc_id"] == "anadolu-0122"
        assert cluster["first_source"] == "Anadolu"
        later = list_clusters(store, source="TUR", target="SYR", date_from="2018-02-01")
        assert [c["first_doc_id"] for c in later] == ["reuters-0301"]


def test_same_day_reports_are_ordered_by_ingestion(tmp_path):
    text = "Turkish artillery shelled the YPG near Afrin on Monday."
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    for path, doc_id, source in ((first, "zeta", "Hurriyet"), (second, "alpha", "Sabah")):
        record = {"id": doc_id, "source": source, "date": "2018-01-22", "text": text}
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Store(tmp_path / "tie.duckdb") as store:
        api.ingest([str(first)], store, workers=1)
        api.ingest([str(second)], store, workers=1)
        assert build_clusters(store) == 1
        (cluster,) = list_clusters(store)
        assert cluster["first_doc_id"] == "zeta" and cluster["mentions"] == 2


def test_a_denial_surfaces_as_a_contradiction(db):
    with Store(db, read_only=True) as store:
        found = find_contradictions(store, source="TUR", target="SYR", kinds=["denied"])
        denial = [c for c in found if c["b"]["doc_id"] == "trt-0124"]
        assert denial, found
        assert denial[0]["a"]["doc_id"] == "anadolu-0122"
        assert "denied shelling" in denial[0]["b"]["text"]
        assert denial[0]["cluster_id"] == shelling(store)["cluster_id"]


def test_two_sources_giving_different_days(db):
    with Store(db, read_only=True) as store:
        found = find_contradictions(store, kinds=["dates"])
        said = {(c["a"]["said"], c["b"]["said"]) for c in found}
        assert ("2018-01-22", "2018-01-23") in said


def test_the_authors_dispute_is_a_contradiction(db):
    with Store(db, read_only=True) as store:
        found = find_contradictions(store, kinds=["disputed"])
        assert any("laughable" in (c["b"]["text"] or "") for c in found), found


def test_dates_compare_at_their_precision():
    day = When.parse("2018-01-22", "day")
    assert day.matches(When.parse("2018-01-25", "day"), 3)
    assert not day.matches(When.parse("2018-01-26", "day"), 3)
    assert day.matches(When.parse("2018-01", "month"), 3)
    assert not day.matches(When.parse("2018-02", "month"), 3)
    assert day.matches(When.parse("2018", "year"), 0)
    assert day.matches(When.parse("2018-01-15", "week"), 1)


def member(doc_id, date, place=None, source="TURMIL", target="SYRSEP", root="19"):
    event = {
        "id": doc_id, "doc_id": doc_id, "start": 0, "source": source, "target": target,
        "root": root, "code": root + "0", "place": place, "date": date,
    }  # fmt: skip
    when = When.parse(date, "day")
    return _Member(event, when, when.first, None, doc_id, doc_id)


def test_clusters_keep_dyads_roots_and_places_apart():
    members = [
        member("a", "2018-01-22", "Afrin"),
        member("b", "2018-01-23"),
        member("c", "2018-01-23", "Manbij"),
        member("d", "2018-01-22", root="04"),
        member("e", "2018-01-22", source="SYRSEP", target="TURMIL"),
        member("f", "2018-01-22", source="IGOUNO", target="TUR"),
        member("g", "2018-01-22", source="IGONATO", target="TUR"),
    ]
    groups = sorted(sorted(m.event["doc_id"] for m in c.members) for c in cluster_events(members))
    assert groups == [["a", "b"], ["c"], ["d"], ["e"], ["f"], ["g"]]
    assert primary("TURGOV") == "TUR" and primary("IGOUNO") == "IGOUNO"


def test_dyad_series_and_network(db):
    with Store(db, read_only=True) as store:
        rows = dyad_series(store, "TUR", "SYR", by="day", directed=True)
        days = {r["period"]: r for r in rows}
        assert days["2018-01-22"]["q4"] >= 2
        assert days["2018-01-22"]["goldstein"] < 0
        monthly = dyad_series(store, "TUR", "SYR", by="month")
        assert sum(r["events"] for r in monthly) == sum(r["events"] for r in rows)
        with pytest.raises(AnalysisError, match="--by"):
            dyad_series(store, "TUR", "SYR", by="decade")
        graph = actor_network(store)
        assert graph["TUR"]["SYR"]["relation"] == "conflict"
        assert graph["TUR"]["SYR"]["weight"] >= 3
        assert graph["RUS"]["TUR"]["relation"] == "cooperation"


def test_the_commands(db, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["clusters", "--db", str(db), "--source", "TUR"])
    assert result.exit_code == 0, result.output
    assert "anadolu-0122" in result.output
    with Store(db, read_only=True) as store:
        assert clusters_current(store)  # listing did not need to rebuild
    result = runner.invoke(main, ["contradictions", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    kinds = {json.loads(line)["kind"] for line in result.output.splitlines() if line}
    assert {"denied", "dates", "disputed"} <= kinds

    png, table = tmp_path / "dyad.png", tmp_path / "dyad.csv"
    args = ["dyad", "TUR", "SYR", "--db", str(db), "--plot", str(png), "--csv", str(table)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert table.read_text().startswith("period,q1,q2,q3,q4,events,goldstein\n2018-01-22,")

    graphml, drawing = tmp_path / "net.graphml", tmp_path / "net.png"
    args = ["network", "--db", str(db), "--format", "graphml", "-o", str(graphml)]
    result = runner.invoke(main, [*args, "--plot", str(drawing)])
    assert result.exit_code == 0, result.output
    import networkx as nx

    assert nx.read_graphml(graphml).has_edge("TUR", "SYR")
    assert drawing.read_bytes()[:4] == b"\x89PNG"


def test_bad_input_is_named(tmp_path, db):
    runner = CliRunner()
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(main, ["dyad", "TUR", "SYR", "--db", str(missing)])
    assert result.exit_code == 2 and str(missing) in result.output
    result = runner.invoke(main, ["clusters", "--db", str(db), "--root", "shell"])
    assert result.exit_code == 2 and "'shell'" in result.output
    result = runner.invoke(main, ["clusters", "--db", str(db), "--from", "22/01/2018"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_clusters_are_rebuilt_when_the_events_change(tmp_path):
    with Store(tmp_path / "grow.duckdb") as store:
        api.ingest([str(DATA / "afrin-reuters.jsonl")], store, workers=1)
        build_clusters(store)
        assert clusters_current(store)
        api.ingest([str(DATA / "afrin-wires.jsonl")], store, workers=1)
        assert not clusters_current(store)
        with pytest.raises(AnalysisError, match="window"):
            build_clusters(store, window=-1)
