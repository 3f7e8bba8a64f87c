"""Whole-corpus ingestion: no duplicates on re-runs, and a killed run re-run ends where a clean run does."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.extract import ExtractOptions
from eventwire.pipeline import ingest_inputs
from eventwire.store import Store

pytestmark = [pytest.mark.shared, pytest.mark.slow]
DATA_TABLES = ("reports", "report_events", "locations", "claims", "events")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in DATA_TABLES}


def test_ingest_wikinews_twice_stores_each_report_once(shared_dir: Path, tmp_path: Path) -> None:
    corpus = str(shared_dir / "datasets" / "wikinews-2019-2020" / "reports.jsonl")
    with Store(tmp_path / "w.db") as store:
        first = ingest_inputs([corpus], store, ExtractOptions())
        counts = store.table_counts()
        second = ingest_inputs([corpus], store, ExtractOptions())
        assert store.table_counts() == counts
    assert first.read == second.read == 295
    assert first.new + len(first.failed) + first.skipped == 295
    assert second.new == 0 and second.skipped == first.new + first.skipped
    assert counts["reports"] == first.new


def test_ingest_killed_and_rerun_equals_an_uninterrupted_run(shared_dir: Path, tmp_path: Path) -> None:
    lines = (shared_dir / "datasets" / "wikinews-2019-2020" / "reports.jsonl").read_text().splitlines()[:150]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    command = [sys.executable, "-m", "eventwire", "ingest", str(batch), "--db"]
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    subprocess.run([*command, str(clean)], check=True, capture_output=True, timeout=600)

    process = subprocess.Popen([*command, str(killed)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        if killed.exists():
            try:
                with sqlite3.connect(killed, timeout=1) as connection:
                    stored = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
        if stored >= 40:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed half-way"
    assert 0 < stored < len(lines)

    subprocess.run([*command, str(killed)], check=True, capture_output=True, timeout=600)
    assert dump(killed) == dump(clean)
    with sqlite3.connect(killed) as connection:
        runs = connection.execute("SELECT count(*) FROM ingest_runs").fetchone()[0]
    assert runs == 2


def test_ingest_json_events_list_reports_and_claims(shared_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "seed.db"
    subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(shared_dir / "corpus" / "seed.gold.jsonl"),
                    "--db", str(db)], check=True, capture_output=True, timeout=300)
    done = subprocess.run([sys.executable, "-m", "eventwire", "events", "--db", str(db), "--format", "json",
                           "--country", "RU"], check=True, capture_output=True, text=True, timeout=300)
    events = json.loads(done.stdout)
    # The shelling hit the regional capital (the seed's gold names the city, "Belgorod").
    assert {e["location"] for e in events} == {"Belgorod", "Bryansk Oblast"}
    belgorod = next(e for e in events if e["location"] == "Belgorod")
    assert belgorod["reports"][0]["batch_id"] == "seed-001"
    assert any(c["source"] == "Vyacheslav Gladkov" and c["channel"] == "Telegram" for c in belgorod["claims"])
    assert belgorod["fatalities_best"] == 21
