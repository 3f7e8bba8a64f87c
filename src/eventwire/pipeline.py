"""Running the stages over inputs: extraction of files, stdin and JSONL batches, and
ingestion (extraction, storage and consolidation) of every kind of input.

``extract_inputs`` yields, in input order, a result per report or a failure per input
that could not be read, so a bad report never stops a batch; ``ingest_inputs`` records
the failures and goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import EventwireError, ExtractionFailure, InputError
from eventwire.extract import ExtractOptions, extract_report
from eventwire.ingest import check_text, read_batch, read_report_file
from eventwire.ingest.sources import SourceItem, iter_source_items
from eventwire.records import ExtractionResult, Report
from eventwire.store import Store


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input (a file, or one line of a batch) that could not be extracted."""

    name: str
    error: EventwireError
    report_id: str | None = None


def is_batch(path: str) -> bool:
    return path.lower().endswith(".jsonl")


def iter_reports(paths: list[str]) -> Iterator[tuple[Report, list[str]] | InputFailure]:
    for path in paths:
        if is_batch(path):
            try:
                items = list(read_batch(path))
            except InputError as error:
                yield InputFailure(path, error)
                continue
            for item in items:
                if item.report is None:
                    assert item.error is not None
                    yield InputFailure(f"{path}:{item.line}", item.error)
                else:
                    yield item.report, list(item.warnings)
            continue
        try:
            text, warnings = read_report_file(path)
        except InputError as error:
            yield InputFailure(path, error)
            continue
        report_id = "stdin" if path == "-" else Path(path).stem
        yield Report(report_id, text, None, None, None, path), warnings


def extract_inputs(paths: list[str], options: ExtractOptions) -> Iterator[ExtractionResult | InputFailure]:
    """A result per readable report and a failure per unreadable input, in input order."""
    for item in iter_reports(paths):
        if isinstance(item, InputFailure):
            yield item
            continue
        report, warnings = item
        try:
            result = extract_safely(report, options, report.origin or report.id)
        except ExtractionFailure as error:
            yield InputFailure(report.origin or report.id, error, report.id)
            continue
        result.warnings.extend(warnings)
        yield result


def extract_safely(report: Report, options: ExtractOptions, name: str) -> ExtractionResult:
    """Extraction of one report in a batch: an unexpected error becomes a failure of that report
    (with its type and message, so it can be reported) and the batch goes on."""
    try:
        return extract_report(report, options)
    except EventwireError:
        raise
    except Exception as error:
        raise ExtractionFailure(
            f"{name}: internal error while extracting ({type(error).__name__}: {error}); please report it"
        ) from error


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did: read, new, skipped (already stored) and failed with reasons."""

    read: int = 0
    new: int = 0
    skipped: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    events: set[int] = field(default_factory=set)

    def line(self) -> str:
        return (f"read {self.read}, new {self.new}, skipped {self.skipped} (already stored), "
                f"failed {len(self.failed)}, events touched {len(self.events)}")


def ingest_inputs(inputs: list[str], store: Store, options: ExtractOptions,
                  on_item: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Read, extract, store and consolidate every report of the inputs; bad items are recorded."""
    summary = IngestSummary()
    run_id = store.start_run()
    for item in iter_source_items(inputs):
        summary.read += 1
        outcome = _ingest_item(item, store, options, summary)
        if on_item is not None:
            on_item(item.name, outcome)
    store.finish_run(run_id, summary.read, summary.new, summary.skipped, summary.failed)
    return summary


def _ingest_item(item: SourceItem, store: Store, options: ExtractOptions, summary: IngestSummary) -> str:
    if item.error is not None or item.report is None:
        error = item.error or InputError(f"{item.name}: nothing to read")
        summary.failed.append((item.name, error.code, str(error)))
        return "failed"
    try:
        check_text(item.report.text, item.name)
    except InputError as error:
        summary.failed.append((item.name, error.code, str(error)))
        return "failed"
    if store.find_report(item.report.text) is not None:
        summary.skipped += 1
        return "skipped"
    try:
        result = extract_safely(item.report, options, item.name)
    except ExtractionFailure as error:
        summary.failed.append((item.name, error.code, str(error)))
        return "failed"
    added = store.add(item.report, result)
    summary.events.update(added.event_ids)
    if added.created:
        summary.new += 1
        return "new"
    summary.skipped += 1
    return "skipped"
