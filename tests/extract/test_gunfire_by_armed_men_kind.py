"""Kind (issue 10, kind 9: sub-event types): "fired at/on X" names no weapon.  Where gunmen,
militants or bandits fire, it is gunfire (an attack; on armed forces a clash), not shelling;
where state forces fire at a town, the weapon stays open and ACLED's shelling applies.
Sentences written for this test (all were typed as shelling before)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report


def only_event(text: str) -> tuple[str, str]:
    (event,) = extract_report(Report("r", text, date(2025, 3, 12))).events
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gunmen on motorcycles fired at a school gate in Kaduna on Monday, killing two teachers, police said.",
      ("Violence against civilians", "Attack")),
     ("Bandits fired on a bus near Katsina on Sunday, killing four passengers, police said.",
      ("Violence against civilians", "Attack")),
     ("Gunmen killed two teachers in Kaduna on Monday, police said. The gunmen arrived on motorcycles and fired at "
      "the school gate.", ("Violence against civilians", "Attack")),
     ("Militants fired at a police checkpoint in Bannu on Tuesday, wounding two policemen, officials said.",
      ("Battles", "Armed clash"))],
)
def test_gunfire_by_armed_men_is_no_shelling(text: str, expected: tuple[str, str]) -> None:
    assert only_event(text) == expected


def test_state_forces_firing_at_a_town_stays_shelling() -> None:
    text = "Russian forces fired at residential areas of Kherson on Monday, killing two people, the governor said."
    assert only_event(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    ["Gunmen shot dead a trader in Maiduguri on Monday, police said. Officers found 11 shell casings at the scene.",
     "Militants killed two traders at a market near Gao on Friday. Residents later found spent shells from "
     "assault rifles near the stalls."],
)
def test_casings_found_at_the_scene_are_no_shelling(text: str) -> None:
    # The casings of spent rounds are evidence of gunfire, not artillery shells.
    assert only_event(text) == ("Violence against civilians", "Attack")
