"""Kind (issue 10, kind 7: stray figures): totals over a part of a period ("in the first months
of 2023 alone", "in the first half of the year"), and an act told as the time frame of such a
total ("..., when the insurgents overran X"), are background: no event of their own, no claim of
today's incident.  Reports written for these tests."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


@pytest.mark.parametrize(("published", "text"), [
    ("2026-02-11", "Insurgent attacks in northern Mozambique killed over 4,300 civilians in the first months of 2023 "
                   "alone, the provincial governor said."),
    ("2024-08-20", "Militant raids killed 780 civilians across Niger in the first half of the year, a rights group "
                   "said."),
    ("2025-09-02", "Drone strikes killed at least 240 people in Sudan's Kordofan region in the first six months of "
                   "2025, the UN said."),
    ("2024-05-07", "Battles between the junta and ethnic armies killed hundreds of civilians in the first weeks of "
                   "this year, when the insurgents overran the towns of Lashio and Hsipaw."),
    ("2024-05-07", "Clashes between federal troops, regional forces and Fano militiamen killed hundreds of residents "
                   "in the first months of last year, when the militia captured the towns of Lalibela and Debre "
                   "Tabor."),
    # Passes since "Fano militiamen" names a group, not Fano, Italy (place_frames.json group_name_nouns).
    ("2024-05-07", "Clashes pitting federal troops and regional forces against Fano militiamen killed hundreds of "
                   "residents in the first months of last year, when the militia captured the towns of Lalibela and "
                   "Debre Tabor."),
    ("2025-03-15", "Gang attacks killed some 650 people in Culiacan in the first quarter of the year, when rival "
                   "factions fought for the neighbourhoods of Tierra Blanca and Aguaruto."),
])
def test_a_total_over_part_of_a_period_is_no_incident(extract: Extract, published: str, text: str) -> None:
    assert extract(text, date.fromisoformat(published)).events == []


def test_a_new_incident_beside_a_period_total_is_kept(extract: Extract) -> None:
    text = ("Gunmen killed seven farmers near Tillaberi on Sunday, officials said. Militant raids killed 780 "
            "civilians across Niger in the first half of the year.")
    (event,) = extract(text, date(2024, 8, 20)).events
    assert event.fatalities == 7


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
    "Militants frequently ambush convoys on the road between Dera Ismail Khan and Tank.",
    "Drones strike the city almost every night, the mayor said on Monday.",
])
def test_a_habit_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, date(2025, 9, 2)).events == []
