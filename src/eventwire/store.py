"""Store: the embedded DuckDB database (articles, events, evidence, quotes, places, skipped inputs).

Each batch is written in one transaction, so a crash leaves either the whole batch or none of it.
A document is identified by the hash of its text and publication date: storing it again adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from eventwire import contract
from eventwire.errors import QueryError, StoreError, StoreLocked
from eventwire.records import DocumentResult, Event, Skipped

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    uid VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL UNIQUE, doc_id VARCHAR, origin VARCHAR, url VARCHAR,
    source VARCHAR, title VARCHAR, published DATE, language VARCHAR, text VARCHAR,
    result JSON, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, article_uid VARCHAR NOT NULL, seq INTEGER, kind VARCHAR,
    event_type VARCHAR, sub_event_type VARCHAR, plover_type VARCHAR, plover_mode VARCHAR,
    actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR, assoc_actor_2 VARCHAR, inter2 INTEGER,
    event_date DATE, time_precision INTEGER, date_reason VARCHAR,
    country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,
    geo_precision INTEGER, fatalities INTEGER, fatalities_best INTEGER, fatalities_high INTEGER, injuries INTEGER,
    negated BOOLEAN, hypothetical BOOLEAN, claimed_by VARCHAR, reported_by VARCHAR, confidence DOUBLE,
    evidence_start INTEGER, evidence_end INTEGER, notes VARCHAR, cluster_id VARCHAR);
CREATE TABLE IF NOT EXISTS evidence (
    event_id VARCHAR NOT NULL, field VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_uid VARCHAR NOT NULL, seq INTEGER, content_start INTEGER, content_end INTEGER, content VARCHAR,
    cue VARCHAR, speaker VARCHAR, speaker_name VARCHAR, actor VARCHAR, direct BOOLEAN);
CREATE TABLE IF NOT EXISTS places (
    article_uid VARCHAR NOT NULL, seq INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, name VARCHAR,
    geonameid BIGINT, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, lat DOUBLE, lon DOUBLE, feature VARCHAR,
    score DOUBLE, reason VARCHAR);
CREATE TABLE IF NOT EXISTS skipped (
    key VARCHAR PRIMARY KEY, origin VARCHAR, line INTEGER, record_id VARCHAR, reason VARCHAR, detail VARCHAR,
    skipped_at TIMESTAMP DEFAULT current_timestamp);
"""

EVENT_FILTERS = {
    "country": "country = ?",
    "type": "event_type = ?",
    "sub_type": "sub_event_type = ?",
    "kind": "kind = ?",
    "actor": "(actor1 ILIKE ? OR actor2 ILIKE ?)",
    "since": "event_date >= CAST(? AS DATE)",
    "until": "event_date <= CAST(? AS DATE)",
    "admin1": "admin1 = ?",
}


@dataclass
class WriteSummary:
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    events: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_reason: dict[str, int] = field(default_factory=dict)

    def merge(self, other: WriteSummary) -> None:
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.skipped += other.skipped
        self.events += other.events
        for target, source in ((self.by_kind, other.by_kind), (self.by_reason, other.by_reason)):
            for key, value in source.items():
                target[key] = target.get(key, 0) + value


_COLUMNS = {
    "articles": "(uid, hash, doc_id, origin, url, source, title, published, language, text, result)",
    "events": "",
    "evidence": "",
    "quotes": "",
    "places": "",
}


def _skipped_row(s: Skipped) -> tuple[Any, ...]:
    return (f"{s.origin}|{s.line}|{s.id}|{s.reason}", s.origin, s.line, s.id, s.reason, s.detail)


