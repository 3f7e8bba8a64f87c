"""Kind (issue 10, kind 8): the cause of an explosion told after it ("An explosion killed three
people at a depot. Officials blamed a gas leak.", "Police said a faulty boiler was to blame") makes
it an accident, as a cause told in the same sentence did: shared/spec/scope-and-types.md leaves
accidents out. The cause covers the explosion told just before it when that names no weapon and
the cause's sentence names no place of its own. An accident told at a place of its own ("a gas
cylinder exploded in Gao the same day, injuring two", naming no weapon) is another matter and
adds no figure to the incident before it. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "An explosion killed three people at a fuel depot in Mykolaiv on Tuesday, emergency services said."
    " Officials blamed a gas leak.",
    "A blast tore through a restaurant in Quetta on Friday, killing five people. Police said the cause was a gas"
    " cylinder explosion.",
    "Two people died when an explosion hit a house in Kharkiv overnight. The regional police said a faulty boiler"
    " was to blame.",
    "A powerful blast ripped through a warehouse in Lagos on Sunday, killing four workers. Firefighters said"
    " stored fireworks had gone off.",
])
def test_a_cause_told_after_the_explosion_makes_it_an_accident(extract: Callable[..., ExtractionResult],
                                                               text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "places", "killed", "injured"), [
    ("A blast killed four soldiers near Kidal on Monday, the army said. Separately, a gas leak caused a fire at"
     " a bakery in Bamako.", ["Kidal"], 4, None),
    ("A roadside bomb killed three soldiers near Kidal on Monday. A gas cylinder exploded in Gao the same day,"
     " injuring two.", ["Kidal"], 3, None),
])
def test_an_accident_told_elsewhere_leaves_the_attack_alone(extract: Callable[..., ExtractionResult], text: str,
                                                            places: list[str], killed: int,
                                                            injured: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert [([loc.name for loc in e.locations], e.fatalities, e.injured) for e in events] == [
        (places, killed, injured)], text
