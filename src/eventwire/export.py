"""Export: events from the store as ACLED-compatible CSV, JSONL, Parquet or GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from eventwire.errors import QueryError
from eventwire.store import Store

# ACLED's export columns, in ACLED's order.
ACLED_COLUMNS = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
)
FORMATS = ("acled-csv", "jsonl", "parquet", "geojson")


def _country(iso2: str | None) -> tuple[str | None, str | None, str | None]:
    """(name, numeric, alpha-3) for an ISO alpha-2 code."""
    if not iso2:
        return None, None, None
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return (c.name, c.numeric, c.alpha_3) if c else (None, None, None)


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event row (from ``Store.query_events``) in ACLED's columns."""
    name, numeric, alpha3 = _country(event.get("country"))
    d: date | None = event.get("event_date")
    inter1, inter2 = event.get("inter1"), event.get("inter2")
    interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else inter1
    seq = event["id"]
    return {
        "data_id": seq, "iso": numeric, "event_id_cnty": f"{alpha3 or 'XXX'}-{seq}", "event_id_no_cnty": seq,
        "event_date": d.strftime("%d %B %Y") if d else None, "year": d.year if d else None,
        "time_precision": event.get("time_precision"), "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"), "actor1": event.get("actor1"),
        "assoc_actor_1": event.get("assoc_actor_1"), "inter1": inter1, "actor2": event.get("actor2"),
        "assoc_actor_2": event.get("assoc_actor_2"), "inter2": inter2, "interaction": interaction,
        "region": None, "country": name, "admin1": event.get("admin1"), "admin2": event.get("admin2"),
        "admin3": None, "location": event.get("location"), "latitude": event.get("latitude"),
        "longitude": event.get("longitude"), "geo_precision": event.get("geo_precision"),
        "source": event.get("reported_by"), "source_scale": None, "notes": event.get("notes"),
        "fatalities": event.get("fatalities") or 0, "timestamp": None, "iso3": alpha3,
    }


def write_acled_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event))
        n += 1
    return n


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(json.dumps({k: _jsonable(v) for k, v in event.items()}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]},
         "properties": {k: _jsonable(v) for k, v in e.items() if k not in ("latitude", "longitude")}}
        for e in events if e.get("latitude") is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    return len(features)


def export(store: Store, fmt: str, out: Path | None, filters: dict[str, Any] | None = None,
           kinds: tuple[str, ...] | None = ("specific",), clusters: bool | None = None) -> int:
    """Write matching events in ``fmt`` to ``out`` (or stdout for text formats); return the row count.

    ``acled-csv`` writes one row per event cluster (see ``merge.cluster_rows``: fatalities = the cluster's
    lowest figure, source = every source, notes = every member's evidence) when ``clusters`` is True, or
    when it is None and the store has clusters and only specific events are asked for.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise QueryError("parquet export needs an output file (--out FILE.parquet)")
        where, params = store._where(filters or {}, kinds)
        sql = f"SELECT * FROM events {where} ORDER BY event_date, id"
        escaped = str(out).replace("'", "''")
        store.con.execute(f"COPY ({sql}) TO '{escaped}' (FORMAT PARQUET)", params)
        return store.count_events(filters, kinds)
    from eventwire import merge

    if clusters is None:
        clusters = fmt == "acled-csv" and tuple(kinds or ()) == ("specific",) and merge.has_clusters(store)
    events = merge.cluster_rows(store, filters) if clusters else store.query_events(filters, kinds=kinds)
    writer = {"acled-csv": write_acled_csv, "jsonl": write_jsonl, "geojson": write_geojson}[fmt]
    if out is None:
        buf = io.StringIO()
        n = writer(events, buf)
        import sys

        sys.stdout.write(buf.getvalue())
        return n
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return writer(events, fh)
