"""Crash safety: SIGKILL an ingest at random points; the store opens, and a re-run stores everything once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import Store

N_DOCS = 90
PLACES = ("Gao", "Kidal", "Mopti", "Timbuktu", "Segou")


def _corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_DOCS):
            place = PLACES[i % len(PLACES)]
            text = (f"Report {i}: armed men attacked a checkpoint near {place} on Monday, killing {i % 7 + 1} "
                    f"soldiers, the army said. Residents said the fighting lasted {i % 5 + 1} hours.")
            fh.write(json.dumps({"id": f"doc-{i}", "text": text, "published": "2024-05-08"}) + "\n")


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    log = (db.parent / "stderr.log").open("ab")
    try:
        return subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    finally:
        log.close()


def _stderr(db: Path) -> str:
    return (db.parent / "stderr.log").read_text(encoding="utf-8", errors="replace")


def _assert_consistent(db: Path, expect_all: bool) -> None:
    with Store.open(db) as store:  # must open after a crash
        n, distinct = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone()
        assert n == distinct, "a document was stored twice"
        if expect_all:
            assert n == N_DOCS
        orphans = store.con.execute(
            "SELECT count(*) FROM events WHERE article_uid NOT IN (SELECT uid FROM articles)").fetchone()[0]
        assert orphans == 0, "events without their article"
        orphan_evidence = store.con.execute(
            "SELECT count(*) FROM evidence WHERE event_id NOT IN (SELECT id FROM events)").fetchone()[0]
        assert orphan_evidence == 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_store_crash_sigkill_then_rerun_stores_each_document_once(tmp_path, seed):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "crash.duckdb"
    _corpus(corpus)
    proc = _ingest(corpus, db)
    time.sleep(random.Random(seed).uniform(2.0, 7.0))
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    _assert_consistent(db, expect_all=False)
    rerun = _ingest(corpus, db)
    rerun.wait(timeout=300)
    assert rerun.returncode == 0, _stderr(db)
    _assert_consistent(db, expect_all=True)


def test_store_concurrent_ingest_gets_a_clear_lock_error(tmp_path):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "locked.duckdb"
    _corpus(corpus)
    with Store.open(db):
        proc = _ingest(corpus, db)
        proc.wait(timeout=120)
    assert proc.returncode == 6
    assert "in use by another process" in _stderr(db)
    _assert_consistent(db, expect_all=False)
