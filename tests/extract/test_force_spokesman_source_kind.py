"""Kind (issue 10, kind 4: the wrong one of several sources): a lead that gives the figure to a
state force named only by what it is ("the military said", "police said") and a later sentence
that names the force's spokesman ("said Major X, spokesman for the army's 103rd Brigade") give
the person as named (gold-format.md: the source "as named"); "the military" and "the army" are one
force, "police" another.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("Militants ambushed an army patrol near Marawi on Monday, killing three soldiers, the military said. The "
     "troops were returning to base when gunmen opened fire, said Major Rolando Cruz, spokesman for the army's "
     "103rd Brigade.", "Rolando Cruz"),
    ("A bomb exploded at a market in Quetta on Monday, killing six people, police said. The device was hidden in "
     "a motorcycle, Deputy Inspector General Asif Khan, the city's police chief, told reporters.", "Asif Khan"),
    ("Gunmen attacked a checkpoint in Bannu on Monday, killing two soldiers, the army said. Captain Tariq "
     "Mahmood, a spokesman for the military's media wing, said the attackers fled into the hills.",
     "Tariq Mahmood"),
    # Someone whose words only mention another force is not the army's spokesman.
    ("Rebels shelled a camp near Goma on Monday, killing five civilians, the army said. Villager Jean Bosco, "
     "whose son serves in the police, said the shells fell at dawn.", "army"),
])
def test_the_forces_spokesman_named_later_is_the_source(text: str, source: str) -> None:
    events = extract_report(Report("spokesman", text, published=dt.date(2025, 2, 11))).events
    assert [event.source for event in events] == [source]
