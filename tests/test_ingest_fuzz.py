"""Property tests: every reader, given arbitrary bytes, yields only Articles and Skipped-with-a-reason."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from eventwire.config import load_settings
from eventwire.ingest import check_article, read_path
from eventwire.records import Article, Skipped

SETTINGS = load_settings().with_overrides(
    {"limits.max_decompressed_bytes": 200_000, "limits.max_records_per_file": 50}
)
NAMES = [
    "a.txt",
    "a.html",
    "a.jsonl",
    "a.csv",
    "a.tsv",
    "a.warc",
    "a.rss",
    "a.atom",
    "a.xml",
    "a.jsonl.gz",
    "a.csv.gz",
    "a.warc.gz",
    "a.txt.gz",
]
FUZZ = hsettings(max_examples=25, deadline=None, derandomize=True,  # deterministic in CI
                 suppress_health_check=[HealthCheck.too_slow])

# Byte soups that look a little like the formats, so the fuzzer gets past the first check.
PREFIXES = [
    b"",
    b"WARC/1.0\r\n",
    b'{"text": "',
    b"id,text\n",
    b"<?xml version='1.0'?><rss><channel><item>",
    b"<html><body><p>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"---\nid: x\n---\n",
]
payloads = st.builds(lambda p, b: p + b, st.sampled_from(PREFIXES), st.binary(max_size=2000))


def check_items(items: list) -> None:
    for item in items:
        if isinstance(item, Skipped):
            assert item.reason and item.origin
        else:
            assert isinstance(item, Article) and isinstance(item.text, str)
            checked = check_article(item, SETTINGS)
            assert isinstance(checked, Article | Skipped)
            if isinstance(checked, Skipped):
                assert checked.reason


def read_bytes_as(name: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        return list(read_path(path, SETTINGS))


@pytest.mark.parametrize("name", NAMES)
@FUZZ
@given(data=payloads)
def test_ingest_fuzz_arbitrary_bytes_never_raise(name, data):
    check_items(read_bytes_as(name, data))


@FUZZ
@given(
    records=st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["id", "text", "published", "url", "title", "language", "notes"]),
                st.one_of(
                    st.text(max_size=200), st.integers(), st.none(), st.lists(st.integers(), max_size=3)
                ),
                max_size=6,
            ),
            st.text(max_size=50),
            st.integers(),
        ),
        max_size=20,
    )
)
def test_ingest_fuzz_jsonl_records_become_articles_or_reasons(records):
    items = read_bytes_as("r.jsonl", "\n".join(json.dumps(r) for r in records).encode())
    check_items(items)
    assert len(items) == len(records)


@FUZZ
@given(
    rows=st.lists(st.lists(st.text(max_size=40), min_size=1, max_size=4), max_size=15),
    header=st.lists(
        st.sampled_from(["id", "text", "notes", "published", "title", "x"]), min_size=1, max_size=4
    ),
)
def test_ingest_fuzz_csv_rows(rows, header):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    check_items(read_bytes_as("r.csv", out.getvalue().encode()))
