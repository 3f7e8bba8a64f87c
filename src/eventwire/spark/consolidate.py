"""``eventwire spark consolidate``: the store's consolidation as a Spark job, with identical events.

The store links each report event, in storage order, to the best stored event it can join
(``Store._link``), and that order matters: which events exist when a report arrives decides where
it goes. The job therefore keeps the rules *and* the order, and gets its parallelism from blocking:

1. the reports that ``eventwire ingest`` would store: read without error, passing its checks
   (``check_text``), the first of each text (the store keeps one report per text);
2. blocking as the store's candidate search does (``store.db._candidate_events``): a report
   event can only meet events of its event type with a place in one of its countries within days
   of its date (at most ``REACH_DAYS``, a named incident's follow-ups included). Per event type and
   country, the events sorted by date are cut where two follow each other more than ``GAP_DAYS``
   apart; the resulting date windows are joined when one report has events in several of them;
   a report with no dated event in a country is a block of its own;
3. each partition gets whole blocks and runs the store itself on them (a temporary SQLite store
   on the executor's disk), adding its reports in input order: ``Store.add``'s linking and
   ``update_summary``'s best/low/high, disputes and toll history, unchanged. Reports of other blocks
   in the same store change nothing, since no event of theirs is ever a candidate;
4. events are numbered as a store numbers them, in the order they were created (by their first
   report event in input order), so ids equal those of a store that ingested the same input.

The largest block bounds the run time: a country whose conflict is reported every day for a year
is one block (docs/spark.md).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.consolidate.linking import (
    FOLLOW_UP_MAX_DAYS,
    MAX_DAYS_APART,
    NAMED_MAX_DAYS,
    UNDATED_LAG_DAYS,
    linkable_types,
)
from eventwire.errors import InputError, SparkInputError
from eventwire.export.events import flat_row
from eventwire.ingest.text import check_text
from eventwire.records import ExtractionResult, Report, event_from_dict
from eventwire.spark.rows import EXTRACT_COLUMNS, EXTRACT_TYPES, FLAT_TYPES, as_tuple, spark_schema
from eventwire.spark.session import check_output, child, exists

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

# How far apart (in days between the dates, or publication dates of undated reports) two report
# events the store may compare can be: a week-dated event spans 7 days, the candidate search reaches
# a day beyond, and a named incident's follow-ups (``NAMED_MAX_DAYS``) or those naming what was hit
# (``FOLLOW_UP_MAX_DAYS``) a week more.
REACH_DAYS = max(NAMED_MAX_DAYS, FOLLOW_UP_MAX_DAYS) + 7 + MAX_DAYS_APART + UNDATED_LAG_DAYS + 6
GAP_DAYS = REACH_DAYS + 1  # a wider gap between sorted dates separates two blocks
REPORTS_PER_PARTITION = 5000
EVENT_TYPES = (*FLAT_TYPES, ("dispute", "string"))
CLAIM_TYPES: tuple[tuple[str, str], ...] = (
    ("event_id", "bigint"), ("position", "bigint"), ("report_id", "string"), ("report_index", "bigint"),
    ("published", "string"), ("kind", "string"), ("value", "bigint"), ("qualifier", "string"), ("low", "bigint"),
    ("high", "bigint"),
    ("vague", "string"), ("source", "string"), ("source_role", "string"), ("channel", "string"), ("via", "string"),
    ("hedges", "string"), ("verified", "boolean"), ("in_title", "boolean"), ("evidence_start", "bigint"),
    ("evidence_end", "bigint"), ("evidence_text", "string"), ("sentence", "string"),
)
TOLL_TYPES: tuple[tuple[str, str], ...] = (
    ("event_id", "bigint"), ("kind", "string"), ("position", "bigint"), ("value", "bigint"), ("low", "bigint"),
    ("high", "bigint"), ("qualifier", "string"), ("source", "string"), ("published", "string"),
    ("report_index", "bigint"), ("report_id", "string"), ("evidence", "string"),
)
MEMBER_TYPES = EXTRACT_TYPES  # the stored reports' extraction rows, event_id filled in
REFUSED_TYPES: tuple[tuple[str, str], ...] = (
    ("report_index", "bigint"), ("report_id", "string"), ("origin", "string"), ("error_code", "string"),
    ("error_message", "string"),
)
DATASETS = ("events", "claims", "toll_history", "members", "refused")
Key = tuple[int, int]  # an event's first report event: (report index, position in the report)


@dataclass(frozen=True, slots=True)
class ConsolidateSummary:
    reports: int
    events: int
    refused: int
    blocks: int

    def line(self) -> str:
        return (f"{self.events} events from {self.reports} stored reports ({self.refused} refused, "
                f"{self.blocks} blocks)")


def _report_record(index: int, rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    ordered = sorted(rows, key=lambda row: -1 if row["event_index"] is None else row["event_index"])
    return {"index": index, "hash": ordered[0]["content_hash"], "rows": ordered}


def _readable(record: dict[str, Any]) -> tuple[dict[str, Any], InputError | None]:
    """The record with the error ``eventwire ingest``'s checks give its text, if any."""
    first = record["rows"][0]
    try:
        check_text(first["text"], first["origin"] or first["report_id"])
    except InputError as error:
        return record, error
    return record, None


