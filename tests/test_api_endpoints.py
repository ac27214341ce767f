"""REST API: each endpoint on a small hand-built store, including bad parameters and unknown ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.api import create_app
from webstore import build_store, cluster_of, make_client


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "events.duckdb")


@pytest.fixture(scope="module")
def client(db: Path):
    with make_client(create_app(db)) as c:
        yield c


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    return body


def test_api_openapi_lists_every_endpoint(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/events",
        "/events/{event_id}",
        "/articles/{uid}",
        "/clusters/{cluster_id}",
        "/trends",
        "/export",
        "/ingest",
        "/timeline",
        "/map",
        "/facets",
    ):
        assert path in paths


def test_api_events_total_and_pagination(client) -> None:
    page = client.get("/events", params={"limit": 2, "offset": 0, "sort": "event_date"}).json()
    assert page["total"] == 5 and len(page["items"]) == 2
    rest = client.get("/events", params={"limit": 2, "offset": 4, "sort": "event_date"}).json()
    assert len(rest["items"]) == 1
    dates = [e["event_date"] for e in page["items"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "SY"}, 2),
        ({"country": "sy"}, 2),
        ({"type": "Protests"}, 1),
        ({"actor": "islamic"}, 2),
        ({"admin1": "Gao"}, 1),
        ({"since": "2024-01-01"}, 3),
        ({"until": "2021-01-01"}, 2),
        ({"since": "2024-03-01", "until": "2024-04-30"}, 2),
        ({"kind": "all"}, 5),
        ({"kind": "intent"}, 0),
    ],
)
def test_api_events_filters(client, params: dict, expected: int) -> None:
    body = client.get("/events", params=params).json()
    assert body["total"] == expected == len(body["items"])


def test_api_events_sort_descending(client) -> None:
    tolls = [e["fatalities"] for e in client.get("/events", params={"sort": "-fatalities"}).json()["items"]]
    assert tolls == sorted(tolls, reverse=True)


@pytest.mark.parametrize(
    "params",
    [
        {"since": "yesterday"},
        {"until": "2024-13-01"},
        {"since": "2024-05-01", "until": "2024-01-01"},
        {"limit": 0},
        {"limit": 100000},
        {"limit": "ten"},
        {"offset": -1},
        {"sort": "actor1; DROP TABLE events"},
        {"kind": "rumour"},
        {"country": "Syria"},
    ],
)
def test_api_events_bad_parameters_are_400_problems(client, params: dict) -> None:
    assert_problem(client.get("/events", params=params), 400)


def test_api_event_has_evidence_spans_and_sources(client) -> None:
    eid = client.get("/events", params={"country": "ML", "admin1": "Gao"}).json()["items"][0]["id"]
    event = client.get(f"/events/{eid}").json()
    article = client.get(f"/articles/{event['article_uid']}").json()
    fields = {s["field"] for s in event["evidence"]}
    assert {"evidence", "trigger", "actor1", "date", "location", "fatalities"} <= fields
    for span in event["evidence"]:
        assert article["text"][span["start"] : span["end"]] == span["text"]
    assert {"role": "reported_by", "name": "Sahel Wire"} in event["sources"]
    assert event["article"]["source"] == "Sahel Wire"


def test_api_article_has_every_annotation(client) -> None:
    eid = client.get("/events", params={"admin1": "Gao"}).json()["items"][0]["id"]
    article = client.get(f"/articles/{eid.rsplit('-', 1)[0]}").json()
    result = article["result"]
    for key in ("times", "places", "quotes", "actors", "events", "entities"):
        assert key in result
    assert result["quotes"] and result["places"] and result["times"] and result["actors"]
    assert article["event_ids"] == [eid]
    by_doc_id = client.get("/articles/mali-convoy").json()
    assert by_doc_id["uid"] == article["uid"]


@pytest.mark.parametrize(
    "path", ["/events/no-such-event", "/articles/0000000000000000", "/clusters/nope", "/no-such-endpoint"]
)
def test_api_unknown_ids_are_404_problems(client, path: str) -> None:
    assert_problem(client.get(path), 404)


def test_api_cluster_lists_competing_tolls_by_source(client, db: Path) -> None:
    cid = cluster_of(db, "syria-attack-sohr")
    assert cid and cid == cluster_of(db, "syria-attack-state")
    cluster = client.get(f"/clusters/{cid}").json()
    assert cluster["fatalities"]["low"] == 23 and cluster["fatalities"]["high"] == 39
    assert {s["source"]: s["low"] for s in cluster["by_source"]} == {"SANA": 23, "SOHR": 39}
    assert len(cluster["members"]) == 2 and all(s["events"] for s in cluster["by_source"])


def test_api_clusters_absent_is_404(tmp_path: Path) -> None:
    db = build_store(tmp_path / "plain.duckdb", clusters=False)
    with make_client(create_app(db)) as c:
        body = assert_problem(c.get("/clusters/c-syria"), 404)
    assert "cluster" in body["detail"]


def test_api_timeline_counts_per_month_and_week(client) -> None:
    months = client.get("/timeline", params={"by": "month"}).json()["periods"]
    assert sum(p["events"] for p in months) == 5
    assert {"period": "2020-12-01", "events": 2, "fatalities": 62} in months
    weeks = client.get("/timeline", params={"by": "week", "country": "KE"}).json()["periods"]
    assert weeks == [{"period": "2024-04-01", "events": 1, "fatalities": 0}]
    assert_problem(client.get("/timeline", params={"by": "fortnight"}), 400)


def test_api_map_groups_by_location(client) -> None:
    data = client.get("/map").json()
    deir = [p for p in data["points"] if p["location"] == "Deir ez-Zor"]
    assert deir and deir[0]["events"] == 2 and not data["truncated"]
    assert client.get("/map", params={"limit": 1}).json()["truncated"] is True


def test_api_facets_for_filter_menus(client) -> None:
    facets = client.get("/facets").json()
    assert {"value": "SY", "events": 2} in facets["countries"]
    assert facets["counts"]["articles"] == 5


def test_api_trends_answers_or_says_unavailable(client) -> None:
    response = client.get("/trends", params={"by": "month", "country": "SY"})
    if response.status_code == 503:
        assert_problem(response, 503)
        pytest.skip("eventwire.trends is not available yet")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("params", [{"by": "day"}, {"last": 0}, {"since": "soon"}])
def test_api_trends_bad_parameters_are_400(client, params: dict) -> None:
    assert_problem(client.get("/trends", params=params), 400)


@pytest.mark.parametrize(
    ("fmt", "media", "check"),
    [
        ("acled-csv", "text/csv", lambda body: body.splitlines()[0].startswith("data_id,iso,event_id_cnty")),
        ("jsonl", "application/x-ndjson", lambda body: body.count("\n") >= 1),
        ("geojson", "application/geo+json", lambda body: '"FeatureCollection"' in body),
    ],
)
def test_api_export_formats(client, fmt: str, media: str, check) -> None:
    response = client.get("/export", params={"format": fmt, "country": "SY"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert "attachment" in response.headers["content-disposition"]
    assert check(response.text)


def test_api_export_unknown_format_is_400(client) -> None:
    assert_problem(client.get("/export", params={"format": "xlsx"}), 400)
