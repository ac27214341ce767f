"""The DuckDB store: ingest is idempotent, queries filter, exports keep ACLED's columns."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from eventwire.errors import QueryError, StoreError
from eventwire.export import ACLED_COLUMNS, acled_row, export
from eventwire.records import (
    Article,
    DocumentResult,
    Event,
    EventDate,
    EventLocation,
    Fatalities,
    Skipped,
    Span,
)
from eventwire.store import Store

TEXT = "Gunmen killed five villagers near Kidal on Tuesday."


def _result(text: str = TEXT, published: date = date(2024, 2, 8), doc_id: str = "a") -> DocumentResult:
    event = Event(
        kind="specific", event_type="Violence against civilians", sub_event_type="Attack",
        evidence=(Span.of(text, 0, len(text)),), trigger=Span.of(text, 7, 13),
        actor1="Unidentified Armed Group (Mali)", actor2="Civilians (Mali)", inter1=3, inter2=7,
        date=EventDate(date(2024, 2, 6), 1, Span.of(text, 43, 50), "2024-02-06"),
        location=EventLocation("Kidal", "ML", "Kidal", None, 18.44, 1.41, 2, 2455290, Span.of(text, 34, 39)),
        fatalities=Fatalities(5, 5, 5, (Span.of(text, 14, 18),)),
    )
    return DocumentResult(article=Article(id=doc_id, text=text, published=published, source="sample wire"),
                          events=(event,))


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "t.duckdb") as s:
        yield s


def test_store_ingest_twice_adds_nothing(store):
    first = store.write([_result(), Skipped("bad.jsonl", "malformed-record", "invalid JSON", line=3)])
    second = store.write([_result(doc_id="renamed"), Skipped("bad.jsonl", "malformed-record", "invalid JSON", line=3)])
    assert (first.stored, first.events, first.skipped) == (1, 1, 1)
    assert (second.stored, second.duplicates) == (0, 1)
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 0, "places": 0, "skipped": 1}


def test_store_same_text_other_date_is_another_document(store):
    store.write([_result()])
    summary = store.write([_result(published=date(2024, 2, 9))])
    assert summary.stored == 1


def test_store_evidence_rows_point_into_the_text(store):
    store.write([_result()])
    rows = store.con.execute("SELECT field, start_char, end_char, text FROM evidence").fetchall()
    for field, start, end, text in rows:
        assert TEXT[start:end] == text, field
    fields = {r[0] for r in store.con.execute("SELECT field FROM evidence").fetchall()}
    assert {"evidence", "trigger", "date", "location", "fatalities"} <= fields


def test_store_query_filters(store):
    store.write([_result()])
    assert len(store.query_events({"country": "ML"})) == 1
    assert store.query_events({"country": "SY"}) == []
    assert len(store.query_events({"actor": "armed group", "since": "2024-02-01", "until": "2024-02-29"})) == 1
    assert store.query_events({"since": "2024-03-01"}) == []
    with pytest.raises(QueryError, match="unknown filter"):
        store.query_events({"colour": "red"})
    with pytest.raises(QueryError, match="cannot sort"):
        store.query_events(order="text; DROP TABLE events")


def test_store_failed_batch_leaves_nothing(store):
    bad = _result(text="Another text entirely, five killed.", doc_id="b")
    store.write([_result()])
    with pytest.raises(TypeError, match="cannot store object"):
        store.write([bad, object()])  # type: ignore[list-item]
    assert store.counts()["articles"] == 1


def test_store_read_only_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_export_acled_csv_has_acled_columns_in_order(store, tmp_path):
    store.write([_result()])
    out = tmp_path / "e.csv"
    assert export(store, "acled-csv", out) == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert rows[0]["event_date"] == "06 February 2024"
    assert rows[0]["country"] == "Mali" and rows[0]["iso3"] == "MLI" and rows[0]["interaction"] == "37"
    assert rows[0]["fatalities"] == "5"


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "parquet"])
def test_export_other_formats_write_files(store, tmp_path, fmt):
    store.write([_result()])
    out = tmp_path / f"e.{fmt}"
    assert export(store, fmt, out) == 1
    assert out.stat().st_size > 0


def test_export_unknown_format_is_rejected(store):
    with pytest.raises(QueryError, match="unknown export format"):
        export(store, "xlsx", None)


def test_acled_row_without_location_or_date():
    row = acled_row({"id": "x-0", "event_date": None, "country": None, "inter1": 2, "inter2": None})
    assert row["event_date"] is None and row["interaction"] == 2 and row["fatalities"] == 0


def test_store_error_inside_the_transaction_rolls_back_the_whole_batch(store, monkeypatch):
    original = store._insert_columns

    def failing(table, rows):
        if table == "evidence":
            raise RuntimeError("disk full")
        original(table, rows)

    monkeypatch.setattr(store, "_insert_columns", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        store.write([_result()])
    monkeypatch.undo()
    assert store.counts() == {"articles": 0, "events": 0, "quotes": 0, "places": 0, "skipped": 0}
    assert store.write([_result()]).stored == 1
