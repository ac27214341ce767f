"""Spark engine, and the Parquet layout of results that ``eventwire load`` stores.

    driver     lists the input files (folders walked, sorted) into a DataFrame, one row per file
    executors  ``mapInPandas``: each Python worker loads ``Pipeline`` once, reads its files with the ingest
               readers and runs the same per-article function as the local engine (``Pipeline.process``)
    output     Parquet, one row per input item (``ROW_COLUMNS``): the article, its contract JSON, or why it
               was skipped; DuckDB queries it directly, ``eventwire load DIR --db FILE`` stores it

Spark parallelises over files: split a very large JSONL file into many (``split -l 100000``) to use a
cluster. Requires ``pip install 'eventwire[spark]'`` (pyspark, pyarrow, pandas) and Java 17+.
The Parquet helpers (``result_row``, ``row_result``, ``ParquetSink``, ``load``) need neither.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventwire import contract
from eventwire.config import Settings
from eventwire.errors import ConfigError, EventwireError, StoreError
from eventwire.records import (
    Actor,
    Article,
    DocumentResult,
    Entity,
    Event,
    EventDate,
    EventLocation,
    Fatalities,
    Place,
    Quote,
    Skipped,
    Span,
    TimeExpr,
)
from eventwire.runner import Progress, RunSummary, write_batch

# One row per input item. ``result`` is the document contract (README) as JSON.
ROW_COLUMNS = (
    ("hash", "VARCHAR"),
    ("id", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("title", "VARCHAR"),
    ("published", "VARCHAR"),
    ("language", "VARCHAR"),
    ("text", "VARCHAR"),
    ("result", "VARCHAR"),
    ("skipped_reason", "VARCHAR"),
    ("skipped_detail", "VARCHAR"),
    ("line", "BIGINT"),
)
SPARK_SCHEMA = ", ".join(f"{name} {'long' if kind == 'BIGINT' else 'string'}" for name, kind in ROW_COLUMNS)


# -- rows <-> records ----------------------------------------------------------------------------------------
def result_row(item: DocumentResult | Skipped) -> dict[str, Any]:
    """The Parquet row of one result (a stored document or a skipped input)."""
    doc = json.dumps(contract.document(item), ensure_ascii=False, sort_keys=True)
    if isinstance(item, Skipped):
        return {
            "hash": None,
            "id": item.id,
            "origin": item.origin,
            "url": None,
            "source": None,
            "title": None,
            "published": None,
            "language": None,
            "text": None,
            "result": doc,
            "skipped_reason": item.reason,
            "skipped_detail": item.detail,
            "line": item.line,
        }
    a = item.article
    return {
        "hash": a.content_hash,
        "id": a.id,
        "origin": a.origin,
        "url": a.url,
        "source": a.source,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "language": a.language,
        "text": a.text,
        "result": doc,
        "skipped_reason": None,
        "skipped_detail": None,
        "line": None,
    }


def row_result(row: dict[str, Any]) -> DocumentResult | Skipped:
    """Rebuild the record of one Parquet row (the inverse of ``result_row``)."""
    if row.get("skipped_reason") is not None:
        line = row.get("line")
        return Skipped(
            origin=row["origin"] or "-",
            reason=row["skipped_reason"],
            detail=row["skipped_detail"] or "",
            id=row.get("id"),
            line=None if line is None else int(line),
        )
    article = Article(
        id=row["id"],
        text=row["text"],
        published=_date(row.get("published")),
        url=row.get("url"),
        source=row.get("source"),
        title=row.get("title"),
        language=row.get("language"),
        origin=row.get("origin"),
    )
    return document_result(json.loads(row["result"]), article)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _span(d: dict[str, Any] | None) -> Span | None:
    if d is None or d.get("start") is None:
        return None
    return Span(int(d["start"]), int(d["end"]), d.get("text") or "")


def _required(d: dict[str, Any] | None) -> Span:
    """A span the record cannot do without (an empty one if the row lacks it)."""
    return _span(d) or Span(0, 0, "")


def _spans(items: Iterable[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(s for s in (_span(d) for d in items) if s is not None)


def document_result(doc: dict[str, Any], article: Article) -> DocumentResult:
    """A ``DocumentResult`` from its contract dict (``contract.document``) and its article."""
    text = article.text
    return DocumentResult(
        article=article,
        entities=tuple(Entity(_required(e), e["label"]) for e in doc["entities"]),
        times=tuple(
            TimeExpr(
                _required(t),
                t["type"],
                t["value"],
                t.get("precision"),
                t.get("mod"),
                _date(t.get("begin")),
                _date(t.get("end_date")),
                t.get("reason"),
            )
            for t in doc["times"]
        ),
        places=tuple(
            Place(
                _required(p),
                p.get("name"),
                p.get("geonameid"),
                p.get("country"),
                p.get("admin1"),
                p.get("admin2"),
                p.get("lat"),
                p.get("lon"),
                p.get("feature"),
                p.get("score") or 0.0,
                p.get("reason"),
            )
            for p in doc["places"]
        ),
        quotes=tuple(_quote(q) for q in doc["quotes"]),
        actors=tuple(
            Actor(
                a["id"],
                a["name"],
                a.get("inter"),
                a.get("country"),
                a.get("kind"),
                tuple(Span.of(text, s, e) for s, e in a.get("mentions") or ()),
            )
            for a in doc["actors"]
        ),
        events=tuple(_event(e) for e in doc["events"]),
        removed=_spans(doc.get("removed") or ()),
    )


def _quote(q: dict[str, Any]) -> Quote:
    speaker = q.get("speaker") or {}
    return Quote(
        content=_required(q["content"]),
        cue=_span(q.get("cue")),
        speaker=_span(speaker),
        speaker_name=speaker.get("name"),
        actor=speaker.get("actor"),
        direct=bool(q.get("direct", True)),
    )


def _event(e: dict[str, Any]) -> Event:
    d, loc, f, plover = e.get("date"), e.get("location"), e.get("fatalities") or {}, e.get("plover") or {}
    return Event(
        kind=e["kind"],
        event_type=e.get("event_type"),
        sub_event_type=e.get("sub_event_type"),
        evidence=_spans(e.get("evidence") or ()),
        trigger=_span(e.get("trigger")),
        plover_type=plover.get("type"),
        plover_mode=plover.get("mode"),
        actor1=e.get("actor1"),
        actor2=e.get("actor2"),
        assoc_actor1=tuple(e.get("assoc_actor1") or ()),
        assoc_actor2=tuple(e.get("assoc_actor2") or ()),
        inter1=e.get("inter1"),
        inter2=e.get("inter2"),
        actor1_span=_span(e.get("actor1_span")),
        actor2_span=_span(e.get("actor2_span")),
        date=None
        if d is None
        else EventDate(
            _date(d.get("value")), d.get("precision"), _span(d.get("span")), d.get("timex"), d.get("reason")
        ),
        location=None
        if loc is None
        else EventLocation(
            loc.get("name"),
            loc.get("country"),
            loc.get("admin1"),
            loc.get("admin2"),
            loc.get("lat"),
            loc.get("lon"),
            loc.get("geo_precision"),
            loc.get("geonameid"),
            _span(loc.get("span")),
            loc.get("reason"),
        ),
        fatalities=Fatalities(
            int(f.get("low") or 0),
            int(f.get("best") or 0),
            int(f.get("high") or 0),
            _spans(f.get("spans") or ()),
            tuple(f.get("sources") or ()),
        ),
        injuries=e.get("injuries"),
        negated=bool(e.get("negated")),
        hypothetical=bool(e.get("hypothetical")),
        claimed_by=e.get("claimed_by"),
        reported_by=tuple(e.get("reported_by") or ()),
        confidence=float(e.get("confidence", 0.5)),
    )


# -- Parquet out and in --------------------------------------------------------------------------------------
class ParquetSink:
    """Writes result batches as Parquet part files in ``folder`` (with DuckDB; no pyarrow needed)."""

    def __init__(self, folder: Path, rows_per_file: int = 5000) -> None:
        import duckdb

        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.rows_per_file = folder, rows_per_file
        self.part = len(list(folder.glob("part-*.parquet")))
        self.con = duckdb.connect(":memory:")
        self.con.execute("CREATE TABLE rows (" + ", ".join(f"{n} {k}" for n, k in ROW_COLUMNS) + ")")
        self.pending = 0

    def __call__(self, batch: list[DocumentResult | Skipped]) -> None:
        rows = [tuple(result_row(item).values()) for item in batch]
        if rows:
            self.con.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(ROW_COLUMNS))})", rows)
            self.pending += len(rows)
        if self.pending >= self.rows_per_file:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        target = self.folder / f"part-{self.part:05d}-local.parquet"
        self.con.execute(f"COPY rows TO '{_sql_path(target)}' (FORMAT parquet)")
        self.con.execute("DELETE FROM rows")
        self.part, self.pending = self.part + 1, 0

    def close(self) -> None:
        self.flush()
        self.con.close()


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def read_rows(folder: Path, batch: int = 256) -> Iterator[list[dict[str, Any]]]:
    """The rows of every Parquet file under ``folder``, ``batch`` at a time (streamed by DuckDB)."""
    import duckdb

    files = sorted(p for p in folder.rglob("*.parquet") if not p.name.startswith((".", "_")))
    if not files:
        raise StoreError(f"no Parquet files under {folder}; write them with `eventwire run --out {folder}`")
    con = duckdb.connect(":memory:")
    names = [name for name, _ in ROW_COLUMNS]
    listing = ", ".join(f"'{_sql_path(p)}'" for p in files)
    cur = con.execute(f"SELECT {', '.join(names)} FROM read_parquet([{listing}], union_by_name=true)")
    while rows := cur.fetchmany(batch):
        yield [dict(zip(names, row, strict=True)) for row in rows]
    con.close()


def load(folder: Path, db: str | Path) -> RunSummary:
    """Store the Parquet results under ``folder`` in the DuckDB store ``db`` (one transaction per batch)."""
    import time

    from eventwire.store import Store

    summary, started = RunSummary(), time.perf_counter()
    with Store.open(db) as store:
        for rows in read_rows(folder):
            write_batch(store, [row_result(r) for r in rows], summary, Progress())
        from eventwire.merge import assign_clusters

        assign_clusters(store)
    summary.seconds = time.perf_counter() - started
    return summary


# -- the Spark job -------------------------------------------------------------------------------------------
def input_files(paths: Iterable[str]) -> Iterator[str]:
    """The files a run reads, in order (folders walked like the local engine; unknown suffixes ignored)."""
    from eventwire.ingest import _walk, input_kind

    for name in paths:
        path = Path(name)
        if name == "-":
            raise ConfigError("--engine spark cannot read standard input; give files or folders")
        if path.is_dir():
            yield from (str(p.resolve()) for p in _walk(path) if input_kind(p) is not None)
        else:
            yield str(path.resolve()) if path.exists() else name


def process_files(
    files: Iterable[str], settings: Settings, published: date | None
) -> Iterator[dict[str, Any]]:
    """The per-partition function: read each file and run the pipeline; one row per input item."""
    from eventwire.ingest import read_inputs
    from eventwire.runner import chunked

    pipeline = _pipeline(settings)
    chunk_size = int(settings.get("run.chunk_size"))
    for chunk in chunked(read_inputs(files, settings, published), chunk_size):
        for item in pipeline.process(chunk):
            yield result_row(item)


_PIPELINES: dict[int, Any] = {}


def _pipeline(settings: Settings) -> Any:
    """One Pipeline per Python worker process (Spark reuses workers across tasks)."""
    key = hash(json.dumps(settings.data, sort_keys=True, default=str))
    if key not in _PIPELINES:
        from eventwire.pipeline import Pipeline

        _PIPELINES[key] = Pipeline(settings)
    return _PIPELINES[key]


def session(master: str | None, workers: int) -> Any:
    """A SparkSession for ``master`` (default ``local[workers]``)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("--engine spark needs pyspark: pip install 'eventwire[spark]'") from exc
    # Local mode: Spark's Python workers run this interpreter (with eventwire installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("eventwire").master(master or f"local[{workers}]")
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "16")
    builder = builder.config("spark.ui.enabled", "false")
    try:
        return builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - py4j/Java start-up errors have no common base class
        raise EventwireError(
            f"cannot start Spark ({exc.__class__.__name__}: {str(exc)[:300]}); is Java 17+ "
            "installed and JAVA_HOME set?"
        ) from exc


