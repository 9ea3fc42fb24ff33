"""The SQL behind the web API: every filter is a parameter, every ORDER BY comes from a whitelist.

Nothing here formats user input into SQL. The only names put into SQL text are column names from
the constants below or from DuckDB's own ``information_schema`` (for the optional analysis
tables, whose columns we discover rather than assume).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import duckdb

from gestae.cameo import QUAD_CLASSES, codebook
from gestae.events import EVENT_FIELDS

#: Columns of the events table shown in the events list (the export has them all).
LIST_COLUMNS = [
    "id", "doc_id", "date", "date_precision", "source", "source_text", "target", "target_text",
    "code", "event_name", "goldstein", "quad_class", "place", "lat", "lon", "text", "confidence",
]  # fmt: skip

#: What the events list may be sorted by, and the SQL each name stands for.
EVENT_SORTS = {
    "date": "date",
    "source": "source",
    "target": "target",
    "code": "code",
    "goldstein": "goldstein",
    "quad_class": "quad_class",
    "place": "place",
    "confidence": "confidence",
    "doc_id": "doc_id",
}
DOCUMENT_SORTS = {
    "doc_id": "doc_id",
    "title": "title",
    "date": "date",
    "n_events": "n_events",
    "n_chars": "n_chars",
    "ingested_at": "ingested_at",
}
#: Time buckets of the timeline.
INTERVALS = ("day", "week", "month", "year")
#: How actors are grouped in the network and dyad lists: the full code, or its first three
#: letters (the country, or IGO/NGO/MNC for organizations).
LEVELS = ("code", "country")

# Event dates are YYYY, YYYY-MM or YYYY-MM-DD; coarser ones count at the start of their period.
_EVENT_DAY = (
    "try_cast(CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' "
    "ELSE left(date, 10) END AS DATE)"
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


EVENT_COLUMNS_SQL = ", ".join(_quote(c) for c in EVENT_FIELDS)
LIST_COLUMNS_SQL = ", ".join(_quote(c) for c in LIST_COLUMNS)


PLACE_COLUMNS = ("place", "place_text", "country", "admin1")
TEXT_COLUMNS = ("text", "event_name")
DOCUMENT_TEXT_COLUMNS = ("doc_id", "title", "source")


def _any_contains(columns: tuple[str, ...]) -> str:
    """SQL true when any of ``columns`` contains the (lowered) parameter, one ``?`` each."""
    return "(" + " OR ".join(f"contains(lower({c}), lower(?))" for c in columns) + ")"


@dataclass(frozen=True)
class EventFilters:
    """The filters every event view shares; ``None`` means no filter."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    root: str | None = None
    code: str | None = None
    quad_class: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    q: str | None = None
    doc_id: str | None = None
    lat_min: float | None = None
    lat_max: float | None = None
    lon_min: float | None = None
    lon_max: float | None = None
    located: bool | None = None

    def where(self) -> tuple[str, list]:
        """A WHERE clause (possibly empty) and its parameters."""
        clauses: list[str] = []
        params: list = []

        def add(sql: str, *values) -> None:
            clauses.append(sql)
            params.extend(values)

        # starts_with rather than LIKE: a '%' or '_' typed by the user is not a wildcard.
        if self.source:
            add("starts_with(source, ?)", self.source)
        if self.target:
            add("starts_with(target, ?)", self.target)
        if self.actor:
            add("(starts_with(source, ?) OR starts_with(target, ?))", self.actor, self.actor)
        if self.root:
            add("root = ?", self.root.zfill(2))
        if self.code:
            add("starts_with(code, ?)", self.code)
        if self.quad_class is not None:
            add("quad_class = ?", self.quad_class)
        if self.date_from:
            add("date >= ?", self.date_from)
        if self.date_to:
            # a date_to of 2016-12 keeps everything in December 2016
            add("left(date, ?) <= ?", len(self.date_to), self.date_to)
        # One contains() per column: lowering a concatenation costs far more (no dictionary
        # vectors), 60 ms against 2 ms on 100,000 events.
        if self.place:
            add(_any_contains(PLACE_COLUMNS), *[self.place] * len(PLACE_COLUMNS))
        if self.q:
            add(_any_contains(TEXT_COLUMNS), *[self.q] * len(TEXT_COLUMNS))
        if self.doc_id:
            add("doc_id = ?", self.doc_id)
        for column, op, value in (
            ("lat", ">=", self.lat_min),
            ("lat", "<=", self.lat_max),
            ("lon", ">=", self.lon_min),
            ("lon", "<=", self.lon_max),
        ):
            if value is not None:
                add(f"{column} {op} ?", value)
        if self.located is True:
            add("lat IS NOT NULL AND lon IS NOT NULL")
        elif self.located is False:
            add("(lat IS NULL OR lon IS NULL)")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# -- values ------------------------------------------------------------------------------------
