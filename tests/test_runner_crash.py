"""Crash safety of `eventwire run`: SIGKILL it halfway, run it again, and every document is stored once."""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from eventwire.store import Store

N_DOCS = 200
TOWNS = ("Gao", "Kidal", "Mopti", "Menaka", "Segou", "Bamako", "Tessalit", "Ansongo")


def write_corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_DOCS):
            town = TOWNS[i % len(TOWNS)]
            text = (f"Dispatch {i}. Armed men ambushed a convoy near {town} on Sunday, killing {i % 9 + 1} "
                    f"soldiers, the army said. Residents of {town} said the fighting lasted {i % 4 + 1} "
                    "hours.")
            fh.write(json.dumps({"id": f"doc-{i}", "text": text, "published": "2024-06-02"}) + "\n")


def start(corpus: Path, db: Path, config: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "eventwire.cli", "--config", str(config), "run", str(corpus),
           "--db", str(db), "--workers", "1"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "COLUMNS": "200"})


def wait_until_done(proc: subprocess.Popen, at_least: int, timeout: float) -> int:
    """Read the plain progress lines until ``at_least`` inputs are done; return that count."""
    deadline, buffer = time.monotonic() + timeout, b""
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if not ready:
            continue
        buffer += os.read(proc.stderr.fileno(), 65536)
        counts = [int(n) for n in re.findall(rb"progress: (\d+)", buffer)]
        if counts and counts[-1] >= at_least:
            return counts[-1]
    raise AssertionError(f"run did not reach {at_least} documents: {buffer.decode(errors='replace')[-2000:]}")


def stored(db: Path) -> tuple[int, int]:
    with Store.open(db) as store:  # must open after SIGKILL
        n, distinct = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone()
        orphans = store.con.execute(
            "SELECT count(*) FROM events WHERE article_uid NOT IN (SELECT uid FROM articles)").fetchone()[0]
    assert orphans == 0, "events without their article"
    return n, distinct


def test_runner_sigkill_halfway_then_rerun_stores_each_document_once(tmp_path):
    corpus, db, config = tmp_path / "corpus.jsonl", tmp_path / "run.duckdb", tmp_path / "eventwire.yaml"
    write_corpus(corpus)
    config.write_text("run:\n  chunk_size: 8\n", encoding="utf-8")
    proc = start(corpus, db, config)
    try:
        wait_until_done(proc, N_DOCS // 2, timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    first, distinct = stored(db)
    assert first == distinct and N_DOCS // 2 - 8 <= first < N_DOCS

    rerun = start(corpus, db, config)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode(errors="replace")[-3000:]
    total, distinct = stored(db)
    assert total == distinct == N_DOCS
    summary = err.decode(errors="replace")
    assert re.search(rf"already stored \(not processed again\)\s*│\s*{first}\b", summary), summary[-3000:]
