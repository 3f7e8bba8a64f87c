"""Running the stages over inputs: extraction of files, stdin and JSONL batches, and
ingestion (extraction, storage and consolidation) of every kind of input.

``extract_inputs`` yields, in input order, a result per report or a failure per input
that could not be read, so a bad report never stops a batch; ``ingest_inputs`` records
the failures and goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import EventwireError, InputError
from eventwire.extract import ExtractOptions, extract_report
from eventwire.extract.core import chunked
from eventwire.ingest import check_text, read_batch, read_report_file
from eventwire.ingest.sources import SourceItem, iter_source_items
from eventwire.ingest.text import readable_name
from eventwire.records import ExtractionResult, Report
from eventwire.store import AddedReport, Store, content_hash
from eventwire.workers import Failed, extract_in_chunks


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input (a file, or one line of a batch) that could not be extracted."""

    name: str
    error: EventwireError
    report_id: str | None = None


def is_batch(path: str) -> bool:
    return path.lower().endswith(".jsonl")


def iter_reports(paths: list[str], *, allow_outside: bool = False
                 ) -> Iterator[tuple[Report, list[str]] | InputFailure]:
    for path in paths:
        shown = readable_name(path)  # a file name that is not UTF-8, as text the output can carry
        if is_batch(path):
            try:
                items = list(read_batch(path, allow_outside=allow_outside))
            except InputError as error:
                yield InputFailure(shown, error)
                continue
            for item in items:
                if item.report is None:
                    assert item.error is not None
                    yield InputFailure(f"{shown}:{item.line}", item.error)
                else:
                    yield item.report, list(item.warnings)
            continue
        try:
            text, warnings = read_report_file(path)
        except InputError as error:
            yield InputFailure(shown, error)
            continue
        report_id = "stdin" if path == "-" else readable_name(Path(path).stem)
        yield Report(report_id, text, None, None, None, shown), warnings


def extract_inputs(paths: list[str], options: ExtractOptions, workers: int = 1, *, allow_outside: bool = False
                   ) -> Iterator[ExtractionResult | InputFailure]:
    """A result per readable report and a failure per unreadable input, in input order.

    ``allow_outside``: a batch line's text_file may lie outside the batch's folder.
    """
    pending: deque[tuple[Report, list[str]] | InputFailure] = deque()

    def readable() -> Iterator[Report]:
        for item in iter_reports(paths, allow_outside=allow_outside):
            pending.append(item)
            if not isinstance(item, InputFailure):
                yield item[0]

    for outcomes in extract_in_chunks(chunked(readable()), options, workers):
        results = deque(outcomes)
        while results:
            item = pending.popleft()
            if isinstance(item, InputFailure):
                yield item
                continue
            outcome = results.popleft()
            if isinstance(outcome, Failed):
                yield InputFailure(outcome.report.origin or outcome.report.id, outcome.error, outcome.report.id)
                continue
            outcome.warnings.extend(item[1])
            yield outcome
    yield from (item for item in pending if isinstance(item, InputFailure))  # only failures remain


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
                  on_item: Callable[[str, str], None] | None = None, workers: int = 1, *,
                  allow_outside: bool = False, allow_private_urls: bool = False) -> IngestSummary:
    """Read, extract, store and consolidate every report of the inputs; bad items are recorded.

    Reading, deduplication and storage happen here, in input order; extraction may run in
    worker processes. ``allow_outside``: a batch line's text_file may lie outside the batch's folder;
    ``allow_private_urls``: a URL may lead to a non-public address.
    """
    summary = IngestSummary()
    run_id = store.start_run()
    waiting: deque[SourceItem] = deque()
    seen: set[str] = set()

    def note(name: str, outcome: str) -> None:
        if on_item is not None:
            on_item(name, outcome)

    def fresh() -> Iterator[Report]:
        for item in iter_source_items(inputs, allow_outside=allow_outside, allow_private_urls=allow_private_urls):
            summary.read += 1
            report = _readable(item, summary)
            if report is None:
                note(item.name, "failed")
                continue
            digest = content_hash(report.text)
            if digest in seen or store.find_report(report.text) is not None:
                summary.skipped += 1
                note(item.name, "skipped")
                continue
            seen.add(digest)
            waiting.append(item)
            yield report

    for outcomes in extract_in_chunks(chunked(fresh()), options, workers):
        for outcome in outcomes:
            item = waiting.popleft()
            if isinstance(outcome, Failed):
                summary.failed.append((item.name, outcome.error.code, str(outcome.error)))
                note(item.name, "failed")
                continue
            assert item.report is not None
            try:
                added = store.add(item.report, outcome, relevant=outcome.relevant)
            except InputError as error:  # refused by the store (a date out of range): the batch goes on
                summary.failed.append((item.name, error.code, str(error)))
                note(item.name, "failed")
                continue
            summary.events.update(added.event_ids)
            if added.created:
                summary.new += 1
                note(item.name, "new")
            else:
                summary.skipped += 1
                note(item.name, "skipped")
    store.finish_run(run_id, summary.read, summary.new, summary.skipped, summary.failed)
    return summary


def _readable(item: SourceItem, summary: IngestSummary) -> Report | None:
    if item.error is not None or item.report is None:
        error = item.error or InputError(f"{item.name}: nothing to read")
        summary.failed.append((item.name, error.code, str(error)))
        return None
    try:
        check_text(item.report.text, item.name)
    except InputError as error:
        summary.failed.append((item.name, error.code, str(error)))
        return None
    return item.report


def ingest_report(report: Report, store: Store, options: ExtractOptions) -> AddedReport:
    """Check, extract, store and consolidate one report; a report already stored is not read again."""
    check_text(report.text, report.origin or report.id)
    existing = store.find_report(report.text)
    if existing is not None:
        return AddedReport(existing, False, ())
    result = extract_report(report, options)
    return store.add(report, result, relevant=result.relevant)
