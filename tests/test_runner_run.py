"""The batch runner: stores every document once, skips stored ones before NLP, same results with workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import runner
from eventwire.cli import main
from eventwire.config import load_settings
from eventwire.store import Store

PLACES = ("Gao", "Kidal", "Mopti", "Kismayo", "Bawku")


def corpus(folder: Path, n: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "news.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"Gunmen attacked a police post near {PLACES[i % 5]} on Monday, killing {i % 6 + 2} "
                    f"officers, officials said. Item {i}.")
            fh.write(json.dumps({"id": f"doc-{i}", "text": text, "published": "2024-05-06"}) + "\n")
        fh.write("{not json\n")
    (folder / "story.txt").write_text("Protesters marched in Nairobi on Tuesday against fuel prices.",
                                      encoding="utf-8")
    (folder / "empty.txt").write_text("   ", encoding="utf-8")
    return folder


@pytest.fixture
def settings():
    return load_settings().with_overrides({"run.chunk_size": 4})


def stored_results(db: Path) -> dict[str, dict]:
    with Store.open(db, read_only=True) as store:
        rows = store.con.execute("SELECT doc_id, result FROM articles").fetchall()
    return {doc_id: json.loads(result) for doc_id, result in rows}


def test_runner_stores_documents_and_counts_skips(tmp_path, settings):
    db = tmp_path / "run.duckdb"
    summary = runner.run([str(corpus(tmp_path / "in"))], settings, db, workers=0)
    assert summary.documents == 13 and summary.already_stored == 0
    assert summary.by_reason == {"malformed-record": 1, "empty-text": 1}
    assert summary.bad_inputs == 2 and summary.seen == 15 and summary.words > 0
    assert summary.events == sum(summary.by_kind.values())
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 13 and store.counts()["skipped"] == 2


def test_runner_resume_skips_stored_documents_before_nlp(tmp_path, settings, monkeypatch):
    db, inputs = tmp_path / "run.duckdb", corpus(tmp_path / "in")
    runner.run([str(inputs)], settings, db, workers=0)
    seen: list[str] = []
    real = runner.process_chunk
    monkeypatch.setattr(runner, "process_chunk",
                        lambda chunk: seen.extend(a.id for a in chunk) or real(chunk))
    again = runner.run([str(inputs)], settings, db, workers=0)
    assert again.documents == 0 and again.already_stored == 13
    # Only the empty file (skipped, so never stored) goes to the pipeline again.
    assert [Path(i).name for i in seen] == ["empty.txt"], "stored documents went through the pipeline again"


def test_runner_process_pool_matches_in_process(tmp_path, settings):
    inputs = corpus(tmp_path / "in", n=10)
    runner.run([str(inputs)], settings, tmp_path / "a.duckdb", workers=0)
    pooled = runner.run([str(inputs)], settings, tmp_path / "b.duckdb", workers=2)
    assert pooled.documents == 11
    assert stored_results(tmp_path / "a.duckdb") == stored_results(tmp_path / "b.duckdb")


def test_runner_chunked_is_lazy():
    def endless():
        n = 0
        while True:
            n += 1
            yield n

    chunks = runner.chunked(endless(), 3)
    assert next(chunks) == [1, 2, 3] and next(chunks) == [4, 5, 6]


def test_runner_estimate_counts_lines_rows_and_files(tmp_path, settings):
    inputs = corpus(tmp_path / "in", n=5)
    (inputs / "t.csv").write_text("id,text\n1,a\n2,b\n", encoding="utf-8")
    assert runner.estimate_items([str(inputs), str(tmp_path / "missing")], settings) == 6 + 2 + 2 + 1
    (inputs / "feed.rss").write_text("<rss/>", encoding="utf-8")
    assert runner.estimate_items([str(inputs)], settings) is None


def test_runner_cli_run_summary_exit_code_and_parquet_load(tmp_path):
    inputs = corpus(tmp_path / "in", n=6)
    cli = CliRunner()
    db, out = tmp_path / "cli.duckdb", tmp_path / "parquet"
    result = cli.invoke(main, ["run", str(inputs), "--db", str(db), "--workers", "0", "--out", str(out)])
    assert result.exit_code == 3, result.output  # a malformed line and an empty file were skipped
    assert "documents stored" in result.output and "malformed-record" in result.output
    assert sorted(p.suffix for p in out.iterdir()) == [".parquet"]
    loaded = tmp_path / "loaded.duckdb"
    result = cli.invoke(main, ["load", str(out), "--db", str(loaded)])
    assert result.exit_code == 0, result.output
    assert stored_results(loaded) == stored_results(db)
    with Store.open(loaded, read_only=True) as store:
        assert store.counts()["skipped"] == 2
    again = cli.invoke(main, ["run", str(inputs / "news.jsonl"), "--db", str(db), "--workers", "0"])
    assert "already stored" in again.output


def test_runner_worker_start_error_is_reported_not_a_dead_pool(tmp_path):
    from eventwire.errors import ModelError

    broken = load_settings().with_overrides({"nlp.model": "no_such_spacy_model"})
    with pytest.raises(ModelError, match="no_such_spacy_model"):
        runner.run([str(corpus(tmp_path / "in", n=2))], broken, tmp_path / "x.duckdb", workers=1)


@pytest.mark.parametrize(("setting", "platform", "expected"), [
    ("auto", "linux", "fork"), ("auto", "darwin", "spawn"), ("spawn", "linux", "spawn"), ("no-such", "linux", "spawn"),
])
def test_runner_start_method_setting(setting, platform, expected, monkeypatch):
    monkeypatch.setattr(runner.sys, "platform", platform)
    assert runner._start_method(load_settings().with_overrides({"run.start_method": setting})) == expected


def test_runner_spawned_workers_match_forked_ones(tmp_path, settings):
    """spawn (each worker loads its own models) and fork (workers share the parent's) store the same."""
    inputs = corpus(tmp_path / "in", n=3)
    runner.run([str(inputs)], settings.with_overrides({"run.start_method": "fork"}), tmp_path / "f.duckdb", workers=1)
    runner.run([str(inputs)], settings.with_overrides({"run.start_method": "spawn"}), tmp_path / "s.duckdb", workers=1)
    assert stored_results(tmp_path / "f.duckdb") == stored_results(tmp_path / "s.duckdb")


def test_runner_small_tasks_are_written_in_store_sized_batches(tmp_path, settings, monkeypatch):
    """Workers get run.task_size articles at a time; the store still gets run.chunk_size per transaction."""
    inputs = corpus(tmp_path / "in", n=10)
    sizes: list[int] = []
    real = runner.write_batch
    monkeypatch.setattr(runner, "write_batch",
                        lambda store, batch, *a: sizes.append(len(batch)) or real(store, batch, *a))
    small = settings.with_overrides({"run.task_size": 1, "run.chunk_size": 5})
    summary = runner.run([str(inputs)], small, tmp_path / "a.duckdb", workers=1)
    assert summary.documents == 11 and sum(sizes) == 11 + 2  # 11 stored + the malformed record and the empty file
    assert all(size >= 5 for size in sizes[:-1]) and len(sizes) < 13
    runner.run([str(inputs)], settings, tmp_path / "b.duckdb", workers=0)
    assert stored_results(tmp_path / "a.duckdb") == stored_results(tmp_path / "b.duckdb")


def test_warm_up_loads_what_stages_load_on_first_use(pipe):
    """Forked workers inherit what the parent's warm-up loaded; these would otherwise load once per worker."""
    import importlib

    from eventwire import ingest
    from eventwire.quotes import speakers

    classify = importlib.import_module("eventwire.events.classify")  # the package re-exports the function

    pipe.warm_up()
    assert classify._CACHE and ingest._IDENTIFIER is not None
    assert speakers._gender_detector.cache_info().currsize == 1


def test_finer_tail_keeps_every_item_in_order_and_ends_on_small_chunks() -> None:
    items = list(range(100))
    chunks = list(runner.finer_tail(runner.chunked(items, 32), ahead=2, size=8))
    assert [x for chunk in chunks for x in chunk] == items
    # 100 items in chunks of 32, 32, 32, 4: the last two are held back, then cut in eights (36 = 4 x 8 + 4)
    assert [len(c) for c in chunks] == [32, 32, 8, 8, 8, 8, 4]


def test_finer_tail_with_short_input_and_no_workers() -> None:
    assert list(runner.finer_tail(runner.chunked([1, 2, 3], 32), ahead=2, size=8)) == [[1, 2, 3]]
    assert list(runner.finer_tail(iter([]), ahead=2, size=8)) == []
    assert list(runner.finer_tail(runner.chunked([1, 2, 3], 2), ahead=0, size=0)) == [[1, 2], [3]]