def clean(value):
    """A value JSON can carry: NaN and infinities become None, dates become ISO strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def record(columns: list[str], row) -> dict:
    out = {c: clean(v) for c, v in zip(columns, row, strict=True)}
    if isinstance(out.get("attribution"), str):
        try:
            out["attribution"] = json.loads(out["attribution"])
        except ValueError:
            pass  # shown as the stored text
    return out


def rows(cursor: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    result = cursor.execute(sql, params or [])
    columns = [d[0] for d in result.description]
    return [record(columns, row) for row in result.fetchall()]


# -- the codebook and actor names ----------------------------------------------------------------
def cameo_info(code: str | None) -> dict | None:
    """Name, Goldstein score and QuadClass of a CAMEO code, and the name of its root."""
    book = codebook()
    if not code or code not in book:
        return None
    entry = book[code]
    root = book.get(entry.root)
    return {
        "code": code,
        "name": entry.name,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "quad_class_name": QUAD_CLASSES[entry.quad_class],
        "plover": entry.plover,
        "root": entry.root,
        "root_name": root.name if root else None,
    }


def cameo_roots() -> list[dict]:
    return [
        {"root": code, "name": entry.name, "quad_class": entry.quad_class}
        for code, entry in sorted(codebook().items())
        if len(code) == 2
    ]


@lru_cache(maxsize=1)
def _actor_names() -> tuple[dict[str, str], dict[str, str]]:
    from gestae.actors import read_table

    folder = resources.files("gestae") / "data" / "actors"
    countries = {row["iso3"]: row["name"] for _, row in read_table(folder / "countries.tsv")}
    organizations: dict[str, str] = {}
    for _, row in read_table(folder / "organizations.tsv"):
        organizations.setdefault(row["code"], row["name"])
    return countries, organizations


def actor_label(code: str | None) -> str | None:
    """A reader's name for an actor code: ``TURGOV`` -> ``Turkey GOV``, ``IGOUNO`` ->
    ``United Nations``."""
    if not code:
        return None
    countries, organizations = _actor_names()
    if code in countries:
        return countries[code]
    if code[:3] in countries:
        # a country code with roles; organizations coded this way (RUSMIL) are not its name
        return f"{countries[code[:3]]} {code[3:]}"
    return organizations.get(code)


# -- events ------------------------------------------------------------------------------------
def count_events(cursor, filters: EventFilters) -> int:
    where, params = filters.where()
    return cursor.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]


def list_events(
    cursor, filters: EventFilters, sort: str, order: str, limit: int, offset: int
) -> list[dict]:
    where, params = filters.where()
    direction = "DESC" if order == "desc" else "ASC"
    sql = (
        f"SELECT {LIST_COLUMNS_SQL} FROM events{where} "
        f"ORDER BY {EVENT_SORTS[sort]} {direction} NULLS LAST, id LIMIT ? OFFSET ?"
    )
    return rows(cursor, sql, [*params, limit, offset])


def iter_events(cursor, filters: EventFilters, sort: str, order: str) -> Iterator[dict]:
    """Every matching event with all its fields, fetched a batch at a time (for downloads)."""
    where, params = filters.where()
    direction = "DESC" if order == "desc" else "ASC"
    result = cursor.execute(
        f"SELECT {EVENT_COLUMNS_SQL} FROM events{where} "
        f"ORDER BY {EVENT_SORTS[sort]} {direction} NULLS LAST, id",
        params,
    )
    while batch := result.fetchmany(2000):
        for row in batch:
            yield record(EVENT_FIELDS, row)


def event(cursor, event_id: str) -> dict | None:
    found = rows(cursor, f"SELECT {EVENT_COLUMNS_SQL} FROM events WHERE id = ? LIMIT 1", [event_id])
    return found[0] if found else None


def event_summaries(cursor, event_ids: list[str]) -> list[dict]:
    if not event_ids:
        return []
    return rows(
        cursor,
        "SELECT id, doc_id, date, source, target, code, event_name, goldstein, quad_class, "
        "stance, text FROM events WHERE id IN (SELECT unnest(?)) ORDER BY date NULLS LAST, id",
        [event_ids],
    )


# -- aggregates --------------------------------------------------------------------------------
def _actor_sql(column: str, level: str) -> str:
    return f"left({column}, 3)" if level == "country" else column


def timeline(cursor, filters: EventFilters, interval: str, both_directions: bool) -> dict:
    """Counts by QuadClass and the Goldstein sum per period, for a dyad or any filter."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    dyad = filters
    extra, extra_params = "", []
    if both_directions and filters.source and filters.target:
        # A<->B: drop the directed filters and match either direction instead.
        dyad = replace(filters, source=None, target=None)
        extra = (
            "((starts_with(source, ?) AND starts_with(target, ?)) OR "
            "(starts_with(source, ?) AND starts_with(target, ?)))"
        )
        extra_params = [filters.source, filters.target, filters.target, filters.source]
    where, params = dyad.where()
    if extra:
        where = f"{where} AND {extra}" if where else f" WHERE {extra}"
        params = [*params, *extra_params]
    sql = f"""
        WITH e AS (SELECT {_EVENT_DAY} AS day, quad_class, goldstein FROM events{where})
        SELECT date_trunc('{interval}', day) AS period,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS q1,
               count(*) FILTER (WHERE quad_class = 2) AS q2,
               count(*) FILTER (WHERE quad_class = 3) AS q3,
               count(*) FILTER (WHERE quad_class = 4) AS q4,
               coalesce(sum(goldstein), 0) AS goldstein
        FROM e WHERE day IS NOT NULL GROUP BY 1 ORDER BY 1
    """
    series = rows(cursor, sql, params)
    undated = cursor.execute(
        f"SELECT count(*) FROM (SELECT {_EVENT_DAY} AS day FROM events{where}) WHERE day IS NULL",
        params,
    ).fetchone()[0]
    return {"interval": interval, "series": series, "undated": undated}


