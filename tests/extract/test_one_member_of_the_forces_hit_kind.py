"""Kind (issue 10, kind 1: clear incidents give no event): an attack by one unnamed attacker whose
target is a single member of the armed forces ("a gunman shot dead a soldier", "a man opened fire
on a soldier", "an attacker wounded a police officer") is in scope as an attack on an armed side
(scope-and-types.md), as "soldiers" and "policemen" already were; the singular "soldier" and
"police officer" were missing from the armed-side words, so the act had no target and no event.
One member hit makes no fight between armed sides, so the act stays an attack.
A robbery that hits a shop's security guard stays ordinary crime.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 9, 18)  # a Thursday


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    ("A gunman shot dead a soldier outside a supermarket in Mombasa on Tuesday before fleeing.",
     "Mombasa", 1, None),
    ("A man opened fire on a soldier at a bus stop in Lille on Monday, seriously wounding him, prosecutors "
     "said.", "Lille", None, 1),
    ("An assailant stabbed a soldier patrolling the old town of Antwerp on Wednesday, the federal prosecutor "
     "said.", "Antwerp", None, None),
    ("A lone gunman wounded a police officer outside the regional assembly in Banja Luka on Sunday.",
     "Banja Luka", None, 1),
    ("A soldier was shot dead by a gunman near the railway station in Kandy on Tuesday, police said.",
     "Kandy", 1, None),
])
def test_an_attack_on_one_member_of_the_forces_is_an_incident(
        extract: Callable[..., ExtractionResult], text: str, place: str, killed: int | None,
        injured: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    event = events[0]
    assert event.locations[0].name == place
    assert (event.fatalities, event.injured) == (killed, injured)
    # One member hit by one attacker is no fight between two organised armed sides (ACLED's Battles).
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_robbery_that_hits_a_security_guard_stays_ordinary_crime(
        extract: Callable[..., ExtractionResult]) -> None:
    text = "A man shot a security guard during a robbery at a jewellery shop in Nantes on Monday, police said."
    assert extract(text, PUBLISHED).events == []
