"""Kind (trial 10: injured figures phrased as treatment or wounds): "four others were receiving
treatment", "six people with gunshot wounds", "three neighbours sustained shrapnel wounds",
"twelve people were admitted to hospital" count the injured; the bodies taken to a hospital do
not.  Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("Gunmen killed two people in Jos, and four others were receiving treatment in hospital.",
     [("killed", 2), ("injured", 4)]),
    ("Six people with gunshot wounds were treated at the district hospital.", [("injured", 6)]),
    ("Three neighbours sustained shrapnel wounds.", [("injured", 3)]),
    ("Twelve people were admitted to hospital with bullet wounds.", [("injured", 12)]),
    ("Nine passengers suffered serious injuries when the bomb went off.", [("injured", 9)]),
    ("Seven villagers were being treated for burns and bullet wounds.", [("injured", 7)]),
    ("Five soldiers were rushed to a military hospital in Mosul.", [("injured", 5)]),
])
def test_treatment_and_wounds_count_the_injured(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures


@pytest.mark.parametrize("text", [
    "The bodies of six people were taken to hospital.",
    "The remains of 12 soldiers were brought to the hospital morgue.",
])
def test_the_dead_taken_to_hospital_are_not_injured(text: str) -> None:
    assert [c for c in find_casualties(text) if c.kind == "injured"] == []
