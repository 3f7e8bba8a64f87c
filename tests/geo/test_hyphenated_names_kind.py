"""Kind (issue 10, kind 2, trial 8: a hyphenated name cut at its hyphen): a village whose name is
hyphenated ("Pont-Sondé", "Boulel-Peulh") is kept whole, not cut to a gazetteer name that is only
its head; two known places joined by a hyphen ("the Gaza-Israel border") stay places.  Also: a
name that is usually a macro-region ("the Sahel") is a first-level region when the text writes it
as one of the country before it ("Burkina Faso's Sahel region").  Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.geo.geocode import geocode

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str | None]]:
    result = extract_report(Report("hyphen", text, published=dt.date(2024, 9, 3)))
    assert len(result.events) == 1, result.events
    return [(location.name, location.country) for location in result.events[0].locations]


@pytest.mark.parametrize(("text", "first"), [
    ("Armed gangs burned homes in the village of Pont-Cassé in Haiti's Centre department on Monday, killing five "
     "people, a priest said.", ("Pont-Cassé", "HT")),
    ("Gunmen killed six herders in the hamlet of Boulel-Peulh in Burkina Faso's Sahel region on Sunday, "
     "residents said.", ("Boulel-Peulh", "BF")),
    ("Jihadists attacked Tin-Akoff in northern Burkina Faso on Sunday, killing 11 soldiers, security sources "
     "said.", ("Tin-Akoff", "BF")),
    ("Militiamen killed five people in the village of Ngongo-Mbuji in Congo's Kasai province on Friday, a "
     "local official said.", ("Ngongo-Mbuji", "CD")),
])
def test_a_hyphenated_village_is_kept_whole(text: str, first: tuple[str, str]) -> None:
    assert _places(text)[0] == first


@pytest.mark.parametrize(("text", "name"), [
    ("Shelling hit villages along the Gaza-Israel border on Monday.", "Gaza"),
    ("Drones struck trucks on the Kharkiv-Belgorod highway on Monday.", "Kharkiv"),
    ("Forces clashed at the Chaman-Spin Boldak crossing on Saturday.", "Chaman"),
])
def test_two_known_places_joined_by_a_hyphen_stay_places(text: str, name: str) -> None:
    chosen = {m.chosen.name for m in geocode(text) if m.chosen is not None}
    assert any(found.startswith(name) for found in chosen), chosen


def test_a_macro_region_written_as_the_countrys_region_is_that_region() -> None:
    places = _places("Gunmen killed six herders in the hamlet of Boulel-Peulh in Burkina Faso's Sahel region on "
                     "Sunday, residents said.")
    assert ("Sahel", "BF") in places, places


def test_the_sahel_alone_is_no_place() -> None:
    chosen = [m.chosen for m in geocode("Jihadist violence has spread across the Sahel region since 2012.")
              if m.chosen is not None]
    assert not chosen, chosen
