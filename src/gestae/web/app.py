"""The web app: a JSON API under ``/api/`` over a gestae database, and the page that shows it.

``create_app("gestae.duckdb")`` gives a FastAPI app; ``gestae serve`` runs it with uvicorn. The
database is opened read-only and each request gets a cursor of its own. Every query parameter is
checked before it reaches SQL, so a bad value gets a 4xx naming the parameter, never a 5xx.
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import html
import io
import json
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path as FilePath
from typing import Annotated, Literal
from urllib.parse import quote

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers, MutableHeaders, QueryParams

from gestae.events import EVENT_FIELDS
from gestae.web import queries
from gestae.web.marks import event_marks, segments
from gestae.web.queries import EventFilters

STATIC = FilePath(__file__).parent / "static"

SECURITY_HEADERS = {
    # No inline script or style anywhere: everything the page runs is a file served from here.
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # The token may be in the URL; do not hand it to anyone else.
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

ACTOR = r"^[A-Za-z0-9]{0,40}$"
DATE = r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"
MAX_TEXT = 200
SortOrder = Literal["asc", "desc"]


class Database:
    """One read-only DuckDB connection; a cursor per request, since a connection is not
    thread-safe and requests run in a thread pool."""

    def __init__(self, path: str | FilePath) -> None:
        self.path = FilePath(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"{self.path}: no such database (run `gestae ingest` first)")
        self.con = duckdb.connect(str(self.path), read_only=True)
        missing = {"documents", "events", "sentences"} - queries.tables(self.con)
        if missing:
            self.con.close()
            missing_text = ", ".join(sorted(missing))
            raise ValueError(f"{self.path}: not a gestae database (no {missing_text} table)")
        self._lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            return self.con.cursor()

    def close(self) -> None:
        with self._lock:
            self.con.close()


def _invalid(param: str, message: str) -> RequestValidationError:
    return RequestValidationError(
        [{"loc": ["query", param], "msg": message, "type": "value_error"}]
    )


def _check_date(param: str, value: str | None) -> str | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError as exc:
        raise _invalid(param, f"{value!r} is not a real date: {exc}") from None
    return value


def event_filters(
    source: Annotated[
        str | None, Query(pattern=ACTOR, description="Source actor code or prefix (TUR).")
    ] = None,
    target: Annotated[
        str | None, Query(pattern=ACTOR, description="Target actor code or prefix.")
    ] = None,
    actor: Annotated[
        str | None, Query(pattern=ACTOR, description="Source or target actor code or prefix.")
    ] = None,
    root: Annotated[
        str | None, Query(pattern=r"^([0-9]{1,2})?$", description="CAMEO root code, 01-20.")
    ] = None,
    code: Annotated[
        str | None, Query(pattern=r"^([0-9]{2,4})?$", description="CAMEO code or code prefix.")
    ] = None,
    quad_class: Annotated[
        int | None, Query(ge=1, le=4, description="QuadClass: 1 verbal cooperation .. 4 material "
                          "conflict.")  # fmt: skip
    ] = None,
    date_from: Annotated[
        str | None, Query(pattern=DATE, description="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    date_to: Annotated[
        str | None, Query(pattern=DATE, description="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    place: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Words in the place name.")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Words in the sentence or event name.")
    ] = None,
    doc_id: Annotated[str | None, Query(max_length=500, description="Only this document.")] = None,
    lat_min: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lat_max: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon_min: Annotated[float | None, Query(ge=-180, le=180)] = None,
    lon_max: Annotated[float | None, Query(ge=-180, le=180)] = None,
    located: Annotated[
        bool | None, Query(description="Only events with (true) or without (false) lat/lon.")
    ] = None,
) -> EventFilters:
    if root and not 1 <= int(root) <= 20:
        raise _invalid("root", f"{root!r} is not a CAMEO root code (01-20)")
    date_from = _check_date("date_from", date_from)
    date_to = _check_date("date_to", date_to)
    if date_from and date_to and date_from[: len(date_to)] > date_to:
        raise _invalid("date_to", f"date_to {date_to!r} is before date_from {date_from!r}")
    return EventFilters(
        source=source.upper() if source else None,
        target=target.upper() if target else None,
        actor=actor.upper() if actor else None,
        root=root or None,
        code=code or None,
        quad_class=quad_class,
        date_from=date_from,
        date_to=date_to,
        place=place or None,
        q=q or None,
        doc_id=doc_id or None,
        lat_min=lat_min,
        lat_max=lat_max,
        lon_min=lon_min,
        lon_max=lon_max,
        located=located,
    )


def _cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    cur = request.app.state.db.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(_cursor)]
Filters = Annotated[EventFilters, Depends(event_filters)]
Level = Annotated[
    Literal["code", "country"],
    Query(description="Actors by full code, or by country (first three letters)."),
]


def create_app(
    db_path: str | FilePath, token: str | None = None, allowed_hosts: Sequence[str] | None = None
) -> FastAPI:
    """The app over one database. With ``token``, every request must carry it
    (``Authorization: Bearer TOKEN`` or ``?token=TOKEN``). With ``allowed_hosts``, requests whose
    Host header names another host are refused (a guard against DNS rebinding on localhost)."""
    db = Database(db_path)
    # No lifespan hook closes the database: an app may be started and stopped several times
    # (test clients do); whoever made the app calls app.state.db.close() when done with it.
    app = FastAPI(
        title="gestae",
        summary="Political event data: who did what to whom, when, where, according to whom.",
        version="0.1.0",
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json stays
        redoc_url=None,
    )
    app.state.db = db

    app.add_middleware(Guard, token=token, allowed_hosts=allowed_hosts)

    # -- the page ---------------------------------------------------------------------------
    index_template = (STATIC / "index.html").read_text(encoding="utf-8")

    # Scripts and styles are separate requests: they carry the token in their URL. (Only a
    # request that had the token gets this page.)
    asset_query = html.escape(f"?token={quote(token, safe='')}") if token else ""
    index_page = index_template.replace("{{asset_query}}", asset_query)

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(index_page)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # -- the API ----------------------------------------------------------------------------
    @app.get("/api/summary", tags=["meta"])
    def summary(cur: Cursor) -> dict:
        """Counts, the date range, which optional analyses are present, and the CAMEO roots."""
        return {"database": db.path.name, **queries.summary(cur)}

    @app.get("/api/events", tags=["events"])
    def events(
        cur: Cursor,
        filters: Filters,
        sort: Annotated[Literal[tuple(queries.EVENT_SORTS)], Query()] = "date",  # type: ignore[valid-type]
        order: Annotated[SortOrder, Query()] = "asc",
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict:
        """A page of events matching the filters, and how many match in all."""
        return {
            "total": queries.count_events(cur, filters),
            "limit": limit,
            "offset": offset,
            "events": queries.list_events(cur, filters, sort, order, limit, offset),
        }

    @app.get("/api/events/export", tags=["events"])
    def export(
        filters: Filters,
        format: Annotated[Literal["csv", "jsonl"], Query()] = "csv",
        sort: Annotated[Literal[tuple(queries.EVENT_SORTS)], Query()] = "date",  # type: ignore[valid-type]
        order: Annotated[SortOrder, Query()] = "asc",
    ) -> StreamingResponse:
        """Every event matching the filters, all fields, as CSV or JSON Lines (a download)."""
        # The cursor lives as long as the stream, not the request handler.
        cur = db.cursor()
        stream = _csv_lines if format == "csv" else _json_lines
        media = "text/csv" if format == "csv" else "application/x-ndjson"

        def body() -> Iterator[str]:
            try:
                yield from stream(queries.iter_events(cur, filters, sort, order))
            finally:
                cur.close()

        return StreamingResponse(
            body(),
            media_type=f"{media}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="gestae-events.{format}"'},
        )

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: Annotated[str, Path(max_length=200)], cur: Cursor) -> dict:
        """One event with its document marked up, its CAMEO code, attribution and stance, and,
        when the analysis stage has run, its cluster and contradictions."""
        found = queries.event(cur, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        doc = queries.document(cur, found["doc_id"]) or {}
        text = doc.pop("text", None) or ""
        sentence = queries.sentence(cur, found["doc_id"], found["sentence_index"])
        present = queries.tables(cur)
        cluster = queries.cluster_of(cur, event_id, present)
        cluster_id = cluster["cluster_id"] if cluster else None
        return {
            "event": found,
            "source_label": queries.actor_label(found["source"]),
            "target_label": queries.actor_label(found["target"]),
            "cameo": queries.cameo_info(found["code"]),
            "document": doc or None,
            "sentence": sentence,
            "segments": event_marks(text, found, sentence),
            "features": {
                "clusters": "cluster_members" in present,
                "contradictions": "contradictions" in present,
            },
            "cluster": cluster,
            "contradictions": queries.contradictions_of(cur, event_id, cluster_id, present),
        }

    @app.get("/api/timeline", tags=["aggregates"])
    def timeline(
        cur: Cursor,
        filters: Filters,
        interval: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
        both_directions: Annotated[
            bool, Query(description="With source and target: count A->B and B->A together.")
        ] = True,
    ) -> dict:
        """Events per period by QuadClass, and the Goldstein sum: a dyad's cooperation and
        conflict over time (give source and target), or of any filtered set."""
        return queries.timeline(cur, filters, interval, both_directions)

    @app.get("/api/dyads", tags=["aggregates"])
    def dyads(
        cur: Cursor,
        filters: Filters,
        level: Level = "code",
        limit: Annotated[int, Query(ge=1, le=500)] = 30,
    ) -> dict:
        """The source -> target pairs with the most events."""
        return {"dyads": queries.dyads(cur, filters, level, limit)}

    @app.get("/api/actors", tags=["aggregates"])
    def actors(
        cur: Cursor,
        filters: Filters,
        level: Level = "code",
        match: Annotated[str | None, Query(pattern=ACTOR, description="Part of a code.")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> dict:
        """Actors with how many events they are source or target of."""
        return {"actors": queries.actors(cur, filters, level, match, limit)}

    @app.get("/api/network", tags=["aggregates"])
    def network(
        cur: Cursor,
        filters: Filters,
        level: Level = "code",
        max_nodes: Annotated[int, Query(ge=2, le=300)] = 40,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> dict:
        """The busiest actors and the events between them."""
        return queries.network(cur, filters, level, max_nodes, min_events)

    @app.get("/api/map", tags=["aggregates"])
    def map_points(
        cur: Cursor,
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=20_000)] = 5000,
    ) -> dict:
        """Events that have a latitude and longitude, grouped by place."""
        return queries.map_points(cur, filters, limit)

    @app.get("/api/documents", tags=["documents"])
    def documents(
        cur: Cursor,
        q: Annotated[
            str | None, Query(max_length=MAX_TEXT, description="Words in id, title or source.")
        ] = None,
        sort: Annotated[Literal[tuple(queries.DOCUMENT_SORTS)], Query()] = "doc_id",  # type: ignore[valid-type]
        order: Annotated[SortOrder, Query()] = "asc",
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict:
        """The ingested documents with their event counts."""
        return {
            "total": queries.count_documents(cur, q),
            "limit": limit,
            "offset": offset,
            "documents": queries.list_documents(cur, q, sort, order, limit, offset),
        }

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(doc_id: Annotated[str, Path(max_length=500)], cur: Cursor) -> dict:
        """A document with each event's evidence marked (marks are event ids)."""
        doc = queries.document(cur, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        text = doc.pop("text") or ""
        found = queries.document_events(cur, doc_id)
        ranges = [(e["start"], e["end"], e["id"]) for e in found]
        return {"document": doc, "segments": segments(text, ranges), "events": found}

    return app


class Guard:
    """ASGI middleware: the token and Host checks, and the security headers on every answer."""

    def __init__(self, app, token: str | None, allowed_hosts: Sequence[str] | None) -> None:
        self.app = app
        self.expected = token.encode("utf-8") if token else None
        self.hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self.refusal(scope)
        if refusal is not None:
            refusal.headers.update(SECURITY_HEADERS)
            await refusal(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def refusal(self, scope) -> JSONResponse | None:
        headers = Headers(scope=scope)
        if self.hosts is not None:
            host = headers.get("host", "").lower()
            name = host if host.endswith("]") else host.rsplit(":", 1)[0]
            if name not in self.hosts:
                return JSONResponse({"detail": f"host {host!r} is not served here"}, 400)
        if self.expected is not None:
            header = headers.get("authorization", "")
            if header[:7].lower() == "bearer ":
                given = header[7:]
            else:
                given = QueryParams(scope.get("query_string", b"")).get("token")
            if given is None or not hmac.compare_digest(given.encode("utf-8"), self.expected):
                return JSONResponse(
                    {"detail": "missing or wrong token: send 'Authorization: Bearer TOKEN' "
                     "or add ?token=TOKEN"},  # fmt: skip
                    401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
        return None


def _csv_lines(records: Iterator[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EVENT_FIELDS)
    for n, record in enumerate(records, 1):
        if isinstance(record.get("attribution"), list):
            record["attribution"] = json.dumps(record["attribution"], ensure_ascii=False)
        writer.writerow(["" if record[f] is None else record[f] for f in EVENT_FIELDS])
        if n % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _json_lines(records: Iterator[dict]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"

