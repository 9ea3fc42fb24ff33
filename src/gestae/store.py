"""The store: one DuckDB file that any DuckDB client can open.

Tables: ``documents``, ``sentences``, ``events``, ``actor_mentions`` and ``problems`` (inputs
that were refused). A document is written with all its rows in one transaction, so a killed
ingest never leaves half a document, and a document already stored with the same content hash is
skipped: running the same ingest twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from gestae.events import EVENT_FIELDS, Event
from gestae.ingest import Document
from gestae.pipeline import DocResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    title VARCHAR,
    date DATE,
    url VARCHAR,
    source VARCHAR,
    path VARCHAR,
    content_hash VARCHAR NOT NULL,
    n_chars INTEGER,
    n_sentences INTEGER,
    n_events INTEGER,
    ingested_at TIMESTAMP,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR, sentence_index INTEGER, start INTEGER, "end" INTEGER, text VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR, doc_id VARCHAR, sentence_index INTEGER, text VARCHAR,
    start INTEGER, "end" INTEGER,
    source VARCHAR, source_text VARCHAR, target VARCHAR, target_text VARCHAR,
    code VARCHAR, root VARCHAR, event_name VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    plover VARCHAR, date VARCHAR, date_precision VARCHAR,
    place VARCHAR, lat DOUBLE, lon DOUBLE,
    attribution JSON, voice VARCHAR, stance VARCHAR,
    confidence DOUBLE, rule VARCHAR,
    place_text VARCHAR, country VARCHAR, admin1 VARCHAR, place_precision VARCHAR,
    stance_evidence VARCHAR
);
CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id VARCHAR, sentence_index INTEGER, start INTEGER, "end" INTEGER,
    text VARCHAR, kind VARCHAR, entry VARCHAR
);
CREATE TABLE IF NOT EXISTS problems (input VARCHAR, reason VARCHAR, refused_at TIMESTAMP);
"""

DOCUMENT_COLUMNS = [
    "doc_id", "title", "date", "url", "source", "path", "content_hash", "n_chars",
    "n_sentences", "n_events", "ingested_at", "text",
]  # fmt: skip
QUOTED = {"end"}


def _columns(names: Sequence[str]) -> str:
    return ", ".join(f'"{n}"' if n in QUOTED else n for n in names)


def event_filter(
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    doc_id: str | None = None,
) -> tuple[str, list]:
    """`` WHERE ...`` (or ``""``) and its parameters for the usual event filters: actors by
    code prefix, root, dates by their day (a date of year precision compares as its year)."""
    conditions = [
        ("source LIKE ? || '%'", source),
        ("target LIKE ? || '%'", target),
        ("root = ?", root.zfill(2) if root else None),
        ("left(date, 10) >= ?", date_from),
        ("left(date, 10) <= ?", date_to),
        ("doc_id = ?", doc_id),
    ]
    used = [(condition, value) for condition, value in conditions if value]
    where = " AND ".join(condition for condition, _ in used)
    return (" WHERE " + where if used else ""), [value for _, value in used]


