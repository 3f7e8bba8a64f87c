"""``eventwire correct`` and ``eventwire serve`` start-up errors, as real processes on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.store import Store
from tests.factories import strike_report


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True, timeout=120,
                          check=False, env={**os.environ, **(env or {})})


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "events.db"
    with Store(path) as store:
        strike_report(store, "a", "2024-02-10", "A missile strike on Kharkiv killed 4 people.", 4, "Governor")
        strike_report(store, "b", "2024-02-11", "The toll of the Kharkiv strike rose to 9.", 9, "Governor",
                      day="2024-02-10")
    return str(path)


def test_correct_field_claim_then_consolidate_keeps_them(db: str) -> None:
    done = run("correct", "field", "1", "fatalities_best", "15", "--reason", "Hospital list", "--by", "zoe",
               "--db", db)
    assert done.returncode == 0, done.stderr
    assert "fatalities_best 9 -> 15" in done.stdout
    claim = run("correct", "claim", "1", "--reason", "Early count", "--by", "zoe", "--db", db)
    assert claim.returncode == 0 and "marked wrong" in claim.stdout
    assert run("consolidate", "--db", db).returncode == 0

    (event,) = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert event["fatalities_best"] == 15 and event["corrected"] == ["fatalities_best"]
    assert [(c["kind"], c["author"]) for c in event["corrections"]] == [("field", "zoe"), ("claim", "zoe")]
    assert [claim["wrong"] for claim in event["claims"]] == [True, False]
    assert "fatalities_best" in run("export", "--db", db).stdout


def test_correct_split_then_merge(db: str) -> None:
    split = run("correct", "split", "1", "2", "--reason", "Two strikes", "--db", db)
    assert split.returncode == 0 and "into event 2" in split.stdout
    assert len(json.loads(run("events", "--db", db, "--format", "json").stdout)) == 2
    merge = run("correct", "merge", "1", "2", "--reason", "One strike after all", "--db", db)
    assert merge.returncode == 0, merge.stderr
    assert len(json.loads(run("events", "--db", db, "--format", "json").stdout)) == 1


@pytest.mark.parametrize(("args", "message"), [
    (("field", "1", "fatalities_best", "many", "--reason", "r"), "whole number"),
    (("field", "7", "date", "2024-02-10", "--reason", "r"), "no event 7"),
    (("claim", "99", "--reason", "r"), "no claim 99"),
    (("merge", "1", "1", "--reason", "r"), "itself"),
])
def test_correct_errors_are_one_line_and_exit_2(db: str, args: tuple[str, ...], message: str) -> None:
    done = run("correct", *args, "--db", db)
    assert done.returncode == 2
    assert done.stderr.startswith("eventwire: error: [E5") and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_correct_needs_a_reason(db: str) -> None:
    done = run("correct", "field", "1", "date", "2024-02-10", "--db", db)
    assert done.returncode == 2 and "--reason" in done.stderr


def test_serve_refuses_a_malformed_token_and_a_bad_store(tmp_path: Path, db: str) -> None:
    short = run("serve", "--db", db, env={"EVENTWIRE_TOKEN": "alice:short"})
    assert short.returncode == 2 and "[E700]" in short.stderr
    bad_store = tmp_path / "not-a-store.db"
    bad_store.write_bytes(b"this is not sqlite" * 100)
    broken = run("serve", "--db", str(bad_store))
    assert broken.returncode == 2 and "[E500]" in broken.stderr
