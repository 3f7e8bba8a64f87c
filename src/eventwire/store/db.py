"""The SQLite store: reports, their events, claims and places, and the consolidated events.

One report is written in one transaction together with the consolidation of its events, so
a killed process loses at most the report in flight and a re-run picks up where it stopped.
A report already stored (same normalised text) is skipped, so re-runs never duplicate.
The data tables hold no wall-clock times: the same input gives the same content.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from eventwire.consolidate import MemberEvent, summarize
from eventwire.consolidate.linking import (
    COUNTRY,
    FOLLOW_UP,
    FOLLOW_UP_MAX_DAYS,
    MAX_DAYS_APART,
    NAMED_MAX_DAYS,
    NEAR,
    UNDATED_LAG_DAYS,
    date_span,
    days_apart,
    landmarks,
    link_strength,
    linkable_types,
)
from eventwire.consolidate.naming import HEAD_CHARS, incident_name, name_core
from eventwire.consolidate.summary import Tally
from eventwire.errors import (
    NotAStoreError,
    OutOfRangeError,
    StoreError,
    StoreLockedError,
    StoreMissingError,
    StoreOutdatedError,
)
from eventwire.records import Claim, Event, Evidence, ExtractionResult, Location, Report, _jsonable
from eventwire.store.ids import create_event, reassign_ids
from eventwire.store.migrations import MIGRATIONS, migrate
from eventwire.store.overrides import apply_field_corrections, drop_if_empty, replay_structure
from eventwire.time.bounds import check_date

DEFAULT_DB = "eventwire.db"
# SQLite's INTEGER is 64-bit signed; a larger Python int makes sqlite3 raise OverflowError, so every
# number that reaches a query is checked against it first (``check_int``).
SQLITE_MAX_INT = 2**63 - 1
_SPACES = re.compile(r"\s+")


class _Connection(sqlite3.Connection):
    """A connection whose "database is locked" (another process kept the write lock past the busy
    timeout) is a StoreLockedError saying what to do, not a traceback."""

    store_path: Path = Path(DEFAULT_DB)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            locked = self._locked(error)
            if locked is None:
                raise
            raise locked from error

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.OperationalError as error:
            locked = self._locked(error)
            if locked is None:
                raise
            raise locked from error

    def _locked(self, error: sqlite3.OperationalError) -> StoreLockedError | None:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return None
        return StoreLockedError(f"{self.store_path}: the store is locked by another process (waited "
                                f"{BUSY_TIMEOUT:g} s); try again when the other eventwire command has finished")


def check_int(value: int, what: str, low: int = 0) -> int:
    """``value`` itself when a query can take it, else OutOfRangeError naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= SQLITE_MAX_INT:
        raise OutOfRangeError(f"{what} {value!r} is out of range: give a whole number from {low} to {SQLITE_MAX_INT}")
    return value


