"""Kind (issue 10, kind 2: a city placed in another country than the one the report names): a
name whose own phrase names its container ("X village in Congo's Ituri province", "the town of X
in central Mali") is never a namesake elsewhere: where the gazetteer has X only abroad, the
name is kept at the container the text gives.  (A demonym of the actor alone decides nothing:
troops cross borders.)  Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.geo.geocode import geocode

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("ADF rebels stormed Mambasa village in Congo's Ituri province on Thursday night.", "Mambasa", "CD"),
    ("Jihadists attacked the town of Lere in central Mali on Sunday.", "Lere", "ML"),
    ("Gunmen killed nine farmers in Guma Local Government Area of Benue State on Friday.", "Guma", "NG"),
    ("Rebels shelled the village of Kibirizi in North Kivu province of Congo on Monday.", "Kibirizi", "CD"),
])
def test_the_named_container_holds_the_name(text: str, name: str, country: str) -> None:
    chosen = [(m.chosen.name, m.chosen.country) for m in geocode(text) if m.chosen is not None]
    assert (name, country) in chosen, chosen


def test_a_town_named_in_its_own_country_stays_a_town() -> None:
    chosen = [(m.chosen.name, m.chosen.country, m.chosen.precision) for m in
              geocode("Militants attacked Lere in Nigeria's Kaduna State on Friday.") if m.chosen is not None]
    assert ("Lere", "NG", 1) in chosen, chosen
