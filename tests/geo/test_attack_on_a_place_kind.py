"""Kinds (issue 10, kind 2, trial 9): the place an act noun is "on" ("an attack on Ungwan Rimi,
Kaduna State", "a raid on Kilia, a village in Congo's Ituri province") is where it happened,
whatever label the model gives the name and whatever namesake the gazetteer has abroad; a name set
off as a military site ("Boukoussa, a military post in southern Mali") is a place; a place that a
description measures the name by ("a town in the mountains above Haiti's capital") is a landmark,
listed after the place hit.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("on", text, published=dt.date(2025, 11, 2))).events
    assert len(events) == 1, events
    return [(location.name, location.country) for location in events[0].locations]


@pytest.mark.parametrize(("text", "first"), [
    ("Gunmen killed nine people in an attack on Ungwan Rimi, Kaduna State, on Friday, police said.",
     ("Ungwan Rimi", "NG")),
    ("Bandits killed six farmers in a raid on Dogon Dawa, Kaduna State, on Friday, residents said.",
     ("Dogon Dawa", "NG")),
    ("Rebels killed seven villagers in a raid on Kilia, a village in Congo's Ituri province, on Friday, local "
     "officials said.", ("Kilia", "CD")),
    ("Jihadists killed 11 soldiers in an assault on Boukoussa, a military post in southern Mali, on Friday, the "
     "army said.", ("Boukoussa", "ML")),
    ("Militants killed six soldiers in an attack on Kurfi Post, a border garrison in northern Nigeria, on Friday, "
     "the army said.", ("Kurfi Post", "NG")),
    ("Militants killed eight soldiers at Kurmuk, an army base near the border with Ethiopia in Sudan's Blue Nile "
     "state, on Friday, the army said.", ("Kurmuk", "SD")),
    ("Armed men killed nine people at Furcy, a hamlet in the hills above Haiti's capital, on Friday, a local "
     "priest said.", ("Furcy", "HT")),
    ("Gunmen killed five people in Kauru, a town south of Kaduna, on Friday, police said.", ("Kauru", "NG")),
])
def test_the_place_of_the_act_comes_first(text: str, first: tuple[str, str]) -> None:
    assert _places(text)[0] == first
