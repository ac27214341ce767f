"""The API over a store made by the real pipeline from samples/: every span it serves is valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.api import create_app
from eventwire.cli import main
from webstore import make_client

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("pipeline") / "samples.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code in (0, 3), result.output
    with make_client(create_app(db)) as c:
        yield c


def spans(node):
    """Every {start, end, text} dict inside a contract document."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and "text" in node:
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def test_api_pipeline_events_and_articles_serve_valid_spans(client) -> None:
    page = client.get("/events", params={"kind": "all", "limit": 1000}).json()
    assert page["total"] >= 3
    for item in page["items"]:
        event = client.get(f"/events/{item['id']}").json()
        article = client.get(f"/articles/{event['article_uid']}").json()
        text = article["text"]
        assert event["evidence"], item["id"]
        for span in event["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"], (item["id"], span)
        for span in spans(article["result"]):
            if span["text"] is not None:
                assert text[span["start"] : span["end"]] == span["text"], span
        assert item["id"] in article["event_ids"]


def test_api_pipeline_map_timeline_and_export_answer(client) -> None:
    assert client.get("/map").json()["points"]
    assert client.get("/timeline").json()["periods"]
    assert client.get("/trends", params={"by": "month"}).status_code == 200
    csv = client.get("/export", params={"format": "acled-csv"}).text
    assert csv.startswith("data_id,iso,event_id_cnty") and csv.count("\n") >= 2
