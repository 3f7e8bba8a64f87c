"""When is a report's event the same incident as an event already stored?

The rules follow how the news reports one incident (docs/consolidation.md):

- dates compatible: the days the two events can be on are at most one day apart (reporting
  lag, "overnight"). An event with a day is on that day, one dated to a week ("last week") on
  any day of that week; an event whose report gives no incident date (summaries, live pages)
  is on its report's publication day or the day before, so it links to an incident of up to two
  days before its publication (or the day after), and to another undated report published at
  most a day apart; a month or a year is too vague to link on; the place of an undated report
  must agree at town level (a region or a country is not enough without the date);
- types compatible: the same ACLED event type, and the same sub-event type when both name the
  means; an explosion whose cause the report does not know or that is disputed (the coders'
  "Remote explosive/landmine/IED") is compatible with any means of its event type (an explosion
  versus an air strike), two named means (a missile versus a drone strike) are not unless both
  reports name both; an act whose report names no means ("the attack", "the explosion") agrees
  with any sub-event type of its type and, when the report gives its day, with any type of
  political violence ("the death toll of the attack the previous day" and the suicide bombing);
- places compatible at any granularity: the same GeoNames place, towns within 25 km (a venue or
  suburb and the town it is near), a region-level place and a place inside that region;
  against every member, two reports that both name towns and share none (none within 25 km)
  are two incidents, even in one region; a report that names places in many regions (a wave of
  strikes over a country) is not the incident of one of them: at least half of the wider
  report's places must agree; a dated report that names only one country links to a dated
  event with a place in it when that event is the only one it could join (``Store._link``);
- an incident named by its common name in a heading ("2019 Strelsau attack: ...",
  ``consolidate.naming``): two reports giving one name link up to two weeks apart, whatever targets
  or part of the day they word, when type and place agree;
- an incident named by what was hit and where, weeks later ("MSF says the bombing of its hospital
  in Kunduz killed 22", "the airstrike on the hospital in Kunduz in October"): a report that tells
  the act as known (``Event.retold``: a definite act noun, a past month) with no incident date of
  its own, published up to ``FOLLOW_UP_MAX_DAYS`` after the incident's day, that
  names the same landmark (``target_nouns.json`` landmarks: a hospital, a school, a mosque) in
  the same town with a compatible type is a follow-up of it, linked when it is the only event it
  could follow up (``Store._link``);
- nothing tells them apart: two events of one report never merge, and a different part of
  the day ("morning" / "evening") or different targets ("hospital" / "market") keep two
  strikes on one town on one day apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from eventwire.consolidate.naming import different_years, same_name
from eventwire.nlp.lexicons import word_list
from eventwire.nlp.triggers import find_triggers
from eventwire.records import Claim, Location

MAX_DAYS_APART = 1
NAMED_MAX_DAYS = 14  # follow-ups carrying the incident's common name ("2019 Strelsau attack:")
UNDATED_MAX_DAYS_APART = 0  # two undated reports: published at most a day apart
UNDATED_LAG_DAYS = 1  # an undated report is about its publication day or the day before
# A follow-up naming the incident by what was hit and where: inquiries, revised tolls and reactions
# come weeks later (an aid group's count two months on); a quarter bounds the search.
FOLLOW_UP_MAX_DAYS = 92
UNKNOWN_MEANS = "Remote explosive/landmine/IED"  # an explosion of unknown or disputed cause
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
    incident_name: str | None = None
    triggers: list[str] = field(default_factory=list)  # the act words of the report event (Event.triggers)
    retold: bool = False  # the report tells the act as known, not as news (Event.retold)


def same_incident(new: MemberEvent, members: list[MemberEvent]) -> bool:
    """Whether ``new`` reports the incident that ``members`` (one stored event) report, with a
    place that agrees (not only the country)."""
    return link_strength(new, members) == NEAR


NEAR = "near"
COUNTRY = "country"
FOLLOW_UP = "follow-up"


def link_strength(new: MemberEvent, members: list[MemberEvent]) -> str | None:
    """``NEAR`` when ``new`` is the incident of ``members`` and a place agrees; ``COUNTRY`` when
    nothing tells them apart and one side names only the country, ``FOLLOW_UP`` when one side is an
    undated follow-up naming the other's landmark and town weeks later (both a link only when
    unique); ``None`` when they are different incidents."""
    if not members or any(member.report_id == new.report_id for member in members):
        return None
    compatible = [_compatible(new, member) for member in members]
    # A follow-up weeks later already in the event does not keep the incident's own reports out.
    if not all(agree or _follows_up(new, member) for agree, member in zip(compatible, members, strict=True)):
        return None
    if any(agree and _near(new, member) and (_dated_or_named(new, member) or _same_town(new, member))
           for agree, member in zip(compatible, members, strict=True)):
        return NEAR
    if all(compatible) and any(_country_only(new, member) and _dated_or_named(new, member) for member in members):
        return COUNTRY
    if any(_follows_up(new, member) and _same_landmark(new, member) for member in members):
        return FOLLOW_UP
    return None


def landmarks(member: MemberEvent) -> frozenset[str]:
    """The member's targets that a town has one or few of (target_nouns.json landmarks)."""
    return frozenset(member.targets) & _landmark_words()


