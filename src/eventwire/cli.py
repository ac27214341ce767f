"""Command-line interface: a thin click layer over the library.

Exit codes: 0 success; 3 some inputs were skipped as bad input (the rest of the batch was processed and
each skipped input was reported on stderr); other codes come from ``errors.py`` (2 config, 4 model,
5 gazetteer, 6 store, 7 query).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from eventwire import contract
from eventwire.config import Settings, load_settings
from eventwire.errors import EventwireError
from eventwire.records import DocumentResult, Skipped
from eventwire.runner import BENIGN_REASONS  # skip reasons that are not errors of the input

err = Console(stderr=True, soft_wrap=True)


class Ctx:
    def __init__(self, config: str | None) -> None:
        self.config_path = config
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_path)
        return self._settings


class EventwireGroup(click.Group):
    """Maps library exceptions to a one-line message and the documented exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            sys.exit(exc.exit_code)


@click.group(cls=EventwireGroup)
@click.option("--config", type=click.Path(dir_okay=False), help="YAML settings merged over the defaults.")
@click.version_option(package_name="eventwire")
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """eventwire: conflict and political event data from news reports, every field with its evidence."""
    ctx.obj = Ctx(config)


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from exc


def _report_skip(item: Skipped) -> bool:
    """Print one line for a skipped input; return True when it counts as bad input."""
    where = item.origin + (f":{item.line}" if item.line is not None and f":{item.line}" not in item.origin else "")
    benign = item.reason.startswith(BENIGN_REASONS)
    colour = "yellow" if benign else "red"
    err.print(f"[{colour}]skipped[/{colour}] {where}: {item.reason}: {item.detail}", highlight=False, markup=True)
    return not benign


def _results(settings: Settings, paths: tuple[str, ...], published: date | None) -> Iterator[DocumentResult | Skipped]:
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(settings)
    yield from pipeline.process(read_inputs(paths, settings, published))


EVENT_COLUMNS = ("doc", "kind", "date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country",
                 "fatalities", "evidence")


def _event_rows(result: DocumentResult) -> Iterator[dict[str, Any]]:
    for e in result.events:
        yield {
            "doc": result.article.id, "kind": e.kind,
            "date": e.date.value.isoformat() if e.date and e.date.value else None,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type, "actor1": e.actor1, "actor2": e.actor2,
            "location": e.location.name if e.location else None,
            "country": e.location.country if e.location else None, "fatalities": e.fatalities.low,
            "evidence": " ".join(" … ".join(s.text for s in e.evidence).split())[:90],
        }


def print_table(rows: list[dict[str, Any]], columns: tuple[str, ...], title: str) -> None:
    table = Table(title=title, show_lines=False)
    for col in columns:
        narrow = min(len(col), 10)
        table.add_column(col, overflow="ellipsis", no_wrap=True,
                         min_width=10 if col in ("kind", "date", "event_date") else narrow,
                         max_width=48 if col in ("evidence", "doc") else 34)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    console = Console()
    if not console.is_terminal:
        console = Console(width=240)  # pipes and CI logs: wide rows instead of one word per line
    console.print(table)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for plain files without one.")
@click.pass_obj
def extract(obj: Ctx, paths: tuple[str, ...], fmt: str, published: str | None) -> None:
    """Extract events from files, directories or JSONL on stdin (-); write the document contract.

    Example: eventwire extract --format jsonl - < records.jsonl
    """
    bad = 0
    docs: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    out = sys.stdout
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for item in _results(obj.settings, paths, _published(published)):
        if isinstance(item, Skipped):
            bad += _report_skip(item)
        if fmt == "jsonl":
            out.write(json.dumps(contract.document(item), ensure_ascii=False) + "\n")
            out.flush()
        elif fmt == "json":
            docs.append(contract.document(item))
        elif isinstance(item, DocumentResult):
            for row in _event_rows(item):
                if writer:
                    writer.writerow(row)
                else:
                    rows.append(row)
    if fmt == "json":
        out.write(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "table":
        print_table(rows, EVENT_COLUMNS, "events")
    if bad:
        sys.exit(3)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default: store.path setting).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for plain files without one.")
