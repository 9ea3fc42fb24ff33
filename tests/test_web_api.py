"""The JSON API of ``gestae serve`` on a small store that gestae itself builds."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

import gestae
from gestae.web.app import create_app

SCRIPT = "<script>alert(1)</script>"

# Short texts written for these tests; each gives gestae a few events to code.
DOCUMENTS = [
    {
        "id": "web-1",
        "title": "Turkey condemns Russia",
        "date": "2016-12-12",
        "source": "test wire",
        "text": "Turkey condemned Russia on Monday. Russian warplanes bombed rebel positions near "
        "Aleppo. The United Nations urged Russia and Turkey to negotiate a ceasefire.",
    },
    {
        "id": "web-2",
        "title": "An agreement on Aleppo",
        "date": "2016-12-20",
        "text": "Russia and Turkey signed an agreement on the evacuation of Aleppo. Iran "
        "criticized Turkey. The Syrian army attacked rebels in Aleppo.",
    },
    {
        "id": "web-script",
        "title": f"Hostile {SCRIPT} title",
        "date": "2017-01-05",
        "text": f"{SCRIPT} France accused Russia of war crimes. Germany praised Turkey for its "
        "mediation.",
    },
    {
        "id": "web-4",
        "title": "Putin meets Erdogan",
        "date": "2017-02-10",
        "text": "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in "
        "Moscow. Turkey threatened Syria with military action.",
    },
    {
        "id": "web-quiet",
        "title": "Weather",
        "date": "2017-02-11",
        "text": "It rained in the morning and the sun came out later.",
    },
]

# Where the events of a document happened, as the geocoding stage would record it.
PLACES = {
    "web-1": ("Aleppo", 36.202, 37.134),
    "web-2": ("Aleppo", 36.202, 37.134),
    "web-4": ("Moscow", 55.756, 37.617),
}


def build_store(folder: Path) -> Path:
    """A gestae database of ``DOCUMENTS``, made by ``gestae.ingest``; then places and one
    attribution are filled in as the later stages would (they may not be installed here)."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "docs.jsonl"
    source.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), encoding="utf-8")
    path = folder / "web.duckdb"
    with gestae.Store(path) as store:
        report = gestae.ingest([str(source)], store, workers=1)
        assert report.stored == len(DOCUMENTS) and not report.problems
    con = duckdb.connect(str(path))
    try:
        for doc_id, (place, lat, lon) in PLACES.items():
            con.execute(
                "UPDATE events SET place = ?, lat = ?, lon = ? WHERE doc_id = ? AND lat IS NULL",
                [place, lat, lon, doc_id],
            )
        con.execute(
            "UPDATE events SET attribution = ?, voice = 'reported', stance = 'reports', "
            "stance_evidence = 'urged' WHERE doc_id = 'web-1' AND source = 'IGOUNO'",
            [json.dumps([{"who": "the author", "code": None, "kind": "author"},
                         {"who": "test wire", "code": None, "kind": "outlet"}])],
        )  # fmt: skip
    finally:
        con.close()
    return path


def add_analysis_tables(path: Path) -> dict:
    """Clusters and a contradiction, in the shape the analysis stage writes them."""
    con = duckdb.connect(str(path))
    try:
        ids = dict(
            con.execute(
                "SELECT doc_id || ':' || source || ':' || target, id FROM events"
            ).fetchall()
        )
        a, b = ids["web-1:TUR:RUS"], ids["web-2:IRN:TUR"]
        signed = ids["web-2:RUS:TUR"]
        consult = ids["web-4:RUSGOV:TURGOV"]
        con.execute("CREATE TABLE clusters (cluster_id INTEGER, size INTEGER, label VARCHAR)")
        con.execute("INSERT INTO clusters VALUES (1, 2, 'Russia and Turkey meet')")
        con.execute("CREATE TABLE cluster_members (cluster_id INTEGER, event_id VARCHAR)")
        con.execute("INSERT INTO cluster_members VALUES (1, ?), (1, ?)", [signed, consult])
        con.execute(
            "CREATE TABLE contradictions (event_id_a VARCHAR, event_id_b VARCHAR, reason VARCHAR)"
        )
        con.execute("INSERT INTO contradictions VALUES (?, ?, 'opposite stance')", [a, b])
    finally:
        con.close()
    return {"signed": signed, "consult": consult, "a": a, "b": b}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web"))


