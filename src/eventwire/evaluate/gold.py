"""Reading gold files: one JSON object per report with its events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import GoldFormatError, InputError
from eventwire.ingest.batch import parse_date
from eventwire.records import Report


@dataclass(frozen=True, slots=True)
class GoldLocation:
    name: str
    country: str | None
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    date: date | None
    locations: tuple[GoldLocation, ...]
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    fatalities: int | None
    injured: int | None
    source: str | None
    verified: bool | None


@dataclass(frozen=True, slots=True)
class GoldReport:
    report: Report
    events: tuple[GoldEvent, ...]


def read_gold(path: str) -> list[GoldReport]:
    """Every report of a gold file; a malformed line is a GoldFormatError naming it."""
    file = Path(path)
    return [_gold_report(raw, file.parent, where) for raw, where in json_lines(path, "gold file")]


def json_lines(path: str, what: str) -> Iterator[tuple[Any, str]]:
    """Each non-blank line of a JSONL file parsed, with "path:line" to name it in errors; a missing
    file or a broken line is a GoldFormatError."""
    file = Path(path)
    if not file.is_file():
        raise GoldFormatError(f"{path}: no such {what}")
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield json.loads(line), where
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{where}: broken JSON ({error.msg})") from error


def _gold_report(raw: Any, folder: Path, where: str) -> GoldReport:
    if not isinstance(raw, dict) or "id" not in raw or not isinstance(raw.get("events"), list):
        raise GoldFormatError(f"{where}: a gold line needs 'id' and an 'events' list")
    if isinstance(raw.get("text"), str):
        text = raw["text"]
    elif isinstance(raw.get("text_file"), str):
        text_path = folder / raw["text_file"]
        if not text_path.is_file():
            raise GoldFormatError(f"{where}: text_file {raw['text_file']!r} not found")
        text = text_path.read_text(encoding="utf-8", errors="replace")
    else:
        raise GoldFormatError(f"{where}: needs 'text' or 'text_file'")
    try:
        published = parse_date(raw.get("published"), where)
        events = tuple(_gold_event(event, where) for event in raw["events"])
    except InputError as error:
        raise GoldFormatError(error.message) from error
    report = Report(str(raw["id"]), text, published, raw.get("title"), raw.get("url"), where)
    return GoldReport(report, events)


def _gold_event(raw: Any, where: str) -> GoldEvent:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: an event must be an object")
    locations = tuple(
        GoldLocation(str(loc.get("name", "")), loc.get("country"), loc.get("admin1"))
        for loc in raw.get("locations") or []
        if isinstance(loc, dict)
    )
    return GoldEvent(
        date=parse_date(raw.get("date"), where), locations=locations,
        event_type=raw.get("event_type"), sub_event_type=raw.get("sub_event_type"), actor1=raw.get("actor1"),
        fatalities=raw.get("fatalities"), injured=raw.get("injured"), source=raw.get("source"),
        verified=raw.get("verified"),
    )
