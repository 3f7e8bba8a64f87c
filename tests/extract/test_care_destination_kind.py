"""Kinds (issue 10, kinds 1 and 2), reports written for these tests:

- where the wounded were taken ("rushed to a hospital in Jos", "evacuated to Kabul", "moved to
  a military hospital in Srinagar") is no place of the incident;
- "martyred" and "embraced martyrdom" (South Asian and Middle Eastern news) count the killed.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 11, 3)


@pytest.mark.parametrize(("text", "place", "not_place"), [
    ("An explosive device tore through a police pickup in Helmand on Saturday, killing two officers. The wounded "
     "were taken to a hospital in Kandahar.", "Helmand", "Kandahar"),
    ("Gunmen attacked a village near Bokkos on Saturday, killing 12. The injured were rushed to the teaching "
     "hospital in Jos.", "Bokkos", "Jos"),
    ("Militants ambushed a convoy in Pakistan's Khyber district on Saturday, wounding five soldiers, who were "
     "airlifted to Peshawar.", "Khyber", "Peshawar"),
    ("A drone strike hit a car in Tyre on Saturday, killing one man; two passengers were evacuated to Beirut for "
     "treatment.", "Tyre", "Beirut"),
    ("Six policemen were wounded in a grenade attack in Kulgam on Saturday and shifted to a military hospital in "
     "Srinagar, police said.", "Kulgam", "Srinagar"),
    # A settlement noun with "of" between the care noun and the name ("a hospital in the port city of X").
    ("Militiamen raided the village of Kamuhororo in Congo's North Kivu province on Saturday, killing eight people. "
     "Five wounded people were taken to hospital in the lakeside city of Goma.", "Kamuhororo", "Goma"),
    ("Militants shelled a market in Daraa governorate on Saturday, killing six people; nine wounded were rushed "
     "to a hospital in the nearby city of As-Suwayda, activists said.", "Daraa", "As-Suwayda"),
])
def test_where_the_wounded_were_taken_is_no_place_of_the_incident(extract: Extract, text: str, place: str,
                                                                   not_place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    names = [location.name for location in event.locations]
    # A district is named with its unit word ("Khyber district") or without it.
    assert names[0].removesuffix(" district") == place and not_place not in names, names


def test_a_strike_on_a_hospital_keeps_its_place(extract: Extract) -> None:
    text = "An air strike hit a hospital in Khan Younis on Saturday, killing four patients, medics said."
    (event,) = extract(text, PUBLISHED).events
    assert event.locations[0].name == "Khan Yunis" or "Khan" in event.locations[0].name


@pytest.mark.parametrize(("text", "killed"), [
    ("Four FC personnel, among them a major, were martyred when their patrol hit a landmine in Balochistan's Kech "
     "district on Saturday, the ISPR said.", 4),
    ("Three policemen embraced martyrdom when militants attacked a check post in Bannu on Saturday.", 3),
    ("Two Hezbollah fighters were martyred in an Israeli strike on Nabatieh on Saturday, the group said.", 2),
])
def test_martyred_counts_the_killed(extract: Extract, text: str, killed: int) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities == killed


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen seize 25 from Kebbi school\n\nBirnin Kebbi — Armed men raided a secondary school in Zuru on "
     "Tuesday and seized 25 students, police said.", "Zuru"),
    ("Three die in Jenin strike as settlers raid West Bank village\n\nIsraeli settlers stormed the village of "
     "Duma on Wednesday, wounding four Palestinians, medics said.", "Duma"),
])
def test_the_bodys_place_comes_before_the_headlines(extract: Extract, text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events[0].locations[0].name == place, [loc.name for loc in events[0].locations]
