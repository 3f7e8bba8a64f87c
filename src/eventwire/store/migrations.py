"""Named, versioned migrations, applied in order and recorded in the database."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema", """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    batch_id TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    published_from TEXT NOT NULL,
    origin TEXT,
    text TEXT NOT NULL,
    relevant INTEGER NOT NULL DEFAULT 1,
    schema_version TEXT NOT NULL
);
CREATE INDEX reports_url ON reports (url);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    date TEXT,
    date_precision TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    location TEXT,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    geonameid INTEGER,
    geo_precision INTEGER,
    fatalities_best INTEGER,
    fatalities_low INTEGER,
    fatalities_high INTEGER,
    injured_best INTEGER,
    injured_low INTEGER,
    injured_high INTEGER,
    disputed INTEGER NOT NULL DEFAULT 0,
    dispute TEXT,
    first_published TEXT,
    last_published TEXT,
    report_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_country ON events (country);
CREATE TABLE report_events (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
    date TEXT,
    date_precision TEXT,
    time_of_day TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    fatalities INTEGER,
    injured INTEGER,
    source TEXT,
    source_role TEXT,
    verified INTEGER,
    targets TEXT NOT NULL,
    payload TEXT NOT NULL,
    UNIQUE (report_id, position)
);
CREATE INDEX report_events_event ON report_events (event_id);
CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    report_event_id INTEGER NOT NULL REFERENCES report_events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    geonameid INTEGER,
    precision INTEGER NOT NULL,
    feature TEXT NOT NULL
);
CREATE INDEX locations_report_event ON locations (report_event_id);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    report_event_id INTEGER NOT NULL REFERENCES report_events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value INTEGER,
    qualifier TEXT NOT NULL,
    low INTEGER,
    high INTEGER,
    vague TEXT,
    source TEXT,
    source_role TEXT,
    channel TEXT,
    via TEXT,
    hedges TEXT NOT NULL,
    verified INTEGER,
    in_title INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    sentence TEXT NOT NULL
);
CREATE INDEX claims_report_event ON claims (report_event_id);
CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    read INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES ingest_runs (id),
    input TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL
);
"""),
    (2, "analyst corrections", """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'claim', 'merge', 'split')),
    anchor INTEGER NOT NULL REFERENCES report_events (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL,
    field TEXT,
    value TEXT,
    previous TEXT,
    claim_id INTEGER REFERENCES claims (id) ON DELETE CASCADE,
    other_anchor INTEGER REFERENCES report_events (id) ON DELETE CASCADE,
    members TEXT,
    author TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_anchor ON corrections (anchor);
CREATE INDEX corrections_claim ON corrections (claim_id);
CREATE VIEW rejected_claims AS
    SELECT c.claim_id FROM corrections c
    WHERE c.kind = 'claim' AND c.value = 'true'
      AND c.id = (SELECT max(d.id) FROM corrections d WHERE d.kind = 'claim' AND d.claim_id = c.claim_id);
ALTER TABLE events ADD COLUMN corrected TEXT
"""),
    (3, "blocking indexes for consolidation", """
CREATE INDEX report_events_date ON report_events (date);
CREATE INDEX reports_published ON reports (published)
"""),
    # Event ids are a guarantee (docs/consolidation.md, "Event ids"): an id once given is never given
    # to another event, and an id merged away answers with its survivor's. SQLite's rowid reuses the
    # largest id once its row is deleted, so ids come from a sequence of their own.
    (4, "stable event ids: aliases of merged-away ids and an id sequence", """
CREATE TABLE event_aliases (
    id INTEGER PRIMARY KEY,
    merged_into INTEGER NOT NULL REFERENCES events (id),
    cause TEXT NOT NULL CHECK (cause IN ('merge', 'consolidate')),
    correction_id INTEGER REFERENCES corrections (id)
);
CREATE INDEX event_aliases_merged_into ON event_aliases (merged_into);
CREATE TABLE event_id_sequence (last_id INTEGER NOT NULL);
INSERT INTO event_id_sequence (last_id) SELECT coalesce(max(id), 0) FROM events
"""),
]


def migrate(connection: sqlite3.Connection) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction; the versions applied."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
    )
    done = {row[0] for row in connection.execute("SELECT version FROM migrations")}
    applied = []
    for version, name, script in MIGRATIONS:
        if version in done:
            continue
        with connection:
            for statement in filter(str.strip, script.split(";")):
                connection.execute(statement)
            connection.execute("INSERT INTO migrations (version, name) VALUES (?, ?)", (version, name))
        applied.append(version)
    return applied
