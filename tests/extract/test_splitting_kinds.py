"""Failure kind 6 of issue 10: splitting a report into its distinct incidents.

Distinct acts in different places (each with its own figure, verb or actor) are separate
events, even in one sentence joined by "and", ";" or "while", or in one paragraph of a brief;
one wave over several places with only a total stays one event; a follow-up that refers back
("the blast", "there") stays with its incident.  Reports invented for these tests.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire import Report, extract_report
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]

SPLIT = [
    # (published, report, [(first place, fatalities, injured)] in report order)
    ("2025-03-04", "A car bomb killed four people in Kirkuk on Monday, while in Mosul a roadside bomb killed "
                   "two policemen.", [("Kirkuk", 4, None), ("Mosul", 2, None)]),
    ("2025-06-11", "Militants attacked a military base in Menaka on Tuesday, killing 9 soldiers; in Gao, a "
                   "mortar round hit the airport and injured two peacekeepers.",
     [("Menaka", 9, None), ("Gao", None, 2)]),
    ("2025-06-11", "Al-Shabaab fighters stormed a hotel in Mogadishu on Tuesday, killing 6 guests. "
                   "Later a landmine exploded under a bus near Baidoa, killing 8 passengers, and clashes in "
                   "Kismayo left 4 militiamen dead.",
     [("Mogadishu", 6, None), ("Baidoa", 8, None), ("Kismayo", 4, None)]),
    ("2025-09-02", "Violence flared across the north on Monday. Jihadists attacked Gwoza, killing 15 villagers, "
                   "gunmen kidnapped 20 students in Kaduna, and a bomb blast in Maiduguri injured seven traders.",
     [("Gwoza", 15, None), ("Kaduna", None, None), ("Maiduguri", None, 7)]),
    ("2024-02-12", "Ukrainian drones hit an oil depot in Bryansk overnight, the governor said; in Belgorod, "
                   "shelling wounded four people.", [("Bryansk", None, None), ("Belgorod", None, 4)]),
    ("2023-05-08", "Afghanistan news in brief: A roadside bomb wounded three soldiers near Kandahar on Sunday. "
                   "In Kunduz, insurgents attacked a police post, killing five officers. A suicide bomber "
                   "blew himself up outside a mosque in Jalalabad, killing 12 worshippers.",
     [("Kandahar", None, 3), ("Kunduz", 5, None), ("Jalalabad", 12, None)]),
]


@pytest.mark.parametrize(("published", "text", "expected"), SPLIT)
def test_distinct_incidents_are_separate_events(extract: Extract, published: str, text: str,
                                                expected: list[tuple[str, int | None, int | None]]) -> None:
    events = extract(text, published=date.fromisoformat(published)).events
    found = [(e.locations[0].name, e.fatalities, e.injured) for e in events]
    assert [place for place, _, _ in found] == [place for place, _, _ in expected]
    assert [(k, i) for _, k, i in found if k is not None or i is not None] == [
        (k, i) for _, k, i in expected if k is not None or i is not None]


def test_a_clause_inherits_the_day_of_its_sentence(extract: Extract) -> None:
    text = "A car bomb killed four people in Kirkuk on Monday, while in Mosul a roadside bomb killed two policemen."
    events = extract(text, published=date(2025, 3, 4)).events
    assert [e.date for e in events] == [date(2025, 3, 3), date(2025, 3, 3)]


KEPT_TOGETHER = [
    # one wave over several places with only a total
    ("2025-09-02", "Russian missiles struck Kharkiv, Odesa and Dnipro overnight, killing at least 11 people in "
                   "total, officials said.", ["Kharkiv", "Odesa", "Dnipro"]),
    # a follow-up naming another place but referring back to the act
    ("2025-05-20", "A drone strike killed two fighters in Idlib on Sunday. The strike also destroyed a truck "
                   "near Sarmada, the monitor said.", ["Idlib"]),
    # the wave goes on in a second sentence with no figure of its own
    ("2024-07-09", "Russian missiles hit Kyiv on Monday morning. Missiles also struck Kryvyi Rih and Dnipro. "
                   "At least 30 people were killed, officials said.", ["Kyiv"]),
]


@pytest.mark.parametrize(("published", "text", "places"), KEPT_TOGETHER)
def test_one_incident_stays_one_event(extract: Extract, published: str, text: str, places: list[str]) -> None:
    (event,) = extract(text, published=date.fromisoformat(published)).events
    assert [loc.name for loc in event.locations][: len(places)] == places


MARKED = [
    # "separately", "elsewhere", "N separate attacks": the report says the incidents are distinct
    ("2025-03-04", "Gunmen attacked a bus near Maiduguri on Monday, killing nine passengers. Separately, a bomb "
                   "exploded at a mosque in Maiduguri, killing two worshippers.",
     [("Maiduguri", 9), ("Maiduguri", 2)]),
    ("2025-03-04", "An air strike killed 12 militants in Idlib province on Sunday, a monitor said. Elsewhere in "
                   "the province, shelling killed three civilians.", [("Idlib", 12), ("Idlib", 3)]),
    # a total over two incidents is no figure of either (unknown stays null)
    ("2025-03-04", "A suicide bomber killed 16 people at a market in Farah on Monday, officials said. In two "
                   "separate incidents in the east of the country, roadside bombs killed at least four soldiers.",
     [("Farah", 16), ("Afghanistan", None), ("Afghanistan", None)]),
]


@pytest.mark.parametrize(("published", "text", "expected"), MARKED)
def test_incidents_the_report_marks_as_distinct(extract: Extract, published: str, text: str,
                                                expected: list[tuple[str, int | None]]) -> None:
    events = extract(text, published=date.fromisoformat(published)).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == expected


def test_an_aside_marked_separately_with_no_act_is_no_incident(extract: Extract) -> None:
    text = "Missiles hit Kharkiv on Monday, killing 3. Separately, the governor said the city's power grid was damaged."
    assert len(extract(text, published=date(2025, 3, 4)).events) == 1


@pytest.mark.parametrize(("text", "title", "expected"), [
    # Two towns of one state, two kinds of act, each with its figure.
    ("Cartel gunmen opened fire on a state police patrol near Iguala, Guerrero, on Saturday, killing four "
     "officers. Hours earlier, a landmine killed a soldier near Chilpancingo.", None,
     [("Iguala", date(2024, 5, 11), 4), ("Chilpancingo", date(2024, 5, 11), 1)]),
    # A headline naming the towns of both incidents does not make them one.
    ("Police fired live rounds at protesters in Bauchi on Wednesday, killing three. In Gombe, angry youths "
     "torched a district office on the same day, the state government said.",
     "Fuel price protests turn deadly in Bauchi, Gombe",
     [("Bauchi", date(2024, 5, 8), 3), ("Gombe", date(2024, 5, 8), None)]),
    ("Russian shelling killed two women in Kupiansk on Thursday. In Chuhuiv, a drone strike wounded a man later "
     "that day, the regional governor said.", None,
     [("Kupiansk", date(2024, 5, 9), 2), ("Chuhuiv", date(2024, 5, 9), None)]),
])
def test_another_town_of_one_region_with_an_act_of_its_own_is_another_incident(
        extract: Extract, text: str, title: str | None, expected: list[tuple[str, date, int | None]]) -> None:
    events = extract(text, date(2024, 5, 12), title).events
    assert [(e.locations[0].name, e.date, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(("text", "title"), [
    # The headline's town and the lead's town of the same region: one incident told twice.
    ("A military aircraft bombed a school in Pakokku Township, Magway Region, on Friday, killing seven "
     "pupils, a local aid group said.", "Myanmar jet bombs school in Magway"),
    # Background of another kind in another town, with no day or figure of its own.
    ("Mortar rounds landed near an army base outside Kirkuk on Friday, causing no casualties, officials said. "
     "The shelling came as anti-corruption protests continue in Basra and across southern Iraq.", None),
])
def test_one_incident_told_with_other_towns_stays_one(extract: Extract, text: str, title: str | None) -> None:
    assert len(extract(text, date(2024, 5, 12), title).events) == 1


def test_two_districts_of_one_state_with_acts_of_their_own_are_two_incidents(extract: Extract) -> None:
    text = ("Three security personnel were killed in an IED blast in Bijapur district of Chhattisgarh on Saturday, "
            "police said. Later that day, a villager was shot dead by suspected Maoists in neighbouring Sukma "
            "district.")
    events = extract(text, date(2024, 5, 12)).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [("Bijapur district", 3), ("Sukma district", 1)]


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Gunmen kill 12 in Bankass and Bandiagara",
     "Gunmen killed nine villagers in Bankass on Sunday, the mayor said. In Bandiagara, gunmen killed three "
     "herders on the same day, a local official said.", [("Bankass", 9), ("Bandiagara", 3)]),
    ("Shelling kills seven in Kherson, Nikopol",
     "Russian shelling killed five people in Kherson on Sunday, the governor said. In Nikopol, shelling killed "
     "two pensioners on the same day, officials said.", [("Kherson", 5), ("Nikopol", 2)]),
])
def test_a_headline_total_over_several_incidents_is_no_incidents_figure(
        extract: Extract, title: str, text: str, expected: list[tuple[str, int]]) -> None:
    events = extract(text, date(2024, 5, 7), title).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == expected
    assert all(len(e.locations) == 1 for e in events)


@pytest.mark.parametrize(
    ("text", "places"),
    [("A suicide bomber rammed a car into a checkpoint in Bannu district on Monday night, killing six policemen, "
      "and gunmen shot dead two polio workers in Lakki Marwat on Tuesday, officials said.",
      ["Bannu district", "Lakki Marwat"]),
     ("Militants stormed a police post in Kohat on Friday, killing three officers, and a roadside bomb killed two "
      "soldiers near Hangu on Saturday, the army said.", ["Kohat", "Hangu"])],
)
def test_two_clauses_on_different_days_in_one_region_are_two_incidents(text: str, places: list[str]) -> None:
    events = extract_report(Report("r", text, date(2025, 1, 22))).events
    assert [event.locations[0].name for event in events] == places