@lru_cache(maxsize=1)
def _landmark_words() -> frozenset[str]:
    return frozenset(word_list("target_nouns.json", "landmarks"))


def _same_landmark(one: MemberEvent, other: MemberEvent) -> bool:
    """Both name one landmark in one town ("the hospital in Kunduz")."""
    return bool(landmarks(one) & landmarks(other)) and _same_town(one, other)


def _follows_up(one: MemberEvent, other: MemberEvent) -> bool:
    """One of them is a later report with no incident date of its own about the other's incident
    (up to ``FOLLOW_UP_MAX_DAYS`` after it), nothing telling them apart: type, town and targets."""
    if different_years(one.incident_name, other.incident_name) or not _types_compatible(one, other):
        return False
    if one.targets and other.targets and not set(one.targets) & set(other.targets):
        return False
    if _different_towns(one, other):
        return False
    return _later_undated(one, other) or _later_undated(other, one)


def _later_undated(later: MemberEvent, earlier: MemberEvent) -> bool:
    span = date_span(earlier)
    if not later.retold or later.date is not None or later.published is None or span is None:
        return False
    return span[0] <= later.published and (later.published - span[1]).days <= FOLLOW_UP_MAX_DAYS


def _dated_or_named(one: MemberEvent, other: MemberEvent) -> bool:
    """Both give the incident's date, or the same name: then a region or a country can be the place
    that agrees. A report without the date (known only by its publication day) needs a town."""
    return (one.date is not None and other.date is not None) or same_name(one.incident_name, other.incident_name)


def _same_town(one: MemberEvent, other: MemberEvent) -> bool:
    return any(same_place(a, b) for a in _towns(one) for b in _towns(other))


def date_span(member: MemberEvent) -> tuple[date, date] | None:
    """The days the member's incident can be on; ``None`` when too vague to link on."""
    if member.date is not None:
        if member.date_precision in (None, "day"):
            return member.date, member.date
        if member.date_precision == "week":
            return member.date, member.date + timedelta(days=6)
        return None
    if member.published is not None:
        return member.published - timedelta(days=UNDATED_LAG_DAYS), member.published
    return None


def days_apart(one: MemberEvent, other: MemberEvent) -> int | None:
    """Days between the two members' spans (0 when they overlap); ``None`` when one has none."""
    first, second = date_span(one), date_span(other)
    if first is None or second is None:
        return None
    return max((second[0] - first[1]).days, (first[0] - second[1]).days, 0)


def _sub_types_compatible(one: MemberEvent, other: MemberEvent) -> bool:
    first, second = one.sub_event_type, other.sub_event_type
    if not first or not second or first == second or UNKNOWN_MEANS in (first, second):
        return True
    if no_means_named(one) or no_means_named(other):
        return True  # "19 people were killed in the attack" and the hostage-taking it ended in
    # "killed by ballistic missiles and drone strikes" and "the drone and missile attack": two
    # reports that both name the two means are typed each by one of them.  (One report naming both,
    # "air strikes in response to rocket fire", is no more the other's incident than another.)
    return {first, second} <= named_means(one) & named_means(other)


# The ACLED sub-event type each means of remote violence names (triggers.json categories).
_MEANS_SUB_TYPE = {"air": "Air/drone strike", "shelling": "Shelling/artillery/missile attack",
                   "ied": UNKNOWN_MEANS, "suicide": "Suicide bomb", "grenade": "Grenade",
                   "chemical": "Chemical weapon"}
# Words of an act that say nothing of how it was done: "the attack", "an assault" (CAMEO 18 ASSAULT),
# "the explosion", "a blast" (ACLED: an explosion with no weapon named); a raid is a ground assault.
_NO_MEANS_WORDS = ("attack", "assault", "explosion", "blast")
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def named_means(member: MemberEvent) -> frozenset[str]:
    """The sub-event types of remote violence the member's act words name."""
    return frozenset(_MEANS_SUB_TYPE[category] for text in member.triggers for category in _categories(text)
                     if category in _MEANS_SUB_TYPE)


