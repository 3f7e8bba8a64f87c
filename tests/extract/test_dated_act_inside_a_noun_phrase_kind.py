"""Kind (issue 10, kind 7/8): a past year inside the phrase of another noun ("Relatives of the
victims of the 2020 port explosion protested ...", "Families of those killed in the 2017 truck
bombing marched ...", "Survivors of the 2016 hotel siege protested ...") dates only that phrase:
the old act is history, the protest of the day is news. Before, the year made the whole sentence
history and the protest was lost; the parse that hangs the sentence's own verb on the old act
("explosion protested") no longer carries it into the history. A dated act on the clause's own
verb ("Rebels killed 47 villagers there in a 2014 raid") still makes the clause history.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 8, 5)


@pytest.mark.parametrize(("text", "place"), [
    ("Relatives of the victims of the 2020 port explosion protested outside the Justice Palace in Beirut on"
     " Friday, demanding that the investigation be resumed, witnesses said.", "Beirut"),
    ("Families of those killed in the 2017 truck bombing marched in Mogadishu on Friday to demand compensation.",
     "Mogadishu"),
    ("Survivors of the 2016 hotel siege protested in Ouagadougou on Saturday over unpaid compensation, organisers"
     " said.", "Ouagadougou"),
])
def test_the_days_protest_by_victims_of_an_old_act_stays(extract: Callable[..., ExtractionResult], text: str,
                                                         place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type) for e in events] == [(place, "Protests")]
    assert events[0].fatalities is None


@pytest.mark.parametrize("text", [
    "Rebels killed 47 villagers there in a 2014 raid.",
    "The 2019 bombing of the market killed 30 people.",
    "Gunmen killed 12 worshippers at a church in Owo in 2022.",
])
def test_a_dated_act_on_the_clauses_verb_stays_history(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []
