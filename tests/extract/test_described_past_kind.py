"""Kind (issue 10, kind 7): a relative clause that tells its noun's past ("the group, which seized
the nearby town of X last week, denied involvement", "the region, whose border villages were
shelled earlier this week") describes who or what the noun is; its act is no incident of the
report and does not type the incident.  A relative clause dated by a day is the act itself ("The
gunmen, who stormed the village on Sunday, killed 12").  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 10)  # a Monday


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("A suicide bomber killed 12 worshippers at a mosque in Mogadishu on Friday, police said. The militant group, "
     "which seized the nearby town of Afgoye last week, denied involvement.", "Mogadishu", "Suicide bomb"),
    ("A drone struck an oil depot in Klintsy on Tuesday, wounding two workers, the governor said. The region, "
     "whose border villages were shelled earlier this week, has closed schools.", "Klintsy", "Air/drone strike"),
    ("Gunmen shot dead three worshippers at a church in Kafanchan on Sunday, police said. Police blamed an armed "
     "faction, which kidnapped 20 students in Kaduna state last month, for the attack.", "Kafanchan", "Attack"),
    ("A roadside bomb killed two soldiers near Gao on Monday, the army said. The jihadist group, which attacked "
     "a military camp near Menaka last week, did not claim the blast.", "Gao", "Remote explosive/landmine/IED"),
    ("A car bomb went off outside a bakery in Jarabulus on Saturday, killing six people, rescuers said. Armed "
     "groups that seized the town earlier this month said they would find those behind it.", "Jarabulus",
     "Remote explosive/landmine/IED"),
])
def test_a_relative_clause_of_the_past_is_no_incident(extract: Extract, text: str, place: str,
                                                      sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, sub_event_type)]


def test_a_relative_clause_dated_by_a_day_is_the_act(extract: Extract) -> None:
    (event,) = extract("The gunmen, who stormed the village near Bokkos on Sunday, killed 12 people, police said.",
                       PUBLISHED).events
    assert (event.date, event.fatalities) == (date(2025, 3, 9), 12)


def test_an_act_done_to_the_noun_stays_the_incident(extract: Extract) -> None:
    text = ("An armed group released a video on Monday of three aid workers that its fighters abducted near Kidal "
            "last week.")
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Abduction/forced disappearance"
