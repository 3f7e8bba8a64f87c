"""Commands that take ids or counts give one error line and exit 2 for numbers no store can hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store
from tests.web.test_api import fill

HUGE = "99999999999999999999"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-ints") / "events.db"
    with Store(path) as store:
        fill(store)
    return str(path)


@pytest.mark.parametrize("arguments", [
    ["report", HUGE], ["report", "9223372036854775808"], ["report", "0"], ["report", "abc"],
    ["correct", "field", HUGE, "date", "2024-02-10", "--reason", "r"],
    ["correct", "field", "1", "fatalities_best", HUGE, "--reason", "r"],
    ["correct", "claim", HUGE, "--reason", "r"],
    ["correct", "merge", "1", HUGE, "--reason", "r"],
    ["correct", "merge", HUGE, "1", "--reason", "r"],
    ["correct", "split", "1", "2", HUGE, "--reason", "r"],
    ["events", "--min-fatalities", HUGE], ["events", "--min-fatalities", "1e23"],
    ["export", "--min-fatalities", "9223372036854775808"],
])
def test_integer_range_cli_one_line_and_exit_2(db: str, arguments: list[str]) -> None:
    done = CliRunner().invoke(main, [*arguments, "--db", db])
    assert done.exit_code == 2 and isinstance(done.exception, SystemExit)
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("eventwire: error: [E") and ("E111" in line or "E510" in line)
    assert "Traceback" not in done.output


def test_integer_range_cli_ids_in_range_still_work(db: str, tmp_path: Path) -> None:
    done = CliRunner().invoke(main, ["report", "1", "--db", db])
    assert done.exit_code == 0 and "Kharkiv" in done.stdout
    missing = CliRunner().invoke(main, ["report", "9223372036854775807", "--db", db])
    assert missing.exit_code == 2 and "E501" in missing.stderr
