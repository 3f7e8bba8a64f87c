"""Kind (issue 10, kind 7, evolving tolls): a toll the report says later rose ("The death toll later
rose to 11", "the number of dead had climbed to 14") is the incident's figure, from whoever gave
the update; a larger figure without a verb of the toll's change is another source's disagreement
(the lead stays, gold-format.md), and a period's running total is no figure of the incident.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _event(text: str) -> tuple[int | None, int | None, str | None]:
    events = extract_report(Report("toll", text, published=dt.date(2024, 6, 5))).events
    assert len(events) == 1, events
    return events[0].fatalities, events[0].injured, events[0].source


@pytest.mark.parametrize(("text", "killed", "source"), [
    ("A car bomb exploded at a market in the town of Asadabad on Tuesday, killing six people, police said. The "
     "death toll later rose to 11 as more victims died in hospital, a health official said.", 11, "health official"),
    ("Gunmen killed nine villagers in an attack on the village of Kafin Koro in Niger state on Monday, police said. By "
     "Tuesday evening the toll had climbed to 14, local officials said.", 14, "local officials"),
    ("Russian missiles struck the city of Kremenchuk on Monday, initially killing four people, the regional governor "
     "said. On Tuesday the governor said the number of dead had risen to seven.", 7, "regional governor"),
    ("Shelling killed five people in the Syrian town of Sarmada on Monday, rescuers said. The toll rose to nine on "
     "Tuesday after two more of the wounded died, a hospital director said.", 9, "hospital director"),
])
def test_a_risen_toll_is_the_incidents_figure(text: str, killed: int, source: str) -> None:
    fatalities, _, given_by = _event(text)
    assert (fatalities, given_by) == (killed, source)


@pytest.mark.parametrize(("text", "killed"), [
    # Another source's larger figure: a disagreement, the lead stays.
    ("Gunmen killed 12 people in the town of Buni Yadi on Sunday, police said. Residents put the toll at 20.", 12),
    # A running total that rose: not this incident's toll.
    ("A suicide bomber killed eight people at a mosque in the town of Taloqan on Friday, police said. The number "
     "of people killed in attacks in the province this year has risen to 240, according to a local monitor.", 8),
    ("Shelling killed three people in the town of Kupiansk on Tuesday, officials said. Russia's defence "
     "ministry said Ukrainian losses in the area had risen to 300 over the past week.", 3),
])
def test_a_larger_figure_that_is_no_update_leaves_the_lead(text: str, killed: int) -> None:
    assert _event(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb killed six people in the town of Jalalaqsi on Monday, police said. On Tuesday the health ministry "
     "raised the toll to nine.", 9),
    ("Russian missiles hit the city of Kremenchuk on Monday, killing four people. Officials later raised the death "
     "toll from the strike to seven.", 7),
])
def test_a_toll_someone_raises_is_the_incidents_figure(text: str, killed: int) -> None:
    assert _event(text)[0] == killed
