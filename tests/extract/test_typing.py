from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract.typing import type_event
from eventwire.nlp.triggers import TriggerMention
from eventwire.records import ExtractionResult


def triggers(*pairs: tuple[str, str]) -> list[TriggerMention]:
    return [TriggerMention(category, text, 0, len(text)) for category, text in pairs]


@pytest.mark.parametrize(
    ("found", "casualties", "expected"),
    [(triggers(("shelling", "missiles"), ("air", "drones")), True,
      ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
     (triggers(("air", "airstrike"), ("shelling", "rockets")), False,
      ("Explosions/Remote violence", "Air/drone strike")),
     (triggers(("interception", "drones were shot down")), False,
      ("Strategic developments", "Disrupted weapons use")),
     (triggers(("interception", "drones were shot down"), ("air", "drones")), True,
      ("Explosions/Remote violence", "Air/drone strike")),
     (triggers(("attack", "stabbed")), True, ("Violence against civilians", "Attack")),
     (triggers(("protest", "protesters"), ("riot", "threw stones")), False, ("Riots", "Violent demonstration")),
     (triggers(("protest", "protest"), ("repression", "tear gas")), False,
      ("Protests", "Protest with intervention")),
     (triggers(("suicide", "suicide bomber"), ("ied", "bomb")), True,
      ("Explosions/Remote violence", "Suicide bomb")),
     (triggers(("generic", "attack")), True, None)],
)
def test_typing_rules(found: list[TriggerMention], casualties: bool, expected: tuple[str, str] | None) -> None:
    assert type_event(found, casualties, None) == expected


def test_typing_territory_by_actor() -> None:
    found = triggers(("territory", "recaptured "))
    assert type_event(found, False, "government troops") == ("Battles", "Government regains territory")
    assert type_event(found, False, "rebels") == ("Battles", "Non-state actor overtakes territory")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The army said on Tuesday it had recaptured the town of Kidal from the rebels.",
    "Troops loyal to the government retook the town of Palmyra on Monday, a spokesman said.",
    "Officials said on Monday that soldiers had regained control of the town of Menaka after two days of fighting.",
])
def test_a_taking_back_by_an_unnamed_or_state_doer_is_the_government_regaining(
        extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, date(2025, 6, 12)).events
    assert events and events[0].sub_event_type == "Government regains territory"


@pytest.mark.slow
def test_rebels_retaking_a_town_overtake_it(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("M23 rebels recaptured the town of Rutshuru on Monday, residents said.", date(2025, 6, 12)).events
    assert events and events[0].sub_event_type == "Non-state actor overtakes territory"
