"""Typed records passed between stages.

Every stage hands the next one these dataclasses, never loose dicts.  ``to_dict``
gives the JSON shape documented in ``docs/schema.md``; its field names follow the
gold format (``../shared/spec/gold-format.md``).
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Literal

SCHEMA_VERSION = "1.4"

Qualifier = Literal["exact", "at least", "more than", "about", "up to", "less than", "range"]
DatePrecision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class Report:
    """One news report as read from a file, stdin or a batch line."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement stands in the report text: the sentence and a character span."""

    sentence: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A part of a figure: "including three children", "30 of them seriously"."""

    value: int
    description: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a statement is attributed to, and through which channel."""

    source: str
    source_role: str | None = None
    channel: str | None = None
    via: str | None = None


@dataclass(slots=True)
class Claim:
    """One figure the report gives for an incident, with its provenance."""

    kind: str
    value: int | None
    qualifier: Qualifier
    evidence: Evidence
    low: int | None = None
    high: int | None = None
    vague: str | None = None
    breakdowns: list[Breakdown] = field(default_factory=list)
    source: str | None = None
    source_role: str | None = None
    channel: str | None = None
    via: str | None = None
    hedges: list[str] = field(default_factory=list)
    verified: bool | None = None
    in_title: bool = False


@dataclass(slots=True)
class Statement:
    """A sentence about the incident attributed to a source (blame, counter-claims)."""

    source: str
    text: str
    evidence: Evidence
    source_role: str | None = None
    channel: str | None = None
    via: str | None = None
    hedges: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved place; ``precision`` is 1 town, 2 near/part of a town, 3 region or larger."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: int
    feature: Literal["city", "region", "country"]
    mention: str


@dataclass(slots=True)
class Event:
    """One incident described by a report.

    ``date`` is the day it happened, or None when the report does not let a reader pin the day
    (gold-format.md); ``date_precision`` says how finely the report dates it, and when that is a
    week, month or year, ``period_start`` is that period's first day ("last week": its Monday)."""

    date: date | None
    date_precision: DatePrecision | None
    locations: list[Location]
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    injured: int | None
    source: str | None
    source_role: str | None
    verified: bool | None
    claims: list[Claim] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    time_of_day: str | None = None
    targets: list[str] = field(default_factory=list)
    # The report tells the act as already known, not as news: only by a definite act noun ("the
    # bombing that killed 22", "last week's airstrike") or in a month before its own. A follow-up,
    # which consolidation links to the incident weeks later (consolidate.linking).
    retold: bool = False
    # (Written datetime.date: inside the class, "date" is the field above.)
    period_start: datetime.date | None = None

    def dated_from(self) -> datetime.date | None:
        """The first day the incident can be on: its day, or the first day of its period."""
        return self.date if self.date is not None else self.period_start


@dataclass(slots=True)
class ExtractionResult:
    """Everything extraction says about one report."""

    report_id: str
    published: date | None
    published_from: Literal["option", "batch", "dateline", "none"]
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION
    relevant: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "id": self.report_id,
            "published": _jsonable(self.published),
            "published_from": self.published_from,
            "relevant": self.relevant,
            "events": [_jsonable(event) for event in self.events],
            "warnings": list(self.warnings),
        }


def _jsonable(value: Any) -> Any:
    """The JSON shape of a record or value: dataclass records as dicts of their fields, dates as ISO
    strings, tuples as lists.  Equal to ``dataclasses.asdict`` followed by those conversions, without
    its deep copy of every leaf (a third of the store's time per report)."""
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(item.name for item in dataclasses.fields(kind))


def event_from_dict(data: dict[str, Any]) -> Event:
    """The Event of its JSON shape (``ExtractionResult.to_dict``'s events, the store's payload): the
    inverse of ``_jsonable(event)``, so a stage that receives events as JSON (a
    Spark dataset) hands the next one the same records."""

    def evidence(item: dict[str, Any]) -> Evidence:
        return Evidence(item["sentence"], item["start"], item["end"], item["text"])

    def claim(item: dict[str, Any]) -> Claim:
        fields = {**item, "evidence": evidence(item["evidence"]),
                  "breakdowns": [Breakdown(b["value"], b["description"], evidence(b["evidence"]))
                                 for b in item["breakdowns"]]}
        return Claim(**fields)

    return Event(**{
        **data,
        "date": date.fromisoformat(data["date"]) if data["date"] else None,
        # (Written before schema 1.4: no period.)
        "period_start": date.fromisoformat(data["period_start"]) if data.get("period_start") else None,
        "locations": [Location(**item) for item in data["locations"]],
        "claims": [claim(item) for item in data["claims"]],
        "statements": [Statement(**{**item, "evidence": evidence(item["evidence"])}) for item in data["statements"]],
        "evidence": [evidence(item) for item in data["evidence"]],
    })
