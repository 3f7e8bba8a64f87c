"""Kind (issue 10, kind 8, look-alikes): a government's decision on a course of acts, or its
share in one ("voted to join air strikes against X", "decided to send jets to take part in air
strikes", "the country's participation in airstrikes over X") is no incident: nothing is told as
done. Before, the act noun made an air strike placed at the country. A decision verb covers its
infinitive, its reported clause and its "for"/"on" phrase; a share noun its "in"/"to" phrase
(data/lexicons/out-of-scope-frames.json "decision", "participation", after WordNet 3.0
decide.v.01, vote.v.01, participation.n.01). An act inside with its own recent day or a toll is
kept, and so is an act told beside the decision; one told ", a day after" the decision is the
news, dated a day before it (a decided course is no act of the main clause). Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2015, 1, 10)


@pytest.mark.parametrize("text", [
    "The Belgian government decided on Friday to send six F-16 fighter jets to take part in air strikes against "
    "Islamic State in Iraq.",
    "Australia agreed on Friday to join air strikes against Islamic State in Syria.",
    "The cabinet approved on Friday Jordan's participation in air strikes on militant targets in Syria.",
    "Ministers voted on Friday for British involvement in bombing raids over Iraq.",
    "Canadian lawmakers debated on Tuesday whether to extend the country's participation in airstrikes over Iraq.",
    "The Belgian government decided on Friday to launch air strikes against Islamic State in Iraq.",
])
def test_a_decided_course_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels agreed to a ceasefire on Friday after clashes in Bouar killed 10 soldiers, the army said.", 10),
    ("Police are investigating the involvement of two brothers in Friday's bombing of a bus in Quetta, which "
     "killed nine people.", 9),
    ("The government approved new sanctions on Friday, a day after militants attacked a police post in Kidal, "
     "killing four officers.", 4),
    ("Residents of Bama voted to stay in their homes despite an attack by Boko Haram on Friday that killed 7 "
     "people.", 7),
])
def test_an_act_told_beside_or_dated_inside_stays(extract: Callable[..., ExtractionResult], text: str,
                                                   killed: int) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [killed]


@pytest.mark.parametrize(("text", "told"), [
    ("Canada's cabinet approved the country's participation in airstrikes over Iraq on Wednesday, a day after "
     "militants attacked a police post in Ramadi, killing four officers.", (date(2015, 1, 6), "Ramadi", 4)),
    ("Britain's parliament voted on Monday to join air strikes against Islamic State in Syria, hours after an "
     "Islamic State suicide bomber killed 14 people at a market in Deir ez-Zor.",
     (date(2015, 1, 5), "Deir ez-Zor", 14)),
    ("The Danish government decided on Tuesday to send jets to take part in air strikes against Islamic State, a "
     "day after coalition jets bombed an oil facility near Mosul, killing three militants.",
     (date(2015, 1, 5), "Mosul", 3)),
])
def test_the_act_a_day_before_the_decision_is_the_news(extract: Callable[..., ExtractionResult], text: str,
                                                       told: tuple[date, str, int]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.date, e.locations[0].name, e.fatalities) for e in events] == [told]
