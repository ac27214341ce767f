"""Throughput of the events stage (find_events) alone, and its share of the whole per-article pipeline.

Usage:
    .venv/bin/python benchmarks/bench_events.py [--data DIR] [--limit N] [--repeat R]

DIR is a TempEval-style folder of news documents (documents.jsonl with ``text`` and ``dct``); by default the
development set under ../shared/eval/tempeval3-dev, else sentences written for the benchmark. Documents are
parsed once with spaCy and run once through the other stages (times, places, actors, quotes); then
find_events runs over all of them R times on one core and the best run is reported as documents/second,
next to parsing and the other stages, so the cost of the events stage is seen against the pipeline's
(acceptance: adding it must not halve pipeline throughput).
"""

from __future__ import annotations

import time

from corpus import stage_args, tempeval_articles

from eventwire.clean import clean
from eventwire.events import find_events
from eventwire.pipeline import Pipeline


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def main() -> None:
    args = stage_args(__doc__.splitlines()[0])
    articles = tempeval_articles(args.data, args.limit)
    pipe = Pipeline.default()
    texts = [clean(a.text).text for a in articles]
    start = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts, batch_size=32))
    parse_s = time.perf_counter() - start
    # warm the lazily loaded resources (actor table, type model) outside the timed runs
    find_events(docs[0], articles[0], [], [], [], [])
    start = time.perf_counter()
    inputs = []
    for article, doc in zip(articles, docs, strict=True):
        result = pipe.analyse(article, doc)
        inputs.append((list(result.times), list(result.places), list(result.actors), list(result.quotes)))
    analyse_s = time.perf_counter() - start
    runs, mentions = [], 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        mentions = sum(
            len(find_events(doc, article, *stage_inputs))
            for article, doc, stage_inputs in zip(articles, docs, inputs, strict=True)
        )
        runs.append(time.perf_counter() - start)
    events_s = min(runs)
    n = len(articles)
    others_s = max(analyse_s - events_s, 0.0)  # analyse() ran the events stage once as well
    without = parse_s + others_s
    print(f"documents: {n}  characters: {sum(len(t) for t in texts)}  event mentions: {mentions}")
    print(f"parse (spaCy):            {_rate(n, parse_s):8.1f} docs/s")
    print(f"other stages:             {_rate(n, others_s):8.1f} docs/s")
    print(f"events stage:             {_rate(n, events_s):8.1f} docs/s  (best of {args.repeat})")
    print(f"pipeline without events:  {_rate(n, without):8.1f} docs/s")
    print(f"pipeline with events:     {_rate(n, without + events_s):8.1f} docs/s")
    print(f"events share of pipeline: {events_s / (without + events_s):8.1%}")


if __name__ == "__main__":
    main()
