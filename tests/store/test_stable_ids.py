"""Event ids are a guarantee: ingestion, re-ingestion, `eventwire consolidate`, merges and splits keep
them, and an id merged away answers with its survivor's (real SQLite files, reports written here)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import EventMergedError
from eventwire.store import Store
from eventwire.store.corrections import correct_field, mark_claim, merge_events, split_event
from eventwire.store.ids import create_event
from eventwire.store.queries import get_event, list_events
from tests.factories import IZIUM, ODESA, strike_report

KHARKIV_A = "A missile strike on Kharkiv killed 4 people."
KHARKIV_B = "The toll of the Kharkiv strike rose to 9."
IZIUM_TEXT = "A missile strike near Izium killed 6 people."
ODESA_TEXT = "A missile strike on Odesa killed 3 people."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.db") as opened:
        yield opened


def _ids(store: Store) -> dict[str, int]:
    """Each report's (batch id) event id."""
    rows = store.db.execute("SELECT r.batch_id, re.event_id FROM report_events re "
                            "JOIN reports r ON r.id = re.report_id ORDER BY r.id").fetchall()
    return {row[0]: row[1] for row in rows}


def _snapshot(store: Store) -> list[dict[str, object]]:
    """Every event as the API gives it, corrections and all (created_at included)."""
    return [event.to_dict() for event in list_events(store)]


def _ingest_all(store: Store) -> None:
    strike_report(store, "a", "2024-02-10", KHARKIV_A, 4, "Governor Oleh Synehubov")
    strike_report(store, "b", "2024-02-11", KHARKIV_B, 9, "Governor Oleh Synehubov")
    strike_report(store, "c", "2024-02-10", IZIUM_TEXT, 6, None, place=IZIUM)
    strike_report(store, "d", "2024-02-10", ODESA_TEXT, 3, None, place=ODESA)


def _report_id(store: Store, batch_id: str) -> int:
    return int(store.db.execute("SELECT id FROM reports WHERE batch_id = ?", (batch_id,)).fetchone()[0])


def test_stable_ids_consolidate_twice_keeps_every_id_after_a_split(store: Store) -> None:
    strike_report(store, "a", "2024-02-10", KHARKIV_A, 4, None)
    strike_report(store, "b", "2024-02-11", KHARKIV_B, 9, None)
    kharkiv = _ids(store)["a"]
    _, created = split_event(store, kharkiv, [_report_id(store, "b")], "dan", "A later strike")
    strike_report(store, "d", "2024-02-10", ODESA_TEXT, 3, None, place=ODESA)
    before = _ids(store)
    assert before == {"a": kharkiv, "b": created, "d": created + 1}
    # Relinking from scratch makes Odesa's event before the split is replayed: before ids were kept,
    # Odesa's event came back as the split's id and the split's as a new one.
    assert store.consolidate_all() == 3
    assert _ids(store) == before
    snapshot = _snapshot(store)
    store.consolidate_all()
    assert _ids(store) == before and _snapshot(store) == snapshot


def test_stable_ids_reingesting_the_same_batch_changes_nothing(store: Store) -> None:
    _ingest_all(store)
    before, snapshot, counts = _ids(store), _snapshot(store), store.table_counts()
    _ingest_all(store)  # every report is already stored (same text): skipped
    assert _ids(store) == before and _snapshot(store) == snapshot and store.table_counts() == counts


def test_stable_ids_a_new_report_joins_an_existing_event_under_its_id(store: Store) -> None:
    strike_report(store, "a", "2024-02-10", KHARKIV_A, 4, None)
    strike_report(store, "d", "2024-02-10", ODESA_TEXT, 3, None, place=ODESA)
    before = _ids(store)

    (joined,) = strike_report(store, "b", "2024-02-11", KHARKIV_B, 9, None)

    assert joined == before["a"] and _ids(store) == {**before, "b": before["a"]}
    assert get_event(store, joined).report_count == 2
    store.consolidate_all()
    assert _ids(store) == {**before, "b": before["a"]}


def test_stable_ids_merge_keeps_the_target_and_the_merged_id_answers_with_it(store: Store) -> None:
    _ingest_all(store)
    ids = _ids(store)
    kharkiv, izium, odesa = ids["a"], ids["c"], ids["d"]

    merge_events(store, kharkiv, izium, "carol", "Same strike")

    with pytest.raises(EventMergedError) as raised:
        get_event(store, izium)
    assert (raised.value.event_id, raised.value.survivor, raised.value.code) == (izium, kharkiv, "E506")
    assert f"merged into event {kharkiv}" in str(raised.value)
    # Corrections name the event the analyst means: an id merged away is refused with its survivor.
    with pytest.raises(EventMergedError):
        correct_field(store, izium, "fatalities_best", 7, "carol", "Hospital list")
    for _ in range(2):
        store.consolidate_all()
        assert _ids(store) == {"a": kharkiv, "b": kharkiv, "c": kharkiv, "d": odesa}
        with pytest.raises(EventMergedError):
            get_event(store, izium)


