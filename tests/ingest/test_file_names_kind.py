"""File names that are not UTF-8 (POSIX names are bytes) do not abort a run: the file is read by its
name and shown, stored and printed with its odd bytes as \\xNN escapes. Lone surrogates in a batch
line's id, title or url (JSON can escape them) are shown the same way."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.extract import ExtractOptions
from eventwire.ingest.text import readable_name
from eventwire.pipeline import ingest_inputs
from eventwire.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix" or sys.getfilesystemencoding() != "utf-8",
                                reason="file names as bytes are a POSIX matter")
QUIET = b"The council met on Monday to discuss the new school and the price of bread, officials said."


def write(folder: Path, name: bytes, content: bytes) -> bytes:
    path = os.fsencode(folder) + b"/" + name
    with open(path, "wb") as handle:
        handle.write(content)
    return path


def test_file_names_readable_name() -> None:
    assert readable_name(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert readable_name("café.txt") == "café.txt"
    assert readable_name("id-\ud800") == "id-\\ud800"


def test_file_names_not_utf8_are_ingested_and_shown_readably(tmp_path: Path) -> None:
    write(tmp_path, b"caf\xe9.txt", QUIET)
    write(tmp_path, b"\xff\xfe-notes.txt", QUIET.replace(b"bread", b"milk"))
    line = {"id": "line-\udce9", "title": "Title \ud800", "url": "https://x.example/\udcff", "text": QUIET.decode()
            .replace("bread", "rice")}
    write(tmp_path, b"batch-\x80.jsonl", json.dumps(line).encode() + b"\n")
    with Store(tmp_path / "s.db") as store:
        summary = ingest_inputs([str(tmp_path)], store, ExtractOptions(), workers=1)
        rows = store.db.execute("SELECT batch_id, origin, title, url FROM reports ORDER BY batch_id").fetchall()
    assert summary.new == 3 and not summary.failed
    assert [tuple(row) for row in rows] == [
        ("\\xff\\xfe-notes", f"{tmp_path}/\\xff\\xfe-notes.txt", None, None),
        ("caf\\xe9", f"{tmp_path}/caf\\xe9.txt", None, None),
        ("line-\\xe9", f"{tmp_path}/batch-\\x80.jsonl:1", "Title \\ud800", "https://x.example/\\xff")]


def test_file_names_not_utf8_on_the_command_line(tmp_path: Path) -> None:
    report = write(tmp_path, b"caf\xe9.txt", QUIET)
    missing = os.fsencode(tmp_path) + b"/gone-\xe9.txt"
    db = tmp_path / "s.db"
    command = [os.fsencode(sys.executable), b"-m", b"eventwire"]
    done = subprocess.run([*command, b"ingest", report, missing, b"--db", os.fsencode(db)], capture_output=True,
                          timeout=300, check=False)
    stderr = done.stderr.decode("utf-8")  # every line is valid UTF-8
    assert done.returncode == 1 and "Traceback" not in stderr
    assert f"{tmp_path}/gone-\\xe9.txt: no such file" in stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT batch_id FROM reports").fetchall() == [("caf\\xe9",)]
    connection.close()
    extracted = subprocess.run([*command, b"extract", report], capture_output=True, timeout=300, check=False)
    assert extracted.returncode == 0, extracted.stderr
    assert json.loads(extracted.stdout.decode("utf-8"))["id"] == "caf\\xe9"
