"""Records built by hand for store, API and web tests: invented incidents, no model needed."""

from __future__ import annotations

from datetime import date

from eventwire.records import Claim, Event, Evidence, ExtractionResult, Location, Report
from eventwire.store import Store

KHARKIV = Location("Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, 706483, 1, "city", "Kharkiv")
IZIUM = Location("Izium", "UA", "Kharkiv Oblast", 49.21, 37.26, 707688, 1, "city", "Izium")
ODESA = Location("Odesa", "UA", "Odessa Oblast", 46.48, 30.73, 698740, 1, "city", "Odesa")


def figure_claim(text: str, kind: str, value: int, source: str | None) -> Claim:
    """A claim whose evidence is the first occurrence of ``value`` in ``text``."""
    start = text.index(str(value))
    evidence = Evidence(text, start, start + len(str(value)), str(value))
    return Claim(kind=kind, value=value, qualifier="exact", evidence=evidence, source=source)


def strike_report(store: Store, name: str, published: str, text: str, killed: int, source: str | None,
                  place: Location = KHARKIV, day: str | None = None, injured: int | None = None) -> tuple[int, ...]:
    """Store an invented report of one missile strike; the ids of the events it joined."""
    claims = [figure_claim(text, "killed", killed, source)]
    if injured is not None:
        claims.append(figure_claim(text, "injured", injured, source))
    event = Event(date=date.fromisoformat(day or published), date_precision="day", locations=[place],
                  event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                  actor1="Russian forces", actor2="Civilians", fatalities=killed, injured=injured, source=source,
                  source_role=None, verified=None, claims=claims)
    report = Report(name, text, date.fromisoformat(published), None, f"https://news.example/{name}")
    result = ExtractionResult(name, report.published, "batch", [event])
    return store.add(report, result).event_ids


def evidence_spans(event: Event) -> list[Evidence]:
    """Every evidence span an event carries: its own, its claims' and their parts', its statements'."""
    found = list(event.evidence)
    for claim in event.claims:
        found.append(claim.evidence)
        found.extend(b.evidence for b in claim.breakdowns)
    found.extend(statement.evidence for statement in event.statements)
    return found
