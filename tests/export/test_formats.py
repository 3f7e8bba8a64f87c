import csv
import io
import json
from datetime import date

from eventwire.export import CSV_COLUMNS, render_results
from eventwire.records import SCHEMA_VERSION, Claim, Event, Evidence, ExtractionResult, Location


def result() -> ExtractionResult:
    place = Location("Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, 706483, 1, "city", "Kharkiv")
    claim = Claim("killed", 3, "at least", Evidence("At least 3 died.", 0, 10, "At least 3"), source="Mayor X")
    event = Event(date(2024, 1, 2), "day", [place], "Explosions/Remote violence", "Air/drone strike", "Russia",
                  None, 3, None, "Mayor X", None, None, claims=[claim])
    return ExtractionResult("r1", date(2024, 1, 3), "batch", [event])


def test_formats_json_carries_schema_version_and_gold_field_names() -> None:
    payload = json.loads(render_results([result()], "json"))
    assert payload["schema_version"] == SCHEMA_VERSION
    event = payload["events"][0]
    for name in ("date", "locations", "event_type", "sub_event_type", "actor1", "fatalities", "injured", "source",
                 "verified", "claims", "date_precision", "actor2"):
        assert name in event
    assert event["date"] == "2024-01-02"
    assert event["claims"][0]["evidence"]["text"] == "At least 3"


def test_formats_jsonl_one_line_per_report() -> None:
    lines = render_results([result(), result()], "jsonl").splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["id"] == "r1"


def test_formats_csv_one_row_per_event() -> None:
    rows = list(csv.reader(io.StringIO(render_results([result()], "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1][CSV_COLUMNS.index("location")] == "Kharkiv"
    assert rows[1][CSV_COLUMNS.index("fatalities")] == "3"


def test_formats_text_is_readable() -> None:
    text = render_results([result()], "text")
    assert "Kharkiv" in text and "killed 3" in text and "Mayor X" in text
