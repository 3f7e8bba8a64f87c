"""Kind (issue 10, kinds 1, 2 and 5): an aside between the doer and its act, and the backers of the
doers.  "Army troops, backed by militia fighters, killed ..." names its doer before the aside: the
act is the troops' whatever the aside says, the aside's words are no target ("The gunmen, who wore
army fatigues, shot ..." is no fight with the army), and a backer named in it ("backed by Rwandan
troops", "militiamen supported by Eritrean soldiers") is neither the actor nor, by its nationality,
the country of the place.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Army troops, backed by militia fighters, killed 14 villagers in Djenne in central Mali on Sunday, "
     "residents said.", "Attack"),
    ("Security forces, acting on a tip-off, killed five suspected militants in Bannu on Tuesday, police said.",
     "Armed clash"),
    ("Militiamen, armed with machetes and rifles, killed eight displaced people at a camp near Djugu on "
     "Friday, a camp leader said.", "Attack"),
    ("Soldiers, some of them wearing masks, killed three herders outside Dori on Monday, relatives said.",
     "Attack"),
])
def test_a_doer_before_an_aside_makes_the_killing_an_act(extract: Extract, text: str, sub_event_type: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == sub_event_type, text


@pytest.mark.parametrize("text", [
    "The gunmen, who wore military fatigues, shot dead six worshippers at a mosque in Katsina State on Friday, "
    "police said.",
    "The attackers, dressed in police uniforms, opened fire on shoppers at a market in Baidoa on Monday, "
    "killing five people, the mayor said.",
    "Fighters, backed by army troops, attacked the village of Kalehe in South Kivu on Thursday, killing nine "
    "people, a local official said.",
])
def test_words_of_the_doers_aside_name_no_armed_target(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(("text", "actor"), [
    ("The militiamen, supported by Rwandan soldiers, seized the town of Rubaya in North Kivu on Thursday, a "
     "provincial official said.", None),
    ("Militiamen backed by Rwandan troops attacked the hamlet of Kibirizi in eastern Congo on Saturday, killing "
     "7 farmers, a local chief said.", None),
    ("Bandits backed by Nigerien gunmen raided Gaya in Kano State on Sunday and killed 12 villagers, police "
     "said.", None),
    ("A militia, armed by Iranian advisers, fired rockets at Najaf on Friday, wounding four pilgrims, officials "
     "said.", "militia"),
])
def test_a_backer_is_not_the_actor(extract: Extract, text: str, actor: str | None) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.actor1 == actor, text


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Separatist fighters, backed by Russian troops, shelled Pervomaysk on Tuesday, killing three civilians, the "
     "regional governor said.", "Pervomaysk", "UA"),
    ("Rebels, supported by Eritrean soldiers, stormed the village of Adi Hageray in northern Ethiopia on "
     "Wednesday and killed six civilians, residents said.", "Adi Hageray", "ET"),
])
def test_a_backers_nationality_is_not_the_places_country(extract: Extract, text: str, name: str,
                                                          country: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name, event.locations[0].country) == (name, country), text