def content_hash(text: str) -> str:
    """The identity of a report's text: whitespace-insensitive SHA-256."""
    return hashlib.sha256(_SPACES.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AddedReport:
    report_id: int
    created: bool
    event_ids: tuple[int, ...]


StoreMode = Literal["create", "write", "read"]
# How long a command waits for another process's write lock before it gives up (StoreLockedError).
BUSY_TIMEOUT = 30.0
_EVENTWIRE_TABLES = frozenset({"migrations", "reports", "events"})


class Store:
    """A store file; opened on first use, closed with :meth:`close` or a ``with`` block.

    ``mode`` says what opening may do to the file: ``"create"`` (ingest) makes the store when the
    file is missing or an empty database, and applies pending migrations; ``"write"`` (corrections,
    consolidation, the API's writes) needs an existing store and may migrate it; ``"read"`` (events,
    export, report, serve) needs an existing, up-to-date store and never writes (read-only
    connection). In every mode a database without eventwire's tables is refused, never altered.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, mode: StoreMode = "create") -> None:
        self.path = Path(path)
        self.mode = mode
        self._connection: sqlite3.Connection | None = None
        # Members of recently joined events kept between reports of one ingest (``add``), so a new
        # report of an event with hundreds of reports neither reads them all again nor repeats the
        # work per member: see ``_MemberCache``.
        self._cache: _MemberCache | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = self._open()
        return self._connection

    def _open(self) -> sqlite3.Connection:
        if self.path.parent and not self.path.parent.exists():
            raise StoreError(f"{self.path}: the directory {self.path.parent} does not exist")
        if self.mode != "create" and not self.path.is_file():
            raise StoreMissingError(f"{self.path}: no store there; check --db (a store is created only by "
                                    "'eventwire ingest')")
        # mode=rw: the file must exist, SQLite never creates it. A read connection is not opened with
        # mode=ro, which would leave -wal and -shm files behind; "PRAGMA query_only" refuses its writes.
        target = self.path if self.mode == "create" else f"file:{quote(os.fsencode(self.path.absolute()))}?mode=rw"
        try:
            connection = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT,
                                         uri=self.mode != "create", factory=_Connection)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error})") from error
        connection.store_path = self.path
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            self._check_kind(connection)
            if self.mode == "read":
                connection.execute("PRAGMA query_only = ON")
            else:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
                migrate(connection)
        except BaseException as error:
            connection.close()
            if isinstance(error, sqlite3.DatabaseError):
                raise StoreError(f"{self.path}: not an eventwire store or unreadable ({error})") from error
            raise
        return connection

    def _check_kind(self, connection: sqlite3.Connection) -> None:
        """Refuse a database that is not eventwire's (before anything is written to it)."""
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and self.mode == "create":
            return  # a new file, or an empty database: it becomes a store
        if not _EVENTWIRE_TABLES.issubset(tables):
            found = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "") if tables else "no tables"
            raise NotAStoreError(f"{self.path}: not an eventwire store (an SQLite database with {found}); it was "
                                 "left as it is: check --db")
        if self.mode == "read":
            done = {int(row[0]) for row in connection.execute("SELECT version FROM migrations")}
            missing = [version for version, _, _ in MIGRATIONS if version not in done]
            if missing:
                raise StoreOutdatedError(
                    f"{self.path}: the store lacks schema migration(s) {', '.join(map(str, missing))} of this "
                    f"eventwire; read commands leave it as it is: upgrade it with 'eventwire consolidate --db "
                    f"{self.path}'")

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        # Any other write (a correction, a merge, a re-consolidation) may move members or reject
        # claims: the members ``add`` keeps are read again after it.
        self._cache = None
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- reports ---------------------------------------------------------------------------

    def find_report(self, text: str) -> int | None:
        row = self.db.execute("SELECT id FROM reports WHERE content_hash = ?", (content_hash(text),)).fetchone()
        return int(row["id"]) if row else None

    def add(self, report: Report, result: ExtractionResult, relevant: bool = True, *,
            report_id: int | None = None) -> AddedReport:
        """Store a report with its events and consolidate them, in one transaction.

        A date outside the accepted span is refused (InvalidDateError) before anything is written:
        consolidation counts days around every date, and the calendar ends at 9999-12-31.
        ``report_id``: the id to store the report under (default: the next one). A Spark block
        (``eventwire.spark.consolidate``) holds a few reports of a larger store and gives them that
        store's ids, since figures without a source are told apart by them ("(report 12)").
        """
        where = report.origin or report.id
        for day, what in [(report.published, "'published'"), (result.published, "the publication date"),
                          *((event.dated_from(), "an event's date") for event in result.events)]:
            if day is not None:
                check_date(day, where, what)
        digest = content_hash(report.text)
        cache = self._cache
        with self.transaction() as db:
            # Another process's commit changes data_version (this connection's own do not): then
            # what was kept may be stale, and is read again.
            version = int(db.execute("PRAGMA data_version").fetchone()[0])
            if cache is None or cache.version != version:
                cache = _MemberCache(version)
            existing = db.execute("SELECT id FROM reports WHERE content_hash = ?", (digest,)).fetchone()
            if existing:
                self._cache = cache  # nothing written: what is kept still holds
                return AddedReport(int(existing["id"]), False, ())
            cursor = db.execute(
                "INSERT INTO reports (id, content_hash, batch_id, url, title, published, published_from, origin, "
                "text, relevant, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (None if report_id is None else check_int(report_id, "report id", 1), digest, report.id, report.url,
                 report.title, _iso(result.published), result.published_from, report.origin, report.text,
                 int(relevant), result.schema_version),
            )
            report_id = int(cursor.lastrowid or 0)
            event_ids = []
            for position, event in enumerate(result.events):
                report_event_id = _insert_event(db, report_id, position, event)
                event_ids.append(self._link(db, report_event_id, cache))
        self._cache = cache  # only once committed: a rolled-back report's members must not stay
        return AddedReport(report_id, True, tuple(event_ids))

    def add_consolidated(self, db: sqlite3.Connection, report: Report, result: ExtractionResult,
                         event_ids: list[int], relevant: bool = True) -> int:
        """Write a report whose events were consolidated elsewhere (``eventwire import`` of a Spark
        run): its i-th event joins event ``event_ids[i]``, created empty when missing; the caller
        refreshes the events' summaries (:func:`update_summary`) once all their reports are in.
        Inside the caller's transaction ``db``, so a whole result loads or nothing does."""
        cursor = db.execute(
            "INSERT INTO reports (content_hash, batch_id, url, title, published, published_from, origin, text, "
            "relevant, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (content_hash(report.text), report.id, report.url, report.title, _iso(result.published),
             result.published_from, report.origin, report.text, int(relevant), result.schema_version),
        )
        report_id = int(cursor.lastrowid or 0)
        for position, (event, event_id) in enumerate(zip(result.events, event_ids, strict=True)):
            report_event_id = _insert_event(db, report_id, position, event)
            db.execute("INSERT OR IGNORE INTO events (id, report_count) VALUES (?, 0)",
                       (check_int(event_id, "event id"),))
            # Ids are never given twice (eventwire.store.ids): the sequence moves past every id loaded.
            db.execute("UPDATE event_id_sequence SET last_id = max(last_id, ?)", (event_id,))
            db.execute("UPDATE report_events SET event_id = ? WHERE id = ?", (event_id, report_event_id))
        return report_id

    # -- consolidation ---------------------------------------------------------------------

    def _link(self, db: sqlite3.Connection, report_event_id: int, cache: _MemberCache | None = None,
              create: Callable[[sqlite3.Connection], int] = create_event) -> int:
        """Join the report event to the stored event of its incident, or start one with ``create``.

        Among the events it can join with a place that agrees, the one with the closest date wins
        (then the larger one); else an event it follows up weeks later by landmark and town, or one
        it can join only on the country (one of them names no place below the country), is joined
        when it is the only such candidate.

        The rules compare the new member with every member of a candidate event; members that agree
        in every field the rules read are compared once (``_link_profile``), so the cost of a new
        report does not grow with the number of reports its event already has.
        """
        cache = cache or _MemberCache(None)
        member = _member(db, report_event_id)
        near: list[tuple[tuple[int, int], int]] = []
        by_country: list[int] = []
        follow_ups: list[int] = []
        for candidate_id in _candidate_events(db, member):
            members = cache.members(db, candidate_id)
            if member.report_id in members.report_ids:  # two events of one report never merge
                continue
            representatives = list(members.profiles.values())
            strength = link_strength(member, representatives)
            if strength == NEAR:
                apart = min(days for m in representatives if (days := days_apart(member, m)) is not None)
                near.append(((apart, -members.count), candidate_id))
            elif strength == COUNTRY:
                by_country.append(candidate_id)
            elif strength == FOLLOW_UP:
                follow_ups.append(candidate_id)
        if near:
            event_id = min(near)[1]
        elif len(follow_ups) == 1:
            event_id = follow_ups[0]
        elif len(by_country) == 1:
            event_id = by_country[0]
        else:
            event_id = create(db)
        db.execute("UPDATE report_events SET event_id = ? WHERE id = ?", (event_id, report_event_id))
        joined = cache.events.get(event_id)
        if joined is None:  # a new event (or one pushed out of the cache): read with its new member
            joined = cache.members(db, event_id)
        else:
            joined.add(member)
        update_summary(db, event_id, joined.tally)
        return event_id

    def consolidate_all(self) -> int:
        """Redo consolidation of every stored report event, in report order; the number of events.

        Event ids survive it (``eventwire.store.ids``): relinking works on temporary ids above every
        id the store can give out in this run, then each new event takes back the id most of its
        report events had, and an old id taken back by none becomes an alias of its survivor.
        """
        with self.transaction() as db:
            # Rows are renumbered in place and aliases point to events relinked later in this
            # transaction: the foreign keys are checked once, at commit.
            db.execute("PRAGMA defer_foreign_keys = ON")
            previous = {int(row[0]): int(row[1]) for row in db.execute(
                "SELECT id, event_id FROM report_events WHERE event_id IS NOT NULL")}
            rows = db.execute(
                "SELECT re.id FROM report_events re JOIN reports r ON r.id = re.report_id "
                "ORDER BY r.id, re.position"
            ).fetchall()
            # Temporary ids start above every final id: old ids are at most the sequence's last, new
            # ones at most one per report event above it.
            last = int(db.execute("SELECT last_id FROM event_id_sequence").fetchone()[0])
            temporary = count(last + len(rows) + 1)

            def create_temporary(connection: sqlite3.Connection) -> int:
                event_id = next(temporary)
                connection.execute("INSERT INTO events (id, report_count) VALUES (?, 0)", (event_id,))
                return event_id

            db.execute("UPDATE report_events SET event_id = NULL")
            db.execute("DELETE FROM events")
            cache = _MemberCache(None)  # valid for this transaction, which holds the write lock
            for row in rows:
                self._link(db, int(row["id"]), cache, create_temporary)
            for event_id in sorted(replay_structure(db, create_temporary)):
                if not drop_if_empty(db, event_id):
                    update_summary(db, event_id)
            reassign_ids(db, previous)
            return int(db.execute("SELECT count(*) FROM events").fetchone()[0])

    # -- runs --------------------------------------------------------------------------------

    def start_run(self) -> int:
        with self.transaction() as db:
            return int(db.execute("INSERT INTO ingest_runs (started_at) VALUES (?)", (_now(),)).lastrowid or 0)

    def finish_run(self, run_id: int, read: int, new: int, skipped: int, failed: list[tuple[str, str, str]]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE ingest_runs SET finished_at = ?, read = ?, new = ?, skipped = ?, failed = ? "
                       "WHERE id = ?", (_now(), read, new, skipped, len(failed), run_id))
            db.executemany("INSERT INTO failures (run_id, input, code, message) VALUES (?, ?, ?, ?)",
                           [(run_id, name, code, message) for name, code, message in failed])

    # -- reading -------------------------------------------------------------------------------

    def members(self, event_id: int) -> list[MemberEvent]:
        return _members(self.db, event_id)

    def table_counts(self) -> dict[str, int]:
        return {table: int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("reports", "report_events", "claims", "locations", "events")}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _insert_event(db: sqlite3.Connection, report_id: int, position: int, event: Event) -> int:
    payload = json.dumps(_jsonable(event), ensure_ascii=False, sort_keys=True)
    cursor = db.execute(
        "INSERT INTO report_events (report_id, position, date, date_precision, time_of_day, event_type, "
        "sub_event_type, actor1, actor2, fatalities, injured, source, source_role, verified, targets, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        # (The store keeps the first day with its precision: consolidation reads a week as its days.)
        (report_id, position, _iso(event.dated_from()), event.date_precision, event.time_of_day, event.event_type,
         event.sub_event_type, event.actor1, event.actor2, event.fatalities, event.injured, event.source,
         event.source_role, None if event.verified is None else int(event.verified), json.dumps(event.targets),
         payload),
    )
    report_event_id = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO locations (report_event_id, position, name, country, admin1, lat, lon, geonameid, precision, "
        "feature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(report_event_id, index, loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonameid, loc.precision,
          loc.feature) for index, loc in enumerate(event.locations)],
    )
    db.executemany(
        "INSERT INTO claims (report_event_id, position, kind, value, qualifier, low, high, vague, source, "
        "source_role, channel, via, hedges, verified, in_title, evidence_start, evidence_end, evidence_text, "
        "sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(report_event_id, index, c.kind, c.value, c.qualifier, c.low, c.high, c.vague, c.source, c.source_role,
          c.channel, c.via, json.dumps(c.hedges), None if c.verified is None else int(c.verified), int(c.in_title),
          c.evidence.start, c.evidence.end, c.evidence.text, c.evidence.sentence)
         for index, c in enumerate(event.claims)],
    )
    return report_event_id