def _document_rows(r: DocumentResult, digest: str, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    """Append the rows of one document to ``rows`` (table name -> row tuples)."""
    a, uid = r.article, digest[:16]
    rows["articles"].append((uid, digest, a.id, a.origin, a.url, a.source, a.title, a.published, a.language,
                             a.text, json.dumps(contract.document(r), ensure_ascii=False)))
    for seq, e in enumerate(r.events):
        _event_rows(uid, seq, e, a.source or a.origin, rows)
    for seq, q in enumerate(r.quotes):
        rows["quotes"].append((uid, seq, q.content.start, q.content.end, q.content.text, q.cue.text if q.cue else None,
                               q.speaker.text if q.speaker else None, q.speaker_name, q.actor, q.direct))
    for seq, p in enumerate(r.places):
        rows["places"].append((uid, seq, p.span.start, p.span.end, p.span.text, p.name, p.geonameid, p.country,
                               p.admin1, p.admin2, p.lat, p.lon, p.feature, p.score, p.reason))


def _event_rows(uid: str, seq: int, e: Event, source: str | None, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    eid = f"{uid}-{seq}"
    d, loc, f = e.date, e.location, e.fatalities
    ev_start = min(s.start for s in e.evidence) if e.evidence else None
    ev_end = max(s.end for s in e.evidence) if e.evidence else None
    notes = " … ".join(s.text for s in e.evidence)
    rows["events"].append((
        eid, uid, seq, e.kind, e.event_type, e.sub_event_type, e.plover_type, e.plover_mode,
        e.actor1, "; ".join(e.assoc_actor1) or None, e.inter1, e.actor2, "; ".join(e.assoc_actor2) or None,
        e.inter2, d.value if d else None, d.precision if d else None, d.reason if d else None,
        loc.country if loc else None, loc.admin1 if loc else None, loc.admin2 if loc else None,
        loc.name if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.geo_precision if loc else None, f.low, f.best, f.high, e.injuries, e.negated, e.hypothetical,
        e.claimed_by, "; ".join(e.reported_by) or source, e.confidence, ev_start, ev_end, notes, None))
    fields = [("evidence", s) for s in e.evidence] + [("trigger", e.trigger), ("actor1", e.actor1_span),
              ("actor2", e.actor2_span), ("date", d.span if d else None), ("location", loc.span if loc else None)]
    fields += [("fatalities", s) for s in f.spans]
    for name, s in fields:
        if s is not None:
            rows["evidence"].append((eid, name, s.start, s.end, s.text))


class Store:
    """A DuckDB event store. Use ``Store.open(path)`` as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"store {path} does not exist; create it with `eventwire ingest FILES --db {path}`")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(f"store {path} is in use by another process; wait for it to finish "
                                  f"or use another --db ({exc})") from exc
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        store = cls(con, path)
        if not read_only:
            store.con.execute(SCHEMA)
            store.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- writing -------------------------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        if not hashes:
            return set()
        rows = self.con.execute("SELECT hash FROM articles WHERE hash IN (SELECT UNNEST(?))", [hashes]).fetchall()
        return {r[0] for r in rows}

    def write(self, results: Iterable[DocumentResult | Skipped]) -> WriteSummary:
        """Store one batch in one transaction; documents already stored are counted as duplicates."""
        results = list(results)
        summary = WriteSummary()
        docs = [r for r in results if isinstance(r, DocumentResult)]
        known = self.known_hashes(r.article.content_hash for r in docs)
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("articles", "events", "evidence", "quotes", "places")}
        skipped: list[tuple[Any, ...]] = []
        for item in results:
            if isinstance(item, Skipped):
                skipped.append(_skipped_row(item))
                summary.skipped += 1
                summary.by_reason[item.reason] = summary.by_reason.get(item.reason, 0) + 1
                continue
            if not isinstance(item, DocumentResult):
                raise TypeError(f"cannot store {type(item).__name__}; expected DocumentResult or Skipped")
            digest = item.article.content_hash
            if digest in known:
                summary.duplicates += 1
                continue
            known.add(digest)
            _document_rows(item, digest, rows)
            summary.stored += 1
            summary.events += len(item.events)
            for e in item.events:
                summary.by_kind[e.kind] = summary.by_kind.get(e.kind, 0) + 1
        with self.transaction():
            for table, table_rows in rows.items():
                self._insert_columns(table, table_rows)
            for row in skipped:
                self.con.execute(
                    "INSERT OR IGNORE INTO skipped (key, origin, line, record_id, reason, detail) VALUES (?,?,?,?,?,?)",
                    list(row))
        return summary

    def _insert_columns(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert many rows with one statement: one list parameter per column, zipped by UNNEST."""
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        select = ", ".join("UNNEST(?)" for _ in columns)
        self.con.execute(f"INSERT INTO {table} {_COLUMNS[table]} SELECT {select}", [list(c) for c in columns])

    # -- reading -------------------------------------------------------------------------------------------
    def query_events(self, filters: dict[str, Any] | None = None, *, kinds: tuple[str, ...] | None = ("specific",),
                     limit: int | None = None, offset: int = 0, order: str = "event_date") -> list[dict[str, Any]]:
        """Events matching ``filters`` (keys of ``EVENT_FILTERS``), as dicts; ``kinds=None`` for every kind."""
        where, params = self._where(filters or {}, kinds)
        if order.lstrip("-") not in {"event_date", "fatalities", "country", "event_type", "id", "confidence"}:
            raise QueryError(f"cannot sort by {order!r}")
        direction = "DESC" if order.startswith("-") else "ASC"
        sql = f"SELECT * FROM events {where} ORDER BY {order.lstrip('-')} {direction} NULLS LAST, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return self.rows(sql, params)

    def count_events(self, filters: dict[str, Any] | None = None, kinds: tuple[str, ...] | None = ("specific",)) -> int:
        where, params = self._where(filters or {}, kinds)
        return int(self.con.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0])  # type: ignore[index]

    @staticmethod
    def _where(filters: dict[str, Any], kinds: tuple[str, ...] | None) -> tuple[str, list[Any]]:
        clauses, params = [], []
        for key, value in filters.items():
            if value is None:
                continue
            if key not in EVENT_FILTERS:
                raise QueryError(f"unknown filter {key!r}; use one of {', '.join(EVENT_FILTERS)}")
            clause = EVENT_FILTERS[key]
            clauses.append(clause)
            params.extend([f"%{value}%"] * 2 if key == "actor" else [str(value)])
        if kinds:
            clauses.append("kind IN (" + ",".join("?" * len(kinds)) + ")")
            params.extend(kinds)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        try:
            cur = self.con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise QueryError(f"query failed: {exc}") from exc
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "quotes", "places", "skipped"):
            out[table] = int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
        return out
