"""Kind (issue 10 kinds 4 and 6): a round-up lead tells several incidents in one sentence and the
report then tells each again in turn, often with its own named official.  (1) A later sentence at
an earlier incident's very place (or, with no place, naming that incident's site: "the post")
belongs to that incident, not to the last one opened; a town of the same province or a town just
across a border is not the same place.  (2) The lead's bare "officials"/"authorities" gives way to
the one office holder who speaks of the incident ("said district police officer X", WordNet office
nouns).  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow

_ROUNDUPS = [
    ("A roadside bomb killed three soldiers near Kismayo on Monday, and gunmen shot dead a district commissioner "
     "in Beledweyne on Tuesday, officials said.\n\nThe bomb struck an army truck on the road north of Kismayo at "
     "about 10 a.m., said regional police commander Ahmed Farah Dirie.\n\nIn Beledweyne, two men on a motorbike "
     "shot the commissioner outside a mosque after evening prayers, said Hiiraan regional governor Ali Jeyte Osman.",
     [("Kismayo", "Ahmed Farah Dirie"), ("Beledweyne", "Ali Jeyte Osman")]),
    ("Militants attacked a police post in Hangu on Sunday night, killing four officers, and a roadside "
     "bomb wounded six soldiers in Mardan district on Monday, police said.\n\nThe attackers opened fire on the post "
     "from three sides shortly before midnight, said district police officer Naveed Akhtar.\n\nThe bomb went off "
     "as an army vehicle passed through a village in Mardan, said Mardan police spokesman Irfan Khattak.",
     [("Hangu", "Naveed Akhtar"), ("Mardan", "Irfan Khattak")]),
    ("Drones struck a fuel depot in Ochakiv on Friday, killing two workers, and shelling wounded five people in "
     "Marhanets on Saturday, Ukrainian officials said.\n\nIn Ochakiv, the drones set two storage tanks ablaze, said "
     "town administration head Petro Hnatiuk.\n\nThe shells hit a bus stop in central Marhanets, said regional "
     "governor Oksana Kravets.",
     [("Ochakiv", "Petro Hnatiuk"), ("Marhanets", "Oksana Kravets")]),
]


@pytest.mark.parametrize(("text", "expected"), _ROUNDUPS)
def test_each_incident_of_a_roundup_keeps_its_own_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    events = extract_report(Report("roundup", text, published=dt.date(2024, 5, 10))).events
    assert [(event.locations[0].name, event.source) for event in events] == expected


def test_authorities_give_way_to_the_one_office_holder() -> None:
    text = ("Gunmen killed six farmers in Kebbi state on Friday, authorities said. The attackers struck at dawn, "
            "said state police spokesman Nafiu Abubakar Kotarkoshi.")
    events = extract_report(Report("one", text, published=dt.date(2024, 5, 10))).events
    assert [event.source for event in events] == ["Nafiu Abubakar Kotarkoshi"]


def test_a_resident_is_no_office_holder() -> None:
    text = ("Gunmen killed six farmers in Kebbi state on Friday, authorities said. The attackers struck at dawn, "
            "said resident Ibrahim Sani.")
    events = extract_report(Report("one", text, published=dt.date(2024, 5, 10))).events
    assert [event.source for event in events] == ["authorities"]


def test_a_town_across_the_border_is_another_incident() -> None:
    # "the Israeli town of Shlomi" in a report told by Lebanese officials: the town's own demonym
    # places it (a small town abroad is otherwise doubted), so it is a place of its own.
    text = ("An Israeli drone strike on a car near Naqoura on Tuesday killed two men, Lebanese officials said. "
            "Hours later, Hezbollah fired rockets at the Israeli town of Shlomi, where no one was hurt, the Israeli "
            "army said. The drone hit the car at the entrance of Naqoura, a witness said.")
    events = extract_report(Report("border", text, published=dt.date(2024, 5, 10))).events
    assert sorted(event.locations[0].name for event in events) == ["Naqoura", "Shlomi"]
    strike = next(event for event in events if event.locations[0].name == "Naqoura")
    assert strike.fatalities == 2


@pytest.mark.parametrize(("text", "expected"), [
    # The lead's source sits somewhere ("authorities in the western state of X"); each incident is
    # told again after a fronted place, with its own official quoted a sentence later.
    ("Gunmen killed four men at a bar in Uruapan on Friday, and attackers set fire to a shop in Zamora on Saturday, "
     "wounding two, authorities in the western state of Michoacan said.\n\nIn Uruapan, the gunmen walked in "
     "shortly before midnight and fired at customers. \"It was an attack by organised crime,\" said Uruapan "
     "security chief Martin Lopez Ruiz.\n\nIn Zamora, the attackers threw petrol through the shop's window, said "
     "Zamora fire chief Ana Ramirez Soto.",
     [("Uruapan", "Martin Lopez Ruiz"), ("Zamora", "Ana Ramirez Soto")]),
    ("Militants shot dead two policemen in Hangu on Monday, and a roadside bomb wounded three soldiers in Abbottabad "
     "on Tuesday, police in Pakistan's Khyber Pakhtunkhwa province said.\n\nIn Hangu, the gunmen fired from a "
     "motorcycle, said district police chief Ziaullah Khan.\n\nIn Abbottabad, the bomb went off beside an army truck, "
     "said Abbottabad police spokesman Adil Shah.",
     [("Hangu", "Ziaullah Khan"), ("Abbottabad", "Adil Shah")]),
])
def test_a_roundups_seated_source_gives_way_to_each_incidents_official(text: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    events = extract_report(Report("seated", text, published=dt.date(2024, 5, 10))).events
    assert [(event.locations[0].name, event.source) for event in events] == expected


def test_officials_in_a_capital_of_one_incident_stay_as_named() -> None:
    text = ("Missiles killed 12 people across Ukraine on Friday, officials in Kyiv said. \"Russia will answer for "
            "this,\" President Volodymyr Zelensky said in his nightly address.")
    events = extract_report(Report("one", text, published=dt.date(2024, 5, 10))).events
    assert [event.source for event in events] == ["officials in Kyiv"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Ukrainian drone hit a car near Valuyki on Monday, killing a man, Russian officials said. Hours later, Russian "
     "artillery shelled the Ukrainian village of Myropillia, where no one was hurt, Ukrainian officials said.",
     [("Valuyki", 1, None), ("Myropillia", 0, 0)]),
    ("A Ukrainian drone hit a lorry near Rylsk on Monday, killing the driver, Russian officials said. Hours later, "
     "Russian artillery shelled the Ukrainian village of Krasnopillia, where no one was hurt, Ukrainian officials "
     "said.", [("Rylsk", 1, None), ("Krasnopillia", 0, 0)]),
])
def test_a_small_town_placed_by_its_own_demonym_is_an_incident_of_its_own(
        text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    events = extract_report(Report("demonym", text, published=dt.date(2024, 5, 10))).events
    assert [(e.locations[0].name, e.fatalities, e.injured) for e in events] == expected
