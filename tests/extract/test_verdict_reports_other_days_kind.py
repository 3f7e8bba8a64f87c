"""Kind (issue 10, kind 8, look-alikes): in a report about a verdict or an anniversary, an act
retold beside a day that dates something else ('"today we have justice," said X, whose husband
was killed in the bombing') is the old attack, not a new one: only a day the parse attaches to
the act itself dates a new incident.  A lead whose purpose is the commemoration ("gathered ... to
mark the second anniversary of the strike") is such a report.  Before, any day in the sentence
made the act new, and the purpose's object was not read.  Reports written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 11, 20)


@pytest.mark.parametrize("text", [
    ('ABUJA, Nov 20 (Sahel Wire) - A court in Kano on Wednesday sentenced five men to life in prison '
     'for the 2021 bombing of a market in the city, in which militants killed 17 traders.\n\n"It took '
     'three years, but today we have justice," said Amina Bello, whose husband was killed in the '
     'bombing.'),
    ('KYIV, Nov 20 (Agency) - Relatives gathered in Kramatorsk on Wednesday to mark the second '
     'anniversary of the missile strike on the railway station, in which 61 people died.\n\n"The pain '
     'is still here today," said Olena Shevchuk, whose son was killed in the strike.'),
])
def test_an_act_beside_another_clauses_day_retells_the_old_attack(
        extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_a_new_attack_dated_by_its_own_verb_stays_an_event(extract: Callable[..., ExtractionResult]) -> None:
    text = ('ABUJA, Nov 20 (Sahel Wire) - A court in Kano on Wednesday sentenced five men to life in prison '
            'for the 2021 bombing of a market in the city, in which militants killed 17 traders.\n\nHours '
            'after the verdict, gunmen attacked a police post in Kano on Wednesday, killing two officers, '
            'police said.')
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert (events[0].fatalities, events[0].date) == (2, PUBLISHED)


@pytest.mark.parametrize("text", [
    ("Hundreds gathered in Maiduguri on Wednesday to mark the tenth anniversary of the Baga massacre. Hours"
     " later, insurgents attacked a checkpoint in Konduga, killing three soldiers, the army said."),
    ("A court in Peshawar on Wednesday jailed three men for a 2019 bombing. In a separate attack, gunmen"
     " killed two policemen in Bannu, officials said."),
])
def test_a_sequel_in_a_verdict_or_anniversary_report_is_a_new_incident(
        extract: Callable[..., ExtractionResult], text: str) -> None:
    # "Hours later", "In a separate attack": a further act of the report's own day, not the old one.
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].fatalities in (2, 3)


@pytest.mark.parametrize(("text", "published", "day"), [
    # Written by a helper in a user trial.
    ("Survivors in Marawi marked the seventh anniversary of the siege of the city on Thursday. Hours later, gunmen"
     " attacked an army checkpoint in Marawi, killing two soldiers, the military said.", date(2024, 5, 24),
     date(2024, 5, 23)),
    ("A military court in Mogadishu on Tuesday sentenced two al-Shabaab members to death for a 2022 bombing. Hours"
     " later, gunmen attacked a police station in Afgoye, killing two officers.", date(2025, 3, 12),
     date(2025, 3, 11)),
])
def test_a_sequel_takes_the_day_of_the_frame(extract: Callable[..., ExtractionResult], text: str, published: date,
                                            day: date) -> None:
    events = extract(text, published).events
    assert [(event.date, event.fatalities) for event in events] == [(day, 2)]
