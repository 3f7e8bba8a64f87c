"""A capital's possessive before a body or office of the state ("Kabul's foreign ministry",
"Tehran's envoy", "Moscow's defence ministry") stands for the state, like "Moscow said": it is not
where the act happened.  Parts of the town ("Kabul's Shorbazar district") keep it a place, and so
would the town's own offices and people ("Kabul's mayor", "Kyiv's residents") were they not
speakers, whose seats are set apart on their own rule."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[list[str]]:
    result = extract_report(Report("capital", text, published=date(2024, 6, 10)))
    return [[loc.name for loc in e.locations] for e in result.events]


@pytest.mark.parametrize(("text", "places"), [
    ("Kabul's foreign ministry condemned the air strike in Khost province that Pakistani jets carried out "
     "overnight. Taliban officials said the strike killed eight civilians.", [["Khowst"]]),
    ("Moscow's defence ministry said its forces shot down 12 Ukrainian drones over the Belgorod region on Sunday.",
     [["Belgorod Oblast"]]),
    ("Tehran's envoy denounced an Israeli strike on a building in Damascus on Sunday that killed six people.",
     [["Damascus"]]),
    ("Islamabad's foreign office summoned the Afghan envoy after mortar fire from across the border killed "
     "three villagers in Chaman on Monday.", [["Chaman"]]),
])
def test_a_capitals_state_body_is_no_place(text: str, places: list[list[str]]) -> None:
    assert _places(text) == places


def test_the_towns_own_district_stays() -> None:
    text = "A bomb exploded in Kabul's Shorbazar district on Sunday, killing four people, police said."
    assert _places(text) == [["Shorbazar", "Kabul"]]
