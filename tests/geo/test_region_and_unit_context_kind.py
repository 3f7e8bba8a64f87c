"""Kind (issue 10 kind 2, places): the words around a region or unit decide the country and keep
the town.  (1) "the Torodi region of Niger": what follows "region of" after a region's name is its
container, not one more region of a list ("the regions of Bryansk, Oryol and Kursk" still is).
(2) A region named with its word ("Zamfara state", "the Kherson region") points at its country
as a state named bare does, so a small town of that name beside it stays ("Wawa", not Warsaw,
which GeoNames also calls Wawa); a town counts for its country only under the name
as written.  (3) A unit named after its town ("Koro cercle", "Koro circle") is written as the
town, so the demonym in the sentence decides between namesakes.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("region", text, published=dt.date(2024, 5, 10))).events
    assert len(events) == 1, events
    return [(location.name, location.country) for location in events[0].locations]


@pytest.mark.parametrize(("text", "first"), [
    ("Gunmen killed nine herders in the Torodi region of Niger on Monday, officials said.", ("Torodi", "NE")),
    ("Gunmen killed seven traders in the Dosso region of Niger on Monday, officials said.", ("Dosso", "NE")),
    ("Bandits killed 14 people in Wawa, Niger state, on Sunday, police said.", ("Wawa", "NG")),
    ("Gunmen killed 14 people in Madara local government area of Bauchi state on Sunday, police said.",
     ("Madara", "NG")),
    ("Militants killed nine people in the Koro cercle on Saturday, a Malian security source said.", ("Koro", "ML")),
    ("Jihadists killed 12 civilians in the Koro circle on Saturday, a Malian official said.", ("Koro", "ML")),
])
def test_the_words_around_a_region_decide_its_country(text: str, first: tuple[str, str]) -> None:
    name, country = _places(text)[0]
    assert country == first[1]
    assert name.startswith(first[0])


def test_a_list_of_regions_stays_a_list() -> None:
    text = "Ukrainian drones attacked the regions of Tula, Kaluga and Smolensk overnight, wounding three, Russia said."
    names = {name for name, _ in _places(text)}
    assert {"Tula Oblast", "Kaluga Oblast", "Smolensk Oblast"} <= names


def test_a_list_after_a_demonym_stays_a_list() -> None:
    text = ("Drones were shot down over the southern Russian regions of Voronezh and Lipetsk overnight, damaging two "
            "houses, the governor said.")
    names = {name for name, _ in _places(text)}
    assert names == {"Voronezh Oblast", "Lipetsk Oblast"}
