"""Corpus formats: folders of txt/html, JSONL(.gz), CSV(.gz), WARC(.gz), RSS/Atom (test data written here)."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.ingest import html_fragment_text, input_kind, read_inputs, read_path
from eventwire.records import Article, Skipped

TEXT = "Rebels attacked an army post near the town of Kidal on Monday, killing four soldiers, officials said."
HTML = (
    "<html><head><title>Attack</title></head><body><nav>Home | World</nav><article><h1>Attack</h1>"
    f"<p>{TEXT}</p><p>{TEXT.replace('Kidal', 'Gao')}</p><p>{TEXT.replace('Kidal', 'Menaka')}</p>"
    "</article><footer>Copyright</footer></body></html>"
)


@pytest.fixture
def settings():
    return load_settings()


def read(path: Path, settings) -> list[Article | Skipped]:
    return list(read_path(path, settings))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("a.HTML", "html"),
        ("a.jsonl", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.csv.gz", "csv"),
        ("a.tsv", "csv"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.rss", "feed"),
        ("a.atom", "feed"),
        ("a.xml", "feed"),
        ("a.txt.gz", "text"),
        ("a.pdf", None),
        ("README", None),
    ],
)
def test_ingest_input_kind_by_suffix(name, kind):
    assert input_kind(Path(name)) == kind


def test_ingest_jsonl_gz_is_streamed_with_line_numbers(tmp_path, settings):
    path = tmp_path / "news.jsonl.gz"
    lines = [json.dumps({"id": f"d{i}", "text": TEXT, "published": "2024-03-11"}) for i in range(3)]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join([lines[0], "", "{broken", lines[1], lines[2]]) + "\n")
    items = read(path, settings)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article", "Article"]
    assert items[1].reason == "malformed-record" and items[1].line == 3 and items[1].origin == str(path)
    assert items[0].published == date(2024, 3, 11) and items[3].id == "d2"


def test_ingest_csv_gz_rows(tmp_path, settings):
    path = tmp_path / "events.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8", newline="") as f:
        f.write(f'id,published,notes\nr1,2021-11-17,"{TEXT}"\nr2,2021-11-18,"line one\nline two"\n')
    items = read(path, settings)
    assert [a.id for a in items] == ["r1", "r2"]
    assert items[1].text == "line one\nline two" and items[1].published == date(2021, 11, 18)


def test_ingest_csv_long_field_beyond_csv_default_limit(tmp_path, settings):
    path = tmp_path / "long.csv"
    long_text = (TEXT + " ") * 2000  # > 131,072 characters, csv's default field limit
    path.write_text(f'id,text\nlong,"{long_text}"\n', encoding="utf-8")
    (item,) = read(path, settings)
    assert isinstance(item, Article) and len(item.text) == len(long_text)


def test_ingest_folder_walk_sorted_hidden_and_unknown_ignored(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.html").write_text(HTML, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    items = read(tmp_path, settings)
    assert [Path(i.origin).name for i in items] == ["1.html", "2.txt"]
    assert "Kidal" in items[0].text and "Copyright" not in items[0].text


def _warc(path: Path, records: list[tuple[str, str, bytes, str]], gzipped: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, status, payload, content_type in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            _write(
                writer,
                writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers),
            )
        _write(
            writer,
            writer.create_warc_record(
                "http://example.org/meta", "metadata", payload=io.BytesIO(b"via: test")
            ),
        )


def _write(writer, record) -> None:
    writer.write_record(record)
    record.raw_stream.close()  # warcio spools payloads to temporary files


@pytest.mark.parametrize("gzipped", [False, True])
def test_ingest_warc_html_responses_become_articles(tmp_path, settings, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    _warc(
        path,
        [
            ("http://example.org/a", "200 OK", HTML.encode("utf-8"), "text/html; charset=utf-8"),
            ("http://example.org/logo.png", "200 OK", b"\x89PNG\r\n", "image/png"),
            ("http://example.org/gone", "404 Not Found", b"<html>not found</html>", "text/html"),
            ("http://example.org/empty", "200 OK", b"<html><body></body></html>", "text/html"),
            (
                "http://example.org/b",
                "200 OK",
                HTML.replace("Kidal", "Tessalit").encode("cp1252"),
                "text/html; charset=windows-1252",
            ),
        ],
        gzipped,
    )
    items = read(path, settings)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    first, empty, last = items
    assert first.id == first.url == "http://example.org/a" and "Kidal" in first.text
    assert first.origin == f"{path}:1"
    assert empty.reason == "unreadable" and empty.line == 4 and empty.id == "http://example.org/empty"
    assert "Tessalit" in last.text


def test_ingest_warc_junk_after_records_is_reported(tmp_path, settings):
    path = tmp_path / "crawl.warc"
    _warc(path, [("http://example.org/a", "200 OK", HTML.encode(), "text/html")], False)
    with open(path, "ab") as f:
        f.write(b"this is not a warc record\r\n\r\n")
    items = read(path, settings)
    assert isinstance(items[0], Article)
    assert items[-1].reason == "unreadable" and "not a WARC record" in items[-1].detail


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Clash in Kidal</title><link>http://example.org/1</link><guid>item-1</guid>
<pubDate>Mon, 11 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;{TEXT}&lt;/p&gt;&lt;p&gt;Second
 paragraph &amp;amp; more.&lt;/p&gt;</description></item>
<item><title>No date</title><link>http://example.org/2</link><description>{TEXT}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:feed</id><updated>2024-03-12T00:00:00Z</updated>
<entry><title>Clash</title><id>urn:e1</id><link href="http://example.org/e1"/><published>2024-03-12T08:00:00Z</published>
<summary>Short summary.</summary><content type="html">&lt;p&gt;{TEXT}&lt;/p&gt;</content></entry></feed>"""


def test_ingest_rss_items_with_dates_and_text(tmp_path, settings):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = read(path, settings)
    assert first.id == "item-1" and first.url == "http://example.org/1" and first.title == "Clash in Kidal"
    assert first.published == date(2024, 3, 11)
    assert first.text.startswith(TEXT) and "Second" in first.text and "&amp;" not in first.text
    assert "<p>" not in first.text
    assert second.published is None and second.origin == f"{path}:2"


def test_ingest_atom_content_preferred_over_summary(tmp_path, settings):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = read(path, settings)
    assert entry.text == TEXT and entry.published == date(2024, 3, 12) and entry.id == "urn:e1"


def test_ingest_xml_that_is_not_a_feed_is_skipped(tmp_path, settings):
    path = tmp_path / "data.xml"
    path.write_text("<root><a>1</a>", encoding="utf-8")
    (item,) = read(path, settings)
    assert isinstance(item, Skipped) and item.reason in {"malformed-record", "empty-text"}


def test_ingest_html_fragment_text():
    assert html_fragment_text("<p>One &amp; two</p><p>Three<br>four</p>") == "One & two\n\nThree\nfour"
    assert html_fragment_text("plain") == "plain"


def test_ingest_txt_gz_single_document(tmp_path, settings):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    (item,) = read(path, settings)
    assert item.text == TEXT


def test_ingest_read_inputs_mixes_files_and_folders(tmp_path, settings):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "missing.jsonl")], settings))
    assert isinstance(items[0], Article)
    assert items[1].reason == "unreadable" and items[1].origin.endswith("missing.jsonl")
