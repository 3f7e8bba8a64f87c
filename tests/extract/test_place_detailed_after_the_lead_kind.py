"""Kind (issue 10 kind 2, places): the lead places the act only roughly (a first-level region, a
lake, or a town an unnamed village is near: "a village near X", "a village outside X") and a
sentence just after it, telling the act again ("The attack on X village ..."), naming its doers
or its victims ("The victims in X district ..."), places it more finely: a district inside the
region, a village or town of its region or country. That place comes first (gold-format.md: most
specific first), and a definite reference to the act at that place ("The attack on X village")
continues the incident instead of opening another. A town where a later sentence tells nothing of
the act stays after, and a town named as a landmark stays a landmark. Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first"), [
    # a district inside the lead's first-level region
    ("A roadside bomb killed four soldiers in Afghanistan's Helmand province on Sunday, officials said. The blast "
     "hit a patrol in Nad Ali district.", "Nad Ali"),
    ("A bomb exploded at a market in Pakistan's Khyber Pakhtunkhwa province on Tuesday, killing six people, police "
     "said. The victims in Bannu district included two children.", "Bannu"),
    # a town near which the unnamed village lies, then the village named by its distance from that town
    ("Gunmen opened fire on a wedding party in a village near Kaduna on Saturday, killing eight guests, police "
     "said. The attackers stormed Kujama, about 30 km south of Kaduna, on motorbikes.", "Kujama"),
    ("A drone strike killed two children in a village outside Kherson on Thursday, regional officials said. The "
     "drone hit a house in Bilozerka, 15 km west of Kherson.", "Bilozerka"),
    # a lake, then the town the act was near
    ("Boko Haram fighters killed nine fishermen on the shores of Lake Chad in Nigeria on Thursday, a militia leader "
     "said.\n\nThe fishermen were attacked near Kukawa, the militia leader said.", "Kukawa"),
])
def test_the_finer_place_a_later_sentence_names_comes_first(text: str, first: str) -> None:
    events = extract_report(Report("detail", text, published=dt.date(2024, 6, 20))).events
    assert len(events) == 1
    assert events[0].locations[0].name.startswith(first)


@pytest.mark.parametrize(("text", "first", "fatalities"), [
    ("Suspected herders killed 11 villagers in an attack on a community in Nigeria's Benue state on Sunday, a local "
     "official said.\n\nThe attack on Tse Akaa village began shortly before midnight, he said.", "Tse Akaa", 11),
    ("Insurgents used drones to drop bombs on a village in India's Manipur state on Sunday, killing three people, "
     "police said.\n\nThe assault on Phayeng village began with gunfire at dawn.", "Phayeng", 3),
    ("Militants killed five road workers in an ambush in Pakistan's Balochistan province on Monday, officials said. "
     "The attack on the workers near Zhob came as they repaired a bridge.", "Zhob", 5),
])
def test_the_act_told_again_at_a_village_of_the_region_is_one_incident(text: str, first: str,
                                                                       fatalities: int) -> None:
    events = extract_report(Report("again", text, published=dt.date(2024, 6, 20))).events
    assert len(events) == 1
    assert events[0].locations[0].name == first
    assert events[0].fatalities == fatalities


def test_a_town_a_later_sentence_only_mentions_stays_after() -> None:
    text = ("Gunmen killed six villagers in Nigeria's Plateau state on Friday, police said. Thousands of people "
            "have fled to Jos, the state capital, since January.")
    events = extract_report(Report("fled", text, published=dt.date(2024, 6, 20))).events
    assert len(events) == 1
    assert events[0].locations[0].name.startswith("Plateau")


def test_a_town_named_first_in_the_lead_stays_first() -> None:
    text = ("Shelling killed two people in Kherson on Thursday, regional officials said. The attackers also "
            "struck Bilozerka, 15 km west of Kherson.")
    events = extract_report(Report("town", text, published=dt.date(2024, 6, 20))).events
    assert events[0].locations[0].name == "Kherson"


@pytest.mark.parametrize(("text", "first"), [
    ("KABUL, Afghanistan (AP) — Gunmen killed four aid workers in an ambush on a mountain road on Sunday, police "
     "said. The gunmen had waited for the workers' car outside Jalalabad, the provincial police chief said.",
     "Jalalabad"),
    ("ABUJA, Nigeria (Reuters) - Bandits killed 20 villagers in a night raid on Friday, officials said.\n\nThe "
     "victims in Gusau were mostly farmers, a local official said.", "Gusau"),
    ("MANILA, Philippines (AP) — Government troops killed five communist rebels in a clash in a remote village on "
     "Thursday, the army said. Soldiers came upon the rebels outside Catubig town in Northern Samar "
     "province, an army spokesman said.", "Catubig"),
])
def test_a_later_sentence_of_the_doers_or_victims_places_an_act_the_lead_leaves_at_the_dateline(
        text: str, first: str) -> None:
    events = extract_report(Report("dateline", text, published=dt.date(2024, 6, 20))).events
    assert len(events) == 1
    assert events[0].locations[0].name == first


@pytest.mark.parametrize(("text", "first"), [
    # the lead names only a country (or a part of one)
    ("BAMAKO (Reuters) - Soldiers killed 12 jihadists in a clash in central Mali on Sunday, the army said. Troops "
     "came upon the fighters outside Djenne town, a military source said.", "Djenne"),
    ("KABUL (AFP) - A roadside bomb killed four Taliban fighters in eastern Afghanistan on Saturday, officials "
     "said. The victims in Achin district were travelling in a pickup truck.", "Achin"),
    # a village near a town, then the district the victims were in
    ("Gunmen killed nine farmers in a village near Kaduna on Sunday, police said. The victims in Kajuru district "
     "were harvesting maize when the attackers arrived.", "Kajuru"),
])
def test_a_doers_or_victims_sentence_places_an_act_the_lead_places_only_roughly(text: str, first: str) -> None:
    events = extract_report(Report("rough", text, published=dt.date(2024, 6, 20))).events
    assert len(events) == 1
    assert events[0].locations[0].name.startswith(first)
