"""A JSONL batch line's text_file stays inside the batch's folder: absolute paths, ../ and links out of
it are refused for that line (E112), before anything is read or looked for, and the rest of the batch
goes on; --allow-outside lets a batch of one's own reach further."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import OutsideBatchError
from eventwire.ingest import read_batch
from eventwire.store import Store

QUIET = "The council met on Monday to discuss the new school and the price of {}, officials said."


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text(QUIET.format("secrets"))
    (folder / "sub" / "inside.txt").write_text(QUIET.format("bread"))
    (folder / "plain.txt").write_text(QUIET.format("milk"))
    os.symlink(tmp_path / "secret.txt", folder / "link.txt")
    lines = [("abs", str(tmp_path / "secret.txt")), ("up", "../secret.txt"), ("updown", "sub/../../secret.txt"),
             ("link", "link.txt"), ("etc", "/etc/passwd"), ("nowhere", "/nonexistent/nothing.txt"),
             ("inside", "sub/inside.txt"), ("dot", "./sub/../plain.txt")]
    path = folder / "reports.jsonl"
    path.write_text("".join(json.dumps({"id": name, "text_file": file, "published": "2024-05-06"}) + "\n"
                            for name, file in lines))
    return path


def test_batch_confinement_escapes_are_refused_per_line(batch: Path) -> None:
    items = list(read_batch(str(batch)))
    refused = [item for item in items if item.error is not None]
    assert len(refused) == 6
    for item in refused:
        assert isinstance(item.error, OutsideBatchError) and item.error.code == "E112"
        assert "outside the batch's folder" in str(item.error) and "--allow-outside" in str(item.error)
    assert [item.report.id for item in items if item.report is not None] == ["inside", "dot"]


def test_batch_confinement_allow_outside_reads_them(batch: Path) -> None:
    items = list(read_batch(str(batch), allow_outside=True))
    read = {item.report.id: item.report.text for item in items if item.report is not None}
    assert "secrets" in read["up"] and "secrets" in read["link"] and "secrets" in read["abs"]
    nowhere = next(item for item in items if item.line == 6)
    assert nowhere.error is not None and nowhere.error.code == "E106"


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_batch_confinement_on_the_command_line(batch: Path, tmp_path: Path, command: str) -> None:
    db = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    done = CliRunner().invoke(main, [command, str(batch), *db, "--workers", "1"])
    assert done.exit_code == 1
    errors = [line for line in done.stderr.splitlines() if "[E112]" in line]
    assert len(errors) == 6 and "Traceback" not in done.output
    assert "secrets" not in done.stdout
    if command == "ingest":
        with Store(tmp_path / "s.db", mode="read") as store:
            assert store.table_counts()["reports"] == 2
    allowed = CliRunner().invoke(main, [command, str(batch), *db, "--workers", "1", "--allow-outside"])
    assert [line for line in allowed.stderr.splitlines() if "[E112]" in line] == []
