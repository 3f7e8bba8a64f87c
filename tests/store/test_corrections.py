"""Corrections on a real SQLite file: applied over the machine output, kept by re-consolidation, exported."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import CorrectionError, NotFoundError
from eventwire.export.events import render_events
from eventwire.records import Location
from eventwire.store import Store
from eventwire.store.corrections import correct_field, mark_claim, merge_events, split_event
from eventwire.store.queries import get_event, list_events
from tests.factories import IZIUM, ODESA, strike_report


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.db") as opened:
        yield opened


def two_reports_one_event(store: Store) -> int:
    (first,) = strike_report(store, "a", "2024-02-10", "A missile strike on Kharkiv killed 4 people.", 4,
                             "Governor Oleh Synehubov")
    (second,) = strike_report(store, "b", "2024-02-11", "The toll of the Kharkiv strike rose to 9.", 9,
                              "Governor Oleh Synehubov")
    assert first == second
    return first


def test_field_correction_is_applied_attributed_and_survives_reconsolidation(store: Store) -> None:
    event_id = two_reports_one_event(store)
    assert get_event(store, event_id).fatalities_best == 9

    correction = correct_field(store, event_id, "fatalities_best", 12, "alice", "Hospital list names 12 dead")

    assert (correction.author, correction.reason, correction.previous, correction.value) == (
        "alice", "Hospital list names 12 dead", 9, 12)
    assert correction.created_at.endswith("+00:00")
    event = get_event(store, event_id)
    assert (event.fatalities_best, event.fatalities_low, event.fatalities_high) == (12, 9, 12)
    assert event.corrected == ["fatalities_best"]
    assert [c["reason"] for c in event.corrections] == ["Hospital list names 12 dead"]

    store.consolidate_all()
    (event,) = list_events(store)
    assert event.fatalities_best == 12 and event.corrected == ["fatalities_best"]
    assert event.corrections[0]["author"] == "alice"


def test_corrections_reach_every_export(store: Store) -> None:
    event_id = two_reports_one_event(store)
    correct_field(store, event_id, "fatalities_best", 12, "alice", "Hospital list")
    events = list_events(store)
    (acled,) = csv.DictReader(io.StringIO(str(render_events(events, "acled-csv"))))
    assert acled["fatalities"] == "12" and acled["corrected"] == "fatalities_best"
    (flat,) = csv.DictReader(io.StringIO(str(render_events(events, "csv"))))
    assert flat["fatalities_best"] == "12" and flat["corrected"] == "fatalities_best"
    assert '"fatalities_best": 12' in str(render_events(events, "geojson"))


def test_claim_marked_wrong_leaves_the_estimates_and_can_be_restored(store: Store) -> None:
    event_id = two_reports_one_event(store)
    wrong = next(c for c in get_event(store, event_id).claims if c["value"] == 9)

    mark_claim(store, wrong["id"], True, "bob", "Figure belongs to another strike")

    event = get_event(store, event_id)
    assert event.fatalities_best == 4 and [p["value"] for p in event.toll_history["killed"]] == [4]
    assert [c["wrong"] for c in event.claims] == [False, True]
    store.consolidate_all()
    assert list_events(store)[0].fatalities_best == 4

    mark_claim(store, wrong["id"], False, "bob", "Checked again: it is this strike")
    assert list_events(store)[0].fatalities_best == 9


def test_merge_joins_two_events_and_survives_reconsolidation(store: Store) -> None:
    (kharkiv,) = strike_report(store, "a", "2024-02-10", "A missile strike on Kharkiv killed 4 people.", 4, None)
    (izium,) = strike_report(store, "b", "2024-02-10", "A missile strike near Izium killed 6 people.", 6, None,
                             place=IZIUM)
    assert kharkiv != izium

    merge_events(store, kharkiv, izium, "carol", "Same strike; Izium was the launch area")

    (merged,) = list_events(store)
    assert merged.report_count == 2 and merged.location == "Kharkiv"
    assert [c["kind"] for c in merged.corrections] == ["merge"]
    store.consolidate_all()
    (merged,) = list_events(store)
    assert merged.report_count == 2


def test_split_separates_reports_and_survives_reconsolidation(store: Store) -> None:
    event_id = two_reports_one_event(store)
    report_b = get_event(store, event_id).reports[1].id

    correction, created = split_event(store, event_id, [report_b], "dan", "Second report is a later strike")

    assert correction.members and created != event_id
    assert sorted(event.report_count for event in list_events(store)) == [1, 1]
    assert get_event(store, created).fatalities_best == 9
    store.consolidate_all()
    assert sorted(event.fatalities_best or 0 for event in list_events(store)) == [4, 9]


def test_sub_event_type_correction_brings_its_event_type(store: Store) -> None:
    event_id = two_reports_one_event(store)
    correct_field(store, event_id, "sub_event_type", "Armed clash", "erin", "Ground fighting, not a strike")
    event = get_event(store, event_id)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert sorted(event.corrected) == ["event_type", "sub_event_type"]


def test_location_by_object_and_by_resolved_name(store: Store) -> None:
    event_id = two_reports_one_event(store)
    correct_field(store, event_id, "location", {"name": "Chuhuiv", "country": "ua", "lat": 49.83, "lon": 36.69},
                  "fay", "Strike hit Chuhuiv")
    event = get_event(store, event_id)
    assert (event.location, event.country, event.lat, event.geo_precision) == ("Chuhuiv", "UA", 49.83, 1)

    def resolve(name: str) -> Location | None:
        return ODESA if name == "Odesa" else None

    correct_field(store, event_id, "location", "Odesa", "fay", "Wrong city", resolve_place=resolve)
    assert get_event(store, event_id).geonameid == ODESA.geonameid
    with pytest.raises(CorrectionError, match="no place named"):
        correct_field(store, event_id, "location", "Atlantis", "fay", "?", resolve_place=resolve)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("notes", "x", "cannot be corrected"),
    ("fatalities_best", -1, "whole number"),
    ("fatalities_best", "12", "whole number"),
    ("date", "10 Feb", "YYYY-MM-DD"),
    ("event_type", "Massacre", "not an ACLED event type"),
    # an object where a type's name belongs (the API accepts objects for locations): refused, not a crash
    ("event_type", {"name": "Battles"}, "name of an ACLED type"),
    ("sub_event_type", [["Armed clash"]], "name of an ACLED type"),
    ("location", {"name": "X", "country": "UA", "lat": 91, "lon": 0}, "within"),
])
def test_invalid_corrections_are_refused_and_nothing_is_stored(store: Store, field: str, value: object,
                                                               message: str) -> None:
    event_id = two_reports_one_event(store)
    with pytest.raises(CorrectionError, match=message):
        correct_field(store, event_id, field, value, "gus", "reason")
    assert store.db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


def test_corrections_need_author_reason_and_existing_targets(store: Store) -> None:
    event_id = two_reports_one_event(store)
    with pytest.raises(CorrectionError, match="reason"):
        correct_field(store, event_id, "fatalities_best", 3, "gus", "  ")
    with pytest.raises(NotFoundError):
        correct_field(store, 999, "fatalities_best", 3, "gus", "why")
    with pytest.raises(NotFoundError):
        mark_claim(store, 999, True, "gus", "why")
    with pytest.raises(CorrectionError, match="itself"):
        merge_events(store, event_id, event_id, "gus", "why")
    with pytest.raises(CorrectionError, match="empty"):
        split_event(store, event_id, [r.id for r in get_event(store, event_id).reports], "gus", "why")
    assert store.db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
