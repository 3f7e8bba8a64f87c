"""Dates outside the span eventwire accepts (9999-12-31, 0001-01-01, year 0), wherever they come from:
a batch line, --published, a feed entry, a date written in the text, a report built by other code.
Each is refused for its own report with one line naming it; the rest of the batch is stored."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InvalidDateError
from eventwire.extract import ExtractOptions
from eventwire.ingest import read_batch
from eventwire.ingest.sources import iter_source_items
from eventwire.pipeline import ingest_inputs
from eventwire.records import Event, ExtractionResult, Report
from eventwire.store import Store
from eventwire.time import find_time_mentions
from eventwire.time.dateline import find_dateline
from eventwire.workers import Failed, extract_chunk
from tests.factories import KHARKIV

GOOD = "A roadside bomb killed 4 soldiers near Basra on Monday, police said."
QUIET = "The council met on Monday to discuss the new school and the price of bread, officials said."


def atom(*updated: str) -> bytes:
    entries = "".join(f"<entry><id>e{number}</id><title>Entry {number}</title><updated>{day}</updated>"
                      f"<summary>{QUIET}</summary></entry>" for number, day in enumerate(updated, start=1))
    return f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>{entries}</feed>".encode()


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1899-12-31", "2100-01-01"])
def test_date_range_batch_line_out_of_range_is_its_own_error(tmp_path: Path, published: str) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "bad", "text": QUIET, "published": published}) + "\n"
                     + json.dumps({"id": "good", "text": QUIET, "published": "2024-05-06"}) + "\n")
    bad, good = read_batch(str(batch))
    assert isinstance(bad.error, InvalidDateError) and bad.error.code == "E107"
    assert published in str(bad.error) and "id bad" in str(bad.error) and "\n" not in str(bad.error)
    assert good.report is not None and good.report.published == date(2024, 5, 6)


def test_date_range_feed_entries_out_of_range_are_their_own_errors(tmp_path: Path) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_bytes(atom("0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z",
                          "2024-05-06T08:00:00Z"))
    items = list(iter_source_items([str(feed)]))
    assert [item.name for item in items] == [f"{feed}#{number}" for number in (1, 2, 3, 4)]
    for item in items[:3]:
        assert isinstance(item.error, InvalidDateError) and item.name in str(item.error)
    assert "not a calendar day" in str(items[0].error) and "outside" in str(items[2].error)
    assert items[3].report is not None and items[3].report.published == date(2024, 5, 6)


@pytest.mark.parametrize("text", ["Shelling hit the town on 31 December 9999, officials said.",
                                  "Shelling hit the town in May 0000, officials said.",
                                  "Shelling hit the town on January 1, 0001, officials said.",
                                  "Shelling hit the town 99999999 days ago, officials said.",
                                  "Shelling hit the town 999999999999 days ago, officials said."])
def test_date_range_dates_in_the_text_outside_the_span_are_not_dates(text: str) -> None:
    for mention in find_time_mentions(text, date(2024, 5, 6)):
        assert mention.date is None or date(1900, 1, 1) <= mention.date <= date(2099, 12, 31)


@pytest.mark.parametrize("line", ["KYIV, 9999-12-31 (Reuters) - Shelling hit the town.",
                                  "KYIV, January 1, 0001 (Reuters) - Shelling hit the town."])
def test_date_range_dateline_outside_the_span_gives_no_day(line: str) -> None:
    found = find_dateline(line)
    assert found is None or found.date is None


def test_date_range_store_refuses_an_event_date_outside_the_span(tmp_path: Path) -> None:
    event = Event(date=date(9999, 12, 31), date_precision="day", locations=[KHARKIV], event_type="Battles",
                  sub_event_type="Armed clash", actor1=None, actor2=None, fatalities=None, injured=None, source=None,
                  source_role=None, verified=None, claims=[])
    report = Report("r", GOOD, date(2024, 5, 6), None, None, "r.txt")
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(InvalidDateError, match="9999-12-31"):
            store.add(report, ExtractionResult("r", date(2024, 5, 6), "batch", [event]))
        assert store.table_counts()["reports"] == 0


def test_date_range_extraction_refuses_a_report_built_with_a_bad_date_and_goes_on() -> None:
    reports = [Report("old", QUIET, date(1, 1, 1)), Report("fine", QUIET, date(2024, 5, 6))]
    bad, fine = extract_chunk(reports, ExtractOptions())
    assert isinstance(bad, Failed) and bad.error.code == "E107" and "0001-01-01" in str(bad.error)
    assert isinstance(fine, ExtractionResult) and fine.report_id == "fine"


@pytest.mark.slow
def test_date_range_ingest_stores_the_rest_of_the_batch(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    lines = [{"id": "future", "text": "A car bomb killed 5 people in Mosul on Tuesday, police said.",
              "published": "9999-12-31"},
             {"id": "ancient", "text": "A car bomb killed 3 people in Kirkuk on Monday, police said.",
              "published": "0001-01-01"},
             {"id": "typo", "text": "A roadside bomb killed 7 soldiers in Tikrit on 31 December 9999, police said.",
              "published": "2024-05-08"},
             {"id": "good", "text": GOOD, "published": "2024-05-08"}]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines))
    feed = tmp_path / "wire.xml"
    feed.write_bytes(atom("0000-01-01T00:00:00Z", "2024-05-06T08:00:00Z"))
    with Store(tmp_path / "s.db") as store:
        summary = ingest_inputs([str(batch), str(feed)], store, ExtractOptions(), workers=1)
        stored = {row[0] for row in store.db.execute("SELECT batch_id FROM reports")}
    assert [name for name, _, _ in summary.failed] == [f"{batch}:1", f"{batch}:2", f"{feed}#1"]
    assert {code for _, code, _ in summary.failed} == {"E107"}
    assert stored == {"typo", "good", "e2"} and summary.new == 3


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_date_range_published_option_is_refused_in_one_line(tmp_path: Path, published: str) -> None:
    report = tmp_path / "r.txt"
    report.write_text(QUIET)
    for command in (["extract", str(report)], ["ingest", str(report), "--db", str(tmp_path / "s.db")]):
        done = subprocess.run([sys.executable, "-m", "eventwire", *command, "--published", published],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert "[E107]" in line and "--published" in line and published in line
