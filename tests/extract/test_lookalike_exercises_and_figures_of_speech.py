"""Look-alike kinds of issue 10 (kind 8), round 3, invented reports:

- a military exercise: strikes "practised" against a "simulated" enemy, "mock" targets, drills;
- war words used of something else: crews "battled" a blaze, patients "fighting for their lives",
  families "fighting over" land in court;
- a killing over a private quarrel (land, money, family), which scope-and-types.md puts out of
  scope as ordinary crime, however the quarrel is worded.

Each kind keeps a real incident told beside it.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 9, 10)


@pytest.mark.parametrize("text", [
    "Chinese forces held live-fire drills around Taiwan on Monday, practising precision strikes on ports and "
    "energy facilities, the Eastern Theater Command said.",
    "Iranian warships fired cruise missiles at simulated enemy vessels in the Gulf of Oman during naval "
    "exercises on Tuesday, state television reported.",
    "North Korean artillery units shelled mock targets near Wonsan on Sunday in a drill overseen by Kim "
    "Jong Un, state media said.",
    "Polish and US troops rehearsed an air assault on a mock village at the Drawsko Pomorskie range on "
    "Wednesday.",
    "Russian bombers simulated missile strikes on enemy airfields during exercises over the Baltic Sea on "
    "Thursday, the defence ministry said.",
])
def test_a_military_exercise_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


def test_an_attack_on_troops_during_an_exercise_is_kept(extract: Extract) -> None:
    text = ("Militants attacked soldiers taking part in a training exercise near Quetta on Monday, killing "
            "three of them, the army said.")
    assert len(extract(text, published=PUBLISHED).events) == 1


@pytest.mark.parametrize("text", [
    "Six workers died when a boiler exploded at a textile mill near Faisalabad on Monday. Firefighters "
    "battled for four hours to bring the flames under control.",
    "A gas cylinder blast killed three people at a restaurant in Nairobi on Sunday, and fire crews fought "
    "the blaze until midnight, police said.",
    "Nine miners were killed in a methane explosion in Karaganda on Friday; rescuers fought to reach "
    "survivors trapped underground.",
    "Two women were killed in a stampede at a food distribution in Jalalabad on Saturday; four others are "
    "fighting for their lives in hospital.",
])
def test_war_words_used_of_disasters_make_no_battle(extract: Extract, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "A farmer shot dead his two cousins following a quarrel over irrigation water in a village in Punjab's "
    "Okara district on Sunday, police said.",
    "A man beat his neighbour to death with a shovel after an argument over a shared fence in Sokoto on Friday, "
    "police said. The households had quarrelled over the strip of land since 2019.",
    "A businessman was shot dead by his nephew in Lagos on Monday in what police described as a dispute over "
    "family property.",
    "Police in Meerut said a man killed his brother with an axe on Tuesday over an unpaid debt.",
])
def test_a_killing_over_a_private_quarrel_is_out_of_scope(extract: Extract, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


def test_an_armed_attack_beside_a_land_dispute_is_kept(extract: Extract) -> None:
    text = ("Suspected herders killed 11 villagers in an attack on Bokkos in Plateau state on Sunday, police "
            "said. Communities in the area have long quarrelled over grazing land.")
    assert len(extract(text, published=PUBLISHED).events) == 1


@pytest.mark.parametrize("text", [
    "Herders and farmers in Benue have clashed over grazing land for decades, local leaders said on Monday.",
    "The two clans have been fighting over the water points near Beledweyne for more than a decade.",
    "Residents said the two households had been feuding over the well for about eight years.",
])
def test_a_struggle_that_lasts_years_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


def test_a_clash_that_lasts_hours_is_an_incident(extract: Extract) -> None:
    text = "Troops clashed with rebels for three hours near Beni on Monday, the army said."
    assert len(extract(text, published=PUBLISHED).events) == 1


def test_every_clause_of_a_sentence_with_a_dummy_target_is_drill(extract: Extract) -> None:
    text = ("Artillery batteries pounded dummy bunkers and attack helicopters hit practice targets at a training "
            "ground near Hrodna on Wednesday, the defence ministry said.")
    assert extract(text, published=PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "A man shot dead his wife and two daughters following a heated argument over money in Multan on Sunday, "
    "police said.",
    "A pensioner killed three neighbours with a rifle during an altercation about a drainage ditch near "
    "Kisumu on Saturday, police said.",
    "A landowner opened fire on his in-laws in a village near Bahraich on Tuesday amid a long-running land feud, "
    "killing three, police said.",
    "A teenager stabbed two classmates to death in Almaty on Friday because of a personal grudge, police said.",
])
def test_a_lone_killing_over_a_worded_quarrel_is_out_of_scope(extract: Extract, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


def test_a_gunman_amid_a_quarrel_who_names_a_cause_is_kept(extract: Extract) -> None:
    text = ("A gunman who pledged allegiance to Islamic State killed four people at a market in Mombasa on Monday "
            "after an argument with guards, police said.")
    assert len(extract(text, published=PUBLISHED).events) == 1


@pytest.mark.parametrize("text", [
    "Real Madrid stormed back in the second half and struck twice in five minutes to crush Manchester City in "
    "the Champions League quarter-final in Madrid on Wednesday.",
    "The visitors attacked relentlessly and the striker hit the post twice before the home side scored the "
    "winning goal in the derby in Lagos on Sunday.",
    "Critics said the new budget butchered funding for rural schools, and opposition senators vowed to kill "
    "the bill in Abuja next week.",
    "Air raid alerts were declared across Ukraine on Tuesday night, but no strikes were reported, the air force "
    "said.",
    "Police in Lahore raided a wedding hall on Tuesday to enforce a ban on loudspeakers, fining the owner.",
])
def test_a_game_a_figure_of_speech_a_denied_act_or_a_police_search_is_no_incident(text: str, extract: Extract
                                                                                  ) -> None:
    assert extract(text, date(2024, 4, 18)).events == []


def test_an_attack_on_fans_after_a_match_stays(extract: Extract) -> None:
    text = ("Gunmen opened fire on fans outside a football stadium in Kano after a league match on Sunday, killing "
            "three, police said.")
    (event,) = extract(text, date(2024, 4, 18)).events
    assert event.fatalities == 3
