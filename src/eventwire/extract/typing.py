"""Event typing: trigger categories to ACLED event and sub-event types.

The rules, in priority order, are documented in ``docs/typing.md``.  Remote violence
is typed by weapon even when civilians were hit; interceptions are "Disrupted weapons
use" only when nothing the report counts was killed or injured.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.nlp.triggers import TriggerMention

ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
# ACLED's sub-event types under each event type (../shared/spec/scope-and-types.md).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    ERV: ("Shelling/artillery/missile attack", "Air/drone strike", "Suicide bomb", "Remote explosive/landmine/IED",
          "Grenade", "Chemical weapon"),
    VAC: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Disrupted weapons use", "Arrests", "Agreement", "Looting/property destruction",
                               "Headquarters or base established", "Change to group/activity",
                               "Non-violent transfer of territory", "Other"),
}
EVENT_TYPE_OF = {sub: event_type for event_type, subs in ACLED_TYPES.items() for sub in subs}
_EXPLICIT_AIR = re.compile(r"air ?strike|airstrike|air raid|warplane|fighter jet|gunship|drone strike|bombing raid",
                           re.I)
_MOB = re.compile(r"\bmob\b|lynch", re.I)
_GOVERNMENT_ACTOR = re.compile(r"\b(?:army|troops|government|forces|military|soldiers)\b", re.I)


def type_event(triggers: Iterable[TriggerMention], casualties_reported: bool, actor: str | None
               ) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for an incident's triggers, or None if none types it."""
    found = list(triggers)
    categories = {trigger.category for trigger in found}

    def has(category: str) -> bool:
        return category in categories

    if has("suicide"):
        return ERV, "Suicide bomb"
    if has("chemical"):
        return ERV, "Chemical weapon"
    if has("ied"):
        return ERV, "Remote explosive/landmine/IED"
    if has("grenade"):
        return ERV, "Grenade"
    if has("interception") and not casualties_reported:
        return "Strategic developments", "Disrupted weapons use"
    if any(t.category == "air" and _EXPLICIT_AIR.search(t.text) for t in found):
        return ERV, "Air/drone strike"
    if has("shelling"):
        return ERV, "Shelling/artillery/missile attack"
    if has("air"):
        return ERV, "Air/drone strike"
    if has("interception"):
        return "Strategic developments", "Disrupted weapons use"
    if has("territory"):
        if actor and _GOVERNMENT_ACTOR.search(actor):
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    if has("riot"):
        mob = any(t.category == "riot" and _MOB.search(t.text) for t in found) and not has("protest")
        return "Riots", "Mob violence" if mob else "Violent demonstration"
    if has("protest") and has("clash"):
        return "Riots", "Violent demonstration"
    if has("protest") and has("repression"):
        return "Protests", "Excessive force against protesters" if casualties_reported else "Protest with intervention"
    if has("clash"):
        return "Battles", "Armed clash"
    if has("abduction"):
        return VAC, "Abduction/forced disappearance"
    if has("attack"):
        return VAC, "Attack"
    if has("protest"):
        return "Protests", "Peaceful protest"
    return None
