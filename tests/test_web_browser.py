"""The page of ``gestae serve`` in a real browser: Debian's Chromium, headless, via Playwright.

Each test drives the real server (uvicorn on a free 127.0.0.1 port) over a store gestae builds,
and saves a screenshot of what it saw (to $GESTAE_SCREENSHOTS, or a temporary folder).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from gestae.web.app import create_app
from tests.test_web_api import SCRIPT, add_analysis_tables, build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (install it: scripts/ensure-chromium.sh)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``gestae serve``'s app under uvicorn in a thread, as the command runs it."""

    def __init__(self, db: Path, token: str | None = None) -> None:
        self.app = create_app(db, token=token, allowed_hosts=["127.0.0.1", "localhost"])
        self.port = free_port()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}/"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.app.state.db.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> tuple[Path, dict]:
    path = build_store(tmp_path_factory.mktemp("browser"))
    return path, add_analysis_tables(path)


@pytest.fixture(scope="module")
def base_url(db) -> Iterator[str]:
    with Server(db[0]) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("GESTAE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records dialogs (an alert would mean injected script ran) and errors
    (a Content-Security-Policy refusal shows up as a console error)."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1360, "height": 900})
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.errors.append(msg.text)
        )

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.page.close()
    page.check()


def rows(page, selector: str) -> list[list[str]]:
    return page.eval_on_selector_all(
        f"{selector} tbody tr",
        "trs => trs.map(tr => Array.from(tr.cells).map(td => td.textContent.trim()))",
    )


def test_events_view_filters_sorts_and_links(watched, base_url, shots, db):
    page = watched.page
    page.goto(base_url + "#/events")
    page.wait_for_selector("#events-table tbody tr")
    everything = rows(page, "#events-table")
    assert len(everything) > 5
    assert f"of {len(everything)} events" in page.text_content("#events-count")

    page.fill("#filters input[name=source]", "RUS")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('source=RUS')")
    page.wait_for_selector("#events-table tbody tr")
    filtered = rows(page, "#events-table")
    assert 0 < len(filtered) < len(everything)
    assert all(row[1].startswith("RUS") for row in filtered)
    assert f"of {len(filtered)} events" in page.text_content("#events-count")
    page.screenshot(path=str(shots / "events-filtered.png"), full_page=True)

    page.click("#events-table th >> text=Goldstein")
    page.wait_for_function("location.hash.includes('sort=goldstein')")
    page.wait_for_selector("#events-table th.sorted")
    scores = [float(row[5]) for row in rows(page, "#events-table")]
    assert scores == sorted(scores) and len(scores) == len(filtered)
    csv_link = page.get_attribute(".downloads a >> text=CSV", "href")
    assert "source=RUS" in csv_link and "format=csv" in csv_link


def test_event_view_highlights_its_evidence(watched, base_url, shots, db):
    page = watched.page
    page.goto(base_url + "#/events?source=RUSMIL")
    page.wait_for_selector("#events-table tbody tr")
    page.click("#events-table tbody tr >> nth=0 >> td >> nth=0 >> a")
    page.wait_for_selector("#evidence .document-text")
    import duckdb

    con = duckdb.connect(str(db[0]), read_only=True)
    target = con.execute(
        "SELECT target FROM events WHERE source = 'RUSMIL' AND code = '195'"
    ).fetchone()[0]
    con.close()
    assert page.text_content("#event-title").startswith(f"RUSMIL → {target}: 195")
    assert page.text_content("#evidence .document-text .mark-source") == "Russian warplanes"
    assert page.text_content("#evidence .document-text .mark-target") == "rebel positions"
    sentence = "".join(page.eval_on_selector_all(
        "#evidence .document-text .mark-sentence", "spans => spans.map(s => s.textContent)"
    ))  # fmt: skip
    assert sentence.startswith("Russian warplanes bombed rebel positions near Aleppo.")
    assert page.text_content("#goldstein") == "-10.0"
    assert "Employ aerial weapons" in page.text_content("dl.facts")
    assert page.is_visible("#cluster") and page.is_visible("#contradictions")
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    # an event with a cluster: its other mention is listed and links on
    _, ids = db
    page.goto(base_url + f"#/event/{ids['signed']}")
    page.wait_for_selector("#cluster table")
    page.click("#cluster tbody a >> nth=0")
    page.wait_for_function(f"location.hash.includes('{ids['consult']}')")
    page.wait_for_selector("#event-title >> text=RUSGOV")


