"""How fast ``gestae serve`` answers on 100,000 events: each API call and each view in a browser.

    .venv/bin/python benchmarks/web_latency.py                 # builds /tmp/gestae-web-100k.duckdb
    .venv/bin/python benchmarks/web_latency.py --db my.duckdb  # reuses it if big enough

The database: the 7,400 AG News items of ``../shared/corpus/agnews-dev.jsonl`` are ingested once
by gestae (each given a date in 2004-2005, so the timeline has a spread), plus the bundled
example. The events that gives are far fewer than 100,000, so the rest are synthesized by SQL:
the real event rows are copied with new ids, each copy in a copy of its document (new
``doc_id``, same text and sentences) and its day-precise dates shifted by a week per copy, until
there are at least ``--events`` events. Everything else (actors, codes, places, text) is real.

The server is the real one (uvicorn on a free 127.0.0.1 port); each call is timed over HTTP,
median and slowest of ``--repeat`` runs after one warm-up. With /usr/bin/chromium present, each
view is also loaded in headless Chromium and timed until its content shows. Target: < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import httpx
import uvicorn

import gestae
from gestae.events import EVENT_FIELDS
from gestae.store import DOCUMENT_COLUMNS
from gestae.web.app import create_app

REPO = Path(__file__).resolve().parents[1]
AGNEWS = REPO.parent / "shared" / "corpus" / "agnews-dev.jsonl"
DEFAULT_DB = Path(tempfile.gettempdir()) / "gestae-web-100k.duckdb"
TARGET_MS = 300
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


# -- the database ------------------------------------------------------------------------------
def count_events(path: Path) -> int:
    if not path.exists():
        return 0
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


def ingest_agnews(path: Path, workers: int) -> None:
    """The real part: gestae codes AG News (dated) and the bundled example."""
    with tempfile.TemporaryDirectory() as tmp:
        dated = Path(tmp) / "agnews-dated.jsonl"
        with AGNEWS.open(encoding="utf-8") as src, dated.open("w", encoding="utf-8") as out:
            for n, line in enumerate(src):
                item = json.loads(line)
                item["date"] = (dt.date(2004, 1, 1) + dt.timedelta(days=(n * 37) % 730)).isoformat()
                out.write(json.dumps(item) + "\n")
        with gestae.Store(path) as store:
            started = time.perf_counter()
            report = gestae.ingest([str(dated)], store, workers=workers)
            gestae.ingest([gestae.example_path()], store, date="2016-12-15", workers=1)
            print(
                f"ingested {report.stored} AG News documents, {report.events} events "
                f"in {time.perf_counter() - started:.0f} s"
            )


def synthesize(path: Path, wanted: int) -> None:
    """Copy the real event rows (with their documents and sentences) until there are enough."""
    con = duckdb.connect(str(path))
    try:
        real = con.execute("SELECT count(*) FROM events WHERE id NOT LIKE '%~%'").fetchone()[0]
        if real == 0:
            raise SystemExit("no events were coded: nothing to copy")
        copies = max(0, math.ceil(wanted / real) - 1)
        shifted = (
            "CASE WHEN length(date) = 10 THEN strftime(CAST(date AS DATE) + "
            "to_days(CAST(7 * c AS INTEGER)), '%Y-%m-%d') ELSE date END"
        )
        overrides = {"id": "id || '~' || c", "doc_id": "doc_id || '~' || c", "date": shifted}
        select = ", ".join(overrides.get(f, f'"{f}"') for f in EVENT_FIELDS)
        columns = ", ".join(f'"{f}"' for f in EVENT_FIELDS)
        con.execute("BEGIN TRANSACTION")  # all the copies or none
        con.execute("DELETE FROM events WHERE id LIKE '%~%'")
        con.execute("DELETE FROM documents WHERE doc_id LIKE '%~%'")
        con.execute("DELETE FROM sentences WHERE doc_id LIKE '%~%'")
        con.execute(
            f"INSERT INTO events ({columns}) SELECT {select} FROM events, "
            f"range(1, {copies + 1}) AS t(c)"
        )
        doc_columns = ", ".join(f'"{c}"' for c in DOCUMENT_COLUMNS)
        doc_select = ", ".join(
            "doc_id || '~' || c" if c == "doc_id" else f'"{c}"' for c in DOCUMENT_COLUMNS
        )
        con.execute(
            f"INSERT INTO documents ({doc_columns}) SELECT {doc_select} FROM documents, "
            f"range(1, {copies + 1}) AS t(c) WHERE n_events > 0 AND doc_id NOT LIKE '%~%'"
        )
        con.execute(
            "INSERT INTO sentences SELECT s.doc_id || '~' || c, s.sentence_index, s.start, "
            's."end", s.text FROM sentences s JOIN documents d USING (doc_id), range(1, '
            f"{copies + 1}) AS t(c) WHERE d.n_events > 0 AND s.doc_id NOT LIKE '%~%'"
        )
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        total = con.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"{real} real events copied {copies} times: {total} events")
    finally:
        con.close()


def ensure_database(path: Path, wanted: int, workers: int) -> None:
    have = count_events(path)
    if have >= wanted:
        print(f"reusing {path}: {have} events")
        return
    if not path.exists() or have == 0:
        if not AGNEWS.exists():
            raise SystemExit(f"{AGNEWS}: not found (needed to build the database)")
        ingest_agnews(path, workers)
    synthesize(path, wanted)


# -- timing ------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(path: Path) -> tuple[uvicorn.Server, str]:
    port = free_port()
    app = create_app(path)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def sample_ids(path: Path) -> dict[str, str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        event_id, doc_id = con.execute(
            "SELECT id, doc_id FROM events ORDER BY id LIMIT 1 OFFSET 5000"
        ).fetchone()
        (source, target), *_ = con.execute(
            "SELECT left(source, 3), left(target, 3) FROM events WHERE left(source, 3) <> "
            "left(target, 3) GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"
        ).fetchall()
        return {"event": event_id, "doc": doc_id, "source": source, "target": target}
    finally:
        con.close()


def api_calls(ids: dict[str, str]) -> list[tuple[str, str, dict]]:
    dyad = {"source": ids["source"], "target": ids["target"]}
    return [
        ("summary", "/api/summary", {}),
        ("events, first page", "/api/events", {}),
        ("events, sorted, page 1000", "/api/events",
         {"sort": "goldstein", "order": "desc", "offset": 50_000}),
        ("events, filtered", "/api/events",
         {"source": ids["source"], "root": "04", "date_from": "2004-06-01", "date_to": "2006"}),
        ("events, text search", "/api/events", {"q": "talks"}),
        ("events, place", "/api/events", {"place": "iraq"}),
        ("one event", f"/api/events/{ids['event']}", {}),
        ("timeline, dyad by month", "/api/timeline", {**dyad, "interval": "month"}),
        ("timeline, all by week", "/api/timeline", {"interval": "week"}),
        ("dyads", "/api/dyads", {}),
        ("actors", "/api/actors", {"limit": 300}),
        ("network, 40 actors", "/api/network", {}),
        ("network, 150 by country", "/api/network", {"max_nodes": 150, "level": "country"}),
        ("map", "/api/map", {}),
        ("documents", "/api/documents", {"sort": "n_events", "order": "desc"}),
        ("one document", f"/api/documents/{ids['doc']}", {}),
        ("export CSV, one actor", "/api/events/export", {"format": "csv", **dyad}),
    ]  # fmt: skip


def time_api(base: str, calls, repeat: int) -> list[tuple[str, float, float, int]]:
    results = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, path, params in calls:
            client.get(path, params=params).raise_for_status()  # warm-up
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                response = client.get(path, params=params)
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            results.append((name, statistics.median(times), max(times), len(response.content)))
    return results


def time_page_assets(base: str, repeat: int) -> tuple[float, float]:
    """The page without a browser: the HTML, every script and style it names, the summary."""
    import re

    times = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(repeat + 1):
            started = time.perf_counter()
            html = client.get("/").text
            for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
                client.get(asset).raise_for_status()
            client.get("/api/summary").raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
    times = times[1:]
    return statistics.median(times), max(times)


def time_browser(base: str, ids: dict[str, str], repeat: int) -> list[tuple[str, float, float]]:
    from playwright.sync_api import sync_playwright

    views = [
        ("events", "#/events", "#events-table tbody tr"),
        ("events, filtered", f"#/events?source={ids['source']}&q=talks", "#events-count"),
        ("event", f"#/event/{ids['event']}", "#evidence .document-text"),
        ("timeline", f"#/timeline?source={ids['source']}&target={ids['target']}",
         "#timeline-status"),
        ("network", "#/network", "#network-svg .node"),
        ("map", "#/map", "#map-svg .country"),
        ("documents", "#/documents", "#documents-table tbody tr"),
    ]  # fmt: skip
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name, route, ready in views:
            times = []
            for n in range(repeat + 1):
                page.goto("about:blank")
                started = time.perf_counter()
                page.goto(base + "/" + route)
                page.wait_for_selector(ready, timeout=60_000)
                if n:  # the first load warms the browser's cache
                    times.append((time.perf_counter() - started) * 1000)
            results.append((name, statistics.median(times), max(times)))
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="database to reuse or build")
    parser.add_argument("--events", type=int, default=100_000, help="events wanted (default 100k)")
    parser.add_argument("--repeat", type=int, default=10, help="timed runs per call")
    parser.add_argument("--workers", type=int, default=2, help="ingest worker processes")
    args = parser.parse_args()

    ensure_database(args.db, args.events, args.workers)
    ids = sample_ids(args.db)
    server, base = start_server(args.db)
    try:
        print(f"\n{count_events(args.db)} events, {base}, median and slowest of {args.repeat}\n")
        print(f"{'API call':34} {'median ms':>10} {'max ms':>8} {'bytes':>10}")
        slow = 0
        for name, median, worst, size in time_api(base, api_calls(ids), args.repeat):
            flag = "" if median < TARGET_MS else "  over target"
            slow += bool(flag) and not name.startswith("export")
            print(f"{name:34} {median:10.1f} {worst:8.1f} {size:10d}{flag}")
        median, worst = time_page_assets(base, args.repeat)
        print(f"{'page: HTML + assets + summary':34} {median:10.1f} {worst:8.1f}")
        if CHROMIUM.exists():
            print(f"\n{'view in Chromium (until shown)':34} {'median ms':>10} {'max ms':>8}")
            for name, median, worst in time_browser(base, ids, max(2, args.repeat // 3)):
                flag = "" if median < TARGET_MS else "  over target"
                print(f"{name:34} {median:10.1f} {worst:8.1f}{flag}")
        else:
            print("\n(no /usr/bin/chromium: browser timings skipped; scripts/ensure-chromium.sh)")
        print(f"\ntarget < {TARGET_MS} ms per call; {slow} interactive call(s) over it")
    finally:
        server.should_exit = True
        time.sleep(0.2)
        server.config.app.state.db.close()


if __name__ == "__main__":
    main()
