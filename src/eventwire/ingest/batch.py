"""JSONL batches: one report per line with ``id``, ``text`` or ``text_file``, ``published``,
optional ``title`` and ``url``; ``text_file`` is relative to the JSONL file and must stay in its
folder unless ``allow_outside``: a batch from elsewhere must not make eventwire read, store and
serve any file it can open ("/etc/passwd", "../../.ssh/id_rsa")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import BatchLineError, InputError, InputNotFoundError, InvalidDateError, OutsideBatchError
from eventwire.ingest.text import MAX_BYTES, decode_report_bytes, readable_name, storable_text
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


def read_batch(path: str, *, allow_outside: bool = False) -> Iterator[BatchItem]:
    """Each line of a JSONL batch; a bad line yields an error item and reading goes on.

    ``allow_outside``: read ``text_file`` paths outside the batch's folder too.
    """
    batch, shown = Path(path), readable_name(path)
    if not batch.is_file():
        raise InputNotFoundError(f"{shown}: no such file")
    with batch.open("rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            yield read_batch_line(raw_line, number, batch.parent, f"{shown}:{number}", allow_outside=allow_outside)


def read_batch_line(raw_line: bytes, number: int, folder: Path, where: str, *, allow_outside: bool = False
                    ) -> BatchItem:
    """One line of a batch read from ``folder`` (its ``text_file`` paths are relative to it), as
    :func:`read_batch` reads each line; ``where`` names it in errors ("batch.jsonl:7"). Spark's
    executors read batch lines one by one with it."""
    try:
        raw = _parse_line(raw_line, where)
        return read_batch_record(raw, number, folder, where, allow_outside=allow_outside)
    except InputError as error:
        return BatchItem(number, None, None, error)


def read_batch_record(raw: dict[str, Any], number: int, folder: Path, where: str, *, allow_outside: bool = False
                      ) -> BatchItem:
    """A batch line already parsed into its fields (a row of a Parquet batch with the same columns)."""
    try:
        report, warnings = _report(raw, folder, where, allow_outside)
    except InputError as error:
        return BatchItem(number, None, None, error)
    return BatchItem(number, report, raw, None, tuple(warnings))


def _parse_line(raw_line: bytes, where: str) -> dict[str, Any]:
    try:
        value = json.loads(raw_line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as error:
        raise BatchLineError(f"{where}: broken JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(value, dict):
        raise BatchLineError(f"{where}: a batch line must be a JSON object, not {type(value).__name__}")
    return value


def _text_file(folder: Path, given: str, name: str, allow_outside: bool) -> Path:
    """The path of a line's ``text_file``, refused when it leaves the batch's folder (checked before
    the file is looked for, so the error tells nothing of what exists outside)."""
    file = folder / given  # an absolute ``given`` replaces the folder
    # resolve() follows ".." and symbolic links: a link in the folder that points out of it is outside
    if not allow_outside and not file.resolve().is_relative_to(folder.resolve()):
        raise OutsideBatchError(f"{name}: text_file {given!r} is outside the batch's folder "
                                f"{readable_name(str(folder))}; move the file into it, or pass --allow-outside if "
                                "the batch is yours")
    return file


def _report(raw: dict[str, Any], folder: Path, where: str, allow_outside: bool) -> tuple[Report, list[str]]:
    report_id = raw.get("id")
    if not isinstance(report_id, str | int) or report_id == "":
        raise BatchLineError(f"{where}: missing 'id'")
    name = f"{where} (id {readable_name(str(report_id))})"
    if isinstance(raw.get("text"), str):
        text, warnings = decode_report_bytes(raw["text"].encode("utf-8", errors="replace"), name)
    elif isinstance(raw.get("text_file"), str):
        file = _text_file(folder, raw["text_file"], name, allow_outside)
        if not file.is_file():
            raise InputNotFoundError(f"{name}: text_file {raw['text_file']!r} not found next to the batch")
        with file.open("rb") as text_handle:
            text, warnings = decode_report_bytes(text_handle.read(MAX_BYTES + 1), name)
    else:
        raise BatchLineError(f"{name}: needs 'text' or 'text_file'")
    # JSON may escape lone surrogates ("\\udce9"), which no store or terminal takes: shown as escapes
    title = storable_text(raw["title"]) if isinstance(raw.get("title"), str) else None
    url = storable_text(raw["url"]) if isinstance(raw.get("url"), str) else None
    return (Report(readable_name(str(report_id)), text, parse_date(raw.get("published"), name), title, url, where),
            warnings)
