"""JSONL batches: one report per line with ``id``, ``text`` or ``text_file``, ``published``,
optional ``title`` and ``url``; ``text_file`` is relative to the JSONL file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import BatchLineError, InputError, InputNotFoundError, InvalidDateError
from eventwire.ingest.text import MAX_BYTES, decode_report_bytes, readable_name
from eventwire.records import Report
from eventwire.time.bounds import check_date


@dataclass(frozen=True, slots=True)
class BatchItem:
    """A batch line: the report, or the error that kept it from being read."""

    line: int
    report: Report | None
    raw: dict[str, Any] | None
    error: InputError | None
    warnings: tuple[str, ...] = ()


def parse_date(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidDateError(f"{where}: 'published' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        day = date.fromisoformat(value[:10])
    except ValueError as error:
        raise InvalidDateError(f"{where}: 'published' {value!r} is not a YYYY-MM-DD date") from error
    return check_date(day, where, "'published'")


def read_batch(path: str) -> Iterator[BatchItem]:
    """Each line of a JSONL batch; a bad line yields an error item and reading goes on."""
    batch, shown = Path(path), readable_name(path)
    if not batch.is_file():
        raise InputNotFoundError(f"{shown}: no such file")
    with batch.open("rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            where = f"{shown}:{number}"
            try:
                raw = _parse_line(raw_line, where)
                report, warnings = _report(raw, batch.parent, where)
            except InputError as error:
                yield BatchItem(number, None, None, error)
                continue
            yield BatchItem(number, report, raw, None, tuple(warnings))


def _parse_line(raw_line: bytes, where: str) -> dict[str, Any]:
    try:
        value = json.loads(raw_line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as error:
        raise BatchLineError(f"{where}: broken JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(value, dict):
        raise BatchLineError(f"{where}: a batch line must be a JSON object, not {type(value).__name__}")
    return value


def _report(raw: dict[str, Any], folder: Path, where: str) -> tuple[Report, list[str]]:
    report_id = raw.get("id")
    if not isinstance(report_id, str | int) or report_id == "":
        raise BatchLineError(f"{where}: missing 'id'")
    name = f"{where} (id {readable_name(str(report_id))})"
    if isinstance(raw.get("text"), str):
        text, warnings = decode_report_bytes(raw["text"].encode("utf-8", errors="replace"), name)
    elif isinstance(raw.get("text_file"), str):
        file = folder / raw["text_file"]
        if not file.is_file():
            raise InputNotFoundError(f"{name}: text_file {raw['text_file']!r} not found next to the batch")
        with file.open("rb") as text_handle:
            text, warnings = decode_report_bytes(text_handle.read(MAX_BYTES + 1), name)
    else:
        raise BatchLineError(f"{name}: needs 'text' or 'text_file'")
    # JSON may escape lone surrogates ("\\udce9"), which no store or terminal takes: shown as escapes
    title = readable_name(raw["title"]) if isinstance(raw.get("title"), str) else None
    url = readable_name(raw["url"]) if isinstance(raw.get("url"), str) else None
    return (Report(readable_name(str(report_id)), text, parse_date(raw.get("published"), name), title, url, where),
            warnings)
