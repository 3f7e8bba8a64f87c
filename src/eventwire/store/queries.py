"""Reading the store: consolidated events with their reports, claims and toll history."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.consolidate import toll_history
from eventwire.errors import InvalidFilterError, NotFoundError
from eventwire.records import SCHEMA_VERSION, _jsonable
from eventwire.store.corrections import corrections_for
from eventwire.store.db import Store, check_int, claim_from_row, location_from_row, row_dict
from eventwire.store.ids import check_live

KINDS = ("killed", "injured")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """The filters of ``eventwire events`` (all optional, combined with AND)."""

    since: date | None = None
    until: date | None = None
    country: str | None = None
    event_type: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    min_fatalities: int | None = None
    disputed: bool | None = None


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``MIN_LON,MIN_LAT,MAX_LON,MAX_LAT`` as four numbers."""
    try:
        parts = tuple(float(part) for part in text.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or not (-180 <= parts[0] <= parts[2] <= 180 and -90 <= parts[1] <= parts[3] <= 90):
        raise InvalidFilterError(f"bbox {text!r} must be MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees")
    return parts[0], parts[1], parts[2], parts[3]


@dataclass(slots=True)
class ReportRef:
    id: int
    batch_id: str | None
    url: str | None
    title: str | None
    published: str | None


@dataclass(slots=True)
class ConsolidatedEvent:
    """One incident as all stored reports tell it."""

    id: int
    date: str | None
    date_precision: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    location: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    geo_precision: int | None
    fatalities_best: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    injured_best: int | None
    injured_low: int | None
    injured_high: int | None
    disputed: bool
    dispute: dict[str, Any]
    first_published: str | None
    last_published: str | None
    report_count: int
    corrected: list[str] = field(default_factory=list)
    reports: list[ReportRef] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    toll_history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    corrections: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, **_jsonable(self)}


def list_events(store: Store, filters: EventFilter | None = None, detail: bool = True,
                limit: int | None = None, offset: int = 0) -> list[ConsolidatedEvent]:
    """Events matching ``filters``, by date then id; ``limit``/``offset`` page through them."""
    where, params = _where(filters or EventFilter())
    query = f"SELECT * FROM events WHERE {where} ORDER BY date IS NULL, date, id"
    if limit is not None:
        query += " LIMIT ? OFFSET ?"
        params.extend([check_int(limit, "limit", 1), check_int(offset, "offset")])
    rows = store.db.execute(query, params).fetchall()
    return [_event(store, row_dict(row), detail) for row in rows]


def count_events(store: Store, filters: EventFilter | None = None) -> int:
    where, params = _where(filters or EventFilter())
    return int(store.db.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0])


def _where(filters: EventFilter) -> tuple[str, list[object]]:
    where: list[str] = ["report_count > 0"]
    params: list[object] = []
    if filters.since:
        where.append("date >= ?")
        params.append(filters.since.isoformat())
    if filters.until:
        where.append("date <= ?")
        params.append(filters.until.isoformat())
    if filters.country:
        where.append("country = ?")
        params.append(filters.country.upper())
    if filters.event_type:
        where.append("(event_type = ? OR sub_event_type = ?)")
        params.extend([filters.event_type, filters.event_type])
    if filters.bbox:
        min_lon, min_lat, max_lon, max_lat = filters.bbox
        where.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params.extend([min_lon, max_lon, min_lat, max_lat])
    if filters.min_fatalities is not None:
        where.append("fatalities_best >= ?")
        params.append(check_int(filters.min_fatalities, "min_fatalities"))
    if filters.disputed is not None:
        where.append("disputed = ?")
        params.append(int(filters.disputed))
    return " AND ".join(where), params


def get_event(store: Store, event_id: int) -> ConsolidatedEvent:
    """The event with that id; EventMergedError (with ``survivor``) when the id was merged away."""
    row = store.db.execute("SELECT * FROM events WHERE id = ?", (check_int(event_id, "event id"),)).fetchone()
    if row is None:
        check_live(store.db, event_id)  # an id merged away: EventMergedError names its survivor
        raise NotFoundError(f"no event {event_id} in {store.path}")
    return _event(store, row_dict(row), True)


def _event(store: Store, row: dict[str, Any], detail: bool) -> ConsolidatedEvent:
    dispute = json.loads(row.pop("dispute")) if row.get("dispute") else {}
    corrected = json.loads(row.pop("corrected")) if row.get("corrected") else []
    event = ConsolidatedEvent(**{**row, "disputed": bool(row["disputed"]), "dispute": dispute,
                                 "corrected": corrected})
    if not detail:
        return event
    db = store.db
    event.reports = [ReportRef(r["id"], r["batch_id"], r["url"], r["title"], r["published"]) for r in db.execute(
        "SELECT DISTINCT r.id, r.batch_id, r.url, r.title, r.published FROM reports r "
        "JOIN report_events re ON re.report_id = r.id WHERE re.event_id = ? ORDER BY r.id", (event.id,))]
    for claim_row in db.execute(
        "SELECT c.*, re.report_id, r.published, c.id IN (SELECT claim_id FROM rejected_claims) AS wrong "
        "FROM claims c JOIN report_events re ON re.id = c.report_event_id "
        "JOIN reports r ON r.id = re.report_id WHERE re.event_id = ? ORDER BY r.id, re.position, c.position",
        (event.id,),
    ):
        claim = claim_from_row(claim_row)
        event.claims.append({"id": claim_row["id"], "report_id": claim_row["report_id"],
                             "published": claim_row["published"], "wrong": bool(claim_row["wrong"]),
                             **_jsonable(_claim_dict(claim))})
    seen = set()
    for loc_row in db.execute(
        "SELECT l.* FROM locations l JOIN report_events re ON re.id = l.report_event_id WHERE re.event_id = ? "
        "ORDER BY re.report_id, re.position, l.position", (event.id,),
    ):
        location = location_from_row(loc_row)
        if (location.name, location.country) not in seen:
            seen.add((location.name, location.country))
            event.locations.append({k: v for k, v in _jsonable(_location_dict(location)).items() if k != "mention"})
    members = store.members(event.id)
    event.toll_history = {kind: [_jsonable(_point_dict(p)) for p in toll_history(members, kind)] for kind in KINDS}
    event.corrections = [correction.to_dict() for correction in corrections_for(store, event.id)]
    return event


