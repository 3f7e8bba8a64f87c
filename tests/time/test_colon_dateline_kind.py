"""Datelines that end in a colon: "PESHAWAR, March 18:", "Imphal, Aug 12:", as South Asian dailies
write them.  The place and day are the report's, not the incident's: the dateline city is no place
of the first sentence, which stays one incident.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.core import extract_report
from eventwire.records import Report
from eventwire.time.dateline import find_dateline

COLON_DATELINES = [
    ("PESHAWAR, March 18: Three policemen were martyred and four others injured when militants attacked a "
     "check post in Bannu on Monday, officials said.", date(2025, 3, 18), "Peshawar", date(2025, 3, 18), "Bannu"),
    ("Imphal, Aug 12: Two village volunteers were shot dead and five others wounded when suspected militants "
     "opened fire at Moirang on Sunday night, police said.", date(2024, 8, 12), "Imphal", date(2024, 8, 12),
     "Moirang"),
    ("DERA ISMAIL KHAN, Nov 3: A soldier was killed and two others were injured when terrorists fired on a "
     "convoy near Kulachi on Saturday, the ISPR said.", date(2023, 11, 3), "Dera Ismail Khan", date(2023, 11, 3),
     "Kulachi"),
    ("Srinagar, 14 June: Two militants were killed and a soldier injured when troops raided a hideout "
     "in Sopore on Thursday, officials said.", date(2024, 6, 14), "Srinagar", date(2024, 6, 14), "Sopore"),
    ("LAHORE, Jan. 5: Five people were killed and 11 others wounded when a bomb went off near a shrine in "
     "Kasur on Thursday, rescue officials said.", date(2024, 1, 6), "Lahore", date(2024, 1, 5), "Kasur"),
]


@pytest.mark.parametrize(("text", "published", "place", "day", "incident_place"), COLON_DATELINES)
def test_a_dateline_closed_by_a_colon_is_the_reports_place_and_day(
        text: str, published: date, place: str, day: date, incident_place: str) -> None:
    dateline = find_dateline(text, published=published)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, day)
    assert text[: dateline.end].rstrip().endswith(":")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "place", "day", "incident_place"), COLON_DATELINES)
def test_the_first_sentence_after_a_colon_dateline_is_one_incident_at_its_own_place(
        text: str, published: date, place: str, day: date, incident_place: str) -> None:
    result = extract_report(Report("r", text, published))
    assert len(result.events) == 1
    event = result.events[0]
    assert [location.name for location in event.locations][:1] == [incident_place]
    assert event.fatalities is not None and event.injured is not None
    # The incident's day counts back from the dateline's ("on Monday" before Tuesday 18 March).
    assert event.date is not None and 0 < (day - event.date).days < 7
    assert event.date.strftime("%A") in text


@pytest.mark.parametrize("text", [
    "Kano, Nigeria: Gunmen killed four people on Monday.",  # no day: a round-up label shape
    "Breaking, March 18: no such dateline",
])
def test_a_colon_after_no_day_is_no_dated_dateline(text: str) -> None:
    dateline = find_dateline(text, published=date(2025, 3, 18))
    assert dateline is None or dateline.date is None


@pytest.mark.parametrize("text", [
    "GAZA LIVE: Strikes hit Rafah overnight; aid trucks held at crossing\nMore follows.",
    "UKRAINE UPDATE - Drones struck Odesa port overnight, officials said.",
    "SUDAN WAR LIVE: RSF shells El Obeid market\nDetails to come.",
])
def test_a_page_label_in_capitals_is_no_dateline_place(text: str) -> None:
    dateline = find_dateline(text, published=date(2025, 3, 18))
    assert dateline is None or dateline.place is None


@pytest.mark.parametrize(("text", "place", "rest"), [
    ("Thursday, March 27, 2025\n\nKHERSON, March 27 (Dnipro Wire) - Shelling killed two people.", "Kherson",
     "Shelling"),
    ("14 June 2024\nSRINAGAR, June 14: Two militants were killed in Sopore.", "Srinagar", "Two"),
])
def test_a_wire_dateline_under_a_date_line_is_one_dateline(text: str, place: str, rest: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == place and dateline.date is not None
    assert text[dateline.end :].lstrip().startswith(rest)
