"""An act named first as the object of a demand, a condemnation or an inquiry ("called for an inquiry
into the shelling of a school in X"), outside any incident, and then told with its toll by a definite
act noun ("Officials said the shelling killed nine") happened where the first sentence put it: the
incident takes that sentence's place (and what it hit) when its own sentences name none.  Before,
the place was lost and with it the event ("an incident with no place ... was left out")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[list[str], int | None]]:
    result = extract_report(Report("named-before", text, published=date(2024, 4, 9)))
    return [([loc.name for loc in e.locations], e.fatalities) for e in result.events]


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("The UN rights chief called for an independent inquiry into the shelling of a school in Kramatorsk, Ukraine. "
     "Officials said the shelling, which killed at least nine children, was deliberate.", "Kramatorsk", 9),
    ("Aid agencies condemned the deadly bombing of a crowded market in Maiduguri, Nigeria. Police say they are "
     "still investigating the bombing that killed at least 14 traders.", "Maiduguri", 14),
    ("The government ordered an inquiry into the army's raid on a clinic in Tillaberi, Niger. Residents said "
     "the raid, in which four patients died, came without warning.", "Tillaberi", 4),
    ("Church leaders denounced Sunday's air strikes on a camp for displaced people near Mekelle, Ethiopia. "
     "A nurse said the strikes killed 11 people.", "Mekelle", 11),
])
def test_the_act_takes_the_place_it_was_named_at(text: str, place: str, killed: int) -> None:
    assert _events(text) == [([place], killed)]


def test_a_place_of_its_own_comes_first() -> None:
    text = ("Aid agencies condemned the bombing of a market in Maiduguri, Nigeria. Police said the bombing "
            "in Kano that followed it killed 14 traders.")
    assert [places for places, _ in _events(text)] == [["Kano"]]


def test_another_act_noun_names_another_act() -> None:
    # "the raid" does not refer back to "the shelling": the place stays unknown, as before.
    text = ("The UN rights chief called for an inquiry into the shelling of a school in Kramatorsk, Ukraine. "
            "Witnesses said the raid killed nine villagers.")
    result = extract_report(Report("named-before", text, published=date(2024, 4, 9)))
    assert result.events == []
    assert any("no place" in warning for warning in result.warnings)