def dyads(cursor, filters: EventFilters, level: str, limit: int) -> list[dict]:
    where, params = filters.where()
    s, t = _actor_sql("source", level), _actor_sql("target", level)
    found = rows(
        cursor,
        f"SELECT {s} AS source, {t} AS target, count(*) AS events, "
        f"coalesce(sum(goldstein), 0) AS goldstein FROM events{where} "
        "GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?",
        [*params, limit],
    )
    for d in found:
        d["source_label"], d["target_label"] = actor_label(d["source"]), actor_label(d["target"])
    return found


def actors(cursor, filters: EventFilters, level: str, q: str | None, limit: int) -> list[dict]:
    where, params = filters.where()
    s, t = _actor_sql("source", level), _actor_sql("target", level)
    sql = (
        f"WITH a AS (SELECT {s} AS actor FROM events{where} "
        f"UNION ALL SELECT {t} FROM events{where}) "
        "SELECT actor, count(*) AS events FROM a WHERE actor IS NOT NULL"
    )
    all_params = [*params, *params]
    if q:
        sql += " AND contains(lower(actor), lower(?))"
        all_params.append(q)
    sql += " GROUP BY actor ORDER BY events DESC, actor LIMIT ?"
    found = rows(cursor, sql, [*all_params, limit])
    for a in found:
        a["label"] = actor_label(a["actor"])
    return found


