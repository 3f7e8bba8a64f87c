"""Analysts' corrections applied on top of the machine's consolidation.

Corrections are anchored to report events (one report's account of an incident), not to
consolidated event ids: an event id survives a re-run of consolidation (``eventwire.store.ids``),
but which event holds a report event is the machine's judgement, and the correction follows the
report event:

- a field correction applies to whichever event holds its anchor, after the machine summary
  is computed, so every re-summary and every re-run of consolidation keeps it;
- a claim marked wrong is left out of the toll history and the estimates (view ``rejected_claims``);
- merges and splits are replayed in the order they were made after the machine has linked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

FIGURE_FIELDS = ("fatalities_best", "fatalities_low", "fatalities_high", "injured_best", "injured_low",
                 "injured_high")
LOCATION_COLUMNS = ("location", "country", "admin1", "lat", "lon", "geonameid", "geo_precision")
CORRECTABLE_FIELDS = ("date", "event_type", "sub_event_type", "actor1", "actor2", "location", *FIGURE_FIELDS)


def member_ids(db: sqlite3.Connection, event_id: int) -> list[int]:
    rows = db.execute("SELECT id FROM report_events WHERE event_id = ? ORDER BY id", (event_id,)).fetchall()
    return [int(row[0]) for row in rows]


def event_of(db: sqlite3.Connection, report_event_id: int) -> int | None:
    row = db.execute("SELECT event_id FROM report_events WHERE id = ?", (report_event_id,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def field_columns(field: str, value: Any) -> dict[str, Any]:
    """The events columns one validated field correction sets."""
    if field == "location":
        place = value or {}
        return {"location": place.get("name"), "country": place.get("country"), "admin1": place.get("admin1"),
                "lat": place.get("lat"), "lon": place.get("lon"), "geonameid": place.get("geonameid"),
                "geo_precision": place.get("precision")}
    if field == "date":
        return {"date": value, "date_precision": "day" if value else None}
    return {field: value}


def apply_field_corrections(db: sqlite3.Connection, event_id: int) -> None:
    """Overwrite the machine summary of ``event_id`` with the corrections anchored to its members."""
    rows = db.execute(
        "SELECT field, value FROM corrections WHERE kind = 'field' AND anchor IN "
        "(SELECT id FROM report_events WHERE event_id = ?) ORDER BY id", (event_id,),
    ).fetchall()
    if not rows:
        db.execute("UPDATE events SET corrected = NULL WHERE id = ?", (event_id,))
        return
    columns: dict[str, Any] = {}
    fields: set[str] = set()
    for row in rows:
        columns.update(field_columns(row["field"], json.loads(row["value"])))
        fields.add(row["field"])
    current = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    for kind in ("fatalities", "injured"):
        # A corrected best figure outside the machine's range widens the range: low <= best <= high.
        best = columns.get(f"{kind}_best", current[f"{kind}_best"])
        if best is None:
            continue
        low = columns.get(f"{kind}_low", current[f"{kind}_low"])
        high = columns.get(f"{kind}_high", current[f"{kind}_high"])
        columns[f"{kind}_low"] = best if low is None else min(low, best)
        columns[f"{kind}_high"] = best if high is None else max(high, best)
    assignments = ", ".join(f"{column} = ?" for column in columns)
    db.execute(f"UPDATE events SET {assignments}, corrected = ? WHERE id = ?",
               (*columns.values(), json.dumps(sorted(fields)), event_id))


def move_members(db: sqlite3.Connection, report_event_ids: list[int], event_id: int) -> None:
    db.executemany("UPDATE report_events SET event_id = ? WHERE id = ?",
                   [(event_id, member) for member in report_event_ids])




def drop_if_empty(db: sqlite3.Connection, event_id: int) -> bool:
    cursor = db.execute("DELETE FROM events WHERE id = ? AND NOT EXISTS "
                        "(SELECT 1 FROM report_events WHERE event_id = ?)", (event_id, event_id))
    return cursor.rowcount > 0


def replay_structure(db: sqlite3.Connection, create: Callable[[sqlite3.Connection], int]) -> set[int]:
    """Redo every merge and split in the order they were made (a split's new event made by ``create``);
    the events whose members changed."""
    touched: set[int] = set()
    for row in db.execute("SELECT * FROM corrections WHERE kind IN ('merge', 'split') ORDER BY id").fetchall():
        if row["kind"] == "merge":
            target, source = event_of(db, row["anchor"]), event_of(db, row["other_anchor"])
            if target is None or source is None or target == source:
                continue
            move_members(db, member_ids(db, source), target)
            touched.update((target, source))
        else:
            split_off = [member for member in json.loads(row["members"]) if event_of(db, member) is not None]
            if not split_off:
                continue
            touched.update(event_of(db, member) for member in split_off)  # type: ignore[misc]
            created = create(db)
            move_members(db, split_off, created)
            touched.add(created)
    return touched
