"""Field cases: small reports of publicly reported failure kinds, each with the values it must give.

The format is ``../shared/corpus/README.md`` (section *field-cases.jsonl*): one case a line with
``id``, ``kind``, ``published``, one input (``text``, ``html`` or ``reports``) and ``expect``.
Extraction keys are checked on the first (or only) report's first event; the ``consolidated_*``
keys and the store keys after ingesting every input of the case, in order, into one fresh store,
on the event that holds most reports.  A case passes when every expectation it states holds.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import GoldFormatError
from eventwire.evaluate.gold import GoldLocation, json_lines
from eventwire.evaluate.names import NameMatcher
from eventwire.records import Event, ExtractionResult, Location, Report

# Keys checked on the extraction of the first report.
EXTRACTION_KEYS = frozenset({"n_events", "date", "fatalities", "injured", "source", "sub_event_type", "locations",
                             "primary_location", "killed_claim_values", "killed_claim", "killed_claim_vague"})
# Keys checked after ingestion into one store; "consolidated_x" is the same check as "x".
STORE_KEYS = frozenset({"consolidated_events", "report_count", "location", "country", "disputed", "fatalities_best",
                        "fatalities_low", "fatalities_high", "acled_csv_fatalities"})


@dataclass(frozen=True, slots=True)
class FieldCase:
    id: str
    kind: str
    published: date | None
    reports: tuple[Report, ...]
    html: str | None
    expect: dict[str, Any]


@dataclass(slots=True)
class CaseResult:
    """The outcome of one case: ``failures`` lists each expectation that did not hold."""

    id: str
    kind: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def is_case_file(path: str) -> bool:
    """Whether a JSONL file holds field cases (its first line has ``expect``) rather than gold reports."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "expect" in first
    return False


def read_cases(path: str) -> list[FieldCase]:
    """The cases of a field-case file; a malformed line is a GoldFormatError naming it."""
    return [_case(raw, where) for raw, where in json_lines(path, "case file")]


def _case(raw: Any, where: str) -> FieldCase:
    if not isinstance(raw, dict) or not isinstance(raw.get("expect"), dict) or "id" not in raw:
        raise GoldFormatError(f"{where}: a case needs 'id' and an 'expect' object")
    unknown = set(raw["expect"]) - EXTRACTION_KEYS - STORE_KEYS - {f"consolidated_{k}" for k in STORE_KEYS}
    if unknown:
        raise GoldFormatError(f"{where}: unknown expectations {sorted(unknown)}")
    published = date.fromisoformat(raw["published"]) if raw.get("published") else None
    reports: list[Report] = []
    if isinstance(raw.get("text"), str):
        reports.append(Report(str(raw["id"]), raw["text"], published))
    elif isinstance(raw.get("reports"), list):
        for item in raw["reports"]:
            day = date.fromisoformat(item["published"]) if item.get("published") else published
            reports.append(Report(str(item["id"]), str(item["text"]), day))
    elif not isinstance(raw.get("html"), str):
        raise GoldFormatError(f"{where}: a case needs 'text', 'html' or 'reports'")
    return FieldCase(str(raw["id"]), str(raw.get("kind", "")), published, tuple(reports), raw.get("html"),
                     dict(raw["expect"]))


def check_case(case: FieldCase, matcher: NameMatcher) -> CaseResult:
    """Run one case through extraction (and ingestion when it expects store values)."""
    from eventwire.extract import ExtractOptions, extract_report

    result = CaseResult(case.id, case.kind)
    reports = list(case.reports) or [_html_report(case)]
    extraction = extract_report(reports[0], ExtractOptions(published=reports[0].published or case.published))
    _check_extraction(case.expect, extraction, matcher, result.failures)
    if any(key.removeprefix("consolidated_") in STORE_KEYS for key in case.expect):
        _check_store(case, reports, matcher, result.failures)
    return result


def evaluate_cases(path: str, on_case: Callable[[str], None] | None = None) -> list[CaseResult]:
    """Every case of a file, checked."""
    from eventwire.geo.gazetteer import load_gazetteer

    matcher = NameMatcher(load_gazetteer())
    results = []
    for case in read_cases(path):
        results.append(check_case(case, matcher))
        if on_case is not None:
            on_case(case.id)
    return results


def _html_report(case: FieldCase) -> Report:
    from eventwire.ingest.web import html_report

    assert case.html is not None
    report = html_report(case.html.encode("utf-8"), case.id)
    return Report(case.id, report.text, report.published or case.published, report.title, report.url, case.id)