def network(cursor, filters: EventFilters, level: str, max_nodes: int, min_events: int) -> dict:
    """The busiest actors and the events between them (edges are directed source -> target)."""
    where, params = filters.where()
    s, t = _actor_sql("source", level), _actor_sql("target", level)
    edges = rows(
        cursor,
        f"SELECT {s} AS source, {t} AS target, count(*) AS events, "
        "coalesce(sum(goldstein), 0) AS goldstein, "
        "count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation, "
        "count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict "
        f"FROM events{where} GROUP BY 1, 2 HAVING count(*) >= ? "
        "ORDER BY events DESC, source, target",
        [*params, min_events],
    )
    degree: dict[str, int] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            degree[end] = degree.get(end, 0) + e["events"]
    kept = sorted(degree, key=lambda a: (-degree[a], a))[:max_nodes]
    keep = set(kept)
    nodes = [{"id": a, "label": actor_label(a), "events": degree[a]} for a in kept]
    edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
    return {"level": level, "nodes": nodes, "edges": edges, "actors_total": len(degree)}


def map_points(cursor, filters: EventFilters, limit: int) -> dict:
    located = replace(filters, located=True)
    where, params = located.where()
    points = rows(
        cursor,
        "SELECT round(lat, 3) AS lat, round(lon, 3) AS lon, any_value(place) AS place, "
        "count(*) AS events, coalesce(sum(goldstein), 0) AS goldstein, "
        "count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict "
        f"FROM events{where} GROUP BY 1, 2 ORDER BY events DESC, lat, lon LIMIT ?",
        [*params, limit],
    )
    total = count_events(cursor, located)
    return {"points": points, "located_events": total}


# -- documents ---------------------------------------------------------------------------------
DOCUMENT_LIST = "doc_id, title, date, url, source, n_chars, n_sentences, n_events, ingested_at"


def _document_where(q: str | None) -> tuple[str, list]:
    if not q:
        return "", []
    return f" WHERE {_any_contains(DOCUMENT_TEXT_COLUMNS)}", [q] * len(DOCUMENT_TEXT_COLUMNS)


def count_documents(cursor, q: str | None) -> int:
    where, params = _document_where(q)
    return cursor.execute(f"SELECT count(*) FROM documents{where}", params).fetchone()[0]


