"""The Spark engine (local mode) gives exactly the local engine's output; its Parquet loads into a store."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

from eventwire import runner, spark
from eventwire.config import load_settings
from eventwire.store import Store

ACTORS = ("Gunmen", "Soldiers", "Protesters", "Al-Shabaab fighters", "Police")
ACTIONS = ("attacked a checkpoint", "clashed with militants", "marched against fuel prices",
           "stormed a hotel", "fired tear gas at students")
TOWNS = ("Gao", "Mogadishu", "Nairobi", "Kidal", "Tamale")


def _missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'eventwire[spark]'); skipping the Spark engine test"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "Java (17+) is not installed; skipping the Spark engine test"
    return None


def write_documents(folder: Path, n: int = 50) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "a.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n - 3):
            text = (f"{ACTORS[i % 5]} {ACTIONS[(i // 5) % 5]} in {TOWNS[i % 5]} on Monday, killing {i % 7} "
                    f"people, officials said on Tuesday. Report number {i}.")
            published = f"2024-02-{i % 27 + 1:02d}"
            fh.write(json.dumps({"id": f"s{i}", "text": text, "published": published}) + "\n")
        fh.write("{broken json\n")
    (folder / "b.txt").write_text("Police said two people were killed when a bomb exploded in Gao.",
                                  encoding="utf-8")
    (folder / "c.txt").write_text("", encoding="utf-8")
    return folder


def local_results(inputs: Path, db: Path, out: Path) -> dict[str, dict]:
    sink = spark.ParquetSink(out)
    try:
        runner.run([str(inputs)], load_settings(), db, workers=0, sink=sink)
    finally:
        sink.close()
    return by_key(row for rows in spark.read_rows(out) for row in rows)


def by_key(rows) -> dict[str, dict]:
    return {f"{r['origin']}|{r['id']}|{r['skipped_reason']}": json.loads(r["result"]) for r in rows}


@pytest.mark.skipif(_missing() is not None, reason=_missing() or "")
def test_spark_local_mode_output_identical_to_local_engine(tmp_path):
    inputs = write_documents(tmp_path / "in")
    expected = local_results(inputs, tmp_path / "local.duckdb", tmp_path / "local-parquet")
    assert len(expected) == 50 and sum(1 for k in expected if k.endswith("|None")) == 48

    out, db = tmp_path / "spark-parquet", tmp_path / "spark.duckdb"
    summary = spark.run([str(inputs)], load_settings(), out, master="local[2]", workers=2, db=db)
    got = by_key(row for rows in spark.read_rows(out) for row in rows)
    assert got == expected
    assert summary.documents == 48 and summary.by_reason == {"malformed-record": 1, "empty-text": 1}

    with Store.open(db, read_only=True) as a, Store.open(tmp_path / "local.duckdb", read_only=True) as b:
        query = "SELECT doc_id, hash, result FROM articles ORDER BY hash"
        assert a.con.execute(query).fetchall() == b.con.execute(query).fetchall()
        assert a.counts() == b.counts()
