"""The command line, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
REPORT = ("Kyiv, 4 May 2024 - Russian missiles struck Odesa on Friday, killing four people, regional "
          "governor Oleh Kiper said on Telegram.\n")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True, text=True,
                          timeout=300, check=False)


def test_cli_extract_text_file_as_json(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    done = run("extract", str(path))
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    (event,) = payload["events"]
    assert (event["date"], event["locations"][0]["name"], event["fatalities"]) == ("2024-05-03", "Odesa", 4)
    assert event["claims"][0]["channel"] == "Telegram"


def test_cli_extract_stdin_with_published_option() -> None:
    done = run("extract", "-", "--published", "2024-05-04", "--format", "csv",
               stdin="Shelling killed two people in Kherson on Thursday, officials said.")
    assert done.returncode == 0, done.stderr
    assert "2024-05-02" in done.stdout.splitlines()[1]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"),
     ("Die Armee sagte, dass zwei Soldaten getötet wurden und viele verletzt.".encode(), "English")],
)
def test_cli_bad_single_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    done = run("extract", str(path))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]
    assert "Traceback" not in done.stderr


def test_cli_missing_file_and_bad_date() -> None:
    assert run("extract", "/nonexistent/report.txt").returncode == 2
    done = run("extract", "-", "--published", "yesterday", stdin=REPORT)
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr


def test_cli_batch_goes_on_after_a_bad_line(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "good-1", "text": REPORT}),
        "{broken",
        json.dumps({"id": "good-2", "text": REPORT, "published": "2024-05-04"}),
    ]) + "\n")
    done = run("extract", str(batch), "--format", "jsonl")
    assert done.returncode == 1
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert ids == ["good-1", "good-2"]
    assert "broken JSON" in done.stderr and "1 of 3" in done.stderr


def test_cli_invalid_utf8_warns_and_extracts(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(REPORT.encode() + "Caf\xe9 owners said the blast was loud.\n".encode("latin-1"))
    done = run("extract", str(path))
    assert done.returncode == 0
    assert "warning" in done.stderr and "invalid UTF-8" in done.stderr


def test_cli_example_and_help() -> None:
    done = run("extract", "--example", "--format", "text")
    assert done.returncode == 0 and "Kramatorsk" in done.stdout
    assert "--published" in run("extract", "--help").stdout


@pytest.mark.shared
def test_cli_eval_seed_is_perfect(shared_dir: Path) -> None:
    done = run("eval", str(shared_dir / "corpus" / "seed.gold.jsonl"), "--json")
    assert done.returncode == 0, done.stderr
    score = json.loads(done.stdout)
    assert score["events"]["f1"] == 1.0
    assert all(value == 1.0 for value in score["fields"].values())


@pytest.mark.shared
def test_cli_extract_gold_batch_keeps_ids(shared_dir: Path) -> None:
    done = run("extract", str(shared_dir / "corpus" / "seed.gold.jsonl"), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    payload = json.loads(line)
    assert payload["id"] == "seed-001" and len(payload["events"]) == 4


def test_cli_geocode_explains_the_choice() -> None:
    done = run("geocode", "Drones struck Kupiansk, Kharkiv region, overnight.")
    assert done.returncode == 0, done.stderr
    assert "Kupyansk" in done.stdout and "Kharkiv Oblast" in done.stdout
    assert "why:" in done.stdout and "the name after it contains it" in done.stdout


def test_cli_geocode_country_option_and_json() -> None:
    done = run("geocode", "Odessa", "--country", "US", "--json", "--limit", "2")
    assert done.returncode == 0, done.stderr
    (mention,) = json.loads(done.stdout)
    assert mention["chosen"]["country"] == "US"
    assert len(mention["candidates"]) == 2
    assert any("--country US" in reason for reason in mention["candidates"][0]["reasons"])


def test_cli_geocode_bad_country_and_no_place() -> None:
    assert run("geocode", "Odessa", "--country", "Ukraine").returncode == 2
    assert run("geocode", "nothing here at all").returncode == 1