@click.pass_obj
def ingest(obj: Ctx, paths: tuple[str, ...], db: str | None, published: str | None) -> None:
    """Extract events from inputs and store them, in this process; inputs already stored are not added again.

    For large corpora use `eventwire run` (a process pool and a progress bar); both share one code path.

    Example: eventwire ingest samples/ --db eventwire.duckdb
    """
    from eventwire import runner

    db_path = db or obj.settings.get("store.path")
    progress = runner.Progress(skipped=_report_skip)
    summary = runner.run(paths, obj.settings, db_path, workers=0, published=_published(published), progress=progress)
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_kind.items())) or "none"
    err.print(f"stored {summary.documents} documents ({summary.already_stored} already stored, "
              f"{summary.skipped} skipped); events: {kinds}; store: {Path(db_path).resolve()}", highlight=False)
    if summary.bad_inputs:
        sys.exit(3)


FILTER_OPTIONS = [
    click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. SY."),
    click.option("--type", "type_", help="ACLED event_type, e.g. Battles."),
    click.option("--actor", help="Substring of actor1 or actor2."),
    click.option("--since", help="First event date (YYYY-MM-DD)."),
    click.option("--until", help="Last event date (YYYY-MM-DD)."),
    click.option("--kind", "kinds", multiple=True, default=("specific",), show_default=True,
                 help="Event kinds to include (repeat); 'all' for every kind."),
]


def filter_options(func: Any) -> Any:
    for option in reversed(FILTER_OPTIONS):
        func = option(func)
    return func


def _filters(country: str | None, type_: str | None, actor: str | None, since: str | None,
             until: str | None) -> dict[str, Any]:
    for value in (since, until):
        _published(value)
    return {"country": country, "type": type_, "actor": actor, "since": since, "until": until}


def _kinds(kinds: tuple[str, ...]) -> tuple[str, ...] | None:
    return None if "all" in kinds else kinds


@main.command()
@click.option("--db", type=click.Path(dir_okay=False))
@filter_options
@click.option("--sql", help="Run this read-only SQL against the store instead of the filters.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table")
@click.option("--limit", type=int, default=100, show_default=True)
@click.pass_obj
def query(obj: Ctx, db: str | None, country: str | None, type_: str | None, actor: str | None, since: str | None,
          until: str | None, kinds: tuple[str, ...], sql: str | None, fmt: str, limit: int) -> None:
    """Query stored events by country, type, actor and dates, or with SQL.

    Example: eventwire query --country SY --type Battles --since 2020-12-01
    """
    from eventwire.export import _jsonable
    from eventwire.store import Store

    with Store.open(db or obj.settings.get("store.path"), read_only=True) as store:
        if sql:
            rows = store.rows(sql)[:limit]
        else:
            rows = store.query_events(_filters(country, type_, actor, since, until), kinds=_kinds(kinds), limit=limit)
    if fmt == "table":
        cols = tuple(rows[0]) if sql and rows else ("id", "kind", "event_date", "event_type", "sub_event_type",
                                                     "actor1", "actor2", "location", "country", "fatalities")
        print_table(rows, cols, f"{len(rows)} rows")
    elif fmt == "csv" and rows:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "json":
        click.echo(json.dumps([{k: _jsonable(v) for k, v in r.items()} for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({k: _jsonable(v) for k, v in r.items()}, ensure_ascii=False))


@main.command(name="export")
@click.option("--db", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "jsonl", "parquet", "geojson"]), default="acled-csv",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: stdout; parquet needs one).")
@filter_options
@click.pass_obj
def export_cmd(obj: Ctx, db: str | None, fmt: str, out: str | None, country: str | None, type_: str | None,
               actor: str | None, since: str | None, until: str | None, kinds: tuple[str, ...]) -> None:
    """Export stored events (ACLED column names and order for acled-csv).

    Example: eventwire export --format acled-csv --out events.csv
    """
    from eventwire.export import export
    from eventwire.store import Store

    with Store.open(db or obj.settings.get("store.path"), read_only=True) as store:
        n = export(store, fmt, Path(out) if out else None, _filters(country, type_, actor, since, until),
                   _kinds(kinds))
    err.print(f"exported {n} events" + (f" to {out}" if out else ""))


