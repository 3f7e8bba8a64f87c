"""Kind (issue 10, kind 4, sources): a military unit named by its number ("the 6th Infantry
Division", "the commander of the Army's 103rd Infantry Brigade", "the 1st Division of the Nigerian
Army") is a source: its ordinal is the unit's number, no figure of the incident.  And a name in
brackets after the source ("the State Prosecutor's Office (Fiscalia General del Estado)
reported") stands aside.  Before, the ordinal made the phrase implausible and the event lost its
source, once to the dateline city.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 14)


@pytest.mark.parametrize(("text", "source"), [
    ("MARAWI CITY — Four militants and a soldier were killed, the commander of the Army's 103rd Infantry Brigade"
     " said on Friday, when troops clashed with the militants in a village of Piagapo, Lanao del Sur, on"
     " Thursday.", "commander of the Army's 103rd Infantry Brigade"),
    ("A drone hit a market in El Fasher on Thursday. The army's 6th Infantry Division said in a statement that"
     " the drone had killed five people.", "6th Infantry Division"),
    ("Gunmen killed four villagers in Dansadau on Thursday, the 1st Division of the Nigerian Army said.",
     "1st Division of the Nigerian Army"),
    ("Six armed men died on Sunday in a clash in the hills of Tepuche, the Sinaloa State Prosecutor's Office"
     " (Fiscalia General del Estado) reported.", "Sinaloa State Prosecutor's Office"),
])
def test_a_numbered_unit_or_a_bracketed_name_keeps_the_source(extract: Callable[..., ExtractionResult],
                                                             text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source



def test_a_cardinal_before_a_name_is_still_a_figure(extract: Callable[..., ExtractionResult]) -> None:
    # "12 Ukrainian soldiers" holds a figure: no source, and the figure is the toll.
    events = extract("Shelling killed 12 Ukrainian soldiers near Kupiansk on Thursday, officials said.",
                     PUBLISHED).events
    assert len(events) == 1
    assert (events[0].fatalities, events[0].source) == (12, "officials")
