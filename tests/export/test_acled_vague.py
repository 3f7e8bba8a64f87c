"""ACLED's numbers for vague tolls in the ACLED export; eventwire's own figure stays null."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.export.events import acled_row
from eventwire.records import Claim, Event, Evidence, ExtractionResult, Report
from eventwire.store import Store
from eventwire.store.queries import list_events
from tests.factories import KHARKIV


def _store_vague(store: Store, name: str, text: str, vague: str | None, value: int | None = None) -> None:
    word = vague or str(value)
    start = text.index(word)
    claim = Claim(kind="killed", value=value, qualifier="about" if vague else "exact",
                  evidence=Evidence(text, start, start + len(word), word), vague=vague, source="police")
    event = Event(date=date(2024, 3, 2), date_precision="day", locations=[KHARKIV],
                  event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                  actor1=None, actor2=None, fatalities=value, injured=None, source="police", source_role=None,
                  verified=None, claims=[claim])
    report = Report(name, text, date(2024, 3, 3))
    store.add(report, ExtractionResult(name, report.published, "batch", [event]))


@pytest.mark.parametrize(("text", "vague", "acled"), [
    ("Dozens of people died when a car bomb went off.", "Dozens", 12),
    ("Tens of villagers were killed in the raid.", "Tens", 10),
    ("Hundreds were killed in the bombardment of the district.", "Hundreds", 100),
    ("Scores of fighters died in the assault.", "Scores", 20),
    ("Several people were killed in the blast.", "Several", 0),
])
def test_acled_vague_toll_gets_acled_number(tmp_path: Path, text: str, vague: str, acled: int) -> None:
    with Store(tmp_path / "v.db") as store:
        _store_vague(store, "r", text, vague)
        event = list_events(store)[0]
    assert event.fatalities_best is None
    assert acled_row(event)["fatalities"] == acled


def test_acled_a_figure_wins_over_a_vague_toll(tmp_path: Path) -> None:
    with Store(tmp_path / "v.db") as store:
        _store_vague(store, "a", "Dozens of people died when a car bomb went off in Kharkiv.", "Dozens")
        _store_vague(store, "b", "A car bomb in Kharkiv killed 31 people, police said.", None, 31)
        event = list_events(store)[0]
    assert event.report_count == 2
    assert acled_row(event)["fatalities"] == 31