@main.group()
def config() -> None:
    """Settings: the package defaults merged with your eventwire.yaml."""


@config.command("show")
@click.pass_obj
def config_show(obj: Ctx) -> None:
    """Print the effective settings and where they came from.

    Example: eventwire --config my.yaml config show
    """
    import yaml

    settings = obj.settings
    click.echo(f"# sources: {', '.join(settings.sources)}")
    click.echo(yaml.safe_dump(settings.data, sort_keys=False).rstrip())


@main.group(name="eval")
def eval_group() -> None:
    """Measure a stage on development data (see ../shared/eval)."""


def _eval_command(name: str, help_text: str) -> None:
    @click.option("--data", type=click.Path(exists=True), required=True, help="Dataset file or directory.")
    @click.option("--limit", type=int, help="Only the first N documents.")
    @click.option("--json-out", type=click.Path(dir_okay=False), help="Also write the full result as JSON.")
    def command(data: str, limit: int | None, json_out: str | None, **extra: Any) -> None:
        import importlib

        module = importlib.import_module(f"eventwire.evaluation.{name}")
        options = {key: value for key, value in extra.items() if value}
        result = module.evaluate(Path(data), limit=limit, **options)
        click.echo(module.render(result))
        if json_out:
            Path(json_out).write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")

    if name == "acled":  # cross-country runs: a model trained on other countries, scored on this file
        command = click.option(
            "--model", type=click.Path(exists=True, dir_okay=False),
            help="Event type model to use instead of the packaged one (train/train_types.py --cross-country).",
        )(command)
        command = click.option(
            "--train-on", "train_on", multiple=True,
            help="Country the --model was trained on (repeatable): its rows are left out of the test.",
        )(command)
    eval_group.command(name=name, help=help_text)(command)


for _name, _help in (
    ("times", "Temporal expressions on TempEval-style data (DIR with documents.jsonl, timex3_gold.jsonl).\n\n"
              "Example: eventwire eval times --data ../shared/eval/tempeval3-dev"),
    ("places", "Toponym recognition and resolution on geoparsing JSONL.\n\n"
               "Example: eventwire eval places --data ../shared/eval/geoparsing-dev/lgl.jsonl"),
    ("acled", "Event coding against ACLED CSV records (notes as text).\n\n"
              "Example: eventwire eval acled --data ../shared/eval/acled-dev/1980-11-04-2021-11-13-Ghana.csv"),
    ("quotes", "Quotes and speakers on PolNeAR JSONL.\n\n"
               "Example: eventwire eval quotes --data ../shared/eval/attribution-dev/dev.jsonl"),
):
    _eval_command(_name, _help)


@main.group()
def gazetteer() -> None:
    """The offline gazetteer: build it, or import a GeoNames dump for village-level coverage."""


@gazetteer.command("build")
@click.option("--out", type=click.Path(dir_okay=False), help="Where to write it (default: package data dir).")
def gazetteer_build(out: str | None) -> None:
    """Build the gazetteer from GeoNames data shipped in PyPI packages (no network).

    Example: eventwire gazetteer build
    """
    from eventwire.places.build import build_gazetteer

    path = build_gazetteer(Path(out) if out else None)
    err.print(f"gazetteer written to {path} ({path.stat().st_size / 1e6:.1f} MB)")


@gazetteer.command("import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False),
              help="GeoNames alternateNamesV2 file (zip or txt).")
@click.option("--gazetteer", "gaz", type=click.Path(dir_okay=False), help="Gazetteer file to extend.")
def gazetteer_import(dump: str, alternate_names: str | None, gaz: str | None) -> None:
    """Import a GeoNames dump (e.g. SY.zip or allCountries.zip) into the gazetteer.

    Example: eventwire gazetteer import SY.zip --alternate-names alternateNamesV2.zip
    """
    from eventwire.places.build import import_geonames

    n = import_geonames(Path(dump), Path(alternate_names) if alternate_names else None, Path(gaz) if gaz else None)
    err.print(f"imported {n} places from {dump}")


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default: store.path setting).")
@click.option("--host", help="Address to bind (default: api.host, 127.0.0.1: this machine only).")
@click.option("--port", type=int, help="Port (default: api.port, 8000).")
@click.option("--allow-ingest", is_flag=True, help="Enable POST /ingest (opens the store for writing).")
@click.option("--token", envvar="EVENTWIRE_TOKEN", help="Bearer token that POST /ingest requires "
              "(or $EVENTWIRE_TOKEN); needed with --allow-ingest.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (read-only only); one per CPU core serves more clients at once.")