@contextmanager
def serving(path: Path, base_url: str = "http://testserver", **options) -> Iterator[TestClient]:
    """A test client of the app over ``path``; the database is closed afterwards."""
    app = create_app(path, **options)
    try:
        with TestClient(app, base_url=base_url, raise_server_exceptions=False) as c:
            yield c
    finally:
        app.state.db.close()


@pytest.fixture(scope="module")
def client(db_path) -> Iterator[TestClient]:
    with serving(db_path) as c:
        yield c


def all_events(db_path: Path) -> list[dict]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        cursor = con.execute("SELECT * FROM events")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


# -- the page ---------------------------------------------------------------------------------
def test_page_is_served_with_a_strict_content_security_policy(client):
    response = client.get("/")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script>" not in response.text  # scripts are files, never inline
    assert '<script defer src="/static/js/app.js"></script>' in response.text
    for asset in ("/static/js/core.js", "/static/style.css", "/static/js/map.js"):
        assert client.get(asset).status_code == 200, asset
    world = client.get("/static/vendor/world-atlas/countries-110m.json").json()
    assert len(world["objects"]["countries"]["geometries"]) > 150
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/docs").status_code == 404  # the CDN-backed docs page is off


# -- events -----------------------------------------------------------------------------------
def test_summary_counts_what_is_stored(client, db_path):
    events = all_events(db_path)
    data = client.get("/api/summary").json()
    assert data["documents"] == len(DOCUMENTS)
    assert data["events"] == len(events)
    assert data["located_events"] == sum(e["lat"] is not None for e in events)
    assert data["date_min"] == min(e["date"] for e in events)
    assert data["features"] == {"clusters": False, "contradictions": False}
    assert {r["root"] for r in data["roots"]} == {f"{n:02d}" for n in range(1, 21)}


def test_events_filters_match_the_stored_events(client, db_path):
    events = all_events(db_path)
    assert client.get("/api/events").json()["total"] == len(events)

    def ids(**params) -> set[str]:
        data = client.get("/api/events", params={**params, "limit": 1000}).json()
        assert data["total"] == len(data["events"])
        return {e["id"] for e in data["events"]}

    assert ids(source="RUS") == {e["id"] for e in events if e["source"].startswith("RUS")}
    assert ids(source="rus") == ids(source="RUS")
    assert ids(target="TUR", root="11") == {
        e["id"] for e in events if e["target"].startswith("TUR") and e["root"] == "11"
    }
    assert ids(actor="SYR") == {
        e["id"] for e in events if "SYR" in (e["source"][:3], e["target"][:3])
    }
    assert ids(quad_class=4) == {e["id"] for e in events if e["quad_class"] == 4}
    assert ids(date_from="2016-12-13", date_to="2017-01-31") == {
        e["id"] for e in events if "2016-12-13" <= e["date"] <= "2017-01-31"
    }
    assert ids(date_to="2016-12") == {e["id"] for e in events if e["date"] < "2017"}
    assert ids(place="alepp") == {
        e["id"] for e in events
        if "alepp" in " ".join(str(e[k] or "") for k in ("place", "place_text", "country",
                                                         "admin1")).lower()
    }  # fmt: skip
    assert ids(q="WAR CRIMES") == {e["id"] for e in events if "war crimes" in e["text"]}
    assert ids(doc_id="web-4") == {e["id"] for e in events if e["doc_id"] == "web-4"}
    assert ids(located=True) == {e["id"] for e in events if e["lat"] is not None}
    assert ids(located=False) == {e["id"] for e in events if e["lat"] is None}
    assert ids(lat_min=50, lat_max=60, lon_min=30, lon_max=40) == {
        e["id"] for e in events
        if e["lat"] is not None and 50 <= e["lat"] <= 60 and 30 <= e["lon"] <= 40
    }  # fmt: skip
    assert ids(q="100%_") == set()  # no wildcards from user input


