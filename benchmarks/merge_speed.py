"""Merge speed: synthetic reports of N events (each told by 1-4 outlets) merged in batches, as ingest does.

Usage: .venv/bin/python benchmarks/merge_speed.py [N_EVENTS] [BATCH]
Prints events/second for assign_clusters and how many clusters came out (ideally N_EVENTS).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire import merge
from eventwire.records import Article, DocumentResult, Event, EventDate, EventLocation, Fatalities, Span
from eventwire.store import Store

GROUPS = ["Islamic State", "Al Shabaab", "JNIM", "Hay'at Tahrir al-Sham", "Boko Haram", "ADF"]
VERBS = ["attacked", "ambushed", "shelled", "raided", "bombed", "stormed"]
TARGETS = ["an army post", "a police station", "a market", "a convoy", "a checkpoint", "a village"]


def reports(n_events: int, seed: int = 1) -> list[DocumentResult]:
    rng = random.Random(seed)
    out = []
    for i in range(n_events):
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(365))
        lat, lon = rng.uniform(5, 35), rng.uniform(-10, 45)
        group, verb, target = rng.choice(GROUPS), rng.choice(VERBS), rng.choice(TARGETS)
        toll = rng.randrange(1, 50)
        for j in range(rng.randrange(1, 5)):
            n = toll + rng.randrange(0, 10)
            text = f"Fighters of {group} {verb} {target} in town {i} on {day}, killing {n} people ({j})."
            ev = Event(kind="specific", event_type="Battles", sub_event_type="Armed clash",
                       evidence=(Span(0, len(text), text),), actor1=group, actor2="State forces",
                       date=EventDate(day, 1), fatalities=Fatalities(n, n, n, (Span(0, 1, "x"),)),
                       location=EventLocation(f"town {i}", "XX", "Region", lat=lat + j * 0.01, lon=lon,
                                              geo_precision=1), reported_by=(f"outlet {j}",))
            article = Article(f"{i}-{j}", text, day + timedelta(days=1), source=f"outlet {j}")
            out.append(DocumentResult(article, events=(ev,)))
    rng.shuffle(out)
    return out


def main() -> None:
    n_events = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    docs = reports(n_events)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.duckdb") as store:
        merged = 0.0
        for k in range(0, len(docs), batch):
            store.write(docs[k:k + batch])
            t0 = time.perf_counter()
            merge.assign_clusters(store)
            merged += time.perf_counter() - t0
        clusters = store.rows("SELECT count(*) AS n FROM clusters")[0]["n"]
    print(f"{len(docs)} mentions of {n_events} events: {clusters} clusters; merge {merged:.1f} s "
          f"({len(docs) / merged:.0f} mentions/s)")


if __name__ == "__main__":
    main()
