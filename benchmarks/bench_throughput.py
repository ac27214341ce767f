"""Throughput: bare spaCy vs eventwire end to end, on the news texts of the development data.

    .venv/bin/python benchmarks/bench_throughput.py                  # 1x and 10x corpus, 2 workers
    .venv/bin/python benchmarks/bench_throughput.py --limit 200 --repeat 5 --stages
    .venv/bin/python benchmarks/bench_throughput.py --repeat 1 --rounds 3   # 3 alternating rounds, medians

The corpus is built at run time (never stored in the repo) from ``eval/`` under the ``eval.shared_dir``
setting or ``$EVENTWIRE_SHARED``: TempEval-3 documents, LGL and GeoVirus (about 1,000 news articles). The
10x corpus repeats it with shifted publication dates, so every copy is a new document to the store.

Rows: bare spaCy (the same pipeline as eventwire, lemmatizer excluded, ``nlp.pipe(n_process=2)``) and
``eventwire run`` (``runner.run`` with 2 workers, into a fresh DuckDB store). Each runs in a child process;
peak RSS is sampled every 0.1 s over the whole process tree (parent + workers): the sum of the processes' RSS,
which counts pages that forked workers share with their parent once per process, and peak PSS, which
divides each shared page among the processes that map it (the memory the tree really takes; Linux only,
"-" elsewhere). ``--stages`` adds the time
per stage on one core (in-process), to show where the time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SOURCES = (
    ("tempeval3-dev/documents.jsonl", "doc_id", "dct"),
    ("geoparsing-dev/lgl.jsonl", "doc_id", "dltime"),
    ("geoparsing-dev/geovirus.jsonl", "doc_id", None),
)


def eval_dir() -> Path | None:
    """``$EVENTWIRE_SHARED/eval`` or the ``eval.shared_dir`` setting (relative to the repo); else None."""
    if os.environ.get("EVENTWIRE_SHARED"):
        base = Path(os.environ["EVENTWIRE_SHARED"])
    else:
        from eventwire.config import load_settings

        base = Path(load_settings().get("eval.shared_dir"))
        base = base if base.is_absolute() else REPO / base
    path = base / "eval"
    return path if path.is_dir() else None


def build_corpus(source: Path, out: Path, repeat: int = 1, limit: int | None = None) -> tuple[int, int]:
    """Write the benchmark corpus as JSONL; return (articles, words)."""
    base: list[dict[str, Any]] = []
    for name, id_field, date_field in SOURCES:
        with (source / name).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                record = json.loads(line)
                published = str(record.get(date_field) or "")[:10] if date_field else ""
                base.append(
                    {
                        "id": f"{name.split('/')[0]}-{record.get(id_field, n)}",
                        "text": record["text"],
                        "published": published or "2020-01-01",
                    }
                )
    base = base[:limit] if limit else base
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for copy in range(repeat):
            for record in base:
                shifted = date.fromisoformat(record["published"]) + timedelta(days=copy)
                fh.write(
                    json.dumps({**record, "id": f"{record['id']}#{copy}", "published": shifted.isoformat()})
                    + "\n"
                )
                words += len(record["text"].split())
    return len(base) * repeat, words


# -- children (each measured in its own process tree) --------------------------------------------------------
def child_bare(corpus: Path, workers: int) -> dict[str, Any]:
    from eventwire.annotate import load_nlp
    from eventwire.config import load_settings

    nlp = load_nlp(load_settings().get("nlp.model"))
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    started = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=workers))
    return {"articles": n, "seconds": time.perf_counter() - started}


def child_eventwire(corpus: Path, workers: int, db: Path) -> dict[str, Any]:
    from eventwire import runner
    from eventwire.config import load_settings

    summary = runner.run([str(corpus)], load_settings(), db, workers=workers)
    return {
        "articles": summary.seen,
        "seconds": summary.seconds,
        "stored": summary.documents,
        "skipped": summary.by_reason,
        "events": summary.events,
    }


def measure(args: list[str]) -> dict[str, Any]:
    """Run a child mode of this script; return its JSON result plus the peak RSS of its process tree."""
    import psutil

    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True)
    peak, peak_pss, done = 0, 0, threading.Event()
    cpu_by_pid: dict[int, float] = {}

    def sample() -> None:
        nonlocal peak, peak_pss
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(_rss(p) for p in tree))
                peak_pss = max(peak_pss, sum(_pss(p) for p in tree))
                for process in tree:
                    cpu_by_pid[process.pid] = _cpu(process, cpu_by_pid.get(process.pid, 0.0))
            except psutil.Error:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {args} failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    return {**result, "peak_rss": peak, "peak_pss": peak_pss, "parent_cpu": cpu_by_pid.get(proc.pid, 0.0),
            "cpu": sum(cpu_by_pid.values())}


def _cpu(process: Any, last: float) -> float:
    try:
        times = process.cpu_times()
        return float(times.user + times.system)
    except Exception:  # noqa: BLE001 - exited: keep the last reading
        return last


def _pss(process: Any) -> int:
    try:
        return int(getattr(process.memory_full_info(), "pss", 0))
    except Exception:  # noqa: BLE001 - exited, or no PSS on this system
        return 0


def _rss(process: Any) -> int:
    try:
        return int(process.memory_info().rss)
    except Exception:  # noqa: BLE001 - a worker may exit between listing and sampling
        return 0


# -- stage breakdown -----------------------------------------------------------------------------------------
def stage_times(corpus: Path, limit: int) -> dict[str, float]:
    """Seconds per stage over the first ``limit`` articles, in this process (one core)."""
    from eventwire import pipeline as pipeline_module
    from eventwire.config import load_settings
    from eventwire.ingest import read_inputs
    from eventwire.records import Article

    settings = load_settings()
    pipe = pipeline_module.Pipeline(settings)
    articles = [a for a in read_inputs([str(corpus)], settings) if isinstance(a, Article)][:limit]
    list(pipe.process(articles[:3]))  # warm up: one-time loads (language identifier, caches) are not stages
    times: dict[str, float] = {}
    patches = [(pipeline_module, "check_article", "check (language id)"), (pipeline_module, "clean", "clean")]
    patches += [
        (getattr(pipeline_module, f"{stage}_stage"), f"find_{stage}", stage)
        for stage in ("times", "places", "actors", "quotes", "events")
    ]
    originals = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for module, name, label in patches:
        setattr(module, name, _timed(getattr(module, name), label, times))
    real_pipe = pipe.nlp.pipe
    pipe.nlp.pipe = lambda texts, **kw: _timed_iter(real_pipe(texts, **kw), "spaCy (nlp.pipe)", times)  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        results = list(pipe.process(articles))
        total = time.perf_counter() - started
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    times["total (in-process, 1 core)"] = total
    times["articles"] = float(len(results))
    times["store.write (parent, not in total)"] = _store_time(results)
    return times


def _store_time(results: list[Any]) -> float:
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "t.duckdb") as store:
        started = time.perf_counter()
        for i in range(0, len(results), 64):
            store.write(results[i : i + 64])
        return time.perf_counter() - started


def _timed(func: Any, label: str, times: dict[str, float]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + time.perf_counter() - started

    return wrapper


def _timed_iter(iterator: Any, label: str, times: dict[str, float]) -> Any:
    while True:
        started = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            times[label] = times.get(label, 0.0) + time.perf_counter() - started
            return
        times[label] = times.get(label, 0.0) + time.perf_counter() - started
        yield item


# -- the benchmark -------------------------------------------------------------------------------------------
def run_benchmark(
    repeat: int = 10, limit: int | None = None, workers: int = 2, stages: bool = False, log: Any = print,
    stage_articles: int = 100, rounds: int = 1,
) -> dict[str, Any] | None:
    """Measure everything; return the rows (None when the development data is absent)."""
    source = eval_dir()
    if source is None:
        log("benchmark skipped: development data not found (set EVENTWIRE_SHARED or eval.shared_dir)")
        return None
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        folder = Path(tmp)
        one = folder / "corpus-1x.jsonl"
        n, words = build_corpus(source, one, 1, limit)
        log(f"corpus: {n} articles, {words} words ({words / n:.0f} words/article)")
        for round_no in range(1, rounds + 1):  # alternate the two rows: a slow spell of the VM hits both
            tag = f" (round {round_no}/{rounds})" if rounds > 1 else ""
            log(f"bare spaCy{tag} ...")
            rows.append(
                {
                    "name": f"bare spaCy, n_process={workers}",
                    "corpus": "1x",
                    "round": round_no,
                    "words": words,
                    **measure(["bare", str(one), str(workers)]),
                }
            )
            log(f"eventwire run{tag} ...")
            rows.append(
                {
                    "name": f"eventwire run, {workers} workers",
                    "corpus": "1x",
                    "round": round_no,
                    "words": words,
                    **measure(["eventwire", str(one), str(workers), str(folder / f"1x-{round_no}.duckdb")]),
                }
            )
        if repeat > 1:
            many = folder / f"corpus-{repeat}x.jsonl"
            n_many, words_many = build_corpus(source, many, repeat, limit)
            log(f"eventwire run, {repeat}x corpus ({n_many} articles) ...")
            rows.append(
                {
                    "name": f"eventwire run, {workers} workers",
                    "corpus": f"{repeat}x",
                    "words": words_many,
                    **measure(["eventwire", str(many), str(workers), str(folder / "many.duckdb")]),
                }
            )
        breakdown = stage_times(one, min(n, stage_articles)) if stages else None
    return {"rows": rows, "stages": breakdown}


def round_shares(rows: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """(wall-clock share, per-CPU-second share) of eventwire against bare spaCy, per round of the 1x corpus."""
    out = []
    by_round: dict[Any, dict[str, dict[str, Any]]] = {}
    for r in rows:
        if r["corpus"] == "1x":
            by_round.setdefault(r.get("round", 1), {})["bare" if r["name"].startswith("bare") else "ew"] = r
    for pair in by_round.values():
        if "bare" in pair and "ew" in pair:
            bare, ew = pair["bare"], pair["ew"]
            wall = (ew["articles"] / ew["seconds"]) / (bare["articles"] / bare["seconds"])
            cpu = (ew["articles"] / ew["cpu"]) / (bare["articles"] / bare["cpu"]) if ew.get("cpu") else 0.0
            out.append((wall, cpu))
    return out


def render(result: dict[str, Any], cores: int = 2) -> str:
    """The results as a text table (and the stage breakdown, if measured).

    ``articles/s`` is wall-clock; ``per CPU-s`` divides by the CPU seconds of the whole process tree, and
    ``on N cores`` = ``per CPU-s * N``: what the run would do with N cores to itself (this figure holds on a
    shared, loaded machine, where wall-clock rates do not).
    """
    rows = result["rows"]
    lines = [f"{'run':30} {'corpus':>6} {'articles':>8} {'wall s':>7} {'art/s':>6} {'words/s':>8} "
             f"{'CPU s':>7} {'art/CPU-s':>9} {f'art/s on {cores}':>10} {f'words/s on {cores}':>12} "
             f"{'vs bare':>7} {'peak RSS':>9} {'peak PSS':>9} {'parent CPU':>10}"]
    bare = None
    for r in rows:
        if r["name"].startswith("bare"):
            bare = r  # each eventwire row is compared with the bare row of its own round
        bare_cpu = bare["articles"] / bare["cpu"] if bare and bare.get("cpu") else None
        rate, per_cpu = r["articles"] / r["seconds"], r["articles"] / r["cpu"] if r.get("cpu") else 0.0
        words_cpu = r["words"] / r["cpu"] if r.get("cpu") else 0.0
        share = f"{100 * per_cpu / bare_cpu:.0f}%" if bare_cpu else "-"
        pss = f"{r['peak_pss'] / 2**20:>7.0f}Mi" if r.get("peak_pss") else f"{'-':>9}"
        lines.append(
            f"{r['name']:30} {r['corpus']:>6} {r['articles']:>8} {r['seconds']:>7.1f} {rate:>6.2f} "
            f"{r['words'] / r['seconds']:>8.0f} {r.get('cpu', 0):>7.1f} {per_cpu:>9.2f} "
            f"{per_cpu * cores:>10.2f} {words_cpu * cores:>12.0f} {share:>7} {r['peak_rss'] / 2**20:>7.0f}Mi "
            f"{pss} {r.get('parent_cpu', 0):>9.1f}s"
        )
    shares = round_shares(rows)
    if shares:
        wall, cpu = zip(*shares, strict=True)
        lines += ["", f"eventwire / bare spaCy, 1x corpus, {len(shares)} round(s): wall clock "
                      f"{', '.join(f'{100 * w:.0f}%' for w in wall)} (median {100 * statistics.median(wall):.0f}%); "
                      f"per CPU-second {', '.join(f'{100 * c:.0f}%' for c in cpu)} "
                      f"(median {100 * statistics.median(cpu):.0f}%)"]
    if result.get("stages"):
        stages = dict(result["stages"])
        count, total = int(stages.pop("articles")), stages.pop("total (in-process, 1 core)")
        lines += ["", f"time per stage, in-process on one core, {count} articles ({total:.1f} s, "
                      f"{count / total:.2f} articles/s):"]
        for label, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {label:36} {seconds:8.2f} s {100 * seconds / total:5.1f}%")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=10, help="size of the large corpus, in copies (1: skip it)"
    )
    parser.add_argument("--limit", type=int, help="use only the first N articles of the corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", action="store_true", help="also time each stage in-process")
    parser.add_argument(
        "--rounds", type=int, default=1,
        help="measure bare spaCy and eventwire on the 1x corpus this many times, alternating (median reported)",
    )
    parser.add_argument("--stage-articles", type=int, default=100, help="articles for --stages (default 100)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, corpus, workers, *rest = args.child
        result = (
            child_bare(Path(corpus), int(workers))
            if mode == "bare"
            else child_eventwire(Path(corpus), int(workers), Path(rest[0]))
        )
        print(json.dumps(result))
        return
    measured = run_benchmark(
        args.repeat, args.limit, args.workers, args.stages, log=lambda m: print(m, flush=True),
        stage_articles=args.stage_articles, rounds=max(1, args.rounds),
    )
    if measured is None:
        return
    print(render(measured))
    if args.json:
        args.json.write_text(json.dumps(measured, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
