"""Who carried an act out is never a part of the weapon's name ("hand" of "hand grenade", "booby"
of "booby-trapped", the model in "an Iskander missile") nor its target ("fired on protesters",
"police killed three gunmen"); a people's adjective, a country's short form or an armed group's
name before the weapon still is ("Russian glide bomb", "US drones", "Hamas rockets")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _actors(text: str) -> list[str | None]:
    return [e.actor1 for e in extract_report(Report("actor-kind", text, published=date(2025, 3, 4))).events]


@pytest.mark.parametrize("text", [
    "Gunmen threw a hand grenade into a bar in Goma on Monday, wounding nine people, police said.",
    "A booby-trapped motorcycle exploded outside a police station in Tal Afar on Monday, killing two officers, "
    "police said.",
    "An Iskander ballistic missile struck a training ground in Dnipropetrovsk region on Monday, killing 11 "
    "soldiers, the army said.",
    "Two Tomahawk cruise missiles hit a radar site near Hodeidah on Monday, the Houthi-run health ministry said, "
    "wounding four guards.",
    "Soldiers opened fire on a crowd of protesters in Mandalay on Monday, killing five, witnesses said.",
])
def test_no_weapon_part_or_target_as_actor(text: str) -> None:
    actors = _actors(text)
    assert actors, "no event"
    assert actors[0] is None or actors[0].lower() not in {"hand", "booby", "iskander", "tomahawk", "protesters"}


@pytest.mark.parametrize(("text", "actor"), [
    ("A Russian glide bomb hit a residential building in Kharkiv on Monday, killing three people, the governor "
     "said.", "Russian"),
    ("Hamas rockets struck a house in Sderot on Monday, wounding two people, the police said.", "Hamas"),
    ("Houthi drones hit a fuel depot in Jizan on Monday, wounding three workers, Saudi state media said.",
     "Houthi"),
    ("Hundreds of protesters clashed with police in Imphal on Monday, hurling stones, officials said.",
     "protesters"),
])
def test_owner_of_the_weapon_or_the_crowd_stays(text: str, actor: str) -> None:
    assert _actors(text)[:1] == [actor]
