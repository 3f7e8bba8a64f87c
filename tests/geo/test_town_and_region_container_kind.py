"""Kind (issue 10, kind 2, places): a name placed in a container whose name is both a town and a
first-level region ("in Progreso in Morelos", "the X favela in northern Rio de Janeiro"): the
container's region holds the name, as a region alone does ("in Aldama in Tabasco"). Before, the
container counted only when all its readings were regions, so a namesake in another state or
country won ("Progreso" went to Honduras), and a name the gazetteer has only outside the region
was not kept at it. A part of a town ("the X favela") is framed like a neighbourhood. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Gunmen killed five people at a bar in Progreso in Morelos on Saturday, state prosecutors said.",
     "Progreso", "MX", "Morelos"),
    ("Police killed four men in a raid on the Jacarezinho favela in northern Rio de Janeiro on Tuesday, a police "
     "spokesman said.", "Jacarezinho", "BR", "Rio de Janeiro"),
])
def test_the_region_of_a_town_and_region_container_holds_the_name(text: str, name: str, country: str,
                                                                   admin1: str) -> None:
    events = extract_report(Report("container", text, published=dt.date(2025, 3, 12))).events
    assert len(events) == 1
    first = events[0].locations[0]
    assert (first.name, first.country, first.admin1) == (name, country, admin1)


def test_a_town_inside_the_container_region_keeps_its_point() -> None:
    text = "A drone hit a house in Horodyshche in Rivne on Monday, wounding two people, the governor said."
    events = extract_report(Report("container", text, published=dt.date(2025, 3, 12))).events
    first = events[0].locations[0]
    assert (first.name, first.country, first.admin1, first.precision) == ("Horodyshche", "UA", "Rivne", 1)


def test_two_towns_listed_with_a_comma_are_no_container() -> None:
    text = ("Two shot dead as police disperse marchers in Kano, Katsina\n\nPolice shot dead two protesters in Kano "
            "on Monday, a rights group said.")
    events = extract_report(Report("container", text, published=dt.date(2025, 3, 12))).events
    assert [(e.locations[0].name, e.locations[0].admin1, e.locations[0].precision) for e in events] == [
        ("Kano", "Kano State", 1)]


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # Describing nouns between the name and its container ("hillside community", "oil field").
    ("Police killed six men in the Jacarezinho hillside community in western Rio de Janeiro on Wednesday, the state "
     "police said.", "Jacarezinho", "Rio de Janeiro"),
])
def test_describing_nouns_do_not_cut_the_container(text: str, name: str, admin1: str) -> None:
    events = extract_report(Report("container", text, published=dt.date(2025, 3, 12))).events
    first = events[0].locations[0]
    assert (first.name, first.admin1) == (name, admin1)


@pytest.mark.parametrize("text", [
    ("Police killed six men in a raid on the Penha favela in northern Rio de Janeiro on Wednesday, the state "
     "police said.\n\nNeighbours in Penha put the dead at nine."),
    ("Soldiers shot dead five suspected traffickers in the Lins favela in central Rio de Janeiro on Monday, "
     "officials said. Neighbours in Lins said the dead included a teenager."),
])
def test_a_name_repeated_bare_keeps_the_reading_its_container_gave(text: str) -> None:
    events = extract_report(Report("container", text, published=dt.date(2025, 3, 12))).events
    assert {(loc.country, loc.admin1) for e in events for loc in e.locations} == {("BR", "Rio de Janeiro")}


def test_the_place_stays_first_when_a_later_sentence_travels_to_it() -> None:
    # Read once by its container and then bare as a route's end ("aid workers driving to X"): one
    # place, named as the act's place, so no landmark.
    text = ("Gang members stormed the Penha favela in northern Rio de Janeiro on Thursday, killing eight people, a "
            "rights group said. Aid workers driving to Penha the next day found the streets empty.")
    events = extract_report(Report("container", text, published=dt.date(2025, 3, 12))).events
    assert [(loc.name, loc.admin1) for loc in events[0].locations][:1] == [("Penha", "Rio de Janeiro")]