def location_from_row(row: sqlite3.Row) -> Location:
    return Location(row["name"], row["country"], row["admin1"], row["lat"], row["lon"], row["geonameid"],
                    row["precision"], row["feature"], row["name"])


def claim_from_row(row: sqlite3.Row) -> Claim:
    evidence = Evidence(row["sentence"], row["evidence_start"], row["evidence_end"], row["evidence_text"])
    return Claim(kind=row["kind"], value=row["value"], qualifier=row["qualifier"], evidence=evidence, low=row["low"],
                 high=row["high"], vague=row["vague"], source=row["source"], source_role=row["source_role"],
                 channel=row["channel"], via=row["via"], hedges=json.loads(row["hedges"]),
                 verified=None if row["verified"] is None else bool(row["verified"]), in_title=bool(row["in_title"]))


def _member_from_row(db: sqlite3.Connection, row: sqlite3.Row) -> MemberEvent:
    locations = [location_from_row(r) for r in db.execute(
        "SELECT * FROM locations WHERE report_event_id = ? ORDER BY position", (row["id"],))]
    claims = [claim_from_row(r) for r in db.execute(
        "SELECT * FROM claims WHERE report_event_id = ? AND id NOT IN (SELECT claim_id FROM rejected_claims) "
        "ORDER BY position", (row["id"],))]
    return _member_with(row, locations, claims)