def _block_type(event_type: str | None) -> str | None:
    """One block for the types the store's candidate search looks up together (``linkable_types``)."""
    types = linkable_types(event_type)
    return "|".join(str(kind) for kind in types) if len(types) > 1 else event_type


def block_keys(record: dict[str, Any]) -> list[tuple[tuple[str | None, str], int]]:
    """((event type, country), day number) of each of the report's events with a date or a
    publication date and a country: what the store's candidate search looks up."""
    keys = []
    for row in record["rows"]:
        if row["event"] is None:
            continue
        event = json.loads(row["event"])
        anchor = event["date"] or row["published"]
        if anchor is None:
            continue
        day = date.fromisoformat(anchor).toordinal()
        for country in sorted({loc["country"] for loc in event["locations"] if loc["country"]}):
            keys.append(((_block_type(event["event_type"]), country), day))
    return keys


def segments(group: tuple[tuple[str | None, str], Iterable[tuple[int, int]]]) -> Iterator[tuple[int, str]]:
    """(report index, window name) of one event type and country: dates sorted, cut at gaps."""
    (event_type, country), members = group
    name, last = "", None
    for day, index in sorted(members):
        if last is None or day - last > GAP_DAYS:
            name = f"{event_type}|{country}|{day}"
        last = day
        yield index, name


def _roots(edges: list[tuple[str, str]]) -> dict[str, str]:
    """Union-find over window names: each window's block (its smallest linked window's name)."""
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        parent.setdefault(name, name)
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for one, other in edges:
        first, second = find(one), find(other)
        if first != second:
            parent[max(first, second)] = min(first, second)
    return {name: find(name) for name in list(parent)}


def _report_and_result(record: dict[str, Any]) -> tuple[Report, ExtractionResult]:
    first = record["rows"][0]
    published = date.fromisoformat(first["published"]) if first["published"] else None
    report = Report(first["report_id"], first["text"], published, first["title"], first["url"], first["origin"])
    events = [event_from_dict(json.loads(row["event"])) for row in record["rows"] if row["event"] is not None]
    result = ExtractionResult(first["report_id"], published, first["published_from"], events,
                              json.loads(first["warnings"]), first["schema_version"], bool(first["relevant"]))
    return report, result


