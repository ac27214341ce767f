"""The TempEval-style documents the stage benchmarks time (read at run time, never stored in the repo)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from eventwire.records import Article

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "tempeval3-dev"
# Used when no data folder is available: sentences written for the benchmarks.
FALLBACK = [
    "Gunmen attacked a checkpoint near Gao on Sunday, killing 12 soldiers, two days after a raid on May 30.",
    "The defence ministry said last week that its troops would leave the district in early July.",
    "Since October 2020, raids in the province have killed more than 300 villagers, officials said.",
    "Hundreds of students protested in Accra on Tuesday; police fired tear gas and arrested 30 of them.",
]


def tempeval_articles(data: Path, limit: int | None) -> list[Article]:
    """Articles from ``data/documents.jsonl`` (text, dct as published), or 100 fallback articles."""
    path = data / "documents.jsonl"
    if not path.is_file():
        text = " ".join(FALLBACK * 6)
        return [Article(f"b{i}", text, date(2021, 6, 14)) for i in range(limit or 100)]
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        dct = record.get("dct")
        out.append(Article(str(n), record["text"], date.fromisoformat(dct[:10]) if dct else None))
    return out[:limit] if limit else out


def stage_args(description: str, default_data: Path = DEFAULT_DATA) -> argparse.Namespace:
    """The options every stage benchmark takes: --data, --limit, --repeat."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=default_data)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    return parser.parse_args()
