"""Kind (issue 10, kind 7: stray figures): totals over a part of a period ("in the first months
of 2025 alone", "in the first half of the year"), and an act told as the time frame of such a
total ("..., when the rebels seized X"), are background: no event of their own, no claim of
today's incident.  Reports written for these tests."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


@pytest.mark.parametrize(("published", "text"), [
    ("2026-02-11", "Fighting in eastern Congo killed more than 7,000 people in the first months of 2025 alone, "
                   "the government said."),
    ("2024-08-20", "Attacks by armed groups killed 1,200 civilians in Burkina Faso in the first half of the year, "
                   "a monitoring group said."),
    ("2025-09-02", "Airstrikes killed at least 300 people in Sudan's Darfur region in the first six months of 2025, "
                   "the UN said."),
    ("2024-05-07", "Clashes between the army and rebels killed thousands of people in the first weeks of this year, "
                   "when the rebels seized the towns of Sake and Masisi."),
    ("2024-05-07", "Fighting between the army, allied militias and the rebels killed thousands of people in the first "
                   "months of this year, when the rebels seized the cities of Sake and Masisi."),
    ("2025-03-15", "More than 900 people died in gang violence in Port-au-Prince in the first quarter of the year, "
                   "when gangs overran the neighbourhoods of Solino and Delmas."),
])
def test_a_total_over_part_of_a_period_is_no_incident(extract: Extract, published: str, text: str) -> None:
    assert extract(text, date.fromisoformat(published)).events == []


def test_a_new_incident_beside_a_period_total_is_kept(extract: Extract) -> None:
    text = ("Gunmen killed nine villagers near Djibo on Sunday, officials said. Attacks killed 1,200 civilians in "
            "Burkina Faso in the first half of the year.")
    (event,) = extract(text, date(2024, 8, 20)).events
    assert event.fatalities == 9


@pytest.mark.parametrize("text", [
    "Relatives gathered in Kherson on Monday to remember the victims. The strike on June 3, 2023, killed 14 people "
    "and wounded 40.",
    "Mourners laid flowers in Beslan on Sunday. The attack in September 2004 killed 334 hostages, injured hundreds "
    "more and shocked the country.",
    "The 2019 bombing of a wedding hall in Kabul killed 63 guests and wounded 182, officials recalled on Monday.",
])
def test_every_verb_of_an_old_act_is_background(extract: Extract, text: str) -> None:
    assert extract(text, date(2025, 9, 2)).events == []


@pytest.mark.parametrize("text", [
    "Kharkiv, some 30 km from the border, is regularly hit by Russian glide bombs and drones.",
    "Villages along the frontier are routinely shelled by both sides, residents say.",
    "Militants frequently ambush convoys on the highway between Bannu and Miranshah.",
    "Drones strike the city almost every night, the mayor said on Monday.",
])
def test_a_habit_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, date(2025, 9, 2)).events == []
