"""Gazetteer benchmark: build time, file size, open time, lookups per second (cold and cached).

    .venv/bin/python benchmarks/bench_places.py            # uses (or builds) the default gazetteer
    .venv/bin/python benchmarks/bench_places.py --build    # rebuilds into a temporary file and times it
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from eventwire.places import Gazetteer
from eventwire.places.build import build_gazetteer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="time a fresh build into a temporary file")
    parser.add_argument("--names", type=int, default=50_000, help="names to look up")
    args = parser.parse_args()
    path = None
    if args.build:
        tmp = Path(tempfile.mkdtemp()) / "gazetteer.sqlite"
        started = time.perf_counter()
        path = build_gazetteer(tmp)
        print(f"build: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    gazetteer = Gazetteer.open(path)
    gazetteer.lookup("Syria")
    print(f"open + first lookup: {1000 * (time.perf_counter() - started):.1f} ms")
    print(f"file: {gazetteer.path} {gazetteer.path.stat().st_size / 1e6:.1f} MB")
    db = sqlite3.connect(gazetteer.path)
    names = [row[0] for row in db.execute("SELECT name FROM place ORDER BY random() LIMIT ?", (args.names,))]
    names += ["Nowhereville", "Qwertyuiop", "Daesh"] * 100
    random.Random(0).shuffle(names)
    # CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns
    started, cpu = time.perf_counter(), time.process_time()
    found = sum(bool(gazetteer.lookup(name)) for name in names)
    cold, cold_cpu = _rates(len(names), started, cpu)
    started, cpu = time.perf_counter(), time.process_time()
    for name in names:
        gazetteer.lookup(name)
    warm, warm_cpu = _rates(len(names), started, cpu)
    print(f"lookups: {len(names)} names, {found} found")
    print(f"  uncached: {cold:,.0f} names/s wall, {cold_cpu:,.0f} names/s per CPU second")
    print(f"  cached:   {warm:,.0f} names/s wall, {warm_cpu:,.0f} names/s per CPU second")


def _rates(count: int, started: float, cpu: float) -> tuple[float, float]:
    wall = time.perf_counter() - started
    used = time.process_time() - cpu
    return count / wall, count / max(used, 1e-9)


if __name__ == "__main__":
    main()
