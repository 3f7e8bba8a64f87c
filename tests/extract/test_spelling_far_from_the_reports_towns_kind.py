"""Kind (issue 10 kind 2, places): a name that matches only another spelling of a town a continent
away from every town the report places surely (and from a wire dateline's city) is not that town:
"killed five soldiers in Tessit and four gendarmes in Boni" in Mali is no Bonn; the unknown name
stays in the report's country. Before, only the dateline's city counted. Sentences written for
this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Jihadists killed five soldiers at an army post in Tessit and four gendarmes in Boni on Saturday, the army "
     "said.", "Boni", "ML"),
    ("Militants shelled Douentza on Sunday and attacked a patrol near Boni on Monday, the army said.", "Boni", "ML"),
])
def test_a_spelling_of_a_town_a_continent_away_is_not_meant(text: str, name: str, country: str) -> None:
    events = extract_report(Report("far", text, published=dt.date(2024, 6, 12))).events
    places = [(loc.name, loc.country) for event in events for loc in event.locations if loc.name == name]
    assert places
    assert all(found == country for _, found in places)
