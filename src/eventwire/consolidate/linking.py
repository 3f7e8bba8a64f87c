"""When is a report's event the same incident as an event already stored?

- dates compatible: equal, or one day apart (reporting lag, "overnight"); an event without a
  day never joins (unknown is not evidence of sameness);
- places compatible: the same GeoNames town, towns within 25 km, or a region-level location
  and a place in that region;
- types compatible: the same ACLED event type;
- nothing tells them apart: two events of one report never merge, and a different part of
  the day ("morning" / "evening"), a different weapon (sub-event type) or different targets
  ("hospital" / "market") keep two strikes on one town on one day apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from eventwire.records import Claim, Location

MAX_DAYS_APART = 1
MAX_KM = 25.0
_PARTS_OF_DAY = {"morning": "day", "dawn": "day", "noon": "day", "midday": "day", "afternoon": "day",
                 "evening": "night", "night": "night", "overnight": "night", "midnight": "night"}


@dataclass(slots=True)
class MemberEvent:
    """One report's event as consolidation sees it."""

    report_event_id: int
    report_id: int
    published: date | None
    date: date | None
    time_of_day: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    locations: list[Location]
    targets: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    source: str | None = None
    date_precision: str | None = None


def same_incident(new: MemberEvent, members: list[MemberEvent]) -> bool:
    """Whether ``new`` reports the incident that ``members`` (one stored event) report."""
    if not members or any(member.report_id == new.report_id for member in members):
        return False
    return all(_compatible(new, member) for member in members) and any(_near(new, member) for member in members)


def _compatible(one: MemberEvent, other: MemberEvent) -> bool:
    if one.date is None or other.date is None or abs((one.date - other.date).days) > MAX_DAYS_APART:
        return False
    if one.event_type != other.event_type:
        return False
    if one.sub_event_type and other.sub_event_type and one.sub_event_type != other.sub_event_type:
        return False
    if one.date == other.date and one.time_of_day and other.time_of_day and (
        _PARTS_OF_DAY.get(one.time_of_day) != _PARTS_OF_DAY.get(other.time_of_day)
    ):
        return False
    return not (one.targets and other.targets and not set(one.targets) & set(other.targets))


def _near(one: MemberEvent, other: MemberEvent) -> bool:
    return any(same_place(a, b) for a in one.locations for b in other.locations)


def same_place(one: Location, other: Location) -> bool:
    if one.country != other.country:
        return False
    if one.geonameid is not None and one.geonameid == other.geonameid:
        return True
    if "region" in (one.feature, other.feature):
        region = one if one.feature == "region" else other
        place = other if region is one else one
        return place.admin1 is not None and place.admin1 == region.admin1 and place.feature != "country"
    if one.feature == other.feature == "city" and None not in (one.lat, one.lon, other.lat, other.lon):
        return distance_km(one.lat, one.lon, other.lat, other.lon) <= MAX_KM  # type: ignore[arg-type]
    return False


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(a))
