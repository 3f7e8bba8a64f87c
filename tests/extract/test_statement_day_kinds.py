"""Kind (issue 10, kind 3: the incident date, not the report date): a sentence whose only day
dates a statement or a toll's update ("the army said on Sunday it had retaken X", "the toll rose
to 21 on Sunday") gives way to the act's own day told in a nearby sentence; alone, it still
dates the incident (nothing better is known).  Reports written for these tests."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 11, 3)  # a Sunday


@pytest.mark.parametrize("text", [
    "The death toll from a suicide bombing at a market in Maiduguri rose to 21 on Sunday, police said. The bomber "
    "blew himself up at the entrance on Saturday afternoon.",
    "The toll from an air strike on a school in Khan Younis climbed to 30 on Sunday, medics said. The strike hit "
    "the building on Saturday while families slept inside.",
    "Sudan's army said on Sunday it had recaptured the town of Bara from the RSF. Troops took control of the town "
    "on Saturday after heavy fighting, a spokesman said.",
    "Police said on Sunday that gunmen had abducted 14 passengers from a bus near Kaduna. The gunmen attacked the "
    "bus on Saturday evening, a survivor said.",
])
def test_the_acts_own_day_wins_over_a_statements(extract: Extract, text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].date == date(2024, 11, 2)


@pytest.mark.parametrize("text", [
    "A car bomb killed five people in Mogadishu, police said on Sunday.",
    "Police said on Sunday that a car bomb had killed five people in Mogadishu.",
])
def test_a_statements_day_alone_still_dates_the_incident(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.date == date(2024, 11, 3)


@pytest.mark.parametrize("text", [
    "Gunmen killed 11 people in an overnight attack on a village near Makurdi on Saturday, police said.",
    "Overnight, on Saturday, drones struck an oil depot in Bryansk, the governor said.",
    "Rebels shelled Goma last night, local officials said on Sunday, adding that the barrage began on Saturday "
    "evening.",
])
def test_a_named_day_beats_overnight(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.date == date(2024, 11, 2)


def test_overnight_alone_is_the_night_before_the_report(extract: Extract) -> None:
    (event,) = extract("Drones struck Odesa overnight, killing two, the governor said.", PUBLISHED).events
    assert event.date == date(2024, 11, 2)


def test_a_toll_update_lede_is_read(extract: Extract) -> None:
    text = ("The toll from an attack by JNIM fighters on Djibo climbed to 31 on Sunday, local officials said. The "
            "assault on the town's army base began at dawn on Saturday.")
    (event,) = extract(text, PUBLISHED).events
    assert (event.fatalities, event.date) == (31, date(2024, 11, 2))
