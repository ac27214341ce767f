"""Batch runner: stream any number of inputs through a process pool into the store.

    read_inputs   files, folders, JSONL on stdin          -> Article | Skipped   (a generator: bounded memory)
    tasks         ``run.task_size`` items at a time
    resume        drop articles whose content hash is already stored, BEFORE any NLP
    workers       ``--workers N`` processes sharing the loaded ``Pipeline``: a task of articles in,
                  its results out
                  (at most ``2 * N`` tasks in flight, so memory does not grow with the corpus)
    store         the parent writes the results ``run.chunk_size`` documents at a time, each batch in one
                  DuckDB transaction (crash-safe, resumable)

Tasks are one spaCy batch, smaller than store batches: at the end of a run one worker idles while the other
finishes its last task, so tasks should be short; large store batches keep the parent's writes cheap.

``workers=0`` runs the pipeline in this process (same results; useful for debugging and tiny inputs).
The same per-article function (``Pipeline.process``) runs inside Spark in ``eventwire.spark``.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.progress import ProgressColumn
from rich.text import Text

from eventwire.config import Settings
from eventwire.errors import EventwireError
from eventwire.records import Article, DocumentResult, Skipped

# Skip reasons that are not faults of the input itself (the CLI exits 0 when only these occur).
BENIGN_REASONS = ("unsupported-language", "duplicate", "already-stored")


@dataclass
class RunSummary:
    """What a run did: documents stored, events by kind, inputs skipped by reason, time taken."""

    documents: int = 0  # newly stored
    already_stored: int = 0  # found in the store before NLP (resumed runs) or repeated in the input
    events: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)
    words: int = 0  # whitespace-separated words of the articles that went through the pipeline
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.documents + self.already_stored + self.skipped

    @property
    def bad_inputs(self) -> int:
        return sum(n for reason, n in self.by_reason.items() if not reason.startswith(BENIGN_REASONS))

    def add_skip(self, reason: str, n: int = 1) -> None:
        self.skipped += n
        self.by_reason[reason] = self.by_reason.get(reason, 0) + n

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "already_stored": self.already_stored,
            "events": self.events,
            "events_by_kind": dict(sorted(self.by_kind.items())),
            "skipped": self.skipped,
            "skipped_by_reason": dict(sorted(self.by_reason.items())),
            "words": self.words,
            "seconds": round(self.seconds, 2),
            "documents_per_second": round(self.seen / self.seconds, 2) if self.seconds else None,
        }


@dataclass
class Progress:
    """Callbacks the runner calls as it goes (the CLI draws a progress bar with them)."""

    advance: Callable[[int], None] = lambda n: None  # n more input items done
    total: Callable[[int], None] = lambda n: None  # the estimated number of input items, once known
    skipped: Callable[[Skipped], object] = lambda s: None  # one input skipped (bad, empty, too large ...)


# -- workers -------------------------------------------------------------------------------------------------
_PIPELINE: Any = None
_INIT_ERROR: EventwireError | None = None


def _init_worker(settings: Settings) -> None:
    """Load the models once per worker process; exit when the parent dies (even by SIGKILL)."""
    global _PIPELINE, _INIT_ERROR
    from eventwire.pipeline import Pipeline

    parent = _guard_parent()
    try:
        _PIPELINE = Pipeline(settings)
    except EventwireError as exc:  # e.g. model not installed: reported by the first task, not a dead pool
        if parent is None:
            raise
        _INIT_ERROR = exc


def _init_forked() -> None:
    """Initialiser of a forked worker: the pipeline came loaded from the parent; only guard the parent."""
    _guard_parent()


def _guard_parent() -> Any:
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(
            target=_exit_with, args=(parent,), name="eventwire-orphan-guard", daemon=True
        ).start()
    return parent


def _ready() -> bool:
    return _PIPELINE is not None or _INIT_ERROR is not None


def _exit_with(parent: Any) -> None:
    parent.join()
    os._exit(1)


def process_chunk(chunk: list[Article]) -> list[DocumentResult | Skipped]:
    """The per-worker function: one chunk of articles in, their results out (in order)."""
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    return list(_PIPELINE.process(chunk))


def _start_method(settings: Settings) -> str:
    """The ``run.start_method`` setting; ``auto`` is fork on Linux (spawn elsewhere: fork is unsafe with
    macOS system libraries); an unavailable method falls back to spawn."""
    method = str(settings.get("run.start_method"))
    if method == "auto":
        method = "fork" if sys.platform.startswith("linux") else "spawn"
    return method if method in multiprocessing.get_all_start_methods() else "spawn"


class Engine:
    """The worker pool: maps chunks to results in order, with at most ``2 * workers`` chunks in flight.

    Create it before starting other threads (progress bar, estimate): with the ``fork`` start method the
    workers are forked when it is created."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings, self.workers = settings, workers
        self.started = time.perf_counter()  # a run's seconds include loading the models
        self.executor: ProcessPoolExecutor | None = None
        if workers <= 0:
            _init_worker(settings)
            return
        method = _start_method(settings)
        ctx = multiprocessing.get_context(method)
        if method != "fork":
            self.executor = ProcessPoolExecutor(
                workers, mp_context=ctx, initializer=_init_worker, initargs=(settings,)
            )
            return
        # fork: load the models once, here, and fork the workers at once (before this process starts any
        # more threads); they inherit the loaded pipeline copy-on-write instead of each importing spaCy and
        # scikit-learn and loading the models (about 4.5 CPU-seconds per worker).
        global _PIPELINE
        from eventwire.pipeline import Pipeline

        _PIPELINE = Pipeline(settings).warm_up()
        try:
            self.executor = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_forked)
            for future in [self.executor.submit(_ready) for _ in range(workers)]:
                future.result()
        finally:
            _PIPELINE = None  # the parent only writes the store: give the memory back
            Pipeline.unload_models()
            _give_memory_back()

    def map(self, chunks: Iterable[tuple[list[Any], list[Article]]]) -> Iterator[tuple[list[Any], list[Any]]]:
        """For each (passthrough, articles) yield (passthrough, results of articles)."""
        if self.executor is None:
            for extra, articles in chunks:
                yield extra, process_chunk(articles) if articles else []
            return
        pending: deque[tuple[list[Any], Future[list[Any]] | None]] = deque()
        depth = 2 * self.workers
        for extra, articles in chunks:
            pending.append((extra, self.executor.submit(process_chunk, articles) if articles else None))
            while len(pending) > depth or (pending and _done(pending[0][1])):
                yield self._pop(pending)
        while pending:
            yield self._pop(pending)

    @staticmethod
    def _pop(pending: deque[tuple[list[Any], Future[list[Any]] | None]]) -> tuple[list[Any], list[Any]]:
        extra, future = pending.popleft()
        try:
            return extra, future.result() if future is not None else []
        except BrokenProcessPool as exc:
            raise EventwireError(
                "a worker process died (out of memory or killed?); run again with fewer "
                "--workers or a smaller run.chunk_size: documents already stored are skipped"
            ) from exc

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
            self.executor = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _give_memory_back() -> None:
    """Collect garbage and ask the C allocator to return freed memory to the system (glibc's
    ``malloc_trim``; a no-op elsewhere)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def resolve_workers(settings: Settings, workers: int | None) -> int:
    """``--workers`` if given, else the ``run.workers`` setting."""
    return int(settings.get("run.workers") if workers is None else workers)


def _done(future: Future[Any] | None) -> bool:
    return future is None or future.done()


# -- the run -------------------------------------------------------------------------------------------------
def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def finer_tail(chunks: Iterable[list[Any]], ahead: int, size: int) -> Iterator[list[Any]]:
    """Pass ``chunks`` through, holding the last ``ahead`` back: once the input ends, those are cut into
    chunks of ``size``. A pool of workers then ends on small tasks, instead of one worker finishing a whole
    task alone while the others idle (about half a task of lost wall time per run)."""
    held: deque[list[Any]] = deque()
    for chunk in chunks:
        held.append(chunk)
        if len(held) > ahead:
            yield held.popleft()
    rest, size = [item for chunk in held for item in chunk], max(1, size)
    for start in range(0, len(rest), size):
        yield rest[start : start + size]


def _resume_filter(
    chunks: Iterable[list[Article | Skipped]], store: Any, summary: RunSummary, progress: Progress
) -> Iterator[tuple[list[Any], list[Article]]]:
    """Split each chunk into (skipped inputs, articles not yet stored); count the already stored ones."""
    for chunk in chunks:
        articles = [item for item in chunk if isinstance(item, Article)]
        skipped = [item for item in chunk if isinstance(item, Skipped)]
        known = store.known_hashes(a.content_hash for a in articles)
        fresh = [a for a in articles if a.content_hash not in known]
        summary.already_stored += len(articles) - len(fresh)
        progress.advance(len(articles) - len(fresh))
        yield skipped, fresh


def run(
    paths: Iterable[str],
    settings: Settings,
    db: str | Path,
    workers: int | None = None,
    published: date | None = None,
    progress: Progress | None = None,
    sink: Callable[[list[DocumentResult | Skipped]], None] | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Process every input and store the results in ``db``; return what was done.

    ``sink`` (optional) also receives every written batch (``eventwire run --out`` writes Parquet with it).
    ``engine`` (optional) is a worker pool the caller made earlier (the CLI makes it before it starts the
    progress bar's thread); it is closed when the run ends.
    """
    from eventwire.ingest import read_inputs
    from eventwire.store import Store

    progress = progress or Progress()
    summary, started = RunSummary(), engine.started if engine is not None else time.perf_counter()
    chunk_size = int(settings.get("run.chunk_size"))
    task_size = max(1, min(int(settings.get("run.task_size")), chunk_size))
    # the pool first: forked workers must not inherit the store's open connection and threads
    with engine or Engine(settings, resolve_workers(settings, workers)) as pool, Store.open(db) as store:
        pending: list[DocumentResult | Skipped] = []

        def flush() -> None:
            write_batch(store, pending, summary, progress)
            if sink is not None:
                sink(list(pending))
            pending.clear()

        try:
            tasks = finer_tail(
                chunked(read_inputs(paths, settings, published), task_size), pool.workers, task_size // 4
            )
            for skipped, results in pool.map(_resume_filter(tasks, store, summary, progress)):
                pending.extend(skipped + results)
                if len(pending) >= chunk_size:
                    flush()
            if pending:
                flush()
        finally:
            pool.close()
        from eventwire.merge import assign_clusters

        assign_clusters(store)  # incremental: only mentions not yet in a cluster
    summary.seconds = time.perf_counter() - started
    return summary