def _claim_dict(claim: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(claim)


def _location_dict(location: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(location)


def _point_dict(point: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(point)


@dataclass(slots=True)
class StoredReport:
    id: int
    batch_id: str | None
    url: str | None
    title: str | None
    published: str | None
    text: str
    events: list[dict[str, Any]]


def get_report(store: Store, report_id: int) -> StoredReport:
    row = store.db.execute("SELECT * FROM reports WHERE id = ?", (check_int(report_id, "report id"),)).fetchone()
    if row is None:
        raise NotFoundError(f"no report {report_id} in {store.path}")
    events = []
    for event_row in store.db.execute("SELECT * FROM report_events WHERE report_id = ? ORDER BY position",
                                      (report_id,)):
        payload = json.loads(event_row["payload"])
        payload["event_id"] = event_row["event_id"]
        events.append(payload)
    return StoredReport(row["id"], row["batch_id"], row["url"], row["title"], row["published"], row["text"], events)


def marked_text(report: StoredReport) -> str:
    """The report's text with every evidence span of a figure marked ``[[...]]{kind}``."""
    spans = sorted({(c["evidence"]["start"], c["evidence"]["end"], c["kind"]) for e in report.events
                    for c in e["claims"]
                    if report.text[c["evidence"]["start"] : c["evidence"]["end"]] == c["evidence"]["text"]})
    out, cursor = [], 0
    for start, end, kind in spans:
        if start < cursor or end > len(report.text):
            continue
        out.extend([report.text[cursor:start], "[[", report.text[start:end], "]]{", kind, "}"])
        cursor = end
    out.append(report.text[cursor:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    """Where a figure of a stored report stands in its text."""

    claim_id: int
    event_id: int | None
    kind: str
    start: int
    end: int
    text: str
    wrong: bool


def report_spans(store: Store, report_id: int) -> list[EvidenceSpan]:
    """The evidence spans of every figure of the report that still match its text, in text order."""
    text_row = store.db.execute("SELECT text FROM reports WHERE id = ?",
                                (check_int(report_id, "report id"),)).fetchone()
    if text_row is None:
        raise NotFoundError(f"no report {report_id} in {store.path}")
    text = text_row["text"]
    rows = store.db.execute(
        "SELECT c.id, c.kind, c.evidence_start, c.evidence_end, c.evidence_text, re.event_id, "
        "c.id IN (SELECT claim_id FROM rejected_claims) AS wrong FROM claims c "
        "JOIN report_events re ON re.id = c.report_event_id WHERE re.report_id = ? "
        "ORDER BY c.evidence_start, c.id", (report_id,),
    ).fetchall()
    return [EvidenceSpan(row["id"], row["event_id"], row["kind"], row["evidence_start"], row["evidence_end"],
                         row["evidence_text"], bool(row["wrong"]))
            for row in rows if text[row["evidence_start"] : row["evidence_end"]] == row["evidence_text"]]


def timeline(store: Store, filters: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events per day and event type: ``[{"date": ..., "counts": {type: n}}]`` in date order."""
    where, params = _where(filters or EventFilter())
    days: dict[str, dict[str, int]] = {}
    for row in store.db.execute(
        f"SELECT date, coalesce(event_type, 'Untyped') AS type, count(*) AS n FROM events "
        f"WHERE {where} AND date IS NOT NULL GROUP BY date, type ORDER BY date, type", params,
    ):
        days.setdefault(row["date"], {})[row["type"]] = row["n"]
    return [{"date": day, "counts": counts} for day, counts in days.items()]


def facets(store: Store) -> dict[str, Any]:
    """What the filters can take: countries with event counts, event types present, the date range."""
    countries = [{"code": row["country"], "events": row["n"]} for row in store.db.execute(
        "SELECT country, count(*) AS n FROM events WHERE report_count > 0 AND country IS NOT NULL "
        "GROUP BY country ORDER BY n DESC, country")]
    types = [{"event_type": row["event_type"], "events": row["n"]} for row in store.db.execute(
        "SELECT event_type, count(*) AS n FROM events WHERE report_count > 0 AND event_type IS NOT NULL "
        "GROUP BY event_type ORDER BY event_type")]
    first, last = store.db.execute("SELECT min(date), max(date) FROM events WHERE report_count > 0").fetchone()
    return {"countries": countries, "event_types": types, "first_date": first, "last_date": last}
