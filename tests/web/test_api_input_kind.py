"""What the API takes in is checked as the command line checks it: NUL-laden text is binary (E102), a
UTF-16 text with a byte order mark is text; a body that is not UTF-8, nests too deeply or holds lone
surrogates is a 422; and no error shows where the server keeps its store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import BinaryInputError
from eventwire.ingest.sources import items_from_bytes
from eventwire.ingest.text import decode_report_bytes
from eventwire.store import Store
from eventwire.web import ServerSettings, create_app
from eventwire.web.auth import Tokens
from tests.web.server import SECRET, TOKEN
from tests.web.test_api import counts, fill

TEXT = "A car bomb killed 5 people in Mosul on Tuesday, police said."
JSON = {"Authorization": f"Bearer {SECRET}", "Content-Type": "application/json"}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "private" / "desk-store.db"
    path.parent.mkdir()
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServerSettings(db=store_path, tokens=Tokens.parse(TOKEN))),
                    raise_server_exceptions=False, base_url="http://127.0.0.1") as running:
        yield running


@pytest.mark.parametrize("body", [{"text": TEXT + "\x00" * 100}, {"text": "\x00" + TEXT},
                                  {"text": TEXT + "\x01\x02\x03\x04\x05\x06\x07\x08" * 10}])
def test_api_input_nul_text_is_binary_as_on_the_command_line(client: TestClient, store_path: Path,
                                                              body: dict[str, str]) -> None:
    before = counts(store_path)
    answer = client.post("/api/v1/reports", json=body, headers=JSON)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "E102"
    assert counts(store_path) == before


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-32", "utf-8-sig"])
def test_api_input_text_with_a_byte_order_mark_is_decoded(encoding: str) -> None:
    data = b"\xfe\xff" + TEXT.encode("utf-16-be") if encoding == "utf-16-be-bom" else TEXT.encode(encoding)
    assert decode_report_bytes(data, "r.txt") == (TEXT, [])
    (item,) = items_from_bytes(data, "https://x.example/r.txt", "text/plain", "https://x.example/r.txt")
    assert item.report is not None and item.report.text == TEXT  # what POST /reports {url} reads


def test_api_input_byte_order_mark_with_bad_content_and_no_mark() -> None:
    text, warnings = decode_report_bytes(TEXT.encode("utf-16") + b"\x00\xd8", "r.txt")  # a lone surrogate
    assert text.startswith(TEXT) and "U+FFFD" in warnings[0] and "UTF-16" in warnings[0]
    with pytest.raises(BinaryInputError):
        decode_report_bytes(TEXT.encode("utf-16-le"), "r.txt")  # no mark: zero bytes, binary


@pytest.mark.parametrize(("raw", "fragment"), [
    (b'{"wrong": true, "reason": "caf\xe9"}', "not UTF-8"),
    (b"[" * 5000 + b"]" * 5000, "deeper than 32"),
    (b'{"wrong": true, "reason": "r", "x": ' + b"[" * 40 + b"]" * 40 + b"}", "deeper than 32"),
    (b'{"wrong": true, "reason": ' + b'{"a": ' * 3000 + b"1" + b"}" * 3000 + b"}", "deeper than 32"),
    (b'{"wrong": true, "reason": "r\\ud800"}', "reason"),
    (b'{"wrong": true, "reason": "r", ', "not valid JSON"),
])
def test_api_input_unreadable_bodies_are_422(client: TestClient, store_path: Path, raw: bytes, fragment: str
                                             ) -> None:
    before = counts(store_path)
    answer = client.post("/api/v1/claims/1/corrections", content=raw, headers=JSON)
    assert answer.status_code == 422, answer.text
    assert fragment in answer.json()["error"]["message"]
    assert counts(store_path) == before


def test_api_input_lone_surrogates_inside_a_value_object(client: TestClient, store_path: Path) -> None:
    raw = (b'{"field": "location", "reason": "r", "value": {"name": "Kharkiv\\udcff", "country": "UA", '
           b'"lat": 50.0, "lon": 36.2}}')
    answer = client.post("/api/v1/events/1/corrections", content=raw, headers=JSON)
    assert answer.status_code == 422 and "lone surrogate" in answer.json()["error"]["message"]


def test_api_input_strings_within_the_depth_still_work(client: TestClient) -> None:
    reason = "brackets [[[[ {{{{ in a string do not nest: \\\" ]]"
    answer = client.post("/api/v1/claims/1/corrections", json={"wrong": True, "reason": reason}, headers=JSON)
    assert answer.status_code == 201 and answer.json()["correction"]["reason"] == reason


@pytest.mark.parametrize("path", ["/api/v1/events/999", "/api/v1/reports/999"])
def test_api_input_errors_never_show_the_store_path(client: TestClient, store_path: Path, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    message = answer.json()["error"]["message"]
    assert "private" not in message and "desk-store" not in message and "the store" in message
    claim = client.post("/api/v1/claims/999/corrections", json={"wrong": True, "reason": "r"}, headers=JSON)
    assert claim.status_code == 404 and "private" not in claim.text


def test_api_input_store_errors_never_show_the_store_path(client: TestClient, store_path: Path) -> None:
    store_path.rename(store_path.with_name("moved.db"))  # the store vanished under the server
    answer = client.get("/api/v1/events")
    assert answer.status_code == 500 and answer.json()["error"]["code"] == "E502"
    assert "private" not in answer.text and "desk-store" not in answer.text


def test_api_text_over_the_report_limit_is_413(client: TestClient, store_path: Path) -> None:
    import json

    from eventwire.ingest.text import MAX_BYTES

    before = counts(store_path)
    # Under the body's limit as UTF-8, over the report's: refused for its bytes, not its characters.
    body = json.dumps({"text": "é" * (MAX_BYTES // 2 + 1)}, ensure_ascii=False).encode("utf-8")
    answer = client.post("/api/v1/reports", content=body, headers=JSON)
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "E103"
    assert counts(store_path) == before
