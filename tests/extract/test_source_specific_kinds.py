"""Source kinds of wire copy (issue 10, kind 4), reports written for these tests:

- the figures attributed in a sentence of their own in the next paragraph ("The toll was given
  by the district health office.");
- a generic body as the toll's source ("authorities", "officials", "security sources") where the
  report names the body elsewhere: the named one;
- one person named only by a role in the lead ("..., a police officer said") and by name when the
  report quotes the person again ("police officer X told AFP", "said X, the army spokesman"): the
  person as named.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 6, 10)


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen killed eleven herders near Bankass on Sunday.\n\nThe toll was given by the district health office.",
     "district health office"),
    ("A drone strike killed four people in a market near Kidal on Sunday.\n\nThe figures were provided by a "
     "local community leader.", "local community leader"),
    ("Suspected jihadists killed nine soldiers at a post near Dori on Sunday.\n\nThose figures were confirmed by "
     "two security sources.", "security sources"),
])
def test_figures_attributed_in_the_next_paragraph(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Dissident guerrillas attacked a military base in Cauca on Tuesday, killing three soldiers, officials said.\n\n"
     "The troops were asleep when explosives were dropped from drones on the base, the Cauca governor's office said "
     "in a bulletin.", "Cauca governor's office"),
    ("Rebels killed 14 villagers near Beni on Monday, officials said.\n\nThe attackers came at night and burned "
     "houses, the Beni territorial administration said.", "Beni territorial administration"),
    ("Two soldiers were killed in an ambush near Menaka on Monday, officials said.\n\nThe patrol was hit by an "
     "explosive device first, the Menaka regional governorate said.", "Menaka regional governorate"),
])
def test_a_generic_source_gives_way_to_the_named_body(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert source in (event.source or ""), event.source


@pytest.mark.parametrize("text", [
    ("A bomb killed six people at a bus stop in Quetta on Monday, police said.\n\n\"The device was planted on a "
     "motorcycle,\" police spokesman Major Imran Qureshi told reporters."),
])
def test_the_forces_spokesman_named_later_is_the_source(extract: Extract, text: str) -> None:
    # "police said" in the lead and the police spokesman named later: the person as named (the
    # wire and trial sets' annotators name the person; see test_force_spokesman_source_kind.py).
    (event,) = extract(text, PUBLISHED).events
    assert event.source == "Imran Qureshi"


def test_a_figure_nobody_gives_stays_unattributed(extract: Extract) -> None:
    text = ("A car bomb killed seven people in Mogadishu on Monday.\n\nAl-Shabaab has carried out many such "
            "attacks, analysts say.")
    (event,) = extract(text, PUBLISHED).events
    assert event.source is None


@pytest.mark.parametrize(("text", "source"), [
    ("A gunman killed four worshippers at a church in Ouagadougou on Sunday, a security official said.\n\n"
     "\"They came on motorbikes and fired into the crowd,\" security official Adama Sawadogo told AFP.",
     "Adama Sawadogo"),
    ("Militants ambushed a patrol near Wana on Friday, killing three soldiers, an army spokesman said. The "
     "attackers fled into the hills, said Colonel Tariq Mehmood, the army spokesman for the region.",
     "Tariq Mehmood"),
    ("Shelling killed two people in Kherson on Monday, the city's mayor said. Roman Mrochko, the mayor, said a "
     "bus stop had been hit.", "Roman Mrochko"),
    ("Gunmen shot dead three farmers near Bunia on Saturday, a local civil society leader said. The attackers "
     "came at dawn, said Jean Bosco Lokana, who leads a civil society group in Djugu.", "Jean Bosco Lokana"),
    # The role's head alone, an affiliation before the role, a name the model splits in two.
    ("A suicide bomber killed six people at a market in Peshawar on Monday, a senior police official said. The "
     "official, Qasim Ali Khan, said the bomber was on foot.", "Qasim Ali Khan"),
    ("A roadside bomb killed four soldiers near Kismayo on Monday, a Jubaland security official said. Security "
     "official Abdirahman Mohamed said the device was planted overnight.", "Abdirahman Mohamed"),
    ("Russian shelling killed three civilians in Kherson on Saturday, the regional governor said. Governor "
     "Oleksandr Prokudin said on Telegram that a bus stop was hit.", "Oleksandr Prokudin"),
])
def test_a_role_in_the_lead_is_the_person_named_later(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == source


@pytest.mark.parametrize("text", [
    # Someone else in the same role.
    ("A roadside bomb killed two policemen in Baqubah on Sunday, a police officer said. Another police officer, "
     "Captain Ali Hussein, said a third man was wounded."),
    # Two named people share the role's words: which one gave the figure is not told.
    ("A roadside bomb killed two policemen in Baqubah on Sunday, a police officer said. Police officer Ali "
     "Hussein said the road was closed, and police officer Karim Saleh said patrols were stepped up."),
])
def test_a_role_stays_when_the_named_person_is_not_told(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == "police officer"


@pytest.mark.parametrize(("text", "source"), [
    ("Drone strikes killed eight civilians in Kadugli on Sunday, a local volunteer group said. The Kadugli "
     "Neighbourhood Relief Committee, one of many grassroots groups in the region, said a bakery was hit.",
     "Kadugli Neighbourhood Relief Committee"),
    ("Gunmen killed nine miners near Uvira on Sunday, a rights group said. The Kivu Rights Network, a group "
     "based in Bukavu, said the attackers wore uniforms.", "Kivu Rights Network"),
])
def test_a_body_in_the_lead_is_the_body_named_later(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == source


@pytest.mark.parametrize(("text", "source"), [
    # A state body is the source as the report gives it, whoever speaks later.
    ("A landmine killed a farmer near El Tarra on Tuesday, the municipal ombudsman's office said. Defence Minister "
     "Pedro Alvarez said he would travel to the region.", "municipal ombudsman's office"),
    ("A bomb killed six people at a bus stop in Quetta on Monday, the district police control room said. Police "
     "superintendent Kamran Ali said the area was sealed off.", "district police control room"),
])
def test_a_state_body_stays_the_source(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == source


def test_a_state_body_does_not_give_way_to_another_body_sharing_a_word(extract: Extract) -> None:
    text = ("A car bomb killed 31 people in Mogadishu on Saturday, the health ministry said. The World Health "
            "Organization said hospitals in the city were overwhelmed.")
    (event,) = extract(text, PUBLISHED).events
    assert event.source == "health ministry"
