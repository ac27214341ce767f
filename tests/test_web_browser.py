"""The web UI in real headless Chromium (Debian's ``chromium`` package, driven by Playwright).

Loads the page over a live server, filters by country, opens an event and checks that its evidence is
highlighted in the article; ingests an article full of HTML and checks that none of it runs. Screenshots go
to test-artifacts/ (set EVENTWIRE_UPDATE_SCREENSHOT=1 to refresh docs/screenshot.png for the README).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eventwire.api import create_app
from webstore import REPORTS, XSS_ACTOR, XSS_TEXT, FakePipeline, build_store

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
TOKEN = "browser-test-token"

if not Path(CHROMIUM).exists():
    pytest.skip(
        f"chromium not found at {CHROMIUM}: install Debian's package (apt-get install -y chromium) "
        "or set EVENTWIRE_CHROMIUM; skipping the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
)
sync_api.expect.set_options(timeout=20_000)  # generous: CI machines may be busy


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = build_store(
        tmp_path_factory.mktemp("web") / "events.duckdb", tuple(r for r in REPORTS if r.id != "mali-xss")
    )
    app = create_app(db, allow_ingest=True, token=TOKEN, pipeline_factory=FakePipeline)
    port = free_port()
    srv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(params=[False], ids=["csp"])
def page(browser, request: pytest.FixtureRequest) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=request.param)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


def open_ui(page, server: str) -> None:
    page.goto(server + "/")
    sync_api.expect(page.locator("body")).to_have_attribute("data-ready", "1", timeout=20_000)


def test_web_filter_open_event_highlights_evidence(page, server: str) -> None:
    expect = sync_api.expect
    open_ui(page, server)
    expect(page.locator("#events-body tr")).to_have_count(4)
    assert page.locator("#map path.leaflet-interactive").count() >= 3  # one circle per location
    assert page.locator("#map svg path").count() > 100  # the world basemap
    assert page.locator("#timeline rect.bar").count() >= 3

    page.select_option("#f-country", "SY")
    expect(page.locator("#events-body tr")).to_have_count(2)
    expect(page.locator("#page-info")).to_have_text("1–2 of 2")
    page.locator("#events-body tr", has_text="39").click()

    expect(page.locator("#detail")).to_be_visible()
    sohr = next(r for r in REPORTS if r.id == "syria-attack-sohr")
    evidence = page.locator("#article-text .sel-evidence")
    expect(evidence.first).to_be_visible()
    assert "".join(evidence.all_text_contents()) == sohr.text  # the evidence sentence is the whole article
    expect(page.locator("#article-text .sel-trigger")).to_have_text("attacked")
    expect(page.locator("#article-text .sel-fatalities")).to_have_text("39 soldiers")
    expect(page.locator("#article-text .sel-location")).to_have_text("Deir ez-Zor")
    expect(page.locator("#article-text .sel-date")).to_have_text("December 30")
    expect(page.locator("#article-text")).to_have_text(sohr.text)  # highlighting never alters the text
    expect(page.locator("#cluster-sources tbody tr")).to_have_count(2)  # competing tolls: SANA 23, SOHR 39
    expect(page.locator("#cluster")).to_contain_text("low 23")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-ui.png"), full_page=True)
    if os.environ.get("EVENTWIRE_UPDATE_SCREENSHOT"):  # the README's: every location, the article kept open
        page.click("#f-reset")
        expect(page.locator("#events-body tr")).to_have_count(4)
        page.wait_for_timeout(500)
        page.screenshot(path=str(REPO / "docs" / "screenshot.png"), full_page=True)
    assert page.errors == []


@pytest.mark.parametrize("page", [False, True], ids=["with-csp", "csp-bypassed"], indirect=True)
def test_web_injected_html_never_runs(page, server: str) -> None:
    """Text rendering alone keeps it inert: the second run switches the Content-Security-Policy off."""
    expect = sync_api.expect
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    title = '<img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script>'
    record = {
        "text": XSS_TEXT,
        "id": "xss",
        "published": "2024-05-04",
        "source": "Test <b>Outlet</b>",
        "title": title,
        "url": "javascript:window.__pwned=5",
    }
    response = httpx.post(
        server + "/ingest",
        json={"records": [record]},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert response.status_code == 201, response.text  # stored, or a duplicate on the second run

    open_ui(page, server)
    page.select_option("#f-country", "ML")
    row = page.locator("#events-body tr", has_text="Militia")
    expect(row).to_have_count(1)
    expect(row.locator("td").nth(3)).to_have_text(XSS_ACTOR)  # the actor name shown as text
    row.click()
    expect(page.locator("#article-text")).to_have_text(XSS_TEXT)
    expect(page.locator("#article-title")).to_have_text(title)
    expect(page.locator("#article-text .sel-actor1")).to_have_text(XSS_ACTOR)
    page.locator("#map path.leaflet-interactive").last.click()  # popups and tooltips are DOM text too
    page.wait_for_timeout(300)

    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("#detail script, #events-body script, #detail b, #article-meta a").count() == 0
    assert page.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-injection.png"), full_page=True)
