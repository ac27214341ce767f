"""The CLI: the evaluation contract on stdin, ingest idempotency, bad input, help texts."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_extract_jsonl_stdin_one_line_per_record_in_order(runner):
    records = [
        {"id": "r1", "text": "Police arrested 12 protesters in Lagos on Friday.", "published": "2023-06-10"},
        {"id": "r2", "text": "", "published": None},
        {"id": "r3", "text": "Rebels attacked an army base near Goma, killing four soldiers.", "published": None},
    ]
    stdin = "\n".join(json.dumps(r) for r in records) + "\n"
    result = runner.invoke(main, ["extract", "--format", "jsonl", "-"], input=stdin)
    lines = result.stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["r1", "r2", "r3"]
    docs = [json.loads(line) for line in lines]
    assert docs[1]["skipped"]["reason"] == "empty-text"
    assert docs[0]["skipped"] is None and docs[0]["published"] == "2023-06-10"
    assert docs[2]["published"] is None
    assert "empty-text" in result.stderr
    assert result.exit_code == 3


def test_cli_extract_malformed_line_is_reported_and_batch_goes_on(runner):
    stdin = '{"id": "ok", "text": "Troops clashed with militants in Kunduz."}\n{not json\n{"id": "z", "body": 5}\n'
    result = runner.invoke(main, ["extract", "--format", "jsonl", "-"], input=stdin)
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 3
    assert docs[0]["id"] == "ok" and docs[0]["skipped"] is None
    assert docs[1]["skipped"]["reason"] == "malformed-record" and docs[1]["skipped"]["line"] == 2
    assert docs[2]["id"] == "z" and docs[2]["skipped"]["reason"] == "malformed-record"
    assert "-:2" in result.stderr and "invalid JSON" in result.stderr
    assert result.exit_code == 3


def test_cli_extract_table_and_csv_formats(runner):
    for fmt in ("table", "csv"):
        result = runner.invoke(main, ["extract", str(SAMPLES / "02-nairobi-fuel-protest.txt"), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert ("events" in result.stdout) if fmt == "table" else result.stdout.startswith("doc,kind,date")


def test_cli_extract_missing_file_exit_code(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt"), "--format", "jsonl"])
    assert result.exit_code == 3
    assert "no such file" in result.stderr


def test_cli_ingest_twice_is_idempotent_and_query_export_work(runner, tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = runner.invoke(main, ["ingest", str(SAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["ingest", str(SAMPLES), "--db", db])
    assert "stored 0 documents (6 already stored" in second.stderr
    from eventwire.store import Store

    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 6
    listed = runner.invoke(main, ["query", "--db", db, "--kind", "all", "--format", "json"])
    assert listed.exit_code == 0
    assert isinstance(json.loads(listed.stdout), list)
    sql = runner.invoke(main, ["query", "--db", db, "--sql", "SELECT count(*) AS n FROM articles", "--format", "jsonl"])
    assert json.loads(sql.stdout) == {"n": 6}
    out = tmp_path / "e.csv"
    exported = runner.invoke(main, ["export", "--db", db, "--format", "acled-csv", "--out", str(out), "--kind", "all"])
    assert exported.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("data_id,iso,event_id_cnty")


def test_cli_query_bad_sql_is_a_clear_error(runner, tmp_path):
    db = str(tmp_path / "s.duckdb")
    runner.invoke(main, ["ingest", str(SAMPLES / "04-records.jsonl"), "--db", db])
    result = runner.invoke(main, ["query", "--db", db, "--sql", "SELEC nothing"])
    assert result.exit_code == 7
    assert "query failed" in result.stderr


def test_cli_query_missing_store_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["query", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 6
    assert "does not exist" in result.stderr


def test_cli_config_show_prints_effective_settings(runner, tmp_path):
    user = tmp_path / "u.yaml"
    user.write_text("store:\n  path: elsewhere.duckdb\n", encoding="utf-8")
    result = runner.invoke(main, ["--config", str(user), "config", "show"])
    assert result.exit_code == 0
    assert "elsewhere.duckdb" in result.stdout and str(user) in result.stdout


def test_cli_bad_config_exit_code(runner, tmp_path):
    user = tmp_path / "u.yaml"
    user.write_text("nope: 1\n", encoding="utf-8")
    result = runner.invoke(main, ["--config", str(user), "config", "show"])
    assert result.exit_code == 2
    assert "unknown setting 'nope'" in result.stderr


def _commands(group: click.Group, prefix: str = ""):
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", cmd


@pytest.mark.parametrize(("name", "cmd"), list(_commands(main)))
def test_cli_every_command_is_documented_with_an_example(name, cmd):
    assert cmd.help and "Example:" in cmd.help, f"`eventwire {name}` needs help text with an Example:"
