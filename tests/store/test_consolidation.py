"""Consolidation on a real SQLite file, with invented reports about invented incidents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.extract import ExtractOptions, extract_report
from eventwire.records import Report
from eventwire.store import Store
from eventwire.store.queries import EventFilter, list_events

pytestmark = pytest.mark.slow


def ingest(store: Store, report_id: str, published: str, text: str, url: str | None = None) -> tuple[int, ...]:
    report = Report(report_id, text, date.fromisoformat(published), None, url or f"https://news.example/{report_id}")
    return store.add(report, extract_report(report, ExtractOptions())).event_ids


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "events.db") as opened:
        yield opened


def test_consolidation_rising_toll_over_four_reports(store: Store) -> None:
    first = ingest(store, "a", "2024-02-10",
                   "A Russian missile strike on a residential building in Kharkiv on Saturday killed 4 people, "
                   "regional governor Taras Bondarenko said.")
    second = ingest(store, "b", "2024-02-10",
                    "At least 7 people were killed in the missile strike on Kharkiv on Saturday, according to "
                    "hospital officials.")
    third = ingest(store, "c", "2024-02-11",
                   "The death toll from Saturday's missile strike on Kharkiv has risen to 9, governor Taras "
                   "Bondarenko said.")
    fourth = ingest(store, "d", "2024-02-12",
                    "The toll from the missile attack on Kharkiv on Saturday rose to 11, governor Taras Bondarenko "
                    "said on Telegram.")
    assert len({*first, *second, *third, *fourth}) == 1
    (event,) = list_events(store)
    assert event.report_count == 4
    assert [point["value"] for point in event.toll_history["killed"]] == [4, 7, 9, 11]
    assert event.toll_history["killed"][-1]["source"] == "Taras Bondarenko"
    assert (event.fatalities_best, event.fatalities_low, event.fatalities_high) == (11, 7, 11)
    assert not event.disputed
    assert event.date == "2024-02-10" and event.location == "Kharkiv"
    assert [report.batch_id for report in event.reports] == ["a", "b", "c", "d"]


def test_consolidation_two_sides_dispute_figure_and_blame(store: Store) -> None:
    ingest(store, "e", "2024-03-05",
           "Ukrainian forces shelled a market in Donetsk on Monday, killing 12 civilians, the city's mayor "
           "Ivan Petrov said.")
    ingest(store, "f", "2024-03-05",
           "The shelling of a market in Donetsk on Monday was carried out by Russian artillery, and 3 people were "
           "killed, army spokesman Andriy Melnyk said.")
    (event,) = list_events(store)
    assert event.report_count == 2
    assert event.disputed
    assert event.dispute["fatalities"] == {"Ivan Petrov": 12, "Andriy Melnyk": 3}
    assert len(set(event.dispute["actor1"].values())) == 2
    assert (event.fatalities_low, event.fatalities_high) == (3, 12)


def test_consolidation_two_incidents_in_one_city_on_one_day_stay_apart(store: Store) -> None:
    ingest(store, "g", "2024-04-02",
           "A Russian drone struck a hospital in Sumy on Monday morning, injuring 5 people, officials said.")
    ingest(store, "h", "2024-04-02",
           "A Russian drone hit a market in Sumy on Monday evening, killing two people, officials said.")
    ingest(store, "i", "2024-04-03",
           "Five people were injured when a drone struck a hospital in Sumy on Monday morning, doctors said.")
    found = list_events(store)
    assert len(found) == 2
    by_injured = {event.injured_best: event for event in found}
    assert by_injured[5].report_count == 2
    assert by_injured[None].fatalities_best == 2


def test_consolidation_history_in_a_report_is_no_event(store: Store) -> None:
    ingest(store, "j", "2024-05-11",
           "Shelling killed one person in Kherson on Friday, officials said. The city was also hit in March 2023, "
           "when 20 people died in a missile attack.")
    (event,) = list_events(store)
    assert event.date == "2024-05-10" and event.fatalities_best == 1


def test_consolidation_redo_gives_the_same_events(store: Store) -> None:
    ingest(store, "a", "2024-02-10", "A missile strike on Kharkiv on Saturday killed 4 people, officials said.")
    ingest(store, "b", "2024-02-11", "Saturday's missile strike on Kharkiv killed 6 people, officials said.")
    before = [(e.id, e.report_count, e.fatalities_best) for e in list_events(store)]
    assert store.consolidate_all() == 1
    assert [(e.id, e.report_count, e.fatalities_best) for e in list_events(store)] == before


def test_consolidation_filters(store: Store) -> None:
    ingest(store, "g", "2024-04-02",
           "A Russian drone struck a hospital in Sumy on Monday morning, injuring 5 people, officials said.")
    ingest(store, "k", "2024-04-02", "A car bomb killed 6 people in Mosul on Monday, police said.")
    assert [e.country for e in list_events(store, EventFilter(country="IQ"))] == ["IQ"]
    assert [e.location for e in list_events(store, EventFilter(min_fatalities=5))] == ["Mosul"]
    assert [e.location for e in list_events(store, EventFilter(bbox=(30.0, 45.0, 40.0, 55.0)))] == ["Sumy"]
    assert list_events(store, EventFilter(since=date(2024, 4, 2))) == []