def test_events_sort_and_page(client, db_path):
    n = len(all_events(db_path))
    desc = client.get("/api/events", params={"sort": "goldstein", "order": "desc", "limit": 1000})
    scores = [e["goldstein"] for e in desc.json()["events"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == n
    pages = []
    for offset in range(0, n, 3):
        page = client.get("/api/events", params={"sort": "date", "limit": 3, "offset": offset})
        assert page.json()["total"] == n
        pages.extend(e["id"] for e in page.json()["events"])
    assert len(pages) == len(set(pages)) == n
    dates = [e["date"] for e in client.get("/api/events", params={"limit": 1000}).json()["events"]]
    assert dates == sorted(dates)


def test_event_detail_marks_sentence_source_and_target(client, db_path):
    event = next(e for e in all_events(db_path) if e["source"] == "RUSMIL")
    data = client.get(f"/api/events/{event['id']}").json()
    document = gestae.Store(db_path, read_only=True)
    try:
        text = document.document(event["doc_id"])["text"]
    finally:
        document.close()
    assert "".join(s["text"] for s in data["segments"]) == text
    marked = {m: "".join(s["text"] for s in data["segments"] if m in s["marks"]) for m in
              ("source", "target", "evidence", "sentence")}  # fmt: skip
    assert marked["source"] == event["source_text"] == "Russian warplanes"
    assert marked["target"] == event["target_text"]
    assert marked["evidence"] == text[event["start"] : event["end"]]
    sentence = data["sentence"]
    assert marked["sentence"] == text[sentence["start"] : sentence["end"]]
    assert event["source_text"] in marked["sentence"]
    assert data["cameo"]["name"] == event["event_name"]
    assert data["cameo"]["goldstein"] == event["goldstein"]
    assert data["cameo"]["root_name"] == "Fight"
    assert data["source_label"] == "Russia MIL"
    assert data["document"]["doc_id"] == event["doc_id"] and "text" not in data["document"]
    assert data["cluster"] is None and data["contradictions"] is None


def test_event_attribution_is_passed_on(client, db_path):
    event = next(e for e in all_events(db_path) if e["source"] == "IGOUNO")
    data = client.get(f"/api/events/{event['id']}").json()["event"]
    assert data["attribution"][1] == {"who": "test wire", "code": None, "kind": "outlet"}
    assert (data["voice"], data["stance"]) == ("reported", "reports")


def test_unknown_event_and_document_are_404_with_a_message(client):
    response = client.get("/api/events/nope")
    assert response.status_code == 404 and "nope" in response.json()["detail"]
    assert client.get("/api/documents/nope").status_code == 404


def test_document_with_markup_comes_back_as_text(client):
    data = client.get("/api/documents/web-script").json()
    text = "".join(s["text"] for s in data["segments"])
    assert text.startswith(SCRIPT)
    assert data["document"]["title"] == f"Hostile {SCRIPT} title"
    marked = [s for s in data["segments"] if s["marks"]]
    assert {m for s in marked for m in s["marks"]} == {e["id"] for e in data["events"]}


def test_documents_list_with_event_counts(client, db_path):
    events = all_events(db_path)
    data = client.get("/api/documents", params={"sort": "n_events", "order": "desc"}).json()
    assert data["total"] == len(DOCUMENTS)
    counts = {d["doc_id"]: d["n_events"] for d in data["documents"]}
    for doc in DOCUMENTS:
        assert counts[doc["id"]] == sum(e["doc_id"] == doc["id"] for e in events)
    assert counts["web-quiet"] == 0
    assert [d["n_events"] for d in data["documents"]] == sorted(counts.values(), reverse=True)
    found = client.get("/api/documents", params={"q": "ALEPPO"}).json()["documents"]
    assert [d["doc_id"] for d in found] == ["web-2"]


def test_export_is_the_filtered_view(client, db_path):
    events = all_events(db_path)
    wanted = {e["id"] for e in events if e["target"].startswith("TUR")}
    response = client.get("/api/events/export", params={"format": "csv", "target": "TUR"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["id"] for r in rows} == wanted
    assert set(rows[0]) >= {"source_text", "rule", "goldstein", "attribution"}
    lines = client.get("/api/events/export", params={"format": "jsonl", "target": "TUR"}).text
    records = [json.loads(line) for line in lines.splitlines()]
    assert {r["id"] for r in records} == wanted
    assert any(isinstance(r["attribution"], list) for r in records)


# -- aggregates -------------------------------------------------------------------------------
def test_timeline_counts_a_dyad_by_quad_class(client, db_path):
    events = all_events(db_path)
    dyad = [
        e for e in events
        if {e["source"][:3], e["target"][:3]} == {"RUS", "TUR"}
    ]  # fmt: skip
    data = client.get(
        "/api/timeline", params={"source": "RUS", "target": "TUR", "interval": "month"}
    ).json()
    by_month = {p["period"][:7]: p for p in data["series"]}
    assert sum(p["events"] for p in data["series"]) == len(dyad)
    for month in {e["date"][:7] for e in dyad}:
        mine = [e for e in dyad if e["date"].startswith(month)]
        point = by_month[month]
        assert point["events"] == len(mine)
        for q in (1, 2, 3, 4):
            assert point[f"q{q}"] == sum(e["quad_class"] == q for e in mine)
        assert point["goldstein"] == pytest.approx(sum(e["goldstein"] for e in mine))
    one_way = client.get(
        "/api/timeline",
        params={"source": "RUS", "target": "TUR", "both_directions": False, "interval": "year"},
    ).json()
    assert sum(p["events"] for p in one_way["series"]) == sum(
        e["source"].startswith("RUS") and e["target"].startswith("TUR") for e in events
    )


def test_network_and_dyads(client, db_path):
    events = all_events(db_path)
    data = client.get("/api/network", params={"level": "country"}).json()
    nodes = {n["id"]: n for n in data["nodes"]}
    assert {"RUS", "TUR", "SYR"} <= set(nodes)
    assert nodes["TUR"]["label"] == "Turkey"
    assert sum(e["events"] for e in data["edges"]) == len(events)
    assert nodes["RUS"]["events"] == sum(e["source"][:3] == "RUS" for e in events) + sum(
        e["target"][:3] == "RUS" for e in events
    )
    small = client.get("/api/network", params={"max_nodes": 2}).json()
    assert len(small["nodes"]) == 2
    assert all(e["source"] in {n["id"] for n in small["nodes"]} for e in small["edges"])
    dyads = client.get("/api/dyads", params={"level": "country", "limit": 1}).json()["dyads"]
    assert (dyads[0]["source"], dyads[0]["target"]) in {("RUS", "TUR"), ("TUR", "RUS")}
    actors = client.get("/api/actors", params={"match": "tur"}).json()["actors"]
    assert actors and all("TUR" in a["actor"] for a in actors)


def test_map_groups_located_events(client, db_path):
    events = all_events(db_path)
    data = client.get("/api/map").json()
    located = [e for e in events if e["lat"] is not None]
    expected: dict[tuple, int] = {}
    for e in located:
        key = (round(e["lat"], 3), round(e["lon"], 3))
        expected[key] = expected.get(key, 0) + 1
    assert {(p["lat"], p["lon"]): p["events"] for p in data["points"]} == expected
    assert {"Aleppo", "Moscow"} <= {p["place"] for p in data["points"]}
    assert data["located_events"] == sum(e["lat"] is not None for e in events)
    assert client.get("/api/map", params={"actor": "IRN", "quad_class": 4}).json()["points"] == []


# -- the analysis tables, when present ----------------------------------------------------------
def test_event_shows_cluster_and_contradictions_when_the_tables_exist(db_path, tmp_path):
    copy = tmp_path / "analysed.duckdb"
    shutil.copy(db_path, copy)
    ids = add_analysis_tables(copy)
    with serving(copy) as c:
        assert c.get("/api/summary").json()["features"] == {
            "clusters": True,
            "contradictions": True,
        }
        data = c.get(f"/api/events/{ids['signed']}").json()
        assert data["cluster"]["cluster_id"] == 1
        assert data["cluster"]["cluster"]["label"] == "Russia and Turkey meet"
        assert [m["id"] for m in data["cluster"]["members"]] == [ids["consult"]]
        assert data["contradictions"] == []
        data = c.get(f"/api/events/{ids['a']}").json()
        assert data["cluster"] == {"cluster_id": None, "cluster": None, "members": []}
        (item,) = data["contradictions"]
        assert item["reason"] == "opposite stance"
        assert [e["id"] for e in item["other_events"]] == [ids["b"]]


# -- safety -----------------------------------------------------------------------------------
def test_database_is_opened_read_only(client, db_path):
    con = client.app.state.db.con
    with pytest.raises(duckdb.Error):
        con.cursor().execute("DELETE FROM events")
    assert client.get("/api/summary").json()["events"] == len(all_events(db_path))


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"date_from": "2016-13-01"}, "date_from"),
        ({"date_to": "2016-02-30"}, "date_to"),
        ({"date_from": "12/15/2016"}, "date_from"),
        ({"date_from": "2017-01-01", "date_to": "2016-01-01"}, "date_to"),
        ({"root": "25"}, "root"),
        ({"root": "x"}, "root"),
        ({"quad_class": "5"}, "quad_class"),
        ({"sort": "id; DROP TABLE events"}, "sort"),
        ({"order": "sideways"}, "order"),
        ({"limit": "0"}, "limit"),
        ({"limit": str(10**30)}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"source": "' OR 1=1 --"}, "source"),
        ({"q": "x" * 1000}, "q"),
        ({"lat_min": "nan"}, "lat_min"),
        ({"located": "maybe"}, "located"),
    ],
)
def test_bad_values_get_422_naming_the_parameter(client, params, name):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422, response.text
    assert name in json.dumps(response.json()["detail"])


