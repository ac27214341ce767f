"""Every bad input becomes a Skipped naming the file (and line or record) and the reason; the rest goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.ingest import check_article, read_inputs, read_path
from eventwire.records import Article, Skipped

TEXT = "Protesters blocked the main road in Nairobi on Tuesday and police fired tear gas, witnesses said."


@pytest.fixture
def settings():
    return load_settings()


def read(path: Path, settings) -> list[Article | Skipped]:
    return list(read_path(path, settings))


def test_ingest_unreadable_file_in_a_folder_is_skipped_and_the_rest_read(tmp_path, settings):
    (tmp_path / "a-broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "b-good.txt").write_text(TEXT, encoding="utf-8")
    broken, good = read(tmp_path, settings)
    assert broken.reason == "unreadable" and broken.origin.endswith("a-broken.txt")
    assert "cannot read" in broken.detail
    assert isinstance(good, Article)


def test_ingest_permission_denied_is_skipped(tmp_path, settings, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    (item,) = read(path, settings)
    assert item.reason == "unreadable" and "Permission denied" in item.detail and item.origin == str(path)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Soldiers entered Ségou; café owners fled.".encode("latin-1"),
            "Soldiers entered Ségou; café owners fled.",
        ),
        (
            "Soldiers entered Ségou; café owners fled.".encode("utf-16"),
            "Soldiers entered Ségou; café owners fled.",
        ),
        ("\ufeffSoldiers entered Ségou.".encode(), "Soldiers entered Ségou."),
        ("“Quoted” text – cp1252".encode("cp1252"), "“Quoted” text – cp1252"),
    ],
)
def test_ingest_text_encodings_are_decoded(tmp_path, settings, raw, expected):
    path = tmp_path / "story.txt"
    path.write_bytes(raw)
    (item,) = read(path, settings)
    assert item.text == expected


def test_ingest_utf16_jsonl_with_bom(tmp_path, settings):
    path = tmp_path / "records.jsonl"
    path.write_bytes((json.dumps({"id": "u16", "text": "Ségou " + TEXT}) + "\n").encode("utf-16"))
    (item,) = read(path, settings)
    assert item.id == "u16" and item.text.startswith("Ségou")


def test_ingest_empty_text_is_skipped_by_check(tmp_path, settings):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\t\n", encoding="utf-8")
    (article,) = read(path, settings)
    skipped = check_article(article, settings)
    assert isinstance(skipped, Skipped) and skipped.reason == "empty-text" and skipped.origin == str(path)


@pytest.mark.parametrize("name", ["junk.txt", "junk.jsonl", "junk.csv", "junk.html", "junk.jsonl.gz"])
def test_ingest_binary_junk_is_unreadable(tmp_path, settings, name):
    junk = bytes(range(256)) * 40
    path = tmp_path / name
    path.write_bytes(gzip.compress(junk) if name.endswith(".gz") else junk)
    (item,) = read(path, settings)
    assert item.reason == "unreadable" and "binary" in item.detail and item.origin == str(path)


def test_ingest_file_over_max_file_bytes(tmp_path, settings):
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 10, encoding="utf-8")
    (item,) = read(path, settings.with_overrides({"limits.max_file_bytes": 100}))
    assert item.reason == "too-large" and "limits.max_file_bytes" in item.detail


def test_ingest_document_over_max_document_chars(tmp_path, settings):
    small = settings.with_overrides({"limits.max_document_chars": 50})
    (article,) = read(_jsonl(tmp_path, [{"id": "x", "text": TEXT}]), small)
    skipped = check_article(article, small)
    assert skipped.reason == "too-large" and "limits.max_document_chars" in skipped.detail


def test_ingest_jsonl_line_far_over_document_limit_is_not_held_whole(tmp_path, settings):
    small = settings.with_overrides({"limits.max_document_chars": 10})  # lines over 2*10+65,536 characters
    path = _jsonl(
        tmp_path,
        [{"id": "a", "text": TEXT}, {"id": "huge", "text": "x" * 200_000}, {"id": "c", "text": TEXT}],
    )
    first, huge, last = read(path, small)
    assert huge.reason == "too-large" and huge.line == 2
    assert first.id == "a" and last.id == "c"


def test_ingest_records_beyond_max_records_per_file(tmp_path, settings):
    limited = settings.with_overrides({"limits.max_records_per_file": 2})
    items = read(_jsonl(tmp_path, [{"id": str(i), "text": TEXT} for i in range(5)]), limited)
    assert [getattr(i, "id", None) for i in items[:2]] == ["0", "1"]
    assert items[2].reason == "too-many-records" and items[2].line == 3 and len(items) == 3


def test_ingest_gzip_bomb_stops_at_decompressed_limit(tmp_path, settings):
    path = tmp_path / "bomb.jsonl.gz"
    line = (json.dumps({"text": TEXT}) + "\n").encode()
    path.write_bytes(gzip.compress(line * 20_000, compresslevel=9))  # ~2 MB once decompressed
    items = read(path, settings.with_overrides({"limits.max_decompressed_bytes": 100_000}))
    assert isinstance(items[0], Article)
    assert items[-1].reason == "too-large" and "max_decompressed_bytes" in items[-1].detail
    assert items[-1].origin == str(path) and items[-1].line is not None
    assert len(items) < 1000


def test_ingest_gzip_bomb_single_document(tmp_path, settings):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 3_000_000, compresslevel=9))
    (item,) = read(path, settings.with_overrides({"limits.max_decompressed_bytes": 100_000}))
    assert item.reason == "too-large"


def test_ingest_truncated_gzip_keeps_what_was_read(tmp_path, settings):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(
        b"".join((json.dumps({"id": str(i), "text": TEXT}) + "\n").encode() for i in range(5000))
    )
    path.write_bytes(data[: len(data) // 2])
    items = read(path, settings)
    assert isinstance(items[0], Article)
    assert items[-1].reason == "unreadable" and "the rest ignored" in items[-1].detail


def test_ingest_malformed_jsonl_lines_named_and_batch_goes_on(tmp_path, settings):
    path = tmp_path / "records.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok1", "text": TEXT}),
                "{not json",
                "[1, 2]",
                json.dumps({"id": "nt", "title": "x"}),
                json.dumps({"id": "bad-date", "text": TEXT, "published": "someday"}),
                json.dumps({"text": 5}),
                "[" * 100_000,
                json.dumps({"id": "ok2", "text": TEXT}),
            ]
        ),
        encoding="utf-8",
    )
    items = read(path, settings)
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [(s.line, s.reason) for s in bad] == [(n, "malformed-record") for n in range(2, 8)]
    assert all(s.origin == str(path) and s.detail for s in bad)
    assert bad[2].id == "nt"


def test_ingest_csv_without_text_column(tmp_path, settings):
    path = tmp_path / "table.csv"
    path.write_text("id,title\n1,Clash\n", encoding="utf-8")
    (item,) = read(path, settings)
    assert item.reason == "malformed-record" and "no text column" in item.detail and item.line == 1


def test_ingest_csv_row_missing_text_value(tmp_path, settings):
    path = tmp_path / "table.csv"
    path.write_text(f'id,text\n1,"{TEXT}"\n2\n3,"{TEXT}"\n', encoding="utf-8")
    items = read(path, settings)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].line == 3 and items[1].reason == "malformed-record"


def test_ingest_missing_path_and_good_path(tmp_path, settings):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    missing, article = read_inputs([str(tmp_path / "nope"), str(good)], settings)
    assert missing.reason == "unreadable" and isinstance(article, Article)


def _jsonl(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_ingest_html_nesting_bomb_is_skipped_not_crashing(tmp_path):
    from eventwire.config import load_settings
    from eventwire.ingest import read_inputs
    from eventwire.records import Article, Skipped

    bomb = tmp_path / "deep.html"
    bomb.write_text("<html><body>" + "<div>" * 100_000 + "Troops advanced." + "</div>" * 100_000 + "</body></html>",
                    encoding="utf-8")
    fine = tmp_path / "fine.html"
    fine.write_text("<html><body><article><p>Soldiers and rebels clashed near the border on Monday, "
                    "officials in the capital said.</p></article></body></html>", encoding="utf-8")
    items = list(read_inputs([str(bomb), str(fine)], load_settings()))
    assert isinstance(items[0], Skipped) and items[0].origin == str(bomb)
    assert isinstance(items[1], Article) and "clashed" in items[1].text
