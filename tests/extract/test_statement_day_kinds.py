"""Kind (issue 10, kind 3: the incident date, not the report date): a sentence whose only day
dates a statement or a toll's update ("the military said on Sunday it had retaken X", "the toll
reached 17 on Sunday") gives way to the act's own day told in a nearby sentence; alone, it still
dates the incident (nothing better is known).  Reports written for these tests."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 11, 3)  # a Sunday


@pytest.mark.parametrize("text", [
    "The number of dead from a car bombing outside a mosque in Baidoa reached 17 on Sunday, hospital officials "
    "said. The vehicle exploded during prayers on Saturday afternoon.",
    "The toll from a drone strike on a school in Omdurman climbed to 30 on Sunday, medics said. The drone hit the "
    "building on Saturday while families slept inside.",
    "Myanmar's military said on Sunday it had retaken Kyaukme from rebel forces. Soldiers regained control of the "
    "town on Saturday after days of clashes, a spokesman said.",
    "Police said on Sunday that gunmen had kidnapped nine travellers from a minibus near Lokoja. The kidnappers "
    "attacked the minibus on Saturday evening, a survivor said.",
])
def test_the_acts_own_day_wins_over_a_statements(extract: Extract, text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].date == date(2024, 11, 2)


@pytest.mark.parametrize("text", [
    "A car bomb killed six people in Kismayo, police said on Sunday.",
    "Police said on Sunday that a car bomb had killed six people in Kismayo.",
])
def test_a_statements_day_alone_still_dates_the_incident(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.date == date(2024, 11, 3)


@pytest.mark.parametrize("text", [
    "Gunmen killed nine farmers overnight in a raid on a hamlet outside Jos on Saturday, police said.",
    "Overnight, on Saturday, drones hit a fuel depot in Kursk, the regional governor said.",
    "Rebels shelled Bunia last night, local officials said on Sunday, adding that the barrage began on Saturday "
    "evening.",
])
def test_a_named_day_beats_overnight(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.date == date(2024, 11, 2)


def test_overnight_alone_is_the_night_before_the_report(extract: Extract) -> None:
    (event,) = extract("Drones struck Zaporizhzhia overnight, killing two, the governor said.", PUBLISHED).events
    assert event.date == date(2024, 11, 2)


@pytest.mark.parametrize("text", [
    "The toll from a JNIM raid on Dori rose to 27 on Sunday, security sources said. The assault on the town's army "
    "camp started at dawn on Saturday.",
    "The number of soldiers killed in a JNIM assault on Dori rose to 27 on Sunday, security sources said. The "
    "attack on the town's army camp started at dawn on Saturday.",
])
def test_a_toll_update_lede_is_read(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.fatalities, event.date) == (27, date(2024, 11, 2))


@pytest.mark.parametrize("text", [
    "Live: war in Sudan\n\n09:15 — Drones struck a fuel depot in Port Sudan, wounding three workers, the army said.",
    "Live updates\n\n14:05 GMT - An Israeli strike hit a car near Tyre, killing two people, Lebanese media said.",
])
def test_a_live_blog_entry_is_of_the_reports_day(extract: Extract, text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events and events[0].date == PUBLISHED


@pytest.mark.parametrize(("text", "day"), [
    ("Militants killed eight people in Augie, Kebbi state, on Friday, a police spokesman said on Saturday.",
     date(2024, 11, 1)),
    ("Rebels massacred 22 civilians in the village of Mayikengo, Lubero territory, on Thursday night, the "
     "territorial administrator said on Saturday.", date(2024, 10, 31)),
    ("A drone strike hit a fuel depot in Sennar, Sudan, on Friday morning, killing four workers, the state "
     "government said on Saturday.", date(2024, 11, 1)),
])
def test_the_acts_day_stays_when_the_parse_hangs_both_days_on_the_speech_verb(
        extract: Extract, text: str, day: date) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.date == day