def list_documents(
    cursor, q: str | None, sort: str, order: str, limit: int, offset: int
) -> list[dict]:
    where, params = _document_where(q)
    direction = "DESC" if order == "desc" else "ASC"
    return rows(
        cursor,
        f"SELECT {DOCUMENT_LIST} FROM documents{where} "
        f"ORDER BY {DOCUMENT_SORTS[sort]} {direction} NULLS LAST, doc_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


def document(cursor, doc_id: str) -> dict | None:
    found = rows(cursor, f"SELECT {DOCUMENT_LIST}, text FROM documents WHERE doc_id = ?", [doc_id])
    return found[0] if found else None


def document_events(cursor, doc_id: str) -> list[dict]:
    return rows(
        cursor,
        'SELECT id, sentence_index, start, "end", source, source_text, target, target_text, '
        "code, event_name, goldstein, quad_class, date, date_precision, stance, text "
        "FROM events WHERE doc_id = ? ORDER BY start, id",
        [doc_id],
    )


def sentence(cursor, doc_id: str, index: int) -> dict | None:
    found = rows(
        cursor,
        'SELECT sentence_index, start, "end", text FROM sentences '
        "WHERE doc_id = ? AND sentence_index = ?",
        [doc_id, index],
    )
    return found[0] if found else None


# -- the optional analysis tables ----------------------------------------------------------------
def tables(cursor) -> set[str]:
    found = cursor.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {name for (name,) in found}


def columns(cursor, table: str) -> list[str]:
    found = cursor.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [name for (name,) in found]


def _pick(names: list[str], *wanted: str, containing: str | None = None) -> str | None:
    for name in wanted:
        if name in names:
            return name
    if containing:
        for name in names:
            if containing in name.lower():
                return name
    return None


def cluster_of(cursor, event_id: str, present: set[str]) -> dict | None:
    """The cluster an event belongs to and its other members, if the analysis stage ran.

    The analysis tables come from another stage, so their key columns are looked up by name
    (``cluster_id``/``event_id`` or any column naming a cluster/an event) rather than assumed.
    """
    if "cluster_members" not in present:
        return None
    member_cols = columns(cursor, "cluster_members")
    cluster_col = _pick(member_cols, "cluster_id", containing="cluster")
    event_col = _pick(member_cols, "event_id", containing="event")
    if not cluster_col or not event_col:
        return None
    found = cursor.execute(
        f"SELECT {_quote(cluster_col)} FROM cluster_members WHERE {_quote(event_col)} = ? "
        "LIMIT 1",
        [event_id],
    ).fetchone()
    if found is None:
        return {"cluster_id": None, "cluster": None, "members": []}
    cluster_id = clean(found[0])
    info = None
    if "clusters" in present:
        key = _pick(columns(cursor, "clusters"), cluster_col, "cluster_id", "id")
        if key:
            matches = rows(
                cursor, f"SELECT * FROM clusters WHERE {_quote(key)} = ? LIMIT 1", [cluster_id]
            )
            info = matches[0] if matches else None
    member_ids = [
        m
        for (m,) in cursor.execute(
            f"SELECT {_quote(event_col)} FROM cluster_members WHERE {_quote(cluster_col)} = ? "
            f"AND {_quote(event_col)} <> ? LIMIT 500",
            [cluster_id, event_id],
        ).fetchall()
    ]
    members = event_summaries(cursor, member_ids)
    return {"cluster_id": cluster_id, "cluster": info, "members": members}


def contradictions_of(cursor, event_id: str, cluster_id, present: set[str]) -> list[dict] | None:
    """Rows of ``contradictions`` that name this event (or its cluster), with the other events."""
    if "contradictions" not in present:
        return None
    names = columns(cursor, "contradictions")
    event_cols = [n for n in names if "event" in n.lower()]
    cluster_cols = [n for n in names if "cluster" in n.lower()]
    clauses, params = [], []
    for name in event_cols:
        clauses.append(f"CAST({_quote(name)} AS VARCHAR) = ?")
        params.append(event_id)
    if cluster_id is not None:
        for name in cluster_cols:
            clauses.append(f"CAST({_quote(name)} AS VARCHAR) = ?")
            params.append(str(cluster_id))
    if not clauses:
        return []
    found = rows(
        cursor, f"SELECT * FROM contradictions WHERE {' OR '.join(clauses)} LIMIT 200", params
    )
    for row in found:
        others = [
            str(row[n]) for n in event_cols if row.get(n) is not None and str(row[n]) != event_id
        ]
        row["other_events"] = event_summaries(cursor, others)
    return found


def summary(cursor) -> dict:
    present = tables(cursor)
    n_docs = cursor.execute("SELECT count(*) FROM documents").fetchone()[0]
    n_events, n_located, first, last, n_attributed = cursor.execute(
        "SELECT count(*), count(*) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), "
        "min(date), max(date), count(*) FILTER (WHERE attribution IS NOT NULL OR stance IS NOT "
        "NULL) FROM events"
    ).fetchone()
    return {
        "documents": n_docs,
        "events": n_events,
        "located_events": n_located,
        "attributed_events": n_attributed,
        "date_min": first,
        "date_max": last,
        "features": {
            "clusters": "cluster_members" in present,
            "contradictions": "contradictions" in present,
        },
        "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()},
        "roots": cameo_roots(),
    }