def run(
    paths: Iterable[str],
    settings: Settings,
    out: str | Path,
    master: str | None = None,
    workers: int | None = None,
    published: date | None = None,
    db: str | Path | None = None,
    partitions: int | None = None,
) -> RunSummary:
    """Run the pipeline on Spark over ``paths``; write Parquet to ``out``; store it in ``db`` if given."""
    import time

    workers = int(settings.get("run.workers") if workers is None else workers) or 1
    started = time.perf_counter()
    files = list(input_files(paths))
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise ConfigError(
            f"--out {out} is not empty; choose a new folder (Parquet from earlier runs stays loadable)"
        )
    spark = session(master, workers)
    frame = spark.createDataFrame([(f,) for f in files], "file string")
    frame = frame.repartition(partitions or max(1, min(len(files), workers * 4)))

    chunk_size = int(settings.get("run.chunk_size"))

    def per_partition(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from eventwire.runner import chunked

        columns = [name for name, _ in ROW_COLUMNS]
        for batch in batches:
            for rows in chunked(process_files(batch["file"].tolist(), settings, published), chunk_size):
                part = pd.DataFrame(rows, columns=columns)
                part["line"] = part["line"].astype("Int64")  # nullable: no float NaN for Arrow's long
                yield part

    frame.mapInPandas(per_partition, SPARK_SCHEMA).write.mode("errorifexists").parquet(str(out))
    if db is not None:
        summary = load(out, db)
    else:
        summary = parquet_summary(out)
    summary.seconds = time.perf_counter() - started
    return summary


def parquet_summary(folder: Path) -> RunSummary:
    """Count documents, events by kind and skipped inputs by reason in Parquet results (with DuckDB)."""
    summary = RunSummary()
    for rows in read_rows(folder, 1024):
        for row in rows:
            if row["skipped_reason"] is not None:
                summary.add_skip(row["skipped_reason"])
                continue
            summary.documents += 1
            summary.words += len((row["text"] or "").split())
            for event in json.loads(row["result"])["events"]:
                summary.events += 1
                summary.by_kind[event["kind"]] = summary.by_kind.get(event["kind"], 0) + 1
    return summary