def test_stable_ids_a_merged_away_id_is_never_given_again(store: Store) -> None:
    strike_report(store, "a", "2024-02-10", KHARKIV_A, 4, None)
    strike_report(store, "c", "2024-02-10", IZIUM_TEXT, 6, None, place=IZIUM)
    kharkiv, izium = _ids(store)["a"], _ids(store)["c"]
    assert izium > kharkiv  # the largest id: SQLite's rowid would hand it out again once deleted
    merge_events(store, kharkiv, izium, "carol", "Same strike")

    (odesa,) = strike_report(store, "d", "2024-02-10", ODESA_TEXT, 3, None, place=ODESA)

    assert odesa == izium + 1
    store.consolidate_all()
    assert _ids(store)["d"] == odesa


def test_stable_ids_aliases_resolve_in_one_step_through_chained_merges(store: Store) -> None:
    _ingest_all(store)
    ids = _ids(store)
    merge_events(store, ids["c"], ids["a"], "carol", "Same strike")  # Kharkiv's id into Izium's
    merge_events(store, ids["d"], ids["c"], "carol", "Same wave of strikes")  # Izium's into Odesa's
    for merged_away in (ids["a"], ids["c"]):
        with pytest.raises(EventMergedError) as raised:
            get_event(store, merged_away)
        assert raised.value.survivor == ids["d"]
    rows = store.db.execute("SELECT id, merged_into, cause FROM event_aliases ORDER BY id").fetchall()
    assert [tuple(row) for row in rows] == [(ids["a"], ids["d"], "merge"), (ids["c"], ids["d"], "merge")]


def test_stable_ids_split_keeps_the_id_and_the_new_part_keeps_its_own(store: Store) -> None:
    _ingest_all(store)
    kharkiv = _ids(store)["a"]
    correction, created = split_event(store, kharkiv, [_report_id(store, "b")], "dan", "A later strike")
    assert correction.value == created and created > max(set(_ids(store).values()) - {created})
    after = _ids(store)
    assert after["a"] == kharkiv and after["b"] == created
    for _ in range(2):
        store.consolidate_all()
        assert _ids(store) == after


def test_stable_ids_consolidate_that_joins_two_events_keeps_the_older_id_and_aliases_the_other(
        store: Store) -> None:
    strike_report(store, "a", "2024-02-10", KHARKIV_A, 4, None)
    strike_report(store, "b", "2024-02-11", KHARKIV_B, 9, None)
    kharkiv = _ids(store)["a"]
    with store.transaction() as db:  # as an older eventwire's rules left them: two events
        apart = create_event(db)
        db.execute("UPDATE report_events SET event_id = ? WHERE report_id = ?", (apart, _report_id(store, "b")))

    store.consolidate_all()

    assert _ids(store) == {"a": kharkiv, "b": kharkiv}
    with pytest.raises(EventMergedError) as raised:
        get_event(store, apart)
    assert raised.value.survivor == kharkiv
    cause = store.db.execute("SELECT cause FROM event_aliases WHERE id = ?", (apart,)).fetchone()[0]
    assert cause == "consolidate"


def test_stable_ids_every_correction_survives_consolidate_and_reingest(store: Store) -> None:
    _ingest_all(store)
    ids = _ids(store)
    correct_field(store, ids["a"], "fatalities_best", 12, "alice", "Hospital list names 12 dead")
    wrong = next(c for c in get_event(store, ids["a"]).claims if c["value"] == 9)
    mark_claim(store, wrong["id"], True, "bob", "Figure of another strike")
    merge_events(store, ids["a"], ids["c"], "carol", "Same strike")
    _, created = split_event(store, ids["a"], [_report_id(store, "b")], "dan", "A later strike")
    correct_field(store, created, "actor1", "Russian Armed Forces", "erin", "Named by the ministry")
    before, snapshot = _ids(store), _snapshot(store)
    kharkiv = get_event(store, ids["a"])
    assert (kharkiv.fatalities_best, kharkiv.corrected, kharkiv.report_count) == (12, ["fatalities_best"], 2)
    assert get_event(store, created).actor1 == "Russian Armed Forces"

    for _ in range(2):
        store.consolidate_all()
        assert _ids(store) == before and _snapshot(store) == snapshot
    _ingest_all(store)
    assert _ids(store) == before and _snapshot(store) == snapshot


def test_stable_ids_migration_starts_the_sequence_after_the_largest_id(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        _ingest_all(store)
        largest = max(_ids(store).values())
    with sqlite3.connect(path) as connection:  # the store as eventwire wrote it before migration 4
        connection.executescript("DROP TABLE event_aliases; DROP TABLE event_id_sequence; "
                                 "DELETE FROM migrations WHERE version = 4;")
    connection.close()
    with Store(path, mode="write") as store:
        assert store.db.execute("SELECT last_id FROM event_id_sequence").fetchone()[0] == largest
        before = _ids(store)
        store.consolidate_all()
        assert _ids(store) == before