def write_batch(
    store: Any, batch: list[DocumentResult | Skipped], summary: RunSummary, progress: Progress
) -> None:
    """Store one batch (one transaction) and count it into ``summary``."""
    written = store.write(batch)
    summary.documents += written.stored
    summary.already_stored += written.duplicates
    summary.events += written.events
    for kind, n in written.by_kind.items():
        summary.by_kind[kind] = summary.by_kind.get(kind, 0) + n
    for item in batch:
        if isinstance(item, Skipped):
            summary.add_skip(item.reason)
            progress.skipped(item)
        else:
            summary.words += len(item.article.text.split())
    progress.advance(len(batch))


# -- progress total ------------------------------------------------------------------------------------------
def estimate_items(paths: Iterable[str], settings: Settings) -> int | None:
    """A quick estimate of the number of input items (lines, rows, files); None when it cannot be told
    cheaply (WARC crawls, feeds, standard input)."""
    from eventwire.ingest import _walk, input_kind, open_binary

    total = 0
    for name in paths:
        path = Path(name)
        if name == "-":
            return None
        if not path.exists():
            total += 1  # reported as one skipped input
            continue
        for file in _walk(path) if path.is_dir() else [path]:
            kind = input_kind(file) if path.is_dir() else input_kind(file) or "text"
            if kind is None:
                continue
            if kind in ("warc", "feed"):
                return None
            if kind in ("text", "html"):
                total += 1
                continue
            try:
                with open_binary(file, settings) as stream:
                    lines = sum(block.count(b"\n") for block in iter(lambda: stream.read(1 << 20), b""))
            except Exception:  # noqa: BLE001 - only an estimate; the reader reports the real problem
                lines = 1
            total += max(lines - (1 if kind == "csv" else 0), 1)
    return total