def _member_with(row: sqlite3.Row, locations: list[Location], claims: list[Claim]) -> MemberEvent:
    payload = json.loads(row["payload"])
    return MemberEvent(
        report_event_id=row["id"], report_id=row["report_id"], published=_date(row["published"]),
        date=_date(row["date"]), time_of_day=row["time_of_day"], event_type=row["event_type"],
        sub_event_type=row["sub_event_type"], actor1=row["actor1"], actor2=row["actor2"], locations=locations,
        targets=json.loads(row["targets"]), claims=claims, source=row["source"], date_precision=row["date_precision"],
        incident_name=incident_name(row["head"], row["title"]), triggers=payload["triggers"],
        retold=payload.get("retold", False),  # stored before schema 1.3: no follow-up
    )


_MEMBER_QUERY = (f"SELECT re.*, r.published, r.title, substr(r.text, 1, {HEAD_CHARS}) AS head FROM report_events re "
                 "JOIN reports r ON r.id = re.report_id ")


def _member(db: sqlite3.Connection, report_event_id: int) -> MemberEvent:
    row = db.execute(_MEMBER_QUERY + "WHERE re.id = ?", (report_event_id,)).fetchone()
    return _member_from_row(db, row)


def _members(db: sqlite3.Connection, event_id: int) -> list[MemberEvent]:
    """The event's members in report order, read with three queries whatever their number."""
    rows = db.execute(_MEMBER_QUERY + "WHERE re.event_id = ? ORDER BY r.id, re.position", (event_id,)).fetchall()
    if not rows:
        return []
    inside = "SELECT id FROM report_events WHERE event_id = ?"
    locations: dict[int, list[Location]] = {}
    for row in db.execute(f"SELECT * FROM locations WHERE report_event_id IN ({inside}) "
                          "ORDER BY report_event_id, position", (event_id,)):
        locations.setdefault(row["report_event_id"], []).append(location_from_row(row))
    claims: dict[int, list[Claim]] = {}
    for row in db.execute(f"SELECT * FROM claims WHERE report_event_id IN ({inside}) AND id NOT IN "
                          "(SELECT claim_id FROM rejected_claims) ORDER BY report_event_id, position", (event_id,)):
        claims.setdefault(row["report_event_id"], []).append(claim_from_row(row))
    return [_member_with(row, locations.get(row["id"], []), claims.get(row["id"], [])) for row in rows]


