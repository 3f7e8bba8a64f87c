"""Kind (issue 10, kind 5): a weapon's model between the people's word and the act ("Russian
Shaheds", "Ethiopian Bayraktar TB2s", "Russian Kalibr missiles", "Turkish Akinci drones") stayed in
actor1 ("Russian Kalibr"); the model names no one, and the people's word names who fired it. A
drone model alone ("Iranian-made Shahed drones": the maker is no doer) names no actor. Names of
bodies keep their words ("the Israeli Air Force"). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 10)


@pytest.mark.parametrize(("text", "actor"), [
    ("Russian Shaheds pounded Kharkiv overnight, killing three people, officials said.", "Russian"),
    ("Russian Kalibr missiles hit central Kyiv on Monday, killing two people, the mayor said.", "Russian"),
    ("Ethiopian Bayraktar TB2s struck a market in Togoga on Sunday, killing 20 people, witnesses said.",
     "Ethiopian"),
    ("Turkish Akinci drones struck a vehicle near Qamishli on Sunday, killing two fighters, the SDF said.",
     "Turkish"),
    ("Iranian-made Shahed drones hit Odesa overnight, killing four people, the governor said.", None),
    ("The Israeli Air Force struck a house in Khan Younis on Sunday, killing six people, medics said.",
     "Israeli Air Force"),
])
def test_the_weapon_model_names_no_doer(extract: Callable[..., ExtractionResult], text: str,
                                        actor: str | None) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
