"""eventwire serve answers only requests whose Host header names it: 127.0.0.1, localhost and ::1 (any
port), the --host address, and names given with --allowed-host. Any other Host (a site that made its
name resolve to this machine: DNS rebinding) gets a 400 for every path, before anything is read."""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.store import Store
from eventwire.web import ServerSettings, create_app
from eventwire.web.auth import allowed_name, host_name
from tests.web.server import running_server
from tests.web.test_api import fill

PATHS = ["/", "/api/v1/events", "/api/v1/events/1", "/static/app.js", "/api/v1/openapi.json"]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hosts") / "events.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.mark.parametrize(("header", "name"), [
    ("127.0.0.1:8000", "127.0.0.1"), ("LocalHost", "localhost"), ("localhost.:80", "localhost"),
    ("[::1]:8000", "::1"), ("[::1]", "::1"), ("desk.example", "desk.example"),
    ("::1", None), ("localhost:abc", None), ("[::1", None), ("", None), (":8000", None),
])
def test_host_allow_list_host_names(header: str, name: str | None) -> None:
    assert host_name(header) == name


def test_host_allow_list_entries() -> None:
    assert [allowed_name(entry) for entry in ("::1", "0:0::1", "Desk.Example:8000", "[::1]:80", "a:b:c")] == [
        "::1", "::1", "desk.example", "::1", None]


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example",
                                  "localhost.attacker.example:80", "10.0.0.8", "[::2]:8000", "::1", ""])
def test_host_allow_list_other_hosts_get_400(store_path: Path, host: str) -> None:
    with TestClient(create_app(ServerSettings(db=store_path)), base_url="http://127.0.0.1") as client:
        for path in PATHS:
            answer = client.get(path, headers={"Host": host})
            assert answer.status_code == 400, (path, answer.text)
            assert answer.json()["error"]["code"] == "HTTP400" and "--allowed-host" in answer.text
        assert client.post("/api/v1/reports", json={"text": "x"}, headers={"Host": host}).status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "127.0.0.1", "localhost:8000", "LOCALHOST", "[::1]:8000"])
def test_host_allow_list_loopback_names_are_answered(store_path: Path, host: str) -> None:
    with TestClient(create_app(ServerSettings(db=store_path)), base_url="http://127.0.0.1") as client:
        for path in PATHS:
            assert client.get(path, headers={"Host": host}).status_code == 200, path


def test_host_allow_list_of_a_real_server(store_path: Path) -> None:
    with running_server(store_path, "--allowed-host", "desk.example", "--allowed-host", "Wire.Example:9000") as server:
        port = int(server.base.rsplit(":", 1)[1])

        def status(host: str) -> tuple[int, bytes]:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", "/api/v1/events", headers={"Host": host})
            answer = connection.getresponse()
            body = answer.read()
            connection.close()
            return answer.status, body

        assert status(f"127.0.0.1:{port}")[0] == 200 and status(f"localhost:{port}")[0] == 200
        assert status(f"desk.example:{port}")[0] == 200 and status("wire.example")[0] == 200
        refused, body = status("attacker.example")
        assert refused == 400 and json.loads(body)["error"]["message"].startswith("Host 'attacker.example'")
        assert server.call("GET", "/api/v1/events").status == 200  # the tests' own client: 127.0.0.1:PORT


def test_host_allow_list_malformed_option_is_one_line(store_path: Path) -> None:
    done = CliRunner().invoke(main, ["serve", "--db", str(store_path), "--allowed-host", "a:b:c"])
    assert done.exit_code == 2
    (line,) = done.stderr.strip().splitlines()
    assert "--allowed-host" in line
