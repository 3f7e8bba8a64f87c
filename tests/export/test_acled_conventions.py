"""ACLED's conventions in the ACLED export (docs/export.md): fatalities (vague, unknown, differing
sources, corrected), time_precision with ACLED's event_date, geo_precision; through the command line
on real SQLite files with reports written here."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.export.events import acled_date, acled_geo_precision, acled_time_precision
from eventwire.records import Claim, Event, Evidence, ExtractionResult, Location, Report
from eventwire.store import Store
from eventwire.store.corrections import correct_field, mark_claim
from eventwire.store.queries import list_events
from tests.factories import IZIUM, KHARKIV, ODESA

NEAR_KHARKIV = Location("Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, 706483, 2, "city", "near Kharkiv")
KHARKIV_OBLAST = Location("Kharkiv Oblast", "UA", "Kharkiv Oblast", 49.98, 36.25, None, 3, "region", "Kharkiv region")


def _claim(text: str, word: str, value: int | None, vague: str | None, source: str | None) -> Claim:
    start = text.index(word)
    return Claim(kind="killed", value=value, qualifier="about" if vague else "exact",
                 evidence=Evidence(text, start, start + len(word), word), vague=vague, source=source)


def _store(store: Store, name: str, text: str, *, claims: list[Claim] | None = None, day: str = "2024-03-04",
           precision: str = "day", place: Location = KHARKIV, published: str = "2024-03-10") -> None:
    claims = claims or []
    lead = next((claim.value for claim in claims if claim.value is not None), None)
    event = Event(date=date.fromisoformat(day), date_precision=precision, locations=[place],
                  event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                  actor1=None, actor2=None, fatalities=lead, injured=None, source=None, source_role=None,
                  verified=None, claims=claims)
    report = Report(name, text, date.fromisoformat(published))
    store.add(report, ExtractionResult(name, report.published, "batch", [event]))


def _export(db: Path) -> list[dict[str, str]]:
    done = subprocess.run([sys.executable, "-m", "eventwire", "export", "--db", str(db)], capture_output=True,
                          text=True, timeout=120, check=True)
    return list(csv.DictReader(io.StringIO(done.stdout)))


def _events_json(db: Path) -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, "-m", "eventwire", "events", "--db", str(db), "--format", "json"],
                          capture_output=True, text=True, timeout=120, check=True)
    return list(json.loads(done.stdout))


def test_acled_conventions_fatalities_through_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "acled.db"
    dozens = "Dozens of people died when a car bomb went off in Kharkiv."
    several = "Several people were killed in a blast in Izium."
    with Store(db) as store:
        _store(store, "dozens", dozens, claims=[_claim(dozens, "Dozens", None, "Dozens", "police")])
        _store(store, "several", several, claims=[_claim(several, "Several", None, "Several", None)],
               day="2024-03-05", place=IZIUM)
        _store(store, "unknown", "A bomb went off in Odesa on Wednesday.", day="2024-03-06", place=ODESA)
    rows = {row["event_date"]: row for row in _export(db)}
    # vague: ACLED's number in `fatalities`; eventwire's own estimate stays empty
    assert (rows["2024-03-04"]["fatalities"], rows["2024-03-04"]["best"]) == ("12", "")
    # a word ACLED gives no number, and no toll at all: ACLED's 0, never empty
    assert (rows["2024-03-05"]["fatalities"], rows["2024-03-05"]["best"]) == ("0", "")
    assert (rows["2024-03-06"]["fatalities"], rows["2024-03-06"]["best"]) == ("0", "")
    by_date = {event["date"]: event for event in _events_json(db)}
    vague_event = by_date["2024-03-04"]
    assert vague_event["fatalities_best"] is None and vague_event["fatalities_low"] is None
    assert [(c["vague"], c["value"]) for c in vague_event["claims"]] == [("Dozens", None)]  # type: ignore[index]


def test_acled_conventions_differing_sources_give_the_most_conservative(tmp_path: Path) -> None:
    db = tmp_path / "acled.db"
    first = "The governor said 14 people were killed in Kharkiv."
    second = "Police said 9 people were killed in the Kharkiv blast."
    with Store(db) as store:
        _store(store, "b", second, claims=[_claim(second, "9", 9, None, "police")], published="2024-03-05")
        _store(store, "a", first, claims=[_claim(first, "14", 14, None, "governor")], published="2024-03-05")
        (event,) = list_events(store)
    # eventwire's best is the leading source's (cited most recently on a tie), ACLED's the lowest
    assert (event.fatalities_best, event.fatalities_low, event.fatalities_high) == (14, 9, 14)
    (row,) = _export(db)
    assert row["fatalities"] == "9" and row["low"] == "9" and row["high"] == "14"


def test_acled_conventions_an_analysts_figure_is_written_and_wrong_claims_count_for_nothing(
        tmp_path: Path) -> None:
    db = tmp_path / "acled.db"
    first = "The governor said 14 people were killed in Kharkiv."
    second = "Police said 9 people were killed in the Kharkiv blast."
    dozens = "Dozens of people died when a car bomb went off in Odesa."
    with Store(db) as store:
        _store(store, "a", first, claims=[_claim(first, "14", 14, None, "governor")], published="2024-03-05")
        _store(store, "b", second, claims=[_claim(second, "9", 9, None, "police")], published="2024-03-05")
        _store(store, "c", dozens, claims=[_claim(dozens, "Dozens", None, "Dozens", None)], day="2024-03-01",
               place=ODESA)
        kharkiv, odesa = sorted(list_events(store), key=lambda event: event.date != "2024-03-04")
        correct_field(store, kharkiv.id, "fatalities_best", 16, "alice", "Hospital list")
        mark_claim(store, odesa.claims[0]["id"], True, "bob", "Figure of another blast")
    rows = {row["event_date"]: row for row in _export(db)}
    assert rows["2024-03-04"]["fatalities"] == "16"
    assert rows["2024-03-01"]["fatalities"] == "0"


@pytest.mark.parametrize(("day", "precision", "event_date", "code"), [
    ("2024-03-06", "day", "2024-03-06", "1"),
    ("2024-03-04", "week", "2024-03-07", "2"),  # stored as the week's Monday, coded at its middle
    ("2024-03-01", "month", "2024-03-15", "3"),  # stored as the month's first day, coded at its mid-point
    ("2024-01-01", "year", "2024-07-01", "3"),
])
def test_acled_conventions_time_precision_and_its_event_date(tmp_path: Path, day: str, precision: str,
                                                              event_date: str, code: str) -> None:
    db = tmp_path / "acled.db"
    with Store(db) as store:
        _store(store, "r", "A bomb went off in Kharkiv.", day=day, precision=precision)
    (row,) = _export(db)
    assert (row["event_date"], row["year"], row["time_precision"]) == (event_date, event_date[:4], code)


@pytest.mark.parametrize(("place", "code"), [(KHARKIV, "1"), (NEAR_KHARKIV, "2"), (KHARKIV_OBLAST, "3")])
def test_acled_conventions_geo_precision(tmp_path: Path, place: Location, code: str) -> None:
    db = tmp_path / "acled.db"
    with Store(db) as store:
        _store(store, "r", "A bomb went off in the Kharkiv area.", place=place)
    (row,) = _export(db)
    assert row["geo_precision"] == code


def test_acled_conventions_values_eventwire_never_writes_are_errors() -> None:
    assert acled_time_precision("day") == 1 and acled_geo_precision(None) is None
    assert acled_date(None, "week") is None
    with pytest.raises(StoreError):
        acled_time_precision("fortnight")
    with pytest.raises(StoreError):
        acled_geo_precision(4)
