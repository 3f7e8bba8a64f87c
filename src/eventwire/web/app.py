"""The REST API and the analysts' web page, one ASGI app over one store file.

Every endpoint is a thin wrapper over a library function of :mod:`eventwire.store`,
:mod:`eventwire.pipeline` or :mod:`eventwire.export`. Each request opens the store in the
thread that serves it; model work (ingesting a report) is serialised by one lock because
the spaCy pipeline is shared.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Awaitable, Callable, Coroutine, MutableMapping
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParameter
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import (
    CorrectionError,
    EventMergedError,
    EventwireError,
    FetchError,
    InputError,
    InputTooLargeError,
    NotFoundError,
    StoreLockedError,
    UrlRefusedError,
)
from eventwire.export.events import EXPORT_FORMATS, render_events
from eventwire.extract import ExtractOptions
from eventwire.extract.typing import ACLED_TYPES
from eventwire.ingest.sources import SourceItem, items_from_bytes
from eventwire.ingest.text import MAX_BYTES
from eventwire.ingest.web import fetch
from eventwire.pipeline import ingest_report
from eventwire.records import SCHEMA_VERSION, Location, Report
from eventwire.store import Store, content_hash
from eventwire.store.corrections import correct_field, mark_claim, merge_events, split_event
from eventwire.store.db import StoreMode
from eventwire.store.overrides import CORRECTABLE_FIELDS
from eventwire.store.queries import (
    EventFilter,
    count_events,
    facets,
    get_event,
    get_report,
    list_events,
    parse_bbox,
    report_spans,
    timeline,
)
from eventwire.time.bounds import EARLIEST, LATEST
from eventwire.web.auth import LOOPBACK_HOSTS, Tokens, allowed_name, bearer, host_name

API = "/api/v1"
# Writes that name an event id merged away (in the path or the body) are refused with its survivor.
MERGED_AWAY: dict[int | str, dict[str, Any]] = {409: {
    "description": "An event id was merged away (E506): `error.merged_into` is its survivor, also in `Location`"}}
MAX_BODY_BYTES = MAX_BYTES + 1_000_000  # a report at the size limit, JSON-escaped, fits
DEFAULT_PAGE = 100
MAX_PAGE = 1000
_MEDIA_TYPES = {"acled-csv": "text/csv", "csv": "text/csv", "json": "application/json",
                "geojson": "application/geo+json", "parquet": "application/vnd.apache.parquet"}
_SUFFIXES = {"acled-csv": "acled.csv", "csv": "csv", "json": "json", "geojson": "geojson", "parquet": "parquet"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSettings:
    """How ``eventwire serve`` runs: which store, who may write, whether reads need a token."""

    db: Path
    tokens: Tokens = field(default_factory=Tokens)
    reads_need_token: bool = False
    max_body_bytes: int = MAX_BODY_BYTES
    tile_url: str | None = None
    tile_attribution: str | None = None
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    # A URL to ingest may lead to a loopback, private or link-local address (a desk's intranet).
    allow_private_urls: bool = False


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


class BodyLimit:
    """Refuse request bodies over the limit (413) before a handler sees them, declared or streamed.

    The rest of an oversized body is read and dropped (up to ``DRAIN_FACTOR`` times the limit) so
    that the client gets the 413 answer instead of a reset connection.
    """

    DRAIN_FACTOR = 4

    def __init__(self, app: Callable[..., Awaitable[None]], max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:  # the server refuses a malformed length
            if int(declared) <= self.max_bytes * self.DRAIN_FACTOR:
                await self._drain(receive, 0)
            await _error(413, "HTTP413", self._message())(scope, receive, send)
            return
        received = 0

        async def limited() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    if message.get("more_body", False):
                        await self._drain(receive, received)
                    raise HTTPException(413, self._message())
            return message

        await self.app(scope, limited, send)

    async def _drain(self, receive: Callable[[], Awaitable[Any]], received: int) -> None:
        while received <= self.max_bytes * self.DRAIN_FACTOR:
            message = await receive()
            if message["type"] != "http.request":
                return
            received += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    def _message(self) -> str:
        return f"request body over {self.max_bytes:,} bytes; send a smaller report"


class HostAllowList:
    """Answer only requests whose Host header names this server (400 for any other).

    A page of another site can make its own name resolve to 127.0.0.1 ("DNS rebinding"); the
    browser then sends it requests that read the loopback API as the same origin. Its Host header
    still carries that other name, and is refused here before anything is read.
    """

    def __init__(self, app: Callable[..., Awaitable[None]], allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = frozenset(name for host in allowed if (name := allowed_name(host)) is not None)

    async def __call__(self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":  # lifespan; no websocket route is served
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if host_name(header) in self.allowed:
            await self.app(scope, receive, send)
            return
        shown = header[:100] if header else "(none)"
        await _error(400, "HTTP400", f"Host {shown!r} is not a name this server answers to; if it should be, "
                                     "start the server with --allowed-host NAME")(scope, receive, send)


# -- request bodies --------------------------------------------------------------------------------

MAX_JSON_DEPTH = 32  # eventwire's bodies nest three levels; deeper is no request of ours
# A JSON string (its escapes kept whole) or a bracket: brackets inside strings do not nest.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def json_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (a linear scan; strings skipped)."""
    depth = deepest = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif bracket in "]}":
            depth -= 1
    return deepest


