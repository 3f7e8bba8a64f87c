"""``eventwire spark extract``: extraction of JSONL or Parquet batches as a Spark job.

The driver lists the input files and numbers the reports in input order (files by name, then
lines or rows), so every row carries its report's place (``report_index``) whatever partition
extracted it. The reports are cut into contiguous ranges of about equal length in characters, one
per partition (so the cores finish together), and each partition
is extracted by ``eventwire.workers.extract_chunk``, the function behind ``eventwire extract``,
in chunks of the same size: the results are those of ``eventwire extract``.

What crosses to the executors is only picklable plain data (file names, options, the index's
file name). The spaCy model is loaded on the executor, lazily, by the first chunk its Python
worker extracts (``load_pipeline`` keeps it for the worker's life: Spark reuses its Python
workers, so the model loads once per worker, not once per partition). The gazetteer index is
built (or found) once on the driver and shipped with ``SparkContext.addFile``: executors do not
each spend 15 s building it, nor need a writable home directory.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from eventwire.errors import GazetteerError, SparkInputError
from eventwire.extract import ExtractOptions
from eventwire.extract.core import chunked
from eventwire.ingest.batch import BatchItem, read_batch_line, read_batch_record
from eventwire.ingest.text import readable_name
from eventwire.records import Report
from eventwire.spark.rows import EXTRACT_TYPES, as_tuple, error_row, result_rows, spark_schema
from eventwire.spark.session import check_output, hadoop_files, is_uri
from eventwire.workers import Failed, extract_chunk

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import Row, SparkSession

# Reports per partition when --partitions is not given: small enough that a partition's reports and
# results sit in an executor's memory and that the cores stay busy to the end, large enough that a
# task's start (a few ms) is nothing beside it (1,000 reports take 4 to 60 s on one core).
REPORTS_PER_PARTITION = 1000
InputKind = Literal["jsonl", "parquet"]


@dataclass(frozen=True, slots=True)
class InputFile:
    """An input file: ``path`` absolute (executors read it, and its text_file paths, from another
    working directory), ``given`` as the user wrote it, which errors and ``origin`` show as
    ``eventwire extract`` does."""

    path: str
    kind: InputKind
    given: str

    @property
    def shown(self) -> str:
        return readable_name(self.given)


@dataclass(frozen=True, slots=True)
class ExtractSummary:
    """What a Spark extraction wrote: reports, report events and error rows."""

    reports: int
    events: int
    errors: int
    partitions: int

    def line(self) -> str:
        return (f"{self.reports} reports, {self.events} events, {self.errors} failed "
                f"({self.partitions} partitions)")


def _kind(path: Path) -> InputKind | None:
    suffix = path.suffix.lower()
    return "jsonl" if suffix == ".jsonl" else "parquet" if suffix == ".parquet" else None


def input_files(path: str, spark: SparkSession | None = None) -> list[InputFile]:
    """The files of INPUT: a JSONL batch, a Parquet file, or a folder (read recursively, by name) of
    either; Spark's marker files (``_SUCCESS``) and hidden files are no input. A URI (``s3a://``,
    ``hdfs://``) is listed through Spark's Hadoop file systems."""
    if is_uri(path) and spark is not None:
        return _uri_files(spark, path)
    root = Path(path)
    if root.is_file():
        kind = _kind(root)
        if kind is None:
            raise SparkInputError(f"{readable_name(path)}: not a JSONL batch (.jsonl) nor a Parquet file (.parquet)")
        return [InputFile(str(root.absolute()), kind, path)]
    if not root.is_dir():
        raise SparkInputError(f"{readable_name(path)}: no such file or folder")
    found = []
    for file in sorted(root.rglob("*")):
        kind = _kind(file)
        if kind is not None and file.is_file() and not file.name.startswith(("_", ".")):
            found.append(InputFile(str(file.absolute()), kind, str(file)))
    if not found:
        raise SparkInputError(f"{readable_name(path)}: no .jsonl or .parquet file in this folder")
    return found


def _uri_files(spark: SparkSession, uri: str) -> list[InputFile]:
    listed = hadoop_files(spark, uri)
    if listed is None:
        raise SparkInputError(f"{uri}: no such file or folder")
    found = []
    for name in listed:
        base = name.rstrip("/").rsplit("/", 1)[-1]
        kind = _kind(Path(base))
        if kind is not None and not base.startswith(("_", ".")):
            found.append(InputFile(name, kind, name))
    if not found:
        raise SparkInputError(f"{uri}: no .jsonl or .parquet file there")
    return found