class Store:
    """A gestae database. ``Store("gestae.duckdb")``; ``Store(":memory:")`` for a throwaway one."""

    def __init__(self, path: str | Path = "gestae.duckdb", read_only: bool = False) -> None:
        import duckdb  # here, not at import: see gestae.nlp.get_pipeline on the collector

        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise FileNotFoundError(f"{self.path}: no such database (run `gestae ingest` first)")
        self.con = duckdb.connect(self.path, read_only=read_only)
        self._types: dict[str, dict[str, str]] = {}  # table -> column -> SQL type
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def stored_hashes(self, doc_ids: Iterable[str]) -> dict[str, str]:
        ids = list(doc_ids)
        if not ids:
            return {}
        # A cursor of its own: this is called from the thread that feeds worker processes.
        cursor = self.con.cursor()
        try:
            rows = cursor.execute(
                "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?))",
                [ids],
            ).fetchall()
        finally:
            cursor.close()
        return dict(rows)

    def is_stored(self, document: Document) -> bool:
        return self.stored_hashes([document.id]).get(document.id) == document.content_hash

    def write(self, results: Sequence[DocResult]) -> None:
        """Store documents with their sentences, events and mentions, all in one transaction."""
        if not results:
            return
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = [r.document.id for r in results]
            # Rows of a document come and go together, so only documents already stored (a
            # changed text under the same id) can have rows to replace.
            stored = [
                row[0]
                for row in con.execute(
                    "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]
                ).fetchall()
            ]
            if stored:
                for table in ("events", "sentences", "actor_mentions", "documents"):
                    con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [stored])
            doc_rows = [
                [
                    r.document.id,
                    r.document.title,
                    r.document.date,
                    r.document.url,
                    r.document.source,
                    r.document.path,
                    r.document.content_hash,
                    len(r.document.text),
                    len(r.sentences),
                    len(r.events),
                    now,
                    r.document.text,
                ]  # fmt: skip
                for r in results
            ]
            self._insert("documents", DOCUMENT_COLUMNS, doc_rows)
            self._insert(
                "sentences",
                ["doc_id", "sentence_index", "start", "end", "text"],
                [[r.document.id, *s] for r in results for s in r.sentences],
            )
            self._insert("events", EVENT_FIELDS, [event_row(e) for r in results for e in r.events])
            mention_cols = ["doc_id", "sentence_index", "start", "end", "text", "kind", "entry"]
            self._insert(
                "actor_mentions",
                mention_cols,
                [[m[c] for c in mention_cols] for r in results for m in r.mentions],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, columns: Sequence[str], rows: list[list]) -> None:
        """Many rows in one statement: each column goes to DuckDB as one list parameter.

        (Cheaper than building an Arrow table, which would also import pandas.)
        """
        if not rows:
            return
        types = self._column_types(table)
        selects = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
        values = [list(column) for column in zip(*rows, strict=True)]
        self.con.execute(f"INSERT INTO {table} ({_columns(columns)}) SELECT {selects}", values)

    def _column_types(self, table: str) -> dict[str, str]:
        if table not in self._types:
            rows = self.con.execute(
                "SELECT column_name, data_type FROM duckdb_columns() "
                "WHERE table_name = ? AND schema_name = current_schema() "
                "AND database_name = current_database()",
                [table],
            ).fetchall()
            self._types[table] = dict(rows)
        return self._types[table]

    def record_problem(self, input_name: str, reason: str) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        self.con.execute("INSERT INTO problems VALUES (?, ?, ?)", [input_name, reason, now])

    # -- reading -----------------------------------------------------------------------------
    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        root: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        """Events matching the filters; actor filters match a code prefix (``TUR`` matches
        ``TURGOV``)."""
        where, params = event_filter(source, target, root, date_from, date_to, doc_id)
        sql = f"SELECT {_columns(EVENT_FIELDS)} FROM events{where}"
        sql += " ORDER BY doc_id, start, source, target, code"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [event_from_row(row) for row in self.con.execute(sql, params).fetchall()]

    def document(self, doc_id: str) -> dict | None:
        row = self.con.execute(
            f"SELECT {_columns(DOCUMENT_COLUMNS)} FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return dict(zip(DOCUMENT_COLUMNS, row, strict=True)) if row else None

    def counts(self) -> dict[str, int]:
        return {
            table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "sentences", "events", "actor_mentions", "problems")
        }

    def iter_documents(self) -> Iterator[dict]:
        cursor = self.con.execute(
            "SELECT doc_id, title, date, n_events FROM documents ORDER BY doc_id"
        )
        for row in cursor.fetchall():
            yield dict(zip(("doc_id", "title", "date", "n_events"), row, strict=True))


def event_row(event: Event) -> list:
    record = event.to_dict()
    if record["attribution"] is not None:
        record["attribution"] = json.dumps(record["attribution"])
    return [record[f] for f in EVENT_FIELDS]


def event_from_row(row: Sequence) -> dict:
    record = dict(zip(EVENT_FIELDS, row, strict=True))
    if isinstance(record.get("attribution"), str):
        record["attribution"] = json.loads(record["attribution"])
    return record
