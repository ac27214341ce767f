"""Load benchmark (not a test): concurrent clients on /events and /trends of a running `eventwire serve`.

Builds a synthetic store of --events events (records written directly with ``Store.write``: no NLP), starts
`eventwire serve` on it in a subprocess (127.0.0.1 only), then runs --clients concurrent clients for
--duration seconds. Each client is a closed loop on one keep-alive HTTP/1.1 connection with no think time:
it sends the next request as soon as the last answer arrived, half to /events (random filters, sort and page),
half to /trends (random period and filters). Reports throughput, p50/p90/p99/max latency, errors and the
share of answers from the server's response cache (X-Cache: hit) per endpoint.
Target (issue #9): p99 < 300 ms and 0 errors with 50 clients on 10,000+ events.

Building the store goes through ``Store.write`` record by record and takes minutes (8 on a busy 2-core
machine); pass --db FILE to build it once and reuse it.

    .venv/bin/python benchmarks/bench_load.py --db /tmp/load.duckdb  # 12,000 events, 50 clients, 30 s
    .venv/bin/python benchmarks/bench_load.py --events 50000 --json-out load.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.records import (
    Article,
    DocumentResult,
    Event,
    EventDate,
    EventLocation,
    Fatalities,
    Place,
    Span,
)
from eventwire.store import Store

# (code, admin1, lat, lon) of places events are spread over.
PLACES = [
    ("SY", "Deir ez-Zor", 35.33, 40.14),
    ("SY", "Idlib", 35.93, 36.63),
    ("SY", "Aleppo", 36.20, 37.16),
    ("IQ", "Anbar", 33.42, 43.30),
    ("IQ", "Nineveh", 36.34, 43.13),
    ("ML", "Gao", 16.27, -0.04),
    ("ML", "Mopti", 14.49, -4.18),
    ("BF", "Sahel", 14.10, -0.15),
    ("NG", "Borno", 11.85, 13.16),
    ("SO", "Banaadir", 2.04, 45.34),
    ("KE", "Nairobi", -1.29, 36.82),
    ("CD", "Nord-Kivu", -1.68, 29.22),
    ("YE", "Marib", 15.46, 45.32),
    ("AF", "Kabul", 34.53, 69.17),
    ("MX", "Guerrero", 17.55, -99.50),
    ("UA", "Donetsk", 48.02, 37.80),
    ("SD", "Khartoum", 15.50, 32.56),
    ("ET", "Amhara", 11.59, 37.39),
]
TYPES = [
    ("Battles", "Armed clash", "clashed with"),
    ("Explosions/Remote violence", "Air/drone strike", "struck"),
    ("Violence against civilians", "Attack", "attacked"),
    ("Protests", "Peaceful protest", "marched against"),
    ("Riots", "Violent demonstration", "rioted against"),
]
ACTORS = [
    "Islamic State",
    "Military Forces of Syria",
    "JNIM",
    "Al Shabaab",
    "Police Forces of Kenya",
    "Protesters",
    "Unidentified Armed Group",
    "Wagner Group",
    "RSF",
    "Civilians",
]
SOURCES = ["Sahel Wire", "SOHR", "State media", "Reuters-like", "Local radio", "Eastern Monitor"]


def synthetic_results(n: int, seed: int = 7) -> list[DocumentResult]:
    """``n`` one-event articles over three years and 18 places, with every span valid in its text."""
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    out = []
    for i in range(n):
        country, admin1, lat, lon = rng.choice(PLACES)
        event_type, sub_type, verb = rng.choice(TYPES)
        a1, a2 = rng.sample(ACTORS, 2)
        day = start + timedelta(days=int(rng.triangular(0, 1095, 900)))
        toll = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 23, 39])
        text = (
            f"{a1} {verb} {a2} in {admin1} on {day:%B %d}, killing {toll} people, witnesses said. "
            f"Report number {i}."
        )

        def span(needle: str, text: str = text) -> Span:
            k = text.index(needle)
            return Span(k, k + len(needle), needle)

        sentence = Span(0, text.index(".") + 1, text[: text.index(".") + 1])
        event = Event(
            kind="specific" if rng.random() < 0.85 else rng.choice(["intent", "statement", "aggregate"]),
            event_type=event_type,
            sub_event_type=sub_type,
            evidence=(sentence,),
            trigger=span(verb),
            actor1=a1,
            actor2=a2,
            actor1_span=span(a1),
            actor2_span=span(a2),
            inter1=1,
            inter2=2,
            date=EventDate(day, 1, span(f"{day:%B %d}")),
            location=EventLocation(
                admin1,
                country,
                admin1,
                None,
                lat + rng.uniform(-0.3, 0.3),
                lon + rng.uniform(-0.3, 0.3),
                2,
                None,
                span(admin1),
            ),
            fatalities=Fatalities(toll, toll, toll, (span(f"{toll} people"),)),
            reported_by=(rng.choice(SOURCES),),
            confidence=round(rng.uniform(0.4, 0.95), 2),
        )
        article = Article(
            f"synthetic-{i}",
            text,
            day + timedelta(days=1),
            None,
            rng.choice(SOURCES),
            None,
            "en",
            "bench_load",
        )
        place = Place(span(admin1), admin1, None, country, admin1, None, lat, lon, "ADM1", 0.9)
        out.append(DocumentResult(article=article, places=(place,), events=(event,)))
    return out


def build_store(path: Path, n: int) -> float:
    began = time.perf_counter()
    results = synthetic_results(n)
    with Store.open(path) as store:
        for k in range(0, n, 1000):
            store.write(results[k : k + 1000])
    return time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "eventwire.cli",
        "serve",
        "--db",
        str(db),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/facets", timeout=2) as response:
                if response.status == 200:
                    return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not answer within 60 s")


def request_path(rng: random.Random) -> tuple[str, str]:
    """One request of the mix: (endpoint label, path with query)."""
    params: dict[str, str] = {}
    if rng.random() < 0.6:
        params["country"] = rng.choice(PLACES)[0]
    if rng.random() < 0.3:
        params["type"] = rng.choice(TYPES)[0]
    if rng.random() < 0.2:
        params["since"] = f"2023-{rng.randint(1, 12):02d}-01"
    if rng.random() < 0.5:
        params.update(by=rng.choice(["week", "month"]))
        return "/trends", "/trends?" + urllib.parse.urlencode(params)
    if rng.random() < 0.2:
        params["actor"] = rng.choice(ACTORS).split()[0]
    params.update(
        limit="50",
        offset=str(50 * rng.randint(0, 19)),
        sort=rng.choice(["-event_date", "event_date", "-fatalities", "country"]),
    )
    return "/events", "/events?" + urllib.parse.urlencode(params)


async def client(port: int, until: float, seed: int, samples: list[tuple[str, float, bool, bool]]) -> None:
    """A closed-loop client on one keep-alive connection; reconnects after an error."""
    rng = random.Random(seed)
    reader = writer = None
    while time.monotonic() < until:
        label, path = request_path(rng)
        began = time.perf_counter()
        ok = hit = False
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            assert reader is not None
            writer.write(
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode()
            )
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=30)
            status = int(head.split(b" ", 2)[1])
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            body = await reader.readexactly(length)
            ok = status == 200 and body[:1] == b"{"
            hit = b"\r\nx-cache: hit" in head.lower()
        except (TimeoutError, OSError, asyncio.IncompleteReadError, StopIteration, ValueError):
            if writer is not None:
                writer.close()
            reader = writer = None
        samples.append((label, time.perf_counter() - began, ok, hit))
    if writer is not None:
        writer.close()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def summarise(samples: list[tuple[str, float, bool, bool]], duration: float) -> dict[str, dict[str, float]]:
    out = {}
    for label in ("/events", "/trends", "all"):
        rows = [s for s in samples if label == "all" or s[0] == label]
        ms = [s[1] * 1000 for s in rows]
        out[label] = {
            "requests": len(rows),
            "throughput_rps": len(rows) / duration,
            "p50_ms": percentile(ms, 50),
            "p90_ms": percentile(ms, 90),
            "p99_ms": percentile(ms, 99),
            "max_ms": max(ms, default=float("nan")),
            "errors": sum(1 for s in rows if not s[2]),
            "cache_hits": sum(1 for s in rows if s[3]) / max(1, len(rows)),
        }
    return out


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) used so far by process ``pid`` and its children (Linux /proc), else None."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total, pids = 0.0, [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    except (OSError, ValueError, IndexError):
        return None
    return total


async def run_load(port: int, clients: int, duration: float) -> dict[str, dict[str, float]]:
    samples: list[tuple[str, float, bool, bool]] = []
    began = time.monotonic()
    await asyncio.gather(*(client(port, began + duration, seed, samples) for seed in range(clients)))
    return summarise(samples, time.monotonic() - began)


def run(coro: Any) -> Any:
    """asyncio.run, on uvloop where installed (the client shares the CPUs with the server: keep it light)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=12_000, help="synthetic events in the store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--db", type=Path, help="reuse or create this store (default: a temporary file)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (eventwire serve --workers)")
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="eventwire-load-") as tmp:
        db = args.db or Path(tmp) / "load.duckdb"
        if not db.exists():
            print(f"building a store of {args.events:,} events at {db} ...", flush=True)
            print(f"  built in {build_store(db, args.events):.1f} s", flush=True)
        with Store.open(db, read_only=True) as store:
            counts = store.counts()
        port = free_port()
        server = start_server(db, port, args.workers)
        try:
            print(
                f"{args.clients} clients for {args.duration:.0f} s on http://127.0.0.1:{port} "
                f"({counts['events']:,} events, {args.workers} server process(es), {os.cpu_count()} CPUs, "
                f"load average {os.getloadavg()[0]:.1f} before the run) ...",
                flush=True,
            )
            run(run_load(port, 2, 2.0))  # warm-up
            cpu_before = cpu_seconds(server.pid)
            result = run(run_load(port, args.clients, args.duration))
            cpu_after = cpu_seconds(server.pid)
        finally:
            server.terminate()
            server.wait(10)
    print(
        f"\n{'endpoint':10} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} "
        f"{'max ms':>8} {'errors':>7} {'cached':>7}"
    )
    for label, r in result.items():
        print(
            f"{label:10} {r['requests']:9d} {r['throughput_rps']:8.1f} {r['p50_ms']:8.1f} {r['p90_ms']:8.1f} "
            f"{r['p99_ms']:8.1f} {r['max_ms']:8.1f} {r['errors']:7d} {r['cache_hits']:7.0%}"
        )
    if cpu_before is not None and cpu_after is not None and result["all"]["requests"]:
        per_request = (cpu_after - cpu_before) / result["all"]["requests"] * 1000
        result["all"]["server_cpu_ms_per_request"] = per_request
        print(
            f"\nserver CPU per request: {per_request:.1f} ms (user + system, all server processes); "
            f"{os.cpu_count()} idle cores would serve about "
            f"{1000 * (os.cpu_count() or 1) / per_request:.0f} req/s"
        )
    verdict = result["all"]["p99_ms"] < 300 and result["all"]["errors"] == 0
    print(f"\ntarget p99 < 300 ms and 0 errors: {'met' if verdict else 'NOT met'}")
    if args.json_out:
        args.json_out.write_text(
            json.dumps(
                {
                    "events": counts["events"],
                    "clients": args.clients,
                    "duration_s": args.duration,
                    "workers": args.workers,
                    "result": result,
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
