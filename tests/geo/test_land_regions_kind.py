"""Regions news names as places that are not first-level units in GeoNames (historical and
geographic regions, peninsulas, islands: ``data/lexicons/land_regions.tsv``), and a capitalised
compass word before a country ("Central Mali", "Western Sahara")."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

import pytest

from eventwire import Report, extract_report
from eventwire.geo.gazetteer import load_gazetteer


def only_event_place(text: str) -> tuple[str, str | None]:
    (event,) = extract_report(Report("r", text, date(2024, 3, 4))).events
    return event.locations[0].name, event.locations[0].country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Insurgents ambushed a patrol in Kashmir on Sunday, killing three soldiers, the army said.", "Kashmir", "IN"),
     ("Two policemen were shot dead in North Waziristan on Monday, officials said.", "North Waziristan", "PK"),
     ("Clan militias clashed near the border of Puntland on Saturday, leaving nine dead, elders said.",
      "Puntland", "SO"),
     ("A roadside bomb killed four soldiers in the Sinai Peninsula on Friday, security sources said.", "Sinai", "EG"),
     ("Troops killed six rebels in a firefight on Mindanao on Sunday, a military spokesman said.", "Mindanao", "PH"),
     ("Artillery fire killed three civilians in the Donbass on Saturday, the regional governor said.", "Donbas",
      "UA"),
     ("Militiamen torched a village in Darfur on Sunday, killing 14 people, aid workers said.", "Darfur", "SD"),
     ("Azerbaijani forces shelled positions in Karabakh on Monday, killing two soldiers, officials said.",
      "Nagorno-Karabakh", "AZ"),
     ("Gunmen kidnapped five oil workers in the Niger Delta on Friday, police said.", "Niger Delta", "NG")],
)
def test_land_regions_kind_a_region_without_an_admin_unit_is_the_place(text: str, name: str, country: str) -> None:
    assert only_event_place(text) == (name, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [("Gunmen killed eight herders in Central Mali on Tuesday, a local official said.", "ML"),
     ("Jihadists attacked a gendarmerie post in Eastern Burkina Faso on Sunday, killing five, officials said.",
      "BF"),
     ("Separatist fighters fired rockets at an army position in Western Sahara on Monday, killing two soldiers, "
      "the army said.", "EH"),
     ("Militiamen killed seven villagers in Central African Republic on Friday, the UN mission said.", "CF")],
)
def test_land_regions_kind_a_capitalised_compass_word_before_a_country_keeps_the_country(text: str,
                                                                                         country: str) -> None:
    assert only_event_place(text)[1] == country


def test_land_regions_kind_every_lexicon_row_is_found_as_a_region_of_its_country() -> None:
    # Building the index checks each row's admin1 against GeoNames (land_region_rows raises);
    # here each name must come back first, as a region of the row's country, with its point.
    text = resources.files("eventwire").joinpath("data/lexicons/land_regions.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader([line for line in text.splitlines() if line and not line.startswith("#")],
                               delimiter="\t"))
    assert len(rows) >= 20
    gazetteer = load_gazetteer()
    for row in rows:
        for spelling in [row["name"], *filter(None, row["aliases"].split("|"))]:
            place = gazetteer.lookup(spelling)[0]
            assert (place.name, place.country, place.feature) == (row["name"], row["country"], "region"), spelling
            assert place.lat == float(row["lat"]) and place.lon == float(row["lon"])


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [("Gunmen shot dead two teachers in Shewa Adda, North Waziristan, on Monday, police said.", "Shewa Adda", "PK"),
     ("A grenade attack wounded four soldiers near Gund Pora, Kashmir, on Thursday, police said.", "Gund Pora", "IN"),
     ("Militiamen burned homes in Jebel Moon, Darfur, on Friday, killing nine people, residents said.", "Jebel Moon",
      "SD")],
)
def test_land_regions_kind_a_name_the_gazetteer_lacks_before_a_known_region_is_kept_there(text: str, town: str,
                                                                                           country: str) -> None:
    # The last word of the unknown name may be a town elsewhere ("Adda", "Moon"): it is no place
    # of its own, the whole name is kept inside the region that follows it.
    assert only_event_place(text) == (town, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [("Gunmen killed six traders at a weekly market in Central Mali on Sunday, a local official said, speaking "
      "by telephone from Mopti.", "ML"),
     ("Jihadists attacked a gendarmerie post in Eastern Burkina Faso on Sunday, killing five, a security source "
      "told reporters from Fada N'Gourma.", "BF")],
)
def test_land_regions_kind_where_a_speaker_talks_from_is_not_the_place(text: str, country: str) -> None:
    name, found = only_event_place(text)
    assert found == country and name not in ("Mopti", "Fada N'Gourma")
