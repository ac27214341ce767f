"""ACLED CSV export: one row per event cluster once clusters exist; per event before."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from eventwire import merge
from eventwire.cli import main
from eventwire.export import export
from eventwire.store import Store
from merge_fixtures import OTHER_ATTACKS, SAME_ATTACK, document


def make_store(path: Path, clustered: bool) -> Path:
    with Store.open(path) as store:
        store.write([document(r) for r in SAME_ATTACK + [OTHER_ATTACKS["three days later"]]])
        if clustered:
            merge.assign_clusters(store)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_merge_export_acled_csv_one_row_per_cluster(tmp_path: Path) -> None:
    db = make_store(tmp_path / "c.duckdb", clustered=True)
    out = tmp_path / "events.csv"
    with Store.open(db, read_only=True) as store:
        assert export(store, "acled-csv", out) == 2
    first, later = read_csv(out)
    assert first["fatalities"] == "23" and later["fatalities"] == "6"
    assert set(first["source"].split("; ")) == {r.source for r in SAME_ATTACK}
    assert all(r.text in first["notes"] for r in SAME_ATTACK)
    assert first["event_date"] == "11 March 2024" and first["country"] == "Syrian Arab Republic"
    assert first["event_id_cnty"].startswith("SYR-c-")


def test_merge_export_per_event_without_clusters_or_when_asked(tmp_path: Path) -> None:
    db = make_store(tmp_path / "e.duckdb", clustered=False)
    with Store.open(db, read_only=True) as store:
        assert export(store, "acled-csv", tmp_path / "a.csv") == 6
    db2 = make_store(tmp_path / "c.duckdb", clustered=True)
    with Store.open(db2, read_only=True) as store:
        assert export(store, "acled-csv", tmp_path / "b.csv", clusters=False) == 6
        assert export(store, "jsonl", tmp_path / "b.jsonl") == 6


def test_merge_export_filters_apply_to_clusters(tmp_path: Path) -> None:
    db = make_store(tmp_path / "c.duckdb", clustered=True)
    with Store.open(db, read_only=True) as store:
        assert export(store, "acled-csv", tmp_path / "x.csv", {"since": "2024-03-12"}) == 1
        assert export(store, "acled-csv", tmp_path / "y.csv", {"country": "IQ"}) == 0


def test_merge_export_cli(tmp_path: Path) -> None:
    db = make_store(tmp_path / "c.duckdb", clustered=True)
    out = tmp_path / "cli.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "acled-csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(read_csv(out)) == 2
