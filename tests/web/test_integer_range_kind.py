"""Whole numbers beyond SQLite's 64-bit integers (2^63 and up, 1e23) in any path, query or body of the
API are refused with 422, never a 500; the OpenAPI description bounds every integer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.store import Store
from eventwire.web import ServerSettings, create_app
from eventwire.web.auth import Tokens
from tests.web.server import SECRET, TOKEN
from tests.web.test_api import fill

HUGE = 2**63
HUGER = 99999999999999999999
MAX = 2**63 - 1


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("ints") / "events.db"
    with Store(path) as store:
        fill(store)
    app = create_app(ServerSettings(db=path, tokens=Tokens.parse(TOKEN)))
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as running:
        yield running


def integer_schemas(schema: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every integer schema inside ``schema`` (through anyOf, items and properties)."""
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "integer":
        yield where, schema
    for key in ("anyOf", "oneOf", "allOf"):
        for number, part in enumerate(schema.get(key, [])):
            yield from integer_schemas(part, f"{where}.{key}[{number}]")
    if "items" in schema:
        yield from integer_schemas(schema["items"], f"{where}[]")
    for name, part in schema.get("properties", {}).items():
        yield from integer_schemas(part, f"{where}.{name}")


def test_integer_range_every_integer_of_the_api_is_bounded(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                found += integer_schemas(parameter["schema"], f"{method} {path} {parameter['name']}")
            if "requestBody" in operation:
                reference = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                name = reference.rsplit("/", 1)[1]
                found += integer_schemas(spec["components"]["schemas"][name], f"{method} {path} body {name}")
    assert len(found) >= 8  # ids in paths and bodies, offset, limit, min_fatalities, value
    for where, schema in found:
        assert schema.get("maximum", HUGE) <= MAX, f"{where} has no maximum a store can hold"
        assert int(schema["maximum"]) == schema["maximum"], f"{where}: the maximum is not exact"


def test_integer_range_the_largest_documented_id_is_a_plain_404(client: TestClient) -> None:
    from eventwire.web.app import API_MAX_INT

    assert API_MAX_INT <= MAX and int(float(API_MAX_INT)) == API_MAX_INT
    for path in (f"/api/v1/events/{API_MAX_INT}", f"/api/v1/reports/{API_MAX_INT}"):
        answer = client.get(path)
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "E501"
    assert client.get(f"/api/v1/events?offset={API_MAX_INT}").json()["events"] == []


@pytest.mark.parametrize(("method", "path", "body"), [
    ("GET", f"/api/v1/events?offset={HUGE}", None),
    ("GET", f"/api/v1/events?min_fatalities={HUGE}", None),
    ("GET", "/api/v1/events?min_fatalities=1e23", None),
    ("GET", f"/api/v1/timeline?min_fatalities={HUGER}", None),
    ("GET", f"/api/v1/export?min_fatalities={HUGE}", None),
    ("GET", f"/api/v1/events/{HUGE}", None),
    ("GET", f"/api/v1/events/{HUGER}", None),
    ("GET", f"/api/v1/reports/{HUGE}", None),
    ("POST", f"/api/v1/events/{HUGE}/corrections", {"field": "date", "value": "2024-02-10", "reason": "r"}),
    ("POST", "/api/v1/events/1/corrections", {"field": "fatalities_best", "value": HUGE, "reason": "r"}),
    ("POST", "/api/v1/events/1/corrections", {"field": "fatalities_best", "value": 1e23, "reason": "r"}),
    ("POST", "/api/v1/events/1/corrections", {"field": "location", "reason": "r", "value": {
        "name": "Kharkiv", "country": "UA", "lat": 50.0, "lon": 36.2, "geonameid": HUGE}}),
    ("POST", f"/api/v1/claims/{HUGE}/corrections", {"wrong": True, "reason": "r"}),
    ("POST", f"/api/v1/events/{HUGE}/merge", {"other_event_id": 2, "reason": "r"}),
    ("POST", "/api/v1/events/1/merge", {"other_event_id": HUGE, "reason": "r"}),
    ("POST", "/api/v1/events/1/merge", {"other_event_id": 1e23, "reason": "r"}),
    ("POST", f"/api/v1/events/{HUGER}/split", {"report_ids": [2], "reason": "r"}),
    ("POST", "/api/v1/events/1/split", {"report_ids": [2, HUGE], "reason": "r"}),
    ("POST", "/api/v1/events/1/split", {"report_ids": [1e23], "reason": "r"}),
])
def test_integer_range_huge_numbers_are_422(client: TestClient, method: str, path: str, body: Any) -> None:
    answer = client.request(method, path, json=body, headers={"Authorization": f"Bearer {SECRET}"})
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["code"] in ("HTTP422", "E111", "E510") and error["message"]


def test_integer_range_the_store_functions_refuse_them_too(tmp_path: Path) -> None:
    from eventwire.errors import OutOfRangeError
    from eventwire.store.corrections import mark_claim, merge_events, split_event
    from eventwire.store.queries import EventFilter, get_event, get_report, list_events

    with Store(tmp_path / "s.db") as store:
        fill(store)
        calls = [lambda: get_event(store, HUGE), lambda: get_report(store, HUGER),
                 lambda: list_events(store, EventFilter(min_fatalities=HUGE)),
                 lambda: list_events(store, limit=10, offset=HUGE), lambda: mark_claim(store, HUGE, True, "a", "r"),
                 lambda: merge_events(store, 1, HUGE, "a", "r"), lambda: split_event(store, 1, [HUGE], "a", "r")]
        for call in calls:
            with pytest.raises(OutOfRangeError, match="out of range"):
                call()