def _jsonable_record(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as a batch line's fields: a date column is read as the batch's YYYY-MM-DD."""
    return {key: value.date().isoformat() if isinstance(value, datetime)
            else value.isoformat() if isinstance(value, date) else value
            for key, value in record.items()}


def read_item(file: InputFile, number: int, payload: bytes | dict[str, Any], allow_outside: bool) -> BatchItem:
    """One line or row of an input file, read as ``eventwire extract`` reads a batch line."""
    where = f"{file.shown}:{number}"
    folder = Path(file.path).parent
    if isinstance(payload, bytes):
        return read_batch_line(payload, number, folder, where, allow_outside=allow_outside)
    return read_batch_record(_jsonable_record(payload), number, folder, where, allow_outside=allow_outside)


def use_shipped_gazetteer(name: str | None) -> None:
    """Point this Python worker at the gazetteer index the driver shipped (``SparkFiles``).

    The index's file name carries the data packages' versions; an executor whose packages differ
    from the driver's would place towns differently, so that is an error, not a rebuild.
    """
    if name is None:
        return
    from pyspark import SparkFiles

    from eventwire.geo.gazetteer import index_path

    if index_path().name != name:
        raise GazetteerError(f"the driver's gazetteer index is {name} but this executor's packages want "
                             f"{index_path().name}: install the same eventwire environment on driver and executors")
    shipped = Path(SparkFiles.get(name))
    if not shipped.is_file():
        raise GazetteerError(f"{shipped}: the shipped gazetteer index is missing on this executor")
    # load_gazetteer() looks for the index in EVENTWIRE_CACHE_DIR; this worker process is Spark's, not the user's.
    os.environ["EVENTWIRE_CACHE_DIR"] = str(shipped.parent)


def extract_partition(files: list[InputFile], options: ExtractOptions, allow_outside: bool,
                      gazetteer: str | None) -> Callable[[Iterable[tuple[int, tuple[int, int, Any]]]],
                                                         Iterable[tuple[Any, ...]]]:
    """The function a partition of (report index, (file, line number, line or row)) runs: rows of
    results and error rows, in report order. Only ``EventwireError`` that is no report's own (the
    model or the index missing) stops the job, as it stops ``eventwire extract``."""

    def run(items: Iterable[tuple[int, tuple[int, int, Any]]]) -> Iterable[tuple[Any, ...]]:
        use_shipped_gazetteer(gazetteer)
        rows: list[dict[str, Any]] = []
        readable: list[tuple[int, Report, tuple[str, ...]]] = []
        for index, (file_number, number, payload) in sorted(items, key=lambda item: item[0]):
            item = read_item(files[file_number], number, payload, allow_outside)
            if item.report is None:
                assert item.error is not None
                rows.append(error_row(index, None, f"{files[file_number].shown}:{number}", item.error))
            else:
                readable.append((index, item.report, item.warnings))
        for chunk in chunked(readable):
            outcomes = extract_chunk([report for _, report, _ in chunk], options)
            for (index, report, warnings), outcome in zip(chunk, outcomes, strict=True):
                if isinstance(outcome, Failed):
                    rows.append(error_row(index, report.id, report.origin, outcome.error))
                    continue
                outcome.warnings.extend(warnings)  # as eventwire.pipeline.extract_inputs adds the reading's
                rows.extend(result_rows(report, outcome, index))
        rows.sort(key=lambda row: (row["report_index"], -1 if row["event_index"] is None else row["event_index"]))
        return (as_tuple(row) for row in rows)

    return run


@dataclass(frozen=True, slots=True)
class _PartStats:
    """One input partition as the numbering pass counted it: its file, its lines or rows (blank
    lines included, for line numbers), its reports, and their weight (characters, the rough cost
    of extracting them)."""

    file_number: int
    lines: int
    reports: int
    weight: int


@dataclass(frozen=True, slots=True)
class _PartStart:
    """Where an input partition starts: its first line number in its file, its first report's
    index, and the weight of every report before it."""

    line: int
    report: int
    weight: int


def _weight(payload: bytes | dict[str, Any]) -> int:
    """A report's rough extraction cost: its line's length, or its text's (a row naming a
    text_file counts as one character: its text is not read on the driver)."""
    if isinstance(payload, bytes):
        return len(payload) + 1
    text = payload.get("text")
    return (len(text) if isinstance(text, str) else 0) + 1


def _raw_items(spark: SparkSession, files: list[InputFile]) -> RDD[tuple[int, Any]]:
    """(file number, raw line bytes or row fields) of every line and row, in input order: a
    union's partitions follow its parts, so partition order is input order."""
    sc = spark.sparkContext
    parts: list[RDD[tuple[int, Any]]] = []
    for file_number, file in enumerate(files):
        if file.kind == "jsonl":
            # Bytes, not text: a line that is not UTF-8 is decoded by the batch reader, with a warning.
            parts.append(sc.textFile(file.path, use_unicode=False).map(partial(_tagged, file_number)))
        else:
            parts.append(spark.read.parquet(file.path).rdd.map(partial(_tagged_row, file_number)))
    return sc.union(parts)


def _tagged(file_number: int, line: bytes) -> tuple[int, Any]:
    return file_number, line


