"""The fields of a consolidated event, from all the reports that support it."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from eventwire.consolidate.estimates import Estimate, estimate, toll_history
from eventwire.consolidate.linking import MemberEvent
from eventwire.records import Location

_GENERIC_ACTOR_WORDS = re.compile(r"\b(?:the|army|armed|forces|force|military|troops|soldiers|government|state|"
                                  r"air|defen[cs]es?|navy|units?)\b", re.I)


@dataclass(frozen=True, slots=True)
class Summary:
    date: dt.date | None
    date_precision: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    location: Location | None
    fatalities: Estimate
    injured: Estimate
    disputed: bool
    dispute: dict[str, Any]
    first_published: dt.date | None
    last_published: dt.date | None
    report_count: int


def _most_common(values: list[Any]) -> Any:
    present = [value for value in values if value is not None]
    if not present:
        return None
    counts = Counter(present)
    return max(present, key=lambda value: (counts[value], -present.index(value)))


def _side(actor: str) -> str:
    """"the Ukrainian army" and "Ukraine" are one side: compare what is left of the name."""
    words = _GENERIC_ACTOR_WORDS.sub(" ", actor).split()
    return words[0][:5].lower() if words else actor.lower()


def summarize(members: list[MemberEvent]) -> Summary:
    ordered = sorted(members, key=lambda m: (m.published or dt.date.min, m.report_id))
    locations = [loc for m in ordered for loc in m.locations[:1]]
    location = min(locations, key=lambda loc: (loc.precision, -locations.count(loc))) if locations else None
    fatalities = estimate(toll_history(ordered, "killed"))
    injured = estimate(toll_history(ordered, "injured"))
    actors = [m.actor1 for m in ordered if m.actor1]
    sides = sorted({_side(actor) for actor in actors})
    dispute: dict[str, Any] = {}
    if fatalities.disputed:
        dispute["fatalities"] = fatalities.by_source
    if injured.disputed:
        dispute["injured"] = injured.by_source
    if len(sides) > 1:
        dispute["actor1"] = {m.source or f"(report {m.report_id})": m.actor1 for m in ordered if m.actor1}
    published = [m.published for m in ordered if m.published]
    best_date = _most_common([m.date for m in ordered])
    return Summary(
        date=best_date,
        date_precision=_most_common([m.date_precision for m in ordered if m.date == best_date]),
        event_type=_most_common([m.event_type for m in ordered]),
        sub_event_type=_most_common([m.sub_event_type for m in ordered]),
        actor1=_most_common(actors),
        actor2=_most_common([m.actor2 for m in ordered]),
        location=location,
        fatalities=fatalities,
        injured=injured,
        disputed=bool(dispute),
        dispute=dispute,
        first_published=min(published) if published else None,
        last_published=max(published) if published else None,
        report_count=len({m.report_id for m in ordered}),
    )
