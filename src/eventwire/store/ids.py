"""Stable event ids: an event keeps its id across ingestion, ``eventwire consolidate``, merges and splits.

Page links, exports and analysts' notes cite event ids, so an id is a promise (as ACLED keeps an
event's ``event_id_cnty`` while its coding is updated, and lists the events it merged away):

- an id is given once: new ids come from ``event_id_sequence``, never from SQLite's rowid, which
  hands the largest id out again once its row is deleted;
- ingesting a report adds its accounts to existing events or makes new ones; no id changes;
- a merge keeps the target's id; the id merged away becomes an alias (``event_aliases``) that
  answers with its survivor's id; a split keeps the event's id and gives the split-off part a new one;
- ``eventwire consolidate`` relinks from scratch, then gives each new event back the old id most of
  its report events had (:func:`reassign_ids`); an old id no new event takes back becomes an alias
  of the event holding most of its report events.

Invariant (checked by the foreign key at commit): every alias points to a live event, never to
another alias, and no live event's id is an alias.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Literal

from eventwire.errors import EventMergedError

AliasCause = Literal["merge", "consolidate"]


def new_event_id(db: sqlite3.Connection) -> int:
    """The next id of the sequence, never one given before (also not one merged away since)."""
    row = db.execute("UPDATE event_id_sequence SET last_id = last_id + 1 RETURNING last_id").fetchone()
    return int(row[0])


def create_event(db: sqlite3.Connection) -> int:
    """A new, empty event with the next id of the sequence."""
    event_id = new_event_id(db)
    db.execute("INSERT INTO events (id, report_count) VALUES (?, 0)", (event_id,))
    return event_id


def survivor_of(db: sqlite3.Connection, event_id: int) -> int | None:
    """The event a merged-away id now answers with, or None when the id is no alias."""
    row = db.execute("SELECT merged_into FROM event_aliases WHERE id = ?", (event_id,)).fetchone()
    return None if row is None else int(row[0])


def check_live(db: sqlite3.Connection, event_id: int) -> None:
    """EventMergedError naming the survivor when ``event_id`` was merged away."""
    survivor = survivor_of(db, event_id)
    if survivor is not None:
        raise EventMergedError(event_id, survivor)


def retire(db: sqlite3.Connection, event_id: int, survivor: int, cause: AliasCause,
           correction_id: int | None = None) -> None:
    """Make ``event_id`` an alias of ``survivor`` (its row must be deleted in the same transaction).

    Aliases that pointed to ``event_id`` now point to ``survivor``, so every alias resolves in one
    step (an id merged into an event later merged away answers with the last survivor).
    """
    db.execute("UPDATE event_aliases SET merged_into = ? WHERE merged_into = ?", (survivor, event_id))
    db.execute("INSERT INTO event_aliases (id, merged_into, cause, correction_id) VALUES (?, ?, ?, ?)",
               (event_id, survivor, cause, correction_id))


def reassign_ids(db: sqlite3.Connection, previous: dict[int, int]) -> dict[int, int]:
    """After relinking, give the new events (temporary ids) back the ids their report events had.

    ``previous`` maps each report event to the event id it had before relinking. Each old id goes
    to the new event holding most of its report events, pairs taken by overlap, largest first (ties:
    the older id, then the new event's earliest report event), so each new event takes back at most
    one old id and each old id is taken back at most once. A new event that takes back none gets the
    next id of the sequence. An old id taken back by no event is retired as an alias of the event
    holding most of its report events (ties: the one holding its earliest). Returns the mapping
    temporary id -> final id. Needs ``PRAGMA defer_foreign_keys``: rows are renumbered in place.
    """
    members: dict[int, list[int]] = {}
    for report_event_id, event_id in db.execute(
        "SELECT id, event_id FROM report_events WHERE event_id IS NOT NULL ORDER BY id"
    ):
        members.setdefault(int(event_id), []).append(int(report_event_id))
    now = {report_event_id: temporary for temporary, report_events in members.items()
           for report_event_id in report_events}
    before: dict[int, list[int]] = {}
    for report_event_id, old in sorted(previous.items()):
        before.setdefault(old, []).append(report_event_id)
    overlap: Counter[tuple[int, int]] = Counter(
        (now[report_event_id], old) for report_event_id, old in previous.items() if report_event_id in now)
    final: dict[int, int] = {}
    taken: set[int] = set()
    pairs = sorted(overlap.items(), key=lambda item: (-item[1], item[0][1], members[item[0][0]][0]))
    for (temporary, old), _count in pairs:
        if temporary not in final and old not in taken:
            final[temporary] = old
            taken.add(old)
    for temporary in sorted(members, key=lambda event: members[event][0]):
        if temporary not in final:
            final[temporary] = new_event_id(db)
    retired: list[tuple[int, int]] = []
    for old in sorted(set(before) - taken):
        holders = [final[now[report_event_id]] for report_event_id in before[old] if report_event_id in now]
        if not holders:
            continue  # its report events went with their reports: nothing is left to answer with
        counts = Counter(holders)
        # Most of its report events; ties: the event holding its earliest one (holders is in id order).
        retired.append((old, max(counts, key=lambda event: (counts[event], -holders.index(event)))))
    for temporary, event_id in final.items():
        if temporary != event_id:
            db.execute("UPDATE events SET id = ? WHERE id = ?", (event_id, temporary))
            db.execute("UPDATE report_events SET event_id = ? WHERE event_id = ?", (event_id, temporary))
    for old, survivor in retired:
        retire(db, old, survivor, "consolidate")
    return final
