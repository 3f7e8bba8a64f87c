"""Output formats of ``eventwire extract``; every one carries the schema version."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from eventwire.export.cells import spreadsheet_safe
from eventwire.records import SCHEMA_VERSION, Event, ExtractionResult

FORMATS = ("text", "json", "jsonl", "csv")
CSV_COLUMNS = (
    "schema_version", "report_id", "event_index", "date", "date_precision", "period_start", "location", "country",
    "admin1",
    "latitude", "longitude", "geonameid", "geo_precision", "all_locations", "event_type", "sub_event_type",
    "actor1", "actor2", "fatalities", "injured", "source", "source_role", "verified", "claims",
)


def render_results(results: Iterable[ExtractionResult], output_format: str, *, csv_escape: bool = True) -> str:
    """The results in ``output_format``; ``csv_escape``: CSV cells a spreadsheet would run as formulas
    get a leading ``'`` (``eventwire.export.cells``)."""
    results = list(results)
    if output_format == "json":
        payload = [r.to_dict() for r in results]
        return json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2) + "\n"
    if output_format == "jsonl":
        return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in results)
    if output_format == "csv":
        return _csv(results, csv_escape)
    if output_format == "text":
        return "".join(_text(r) for r in results)
    raise ValueError(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")


def _csv(results: list[ExtractionResult], escape: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for result in results:
        for index, event in enumerate(result.events):
            first = event.locations[0] if event.locations else None
            row = [
                SCHEMA_VERSION, result.report_id, index, event.date.isoformat() if event.date else "",
                event.date_precision or "", event.period_start.isoformat() if event.period_start else "",
                first.name if first else "", first.country if first else "",
                (first.admin1 or "") if first else "", _blank(first.lat if first else None),
                _blank(first.lon if first else None), _blank(first.geonameid if first else None),
                first.precision if first else "", "; ".join(loc.name for loc in event.locations),
                event.event_type or "", event.sub_event_type or "", event.actor1 or "", event.actor2 or "",
                _blank(event.fatalities), _blank(event.injured), event.source or "", event.source_role or "",
                _blank(event.verified), len(event.claims),
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in row] if escape else row)
    return buffer.getvalue()


def _blank(value: object) -> object:
    return "" if value is None else value


def _text(result: ExtractionResult) -> str:
    lines = [f"Report {result.report_id} (published {result.published or 'unknown'}, "
             f"from {result.published_from}): {len(result.events)} event(s)"]
    for number, event in enumerate(result.events, start=1):
        lines.extend(_event_lines(number, event))
    for warning in result.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines) + "\n\n"


def _when(event: Event) -> str:
    """"2024-05-12 (day)", "week of 2024-05-13", "date unknown"."""
    if event.date is not None:
        return f"{event.date} ({event.date_precision or '-'})"
    if event.period_start is not None:
        return f"{event.date_precision} of {event.period_start}"
    return "date unknown"


def _event_lines(number: int, event: Event) -> list[str]:
    places = "; ".join(f"{loc.name} ({loc.country}{', ' + loc.admin1 if loc.admin1 else ''})"
                       for loc in event.locations)
    lines = [
        f"  [{number}] {_when(event)}  {event.event_type} / "
        f"{event.sub_event_type}",
        f"      where: {places}",
        f"      who:   {event.actor1 or 'unnamed'}" + (f" -> {event.actor2}" if event.actor2 else ""),
        f"      toll:  killed {_figure(event.fatalities)}, injured {_figure(event.injured)}"
        f"  (source: {event.source or 'unattributed'}"
        + (f", {event.source_role}" if event.source_role else "")
        + f"; verified: {'unknown' if event.verified is None else event.verified})",
    ]
    for claim in event.claims:
        value = f"{claim.low}-{claim.high}" if claim.qualifier == "range" else (
            claim.vague if claim.value is None else str(claim.value))
        said = f" -- {claim.source}" if claim.source else ""
        said += f" on {claim.channel}" if claim.channel else ""
        parts = "".join(f"; {b.value} {b.description}" for b in claim.breakdowns)
        hedges = f" [{', '.join(claim.hedges)}]" if claim.hedges else ""
        lines.append(f"      claim: {claim.kind} {claim.qualifier} {value}{parts}{said}{hedges}"
                     f"  @{claim.evidence.start}-{claim.evidence.end} \"{claim.evidence.text}\"")
    for statement in event.statements:
        if not any(c.source == statement.source and c.evidence.sentence == statement.text for c in event.claims):
            lines.append(f"      said:  {statement.source}: \"{_short(statement.text)}\"")
    return lines


def _figure(value: int | None) -> str:
    return "unknown" if value is None else str(value)


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
