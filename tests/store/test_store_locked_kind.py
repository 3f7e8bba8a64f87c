"""A store another process keeps locked past the busy timeout is one error line and exit status 2
(a 503 in the API), whichever command or request meets it; never a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store
from tests.web.test_api import fill

REPORT = "The council met on Monday to discuss the new school and the price of bread, officials said."


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("eventwire.store.db.BUSY_TIMEOUT", 0.2)
    path = tmp_path / "events.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture
def held(store_path: Path) -> Iterator[sqlite3.Connection]:
    """Another process's write lock (a WAL store: readers still read)."""
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO ingest_runs (started_at) VALUES ('now')")
    yield other
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize("arguments", [["ingest", "{report}"], ["consolidate"],
                                       ["correct", "claim", "1", "--reason", "r"],
                                       ["correct", "merge", "1", "2", "--reason", "r"]])
def test_store_locked_writes_are_one_line_and_exit_2(store_path: Path, held: sqlite3.Connection, tmp_path: Path,
                                                     arguments: list[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text(REPORT)
    done = CliRunner().invoke(main, [*(a.format(report=report) for a in arguments), "--db", str(store_path),
                                     *(["--workers", "1"] if arguments[0] == "ingest" else [])])
    assert done.exit_code == 2 and isinstance(done.exception, SystemExit), done.exception
    (line,) = done.stderr.strip().splitlines()
    assert "[E503]" in line and "locked" in line and str(store_path) in line


def test_store_locked_reads_of_a_store_out_of_wal_mode(store_path: Path) -> None:
    """Outside WAL mode (changed by another tool) a writer's exclusive lock blocks readers too."""
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO ingest_runs (started_at) VALUES ('now')")
    try:
        for arguments in (["events"], ["report", "1"], ["export"]):
            done = CliRunner().invoke(main, [*arguments, "--db", str(store_path)])
            assert done.exit_code == 2 and isinstance(done.exception, SystemExit), done.exception
            (line,) = done.stderr.strip().splitlines()
            assert "[E503]" in line
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_store_locked_api_answers_503(store_path: Path, held: sqlite3.Connection) -> None:
    from fastapi.testclient import TestClient

    from eventwire.web import ServerSettings, create_app
    from eventwire.web.auth import Tokens
    from tests.web.server import SECRET, TOKEN

    app = create_app(ServerSettings(db=store_path, tokens=Tokens.parse(TOKEN)))
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        answer = client.post("/api/v1/claims/1/corrections", json={"wrong": True, "reason": "r"},
                             headers={"Authorization": f"Bearer {SECRET}"})
    assert answer.status_code == 503 and answer.headers["retry-after"]
    assert answer.json()["error"]["code"] == "E503"
