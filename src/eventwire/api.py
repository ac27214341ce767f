"""REST API and web UI: a thin FastAPI layer over the store, trends and export.

``create_app(db_path)`` returns the app that ``eventwire serve`` runs. Endpoints (OpenAPI at /openapi.json):

    GET  /events            filtered, sorted, paginated events ({total, limit, offset, items})
    GET  /events/{id}       one event with its evidence spans, article and sources
    GET  /articles/{uid}    one article: text, metadata and the document contract (every annotation)
    GET  /clusters/{id}     one merged event: member mentions and the competing tolls by source
    GET  /trends            counts and fatalities per week or month, with the rate-change test
    GET  /timeline          counts per week or month (the UI's timeline; cheap on large stores)
    GET  /map               events grouped by location (the UI's map; bounded whatever the store size)
    GET  /facets            countries, event types and kinds with counts (the UI's filter menus)
    GET  /export            acled-csv | jsonl | geojson
    POST /ingest            only with ``allow_ingest=True``, and then only with the bearer token

Speed: a read-only server keeps the answers to repeated GETs (the store cannot change while it holds the
file lock; see ``ResponseCache``).

Safety: read-only unless ``allow_ingest``; no CORS headers; request bodies above ``api.max_request_bytes``
are refused (413); every error is an RFC 9457 problem document (``type``, ``title``, ``status``, ``detail``);
the UI is static files served with a strict Content-Security-Policy and renders all data as text.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import math
import tempfile
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Iterator
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.config import Settings, load_settings
from eventwire.errors import ConfigError, EventwireError
from eventwire.store import Store

__all__ = ["ApiError", "app_from_environment", "create_app"]

PROBLEM_JSON = "application/problem+json"
SORTS = ("event_date", "fatalities", "country", "event_type", "id", "confidence")
KINDS = ("specific", "intent", "statement", "aggregate", "historical", "generic")
EXPORT_TYPES = {
    "acled-csv": ("text/csv", "csv"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "geojson": ("application/geo+json", "geojson"),
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class ApiError(Exception):
    """An HTTP error with a problem-document ``detail``; library errors map through ``http_status``."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers


def problem(status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    """An RFC 9457 problem document."""
    body = {
        "type": "about:blank",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


# -- the store, shared by every request --------------------------------------------------------------------
class StoreHandle:
    """One DuckDB connection opened on first use; each request works on its own cursor (thread-safe)."""

    def __init__(self, path: str, read_only: bool) -> None:
        self.path, self.read_only = path, read_only
        self._store: Store | None = None
        self._lock = threading.Lock()

    def cursor(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = Store.open(self.path, read_only=self.read_only)
            return Store(self._store.con.cursor(), self.path)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


# -- request size limit (pure ASGI, so a lying or missing Content-Length is caught too) ---------------------
class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:  # an HTTPException passes FastAPI's body parsing unchanged
                raise HTTPException(
                    413, f"request body is larger than {self.max_bytes} bytes (api.max_request_bytes)"
                )
            return message

        await self.app(scope, limited, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"request body is larger than {self.max_bytes} bytes (api.max_request_bytes)"
        await problem(413, detail)(scope, receive, send)


# -- parameters ---------------------------------------------------------------------------------------------
def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise ApiError(400, f"{name}={value!r} is not a date; use YYYY-MM-DD") from exc


class EventFilters:
    """The filters shared by /events, /trends, /timeline, /map and /export."""

    def __init__(
        self,
        country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code, e.g. SY")] = None,
        type: Annotated[str | None, Query(description="ACLED event_type, e.g. Battles")] = None,
        sub_type: Annotated[str | None, Query(description="ACLED sub_event_type")] = None,
        actor: Annotated[
            str | None, Query(description="substring of actor1 or actor2", max_length=200)
        ] = None,
        admin1: Annotated[str | None, Query(description="first-level administrative area")] = None,
        since: Annotated[str | None, Query(description="first event date, YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(description="last event date, YYYY-MM-DD")] = None,
        kind: Annotated[
            list[str] | None, Query(description="event kinds (repeat); 'all' for every kind")
        ] = None,
    ) -> None:
        if country is not None and not (len(country) == 2 and country.isalpha()):
            raise ApiError(400, f"country={country!r} is not an ISO 3166-1 alpha-2 code (e.g. SY)")
        kinds = tuple(kind or ("specific",))
        unknown = [k for k in kinds if k not in KINDS + ("all",)]
        if unknown:
            raise ApiError(400, f"unknown kind {unknown[0]!r}; use one of {', '.join(KINDS)} or all")
        self.kinds: tuple[str, ...] | None = None if "all" in kinds else kinds
        self.where = {
            "country": country.upper() if country else None,
            "type": type,
            "sub_type": sub_type,
            "actor": actor,
            "admin1": admin1,
            "since": _date(since, "since"),
            "until": _date(until, "until"),
        }
        if self.where["since"] and self.where["until"] and self.where["since"] > self.where["until"]:
            raise ApiError(400, f"since={since} is after until={until}")

    def sql(self, store: Store) -> tuple[str, list[Any]]:
        return store._where(self.where, self.kinds)


def _by(by: str) -> str:
    if by not in ("week", "month"):
        raise ApiError(400, f"by={by!r}: use week or month")
    return by


# -- serialising --------------------------------------------------------------------------------------------
_PLAIN = (str, int, bool, type(None))


def _clean(value: Any) -> Any:
    """JSON-safe values: dates as ISO strings, NaN/inf as null, dataclasses as dicts (fast on store rows)."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _clean({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return _clean(value.item())
    return jsonable_encoder(value)


def _records(items: Any) -> list[dict[str, Any]]:
    """Same-typed dataclass records as dicts (field names looked up once, so long series are fast)."""
    items = list(items)
    if not items or not dataclasses.is_dataclass(items[0]):
        return _clean(items)  # type: ignore[no-any-return]
    names = [f.name for f in dataclasses.fields(items[0])]
    return [
        {n: v if type(v) in _PLAIN else _clean(v) for n in names for v in (getattr(x, n),)} for x in items
    ]


def json_response(content: Any, status: int = 200, clean: bool = True) -> Response:
    """Serialise once with the standard library (no response-model validation on the hot path)."""
    body = json.dumps(
        _clean(content) if clean else content, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    )
    return Response(body.encode("utf-8"), status_code=status, media_type="application/json")


def _table_exists(store: Store, name: str) -> bool:
    rows = store.rows("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?", [name])
    return bool(rows[0]["n"])


def _columns(store: Store, table: str) -> set[str]:
    rows = store.rows("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])
    return {r["column_name"] for r in rows}


# -- queries behind the endpoints --------------------------------------------------------------------------
def get_event(store: Store, event_id: str) -> dict[str, Any]:
    rows = store.rows("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        raise ApiError(404, f"no event {event_id!r} in this store")
    event = rows[0]
    event["evidence"] = store.rows(
        'SELECT field, start_char AS start, end_char AS "end", text FROM evidence WHERE event_id = ? '
        "ORDER BY start_char, field",
        [event_id],
    )
    article = store.rows(
        "SELECT uid, doc_id, title, source, url, published, origin FROM articles WHERE uid = ?",
        [event["article_uid"]],
    )
    event["article"] = article[0] if article else None
    event["sources"] = _sources(event, event["article"])
    return event


def _sources(event: dict[str, Any], article: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Who reported the event, who claimed it, and the outlet that published the article."""
    out = [
        {"role": "reported_by", "name": name.strip()}
        for name in (event.get("reported_by") or "").split(";")
        if name.strip()
    ]
    if event.get("claimed_by"):
        out.append({"role": "claimed_by", "name": event["claimed_by"]})
    if article and article.get("source"):
        out.append({"role": "publisher", "name": article["source"], "url": article.get("url")})
    return out


def get_article(store: Store, uid: str) -> dict[str, Any]:
    import json

    rows = store.rows(
        "SELECT uid, doc_id, origin, url, source, title, published, language, text, result "
        "FROM articles WHERE uid = ? OR doc_id = ? ORDER BY uid = ? DESC LIMIT 1",
        [uid, uid, uid],
    )
    if not rows:
        raise ApiError(404, f"no article {uid!r} in this store")
    article = rows[0]
    article["result"] = json.loads(article["result"]) if article["result"] else None
    article["event_ids"] = [
        r["id"]
        for r in store.rows("SELECT id FROM events WHERE article_uid = ? ORDER BY seq", [article["uid"]])
    ]
    return article


def get_cluster(store: Store, cluster_id: str) -> dict[str, Any]:
    """The merged event, its member mentions and each source's figures (from the merge step's tables)."""
    if not _table_exists(store, "clusters"):
        raise ApiError(404, f"no cluster {cluster_id!r}: this store has no clusters yet (run the merge step)")
    rows = store.rows("SELECT * FROM clusters WHERE id = ?", [cluster_id])
    if not rows:
        raise ApiError(404, f"no cluster {cluster_id!r} in this store")
    cluster = rows[0]
    members = _cluster_members(store, cluster_id)
    by_source = _per_source(cluster) or _by_source(members)
    tolls = [m["fatalities"] for m in members if m["fatalities"]]
    fatalities = {
        "low": cluster.get("fatalities_low", min(tolls, default=0)),
        "best": cluster.get("fatalities_best"),
        "high": cluster.get("fatalities_high", max(tolls, default=0)),
        "reports": len(by_source),
    }
    return {"cluster": cluster, "members": members, "by_source": by_source, "fatalities": fatalities}


def _per_source(cluster: dict[str, Any]) -> list[dict[str, Any]]:
    import json

    raw = cluster.pop("per_source", None)
    rows = json.loads(raw) if isinstance(raw, str) else (raw or [])
    return [{**r, "events": [r["event_id"]] if r.get("event_id") else []} for r in rows]


def _cluster_members(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    if _table_exists(store, "cluster_members"):
        members = "e.id IN (SELECT event_id FROM cluster_members WHERE cluster_id = ?)"
    else:
        members = "e.cluster_id = ?"
    return store.rows(
        "SELECT e.id, e.article_uid, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2,"
        " e.location, e.country, e.fatalities, e.fatalities_best, e.fatalities_high, e.reported_by,"
        " e.claimed_by, e.notes, a.title, a.source, a.url, a.published"
        f" FROM events e LEFT JOIN articles a ON a.uid = e.article_uid WHERE {members}"
        " ORDER BY a.published NULLS LAST, e.id",
        [cluster_id],
    )


def _by_source(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Competing tolls when the merge step stored none: one row per source with its lowest and highest."""
    out: dict[str, dict[str, Any]] = {}
    for m in members:
        if not m.get("fatalities"):
            continue
        name = (m.get("reported_by") or m.get("source") or "unknown source").strip()
        row = out.setdefault(
            name,
            {
                "source": name,
                "low": m["fatalities"],
                "best": m["fatalities_best"],
                "high": m["fatalities_high"],
                "events": [],
            },
        )
        row["low"] = min(row["low"], m["fatalities"])
        row["high"] = max(row["high"] or 0, m["fatalities_high"] or 0)
        row["events"].append(m["id"])
    return sorted(out.values(), key=lambda r: (r["low"], r["source"]))


def timeline(store: Store, filters: EventFilters, by: str) -> list[dict[str, Any]]:
    where, params = filters.sql(store)
    where += (" AND " if where else "WHERE ") + "event_date IS NOT NULL"
    return store.rows(
        f"SELECT date_trunc('{by}', event_date)::DATE AS period, count(*) AS events,"
        f" coalesce(sum(fatalities), 0) AS fatalities FROM events {where} GROUP BY 1 ORDER BY 1",
        params,
    )


def map_points(store: Store, filters: EventFilters, limit: int) -> dict[str, Any]:
    where, params = filters.sql(store)
    where += (" AND " if where else "WHERE ") + "latitude IS NOT NULL AND longitude IS NOT NULL"
    points = store.rows(
        "SELECT round(latitude, 3) AS lat, round(longitude, 3) AS lon, any_value(location) AS location,"
        " any_value(country) AS country, count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities,"
        f" max(event_date) AS last_date FROM events {where} GROUP BY 1, 2 ORDER BY events DESC, lat, lon"
        f" LIMIT {int(limit)}",
        params,
    )
    located = store.rows(
        f"SELECT count(DISTINCT (round(latitude, 3), round(longitude, 3))) AS n FROM events {where}", params
    )[0]["n"]
    return {"points": points, "locations": located, "truncated": located > len(points)}


def facets(store: Store) -> dict[str, Any]:
    def count(col: str, where: str = "WHERE kind = 'specific'") -> list[dict[str, Any]]:
        return store.rows(
            f"SELECT {col} AS value, count(*) AS events FROM events {where} AND {col} IS NOT NULL "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        )

    return {
        "countries": count("country"),
        "types": count("event_type"),
        "kinds": count("kind", "WHERE true"),
        "counts": store.counts(),
        "clusters": _table_exists(store, "clusters"),
    }


def run_trend(store: Store, filters: EventFilters, by: str, last: int, area: str | None) -> dict[str, Any]:
    """``trends.trend`` as JSON, with the rate test's one-line ``summary`` for people."""
    try:
        from eventwire import trends
    except ImportError as exc:
        raise ApiError(
            503, "trend analysis is not available in this installation (eventwire.trends)"
        ) from exc
    where = {k: v for k, v in filters.where.items() if v is not None}
    result = trends.trend(store, by, where, last, area=area) if area else trends.trend(store, by, where, last)
    out = {
        f.name: _records(v) if isinstance(v, tuple) and v and dataclasses.is_dataclass(v[0]) else _clean(v)
        for f in dataclasses.fields(result)
        for v in (getattr(result, f.name),)
    }
    summary = getattr(getattr(result, "test", None), "summary", None)
    return {**out, "summary": summary} if isinstance(summary, str) else out


def export_file(store: Store, fmt: str, filters: EventFilters) -> FileResponse:
    """``export.export`` into a temporary file, streamed back and then deleted (memory stays bounded)."""
    import shutil

    from starlette.background import BackgroundTask

    from eventwire.export import export

    media, ext = EXPORT_TYPES[fmt]
    tmp = tempfile.mkdtemp(prefix="eventwire-export-")
    try:
        out = Path(tmp) / f"events.{ext}"
        export(store, fmt, out, {k: v for k, v in filters.where.items() if v is not None}, filters.kinds)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return FileResponse(
        out,
        media_type=media,
        filename=out.name,
        background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True),
    )


# -- ingest ------------------------------------------------------------------------------------------------
class IngestRecord(BaseModel):
    text: str = Field(min_length=1, description="the article text; every span points into it")
    id: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None


class IngestRequest(BaseModel):
    records: list[IngestRecord] = Field(min_length=1, max_length=1000)


def ingest_records(store: Store, pipeline: Any, records: list[IngestRecord]) -> dict[str, Any]:
    from eventwire.records import Article

    articles = [
        Article(
            id=r.id or f"api-{i}",
            text=r.text,
            published=r.published,
            url=r.url,
            source=r.source,
            title=r.title,
            language=r.language,
            origin="api",
        )
        for i, r in enumerate(records)
    ]
    summary = store.write(list(pipeline.process(articles)))
    return dataclasses.asdict(summary)


# -- the app -----------------------------------------------------------------------------------------------
def create_app(
    db_path: str | Path,
    allow_ingest: bool = False,
    token: str | None = None,
    settings: Settings | None = None,
    pipeline_factory: Callable[[], Any] | None = None,
    cache_entries: int = 1024,
) -> FastAPI:
    """The API and web UI over the store at ``db_path``; read-only unless ``allow_ingest`` (needs ``token``).

    ``pipeline_factory`` builds the extraction pipeline for POST /ingest on first use (default: the
    spaCy pipeline from ``settings``); tests inject a small one.
    """
    settings = settings or load_settings()
    if allow_ingest and not token:
        raise ConfigError("--allow-ingest needs a bearer token (--token or $EVENTWIRE_TOKEN)")
    handle = StoreHandle(str(db_path), read_only=not allow_ingest)
    app = FastAPI(
        title="eventwire",
        version="0.1.0",
        docs_url=None,  # Swagger UI would load from a CDN; the spec itself is at /openapi.json
        redoc_url=None,
        description="Conflict event data from news reports; every field traced to its evidence span.",
    )
    app.state.store = handle
    app.state.cache = cache = ResponseCache(cache_entries)
    _install_errors(app)
    _add_read_routes(app, handle)
    _add_ingest_route(app, handle, allow_ingest, token, settings, pipeline_factory, cache)
    _add_ui(app)
    app.router.add_event_handler("shutdown", handle.close)
    app.add_middleware(CacheMiddleware, cache=cache)
    app.add_middleware(BodyLimit, max_bytes=int(settings.get("api.max_request_bytes")))
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """A read-only app for ``uvicorn --factory`` worker processes (``eventwire serve --workers N``).

    Reads the store path from ``$EVENTWIRE_SERVE_DB`` and settings as ``load_settings`` does
    (``$EVENTWIRE_CONFIG``). Several read-only processes may share one DuckDB file.
    """
    import os

    db = os.environ.get("EVENTWIRE_SERVE_DB")
    if not db:
        raise ConfigError("EVENTWIRE_SERVE_DB is not set; start it with `eventwire serve --workers N`")
    return create_app(db, settings=load_settings())


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return problem(exc.status, exc.detail, exc.headers)

    @app.exception_handler(EventwireError)
    async def library_error(request: Request, exc: EventwireError) -> JSONResponse:
        return problem(exc.http_status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
        return problem(400, detail or "invalid request", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such endpoint {request.url.path}; see /openapi.json"
        return problem(exc.status_code, detail, dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        return problem(500, f"internal error ({type(exc).__name__}); see the server log")


class ResponseCache:
    """Answers to repeated GETs, kept while the store cannot change under them.

    A read-only server holds DuckDB's file lock, so no other process can write while it runs: its answers
    stay true and are kept (LRU, ``max_entries``). With ``--allow-ingest`` every write clears the cache and
    bumps ``generation``, and an answer computed across a write is not kept. Each response says
    ``X-Cache: hit`` or ``miss``.
    """

    PATHS = ("/events", "/trends", "/timeline", "/map", "/facets", "/articles/", "/clusters/")

    def __init__(self, max_entries: int = 1024, max_body: int = 2_000_000) -> None:
        self.max_entries, self.max_body = max_entries, max_body
        self.entries: OrderedDict[str, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.generation = 0
        self.lock = threading.Lock()

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.generation += 1

    def key(self, scope: Scope) -> str | None:
        path = scope["path"]
        if scope["method"] != "GET" or not path.startswith(self.PATHS) or self.max_entries <= 0:
            return None
        query = sorted(urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"), True))
        return path + "?" + urllib.parse.urlencode(query)

    def get(self, key: str) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None:
                self.entries.move_to_end(key)
            return hit

    def put(self, key: str, generation: int, entry: tuple[int, list[tuple[bytes, bytes]], bytes]) -> None:
        with self.lock:
            if generation != self.generation or len(entry[2]) > self.max_body:
                return
            self.entries[key] = entry
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


class CacheMiddleware:
    def __init__(self, app: ASGIApp, cache: ResponseCache) -> None:
        self.app, self.cache = app, cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self.cache.key(scope) if scope["type"] == "http" else None
        if key is None:
            await self.app(scope, receive, send)
            return
        hit = self.cache.get(key)
        if hit is not None:
            status, headers, body = hit
            await send(
                {"type": "http.response.start", "status": status, "headers": headers + [(b"x-cache", b"hit")]}
            )
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.cache.generation
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                message = {**message, "headers": list(message.get("headers", [])) + [(b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    self.cache.put(key, generation, (200, list(start.get("headers", [])), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)


class SecurityHeaders:
    """Pure ASGI (no task group, so errors raised while reading the body keep their type)."""

    HEADERS = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


def _store(request: Request) -> Iterator[Store]:
    handle: StoreHandle = request.app.state.store
    store = handle.cursor()
    try:
        yield store
    finally:
        store.con.close()


StoreDep = Annotated[Store, Depends(_store)]
Filters = Annotated[EventFilters, Depends()]


def _add_read_routes(app: FastAPI, handle: StoreHandle) -> None:

    @app.get("/events", tags=["events"], summary="Events matching the filters, sorted and paginated")
    def list_events(
        s: StoreDep,
        f: Filters,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        sort: Annotated[
            str, Query(description=f"one of {', '.join(SORTS)}; prefix - for descending")
        ] = "-event_date",
    ) -> Response:
        if sort.lstrip("-") not in SORTS:
            raise ApiError(400, f"sort={sort!r}: use one of {', '.join(SORTS)} (prefix - for descending)")
        items = s.query_events(f.where, kinds=f.kinds, limit=limit, offset=offset, order=sort)
        return json_response(
            {
                "total": s.count_events(f.where, f.kinds),
                "limit": limit,
                "offset": offset,
                "sort": sort,
                "items": items,
            }
        )

    @app.get("/events/{event_id}", tags=["events"], summary="One event with its evidence spans and sources")
    def event(event_id: str, s: StoreDep) -> Response:
        return json_response(get_event(s, event_id))

    @app.get("/articles/{uid}", tags=["articles"], summary="One article with every annotation (the contract)")
    def article(uid: str, s: StoreDep) -> Response:
        return json_response(get_article(s, uid))

    @app.get("/clusters/{cluster_id}", tags=["clusters"], summary="One merged event and its tolls by source")
    def cluster(cluster_id: str, s: StoreDep) -> Response:
        return json_response(get_cluster(s, cluster_id))

    @app.get("/trends", tags=["trends"], summary="Counts per period and the rate-change test")
    def trends(
        s: StoreDep,
        f: Filters,
        by: str = "month",
        last: Annotated[int, Query(ge=1, le=120)] = 3,
        area: Annotated[str | None, Query(description="country, admin1 or none")] = None,
    ) -> Response:
        return json_response(clean=False, content=run_trend(s, f, _by(by), last, area))

    @app.get("/timeline", tags=["trends"], summary="Event counts and fatalities per week or month")
    def timeline_route(s: StoreDep, f: Filters, by: str = "month") -> Response:
        return json_response({"by": _by(by), "periods": timeline(s, f, by)})

    @app.get("/map", tags=["events"], summary="Events grouped by location (the busiest locations first)")
    def map_route(s: StoreDep, f: Filters, limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> Response:
        return json_response(map_points(s, f, limit))

    @app.get("/facets", tags=["events"], summary="Values for the filter menus, with counts")
    def facets_route(s: StoreDep) -> Response:
        return json_response(facets(s))

    @app.get(
        "/export",
        tags=["export"],
        summary="Matching events as ACLED CSV, JSONL or GeoJSON",
        response_class=Response,
    )
    def export_route(s: StoreDep, f: Filters, format: str = "acled-csv") -> Response:
        if format not in EXPORT_TYPES:
            raise ApiError(400, f"format={format!r}: use one of {', '.join(EXPORT_TYPES)}")
        return export_file(s, format, f)


def _add_ingest_route(
    app: FastAPI,
    handle: StoreHandle,
    allow: bool,
    token: str | None,
    settings: Settings,
    factory: Callable[[], Any] | None,
    cache: ResponseCache,
) -> None:
    state: dict[str, Any] = {}
    lock, writing = threading.Lock(), threading.Lock()

    def pipeline() -> Any:
        with lock:
            if "pipeline" not in state:
                if factory is not None:
                    state["pipeline"] = factory()
                else:
                    from eventwire.pipeline import Pipeline

                    state["pipeline"] = Pipeline(settings)
            return state["pipeline"]

    def authorised(request: Request) -> None:
        """Checked before the body is read: a read-only server or a wrong token never parses the payload."""
        if not allow:
            raise ApiError(
                403, "this server is read-only; start it with --allow-ingest --token TOKEN to ingest"
            )
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(credential.encode(), (token or "").encode()):
            raise ApiError(
                401,
                "a valid bearer token is required (Authorization: Bearer TOKEN)",
                {"WWW-Authenticate": 'Bearer realm="eventwire"'},
            )

    @app.post(
        "/ingest",
        tags=["ingest"],
        status_code=201,
        dependencies=[Depends(authorised)],
        summary="Extract and store articles (needs --allow-ingest and the bearer token)",
    )
    def ingest(body: IngestRequest) -> dict[str, Any]:
        with writing:  # one writer at a time
            store = handle.cursor()
            try:
                return ingest_records(store, pipeline(), body.records)
            finally:
                store.con.close()
                cache.clear()


def _add_ui(app: FastAPI) -> None:
    web = Path(str(resources.files("eventwire").joinpath("web")))
    if not (web / "index.html").is_file():
        return
    app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web / "index.html", media_type="text/html")
