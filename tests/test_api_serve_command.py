"""`eventwire serve`: flags map onto create_app and uvicorn; bad combinations fail with documented codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from webstore import build_store


@pytest.fixture()
def served(monkeypatch: pytest.MonkeyPatch) -> dict:
    calls: dict = {}

    def fake_run(app, **kwargs):  # noqa: ANN001, ANN003
        calls.update(app=app, **kwargs)

    monkeypatch.setattr("uvicorn.run", fake_run)
    return calls


def test_api_serve_binds_localhost_read_only_by_default(tmp_path: Path, served: dict) -> None:
    db = build_store(tmp_path / "e.duckdb", clusters=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8123
    assert served["app"].state.store.read_only
    served["app"].state.store.close()


def test_api_serve_allow_ingest_needs_a_token(
    tmp_path: Path, served: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "new.duckdb"), "--allow-ingest"])
    assert result.exit_code == 2 and "token" in result.output
    assert "app" not in served


def test_api_serve_token_from_environment(
    tmp_path: Path, served: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "new.duckdb"), "--allow-ingest"])
    assert result.exit_code == 0, result.output
    assert not served["app"].state.store.read_only


def test_api_serve_missing_store_is_a_store_error(tmp_path: Path, served: dict) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "absent.duckdb")])
    assert result.exit_code == 6 and "eventwire ingest" in result.output


def test_api_serve_workers_are_read_only(tmp_path: Path, served: dict) -> None:
    result = CliRunner().invoke(
        main,
        ["serve", "--db", str(tmp_path / "e.duckdb"), "--allow-ingest", "--token", "t", "--workers", "2"],
    )
    assert result.exit_code == 2 and "read-only" in result.output


def test_api_serve_workers_use_the_factory(
    tmp_path: Path, served: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.api import app_from_environment

    db = build_store(tmp_path / "e.duckdb", clusters=False)
    monkeypatch.setenv("EVENTWIRE_SERVE_DB", "unset")  # the command sets it; monkeypatch restores it
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert (
        served["app"] == "eventwire.api:app_from_environment" and served["factory"] and served["workers"] == 2
    )
    app = app_from_environment()
    assert app.state.store.path == str(db.resolve()) and app.state.store.read_only