def _link_profile(member: MemberEvent) -> tuple[Any, ...]:
    """Every field of a member the linking rules (``consolidate.linking``) read, but its report."""
    return (member.published, member.date, member.date_precision, member.time_of_day, member.event_type,
            member.sub_event_type, tuple(member.targets), tuple(member.locations), member.incident_name,
            tuple(member.triggers), member.retold)


@dataclass(slots=True)
class _EventMembers:
    """One event's members as consolidation needs them: one per link profile, their reports, how
    many, and the tally of the summary."""

    profiles: dict[tuple[Any, ...], MemberEvent] = dataclasses.field(default_factory=dict)
    report_ids: set[int] = dataclasses.field(default_factory=set)
    count: int = 0
    tally: Tally = dataclasses.field(default_factory=Tally)

    def add(self, member: MemberEvent) -> None:
        self.profiles.setdefault(_link_profile(member), member)
        self.report_ids.add(member.report_id)
        self.count += 1
        self.tally.add(member)


class _MemberCache:
    """Members of the events recent reports joined, valid while no other write happened
    (``version``: the connection's data_version when they were read); at most ``MAX_EVENTS``."""

    MAX_EVENTS = 512  # a long ingest's memory stays flat: old events are read again if needed

    def __init__(self, version: int | None) -> None:
        self.version = version
        self.events: dict[int, _EventMembers] = {}

    def members(self, db: sqlite3.Connection, event_id: int) -> _EventMembers:
        found = self.events.pop(event_id, None)
        if found is None:
            found = _EventMembers()
            for member in _members(db, event_id):
                found.add(member)
        self.events[event_id] = found  # the most recently used last
        while len(self.events) > self.MAX_EVENTS:
            del self.events[next(iter(self.events))]
        return found


