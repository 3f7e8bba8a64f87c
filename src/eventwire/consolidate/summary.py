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

from eventwire.consolidate.estimates import Estimate, estimate, toll_history
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
    present = [value for value in values if value is not None]
    if not present:
        return None
    counts = Counter(present)
    return max(present, key=lambda value: (counts[value], -present.index(value)))


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
    ordered = sorted(members, key=lambda m: (m.published or dt.date.min, m.report_id))
    locations = [loc for m in ordered for loc in m.locations[:1]]
    location = min(locations, key=lambda loc: (loc.precision, -locations.count(loc))) if locations else None
    fatalities = estimate(toll_history(ordered, "killed"))
    injured = estimate(toll_history(ordered, "injured"))
    actors = [m.actor1 for m in ordered if m.actor1]
    sides = sorted({side for actor in actors if (side := _side(actor)) is not None})
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
