"""Read commands never create or alter a store: a missing --db is an error naming it, a database that is
not eventwire's is refused and left byte for byte as it was, a read leaves the store's file unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import NotAStoreError, StoreMissingError, StoreOutdatedError
from eventwire.store import Store
from tests.web.test_api import fill

READS = [["events"], ["events", "--format", "json"], ["export"], ["report", "1"], ["serve"]]
WRITES = [["consolidate"], ["correct", "claim", "1", "--reason", "r"],
          ["correct", "field", "1", "date", "2024-02-10", "--reason", "r"]]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(arguments: list[str], db: Path) -> tuple[int, str]:
    done = CliRunner().invoke(main, [*arguments, "--db", str(db)])
    assert isinstance(done.exception, SystemExit | None), done.exception
    return done.exit_code, done.stderr


@pytest.fixture
def unrelated(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO users (name) VALUES ('ana')")
    connection.close()
    return path


@pytest.mark.parametrize("arguments", READS + WRITES)
def test_store_opening_missing_store_is_an_error_naming_it(tmp_path: Path, arguments: list[str]) -> None:
    missing = tmp_path / "mistyped.db"
    status, stderr = run(arguments, missing)
    assert status == 2
    (line,) = stderr.strip().splitlines()
    assert "[E502]" in line and str(missing) in line
    assert sorted(tmp_path.iterdir()) == []


@pytest.mark.parametrize("arguments", [*READS, *WRITES, ["ingest", "-"]])
def test_store_opening_unrelated_database_is_refused_and_left_as_it_was(unrelated: Path, arguments: list[str]
                                                                        ) -> None:
    before = digest(unrelated)
    status, stderr = run(arguments, unrelated)
    assert status == 2
    (line,) = stderr.strip().splitlines()
    assert "[E504]" in line and str(unrelated) in line and "users" in line
    assert digest(unrelated) == before
    assert sorted(p.name for p in unrelated.parent.iterdir()) == ["other.sqlite"]


@pytest.mark.parametrize("arguments", READS[:4])
def test_store_opening_reads_leave_the_store_file_unchanged(tmp_path: Path, arguments: list[str]) -> None:
    path = tmp_path / "events.db"
    with Store(path) as store:
        fill(store)
    before = digest(path)
    status, _ = run(arguments, path)
    assert status == 0
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.db"]


def test_store_opening_read_mode_refuses_writes_and_missing_migrations(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with Store(path) as store:
        fill(store)
    with Store(path, mode="read") as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM events")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM migrations WHERE version = 3")  # a store of an older eventwire
        connection.execute("DROP INDEX report_events_date")
        connection.execute("DROP INDEX reports_published")
    connection.close()
    before = digest(path)
    with Store(path, mode="read") as store, pytest.raises(StoreOutdatedError, match="eventwire consolidate"):
        store.table_counts()
    assert digest(path) == before
    with Store(path, mode="write") as store:  # a write command brings it up to date
        assert store.table_counts()["events"] == 3
    with Store(path, mode="read") as store:
        assert store.table_counts()["events"] == 3


def test_store_opening_modes_in_the_library(tmp_path: Path, unrelated: Path) -> None:
    with pytest.raises(StoreMissingError), Store(tmp_path / "none.db", mode="write") as store:
        store.table_counts()
    for mode in ("create", "write", "read"):
        with pytest.raises(NotAStoreError), Store(unrelated, mode=mode) as store:  # type: ignore[arg-type]
            store.table_counts()
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(NotAStoreError), Store(empty, mode="read") as store:
        store.table_counts()
    with Store(empty) as store:  # an empty file becomes a store when created
        assert store.table_counts()["reports"] == 0
    assert not (tmp_path / "none.db").exists()
