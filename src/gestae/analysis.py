"""Across a corpus: one happening told many times, who contradicts whom, dyads and networks.

Everything here reads a gestae database (``gestae.store.Store``):

``build_clusters(store)``
    Events that report the same happening form a cluster: the same primary dyad (the first three
    letters of a country actor, the whole code of an ``IGO``/``IMG``/``NGO``/``MNC`` one), the
    same CAMEO root, dates within a window (3 days by default; an event known only to the month
    or the year matches at that precision) and the same place or none. Each cluster keeps its
    mentions, the documents and sources that tell it, and its first report (the earliest
    document date, then the earliest ``ingested_at``). The tables ``clusters`` and
    ``cluster_members`` hold them.
``find_contradictions(store)``
    Pairs of tellings that cannot both stand: the author disputes what a source reports (the
    attribution stage's ``disputes``), a sentence denies what a cluster reports ("Turkey denied
    shelling …": the same actors, an event word of the same family, near in time; the coder
    drops negated events, so the denials are read from the stored sentences), two sources give
    one cluster different days, or tell the same dyad's action at different places.
``dyad_series(store, a, b)`` and ``actor_network(store)``
    Counts by QuadClass and summed Goldstein over time, and the graph of who acts on whom.

``register(main)`` adds ``gestae clusters``, ``gestae contradictions``, ``gestae dyad`` and
``gestae network`` to the command line.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gestae.clitools import check_date, fail
from gestae.store import Store, event_filter

DEFAULT_WINDOW = 3
INTERNATIONAL = ("IGO", "IMG", "NGO", "MNC")
#: Roots whose events are the same kind of act when one source reports and another denies.
ROOT_FAMILIES = (
    {"18", "19", "20"},  # violence
    {"15", "17"},  # force short of fighting
    {"16"},
    {"13"},
    {"14"},
    {"10", "11", "12"},
    {"04", "05"},
    {"06", "07", "08"},
    {"01", "02", "03"},
    {"09"},
)
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
    r"|rebuff(?:s|ed)?|did not|didn't|does not|doesn't|has not|hasn't|had not|hadn't|never"
    r"|no truth|baseless|untrue|false)\b",
    re.IGNORECASE,
)
#: Words of the denial itself, not of the act denied.
DENIAL_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "say", "claim"})
PRECISION_RANK = {"day": 0, "document": 0, "week": 1, "month": 2, "year": 3}

CLUSTER_SCHEMA = """
CREATE OR REPLACE TABLE clusters (
    cluster_id VARCHAR PRIMARY KEY, source VARCHAR, target VARCHAR, root VARCHAR,
    code VARCHAR, event_name VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    date VARCHAR, date_precision VARCHAR, date_from VARCHAR, date_to VARCHAR, place VARCHAR,
    mentions INTEGER, n_documents INTEGER, n_sources INTEGER,
    sources VARCHAR[], documents VARCHAR[],
    first_doc_id VARCHAR, first_source VARCHAR, first_date DATE, first_ingested_at TIMESTAMP,
    first_event_id VARCHAR, first_text VARCHAR
);
CREATE OR REPLACE TABLE cluster_members (
    cluster_id VARCHAR, event_id VARCHAR, doc_id VARCHAR, source VARCHAR, teller VARCHAR,
    date VARCHAR, date_precision VARCHAR, place VARCHAR, is_first BOOLEAN
);
CREATE OR REPLACE TABLE clusters_meta (
    built_at TIMESTAMP, n_events BIGINT, n_documents BIGINT, window_days INTEGER
);
"""
CLUSTER_COLUMNS = [
    "cluster_id", "source", "target", "root", "code", "event_name", "quad_class", "goldstein",
    "date", "date_precision", "date_from", "date_to", "place", "mentions", "n_documents",
    "n_sources", "sources", "documents", "first_doc_id", "first_source", "first_date",
    "first_ingested_at", "first_event_id", "first_text",
]  # fmt: skip


class AnalysisError(ValueError):
    """An argument or database that an analysis cannot use; the message says which and why."""


def primary(code: str | None) -> str:
    """The actor at the level clusters compare: ``TURGOV`` -> ``TUR``; ``IGOUNO`` stays."""
    code = (code or "").upper()
    return code if code.startswith(INTERNATIONAL) else code[:3]


def family(root: str | None) -> frozenset[str]:
    for group in ROOT_FAMILIES:
        if root in group:
            return frozenset(group)
    return frozenset({root or ""})


# -- dates ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class When:
    """An event's date as the interval it may cover, at its precision."""

    first: dt.date
    last: dt.date
    precision: str

    @classmethod
    def parse(cls, value: str | None, precision: str | None) -> When | None:
        if not value:
            return None
        text = str(value)[:10]
        try:
            parts = [int(p) for p in text.split("-")]
            if len(parts) == 3:
                day = dt.date(*parts)
                if precision == "week":
                    return cls(day, day + dt.timedelta(days=6), "week")
                return cls(day, day, "day")
            if len(parts) == 2:
                first = dt.date(parts[0], parts[1], 1)
                following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
                return cls(first, following - dt.timedelta(days=1), "month")
            return cls(dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), "year")
        except ValueError:
            return None

    def matches(self, other: When, window: int) -> bool:
        """Whether two dates can be one happening's: within ``window`` days, or the same
        month or year when either is known only that far."""
        coarse = max(self.precision, other.precision, key=lambda p: PRECISION_RANK[p])
        if coarse == "year":
            return self.first.year == other.first.year
        if coarse == "month":
            return (self.first.year, self.first.month) == (other.first.year, other.first.month)
        gap = max((other.first - self.last).days, (self.first - other.last).days, 0)
        return gap <= window


