"""Analysts correct the machine: change a field, mark a claim wrong, merge two events, split one.

Every correction is stored with who made it, when and why, shown in the event's history,
applied over the machine output (see :mod:`eventwire.store.overrides`) and so reflected in
every listing and export. Corrections are never deleted; a later one supersedes an earlier one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from eventwire.errors import CorrectionError, NotFoundError
from eventwire.extract.typing import ACLED_TYPES, EVENT_TYPE_OF
from eventwire.records import Location
from eventwire.store.db import SQLITE_MAX_INT, Store, check_int, update_summary
from eventwire.store.ids import check_live, create_event, retire
from eventwire.store.overrides import (
    CORRECTABLE_FIELDS,
    FIGURE_FIELDS,
    LOCATION_COLUMNS,
    drop_if_empty,
    member_ids,
    move_members,
)
from eventwire.time.bounds import EARLIEST, LATEST, plausible

MAX_FIGURE = 10_000_000
MAX_TEXT = 200
MAX_REASON = 2000

PlaceResolver = Callable[[str], Location | None]


@dataclass(frozen=True, slots=True)
class Correction:
    """One stored correction; ``event_id`` is the event's id when it was made."""

    id: int
    kind: str
    event_id: int
    field: str | None
    value: Any
    previous: Any
    claim_id: int | None
    members: list[int] | None
    author: str
    reason: str
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def correction_from_row(row: sqlite3.Row) -> Correction:
    return Correction(
        id=row["id"], kind=row["kind"], event_id=row["event_id"], field=row["field"],
        value=json.loads(row["value"]) if row["value"] is not None else None,
        previous=json.loads(row["previous"]) if row["previous"] is not None else None,
        claim_id=row["claim_id"], members=json.loads(row["members"]) if row["members"] else None,
        author=row["author"], reason=row["reason"], created_at=row["created_at"],
    )


def corrections_for(store: Store, event_id: int) -> list[Correction]:
    """The history of corrections that touch the event's members or claims, oldest first."""
    check_int(event_id, "event id")
    rows = store.db.execute(
        "WITH members AS (SELECT id FROM report_events WHERE event_id = :event) "
        "SELECT c.* FROM corrections c WHERE c.anchor IN members OR c.other_anchor IN members "
        "OR c.claim_id IN (SELECT cl.id FROM claims cl WHERE cl.report_event_id IN members) "
        "OR (c.kind = 'split' AND EXISTS (SELECT 1 FROM json_each(c.members) j WHERE j.value IN members)) "
        "ORDER BY c.id", {"event": event_id},
    ).fetchall()
    return [correction_from_row(row) for row in rows]


def correct_field(store: Store, event_id: int, field: str, value: Any, author: str, reason: str,
                  resolve_place: PlaceResolver | None = None) -> Correction:
    """Set one field of an event; ``location`` takes a place object or a name resolved with ``resolve_place``."""
    if field not in CORRECTABLE_FIELDS:
        raise CorrectionError(f"field {field!r} cannot be corrected; correctable: {', '.join(CORRECTABLE_FIELDS)}")
    clean = _validate(field, value, resolve_place)
    with store.transaction() as db:
        members = _members_or_fail(db, event_id)
        row = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        previous = ({column: row[column] for column in LOCATION_COLUMNS} if field == "location" else row[field])
        correction_id = _insert(db, "field", members[0], event_id, author, reason, field=field, value=clean,
                                previous=previous)
        if field == "sub_event_type" and clean is not None and row["event_type"] != EVENT_TYPE_OF[clean]:
            _insert(db, "field", members[0], event_id, author, reason, field="event_type",
                    value=EVENT_TYPE_OF[clean], previous=row["event_type"])
        if field == "event_type" and row["sub_event_type"] is not None and (
            row["sub_event_type"] not in ACLED_TYPES[clean]
        ):
            _insert(db, "field", members[0], event_id, author, reason, field="sub_event_type", value=None,
                    previous=row["sub_event_type"])
        update_summary(db, event_id)
        return _get(db, correction_id)