def _candidate_events(db: sqlite3.Connection, member: MemberEvent) -> list[int]:
    """Blocking: the events with a member of a type it can link to (``linkable_types``) in one of the member's countries
    whose days can be within a day of the member's (dated members by their date, a week back
    for week-dated ones; undated members by their report's publication date). Countries, not
    regions: towns within 25 km can lie on two sides of a region's border."""
    span = date_span(member)
    countries = sorted({loc.country for loc in member.locations if loc.country})
    if span is None or not countries:
        return []
    low = span[0] - timedelta(days=MAX_DAYS_APART)
    high = span[1] + timedelta(days=MAX_DAYS_APART)
    marks = ",".join("?" * len(countries))
    types = linkable_types(member.event_type)
    type_test = "re.event_type IS ?" if len(types) == 1 else f"re.event_type IN ({','.join('?' * len(types))})"
    # CROSS JOIN and the unary + keep SQLite on the date and publication indexes (reports first).
    where = (f"+re.event_id IS NOT NULL AND {type_test} AND EXISTS (SELECT 1 FROM locations l "
             f"WHERE l.report_event_id = re.id AND l.country IN ({marks}))")
    query = (f"SELECT re.event_id FROM report_events re WHERE re.date BETWEEN ? AND ? AND {where} "
             f"UNION SELECT re.event_id FROM reports r CROSS JOIN report_events re ON re.report_id = r.id "
             f"WHERE r.published BETWEEN ? AND ? AND +re.date IS NULL AND {where}")
    parameters: list[Any] = [(low - timedelta(days=6)).isoformat(), high.isoformat(), *types, *countries,
                             low.isoformat(), (high + timedelta(days=UNDATED_LAG_DAYS)).isoformat(),
                             *types, *countries]
    if member.incident_name:  # follow-ups giving the incident's common name, up to a month apart
        query += (f" UNION SELECT re.event_id FROM reports r CROSS JOIN report_events re ON re.report_id = r.id "
                  f"WHERE r.published BETWEEN ? AND ? AND instr(lower(substr(r.text, 1, {HEAD_CHARS})), ?) > 0 "
                  f"AND {where}")
        parameters += [(span[0] - timedelta(days=NAMED_MAX_DAYS + 7)).isoformat(),
                       (span[1] + timedelta(days=NAMED_MAX_DAYS + UNDATED_LAG_DAYS)).isoformat(),
                       name_core(member.incident_name), *types, *countries]
    for landmark in sorted(landmarks(member)):
        # Follow-ups naming the incident by what was hit ("the strike on the hospital in X"), weeks
        # after it or before it in a store that took them first (consolidate.linking._follows_up).
        target = f"%{json.dumps(landmark)}%"
        query += (f" UNION SELECT re.event_id FROM report_events re WHERE re.date BETWEEN ? AND ? "
                  f"AND re.targets LIKE ? AND {where} "
                  f"UNION SELECT re.event_id FROM reports r CROSS JOIN report_events re ON re.report_id = r.id "
                  f"WHERE r.published BETWEEN ? AND ? AND +re.date IS NULL AND re.targets LIKE ? AND {where}")
        reach = (span[0] - timedelta(days=FOLLOW_UP_MAX_DAYS + 7)).isoformat(), (
            span[1] + timedelta(days=FOLLOW_UP_MAX_DAYS + UNDATED_LAG_DAYS)).isoformat()
        parameters += [*reach, target, *types, *countries, *reach, target, *types, *countries]
    rows = db.execute(query + " ORDER BY 1", parameters).fetchall()
    return [int(row[0]) for row in rows]


