"""Running extraction over inputs: files, stdin and JSONL batches.

``extract_inputs`` yields, in input order, a result per report or a failure per input
that could not be read, so a bad report never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError, InputError
from eventwire.extract import ExtractOptions, extract_report
from eventwire.ingest import read_batch, read_report_file
from eventwire.records import ExtractionResult, Report


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
        result = extract_report(report, options)
        result.warnings.extend(warnings)
        yield result
