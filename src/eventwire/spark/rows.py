"""The rows of eventwire's Spark datasets, as plain Python (no pyspark here, so the row logic is
tested and reused without a JVM, and ``eventwire import`` reads the datasets with pyarrow alone).

An extraction dataset (``eventwire spark extract``) has one row per report event with the columns
of ``eventwire export --format parquet`` (``FLAT_COLUMNS``), the fields a consolidated event of
that report event alone would have, then the report's id, its place in the input and its error,
and what consolidation and ``eventwire import`` need of the report (its text, date, title and the
event as the store keeps it). A report with no event has one row with no event fields; a report
that could not be read or extracted has one error row.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from eventwire.consolidate import MemberEvent, summarize
from eventwire.consolidate.naming import HEAD_CHARS, incident_name
from eventwire.errors import EventwireError
from eventwire.export.events import FLAT_COLUMNS
from eventwire.records import SCHEMA_VERSION, Event, ExtractionResult, Location, Report, _jsonable
from eventwire.store import content_hash

# Column types, named as Spark's simple types (``pyspark.sql.types._parse_datatype_string``) and
# mapped to pyarrow's in ``eventwire.spark.load``: int64 for counts and ids, as the export's Parquet.
_LONG_COLUMNS = frozenset({"event_id", "geonameid", "geo_precision", "report_count", "fatalities_best",
                           "fatalities_low", "fatalities_high", "injured_best", "injured_low", "injured_high"})
FLAT_TYPES: tuple[tuple[str, str], ...] = tuple(
    (name, "bigint" if name in _LONG_COLUMNS else "double" if name in ("latitude", "longitude")
     else "boolean" if name == "disputed" else "string")
    for name in FLAT_COLUMNS
)
REPORT_TYPES: tuple[tuple[str, str], ...] = (
    ("report_id", "string"),        # the batch line's id
    ("report_index", "bigint"),     # the report's place in the input: files by name, then lines or rows
    ("event_index", "bigint"),      # the event's place in the report (as in `eventwire extract`); null: none
    ("error_code", "string"),       # E1xx/E6xx when the report could not be read or extracted
    ("error_message", "string"),
    ("published", "string"),        # the report's date as extraction resolved it
    ("published_from", "string"),
    ("relevant", "boolean"),
    ("warnings", "string"),         # JSON list
    ("title", "string"),
    ("url", "string"),
    ("origin", "string"),           # "file.jsonl:7": where the report was read
    ("content_hash", "string"),     # the store's identity of a text: duplicates are stored once
    ("text", "string"),
    ("event", "string"),            # the event as JSON, as the store's report_events.payload
)
EXTRACT_TYPES = FLAT_TYPES + REPORT_TYPES
EXTRACT_COLUMNS = tuple(name for name, _ in EXTRACT_TYPES)


def spark_schema(types: tuple[tuple[str, str], ...]) -> str:
    """A DDL schema string for ``spark.createDataFrame``."""
    return ", ".join(f"`{name}` {kind}" for name, kind in types)


def member_event(event: Event, report_key: int, position: int, published: date | None, text: str,
                 title: str | None) -> MemberEvent:
    """A report event as consolidation sees it, as ``Store`` builds it from its rows (a location's
    mention is its name there; claims come without breakdowns, which consolidation does not read)."""
    return MemberEvent(
        report_event_id=position, report_id=report_key, published=published, date=event.dated_from(),
        time_of_day=event.time_of_day, event_type=event.event_type, sub_event_type=event.sub_event_type,
        actor1=event.actor1, actor2=event.actor2,
        locations=[dataclasses.replace(loc, mention=loc.name) for loc in event.locations],
        targets=list(event.targets), claims=[dataclasses.replace(claim, breakdowns=[]) for claim in event.claims],
        source=event.source, date_precision=event.date_precision,
        incident_name=incident_name(text[:HEAD_CHARS], title), triggers=list(event.triggers),
        retold=event.retold,
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def event_fields(member: MemberEvent) -> dict[str, Any]:
    """The export's flat columns for one report event: the summary of an event it alone supports."""
    summary = summarize([member])
    loc: Location | None = summary.location
    return {
        "schema_version": SCHEMA_VERSION, "event_id": None, "date": _iso(summary.date),
        "date_precision": summary.date_precision, "event_type": summary.event_type,
        "sub_event_type": summary.sub_event_type, "actor1": summary.actor1, "actor2": summary.actor2,
        "location": loc.name if loc else None, "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None, "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None, "geonameid": loc.geonameid if loc else None,
        "geo_precision": loc.precision if loc else None, "fatalities_best": summary.fatalities.best,
        "fatalities_low": summary.fatalities.low, "fatalities_high": summary.fatalities.high,
        "injured_best": summary.injured.best, "injured_low": summary.injured.low,
        "injured_high": summary.injured.high, "disputed": summary.disputed,
        "first_published": _iso(summary.first_published), "last_published": _iso(summary.last_published),
        "report_count": summary.report_count, "corrected": "",
    }


def event_payload(event: Event) -> str:
    """The event as JSON, byte for byte as the store writes ``report_events.payload``."""
    return json.dumps(_jsonable(event), ensure_ascii=False, sort_keys=True)


def result_rows(report: Report, result: ExtractionResult, index: int) -> list[dict[str, Any]]:
    """The rows of one extracted report: one per event, or one without event fields."""
    base: dict[str, Any] = dict.fromkeys(EXTRACT_COLUMNS)
    base.update({
        "schema_version": SCHEMA_VERSION, "report_id": result.report_id, "report_index": index,
        "published": _iso(result.published), "published_from": result.published_from,
        "relevant": result.relevant, "warnings": json.dumps(result.warnings, ensure_ascii=False),
        "title": report.title, "url": report.url, "origin": report.origin, "content_hash": content_hash(report.text),
        "text": report.text,
    })
    if not result.events:
        return [base]
    rows = []
    for position, event in enumerate(result.events):
        member = member_event(event, index, position, result.published, report.text, report.title)
        rows.append({**base, **event_fields(member), "event_index": position, "event": event_payload(event)})
    return rows


def error_row(index: int, report_id: str | None, origin: str | None, error: EventwireError) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(EXTRACT_COLUMNS)
    row.update({"schema_version": SCHEMA_VERSION, "report_id": report_id, "report_index": index,
                "origin": origin, "error_code": error.code, "error_message": str(error)})
    return row


def as_tuple(row: dict[str, Any], columns: tuple[str, ...] = EXTRACT_COLUMNS) -> tuple[Any, ...]:
    """The row in column order (Spark builds rows from tuples faster than from dicts)."""
    return tuple(row[name] for name in columns)
