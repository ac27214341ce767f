"""The document contract: every span points at the text it claims, for many documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire import contract
from eventwire.config import load_settings
from eventwire.ingest import read_inputs
from eventwire.records import Article, DocumentResult

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
REQUIRED_KEYS = {"id", "published", "language", "entities", "times", "places", "quotes", "actors", "events",
                 "skipped"}


def iter_spans(node, path="$"):
    """Yield (path, span dict) for every dict with integer start/end and a text."""
    if isinstance(node, dict):
        start, end, text = node.get("start"), node.get("end"), node.get("text")
        if isinstance(start, int) and isinstance(end, int) and isinstance(text, str):
            yield path, node
        for key, value in node.items():
            yield from iter_spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from iter_spans(value, f"{path}[{i}]")


@pytest.fixture(scope="module")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(load_settings())


def _check(doc: dict, text: str) -> int:
    assert REQUIRED_KEYS <= set(doc)
    n = 0
    for path, span in iter_spans(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"] : span["end"]] == span["text"], path
        n += 1
    for actor in doc["actors"]:
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text)
    return n


def test_contract_spans_match_text_on_samples(pipeline):
    items = list(read_inputs([str(SAMPLES)], load_settings()))
    results = list(pipeline.process(items))
    docs = [r for r in results if isinstance(r, DocumentResult)]
    assert len(docs) == 6
    assert sum(_check(contract.document(r), r.article.text) for r in docs) > 10


def test_contract_spans_match_text_on_dev_documents(pipeline, shared_dir):
    articles = []
    for path in ("eval/tempeval3-dev/documents.jsonl", "eval/geoparsing-dev/lgl.jsonl"):
        with open(shared_dir / path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= 15:
                    break
                rec = json.loads(line)
                articles.append(Article(id=f"{path}:{i}", text=rec["text"],
                                        published=date.fromisoformat(rec["dct"][:10]) if rec.get("dct") else None))
    spans = 0
    for result in pipeline.process(articles):
        assert isinstance(result, DocumentResult)
        spans += _check(contract.document(result), result.article.text)
    assert spans > 100


def test_contract_json_roundtrip_is_plain_json(pipeline):
    text = "Protesters marched in Accra on Monday, police said."
    (result,) = pipeline.process([Article(id="x", text=text, published=date(2022, 5, 4))])
    doc = json.loads(json.dumps(contract.document(result)))
    assert doc["id"] == "x" and doc["published"] == "2022-05-04" and doc["language"] == "en"
    _check(doc, text)