@click.pass_obj
def serve(obj: Ctx, db: str | None, host: str | None, port: int | None, allow_ingest: bool,
          token: str | None, workers: int) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web UI (map, timeline, table, articles).

    Read-only unless --allow-ingest. While it runs, a read-only server lets other readers open the store
    but not writers (DuckDB's file lock); stop it before `eventwire ingest` into the same file.

    Example: eventwire serve --db eventwire.duckdb --port 8000
    """
    import os

    import uvicorn

    from eventwire.api import create_app
    from eventwire.store import Store

    if allow_ingest and workers > 1:
        raise click.UsageError("--workers > 1 serves read-only; drop --allow-ingest (one writer per store)")
    settings = obj.settings
    db_path = db or settings.get("store.path")
    if allow_ingest:
        Store.open(db_path).close()  # create the store if needed
    app = create_app(db_path, allow_ingest=allow_ingest, token=token, settings=settings)
    if not allow_ingest:
        app.state.store.cursor()  # fail now, with the store's message, if it cannot be opened
    host = host or settings.get("api.host")
    port = port or int(settings.get("api.port"))
    err.print(f"serving {Path(db_path).resolve()} on http://{host}:{port}/ "
              f"({'ingest enabled' if allow_ingest else 'read-only'}; Ctrl-C to stop)", highlight=False)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    app.state.store.close()
    os.environ["EVENTWIRE_SERVE_DB"] = str(Path(db_path).resolve())
    if obj.config_path:
        os.environ["EVENTWIRE_CONFIG"] = str(Path(obj.config_path).resolve())
    uvicorn.run("eventwire.api:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


@main.command(name="run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default: store.path setting).")
@click.option("--workers", type=click.IntRange(0, 256),
              help="Worker processes (default: run.workers; 0 runs the pipeline in this process).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: a process pool on this machine; spark: Apache Spark (pip install 'eventwire[spark]').")
@click.option("--master", help="Spark master URL (default local[WORKERS]), e.g. spark://host:7077, yarn.")
@click.option("--out", type=click.Path(file_okay=False),
              help="Also write the results as Parquet files in this folder (required with --engine spark).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for plain files without one.")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Progress bar on stderr.")
@click.pass_obj
def run_cmd(obj: Ctx, paths: tuple[str, ...], db: str | None, workers: int | None, engine: str,
            master: str | None, out: str | None, published: str | None, progress: bool) -> None:
    """Process a corpus of any size (txt/html folders, JSONL(.gz), CSV, WARC(.gz), RSS/Atom) and store it.

    Streams the inputs through a process pool, one store transaction per chunk. Resumable: documents
    already in the store are skipped before any NLP, so after a crash run the same command again.
    With --engine spark the same per-document function runs on Spark and writes Parquet to --out,
    which is then stored in --db (if given) or loaded later with `eventwire load`.

    Example: eventwire run news/ crawl.warc.gz feed.rss --db news.duckdb --workers 2
    """
    from eventwire import runner

    settings = obj.settings
    if engine == "spark":
        from eventwire import spark

        if not out:
            raise click.UsageError("--engine spark writes Parquet: give --out DIR")
        summary = spark.run(paths, settings, out, master=master, workers=workers, published=_published(published),
                            db=db)
    else:
        db_path = db or settings.get("store.path")
        sink = None
        if out:
            from eventwire.spark import ParquetSink

            sink = ParquetSink(Path(out))
        # the worker pool before the progress bar and estimate threads: forked workers start from a process
        # with no other threads running
        pool = runner.Engine(settings, runner.resolve_workers(settings, workers))
        with runner.ConsoleProgress(err, enabled=progress) as bar:
            runner.estimate_in_background(paths, settings, bar.callbacks)
            try:
                summary = runner.run(paths, settings, db_path, workers, _published(published), bar.callbacks,
                                     sink=sink, engine=pool)
            finally:
                if sink is not None:
                    sink.close()
        db = str(Path(db_path).resolve())
    runner.render_summary(summary, err, db)
    if summary.bad_inputs:
        sys.exit(3)


@main.command(name="load")
@click.argument("parquet_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default: store.path setting).")
@click.pass_obj
def load_cmd(obj: Ctx, parquet_dir: str, db: str | None) -> None:
    """Store the Parquet results of `eventwire run --out DIR` (e.g. from a Spark cluster) in a DuckDB store.

    Documents already stored are not added again, so loading twice is harmless.

    Example: eventwire load results/ --db news.duckdb
    """
    from eventwire import runner, spark

    db_path = db or obj.settings.get("store.path")
    summary = spark.load(Path(parquet_dir), db_path)
    runner.render_summary(summary, err, str(Path(db_path).resolve()))

@main.command(name="merge")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default: store.path setting).")
@click.option("--rebuild", is_flag=True, help="Drop every cluster and merge all events again.")
@click.pass_obj
def merge_cmd(obj: Ctx, db: str | None, rebuild: bool) -> None:
    """Group stored event mentions that report the same real event into clusters (incremental).

    Only events not in a cluster yet are looked at, so running it again adds nothing new.

    Example: eventwire merge --db eventwire.duckdb
    """
    from eventwire import merge
    from eventwire.store import Store

    with Store.open(db or obj.settings.get("store.path")) as store:
        n = merge.assign_clusters(store, rebuild=rebuild)
        clusters = store.rows("SELECT count(*) AS n FROM clusters")[0]["n"]
    err.print(f"assigned {n} events; {clusters} clusters in the store")


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default: store.path setting).")
@click.option("--actor", help="Substring of any actor.")
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--admin1", help="First-level administrative area, e.g. Deir ez-Zor.")
@click.option("--type", "type_", help="ACLED event_type, e.g. Battles.")
@click.option("--since", help="First day of the series (YYYY-MM-DD).")
@click.option("--until", help="Last day of the series (YYYY-MM-DD).")
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.option("--last", type=click.IntRange(min=1), default=3, show_default=True,
              help="Compare the last N periods with the N before them.")
@click.option("--alpha", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.05,
              show_default=True, help="Significance level of the rate-change test.")
@click.option("--area", type=click.Choice(["country", "admin1", "none"]),
              help="Break counts down by this (default: admin1 with --country, else country).")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False),
              help="Also draw the series to FILE.png or FILE.svg.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def trend(obj: Ctx, db: str | None, actor: str | None, country: str | None, admin1: str | None,
          type_: str | None, since: str | None, until: str | None, by: str, last: int, alpha: float,
          area: str | None, plot_path: str | None, fmt: str) -> None:
    """Events and fatalities per week or month, and whether activity rose, fell or stayed flat.

    The test compares the last N periods with the N before (exact Poisson rate-ratio test). Counts merged
    events (clusters) once the store has been merged, else event mentions.

    Example: eventwire trend --country SY --by week --last 4 --plot syria.png
    """
    from eventwire import trends
    from eventwire.store import Store

    filters = _filters(country, type_, actor, since, until) | {"admin1": admin1}
    with Store.open(db or obj.settings.get("store.path"), read_only=True) as store:
        result = trends.trend(store, by, filters, last, alpha=alpha, area=area)
    if plot_path:
        trends.plot(result, plot_path)
        err.print(f"plot written to {plot_path}")
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    areas: dict[str, list[str]] = {}
    for a in result.areas:
        areas.setdefault(a.period, []).append(f"{a.area or '?'} {a.events}")
    rows = [{"period": p.label, "events": p.events, "fatalities": p.fatalities,
             result.area_level: ", ".join(areas.get(p.label, [])[:5])} for p in result.periods]
    print_table(rows, ("period", "events", "fatalities", result.area_level), f"{result.unit} per {by}")
    click.echo(result.test.summary)


if __name__ == "__main__":
    main()
