"""Item 6 of issue 12: URL ingest fetches only http(s) from public addresses by default (the host
resolved once, every address checked, the checked address connected to), follows no redirect into
a non-public address, ends by a total deadline, caps the body, and says nothing that tells open
ports from closed ones; --allow-private-urls opens loopback and private addresses (an intranet)."""

from __future__ import annotations

import http.server
import ipaddress
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import FetchError, UrlRefusedError
from eventwire.ingest import web
from eventwire.ingest.web import fetch
from eventwire.store import Store
from eventwire.web import ServerSettings, create_app
from eventwire.web.auth import Tokens
from tests.web.server import SECRET, TOKEN, free_port

PAGE = (b"<html><head><title>Car bomb kills six in Mosul</title></head><body><article><p>A car bomb exploded "
        b"near a market in Mosul on Wednesday, killing six people, police said.</p></article></body></html>")


class Site:
    """A local HTTP server (on loopback) that records the paths asked for."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.paths.append(self.path)
                if self.path.startswith("/redirect"):
                    self.send_response(302)
                    self.send_header("Location", self.path.split("?to=", 1)[1])
                    self.end_headers()
                elif self.path == "/drip":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    for _ in range(100):  # a byte every 0.2 s: 20 s in all unless cut off
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(0.2)
                elif self.path == "/big":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"word " * 2000)
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.end_headers()
                    self.wfile.write(PAGE)

            def log_message(self, *args: object) -> None:
                return

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"


@pytest.fixture
def site() -> Iterator[Site]:
    running = Site()
    thread = threading.Thread(target=running.httpd.serve_forever, daemon=True)
    thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


def test_url_guard_loopback_is_refused_by_default_before_connecting(site: Site) -> None:
    with pytest.raises(UrlRefusedError, match=r"non-public address .*--allow-private-urls"):
        fetch(f"{site.base}/page.html")
    assert site.paths == []


def test_url_guard_loopback_is_fetched_when_private_urls_are_allowed(site: Site) -> None:
    fetched = fetch(f"{site.base}/page.html", allow_private=True)
    assert fetched.content == PAGE and site.paths == ["/page.html"]


@pytest.mark.parametrize("url", ["http://localhost/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
                                 "http://10.1.2.3/", "http://192.168.0.1/", "http://100.64.0.1/", "http://224.0.0.1/",
                                 "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[fe80::1]/",
                                 "http://0x7f000001/", "http://2130706433/"])
def test_url_guard_non_public_addresses_are_refused(url: str) -> None:
    with pytest.raises(UrlRefusedError, match="non-public"):
        fetch(url, deadline=5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "gopher://example.org/", "http:///x"])
def test_url_guard_only_http_and_https(url: str) -> None:
    with pytest.raises(UrlRefusedError, match="only http"):
        fetch(url)


def test_url_guard_no_redirect_into_a_private_address(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    # 127.0.0.1 plays a public site here; its redirect to another loopback address must be refused.
    monkeypatch.setattr(web, "_public", lambda address: address == ipaddress.ip_address("127.0.0.1"))
    port = site.httpd.server_address[1]
    with pytest.raises(UrlRefusedError, match=r"non-public address \(127\.0\.0\.2\)"):
        fetch(f"{site.base}/redirect?to=http://127.0.0.2:{port}/secret")
    assert site.paths == [f"/redirect?to=http://127.0.0.2:{port}/secret"]


def test_url_guard_total_deadline_against_a_dripping_server(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 1 s"):
        fetch(f"{site.base}/drip", allow_private=True, deadline=1.0)
    assert time.monotonic() - started < 3


def test_url_guard_size_cap(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "FETCH_MAX_BYTES", 1000)
    with pytest.raises(FetchError, match="more than 1,000 bytes"):
        fetch(f"{site.base}/big", allow_private=True)


def test_url_guard_errors_do_not_tell_open_ports_from_closed() -> None:
    closed = free_port()
    with pytest.raises(FetchError) as refused:
        fetch(f"http://127.0.0.1:{closed}/", allow_private=True, deadline=5)
    assert str(refused.value) == f"[E108] http://127.0.0.1:{closed}/: cannot fetch (no answer from the server); " \
                                 "check the address and the network"


def test_url_guard_api_refuses_loopback_url_with_422(site: Site, tmp_path: Path) -> None:
    Store(tmp_path / "events.db").close()
    app = create_app(ServerSettings(db=tmp_path / "events.db", tokens=Tokens.parse(TOKEN)))
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        answer = client.post("/api/v1/reports", json={"url": f"{site.base}/page.html"},
                             headers={"Authorization": f"Bearer {SECRET}"})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "E113"
    assert site.paths == []


@pytest.mark.slow
def test_url_guard_cli_ingest_refuses_then_allows_with_the_flag(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "events.db")
    command = [sys.executable, "-m", "eventwire", "ingest", f"{site.base}/page.html", "--db", db, "--workers", "1"]
    refused = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert refused.returncode != 0 and "[E113]" in refused.stderr and site.paths == []
    allowed = subprocess.run([*command, "--allow-private-urls"], capture_output=True, text=True, timeout=300,
                             check=False)
    assert allowed.returncode == 0, allowed.stderr
    assert "new 1" in allowed.stderr + allowed.stdout and site.paths == ["/page.html"]