def mark_claim(store: Store, claim_id: int, wrong: bool, author: str, reason: str) -> Correction:
    """Mark a claim wrong (left out of toll history and estimates) or, with ``wrong=False``, right again."""
    check_int(claim_id, "claim id")
    with store.transaction() as db:
        row = db.execute("SELECT re.id, re.event_id FROM claims c JOIN report_events re ON re.id = c.report_event_id "
                         "WHERE c.id = ?", (claim_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no claim {claim_id} in {store.path}")
        rejected = db.execute("SELECT 1 FROM rejected_claims WHERE claim_id = ?", (claim_id,)).fetchone()
        correction_id = _insert(db, "claim", row["id"], row["event_id"], author, reason, value=wrong,
                                previous=rejected is not None, claim_id=claim_id)
        if row["event_id"] is not None:
            update_summary(db, row["event_id"])
        return _get(db, correction_id)


def merge_events(store: Store, event_id: int, other_event_id: int, author: str, reason: str) -> Correction:
    """Move every report of ``other_event_id`` into ``event_id``; the other event disappears."""
    check_int(other_event_id, "other event id")
    if event_id == other_event_id:
        raise CorrectionError(f"cannot merge event {event_id} with itself")
    with store.transaction() as db:
        members = _members_or_fail(db, event_id)
        others = _members_or_fail(db, other_event_id)
        correction_id = _insert(db, "merge", members[0], event_id, author, reason, value=other_event_id,
                                other_anchor=others[0])
        move_members(db, others, event_id)
        # The id merged away answers with this event's from now on (API redirect, CLI message).
        retire(db, other_event_id, event_id, "merge", correction_id)
        drop_if_empty(db, other_event_id)
        update_summary(db, event_id)
        return _get(db, correction_id)


def split_event(store: Store, event_id: int, report_ids: list[int], author: str, reason: str
                ) -> tuple[Correction, int]:
    """Move the accounts of ``report_ids`` out of ``event_id`` into a new event; the correction and the new id."""
    for report_id in report_ids:
        check_int(report_id, "report id")
    with store.transaction() as db:
        members = _members_or_fail(db, event_id)
        marks = ",".join("?" * len(report_ids))
        split_off = [int(row[0]) for row in db.execute(
            f"SELECT id FROM report_events WHERE event_id = ? AND report_id IN ({marks}) ORDER BY id",
            (event_id, *report_ids))] if report_ids else []
        if not split_off:
            raise CorrectionError(f"none of reports {report_ids} is a report of event {event_id}")
        if len(split_off) == len(members):
            raise CorrectionError(f"splitting off every report of event {event_id} would leave it empty")
        staying = [member for member in members if member not in split_off]
        created = create_event(db)
        correction_id = _insert(db, "split", staying[0], event_id, author, reason, value=created,
                                members=split_off)
        move_members(db, split_off, created)
        update_summary(db, event_id)
        update_summary(db, created)
        return _get(db, correction_id), created


def _members_or_fail(db: sqlite3.Connection, event_id: int) -> list[int]:
    """The event's report events; EventMergedError for an id merged away (a correction is made on the
    event the analyst names, never silently on its survivor), NotFoundError for an unknown id."""
    members = member_ids(db, check_int(event_id, "event id"))
    if not members:
        check_live(db, event_id)
        raise NotFoundError(f"no event {event_id} in the store")
    return members


def _insert(db: sqlite3.Connection, kind: str, anchor: int, event_id: int, author: str, reason: str, *,
            field: str | None = None, value: Any = None, previous: Any = None, claim_id: int | None = None,
            other_anchor: int | None = None, members: list[int] | None = None) -> int:
    author, reason = _text("author", author, MAX_TEXT), _text("reason", reason, MAX_REASON)
    cursor = db.execute(
        "INSERT INTO corrections (kind, anchor, event_id, field, value, previous, claim_id, other_anchor, members, "
        "author, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, anchor, event_id, field, json.dumps(value), json.dumps(previous), claim_id, other_anchor,
         json.dumps(members) if members is not None else None, author, reason,
         datetime.now(UTC).isoformat(timespec="seconds")),
    )
    return int(cursor.lastrowid or 0)


def _get(db: sqlite3.Connection, correction_id: int) -> Correction:
    return correction_from_row(db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone())


def _text(name: str, value: object, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorrectionError(f"a correction needs a non-empty {name}")
    if len(value) > limit:
        raise CorrectionError(f"{name} is longer than {limit} characters")
    return value.strip()


def _validate(field: str, value: Any, resolve_place: PlaceResolver | None) -> Any:
    if value is None:
        if field in ("date", "location", "event_type"):
            raise CorrectionError(f"{field} cannot be emptied; give a value")
        return None
    if field in FIGURE_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FIGURE:
            raise CorrectionError(f"{field} must be a whole number from 0 to {MAX_FIGURE}, not {value!r}")
        return value
    if field == "date":
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        if day is None:
            return _bad_date(value)
        if not plausible(day):
            raise CorrectionError(f"date {day.isoformat()} is outside {EARLIEST.isoformat()} to "
                                  f"{LATEST.isoformat()}, the dates eventwire accepts")
        return day.isoformat()
    if field in ("event_type", "sub_event_type") and not isinstance(value, str):
        raise CorrectionError(f"{field} must be the name of an ACLED type, not {type(value).__name__}")
    if field == "event_type":
        if value not in ACLED_TYPES:
            raise CorrectionError(f"event_type {value!r} is not an ACLED event type: {', '.join(ACLED_TYPES)}")
        return value
    if field == "sub_event_type":
        if value not in EVENT_TYPE_OF:
            raise CorrectionError(f"sub_event_type {value!r} is not an ACLED sub-event type")
        return value
    if field in ("actor1", "actor2"):
        return _text(field, value, MAX_TEXT)
    return _place(value, resolve_place)


def _bad_date(value: object) -> str:
    raise CorrectionError(f"date must be YYYY-MM-DD, not {value!r}")


def _place(value: Any, resolve_place: PlaceResolver | None) -> dict[str, Any]:
    if isinstance(value, str):
        name = _text("location", value, MAX_TEXT)
        location = resolve_place(name) if resolve_place else None
        if location is None:
            raise CorrectionError(f"no place named {name!r} in the gazetteer; give name, country, lat and lon")
        return {"name": location.name, "country": location.country, "admin1": location.admin1,
                "lat": location.lat, "lon": location.lon, "geonameid": location.geonameid,
                "precision": location.precision}
    if not isinstance(value, dict):
        raise CorrectionError("location must be a place name or an object with name, country, lat and lon")
    name = _text("location name", value.get("name"), MAX_TEXT)
    country = value.get("country")
    if not isinstance(country, str) or len(country) != 2 or not country.isalpha():
        raise CorrectionError("location country must be an ISO 3166-1 alpha-2 code such as 'UA'")
    lat, lon = _coordinate(value.get("lat"), 90), _coordinate(value.get("lon"), 180)
    admin1 = value.get("admin1")
    geonameid = value.get("geonameid")
    precision = value.get("precision", 1)
    if admin1 is not None:
        admin1 = _text("location admin1", admin1, MAX_TEXT)
    if geonameid is not None and (isinstance(geonameid, bool) or not isinstance(geonameid, int)
                                  or not 0 <= geonameid <= SQLITE_MAX_INT):
        raise CorrectionError(f"location geonameid must be a whole number from 0 to {SQLITE_MAX_INT}")
    if precision not in (1, 2, 3):
        raise CorrectionError("location precision must be 1 (town), 2 (near / part of region) or 3 (region)")
    return {"name": name, "country": country.upper(), "admin1": admin1, "lat": lat, "lon": lon,
            "geonameid": geonameid, "precision": precision}


def _coordinate(value: object, bound: int) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound:
        raise CorrectionError("location lat must be within -90..90 and lon within -180..180")
    return float(value)
