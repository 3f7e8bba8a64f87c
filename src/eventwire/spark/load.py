"""``eventwire import``: load the output of ``eventwire spark consolidate`` into a store.

Read with pyarrow alone (a core dependency): a desk serves a cluster's result on a laptop without
Spark. The reports and their events go in, in input order, each event to the event id the Spark
run gave it; then every event's summary is computed by the store's own ``update_summary``, the
code that computed it on the cluster, so the web page and exports show what the Parquet holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from eventwire.errors import ImportFormatError, StoreNotEmptyError
from eventwire.records import ExtractionResult, Report, event_from_dict
from eventwire.spark.rows import EXTRACT_COLUMNS
from eventwire.store import Store
from eventwire.store.db import update_summary


@dataclass(frozen=True, slots=True)
class ImportSummary:
    reports: int
    events: int

    def line(self) -> str:
        return f"imported {self.reports} reports and {self.events} events"


def _members(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of ``members``, streamed a batch at a time (a year of reports does not fit in memory),
    in input order: Spark wrote them sorted, part file after part file."""
    folder = path / "members"
    if not (path / "events").is_dir() or not folder.is_dir():  # checked now, before the store is opened
        raise ImportFormatError(f"{path}: not the output of 'eventwire spark consolidate' (no events/ and "
                                "members/ datasets)")
    return _stream(sorted(folder.glob("*.parquet")))


def _stream(files: list[Path]) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    last = (-1, -1)
    for file in files:
        parquet = pq.ParquetFile(file)
        missing = [name for name in EXTRACT_COLUMNS if name not in parquet.schema_arrow.names]
        if missing:
            raise ImportFormatError(f"{file}: its rows lack {', '.join(missing)}")
        for batch in parquet.iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                key = (row["report_index"], -1 if row["event_index"] is None else row["event_index"])
                if key <= last:
                    raise ImportFormatError(f"{file}: rows out of input order at report {row['report_id']}")
                last = key
                yield row


def _reports(rows: Iterator[dict[str, Any]]) -> Iterator[tuple[Report, ExtractionResult, list[int]]]:
    for _, group in groupby(rows, key=lambda row: row["report_index"]):
        members = list(group)
        first = members[0]
        published = date.fromisoformat(first["published"]) if first["published"] else None
        with_events = [row for row in members if row["event"] is not None]
        if any(row["event_id"] is None for row in with_events):
            raise ImportFormatError(f"report {first['report_id']}: an event without its event id")
        events = [event_from_dict(json.loads(row["event"])) for row in with_events]
        yield (Report(first["report_id"], first["text"], published, first["title"], first["url"], first["origin"]),
               ExtractionResult(first["report_id"], published, first["published_from"], events,
                                json.loads(first["warnings"]), first["schema_version"], bool(first["relevant"])),
               [int(row["event_id"]) for row in with_events])


def import_result(store: Store, result_path: str) -> ImportSummary:
    """Load a consolidated Spark result into ``store``, which must hold no report yet (the ids and
    the input order of the result would clash with stored reports); all of it or nothing."""
    rows = _members(Path(result_path))
    with store.transaction() as db:
        if db.execute("SELECT count(*) FROM reports").fetchone()[0]:
            raise StoreNotEmptyError(f"{store.path}: the store already holds reports; import into a new --db")
        reports, event_ids = 0, set()
        for report, result, ids in _reports(rows):
            store.add_consolidated(db, report, result, ids, relevant=result.relevant)
            reports += 1
            event_ids.update(ids)
        for event_id in sorted(event_ids):
            update_summary(db, event_id)
    return ImportSummary(reports, len(event_ids))
