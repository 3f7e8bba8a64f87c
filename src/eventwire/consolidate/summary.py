"""The fields of a consolidated event, from all the reports that support it."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from eventwire.consolidate.estimates import Estimate, TollPoint, estimate_latest, source_key
from eventwire.consolidate.linking import MemberEvent
from eventwire.nlp.lexicons import alternation, word_list
from eventwire.records import Location

_PREPOSITION = re.compile(r"\s+(?:on|in|from|with|at|near|riding|aboard)\s+", re.I)


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
    """The most frequent value, the earliest of equally frequent ones; in one pass, as an event
    may have thousands of members."""
    counts: Counter[Any] = Counter()
    first: dict[Any, int] = {}
    for index, value in enumerate(values):
        if value is not None:
            counts[value] += 1
            first.setdefault(value, index)
    if not counts:
        return None
    return max(counts, key=lambda value: (counts[value], -first[value]))


@lru_cache(maxsize=1)
def unidentified_actor_words() -> frozenset[str]:
    """Words for perpetrators the report does not identify (data/lexicons/unidentified_actors.json)."""
    path = files("eventwire") / "data" / "lexicons" / "unidentified_actors.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["words"])


@lru_cache(maxsize=1)
def _generic_actor_words() -> re.Pattern[str]:
    """The article and the words that name a force generically (data/lexicons/actor_nouns.json,
    "state_forces" and "generic_actor"): what is left of an actor's name without them tells its side."""
    words = word_list("actor_nouns.json", "state_forces") + word_list("actor_nouns.json", "generic_actor")
    return re.compile(rf"\b(?:the|{alternation(words)})\b", re.I)


@lru_cache(maxsize=1)
def _state_force_words() -> re.Pattern[str]:
    """Words that name the state's forces however worded (data/lexicons/actor_nouns.json, "state_forces")."""
    return re.compile(rf"\b(?:{alternation(word_list('actor_nouns.json', 'state_forces'))})\b", re.I)


def _side(actor: str) -> str | None:
    """The side an actor names: "the Ukrainian army" and "Ukraine" are one side, compared by what is
    left of the name; "gunmen" or "armed bandits" name no side (ACLED's unidentified armed group)."""
    head = _PREPOSITION.split(actor, maxsplit=1)[0]  # "gunmen on motorcycles": the phrase before it names them
    words = [word for word in _generic_actor_words().sub(" ", head).split()
             if word.lower().strip(".,'") not in unidentified_actor_words()]
    if not words:
        # "the army", "troops", "security forces": the state's forces, one side however worded.
        return "state forces" if _state_force_words().search(actor) else None
    return words[0][:5].lower()


def summarize(members: list[MemberEvent]) -> Summary:
    """The summary of an event's members (see ``Tally``, which builds it one member at a time)."""
    tally = Tally()
    for member in members:
        tally.add(member)
    return tally.summary()


# Where a member stands in report order: its report's publication day, then storage order (the
# report, then the event's row); a claim's figure adds its position in the member.
_Order = tuple[dt.date, int, int]


class _Mode:
    """How often each value was given, and the earliest member giving it: the most frequent value,
    the earliest of equally frequent ones, without keeping the members."""

    __slots__ = ("counts", "first")

    def __init__(self) -> None:
        self.counts: Counter[Any] = Counter()
        self.first: dict[Any, _Order] = {}

    def add(self, value: Any, order: _Order) -> None:
        if value is None:
            return
        self.counts[value] += 1
        if value not in self.first or order < self.first[value]:
            self.first[value] = order

    def best(self) -> Any:
        if not self.counts:
            return None
        return min(self.counts, key=lambda value: (-self.counts[value], self.first[value]))


