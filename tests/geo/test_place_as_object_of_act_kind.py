"""Kind (issue 10, kinds 1 and 2): a town named as the object of an act done only to places
("insurgents shelled X", "fighters stormed X", "jihadists overran X") is that town whatever label the
small model gives it (ORG, PERSON), when the gazetteer knows the name as written.  Sentences written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Insurgents shelled Kukawa on Sunday, killing six people, police said.", ("Kukawa", "NG")),
    ("Boko Haram fighters stormed Dapchi on Tuesday night, killing five residents, a local official said.",
     ("Dapchi", "NG")),
    ("Jihadists overran Diapaga on Saturday, killing three gendarmes, security sources said.", ("Diapaga", "BF")),
])
def test_the_object_of_an_act_on_places_is_the_town(text: str, place: tuple[str, str]) -> None:
    events = extract_report(Report("object", text, published=dt.date(2024, 5, 10))).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [place]