class StrictJsonRequest(Request):
    """A request whose JSON body must be UTF-8 and nest at most MAX_JSON_DEPTH levels.

    FastAPI answers a body json.loads cannot read with 422 only for a JSONDecodeError; invalid UTF-8
    (UnicodeDecodeError) or nesting that exhausts the recursion limit (RecursionError) became a
    400 "error parsing the body". Both are raised here as JSONDecodeError, so they are 422 too, as
    docs/api.md says, and the message says what is wrong.
    """

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as error:
                raise json.JSONDecodeError("the body is not UTF-8", body.decode("utf-8", "replace"),
                                           error.start) from error
            if json_depth(text) > MAX_JSON_DEPTH:
                raise json.JSONDecodeError(f"the body nests deeper than {MAX_JSON_DEPTH} levels", text, 0)
            self._json = json.loads(text)
        return self._json


class StrictJsonRoute(APIRoute):
    """Routes that read their body with :class:`StrictJsonRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictJsonRequest(request.scope, request.receive))

        return strict


def _valid_unicode(value: Any) -> Any:
    """Refuse strings with lone surrogates (JSON can escape them, "\\ud800"): no store, log or
    terminal can write them, and the report would fail later with a server error."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(f"not valid Unicode text (a lone surrogate at character {error.start})") from error
    elif isinstance(value, dict):
        for key, item in value.items():
            _valid_unicode(key)
            _valid_unicode(item)
    elif isinstance(value, list):
        for item in value:
            _valid_unicode(item)
    return value

# Every whole number of a request is bounded by what SQLite can hold (a larger one would make the
# query raise OverflowError). FastAPI writes the bounds of body schemas as floats, and the float
# nearest SQLite's 2^63-1 is 2^63, out of range: the API's bound is the largest float below it, so
# the OpenAPI description states exactly what is accepted.
API_MAX_INT = 2**63 - 1024
StoreId = Annotated[int, Field(ge=1, le=API_MAX_INT)]
PathId = Annotated[int, PathParameter(ge=1, le=API_MAX_INT)]
Count = Annotated[int, Query(ge=0, le=API_MAX_INT)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*")
    @classmethod
    def _unicode(cls, value: Any) -> Any:
        return _valid_unicode(value)


class ReportIn(_Body):
    """A report to ingest: exactly one of ``text``, ``html`` or ``url``."""

    # Bounded by the body's limit; the report's own limit is in bytes (check_text: 413, E103).
    text: str | None = None
    html: str | None = Field(None, max_length=MAX_BYTES * 4)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    title: str | None = Field(None, max_length=500)
    published: date | None = Field(None, ge=EARLIEST, le=LATEST)
    source_url: str | None = Field(None, max_length=2000, description="Where a pasted text or HTML came from.")


class FieldCorrectionIn(_Body):
    field: Literal[CORRECTABLE_FIELDS]  # type: ignore[valid-type]
    # bounded in the schema like every whole number; figures are held to their own range in correct_field
    value: Annotated[int, Field(ge=-API_MAX_INT, le=API_MAX_INT)] | str | dict[str, Any] | None
    reason: str = Field(min_length=1, max_length=2000)


class ClaimCorrectionIn(_Body):
    wrong: bool = True
    reason: str = Field(min_length=1, max_length=2000)


class MergeIn(_Body):
    other_event_id: StoreId
    reason: str = Field(min_length=1, max_length=2000)


class SplitIn(_Body):
    report_ids: list[StoreId] = Field(min_length=1, max_length=1000)
    reason: str = Field(min_length=1, max_length=2000)


# -- dependencies ------------------------------------------------------------------------------------

def writer(request: Request) -> str:
    """The name of the request's token; 401 without one, 403 with a wrong one."""
    settings: ServerSettings = request.app.state.settings
    presented = bearer(request.headers.get("authorization"))
    if presented is None:
        raise ApiError(401, "HTTP401", "this needs a token: send 'Authorization: Bearer TOKEN' "
                                       "(tokens come from EVENTWIRE_TOKEN on the server)")
    name = settings.tokens.identify(presented)
    if name is None:
        raise ApiError(403, "HTTP403", "the token is not valid for this server")
    return name


def reader(request: Request) -> None:
    if request.app.state.settings.reads_need_token:
        writer(request)


def filters(since: date | None = None, until: date | None = None,
            country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
            type: Annotated[str | None, Query(max_length=100)] = None,
            bbox: Annotated[str | None, Query(max_length=200, description="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT")] = None,
            min_fatalities: Annotated[int | None, Query(ge=0, le=API_MAX_INT)] = None,
            disputed: bool | None = None) -> EventFilter:
    """The filters of ``eventwire events`` as query parameters."""
    return EventFilter(since=since, until=until, country=country, event_type=type,
                       bbox=parse_bbox(bbox) if bbox else None, min_fatalities=min_fatalities, disputed=disputed)


Reader = Annotated[None, Depends(reader)]
Writer = Annotated[str, Depends(writer)]
Filters = Annotated[EventFilter, Depends(filters)]


# -- errors in the OpenAPI description ---------------------------------------------------------------

class ErrorDetail(BaseModel):
    code: str = Field(description="E1xx-E7xx: eventwire's own (src/eventwire/errors.py); HTTP4xx: protocol")
    message: str


class ErrorOut(BaseModel):
    """Every error answer's body."""

    error: ErrorDetail


# Every operation may answer these, always with an ErrorOut body: documented for each, so a client
# generated from the description (and schemathesis's conformance check) expects them.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": description} for status, description in (
        (400, "the Host header names no name of this server (DNS rebinding)"),
        (401, "no token (writes; reads off loopback)"),
        (403, "a wrong token"),
        (404, "no such event, report or claim"),
        (413, "the body, or a report's text, over the limit"),
        (422, "a malformed or invalid body or parameter"),
        (502, "a URL to ingest could not be fetched"),
        (503, "another process kept the store locked; try again (Retry-After)"),
    )
}