def _check_extraction(expect: dict[str, Any], extraction: ExtractionResult, matcher: NameMatcher,
                      failures: list[str]) -> None:
    events = extraction.events
    if "n_events" in expect and len(events) != expect["n_events"]:
        failures.append(f"n_events: got {len(events)} ({_summary(events)}), expected {expect['n_events']}")
    wanted = [key for key in expect if key in EXTRACTION_KEYS and key != "n_events"]
    if not wanted:
        return
    if not events:
        failures.append(f"no event to check {', '.join(wanted)}")
        return
    event = events[0]
    for key in wanted:
        problem = _extraction_problem(key, expect[key], event, matcher)
        if problem:
            failures.append(problem)


def _extraction_problem(key: str, expected: Any, event: Event, matcher: NameMatcher) -> str | None:
    killed = [claim for claim in event.claims if claim.kind == "killed"]
    if key == "date":
        got: Any = event.date.isoformat() if event.date else None
        return None if got == expected else f"date: got {got}, expected {expected}"
    if key in ("fatalities", "injured", "sub_event_type"):
        got = getattr(event, key)
        return None if got == expected else f"{key}: got {got!r}, expected {expected!r}"
    if key == "source":
        return None if matcher.same_source(event.source, expected) else (
            f"source: got {event.source!r}, expected {expected!r}")
    if key in ("locations", "primary_location"):
        place = expected[0] if key == "locations" else expected
        if not event.locations:
            return f"{key}: no location, expected {place}"
        return _place_problem(key, event.locations[0], place, matcher)
    if key == "killed_claim_values":
        values = sorted({claim.value for claim in killed if claim.value is not None})
        return None if values == sorted(set(expected)) else f"killed claims: got {values}, expected {expected}"
    if key == "killed_claim":
        for claim in killed:
            if all(getattr(claim, name) == value for name, value in expected.items()):
                return None
        shown = [{name: getattr(claim, name) for name in expected} for claim in killed]
        return f"killed claim: got {shown}, expected one with {expected}"
    if key == "killed_claim_vague":
        if any((claim.vague or "").lower() == str(expected).lower() for claim in killed):
            return None
        return f"vague killed claim: got {[claim.vague for claim in killed]}, expected {expected!r}"
    return f"unknown expectation {key}"


def _place_problem(key: str, got: Location, expected: dict[str, Any], matcher: NameMatcher) -> str | None:
    shown = f"{got.name} ({got.country}, {got.admin1}, precision {got.precision})"
    if expected.get("country") and got.country != expected["country"]:
        return f"{key}: got {shown}, expected country {expected['country']}"
    if expected.get("precision") == 3 and expected.get("admin1"):
        region = GoldLocation(expected["admin1"], expected.get("country"))
        if matcher.place_words(got.admin1 or "") == matcher.place_words(region.name) or matcher.same_place(
                got, region):
            return None
        return f"{key}: got {shown}, expected the region {expected['admin1']}"
    if "precision" in expected and got.precision != expected["precision"]:
        return f"{key}: got {shown}, expected precision {expected['precision']}"
    if expected.get("name") and not matcher.same_place(got, GoldLocation(expected["name"], expected.get("country"))):
        return f"{key}: got {shown}, expected {expected['name']}"
    return None


def _check_store(case: FieldCase, reports: list[Report], matcher: NameMatcher, failures: list[str]) -> None:
    from eventwire.export.events import acled_row
    from eventwire.extract import ExtractOptions
    from eventwire.pipeline import ingest_report
    from eventwire.store import Store
    from eventwire.store.queries import list_events

    with tempfile.TemporaryDirectory(prefix="eventwire-case-") as folder, Store(Path(folder) / "case.db") as store:
        for report in reports:
            ingest_report(report, store, ExtractOptions(published=report.published or case.published))
        events = list_events(store)
    expect = {key.removeprefix("consolidated_"): value for key, value in case.expect.items()
              if key.removeprefix("consolidated_") in STORE_KEYS}
    if "consolidated_events" in case.expect and len(events) != case.expect["consolidated_events"]:
        failures.append(f"store: {len(events)} events, expected {case.expect['consolidated_events']}")
    expect.pop("events", None)
    if not expect:
        return
    if not events:
        failures.append(f"store: no event to check {', '.join(sorted(expect))}")
        return
    event = max(events, key=lambda item: (item.report_count, -item.id))
    for key, expected in expect.items():
        if key == "acled_csv_fatalities":
            got: Any = acled_row(event)["fatalities"]
        elif key == "location":
            place = Location(event.location or "", event.country, event.admin1, event.lat, event.lon,
                             event.geonameid, event.geo_precision or 3, "city", event.location or "")
            if not matcher.same_place(place, GoldLocation(str(expected), event.country)):
                failures.append(f"store location: got {event.location!r}, expected {expected!r}")
            continue
        else:
            got = getattr(event, key)
        if got != expected:
            failures.append(f"store {key}: got {got!r}, expected {expected!r}")


def _summary(events: list[Event]) -> str:
    return "; ".join(f"{e.date} {', '.join(loc.name for loc in e.locations)} {e.sub_event_type} k={e.fatalities}"
                     for e in events) or "none"
