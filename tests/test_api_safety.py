"""REST API safety: read-only by default, bearer token for ingest, no CORS, request size limit, lock → 409."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.api import create_app
from eventwire.config import load_settings
from eventwire.errors import ConfigError
from webstore import REPORTS, FakePipeline, build_store, make_client

TOKEN = "s3cret-token"


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "events.duckdb", clusters=False)


def ingest_client(db: Path, **settings: object):
    config = load_settings().with_overrides(settings)
    app = create_app(db, allow_ingest=True, token=TOKEN, settings=config, pipeline_factory=FakePipeline)
    return make_client(app)


def record(text: str = "Nothing happened today.", **extra: object) -> dict:
    return {"records": [{"text": text, "id": "api-test", "published": "2024-06-01", **extra}]}


def test_api_read_only_refuses_ingest(db: Path) -> None:
    with make_client(create_app(db)) as c:
        response = c.post("/ingest", json=record(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 403
        assert "--allow-ingest" in response.json()["detail"]
        assert c.put("/events", json={}).status_code == 405
        assert c.delete("/events/x").status_code == 405


def test_api_ingest_needs_a_token_to_be_enabled(db: Path) -> None:
    with pytest.raises(ConfigError, match="token"):
        create_app(db, allow_ingest=True)


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", f"bearer  {TOKEN}x"])
def test_api_ingest_rejects_missing_or_wrong_token(db: Path, header: str | None) -> None:
    with ingest_client(db) as c:
        response = c.post("/ingest", json=record(), headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"].startswith("application/problem+json")


def test_api_ingest_with_token_stores_the_article(db: Path) -> None:
    report = REPORTS[0]
    with ingest_client(db) as c:
        before = c.get("/facets").json()["counts"]["articles"]
        response = c.post(
            "/ingest", json=record(report.text + " Updated."), headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status_code == 201, response.text
        assert response.json()["stored"] == 1
        assert c.get("/facets").json()["counts"]["articles"] == before + 1
        again = c.post(
            "/ingest", json=record(report.text + " Updated."), headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert again.json()["duplicates"] == 1


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"records": []},
        {"records": [{"text": ""}]},
        {"records": [{"id": "x"}]},
        {"records": [{"text": "x", "published": "someday"}]},
    ],
)
def test_api_ingest_bad_body_is_400(db: Path, body: dict) -> None:
    with ingest_client(db) as c:
        response = c.post("/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    assert response.json()["status"] == 400


def test_api_request_size_limit_is_413(db: Path) -> None:
    with ingest_client(db, **{"api.max_request_bytes": 2000}) as c:
        big = record("x" * 5000)
        response = c.post("/ingest", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 413
        assert response.json()["title"] == "Content Too Large"

        def chunks():  # no Content-Length: the limit is enforced while the body streams in
            for _ in range(10):
                yield b"x" * 1000

        streamed = c.post(
            "/ingest",
            content=chunks(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
        assert streamed.status_code == 413


def test_api_sends_no_cors_headers(db: Path) -> None:
    with make_client(create_app(db)) as c:
        response = c.get("/events", headers={"Origin": "https://evil.example"})
        assert response.status_code == 200
        assert not any(h.lower().startswith("access-control-") for h in response.headers)
        preflight = c.options(
            "/events", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
        )
        assert "access-control-allow-origin" not in preflight.headers


def test_api_ui_has_strict_security_headers(db: Path) -> None:
    with make_client(create_app(db)) as c:
        response = c.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_api_web_ui_never_uses_html_sinks() -> None:
    """The UI inserts data as text only: no innerHTML/outerHTML/insertAdjacentHTML/document.write."""
    from importlib import resources

    source = resources.files("eventwire").joinpath("web/app.js").read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("//"))
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code


def test_api_locked_store_is_409(db: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('locked', "
            "flush=True); time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with make_client(create_app(db)) as c:
            response = c.get("/events")
        assert response.status_code == 409, response.text
        assert "in use" in response.json()["detail"]
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_api_missing_store_is_a_problem(tmp_path: Path) -> None:
    with make_client(create_app(tmp_path / "absent.duckdb")) as c:
        response = c.get("/events")
    assert response.status_code == 500
    assert "eventwire ingest" in response.json()["detail"]


def test_api_cache_serves_repeats_and_forgets_after_ingest(db: Path) -> None:
    with ingest_client(db) as c:
        first = c.get("/facets", params={"x": "1"})
        again = c.get("/facets", params={"x": "1"})
        assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
        assert first.json() == again.json()
        assert c.get("/events/nope").headers["x-cache"] == "miss"  # errors are never kept
        assert c.get("/events/nope").headers["x-cache"] == "miss"
        before = again.json()["counts"]["articles"]
        response = c.post(
            "/ingest", json=record(REPORTS[1].text + " Later."), headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status_code == 201
        after = c.get("/facets", params={"x": "1"})
        assert after.headers["x-cache"] == "miss" and after.json()["counts"]["articles"] == before + 1


def test_api_serves_nothing_from_a_cdn(db: Path) -> None:
    """Every page and asset is local: no Swagger UI (it loads from a CDN), no external URL in the UI."""
    from importlib import resources

    with make_client(create_app(db)) as c:
        assert c.get("/docs").status_code == 404
        assert c.get("/openapi.json").json()["info"]["title"] == "eventwire"
        for path in ("/", "/static/app.js", "/static/app.css", "/static/vendor/leaflet.js"):
            response = c.get(path)
            assert response.status_code == 200, path
    web = resources.files("eventwire").joinpath("web")
    for name in ("index.html", "app.js", "app.css"):
        text = web.joinpath(name).read_text(encoding="utf-8")
        assert "https://" not in text and "http://" not in text.replace("http://www.w3.org/2000/svg", "")
