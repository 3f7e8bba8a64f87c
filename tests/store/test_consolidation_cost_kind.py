"""Item 9 of issue 12: storing a report of an event costs the same whatever the number of reports
the event already has (it was 2 SQL statements and a Python pass per member, twice), and what is
kept between reports never hides another writer's change (invented incidents, no model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store import Store
from eventwire.store.corrections import mark_claim
from tests.factories import strike_report

TEXT = "Report {n}: a missile strike on Kharkiv killed {killed} people, officials said."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.db") as opened:
        yield opened


def _statements(store: Store, n: int, killed: int, source: str | None = "Oleh Syniehubov") -> int:
    count = 0

    def traced(_: str) -> None:
        nonlocal count
        count += 1

    store.db.set_trace_callback(traced)
    strike_report(store, f"r{n}", "2024-02-10", TEXT.format(n=n, killed=killed), killed, source)
    store.db.set_trace_callback(None)
    return count


def test_consolidation_statements_per_report_do_not_grow_with_the_event(store: Store) -> None:
    counts = [_statements(store, n, 4 + n % 5, "Oleh Syniehubov" if n % 2 else None) for n in range(80)]
    assert len({row[0] for row in store.db.execute("SELECT event_id FROM report_events")}) == 1
    assert counts[79] == counts[10], counts


def test_consolidation_sees_a_claim_another_connection_marked_wrong(store: Store, tmp_path: Path) -> None:
    for n, killed in enumerate((4, 5, 6)):
        strike_report(store, f"r{n}", "2024-02-10", TEXT.format(n=n, killed=killed), killed, "Oleh Syniehubov")
    latest = store.db.execute("SELECT max(id) FROM claims").fetchone()[0]
    with Store(tmp_path / "events.db") as other:  # the API's connection, say
        mark_claim(other, latest, True, "analyst", "misread figure")
    strike_report(store, "r3", "2024-02-10", TEXT.format(n=3, killed=9), 9, "the regional police")
    (row,) = store.db.execute("SELECT fatalities_low, fatalities_high, report_count FROM events").fetchall()
    # The rejected 6 counts nowhere: the governor's latest is 5 again, the police give 9.
    assert tuple(row) == (5, 9, 4)


def test_consolidation_sees_a_claim_marked_wrong_on_the_same_connection(store: Store) -> None:
    for n, killed in enumerate((4, 6)):
        strike_report(store, f"r{n}", "2024-02-10", TEXT.format(n=n, killed=killed), killed, "Oleh Syniehubov")
    latest = store.db.execute("SELECT max(id) FROM claims").fetchone()[0]
    mark_claim(store, latest, True, "analyst", "misread figure")
    strike_report(store, "r2", "2024-02-10", TEXT.format(n=2, killed=8), 8, "the regional police")
    (row,) = store.db.execute("SELECT fatalities_low, fatalities_high FROM events").fetchall()
    assert tuple(row) == (4, 8)