def update_summary(db: sqlite3.Connection, event_id: int, tally: Tally | None = None) -> None:
    """The machine's summary of the event's members (their tally, read unless given), then the
    analysts' field corrections over it."""
    summary = summarize(_members(db, event_id)) if tally is None else tally.summary()
    loc = summary.location
    db.execute(
        "UPDATE events SET date = ?, date_precision = ?, event_type = ?, sub_event_type = ?, actor1 = ?, actor2 = ?, "
        "location = ?, country = ?, admin1 = ?, lat = ?, lon = ?, geonameid = ?, geo_precision = ?, "
        "fatalities_best = ?, fatalities_low = ?, fatalities_high = ?, injured_best = ?, injured_low = ?, "
        "injured_high = ?, disputed = ?, dispute = ?, first_published = ?, last_published = ?, report_count = ? "
        "WHERE id = ?",
        (_iso(summary.date), summary.date_precision, summary.event_type, summary.sub_event_type, summary.actor1,
         summary.actor2, loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
         loc.lat if loc else None, loc.lon if loc else None, loc.geonameid if loc else None,
         loc.precision if loc else None, summary.fatalities.best, summary.fatalities.low, summary.fatalities.high,
         summary.injured.best, summary.injured.low, summary.injured.high, int(summary.disputed),
         json.dumps(summary.dispute, sort_keys=True) if summary.dispute else None, _iso(summary.first_published),
         _iso(summary.last_published), summary.report_count, event_id),
    )
    apply_field_corrections(db, event_id)


def row_dict(row: sqlite3.Row) -> dict[str, Any]:
    return dict(zip(row.keys(), tuple(row), strict=True))
