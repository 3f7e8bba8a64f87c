import pytest

from eventwire.extract.typing import type_event
from eventwire.nlp.triggers import TriggerMention


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
