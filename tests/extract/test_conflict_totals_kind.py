"""Kind (issue 10, kind 7: stray figures): a figure whose killer or setting is the conflict itself
("the insurgency has killed more than 35,000 people", "the war has left 9,000 dead", "more than
4,000 people have been killed in the conflict") is the conflict's running total, not a figure of
the incident the report tells, even when that incident gives no figure of its own and the total
names no period.  Reports written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize("total", [
    "The conflict, which began after a disputed election, has killed more than 4,000 people, according to the "
    "International Crisis Group.",
    "The insurgency has killed at least 35,000 people, the United Nations says.",
    "The war has left more than 9,000 people dead, according to a monitoring group.",
    "More than 4,000 people have been killed in the conflict, rights groups say.",
    "The crisis has claimed over 2,500 lives, according to local aid groups.",
    "Thousands of civilians have died during the war, which is now in its third year.",
])
def test_a_conflicts_total_is_no_figure_of_the_incident(extract: Extract, total: str) -> None:
    text = f"Suspected separatists abducted two teachers near Mamfe on Saturday, a police officer said. {total}"
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities is None
    assert [claim for claim in event.claims if claim.kind == "killed"] == []


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bus near Wukari on Saturday, killing six passengers, police said. The conflict between "
    "farmers and herders has killed hundreds of people in the state.",
    "A drone struck a fuel depot in Sarny on Sunday, killing two workers, officials said. The war has claimed "
    "tens of thousands of lives.",
])
def test_the_incidents_own_figure_stays_beside_the_total(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities in (6, 2)


@pytest.mark.parametrize("text", [
    "Fighting between the army and rebels killed 14 soldiers near Mamfe on Saturday, the army said.",
    "Two soldiers were killed in the fighting near Wukari on Sunday, police said.",
])
def test_fighting_is_an_incident_not_a_conflict(extract: Extract, text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1 and events[0].fatalities in (14, 2)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants killed two soldiers near Imam Sahib on Monday. The death toll in the conflict has risen to 7,500, "
     "according to the ministry.", 2),
    ("The jihadist insurgency, which has killed more than 20,000 people, flared again on Friday when fighters "
     "overran an army base near Titao, killing 11 soldiers.", 11),
    ("Al-Shabaab, whose insurgency has killed tens of thousands, attacked a base near Wanlaweyn on Monday, killing "
     "four soldiers.", 4),
    ("The toll of the civil war passed 150,000. On Sunday, shelling killed three people in Mellit, aid "
     "workers said.", 3),
])
def test_a_conflicts_toll_or_relative_clause_is_no_figure_of_the_incident(extract: Extract, text: str,
                                                                          killed: int) -> None:
    """Said as a toll ("the death toll in the conflict has risen to 7,500") or in a relative clause on
    the conflict ("the insurgency, which has killed ..."), the total stays out; the relative clause
    alone is background, not the incident around it."""
    events = extract(text, PUBLISHED).events
    assert [event.fatalities for event in events] == [killed]