def consolidate_partition(records: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[tuple[Any, ...]]:
    """Run the store over a partition's blocks; tagged rows keyed by each event's first report event."""
    from eventwire.store import Store
    from eventwire.store.queries import list_events

    ordered = sorted((record for _, record in records), key=lambda record: record["index"])
    if not ordered:
        return
    with tempfile.TemporaryDirectory(prefix="eventwire-block-") as folder, Store(Path(folder) / "block.db") as store:
        creators: dict[int, Key] = {}
        reports: dict[int, tuple[int, str]] = {}
        for record in ordered:
            report, result = _report_and_result(record)
            try:
                added = store.add(report, result, relevant=result.relevant, report_id=record["store_id"])
            except InputError as error:  # refused by the store, as ingest refuses it: listed in "refused"
                yield ("refused", None, (record["index"], report.id, report.origin, error.code, str(error)))
                continue
            # Texts were deduplicated over the whole input before blocking: a text stored twice is a bug here.
            assert added.created, f"report {report.id}: its text reached the store twice"
            reports[added.report_id] = (record["index"], report.id)
            for position, event_id in enumerate(added.event_ids):
                creators.setdefault(event_id, (record["index"], position))
            for row in record["rows"]:
                key = None if row["event_index"] is None else creators[added.event_ids[row["event_index"]]]
                yield ("member", key, as_tuple(row))
        for event in list_events(store):
            key = creators[event.id]
            dispute = json.dumps(event.dispute, sort_keys=True) if event.dispute else None
            yield ("event", key, (flat_row(event), dispute))
            for position, claim in enumerate(event.claims):  # in the store's order: report, event, claim
                index, batch_id = reports[claim["report_id"]]
                yield ("claim", key, (position, batch_id, index, claim["published"], claim["kind"], claim["value"],
                                      claim["qualifier"], claim["low"], claim["high"], claim["vague"], claim["source"],
                                      claim["source_role"], claim["channel"], claim["via"],
                                      json.dumps(claim["hedges"], ensure_ascii=False), claim["verified"],
                                      claim["in_title"], claim["evidence"]["start"], claim["evidence"]["end"],
                                      claim["evidence"]["text"], claim["evidence"]["sentence"]))
            for kind, points in event.toll_history.items():
                for position, point in enumerate(points):
                    index, batch_id = reports[point["report_id"]]
                    yield ("toll", key, (kind, position, point["value"], point["low"], point["high"],
                                         point["qualifier"], point["source"], point["published"], index, batch_id,
                                         point["evidence"]))


def _with_id(kind: str) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """The tagged row of ``kind`` as a dataset row, with its event's id."""
    def row(item: tuple[Any, ...]) -> tuple[Any, ...]:
        payload, event_id = item
        if kind == "event":
            flat, dispute = payload
            return (*as_tuple({**flat, "event_id": event_id}, tuple(name for name, _ in FLAT_TYPES)), dispute)
        if kind == "member":
            values = dict(zip(EXTRACT_COLUMNS, payload, strict=True))
            return as_tuple({**values, "event_id": event_id})
        return (event_id, *payload)

    return row


def _refused_row(pair: tuple[dict[str, Any], InputError | None]) -> list[tuple[Any, ...]]:
    record, error = pair
    if error is None:
        return []
    first = record["rows"][0]
    return [(record["index"], first["report_id"], first["origin"], error.code, str(error))]


def _tagged_with_key(kind: str, item: tuple[Any, ...]) -> bool:
    return bool(item[0] == kind and item[1] is not None)


_REPORT_INDEX = EXTRACT_COLUMNS.index("report_index")
_EVENT_INDEX = EXTRACT_COLUMNS.index("event_index")


def _member_order(row: tuple[Any, ...]) -> tuple[int, int]:
    return row[_REPORT_INDEX], -1 if row[_EVENT_INDEX] is None else row[_EVENT_INDEX]


def _read_extracted(spark: SparkSession, path: str) -> DataFrame:
    if not exists(spark, path):
        raise SparkInputError(f"{path}: no such dataset (give the OUTPUT of 'eventwire spark extract')")
    frame = spark.read.parquet(path)
    missing = [name for name in EXTRACT_COLUMNS if name not in frame.columns]
    if missing:
        raise SparkInputError(f"{path}: not the output of 'eventwire spark extract' (no {', '.join(missing)})")
    return frame


def consolidate_dataset(spark: SparkSession, extracted_path: str, output_path: str) -> ConsolidateSummary:
    """Consolidate the report events of ``extracted_path`` into the datasets of ``output_path``:
    events (the columns of ``eventwire export --format parquet`` and the dispute), claims,
    toll_history, members (the stored reports' rows with their event ids) and refused."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    check_output(spark, output_path)
    frame = _read_extracted(spark, extracted_path)
    sc = spark.sparkContext
    rows = frame.where(F.col("error_code").isNull()).rdd.map(lambda row: (row["report_index"], row.asDict()))
    checked = rows.groupByKey().map(lambda pair: _readable(_report_record(pair[0], pair[1])))
    checked.persist(StorageLevel.MEMORY_AND_DISK)
    unreadable = checked.flatMap(_refused_row)
    # The store keeps the first report of each text (in input order) and skips the others.
    stored = (checked.filter(lambda pair: pair[1] is None).map(lambda pair: (pair[0]["hash"], pair[0]))
              .reduceByKey(lambda one, other: one if one["index"] < other["index"] else other).values())
    # Each stored report's id in a store of the whole input: its rank in input order.
    stored = stored.sortBy(lambda record: record["index"]).zipWithIndex().map(
        lambda pair: {**pair[0], "store_id": pair[1] + 1})
    stored.persist(StorageLevel.MEMORY_AND_DISK)
    windows = (stored.flatMap(lambda record: [(key, (day, record["index"])) for key, day in block_keys(record)])
               .groupByKey().flatMap(segments).distinct())
    by_report = windows.groupByKey().mapValues(lambda names: sorted(set(names)))
    edges = by_report.flatMap(lambda pair: [(pair[1][0], name) for name in pair[1][1:]] or [(pair[1][0], pair[1][0])])
    roots = sc.broadcast(_roots(edges.collect()))
    blocks = by_report.mapValues(lambda names: roots.value[names[0]])
    keyed = stored.keyBy(lambda record: record["index"]).leftOuterJoin(blocks).map(
        lambda pair: (pair[1][1] or f"report|{pair[0]}", pair[1][0]))
    reports = stored.count()
    partitions = max(sc.defaultParallelism, -(-reports // REPORTS_PER_PARTITION))
    tagged = keyed.partitionBy(partitions).mapPartitions(consolidate_partition)
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    ids = (tagged.filter(lambda item: item[0] == "event").map(lambda item: item[1]).sortBy(lambda key: key)
           .zipWithIndex().mapValues(lambda number: number + 1))
    ids.persist(StorageLevel.MEMORY_AND_DISK)
    outputs = {  # dataset: (tag, columns, sort key of its rows)
        "events": ("event", EVENT_TYPES, lambda row: row[1]),
        "claims": ("claim", CLAIM_TYPES, lambda row: (row[0], row[1])),
        "toll_history": ("toll", TOLL_TYPES, lambda row: (row[0], row[1], row[2])),
        "members": ("member", MEMBER_TYPES, _member_order),
    }
    for name, (kind, types, order) in outputs.items():
        items = tagged.filter(partial(_tagged_with_key, kind)).map(lambda item: (item[1], item[2]))
        rows_with_id = items.join(ids).map(lambda pair: pair[1]).map(_with_id(kind))
        if kind == "member":  # rows of reports without events have no event id
            lone = tagged.filter(lambda item: item[0] == "member" and item[1] is None).map(lambda item: item[2])
            rows_with_id = rows_with_id.union(lone)
        # Sorted as an RDD, into as many parts as the job has partitions (a DataFrame sort would shuffle
        # into spark.sql.shuffle.partitions, 200 parts for a few rows).
        ordered = rows_with_id.sortBy(order, numPartitions=partitions)
        spark.createDataFrame(ordered, schema=spark_schema(types)).write.parquet(child(output_path, name))
    store_refused = tagged.filter(lambda item: item[0] == "refused").map(lambda item: item[2])
    refused_rows = unreadable.union(store_refused).sortBy(lambda row: row[0], numPartitions=1)
    spark.createDataFrame(refused_rows, schema=spark_schema(REFUSED_TYPES)).write.parquet(
        child(output_path, "refused"))
    refused = store_refused.count()
    summary = ConsolidateSummary(reports - refused, ids.count(), unreadable.count() + refused,
                                 keyed.keys().distinct().count())
    for cached in (checked, stored, tagged, ids):
        cached.unpersist()
    return summary

