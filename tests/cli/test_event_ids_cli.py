"""``eventwire event`` and the commands that take event ids, for an id merged away and across
``eventwire consolidate`` and re-ingestion (real processes on a real store)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.store import Store
from tests.factories import IZIUM, ODESA, strike_report


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "events.db"
    with Store(path) as store:
        strike_report(store, "a", "2024-02-10", "A missile strike on Kharkiv killed 4 people.", 4, None)
        strike_report(store, "c", "2024-02-10", "A missile strike near Izium killed 6 people.", 6, None, place=IZIUM)
        strike_report(store, "d", "2024-02-10", "A missile strike on Odesa killed 3 people.", 3, None, place=ODESA)
    return str(path)


def test_event_ids_cli_event_shows_one_event(db: str) -> None:
    shown = run("event", "3", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "Odesa" in shown.stdout and "report 3 (d)" in shown.stdout and shown.stderr == ""
    as_json = json.loads(run("event", "3", "--db", db, "--json").stdout)
    assert as_json["id"] == 3 and as_json["reports"][0]["batch_id"] == "d"


def test_event_ids_cli_merged_id_names_its_survivor_in_one_line(db: str) -> None:
    merged = run("correct", "merge", "1", "2", "--reason", "Same strike", "--db", db)
    assert merged.returncode == 0, merged.stderr
    assert run("consolidate", "--db", db).returncode == 0

    shown = run("event", "2", "--db", db, "--json")
    assert shown.returncode == 0
    assert shown.stderr == "eventwire: event 2 was merged into event 1\n"
    assert json.loads(shown.stdout)["id"] == 1

    refused = run("correct", "field", "2", "fatalities_best", "7", "--reason", "r", "--db", db)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == "eventwire: error: [E506] event 2 was merged into event 1; use event 1\n"


def test_event_ids_cli_unknown_id_is_one_error_line(db: str) -> None:
    missing = run("event", "9", "--db", db)
    assert missing.returncode == 2 and missing.stderr.startswith("eventwire: error: [E501] no event 9")


def test_event_ids_cli_consolidate_and_reingest_keep_ids_and_corrections(db: str, tmp_path: Path) -> None:
    assert run("correct", "split", "1", "1", "--reason", "r", "--db", db).returncode == 2  # its only report
    assert run("correct", "field", "3", "fatalities_best", "5", "--reason", "Hospital list", "--db", db).returncode == 0
    before = run("events", "--db", db, "--format", "json").stdout
    batch = tmp_path / "same.jsonl"
    batch.write_text(json.dumps({"id": "d", "text": "A missile strike on Odesa killed 3 people.",
                                 "published": "2024-02-10"}) + "\n")
    for command in (("consolidate",), ("consolidate",), ("ingest", str(batch), "--workers", "1")):
        done = run(*command, "--db", db)
        assert done.returncode == 0, done.stderr
        assert run("events", "--db", db, "--format", "json").stdout == before, command