class _Toll:
    """One kind's toll history as ``estimate`` reads it: each source's latest point, the reports
    citing each named source and where it was last cited, the latest point of all."""

    __slots__ = ("final", "kind", "last", "latest", "reports")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.latest: dict[str, tuple[tuple[Any, ...], TollPoint]] = {}
        self.reports: dict[str, set[int]] = {}
        self.last: dict[str, tuple[Any, ...]] = {}
        self.final: tuple[tuple[Any, ...], str] | None = None

    def add(self, member: MemberEvent, order: _Order) -> None:
        for position, claim in enumerate(member.claims):
            if claim.kind != self.kind or (claim.value is None and claim.low is None):
                continue
            point = TollPoint(self.kind, claim.value, claim.low, claim.high, claim.qualifier, claim.source,
                              member.published, member.report_id, claim.evidence.text)
            at = (*order, position)
            key = source_key(point)
            if key not in self.latest or at > self.latest[key][0]:
                self.latest[key] = (at, point)
            if point.source:
                self.reports.setdefault(point.source, set()).add(point.report_id)
                self.last[point.source] = max(self.last.get(point.source, at), at)
            if self.final is None or at > self.final[0]:
                self.final = (at, key)

    def estimate(self) -> Estimate:
        latest = {key: point for key, (_, point) in sorted(self.latest.items(), key=lambda item: item[1][0])}
        leading = (max(self.reports, key=lambda source: (len(self.reports[source]), self.last[source]))
                   if self.reports else self.final[1] if self.final else None)
        return estimate_latest(latest, leading)


class Tally:
    """What an event's summary needs from its members, added one member at a time in any order:
    a new report of an event with many reports costs the same as one of a new event."""

    def __init__(self) -> None:
        self.dates, self.types, self.sub_types = _Mode(), _Mode(), _Mode()
        self.actors, self.targets = _Mode(), _Mode()
        self.precisions: dict[dt.date | None, _Mode] = {}
        self.places = _Mode()
        self.killed, self.injured = _Toll("killed"), _Toll("injured")
        self.sides: set[str] = set()
        self.actor_by_source: dict[str, tuple[_Order, str]] = {}
        self.published: list[dt.date] = []  # the earliest and the latest only
        self.report_ids: set[int] = set()

    def add(self, member: MemberEvent) -> None:
        order = (member.published or dt.date.min, member.report_id, member.report_event_id)
        self.dates.add(member.date, order)
        self.precisions.setdefault(member.date, _Mode()).add(member.date_precision, order)
        self.types.add(member.event_type, order)
        self.sub_types.add(member.sub_event_type, order)
        self.targets.add(member.actor2, order)
        for place in member.locations[:1]:
            self.places.add(place, order)
        self.killed.add(member, order)
        self.injured.add(member, order)
        if member.actor1:
            self.actors.add(member.actor1, order)
            side = _side(member.actor1)
            if side is not None:
                self.sides.add(side)
            key = member.source or f"(report {member.report_id})"
            if key not in self.actor_by_source or order > self.actor_by_source[key][0]:
                self.actor_by_source[key] = (order, member.actor1)
        if member.published:
            self.published = [min([member.published, *self.published[:1]]),
                              max([member.published, *self.published[-1:]])]
        self.report_ids.add(member.report_id)

    def summary(self) -> Summary:
        places = self.places
        location = min(places.counts, key=lambda loc: (loc.precision, -places.counts[loc], places.first[loc]),
                       default=None)
        fatalities, injured = self.killed.estimate(), self.injured.estimate()
        dispute: dict[str, Any] = {}
        if fatalities.disputed:
            dispute["fatalities"] = fatalities.by_source
        if injured.disputed:
            dispute["injured"] = injured.by_source
        if len(self.sides) > 1:
            dispute["actor1"] = {key: actor for key, (_, actor) in sorted(self.actor_by_source.items(),
                                                                          key=lambda item: item[1][0])}
        best_date = self.dates.best()
        return Summary(
            date=best_date,
            date_precision=self.precisions[best_date].best() if best_date in self.precisions else None,
            event_type=self.types.best(),
            sub_event_type=self.sub_types.best(),
            actor1=self.actors.best(),
            actor2=self.targets.best(),
            location=location,
            fatalities=fatalities,
            injured=injured,
            disputed=bool(dispute),
            dispute=dispute,
            first_published=self.published[0] if self.published else None,
            last_published=self.published[-1] if self.published else None,
            report_count=len(self.report_ids),
        )