def _check_window(window: int) -> int:
    if not isinstance(window, int) or window < 0:
        raise AnalysisError(f"window {window!r}: needs a whole number of days, 0 or more")
    return window


# -- clusters ------------------------------------------------------------------------------------
@dataclass
class _Member:
    event: dict
    when: When
    doc_date: dt.date | None
    ingested_at: dt.datetime | None
    source: str
    teller: str

    @property
    def report_order(self) -> tuple:
        return (
            self.doc_date is None,
            self.doc_date or dt.date.max,
            self.ingested_at or dt.datetime.max,
            self.event["doc_id"],
            self.event["start"],
        )


@dataclass
class _Cluster:
    members: list[_Member] = field(default_factory=list)
    place: str | None = None

    def accepts(self, member: _Member, window: int) -> bool:
        place = member.event.get("place")
        if place and self.place and place.lower() != self.place.lower():
            return False
        return any(m.when.matches(member.when, window) for m in self.members)

    def add(self, member: _Member) -> None:
        self.members.append(member)
        if self.place is None and member.event.get("place"):
            self.place = member.event["place"]


_SOURCE_SQL = (
    "coalesce(nullif(d.source, ''), nullif(regexp_extract(d.url, '//([^/]+)', 1), ''), e.doc_id)"
)


def _teller(event: dict, source: str) -> str:
    """Who tells an event: the innermost source of its attribution, else the document's."""
    chain = event.get("attribution") or []
    if isinstance(chain, str):
        import json

        chain = json.loads(chain)
    for layer in reversed(chain):
        if layer.get("kind") != "author" and layer.get("who"):
            return layer["who"]
    return source


def _load_members(store: Store) -> list[_Member]:
    from gestae.store import EVENT_FIELDS, event_from_row

    columns = ", ".join(f'e."{c}"' for c in EVENT_FIELDS)
    rows = store.con.execute(
        f"SELECT {columns}, d.date, d.ingested_at, {_SOURCE_SQL} "
        "FROM events e LEFT JOIN documents d USING (doc_id)"
    ).fetchall()
    members = []
    for row in rows:
        event = event_from_row(row[: len(EVENT_FIELDS)])
        doc_date, ingested_at, source = row[len(EVENT_FIELDS) :]
        when = When.parse(event.get("date"), event.get("date_precision"))
        if when is None and doc_date is not None:
            when = When(doc_date, doc_date, "day")
        if when is None:
            continue  # an event with no date at all cannot be placed beside others
        members.append(_Member(event, when, doc_date, ingested_at, source, _teller(event, source)))
    return members


def cluster_events(members: Sequence[_Member], window: int = DEFAULT_WINDOW) -> list[_Cluster]:
    """Group events that tell the same happening (see the module docstring)."""
    groups: dict[tuple, list[_Member]] = defaultdict(list)
    for member in members:
        e = member.event
        groups[(primary(e["source"]), primary(e["target"]), e["root"])].append(member)
    clusters: list[_Cluster] = []
    for key in sorted(groups):
        # Day-precise events first, in date order, so that coarser ones join what they cover.
        ordered = sorted(
            groups[key],
            key=lambda m: (PRECISION_RANK[m.when.precision], m.when.first, m.report_order),
        )
        open_clusters: list[_Cluster] = []
        for member in ordered:
            home = next((c for c in open_clusters if c.accepts(member, window)), None)
            if home is None:
                home = _Cluster()
                open_clusters.append(home)
            home.add(member)
        clusters.extend(open_clusters)
    return clusters


