"""An event id merged away answers over HTTP: reads are redirected (308) to its survivor, writes are
refused (409) naming it; the ids survive `eventwire consolidate` (a real server and SQLite file)."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from eventwire.store import Store
from eventwire.store.corrections import merge_events
from tests.factories import IZIUM, ODESA, strike_report
from tests.web.server import SECRET, Server, running_server


@pytest.fixture(scope="module")
def merged_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("merged") / "events.db"
    with Store(path) as store:
        strike_report(store, "a", "2024-02-10", "A missile strike on Kharkiv killed 4 people.", 4, None)
        strike_report(store, "c", "2024-02-10", "A missile strike near Izium killed 6 people.", 6, None, place=IZIUM)
        strike_report(store, "d", "2024-02-10", "A missile strike on Odesa killed 3 people.", 3, None, place=ODESA)
        merge_events(store, 1, 2, "carol", "Same strike")
    # the ids must outlive a re-run of linking too
    subprocess.run([sys.executable, "-m", "eventwire", "consolidate", "--db", str(path)], check=True,
                   capture_output=True)
    return path


@pytest.fixture(scope="module")
def server(merged_store: Path) -> Iterator[Server]:
    with running_server(merged_store) as running:
        yield running


def _raw_get(server: Server, path: str) -> tuple[int, dict[str, str], bytes]:
    """One GET without following redirects."""
    address = urlsplit(server.base)
    connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_merged_id_read_is_a_permanent_redirect_to_the_survivor(server: Server) -> None:
    status, headers, body = _raw_get(server, "/api/v1/events/2")
    assert status == 308
    assert headers["location"] == "/api/v1/events/1"
    assert json.loads(body) == {"merged_into": 1, "location": "/api/v1/events/1"}


def test_merged_id_read_followed_gives_the_survivor(server: Server) -> None:
    answer = server.call("GET", "/api/v1/events/2")  # urllib follows the redirect, as browsers do
    assert answer.status == 200 and answer.json()["id"] == 1 and answer.json()["report_count"] == 2


def test_merged_id_writes_are_refused_naming_the_survivor(server: Server) -> None:
    for path, body in [("/api/v1/events/2/corrections", {"field": "fatalities_best", "value": 7, "reason": "r"}),
                       ("/api/v1/events/2/split", {"report_ids": [2], "reason": "r"}),
                       ("/api/v1/events/3/merge", {"other_event_id": 2, "reason": "r"})]:
        answer = server.call("POST", path, body, token=SECRET)
        assert answer.status == 409, path
        error = answer.json()["error"]
        assert (error["code"], error["merged_into"]) == ("E506", 1)
        assert "event 2 was merged into event 1" in error["message"]
        assert answer.headers["location"] == "/api/v1/events/1"


def test_merged_id_unknown_ids_stay_404(server: Server) -> None:
    status, _, body = _raw_get(server, "/api/v1/events/99")
    assert status == 404 and json.loads(body)["error"]["code"] == "E501"


def test_merged_id_redirect_is_in_the_openapi_description(server: Server) -> None:
    paths = server.call("GET", "/api/v1/openapi.json").json()["paths"]
    assert "308" in paths["/api/v1/events/{event_id}"]["get"]["responses"]
    assert "409" in paths["/api/v1/events/{event_id}/merge"]["post"]["responses"]