def estimate_in_background(paths: Iterable[str], settings: Settings, progress: Progress) -> threading.Thread:
    """Estimate the total in a daemon thread so that the run starts at once; report it to ``progress``."""
    names = list(paths)

    def work() -> None:
        n = estimate_items(names, settings)
        if n is not None:
            progress.total(n)

    thread = threading.Thread(target=work, name="eventwire-estimate", daemon=True)
    thread.start()
    return thread


def default_workers() -> int:
    return max(
        1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)
    )


# -- console -------------------------------------------------------------------------------------------------
class ConsoleProgress:
    """A rich progress bar on stderr (docs/s and ETA) that also reports the first skipped inputs.

    When stderr is not a terminal (logs, CI, ``nohup``) it prints a plain line instead, at most once per
    ``LOG_EVERY`` seconds: ``progress: 640 of 1000 inputs, 12.5 docs/s``.
    """

    MAX_SKIP_LINES = 50
    LOG_EVERY = 1.0

    def __init__(self, console: Any, enabled: bool = True) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self.console, self.shown = console, 0
        self.plain = enabled and not console.is_terminal
        self.done, self.started, self.logged = 0, time.perf_counter(), 0.0
        self.expected: int | None = None
        self.bar = Bar(
            "{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            "ETA",
            TimeRemainingColumn(),
            console=console,
            disable=not enabled or self.plain,
        )
        self.task = self.bar.add_task("documents", total=None)
        self.callbacks = Progress(advance=self._advance, total=self._total, skipped=self._skipped)

    def __enter__(self) -> ConsoleProgress:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def _advance(self, n: int) -> None:
        self.bar.advance(self.task, n)
        self.done += n
        now = time.perf_counter()
        if self.plain and n and now - self.logged >= self.LOG_EVERY:
            self.logged = now
            rate = self.done / (now - self.started)
            of = f" of {self.expected}" if self.expected is not None else ""
            self.console.print(f"progress: {self.done}{of} inputs, {rate:.1f} docs/s", highlight=False)

    def _total(self, n: int) -> None:
        self.expected = n
        self.bar.update(self.task, total=n)

    def _skipped(self, item: Skipped) -> None:
        if item.reason.startswith(BENIGN_REASONS):
            return
        self.shown += 1
        if self.shown <= self.MAX_SKIP_LINES:
            where = item.origin + (f":{item.line}" if item.line is not None else "")
            self.console.print(f"[red]skipped[/red] {where}: {item.reason}: {item.detail}", highlight=False)
        elif self.shown == self.MAX_SKIP_LINES + 1:
            self.console.print(
                "[red]more inputs skipped[/red]: see the summary and the store's skipped table"
            )


class _RateColumn(ProgressColumn):
    def render(self, task: Any) -> Text:
        return Text(f"{task.speed or 0:.1f} docs/s")


def render_summary(summary: RunSummary, console: Any, store: str | None = None) -> None:
    """Print the run summary (documents, events by kind, skipped by reason, seconds) as a table."""
    from rich.table import Table

    table = Table(title="eventwire run", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents stored", str(summary.documents))
    table.add_row("already stored (not processed again)", str(summary.already_stored))
    table.add_row("events", str(summary.events))
    for kind, n in sorted(summary.by_kind.items()):
        table.add_row(f"  {kind}", str(n))
    table.add_row("skipped inputs", str(summary.skipped))
    for reason, n in sorted(summary.by_reason.items()):
        table.add_row(f"  {reason}", str(n))
    rate = summary.seen / summary.seconds if summary.seconds else 0.0
    words = summary.words / summary.seconds if summary.seconds else 0.0
    table.add_row("seconds", f"{summary.seconds:.1f} ({rate:.1f} docs/s, {words:,.0f} words/s)")
    if store:
        table.add_row("store", store)
    console.print(table)
