"""The incident's day is never left null when the report dates it: weekday forms of wire copy, and a
day told in a later sentence about the act."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 4)  # a Saturday


@pytest.mark.parametrize(("text", "day"), [
    ("A Russian missile hit a school in Sumy early Tuesday, killing three people, officials said.", "2024-04-30"),
    ("Gunmen killed five soldiers in an ambush near Gao late Monday, the army said.", "2024-04-29"),
    ("An air strike killed nine people in Khan Younis in the early hours of Thursday, medics said.", "2024-05-02"),
    ("Tuesday's missile attack on Dnipro killed four people, the mayor said.", "2024-04-30"),
    ("A car bomb killed seven people in Mogadishu. The blast happened on Friday near a hotel, police said.",
     "2024-05-03"),
    ("Militants ambushed an army convoy near Kidal, killing six soldiers.\nThe attack took place on Wednesday "
     "evening on the road to Anefis, a military source said.", "2024-05-01"),
    ("Shelling killed a man in Kherson on the morning of May 1, officials said.", "2024-05-01"),
])
def test_date_kinds_incident_day(extract: Callable[..., ExtractionResult], text: str, day: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].date == date.fromisoformat(day)


def test_date_kinds_a_later_paragraph_does_not_date_the_act(extract: Callable[..., ExtractionResult]) -> None:
    text = ("A car bomb killed seven people in Mogadishu, police said.\n"
            "Separately, officials met in Nairobi on Friday to discuss the budget.")
    events = extract(text, PUBLISHED).events
    assert events and events[0].date is None


@pytest.mark.parametrize(("text", "day"), [
    ("Troops were searching forests near Kankara on Monday for the 40 villagers abducted from the town last "
     "Friday, the army said.", "2024-05-03"),
    ("Rescuers on Thursday were still pulling bodies from the rubble of a building in Dnipro that a missile "
     "struck on Tuesday.", "2024-04-30"),
    ("Funerals were held in Kidal on Saturday for the five soldiers killed in an ambush on Thursday.", "2024-05-02"),
    ("Hospitals in Gaza City on Friday were treating 30 people wounded when an air strike hit a school on "
     "Wednesday, medics said.", "2024-05-01"),
])
def test_date_kinds_the_act_day_not_another_verb_day(extract: Callable[..., ExtractionResult], text: str,
                                                      day: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].date == date.fromisoformat(day)


@pytest.mark.parametrize(("title", "text", "day"), [
    ("Car bomb kills 12 in Kirkuk", "A car packed with explosives was detonated near a market in Kirkuk this "
     "morning.\n\nAt least twelve people died, police said.", "2024-05-04"),
    ("Drone attack on Kherson leaves three dead", "Russian drones attacked a bus stop in Kherson yesterday. Three "
     "people were killed and nine wounded, the governor said.", "2024-05-03"),
    (None, "Gunmen stormed a village near Bankass on Thursday night.\n\nFourteen villagers were killed, a local "
     "official said.", "2024-05-02"),
    ("Car bomb kills 12 in Kirkuk", "Officials gave no details at first. The city had been calm for weeks. "
     "Residents were shopping for the holiday. A car packed with explosives was detonated near the market this "
     "morning. At least twelve people died, police said.", "2024-05-04"),
    ("Shelling kills four in Nikopol", "The town lies across the river from the nuclear plant. Many residents "
     "have left. Those who stayed sleep in basements. Russian artillery pounded the centre on Thursday evening. "
     "Four people were killed, the governor said.", "2024-05-02"),
])
def test_date_kinds_day_from_the_sentence_before_the_toll(extract: Callable[..., ExtractionResult],
                                                          title: str | None, text: str, day: str) -> None:
    events = extract(text, PUBLISHED, title=title).events
    assert events, text
    assert events[0].date == date.fromisoformat(day)
