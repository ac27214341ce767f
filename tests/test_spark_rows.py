"""The Parquet row layout round-trips: record -> row -> record gives the same contract JSON (no Spark)."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire import contract, spark
from eventwire.config import load_settings
from eventwire.ingest import read_inputs
from eventwire.pipeline import Pipeline
from eventwire.records import Skipped

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_spark_rows_round_trip_contract(tmp_path):
    settings = load_settings()
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    items = list(Pipeline(settings).process(read_inputs([str(SAMPLES), str(tmp_path)], settings)))
    assert any(isinstance(i, Skipped) for i in items) and len(items) > 3
    for item in items:
        row = spark.result_row(item)
        back = spark.row_result(json.loads(json.dumps(row)))
        assert contract.document(back) == contract.document(item)
        assert spark.result_row(back) == row


def test_spark_rows_parquet_sink_and_read(tmp_path):
    settings = load_settings()
    items = list(Pipeline(settings).process(read_inputs([str(SAMPLES)], settings)))
    sink = spark.ParquetSink(tmp_path / "out", rows_per_file=2)
    sink(items)
    sink.close()
    assert len(list((tmp_path / "out").glob("part-*.parquet"))) == 1
    rows = [r for batch in spark.read_rows(tmp_path / "out", batch=2) for r in batch]
    assert [r["id"] for r in rows] == [spark.result_row(i)["id"] for i in items]