def test_script_in_a_document_is_shown_as_text(watched, base_url, shots):
    page = watched.page
    page.goto(base_url + "#/document/web-script")
    page.wait_for_selector(".document-text")
    assert page.text_content(".document-text").startswith(SCRIPT)
    assert SCRIPT in page.text_content("#document-title")
    assert page.eval_on_selector_all("#view script", "s => s.length") == 0
    # the events table shows the sentence with the markup as text too
    page.goto(base_url + "#/events?q=war+crimes")
    page.wait_for_selector("#events-table tbody tr")
    assert SCRIPT in page.text_content("#events-table tbody")
    page.click("#events-table tbody tr >> nth=0 >> td >> nth=0 >> a")
    page.wait_for_selector("#evidence .document-text")
    assert SCRIPT in page.text_content("#evidence .document-text")
    page.wait_for_timeout(300)  # give a script, had it been injected, time to run
    page.screenshot(path=str(shots / "script-document.png"), full_page=True)
    assert watched.dialogs == []


def test_timeline_draws_a_dyad(watched, base_url, shots):
    page = watched.page
    page.goto(base_url + "#/timeline?source=RUS&target=TUR")
    page.wait_for_selector("#timeline-chart svg")
    assert "RUS ↔ TUR" in page.text_content("#timeline-status")
    assert page.eval_on_selector_all("#timeline-chart rect.bar", "r => r.length") >= 2
    page.click(".chips a >> nth=0")  # the busiest dyad
    page.wait_for_function("!location.hash.includes('source=RUS&target=TUR')")
    page.wait_for_selector("#timeline-chart svg")
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)


def test_network_actor_click_lists_its_events(watched, base_url, shots):
    page = watched.page
    page.goto(base_url + "#/network?level=country")
    page.wait_for_selector("#network-svg .node")
    nodes = page.eval_on_selector_all("#network-svg .node", "n => n.map(g => g.dataset.id)")
    assert {"RUS", "TUR"} <= set(nodes)
    page.click("#network-svg .node[data-id=TUR]")
    page.wait_for_selector("#actor-panel .event-list li")
    assert page.text_content("#actor-panel h2") == "TUR"
    items = page.eval_on_selector_all("#actor-panel .event-list li", "l => l.length")
    assert items > 0
    assert page.eval_on_selector_all("#network-svg .edge.dim", "e => e.length") > 0
    page.screenshot(path=str(shots / "network.png"), full_page=True)


def test_map_shows_countries_and_located_events(watched, base_url, shots):
    page = watched.page
    page.goto(base_url + "#/map")
    page.wait_for_selector("#map-svg .point")
    assert page.eval_on_selector_all("#map-svg .country", "c => c.length") > 150
    page.click("#map-svg .point >> nth=-1")  # drawn last: the smallest, on top
    page.wait_for_selector("#place-panel .event-list li")
    page.screenshot(path=str(shots / "map.png"), full_page=True)


def test_documents_view_lists_and_opens_documents(watched, base_url, shots):
    page = watched.page
    page.goto(base_url + "#/documents")
    page.wait_for_selector("#documents-table tbody tr")
    listed = rows(page, "#documents-table")
    assert len(listed) == 5
    assert dict((r[0], r[3]) for r in listed)["web-quiet"] == "0"
    page.click("#documents-table a >> text=web-1")
    page.wait_for_selector(".document-text .mark-evidence")
    page.click(".document-text .mark-evidence >> nth=0")
    page.wait_for_selector("#evidence .document-text .mark-source")
    page.screenshot(path=str(shots / "documents.png"), full_page=True)


def test_page_passes_its_token_on(browser, db, shots, tmp_path):
    copy = tmp_path / "token.duckdb"
    shutil.copy(db[0], copy)
    with Server(copy, token="t0ken") as url:
        page = Watched(browser)
        try:
            page.page.goto(url + "?token=t0ken#/events")
            page.page.wait_for_selector("#events-table tbody tr")
            page.page.goto(url + "?token=t0ken#/map")
            page.page.wait_for_selector("#map-svg .country")
            page.page.screenshot(path=str(shots / "with-token.png"))
            page.check()
            response = page.page.goto(url + "#/events")  # no token: refused
            assert response.status == 401
        finally:
            page.page.close()