def no_means_named(member: MemberEvent) -> bool:
    """The report names the act only as "the attack" or "the explosion" (and its toll): its type is
    the extractor's default for an act of unknown means, not what a source said it was."""
    vague = [text for text in member.triggers if text.startswith(_NO_MEANS_WORDS)]
    return bool(vague) and all(category in ("casualty", "generic") and (category == "casualty" or text in vague)
                               for text in member.triggers for category in _categories(text))


@lru_cache(maxsize=4096)
def _categories(text: str) -> tuple[str, ...]:
    """The category of each trigger the lexicon finds in a stored trigger text."""
    return tuple(mention.category for mention in find_triggers(text))


def linkable_types(event_type: str | None) -> list[str | None]:
    """The event types an event of ``event_type`` can link to (blocking): any type of political
    violence for one of them (an act of unknown means agrees with each), else its own."""
    return sorted(VIOLENT_TYPES) if event_type in VIOLENT_TYPES else [event_type]  # type: ignore[return-value]


def _types_compatible(one: MemberEvent, other: MemberEvent) -> bool:
    if one.event_type == other.event_type:
        return _sub_types_compatible(one, other)
    # "The death toll of the attack in X the previous day rises to 84" and "a suicide truck bombing
    # in X": a follow-up that dates an act of unknown means agrees with any type of political
    # violence (undated, "an attack" is as likely another incident of the same days).
    return {one.event_type, other.event_type} <= VIOLENT_TYPES and any(
        no_means_named(member) and member.date is not None and member.date_precision in (None, "day")
        for member in (one, other))


def _compatible(one: MemberEvent, other: MemberEvent) -> bool:
    if different_years(one.incident_name, other.incident_name):
        return False
    named = same_name(one.incident_name, other.incident_name)
    apart = days_apart(one, other)
    limit = NAMED_MAX_DAYS if named else MAX_DAYS_APART if one.date or other.date else UNDATED_MAX_DAYS_APART
    if apart is None or apart > limit:
        return False
    if not _types_compatible(one, other):
        return False
    if named:  # the incident's common name outweighs a part of the day or a target worded differently
        return not _different_towns(one, other)
    if one.date is not None and one.date == other.date and one.time_of_day and other.time_of_day and (
        _PARTS_OF_DAY.get(one.time_of_day) != _PARTS_OF_DAY.get(other.time_of_day)
    ):
        return False
    if one.targets and other.targets and not set(one.targets) & set(other.targets):
        return False
    return not _different_towns(one, other)


def _towns(member: MemberEvent) -> list[Location]:
    return [loc for loc in member.locations if loc.feature == "city" and (
        loc.geonameid is not None or None not in (loc.lat, loc.lon))]


def _different_towns(one: MemberEvent, other: MemberEvent) -> bool:
    """Both name towns and no town of one is a town of the other (or within 25 km of it)."""
    first, second = _towns(one), _towns(other)
    return bool(first) and bool(second) and not any(same_place(a, b) for a in first for b in second)


def _near(one: MemberEvent, other: MemberEvent) -> bool:
    """A place agrees, and at least half of the places of the report naming more agree (a wave of
    strikes over many regions is not the strike on one of them)."""
    first = [loc for loc in one.locations if loc.feature != "country"]
    second = [loc for loc in other.locations if loc.feature != "country"]
    if not first or not second:
        return False
    wide, narrow = (first, second) if len(first) >= len(second) else (second, first)
    agreeing = sum(any(same_place(a, b) for b in narrow) for a in wide)
    return agreeing > 0 and 2 * agreeing >= len(wide)


def _country_only(one: MemberEvent, other: MemberEvent) -> bool:
    """One of them names one country and nothing below it, the other a place below the country in
    that country ("a car bomb in eastern Ruritania" and "the Strelsau bombing": invented names; the
    country-only report is usually an early summary that does not yet name the town)."""
    def only_country(member: MemberEvent) -> str | None:
        countries = {loc.country for loc in member.locations}
        if member.locations and len(countries) == 1 and all(loc.feature == "country" for loc in member.locations):
            return countries.pop()
        return None

    for vague, other_member in ((one, other), (other, one)):
        country = only_country(vague)
        if country and any(loc.feature != "country" and loc.country == country for loc in other_member.locations):
            return True
    return False


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