def _cluster_row(cluster: _Cluster) -> tuple[list, list[list]]:
    members = cluster.members
    first = min(members, key=lambda m: m.report_order)
    e0 = first.event
    key = f"{primary(e0['source'])}|{primary(e0['target'])}|{e0['root']}|{e0['id']}"
    cluster_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    code = Counter(m.event["code"] for m in members).most_common(1)[0][0]
    named = next(m.event for m in members if m.event["code"] == code)
    precise = [m for m in members if m.when.precision in ("day", "document")]
    dated = min(precise or members, key=lambda m: m.report_order)
    days = [m.when.first for m in members] + [m.when.last for m in members]
    sources = sorted({m.source for m in members})
    documents = sorted({m.event["doc_id"] for m in members})
    goldstein = sum(m.event["goldstein"] or 0 for m in members) / len(members)
    row = [
        cluster_id,
        primary(e0["source"]),
        primary(e0["target"]),
        e0["root"],
        code,
        named["event_name"],
        named["quad_class"],
        round(goldstein, 2),
        dated.event["date"] or (dated.doc_date.isoformat() if dated.doc_date else None),
        dated.when.precision,
        min(days).isoformat(),
        max(days).isoformat(),
        cluster.place,
        len(members),
        len(documents),
        len(sources),
        sources,
        documents,
        e0["doc_id"],
        first.source,
        first.doc_date,
        first.ingested_at,
        e0["id"],
        e0["text"],
    ]
    member_rows = [
        [
            cluster_id,
            m.event["id"],
            m.event["doc_id"],
            m.source,
            m.teller,
            m.event["date"],
            m.event["date_precision"],
            m.event.get("place"),
            m is first,
        ]
        for m in members
    ]
    return row, member_rows


def build_clusters(store: Store, window: int = DEFAULT_WINDOW) -> int:
    """(Re)build the ``clusters`` and ``cluster_members`` tables; returns the cluster count."""
    _check_window(window)
    members = _load_members(store)
    clusters = cluster_events(members, window)
    rows, member_rows = [], []
    for cluster in clusters:
        row, extra = _cluster_row(cluster)
        rows.append(row)
        member_rows.extend(extra)
    counts = store.con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM documents)"
    ).fetchone()
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(CLUSTER_SCHEMA)
        _insert(store, "clusters", CLUSTER_COLUMNS, rows)
        member_columns = [
            "cluster_id", "event_id", "doc_id", "source", "teller", "date", "date_precision",
            "place", "is_first",
        ]  # fmt: skip
        _insert(store, "cluster_members", member_columns, member_rows)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        con.execute("INSERT INTO clusters_meta VALUES (?, ?, ?, ?)", [now, *counts, window])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(rows)


def _insert(store: Store, table: str, columns: list[str], rows: list[list]) -> None:
    if not rows:
        return
    import pyarrow as pa

    arrays = {c: [row[i] for row in rows] for i, c in enumerate(columns)}
    batch = pa.table(arrays)  # noqa: F841 - read by DuckDB through its name
    names = ", ".join(f'"{c}"' for c in columns)
    store.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM batch")


def clusters_current(store: Store, window: int = DEFAULT_WINDOW) -> bool:
    """Whether the stored clusters were built from the events now stored, with this window."""
    tables = {r[0] for r in store.con.execute("SHOW TABLES").fetchall()}
    if not {"clusters", "cluster_members", "clusters_meta"} <= tables:
        return False
    meta = store.con.execute(
        "SELECT n_events, n_documents, window_days FROM clusters_meta "
        "ORDER BY built_at DESC LIMIT 1"
    ).fetchone()
    counts = store.con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM documents)"
    ).fetchone()
    return meta is not None and tuple(meta) == (*counts, window)


def _filters(
    source: str | None,
    target: str | None,
    root: str | None,
    date_from: str | None,
    date_to: str | None,
    prefix: str = "",
) -> tuple[list[str], list]:
    where, params = [], []
    if source:
        where.append(f"{prefix}source LIKE ? || '%'")
        params.append(source.upper())
    if target:
        where.append(f"{prefix}target LIKE ? || '%'")
        params.append(target.upper())
    if root:
        if not re.fullmatch(r"\d{1,2}", str(root)):
            raise AnalysisError(f"root {root!r} is not a CAMEO root code (01-20)")
        where.append(f"{prefix}root = ?")
        params.append(str(root).zfill(2))
    if date_from:
        where.append(f"{prefix}date_to >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{prefix}date_from <= ?")
        params.append(date_to)
    return where, params


def list_clusters(
    store: Store,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    min_mentions: int = 1,
) -> list[dict]:
    """Stored clusters matching the filters, the most told first."""
    where, params = _filters(source, target, root, date_from, date_to)
    where.append("mentions >= ?")
    params.append(min_mentions)
    sql = f"SELECT {', '.join(CLUSTER_COLUMNS)} FROM clusters WHERE {' AND '.join(where)}"
    sql += " ORDER BY n_sources DESC, mentions DESC, date_from, cluster_id"
    rows = store.con.execute(sql, params).fetchall()
    return [dict(zip(CLUSTER_COLUMNS, r, strict=True)) for r in rows]


