"""Kinds (issue 10, kinds 2 and 5), found by a user-role helper: a road named by two towns joined by
an en dash ("the Tyre–Naqoura road") gave no place, as only a hyphen joined them; and "Burkina",
the short name news uses for Burkina Faso, was no country, so "Burkina jihadist attack" named
"Burkina" as the doer and a bare "in northern Burkina" placed nothing (gazetteer index format 14).
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 11)


def test_a_road_joined_by_an_en_dash(extract: Callable[..., ExtractionResult]) -> None:
    text = "Militants ambushed a convoy on the Tyre–Naqoura road on Monday, killing two soldiers, the army said."
    assert [[loc.name for loc in e.locations] for e in extract(text, PUBLISHED).events] == [["Tyre", "Naqoura"]]


@pytest.mark.parametrize(("text", "actor"), [
    ("Burkina jihadist attack kills 30 near Djibo, security sources say", None),
    ("Burkina bandit attack kills 12 near Kaya, officials say", None),
])
def test_burkina_before_the_doers_noun_names_no_doer(extract: Callable[..., ExtractionResult], text: str,
                                                    actor: str | None) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]


def test_burkina_is_the_country(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Jihadists attacked a village in Burkina on Sunday, killing 30 civilians, sources said.",
                     PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [("Burkina Faso", "BF")]