def _tagged_row(file_number: int, row: Row) -> tuple[int, Any]:
    return file_number, row.asDict()


def _is_report(payload: bytes | dict[str, Any]) -> bool:
    return not isinstance(payload, bytes) or bool(payload.strip())


def _stats(index: int, items: Iterable[tuple[int, Any]]) -> Iterable[tuple[int, _PartStats]]:
    file_number, lines, reports, weight = -1, 0, 0, 0
    for number, payload in items:
        file_number = number  # a union's partition holds one file's lines
        lines += 1
        if _is_report(payload):
            reports += 1
            weight += _weight(payload)
    return [(index, _PartStats(file_number, lines, reports, weight))]


def _starts(stats: list[_PartStats]) -> list[_PartStart]:
    """Each partition's start from the counts of the partitions before it (line numbers restart
    with each file)."""
    starts, line, report, weight, last_file = [], 0, 0, 0, None
    for part in stats:
        if part.file_number != last_file and part.lines:
            line, last_file = 0, part.file_number
        starts.append(_PartStart(line, report, weight))
        line, report, weight = line + part.lines, report + part.reports, weight + part.weight
    return starts


def _numbered(starts: list[_PartStart], total_weight: int, count: int, index: int,
              items: Iterable[tuple[int, Any]]) -> Iterable[tuple[int, tuple[int, tuple[int, int, Any]]]]:
    """(target partition, (report index, (file number, line number, payload))) of a partition's
    reports; the target is where the report's weight falls in equal shares of the total, so the
    partitions take contiguous ranges of reports of about equal cost."""
    start = starts[index]
    line, report, weight = start.line, start.report, start.weight
    for file_number, payload in items:
        line += 1
        if not _is_report(payload):
            continue
        target = min(count - 1, weight * count // total_weight)
        yield target, (report, (file_number, line, payload))
        report += 1
        weight += _weight(payload)


def numbered_items(spark: SparkSession, files: list[InputFile], partitions: int | None = None
                   ) -> tuple[RDD[tuple[int, tuple[int, int, Any]]], int, int]:
    """The reports of the input in ``partitions`` partitions (or one per ``REPORTS_PER_PARTITION``,
    at least Spark's default parallelism), with the number of reports and of partitions.

    Each item is (report index, (file number, line or row number, raw line bytes or row fields)),
    every non-blank line and every row numbered in input order. Partitions hold contiguous ranges
    of reports of about equal weight (characters), not of equal count: a short item costs far less
    than a long one, and equal counts left one core idle while the other finished a heavy range.
    The input is read twice: once to count, once to number and cut.
    """
    raw = _raw_items(spark, files)
    stats = [part for _, part in sorted(raw.mapPartitionsWithIndex(_stats).collect(), key=lambda pair: pair[0])]
    total = sum(part.reports for part in stats)
    if total == 0:
        return spark.sparkContext.emptyRDD(), 0, 0
    count = min(total, partitions or max(spark.sparkContext.defaultParallelism,
                                         math.ceil(total / REPORTS_PER_PARTITION)))
    total_weight = sum(part.weight for part in stats)
    keyed = raw.mapPartitionsWithIndex(partial(_numbered, _starts(stats), total_weight, count))
    return keyed.partitionBy(count, _identity).values(), total, count


def _identity(target: int) -> int:
    return target


def extract_dataset(spark: SparkSession, input_path: str, output_path: str, *, partitions: int | None = None,
                    options: ExtractOptions | None = None, allow_outside: bool = False) -> ExtractSummary:
    """Extract every report of ``input_path`` into the Parquet dataset ``output_path``."""
    from pyspark.sql import functions as F

    from eventwire.geo.gazetteer import index_path, load_gazetteer

    check_output(spark, output_path)
    files = input_files(input_path, spark)
    options = options or ExtractOptions()
    ranged, total, count = numbered_items(spark, files, partitions)
    if total == 0:
        raise SparkInputError(f"{readable_name(input_path)}: no report in it (empty files)")
    sc = spark.sparkContext
    load_gazetteer()  # built here once when this machine has none yet, then shipped as a file
    sc.addFile(str(index_path()))
    # Contiguous ranges of reports: a partition's rows come out in input order, and the parts of the
    # dataset follow each other in input order.
    rows = ranged.mapPartitions(extract_partition(files, options, allow_outside, index_path().name))
    frame = spark.createDataFrame(rows, schema=spark_schema(EXTRACT_TYPES))
    frame.write.parquet(output_path)
    written = spark.read.parquet(output_path)
    counts = written.agg(F.countDistinct("report_index").alias("reports"),
                         F.count("event_index").alias("events"),
                         F.count("error_code").alias("errors")).first()
    assert counts is not None
    return ExtractSummary(int(counts["reports"]), int(counts["events"]), int(counts["errors"]), count)

