"""Kind (issue 10, kind 7: stray figures, the other way round): a comparison set off after the act
("..., in one of the deadliest attacks in the region this year", "..., the bloodiest day in the
city in months") holds a period cue that dates the comparison, not the act; where the parse hangs
the period on the act's verb, the act was taken for background and the incident was lost.  A
superlative in the same comma-set phrase, after the act word, keeps the cue in the comparison.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Gunmen killed 19 villagers in Bankass, Mali, on Tuesday, in one of the deadliest attacks in the region this "
     "year, officials said.", "Bankass", 19),
    ("Cartel gunmen shot dead 11 people at a party in Salvatierra on Saturday night, prosecutors said, in one of the "
     "bloodiest attacks in Guanajuato state this year.", "Salvatierra", 11),
    ("Militants killed 11 soldiers near Kidal on Monday, one of the heaviest losses for the army this year, a "
     "security source said.", "Kidal", 11),
    ("Bandits killed 23 people in Zamfara on Sunday, in one of the bloodiest raids in the state this year, police "
     "said.", "Zamfara", 23),
    ("A drone strike killed nine civilians in Idlib on Monday in one of the deadliest strikes in the province this "
     "year, rescuers said.", "Idlib", 9),
    ("Shelling killed seven people in Kherson on Friday, one of the worst days for the city this year, the governor "
     "said.", "Kherson", 7),
    ("Gunmen killed eight worshippers at a church in Kaduna on Sunday, the latest in a series of attacks on "
     "Christians this year, police said.", "Kaduna", 8),
])
def test_a_period_inside_a_comparison_after_the_act_is_no_background(extract: Extract, text: str, place: str,
                                                                      killed: int) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name.split()[0], event.fatalities) == (place, killed), text


def test_a_period_total_after_the_act_stays_background(extract: Extract) -> None:
    """No superlative: "more than 200 have been killed in the region this year" is a running total."""
    (event,) = extract("Gunmen killed 19 villagers in Bankass, Mali, on Tuesday, officials said, bringing to more "
                       "than 200 the number killed in the region this year.", PUBLISHED).events
    assert event.fatalities == 19


def test_at_least_is_no_superlative(extract: Extract) -> None:
    """"Militants have killed at least 300 people in the region this year" is a running total."""
    (event,) = extract("Gunmen killed 19 villagers in Bankass, Mali, on Tuesday. Militants have killed at least 300 "
                       "people in the region this year, the UN says.", PUBLISHED).events
    assert event.fatalities == 19
