"""Kind (issue 10, kind 1: clear incidents give no event): an act word that does not say what it
cost ("struck", "hit", "attacked", "raided", "targeted") whose doer is an armed actor ("Ukrainian
forces", "Russian troops", "Al-Shabaab fighters", "rebels") is an incident with no casualty
figure (ACLED codes attacks without fatalities).  What is not: an act aimed at something no weapon
can hit ("attacked the budget", WordNet abstract nouns), a threat or a possibility, an act of
years ago.  Reports written for this test."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(("text", "place", "event_type"), [
    ("Ukrainian forces struck a Russian ammunition depot in Dzhankoi overnight, the general staff said.",
     "Dzhankoi", "Explosions/Remote violence"),
    ("Russian troops struck an energy facility in Kharkiv overnight, the governor said.", "Kharkiv",
     "Explosions/Remote violence"),
    ("Government troops hit a rebel camp outside Kindu on Thursday, an army spokesman said.", "Kindu",
     "Explosions/Remote violence"),
    ("Rebels raided a police station in Butembo on Thursday and freed several detainees, officials said.",
     "Butembo", "Battles"),
    ("Militants attacked a telecom mast near Sirte on Wednesday, the operator said.", "Sirte",
     "Violence against civilians"),
    # The passive, its subject an armed side's post.
    ("A police station in Jamundi, Colombia, was attacked on Wednesday by dissident guerrillas, the army said.",
     "Jamundi", "Battles"),
    ("An army outpost near Kidal was attacked overnight, the military said on Thursday.", "Kidal", "Battles"),
])
def test_an_armed_actors_act_without_a_toll_is_an_incident(extract: Extract, text: str, place: str,
                                                            event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type, e.fatalities) for e in events] == [(place, event_type, None)]


@pytest.mark.parametrize("text", [
    "Opposition lawmakers attacked the government's budget plan in parliament in Accra on Tuesday.",
    "The military targeted a defence budget of 2% of GDP, the minister told parliament in Nairobi on Monday.",
    "Government forces could strike rebel positions near Goma within days, a diplomat warned on Monday.",
    "The army vowed to strike back hard in Borno if rebels attacked again, a spokesman said on Monday.",
    "In 2014, militants attacked the town of Mpeketoni, analysts recalled in Nairobi on Monday.",
    "Troops hit the beaches near Split during a NATO amphibious drill on Thursday.",
])
def test_what_is_no_act_stays_out(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == []
