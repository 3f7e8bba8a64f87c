"""Kind (issue 10, kind 2, trial 8: a village kept only at its container): a village named inside
a nested container ("the village of X in Y State's Z area", "X, a village in Y State's Z area")
is kept, and kept first, placed in the unit the possessive names; the two-word name that is the
object of an act done to places ("raided Bakin Kogi in Katsina State") is a place whatever label
the small model gives it.  Sentences written for this test; the villages are real places the
gazetteer lacks (or knows only abroad)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str | None]]:
    result = extract_report(Report("nested", text, published=dt.date(2024, 6, 15)))
    assert len(result.events) == 1, result.events
    return [(location.name, location.country) for location in result.events[0].locations]


@pytest.mark.parametrize(("text", "first"), [
    ("Gunmen killed nine people in the village of Dangulbi in Zamfara State's Bukkuyum local government "
     "area on Thursday, police said.", "Dangulbi"),
    ("Militants stormed the hamlet of Ndom in Borno State's Gwoza district on Wednesday and killed four "
     "villagers, residents said.", "Ndom"),
    ("Armed men killed five people on Tuesday in Kpokolo, a village in Benue State's Guma area, a council "
     "chairman said.", "Kpokolo"),
    ("Jihadists killed 14 civilians in the village of Ouro Guelobe in Burkina Faso's Centre-Nord region on "
     "Thursday, local sources said.", "Ouro Guelobe"),
])
def test_the_village_in_a_nested_container_is_kept_first(text: str, first: str) -> None:
    places = _places(text)
    assert places[0][0] == first, places
    # The namesake abroad (Ndom in Cameroon) never wins over the container the text gives.
    assert places[0][1] == places[1][1], places


@pytest.mark.parametrize(("text", "first", "country"), [
    ("Bandits attacked Rafin Gora in Kaduna State's Birnin Gwari area on Friday, killing six farmers, a "
     "local official said.", "Rafin Gora", "NG"),
    ("Seven civilians were killed when gunmen raided Bakin Kogi in Katsina State's Faskari council area on "
     "Monday, police said.", "Bakin Kogi", "NG"),
    ("Insurgents raided Mocimboa Sede in Mozambique's Cabo Delgado province on Friday, killing three "
     "people, police said.", "Mocimboa Sede", "MZ"),
])
def test_a_two_word_object_of_an_act_on_places_is_a_place(text: str, first: str, country: str) -> None:
    assert _places(text)[0] == (first, country)


def test_a_person_attacked_is_not_made_a_place() -> None:
    result = extract_report(Report("person", "Gunmen attacked Ahmed Sule in his home in Kano on Friday, killing "
                                   "him, police said.", published=dt.date(2024, 6, 15)))
    names = [location.name for event in result.events for location in event.locations]
    assert "Ahmed Sule" not in names, names


@pytest.mark.parametrize(("text", "first", "country"), [
    # A description set off by commas, whatever its words, places the name in the container after "in".
    ("Gangs raided Bois-Neuf, a rice-growing locality in Artibonite department's Saint-Marc commune, on Sunday, "
     "killing four farmers, a local official said.", "Bois-Neuf", "HT"),
    ("Raiders attacked Tundun Wada, a mainly Christian village in Plateau State's Riyom area, on Sunday, killing "
     "five people, police said.", "Tundun Wada", "NG"),
    # The object of an act set off by a comma before "in".
    ("Rebels attacked Bibwe, in North Kivu province's Masisi territory, on Sunday, killing five villagers, "
     "a civil society leader said.", "Bibwe", "CD"),
    # A short tail after a hyphen is part of the name.
    ("Gunmen attacked Gouna-Ba in central Mali on Sunday, killing 13 herders, a local mayor said.",
     "Gouna-Ba", "ML"),
    # The towns a road joins are its ends, not the place hit.
    ("Insurgents attacked Kawuri, an army outpost on the Bama–Konduga road, on Sunday, killing three soldiers, "
     "the army said.", "Kawuri", "NG"),
    ("Gunmen ambushed a bus near Ruvu on the Dar es Salaam-Morogoro road on Sunday, killing three passengers, "
     "police said.", "Ruvu", "TZ"),
])
def test_the_named_village_comes_first_in_other_frames(text: str, first: str, country: str) -> None:
    assert _places(text)[0] == (first, country)
