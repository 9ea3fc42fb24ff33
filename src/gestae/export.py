"""Event exports: JSON Lines, CSV, Parquet, and GDELT- and PLOVER-compatible layouts."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from gestae.events import EVENT_FIELDS

FORMATS = ("table", "jsonl", "csv", "parquet", "gdelt", "plover")

# The GDELT 2.0 event table, in its column order (61 columns).
_ACTOR_COLUMNS = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
]  # fmt: skip
_GEO_COLUMNS = [
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
]  # fmt: skip
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR_COLUMNS]
    + [f"Actor2{c}" for c in _ACTOR_COLUMNS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO_COLUMNS]
    + [f"Actor2Geo_{c}" for c in _GEO_COLUMNS]
    + [f"ActionGeo_{c}" for c in _GEO_COLUMNS]
    + ["DATEADDED", "SOURCEURL"]
)  # fmt: skip
IGO_PREFIXES = ("IGO", "IMG", "NGO", "MNC")


def _split_actor(code: str) -> tuple[str, str, str]:
    """(country, known group, type) parts of an actor code, GDELT style."""
    if code[:3] in IGO_PREFIXES:
        return "", code[3:], code[:3]
    return code[:3], "", code[3:6]


def _date_parts(date: str | None) -> tuple[str, str, str, str]:
    if not date:
        return "", "", "", ""
    parts = (date.split("-") + ["01", "01"])[:3]
    year, month, day = parts[0], parts[1] or "01", parts[2] or "01"
    fraction = f"{int(year) + (int(month) - 1) / 12 + (int(day) - 1) / 365:.4f}"
    return f"{year}{month}{day}", f"{year}{month}", year, fraction


def gdelt_row(event: dict, document: dict | None = None) -> list[str]:
    sqldate, month_year, year, fraction = _date_parts(event.get("date"))
    row: dict[str, object] = dict.fromkeys(GDELT_COLUMNS, "")
    row.update(
        GLOBALEVENTID=event["id"], SQLDATE=sqldate, MonthYear=month_year, Year=year,
        FractionDate=fraction, IsRootEvent=1, EventCode=event["code"],
        EventBaseCode=event["code"][:3], EventRootCode=event["root"],
        QuadClass=event["quad_class"], GoldsteinScale=event["goldstein"],
        NumMentions=event.get("num_mentions", 1), NumSources=1, NumArticles=1,
    )  # fmt: skip
    for prefix, key in (("Actor1", "source"), ("Actor2", "target")):
        country, group, kind = _split_actor(event[key])
        row[f"{prefix}Code"] = event[key]
        row[f"{prefix}Name"] = event.get(f"{key}_text") or ""
        row[f"{prefix}CountryCode"] = country
        row[f"{prefix}KnownGroupCode"] = group
        row[f"{prefix}Type1Code"] = kind
    if event.get("lat") is not None and event.get("lon") is not None:
        row["ActionGeo_Type"] = _geo_type(event.get("place_precision"))
        row["ActionGeo_FullName"] = event.get("place") or ""
        row["ActionGeo_CountryCode"] = event.get("country") or ""
        row["ActionGeo_ADM1Code"] = event.get("admin1") or ""
        row["ActionGeo_Lat"] = event["lat"]
        row["ActionGeo_Long"] = event["lon"]
    if document:
        row["SOURCEURL"] = document.get("url") or document.get("path") or event["doc_id"]
    else:
        row["SOURCEURL"] = event.get("doc_id") or ""
    return ["" if row[c] is None else str(row[c]) for c in GDELT_COLUMNS]


def _geo_type(precision: str | None) -> int:
    # GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
    return {"country": 1, "admin1": 5, "city": 4}.get(precision or "city", 4)


def plover_record(event: dict) -> dict:
    """A PLOVER/POLECAT-style record of an event."""
    source_country, _, source_sector = _split_actor(event["source"])
    target_country, _, target_sector = _split_actor(event["target"])
    return {
        "event_id": event["id"],
        "event_date": event.get("date"),
        "event_date_precision": event.get("date_precision"),
        "event_type": event.get("plover"),
        "event_mode": None,
        "cameo_code": event["code"],
        "goldstein": event["goldstein"],
        "quad_class": event["quad_class"],
        "actor1": event.get("source_text"),
        "actor1_code": event["source"],
        "actor1_country": source_country or None,
        "actor1_sector": source_sector or None,
        "actor2": event.get("target_text"),
        "actor2_code": event["target"],
        "actor2_country": target_country or None,
        "actor2_sector": target_sector or None,
        "location": event.get("place"),
        "lat": event.get("lat"),
        "lon": event.get("lon"),
        "story_id": event.get("doc_id"),
        "event_text": event.get("text"),
        "attribution": event.get("attribution"),
        "stance": event.get("stance"),
        "rule": event.get("rule"),
    }


def render(events: Sequence[dict], fmt: str, documents: dict[str, dict] | None = None) -> str:
    """Events as text in one of the text formats (every format but ``parquet``)."""
    if fmt == "jsonl":
        return "".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in events)
    if fmt == "plover":
        return "".join(
            json.dumps(plover_record(e), ensure_ascii=False, default=str) + "\n" for e in events
        )
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(EVENT_FIELDS)
        for e in events:
            writer.writerow(
                [json.dumps(e[f]) if f == "attribution" and e[f] else e[f] for f in EVENT_FIELDS]
            )
        return buffer.getvalue()
    if fmt == "gdelt":
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        for e in events:
            document = (documents or {}).get(e.get("doc_id"))
            writer.writerow(gdelt_row(e, document))
        return buffer.getvalue()
    raise ValueError(f"unknown text format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_parquet(events: Sequence[dict], path: str | Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {
        f: [json.dumps(e[f]) if f == "attribution" and e[f] else e[f] for e in events]
        for f in EVENT_FIELDS
    }
    pq.write_table(pa.table(columns), str(path))
