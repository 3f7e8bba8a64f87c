"""Kinds from a user trial (trial 8; issue 10, kinds 1 and 2), with reports written for this test:
a capital or region that owns a force ("Moscow's forces shelled X") is the state acting, not the
place; the ends of a route ("travelling from Quetta to Karachi") come after the place where the
travellers were attacked; and a word that does not say how ("struck", "hit") done by state forces
with a toll is their strike (it gave no event at all)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report
from eventwire.records import Event


def only_event(text: str) -> Event:
    (event,) = extract_report(Report("r", text, date(2025, 3, 12))).events
    return event


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [("Moscow's forces shelled the town of Kostiantynivka on Monday, killing three civilians, the governor said.",
      "Kostiantynivka", "Moscow"),
     ("Kyiv's troops struck an ammunition depot near Belgorod on Sunday, the Russian defence ministry said.",
      "Belgorod", "Kyiv"),
     ("Tehran's proxies fired rockets at a base near Erbil on Friday, wounding two soldiers, officials said.",
      "Erbil", "Tehran")],
)
def test_a_place_that_owns_a_force_is_no_place_of_the_act(text: str, place: str, not_place: str) -> None:
    names = [location.name for location in only_event(text).locations]
    assert names[0] == place and not_place not in names


@pytest.mark.parametrize(
    ("text", "place"),
    [("Bus passengers travelling from Quetta to Karachi were abducted by gunmen near Khuzdar on Friday, officials "
      "said.", "Khuzdar"),
     ("Gunmen ambushed a truck heading from Gao to Menaka near Ansongo on Monday, killing two drivers, officials "
      "said.", "Ansongo")],
)
def test_the_ends_of_a_route_come_after_the_place(text: str, place: str) -> None:
    assert only_event(text).locations[0].name == place


@pytest.mark.parametrize(
    "text",
    ["Israeli forces struck a house in Khan Younis on Monday, killing five people, medics said.",
     "Russian troops hit a market in Kherson on Sunday, killing three people, the governor said.",
     "Government forces struck a village near Kutum on Friday, killing nine civilians, activists said."],
)
def test_a_state_forces_act_with_a_toll_is_an_incident(text: str) -> None:
    event = only_event(text)
    assert event.fatalities is not None and event.fatalities > 0