# -- the app -----------------------------------------------------------------------------------------

def create_app(settings: ServerSettings, resolve_place: Callable[[str], Location | None] | None = None) -> FastAPI:
    """The API and page over ``settings.db``; nothing is opened until a request comes."""
    app = FastAPI(title="eventwire", version=SCHEMA_VERSION, docs_url=None, redoc_url=None,
                  openapi_url=f"{API}/openapi.json", responses=ERROR_RESPONSES,
                  description="Conflict events from news reports, every figure with its source. "
                              "Reads are open on loopback; writes need `Authorization: Bearer TOKEN`.")
    app.router.route_class = StrictJsonRoute
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HostAllowList, allowed=settings.allowed_hosts)  # added last: runs first
    app.state.settings = settings
    model_lock = threading.Lock()
    static = resources.files("eventwire.web") / "static"

    def open_store(mode: StoreMode = "read") -> Store:
        """The store for one request: reads never change it, writes need it to exist (no new store)."""
        return Store(settings.db, mode=mode)

    @app.exception_handler(ApiError)
    async def api_error(_: Request, error: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
        return _error(error.status, error.code, error.message, headers)

    # The store's path is the server's business, not a client's: "no event 9 in /home/ana/desk.db"
    # tells where the server keeps its files. Longest form first, so a shorter one is not left inside.
    store_paths = sorted({str(settings.db), str(settings.db.absolute()), str(settings.db.resolve())},
                         key=len, reverse=True)

    def public(message: str) -> str:
        for path in store_paths:
            message = message.replace(path, "the store")
        return message

    @app.exception_handler(EventwireError)
    async def eventwire_error(_: Request, error: EventwireError) -> JSONResponse:
        if isinstance(error, StoreLockedError):  # another process writes: trying again can help
            return _error(503, error.code, public(error.message), {"Retry-After": "5"})
        if isinstance(error, EventMergedError):
            # A write naming an id merged away (reads are redirected, see event_endpoint): refused, not
            # redirected, so a client replaying the request cannot correct the survivor unseen.
            return JSONResponse({"error": {"code": error.code, "message": error.message,
                                           "merged_into": error.survivor}}, status_code=409,
                                headers={"Location": f"{API}/events/{error.survivor}"})
        status = (404 if isinstance(error, NotFoundError) else 422 if isinstance(error, UrlRefusedError)
                  else 502 if isinstance(error, FetchError)
                  else 413 if isinstance(error, InputTooLargeError)  # as a body over the limit
                  else 422 if isinstance(error, InputError | CorrectionError) else 500)
        return _error(status, error.code, public(error.message))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = []
        for problem in error.errors():
            if problem.get("type") == "json_invalid":  # the body as a whole: say why and where
                problems.append(f"body: not valid JSON: {problem.get('ctx', {}).get('error', 'invalid')} "
                                f"(at character {problem['loc'][-1]})")
                continue
            where = ".".join(str(part) for part in problem.get("loc", ()) if part != "body") or "body"
            problems.append(f"{where}: {problem.get('msg', 'invalid')}")
        return _error(422, "HTTP422", "; ".join(problems) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        message = error.detail if isinstance(error.detail, str) else json.dumps(error.detail)
        return _error(error.status_code, f"HTTP{error.status_code}", message)

    # -- reads ---------------------------------------------------------------------------------------

    @app.get(f"{API}/events", summary="Events matching the filters of `eventwire events`, a page at a time")
    def events_endpoint(_: Reader, chosen: Filters, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
                        offset: Count = 0, detail: bool = False) -> dict[str, Any]:
        with open_store() as store:
            total = count_events(store, chosen)
            found = list_events(store, chosen, detail=detail, limit=limit, offset=offset)
            return {"schema_version": SCHEMA_VERSION, "total": total, "limit": limit, "offset": offset,
                    "next_offset": offset + limit if offset + limit < total else None,
                    "events": [event.to_dict() for event in found]}

    @app.get(f"{API}/events/{{event_id}}", summary="One event with claims, toll history, reports and corrections",
             responses={308: {"description": "The id was merged away: `Location` is its survivor's event, "
                                             "the body `{merged_into, location}`"}})
    def event_endpoint(_: Reader, event_id: PathId) -> Any:
        with open_store() as store:
            try:
                return get_event(store, event_id).to_dict()
            except EventMergedError as merged:
                # A permanent redirect, as for a moved page: merged-away ids are never given again, so
                # links and bookmarks of the old id keep working and clients may remember the new one.
                where = f"{API}/events/{merged.survivor}"
                return JSONResponse({"merged_into": merged.survivor, "location": where}, status_code=308,
                                    headers={"Location": where})

    @app.get(f"{API}/reports/{{report_id}}", summary="One stored report: text, events and evidence spans")
    def report_endpoint(_: Reader, report_id: PathId) -> dict[str, Any]:
        with open_store() as store:
            stored = get_report(store, report_id)
            spans = report_spans(store, report_id)
        return {"schema_version": SCHEMA_VERSION, **asdict(stored), "spans": [asdict(span) for span in spans]}

    @app.get(f"{API}/timeline", summary="Events per day and event type")
    def timeline_endpoint(_: Reader, chosen: Filters) -> dict[str, Any]:
        with open_store() as store:
            return {"schema_version": SCHEMA_VERSION, "days": timeline(store, chosen)}

    @app.get(f"{API}/facets", summary="Countries, event types and date range present, for filter choices")
    def facets_endpoint(_: Reader) -> dict[str, Any]:
        with open_store() as store:
            return {"schema_version": SCHEMA_VERSION, **facets(store), "acled_types": ACLED_TYPES,
                    "correctable_fields": CORRECTABLE_FIELDS,
                    "tiles": {"url": settings.tile_url, "attribution": settings.tile_attribution}}

    @app.get(f"{API}/export", summary="Events in a file format of `eventwire export`", response_class=Response,
             responses={200: {"description": "the events as a file of the format asked for",
                              "content": {media: {} for media in sorted(set(_MEDIA_TYPES.values()))}}})
    def export_endpoint(_: Reader, chosen: Filters,
                        format: Literal[EXPORT_FORMATS] = "acled-csv",  # type: ignore[valid-type]
                        csv_escape: Annotated[bool, Query(description=(
                            "CSV cells starting with = + - @ or a tab or carriage return get a leading ' so "
                            "that a spreadsheet shows them as text, not formulas; false writes them as they are"
                        ))] = True,
                        ) -> Response:
        with open_store() as store:
            found = list_events(store, chosen, detail=format not in ("csv", "parquet"))
        body = render_events(found, format, csv_escape=csv_escape)
        return Response(body, media_type=_MEDIA_TYPES[format], headers={
            "Content-Disposition": f'attachment; filename="eventwire-events.{_SUFFIXES[format]}"'})

    # -- writes --------------------------------------------------------------------------------------

    @app.post(f"{API}/reports", status_code=201, summary="Ingest a report given as text, HTML or a URL")
    def ingest_endpoint(who: Writer, body: ReportIn) -> dict[str, Any]:
        given = [name for name in ("text", "html", "url") if getattr(body, name) is not None]
        if len(given) != 1:
            raise ApiError(422, "HTTP422", "give exactly one of text, html or url")
        items = _submitted_items(body, settings.allow_private_urls)
        results: list[dict[str, Any]] = []
        with model_lock, open_store("write") as store:
            for item in items:
                try:
                    if item.error is not None:
                        raise item.error
                    assert item.report is not None
                    added = ingest_report(item.report, store, ExtractOptions(published=body.published))
                except InputError as error:
                    if len(items) == 1:
                        raise  # one input: the request fails with its error
                    results.append({"name": item.name, "error": {"code": error.code, "message": error.message}})
                    continue
                results.append({"report_id": added.report_id, "created": added.created,
                                "event_ids": list(added.event_ids)})
        return {"schema_version": SCHEMA_VERSION, "submitted_by": who, "reports": results}

    @app.post(f"{API}/events/{{event_id}}/corrections", status_code=201, summary="Correct a field of an event",
              responses=MERGED_AWAY)
    def correct_endpoint(who: Writer, event_id: PathId, body: FieldCorrectionIn) -> dict[str, Any]:
        geocoding = body.field == "location" and isinstance(body.value, str)
        with model_lock if geocoding else nullcontext(), open_store("write") as store:
            correction = correct_field(store, event_id, body.field, body.value, who, body.reason, resolve_place)
            return {"correction": correction.to_dict(), "event": get_event(store, event_id).to_dict()}

    @app.post(f"{API}/claims/{{claim_id}}/corrections", status_code=201,
              summary="Mark a claim wrong (or right again)")
    def claim_endpoint(who: Writer, claim_id: PathId, body: ClaimCorrectionIn) -> dict[str, Any]:
        with open_store("write") as store:
            correction = mark_claim(store, claim_id, body.wrong, who, body.reason)
            event = get_event(store, correction.event_id).to_dict() if correction.event_id else None
            return {"correction": correction.to_dict(), "event": event}

    @app.post(f"{API}/events/{{event_id}}/merge", status_code=201, summary="Merge another event into this one",
              responses=MERGED_AWAY)
    def merge_endpoint(who: Writer, event_id: PathId, body: MergeIn) -> dict[str, Any]:
        with open_store("write") as store:
            correction = merge_events(store, event_id, body.other_event_id, who, body.reason)
            return {"correction": correction.to_dict(), "event": get_event(store, event_id).to_dict()}

    @app.post(f"{API}/events/{{event_id}}/split", status_code=201,
              summary="Split the accounts of some reports off into a new event", responses=MERGED_AWAY)
    def split_endpoint(who: Writer, event_id: PathId, body: SplitIn) -> dict[str, Any]:
        with open_store("write") as store:
            correction, created = split_event(store, event_id, body.report_ids, who, body.reason)
            return {"correction": correction.to_dict(), "event": get_event(store, event_id).to_dict(),
                    "new_event": get_event(store, created).to_dict()}

    # -- the page and the API docs, both from files shipped in the package ----------------------------

    @app.get(f"{API}/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=f"{API}/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(Path(str(static / "index.html")), headers=_page_headers(settings))

    app.mount("/static", StaticFiles(directory=Path(str(static))), name="static")
    return app


def _page_headers(settings: ServerSettings) -> dict[str, str]:
    """A content security policy that keeps every request of the page on this server (tiles only if asked)."""
    images = "'self' data:"
    if settings.tile_url:
        parts = urlsplit(settings.tile_url)
        images += f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    return {"Content-Security-Policy": f"default-src 'self'; img-src {images}; style-src 'self'; "
                                       "script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
            "Cache-Control": "no-cache"}


def _submitted_items(body: ReportIn, allow_private_urls: bool) -> list[SourceItem]:
    """The reports of a request: a pasted text, an HTML page, or what a URL serves (a feed: one per entry)."""
    if body.text is not None:
        name = body.source_url or f"api:{content_hash(body.text)[:12]}"
        return [SourceItem(name, report=Report(name, body.text, body.published, body.title, body.source_url, "api"))]
    if body.html is not None:
        content, name, hint, url = body.html.encode("utf-8"), body.source_url or "api:html", "html", body.source_url
    else:
        assert body.url is not None
        fetched = fetch(body.url, allow_private=allow_private_urls)
        content, name, hint, url = fetched.content, body.url, fetched.content_type, fetched.url
    return list(items_from_bytes(content, name, hint, url))