def test_token_is_required_on_every_request_when_set(db_path):
    with serving(db_path, token="s3cret") as c:
        for path in ("/", "/api/summary", "/openapi.json", "/static/js/core.js"):
            response = c.get(path)
            assert response.status_code == 401, path
            assert "token" in response.json()["detail"]
            assert "script-src 'self'" in response.headers["content-security-policy"]
        assert c.get("/api/summary", params={"token": "wrong"}).status_code == 401
        assert c.get("/api/summary", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/summary", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/api/summary", params={"token": "s3cret"}).status_code == 200
        page = c.get("/", params={"token": "s3cret"}).text
        # the page's own scripts and styles carry the token too
        assert 'src="/static/js/app.js?token=s3cret"' in page
        assert c.get("/static/js/core.js?token=s3cret").status_code == 200


def test_other_host_headers_are_refused_on_localhost(db_path):
    hosts = ["127.0.0.1", "localhost"]
    with serving(db_path, "http://127.0.0.1:8000", allowed_hosts=hosts) as c:
        assert c.get("/api/summary").status_code == 200
        assert c.get("/api/summary", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/summary", headers={"Host": "evil.example"}).status_code == 400


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such database"):
        create_app(tmp_path / "absent.duckdb")
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(ValueError, match="not a gestae database"):
        create_app(other)


# -- hostile values everywhere ------------------------------------------------------------------
HOSTILE = [
    "' OR '1'='1", "1; DROP TABLE events; --", SCRIPT, "9" * 40, "-99999999999", "1e309",
    "NaN", "2016-13-45", "../../etc/passwd", "\x00", "ünïcødé 日本語 😀", "", "a" * 5000,
]  # fmt: skip
# Sent as they are: bytes that are not UTF-8 (a lone surrogate, a stray 0xFF), a bare '%'.
RAW = ["%ED%A0%80", "%FF", "%"]


# Every operation of the API; test_every_operation_is_in_the_hostile_list keeps this complete.
OPERATIONS = [
    "/api/summary", "/api/events", "/api/events/export", "/api/events/{event_id}",
    "/api/timeline", "/api/dyads", "/api/actors", "/api/network", "/api/map", "/api/documents",
    "/api/documents/{doc_id}",
]  # fmt: skip


def test_every_operation_is_in_the_hostile_list(client):
    assert set(client.get("/openapi.json").json()["paths"]) == set(OPERATIONS)


@pytest.mark.parametrize("path", OPERATIONS)
def test_hostile_values_for_every_parameter_never_give_5xx(client, db_path, path):
    operation = client.get("/openapi.json").json()["paths"][path]["get"]
    samples = {"event_id": all_events(db_path)[0]["id"], "doc_id": "web-1"}
    params = operation.get("parameters", [])
    path_params = [p["name"] for p in params if p["in"] == "path"]
    base = path
    for name in path_params:
        base = base.replace("{" + name + "}", samples[name])
    failures = []
    for param in params:
        for value in [quote(v, safe="") for v in HOSTILE] + RAW:
            if param["in"] == "path":
                url = path.replace("{" + param["name"] + "}", value)
                for name in path_params:
                    url = url.replace("{" + name + "}", samples[name])
            else:
                url = f"{base}?{param['name']}={value}"
            response = client.get(url)
            if response.status_code >= 500:
                failures.append((param["name"], value[:40], response.text))
            elif response.status_code >= 400:
                assert response.json()["detail"], url  # every refusal says why
    assert not failures, failures[:5]


@pytest.mark.parametrize("path", OPERATIONS)
def test_schemathesis_generated_requests_never_give_5xx(client, path):
    """Requests that fit the spec and requests that do not, generated by schemathesis."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from schemathesis.generation.modes import GenerationMode

    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path != path:
            continue
        modes = [GenerationMode.POSITIVE]
        if operation.query or operation.path_parameters:
            modes.append(GenerationMode.NEGATIVE)  # nothing to get wrong without parameters
        for mode in modes:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck),
                      database=None)  # fmt: skip
            def check(case) -> None:
                response = case.call()
                if response.status_code >= 500:
                    failures.append((case.path, case.path_parameters, case.query))

            check()
    assert not failures, failures[:5]


# -- the command ------------------------------------------------------------------------------
def test_serve_refuses_other_hosts_without_a_token(db_path, monkeypatch):
    from click.testing import CliRunner

    from gestae.cli import main

    monkeypatch.delenv("GESTAE_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(db_path), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.output and "0.0.0.0" in result.output
    # with a token (here from the environment) the host is accepted; the missing file is not
    monkeypatch.setenv("GESTAE_TOKEN", "t")
    result = CliRunner().invoke(main, ["serve", "--db", "absent.duckdb", "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "absent.duckdb: no such database" in result.output


def test_serve_command_serves_the_database(db_path):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "gestae.cli", "serve", "--db", str(db_path),
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line, line + process.stderr.read()
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary") as response:
                    summary = json.load(response)
                break
            except OSError:
                assert time.monotonic() < deadline, "gestae serve did not answer"
                time.sleep(0.1)
        assert summary["documents"] == len(DOCUMENTS)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/summary", headers={"Host": "attacker.example"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code == 400
    finally:
        process.terminate()
        process.wait(timeout=10)
