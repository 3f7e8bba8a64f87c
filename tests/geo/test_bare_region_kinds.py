"""A first-level region named without its kind word ("Borno" for Borno State) is the region where
no large town of the name lies in it; an act's object that names a large town is that town even
when WordNet lists the word ("Gao", the GAO)."""

from __future__ import annotations

import pytest

from eventwire.geo.geocode import geocode

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    ("Five soldiers were killed in Borno on Monday.", "Borno State", "NG", 3),
    ("Gunmen attacked a village in Zamfara on Monday.", "Zamfara State", "NG", 3),
    ("Clashes erupted in Ituri on Monday.", "Ituri", "CD", 3),
    ("Shelling hit Kharkiv on Monday.", "Kharkiv", "UA", 1),
    ("Militants attacked Gao on Friday.", "Gao", "ML", 1),
    ("Insurgents attacked Kidal at dawn.", "Kidal", "ML", 1),
])
def test_bare_region_or_town(text: str, name: str, country: str, precision: int) -> None:
    chosen = geocode(text)[0].chosen
    assert (chosen.name, chosen.country, chosen.precision) == (name, country, precision)


def test_bare_region_an_english_word_stays_a_word() -> None:
    assert geocode("He sought justice in court.") == []