def cluster_members(store: Store, cluster_id: str) -> list[dict]:
    columns = ["event_id", "doc_id", "source", "teller", "date", "date_precision", "place"]
    rows = store.con.execute(
        f"SELECT {', '.join('m.' + c for c in columns)}, e.text, e.stance, d.date, "
        "d.ingested_at FROM cluster_members m JOIN events e ON e.id = m.event_id "
        "AND e.doc_id = m.doc_id LEFT JOIN documents d ON d.doc_id = m.doc_id "
        "WHERE m.cluster_id = ? ORDER BY d.date NULLS LAST, d.ingested_at, m.doc_id",
        [cluster_id],
    ).fetchall()
    names = [*columns, "text", "stance", "doc_date", "ingested_at"]
    return [dict(zip(names, r, strict=True)) for r in rows]


# -- contradictions ------------------------------------------------------------------------------
def _side(doc_id, source, date, text, **extra) -> dict:
    return {"doc_id": doc_id, "source": source, "date": _iso(date), "text": text, **extra}


def _iso(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


def find_contradictions(
    store: Store,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    window: int = DEFAULT_WINDOW,
    kinds: Iterable[str] = ("disputed", "denied", "dates", "places"),
) -> list[dict]:
    """Contradictions among the stored clusters (build them first with ``build_clusters``)."""
    kinds = set(kinds)
    clusters = list_clusters(store, source, target, root, date_from, date_to)
    by_id = {c["cluster_id"]: c for c in clusters}
    found: list[dict] = []
    if "disputed" in kinds:
        found += _disputed(store, by_id)
    if "denied" in kinds:
        found += _denied(store, clusters, window)
    if "dates" in kinds:
        found += _date_conflicts(store, clusters)
    if "places" in kinds:
        found += _place_conflicts(store, clusters, window)
    return found


def _record(kind: str, cluster: dict, a: dict, b: dict, detail: str) -> dict:
    return {
        "kind": kind,
        "cluster_id": cluster["cluster_id"],
        "source": cluster["source"],
        "target": cluster["target"],
        "root": cluster["root"],
        "event_name": cluster["event_name"],
        "date": cluster["date"],
        "detail": detail,
        "a": a,
        "b": b,
    }


def _disputed(store: Store, clusters: dict[str, dict]) -> list[dict]:
    """The author disputes what a source is quoted or reported as saying."""
    if not clusters:
        return []
    rows = store.con.execute(
        "SELECT m.cluster_id, e.doc_id, e.text, e.stance_evidence, e.attribution, m.teller, "
        "m.source, d.date FROM cluster_members m JOIN events e ON e.id = m.event_id "
        "AND e.doc_id = m.doc_id LEFT JOIN documents d ON d.doc_id = m.doc_id "
        "WHERE e.stance = 'disputes' ORDER BY m.cluster_id, e.doc_id, e.start"
    ).fetchall()
    out, seen = [], set()
    for cluster_id, doc_id, text, evidence, _, teller, doc_source, date in rows:
        cluster = clusters.get(cluster_id)
        if cluster is None or (cluster_id, doc_id, text) in seen:
            continue
        seen.add((cluster_id, doc_id, text))
        out.append(
            _record(
                "disputed",
                cluster,
                _side(doc_id, teller, date, text),
                _side(doc_id, doc_source, date, evidence),
                f"{doc_source} disputes what {teller} reports",
            )
        )
    return out


@dataclass
class _Denial:
    doc_id: str
    source: str
    date: dt.date | None
    text: str
    actors: set[str]
    roots: set[str]


def _denials(store: Store) -> list[_Denial]:
    """Sentences that deny or reject something, with the actors and event roots they name."""
    rows = store.con.execute(
        f"SELECT s.doc_id, s.text, d.date, {_SOURCE_SQL.replace('e.doc_id', 's.doc_id')} "
        "FROM sentences s LEFT JOIN documents d USING (doc_id) "
        "ORDER BY s.doc_id, s.sentence_index"
    ).fetchall()
    candidates = [r for r in rows if DENIAL.search(r[1] or "")]
    if not candidates:
        return []
    from gestae.actors import PhraseResolver, bundled_kb
    from gestae.events import bundled_lexicon
    from gestae.nlp import get_pipeline

    nlp = get_pipeline()
    kb = bundled_kb()
    lexicon = bundled_lexicon()
    disabled = [n for n in nlp.pipe_names if n in ("gestae_events", "gestae_attribution")]
    texts = (text for _, text, _, _ in candidates)
    denials = []
    with nlp.select_pipes(disable=disabled):
        for (doc_id, text, date, source), doc in zip(candidates, nlp.pipe(texts), strict=True):
            resolver = PhraseResolver(doc, kb, date)
            actors: set[str] = set()
            roots: set[str] = set()
            for token in doc:
                if token.pos_ in ("NOUN", "PROPN"):
                    ref = resolver.actor(token)
                    if ref is not None:
                        actors.add(primary(ref.code))
                lemma = token.lemma_.lower()
                if lemma in DENIAL_LEMMAS:
                    continue
                if token.pos_ in ("VERB", "NOUN"):
                    for entry in lexicon.verbs.get(lemma, []):
                        roots.add(entry.code[:2])
                    noun = lexicon.noun_entry(token) if token.pos_ == "NOUN" else None
                    if noun is not None:
                        roots.add(noun.code[:2])
            if len(actors) >= 2 and roots:
                denials.append(_Denial(doc_id, source, date, text, actors, roots))
    return denials


def _denied(store: Store, clusters: list[dict], window: int) -> list[dict]:
    """A sentence denies what a cluster reports: its actors, its kind of act, near in time."""
    if not clusters:
        return []
    denials = _denials(store)
    out = []
    for cluster in clusters:
        first = dt.date.fromisoformat(cluster["date_from"]) - dt.timedelta(days=window)
        last = dt.date.fromisoformat(cluster["date_to"]) + dt.timedelta(days=window)
        roots = family(cluster["root"])
        for denial in denials:
            if denial.text == cluster["first_text"]:
                continue
            if not {cluster["source"], cluster["target"]} <= denial.actors:
                continue
            if not denial.roots & roots:
                continue
            if denial.date is not None and not first <= denial.date <= last:
                continue
            out.append(
                _record(
                    "denied",
                    cluster,
                    _side(
                        cluster["first_doc_id"],
                        cluster["first_source"],
                        cluster["first_date"],
                        cluster["first_text"],
                    ),
                    _side(denial.doc_id, denial.source, denial.date, denial.text),
                    f"{denial.source} denies what {cluster['first_source']} reports",
                )
            )
    return out


def _date_conflicts(store: Store, clusters: list[dict]) -> list[dict]:
    """Two sources give one cluster different days."""
    out = []
    for cluster in clusters:
        if cluster["n_sources"] < 2:
            continue
        members = [
            m
            for m in cluster_members(store, cluster["cluster_id"])
            if m["date_precision"] == "day" and m["date"]
        ]
        by_date: dict[str, dict] = {}
        for member in members:  # in report order: keep each day's first teller
            by_date.setdefault(member["date"][:10], member)
        days = sorted(by_date)
        for i, day in enumerate(days):
            for other in days[i + 1 :]:
                a, b = by_date[day], by_date[other]
                if a["source"] == b["source"]:
                    continue
                out.append(
                    _record(
                        "dates",
                        cluster,
                        _side(a["doc_id"], a["source"], a["doc_date"], a["text"], said=day),
                        _side(b["doc_id"], b["source"], b["doc_date"], b["text"], said=other),
                        f"{a['source']} says {day}, {b['source']} says {other}",
                    )
                )
    return out


def _place_conflicts(store: Store, clusters: list[dict], window: int) -> list[dict]:
    """Two sources tell the same dyad's act, near in time, at different places."""
    out = []
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for cluster in clusters:
        if cluster["place"]:
            groups[(cluster["source"], cluster["target"], cluster["root"])].append(cluster)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (
                    a["place"].lower() == b["place"].lower()
                    or a["first_source"] == b["first_source"]
                ):
                    continue
                when_a = When.parse(a["date_from"], "day")
                when_b = When.parse(b["date_from"], "day")
                span_a = When(when_a.first, When.parse(a["date_to"], "day").last, "day")
                span_b = When(when_b.first, When.parse(b["date_to"], "day").last, "day")
                if not span_a.matches(span_b, window):
                    continue
                out.append(
                    _record(
                        "places",
                        a,
                        _side(
                            a["first_doc_id"],
                            a["first_source"],
                            a["first_date"],
                            a["first_text"],
                            said=a["place"],
                        ),
                        _side(
                            b["first_doc_id"],
                            b["first_source"],
                            b["first_date"],
                            b["first_text"],
                            said=b["place"],
                        ),
                        f"{a['first_source']} says {a['place']}, "
                        f"{b['first_source']} says {b['place']}",
                    )  # fmt: skip
                )
    return out


# -- dyads and networks --------------------------------------------------------------------------
PERIODS = ("day", "week", "month")


def _period(day: dt.date, by: str) -> str:
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    return day.strftime("%Y-%m")


def _event_day(date: str | None) -> dt.date | None:
    when = When.parse(date, None)
    return when.first if when else None


def dyad_series(
    store: Store,
    a: str,
    b: str,
    by: str = "day",
    directed: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[dict]:
    """Events between two actors per period: counts by QuadClass and summed Goldstein.

    ``a`` and ``b`` match actor codes by prefix (``TUR`` matches ``TURGOV``); both directions
    count unless ``directed``. Events known only to a coarser precision than ``by`` fall in
    the period of their first day.
    """
    if by not in PERIODS:
        raise AnalysisError(f"--by {by!r}: choose one of {', '.join(PERIODS)}")
    if not a or not b:
        raise AnalysisError("a dyad needs two actor codes")
    a, b = a.upper(), b.upper()
    sql = (
        "SELECT date, quad_class, goldstein FROM events WHERE "
        "((source LIKE ? || '%' AND target LIKE ? || '%')"
    )
    params: list = [a, b]
    if not directed:
        sql += " OR (source LIKE ? || '%' AND target LIKE ? || '%')"
        params += [b, a]
    sql += ")"
    rows: dict[str, dict] = {}
    for date, quad, goldstein in store.con.execute(sql, params).fetchall():
        day = _event_day(date)
        if day is None:
            continue
        if date_from and day.isoformat() < date_from or date_to and day.isoformat() > date_to:
            continue
        key = _period(day, by)
        row = rows.setdefault(
            key, {"period": key, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "events": 0, "goldstein": 0.0}
        )
        if quad in (1, 2, 3, 4):
            row[f"q{quad}"] += 1
        row["events"] += 1
        row["goldstein"] = round(row["goldstein"] + (goldstein or 0.0), 2)
    return [rows[k] for k in sorted(rows)]


SERIES_COLUMNS = ["period", "q1", "q2", "q3", "q4", "events", "goldstein"]
QUAD_NAMES = {
    "q1": "verbal cooperation",
    "q2": "material cooperation",
    "q3": "verbal conflict",
    "q4": "material conflict",
}
QUAD_COLOURS = {"q1": "#8fd18f", "q2": "#2e8b57", "q3": "#f4a261", "q4": "#c0392b"}


def series_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, SERIES_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def plot_dyad(rows: list[dict], a: str, b: str, path: str | Path, by: str = "day") -> None:
    """A PNG: stacked QuadClass counts per period above the summed Goldstein score."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    labels = [r["period"] for r in rows]
    x = range(len(rows))
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(max(8, 0.5 * len(rows) + 5), 6), sharex=True, height_ratios=(3, 2)
    )
    base = [0] * len(rows)
    for key in ("q1", "q2", "q3", "q4"):
        values = [r[key] for r in rows]
        top.bar(x, values, bottom=base, color=QUAD_COLOURS[key], label=QUAD_NAMES[key])
        base = [p + v for p, v in zip(base, values, strict=True)]
    top.set_ylabel("events")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_title(f"{a} – {b}: events per {by}")
    top.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    scores = [r["goldstein"] for r in rows]
    bottom.bar(x, scores, color=["#2e8b57" if s >= 0 else "#c0392b" for s in scores])
    bottom.axhline(0, color="black", linewidth=0.8)
    bottom.set_ylabel("summed Goldstein")
    bottom.set_xticks(list(x))
    bottom.set_xticklabels(labels, rotation=45, ha="right", fontsize="small")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def actor_network(
    store: Store,
    date_from: str | None = None,
    date_to: str | None = None,
    level: str = "primary",
    min_events: int = 1,
):
    """A directed networkx graph: actors as nodes, an edge per acting pair weighted by events,
    with the mean Goldstein score and ``relation`` (cooperation, conflict or neutral)."""
    import networkx as nx

    if level not in ("primary", "full"):
        raise AnalysisError(f"level {level!r}: choose primary or full")
    where, params = event_filter(date_from=date_from, date_to=date_to)
    sql = f"SELECT source, target, goldstein FROM events{where}"
    edges: dict[tuple[str, str], list[float]] = defaultdict(list)
    for source, target, goldstein in store.con.execute(sql, params).fetchall():
        if level == "primary":
            source, target = primary(source), primary(target)
        if source and target and source != target:
            edges[(source, target)].append(goldstein or 0.0)
    graph = nx.DiGraph()
    names = _actor_names()
    for (source, target), scores in sorted(edges.items()):
        if len(scores) < min_events:
            continue
        mean = sum(scores) / len(scores)
        relation = "cooperation" if mean > 0 else "conflict" if mean < 0 else "neutral"
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=names.get(node, node), events=0)
        graph.nodes[source]["events"] += len(scores)
        graph.nodes[target]["events"] += len(scores)
        graph.add_edge(
            source,
            target,
            weight=len(scores),
            goldstein_sum=round(sum(scores), 2),
            goldstein_mean=round(mean, 2),
            relation=relation,
        )
    return graph


def _actor_names() -> dict[str, str]:
    from gestae.actors import bundled_kb

    kb = bundled_kb()
    return {**kb.org_names, **kb.countries}


EDGE_COLUMNS = ["source", "target", "weight", "goldstein_sum", "goldstein_mean", "relation"]
RELATION_COLOURS = {"cooperation": "#2e8b57", "conflict": "#c0392b", "neutral": "#999999"}


def network_csv(graph) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    for source, target, data in graph.edges(data=True):
        writer.writerow([source, target, *(data[c] for c in EDGE_COLUMNS[2:])])
    return buffer.getvalue()


def plot_network(graph, path: str | Path, title: str = "Who acts on whom") -> None:
    """A PNG of the graph: edges coloured by cooperation or conflict, as wide as their count."""
    import math

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    fig, ax = plt.subplots(figsize=(9, 7))
    if graph.number_of_nodes():
        layout = nx.spring_layout(graph, seed=7, k=1.5 / math.sqrt(graph.number_of_nodes()))
        sizes = [300 + 120 * math.sqrt(graph.nodes[n]["events"]) for n in graph.nodes]
        nx.draw_networkx_nodes(graph, layout, node_size=sizes, node_color="#dfe7f2", ax=ax,
                               edgecolors="#4a6fa5")  # fmt: skip
        nx.draw_networkx_labels(graph, layout, font_size=9, ax=ax)
        edges = list(graph.edges(data=True))
        nx.draw_networkx_edges(
            graph,
            layout,
            edgelist=[(s, t) for s, t, _ in edges],
            width=[1 + 1.5 * math.log1p(d["weight"]) for _, _, d in edges],
            edge_color=[RELATION_COLOURS[d["relation"]] for _, _, d in edges],
            arrows=True,
            arrowsize=14,
            connectionstyle="arc3,rad=0.12",
            node_size=sizes,
            ax=ax,
        )
    from matplotlib.lines import Line2D

    handles = [Line2D([0], [0], color=c, lw=3, label=r) for r, c in RELATION_COLOURS.items()]
    ax.legend(handles=handles, loc="lower left", fontsize="small", title="mean Goldstein")
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


# -- the command line ----------------------------------------------------------------------------
_check_date = check_date
_fail = fail


def _open(db: str, write: bool = False) -> Store:
    try:
        return Store(db, read_only=not write)
    except FileNotFoundError as exc:
        _fail(str(exc))
    except Exception as exc:  # duckdb.IOException and the like: name the file and why
        _fail(f"{db}: cannot open the database ({exc})")


def _ensure_clusters(db: str, window: int, rebuild: bool) -> Store:
    """The store, opened read-only when its clusters are current, else rebuilt first."""
    store = _open(db)
    if not rebuild and clusters_current(store, window):
        return store
    store.close()
    with _open(db, write=True) as writable:
        build_clusters(writable, window)
    return _open(db)


def _print_table(columns: list[str], rows: list[list], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console(width=160 if not sys.stdout.isatty() else None).print(table)


def register(main) -> None:
    """Add ``clusters``, ``contradictions``, ``dyad`` and ``network`` to the ``gestae`` group."""
    import json

    import click

    db_option = click.option(
        "--db", default="gestae.duckdb", show_default=True, help="The DuckDB database file."
    )
    window_option = click.option(
        "--window",
        type=click.IntRange(min=0),
        default=DEFAULT_WINDOW,
        show_default=True,
        help="Days apart that two reports of one happening may be.",
    )
    rebuild_option = click.option(
        "--rebuild", is_flag=True, help="Rebuild the clusters even if they are current."
    )

    def filters(function):
        for option in reversed(
            [
                click.option("--source", help="Source actor code or prefix (TUR, IGOUNO)."),
                click.option("--target", help="Target actor code or prefix."),
                click.option("--root", help="CAMEO root code (01-20)."),
                click.option("--from", "date_from", callback=_check_date, help="Earliest date."),
                click.option("--to", "date_to", callback=_check_date, help="Latest date."),
            ]
        ):
            function = option(function)
        return function

    @main.command(name="clusters")
    @db_option
    @filters
    @window_option
    @rebuild_option
    @click.option("--min-mentions", type=click.IntRange(min=1), default=1, show_default=True)
    @click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
    def clusters_command(
        db, source, target, root, date_from, date_to, window, rebuild, min_mentions, fmt
    ) -> None:
        """Events that report the same happening, with their first report (builds the
        clusters table when the events changed)."""
        store = _ensure_clusters(db, window, rebuild)
        with store:
            try:
                rows = list_clusters(store, source, target, root, date_from, date_to, min_mentions)
            except AnalysisError as exc:
                _fail(str(exc))
        if fmt == "jsonl":
            for row in rows:
                click.echo(json.dumps(row, default=_iso, ensure_ascii=False))
            return
        _print_table(
            ["cluster", "dyad", "event", "dates", "place", "mentions", "sources", "first report"],
            [
                [
                    r["cluster_id"],
                    f"{r['source']}->{r['target']}",
                    f"{r['code']} {r['event_name']}",
                    r["date_from"] if r["date_from"] == r["date_to"]
                    else f"{r['date_from']}..{r['date_to']}",
                    r["place"],
                    r["mentions"],
                    ", ".join(r["sources"]),
                    f"{r['first_source']} {r['first_doc_id']} ({_iso(r['first_date']) or '?'})",
                ]
                for r in rows
            ],
        )  # fmt: skip
        click.echo(f"{len(rows)} clusters")

    @main.command(name="contradictions")
    @db_option
    @filters
    @window_option
    @rebuild_option
    @click.option(
        "--kind",
        "kinds",
        multiple=True,
        type=click.Choice(["disputed", "denied", "dates", "places"]),
        help="Only these kinds (repeatable).",
    )
    @click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
    def contradictions_command(
        db, source, target, root, date_from, date_to, window, rebuild, kinds, fmt
    ) -> None:
        """Reports that contradict each other, with both evidence sentences."""
        store = _ensure_clusters(db, window, rebuild)
        with store:
            try:
                found = find_contradictions(
                    store, source, target, root, date_from, date_to, window,
                    kinds or ("disputed", "denied", "dates", "places"),
                )  # fmt: skip
            except AnalysisError as exc:
                _fail(str(exc))
        if fmt == "jsonl":
            for row in found:
                click.echo(json.dumps(row, default=_iso, ensure_ascii=False))
            return
        _print_table(
            ["kind", "dyad", "event", "who", "one says", "the other says"],
            [
                [
                    c["kind"],
                    f"{c['source']}->{c['target']}",
                    f"{c['root']} {c['event_name']}",
                    c["detail"],
                    f"{c['a']['doc_id']}: {c['a']['text']}",
                    f"{c['b']['doc_id']}: {c['b']['text']}",
                ]
                for c in found
            ],
        )
        click.echo(f"{len(found)} contradictions")

    @main.command(name="dyad")
    @click.argument("a")
    @click.argument("b")
    @db_option
    @click.option("--by", type=click.Choice(PERIODS), default="day", show_default=True)
    @click.option("--directed", is_flag=True, help="Only A acting on B, not both ways.")
    @click.option("--from", "date_from", callback=_check_date, help="Earliest date.")
    @click.option("--to", "date_to", callback=_check_date, help="Latest date.")
    @click.option("--plot", type=click.Path(dir_okay=False), help="Write a PNG chart here.")
    @click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Write CSV here.")
    def dyad_command(a, b, db, by, directed, date_from, date_to, plot, csv_path) -> None:
        """Events between actors A and B over time: counts by QuadClass, summed Goldstein."""
        with _open(db) as store:
            try:
                rows = dyad_series(store, a, b, by, directed, date_from, date_to)
            except AnalysisError as exc:
                _fail(str(exc))
        arrow = "->" if directed else "<->"
        _print_table(
            ["period", *(QUAD_NAMES[q] for q in ("q1", "q2", "q3", "q4")), "events", "Goldstein"],
            [[r[c] for c in SERIES_COLUMNS] for r in rows],
            title=f"{a.upper()} {arrow} {b.upper()} by {by}",
        )
        if csv_path:
            Path(csv_path).write_text(series_csv(rows), encoding="utf-8")
            click.echo(f"{len(rows)} periods -> {csv_path}", err=True)
        if plot:
            if not rows:
                _fail(f"no events between {a} and {b}: nothing to plot")
            plot_dyad(rows, a.upper(), b.upper(), plot, by)
            click.echo(f"chart -> {plot}", err=True)

    @main.command(name="network")
    @db_option
    @click.option("--from", "date_from", callback=_check_date, help="Earliest date.")
    @click.option("--to", "date_to", callback=_check_date, help="Latest date.")
    @click.option(
        "--level",
        type=click.Choice(["primary", "full"]),
        default="primary",
        show_default=True,
        help="Nodes as primary actors (TUR, IGOUNO) or full codes (TURGOV).",
    )
    @click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True)
    @click.option("--format", "fmt", type=click.Choice(["graphml", "csv"]), default="csv")
    @click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
    @click.option("--plot", type=click.Path(dir_okay=False), help="Write a PNG drawing here.")
    def network_command(db, date_from, date_to, level, min_events, fmt, output, plot) -> None:
        """The actor network: who acts on whom, how often, cooperating or in conflict."""
        import networkx as nx

        with _open(db) as store:
            graph = actor_network(store, date_from, date_to, level, min_events)
        if fmt == "graphml":
            if not output:
                _fail("--format graphml needs -o FILE")
            nx.write_graphml(graph, output)
        else:
            text = network_csv(graph)
            if output:
                Path(output).write_text(text, encoding="utf-8")
            else:
                click.echo(text, nl=False)
        summary = f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} edges"
        click.echo(summary + (f" -> {output}" if output else ""), err=True)
        if plot:
            plot_network(graph, plot)
            click.echo(f"drawing -> {plot}", err=True)
