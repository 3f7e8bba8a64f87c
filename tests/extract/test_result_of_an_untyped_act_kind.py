"""Kind (issue 10, kind 1): clear incidents give no event when the verb that tells how the doers
came is no act word.  "Jihadists swept through three villages, killing 30", "Rebels entered the
town overnight, killing four soldiers": a killing told as the result of the clause before it is the
act of that clause's subject, an armed actor of the lexicon (an attack on civilians, a clash with
armed victims), whatever its verb ("overran", "descended on", "burst into").  A headline that
names the village by the town it is near, with the body's own death toll, is that incident and no
other.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "sub_event_type", "killed"), [
    ("Militiamen overran the hamlet of Kibirizi in North Kivu on Saturday, killing 7 farmers, a local chief "
     "said.", "Attack", 7),
    ("Jihadists swept through three villages near Djibo on Wednesday, killing at least 30 civilians, "
     "residents said.", "Attack", 30),
    ("Gunmen on motorbikes descended on a market in Zurmi on Friday, killing 15 traders, police said.",
     "Attack", 15),
    ("Al-Shabaab fighters burst into a hotel in Beledweyne on Tuesday, killing six guests, a police officer "
     "said.", "Attack", 6),
    ("Rebels entered the town of Kitchanga in North Kivu overnight, killing four soldiers, the army said.",
     "Armed clash", 4),
    ("On Sunday, insurgents, some of them on horseback, rode into Gajiram in Borno State, killing 12 "
     "vigilantes, a militia leader said.", "Armed clash", 12),
])
def test_a_killing_as_the_result_of_armed_doers_coming_is_their_act(extract: Extract, text: str,
                                                                     sub_event_type: str, killed: int) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, killed), text


def test_the_result_clause_names_its_doer_as_actor(extract: Extract) -> None:
    text = "Al-Shabaab fighters burst into a hotel in Beledweyne on Tuesday, killing six guests, a police officer said."
    (event,) = extract(text, PUBLISHED).events
    assert event.actor1 == "Al-Shabaab fighters"


@pytest.mark.parametrize("text", [
    # No armed doer: the same shape is an accident or unattributed, and gives no act of its own.
    "A bus veered off the road near Kaduna on Monday, killing 14 passengers, police said.",
    "Floodwaters swept through three villages near Maiduguri on Sunday, killing 20 people, officials said.",
])
def test_a_result_clause_with_no_armed_doer_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize("text", [
    "Gunmen raid hamlet near Katsina, killing 8\n\nArmed men killed eight farmers in Yan Gayya on Sunday "
    "night, a council chairman said. Yan Gayya lies some 30 km east of Katsina.",
    "Fighters hit village close to Bunia, killing 6\n\nMilitiamen killed six displaced people in Lopa late on "
    "Friday, a camp official said. Lopa lies north of Bunia in Ituri province.",
])
def test_a_headline_with_the_bodys_toll_near_its_town_is_that_incident(extract: Extract, text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, [e.locations[0].name for e in events]
