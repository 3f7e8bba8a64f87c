"""Actor1 from a claim of responsibility, a group's members, a state body's weapons and a
speaker's own troops (issue 10, kind 5, second round).

Sentences written for these tests (invented incidents). Unnamed doers ("gunmen", "troops")
stay null; a denied claim ("no group claimed") names nobody.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def actors(extract: Extract, text: str, title: str | None = None) -> list[str | None]:
    return [event.actor1 for event in extract(text, published=date(2024, 5, 14), title=title).events]


@pytest.mark.parametrize(("text", "actor"), [
    ("A car bomb exploded near a checkpoint in Baidoa on Sunday, killing seven people, police said.\n"
     "The militant group al-Shabaab later claimed responsibility for the blast.", "al-Shabaab"),
    ("Gunmen attacked a police post in Bannu on Monday, killing three officers.\n"
     "Tehreek-e-Taliban Pakistan claimed the attack in a message to reporters.", "Tehreek-e-Taliban Pakistan"),
    ("A suicide bomber blew himself up at a rally in Peshawar on Friday, killing 14 people.\n"
     "The Islamic State group said one of its fighters carried out the bombing.", "Islamic State group"),
    ("Rockets struck a coalition base near Erbil on Tuesday, wounding two contractors.\n"
     "Kataib Sayyid al-Shuhada claimed the strike on Telegram.", "Kataib Sayyid al-Shuhada"),
    ("Militants ambushed a supply convoy near Menaka on Saturday, killing six soldiers, the army said.\n"
     "JNIM claimed responsibility on Sunday.", "JNIM"),
    ("Two bombs exploded at a bus terminal in Jos on Wednesday, killing nine people, police said.\n"
     "Boko Haram has claimed responsibility for the bombings.", "Boko Haram"),
])
def test_a_claim_in_another_sentence_names_the_actor(extract: Extract, text: str, actor: str) -> None:
    assert actors(extract, text) == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("A bomb hidden in a cart exploded at a market in Beledweyne on Monday, killing eight people.\n"
     "Al-Shabaab, which is linked to al-Qaeda, claimed responsibility.", "Al-Shabaab"),
    ("Gunmen raided an army post near Chaman on Friday, killing six soldiers.\n"
     "Lashkar-e-Islam, a splinter faction of the Taliban, claims responsibility.", "Lashkar-e-Islam"),
    ("Three bombs exploded near a shrine in Sehwan on Thursday, killing 19 people.\n"
     "All three bombings were claimed by the Islamic State group.", "Islamic State"),
    ("A suicide bomber attacked a checkpoint in Kirkuk on Sunday, killing four policemen.\n"
     "The Islamic State of Iraq and the Levant claims responsibility.", "Islamic State of Iraq and the Levant"),
    ("Islamic State claims bombing that killed 30 worshippers in Herat", "Islamic State"),
])
def test_a_claimer_past_an_apposition_or_as_agent(extract: Extract, text: str, actor: str) -> None:
    (found,) = actors(extract, text)
    assert found is not None and actor in found


@pytest.mark.parametrize("text", [
    "Two explosions hit a market in Konduga on Wednesday, killing 11 people.\n"
    "No group immediately claimed the attack.",
    "Gunmen killed five soldiers at a checkpoint in Tillaberi on Friday, the army said.\n"
    "There was no immediate claim of responsibility.",
    "A bomb exploded at a bus station in Maiduguri on Monday, killing six people, police said.\n"
    "Nobody claimed the bombing, but Boko Haram has claimed similar attacks in the city.",
    "Gunmen attacked a church in Beni on Sunday, killing ten worshippers, the army said.\n"
    "The ADF has claimed several attacks in the area this year.",
])
def test_no_claim_names_nobody(extract: Extract, text: str) -> None:
    assert actors(extract, text) == [None]


@pytest.mark.parametrize(("text", "actor"), [
    ("Members of the Mungiki gang attacked a bus depot in Nakuru on Tuesday, killing three people.", "Mungiki gang"),
    ("Fighters of the Kachin Independence Army attacked a police station in Bhamo on Friday, killing four officers.",
     "Kachin Independence Army"),
    ("Supporters of the Pakistan Tehreek-e-Insaf party attacked a police van in Lahore on Monday, injuring five "
     "officers.", "Pakistan Tehreek-e-Insaf party"),
    ("Supporters of the opposition Bangladesh Nationalist Party clashed with police in Chittagong on Sunday, "
     "leaving two dead.", "Bangladesh Nationalist Party"),
    ("Militants of the Islamic State West Africa Province attacked an army base in Borno on Thursday, killing "
     "six soldiers.", "Islamic State West Africa Province"),
    ("Fighters from the ADF killed 17 civilians in Beni on Thursday, a civil society leader said.", "ADF"),
])
def test_members_of_a_named_group_are_the_group(extract: Extract, text: str, actor: str) -> None:
    assert actors(extract, text) == [actor]


def test_residents_of_a_place_are_no_group(extract: Extract) -> None:
    text = "Residents of Kidal attacked a police post on Monday, injuring four officers."
    assert "Kidal" not in str(actors(extract, text))


@pytest.mark.parametrize(("text", "actor"), [
    ("Junta jets bombed a village in Sagaing on Tuesday, killing 11 civilians.", "Junta"),
    ("Military aircraft bombed a school in Kayah on Saturday, killing five children.", "Military"),
    ("Regime helicopters dropped barrel bombs on a market in Idlib on Monday, killing eight people.", "Regime"),
    ("Junta warplanes struck a monastery in Magway on Friday, killing 17 people.", "Junta"),
    ("Army drones hit a fuel depot near Kidal on Sunday, killing four people.", "Army"),
])
def test_a_state_body_qualifying_the_weapon_is_the_actor(extract: Extract, text: str, actor: str) -> None:
    assert actors(extract, text) == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Nigerian army said on Monday its troops had killed 30 insurgents in Borno.", "Nigerian army"),
    ("The Malian army said its soldiers killed 12 militants near Mopti on Wednesday.", "Malian army"),
    ("The Cameroonian military said its soldiers had killed nine separatists in Bamenda on Tuesday.",
     "Cameroonian military"),
    ("The Burkinabe army said its troops killed 40 jihadists near Djibo on Saturday.", "Burkinabe army"),
    ("The Nigerien army said on Thursday that its soldiers had killed 25 jihadists near Tillaberi.",
     "Nigerien army"),
])
def test_a_speakers_own_troops_name_the_speaker(extract: Extract, text: str, actor: str) -> None:
    assert actors(extract, text)[:1] == [actor]


@pytest.mark.parametrize("text", [
    "Troops killed 14 militants near Mopti on Wednesday, the army said.",
    "Gunmen killed six worshippers at a mosque in Zamfara on Friday, police said.",
])
def test_unnamed_doers_stay_null(extract: Extract, text: str) -> None:
    assert actors(extract, text) == [None]


@pytest.mark.parametrize(("text", "actor"), [
    ("Houthi drone strike kills three at Saudi airport\n"
     "A drone hit Abha airport in southern Saudi Arabia on Wednesday, killing three people, the coalition said.",
     "Houthi"),
    ("Boko Haram kills nine fishermen\n"
     "Suspected insurgents killed nine fishermen near Monguno in Borno state on Sunday, a militia leader said.",
     "Boko Haram"),
    ("Al-Shabaab attack kills five soldiers\n"
     "Militants attacked an army base in Lower Shabelle on Monday, killing five soldiers, an officer said.",
     "Al-Shabaab"),
    ("Taliban attack kills 8 police\n"
     "Insurgents attacked a checkpoint in Kunduz province overnight, killing eight policemen, officials said.",
     "Taliban"),
    ("Hezbollah rockets wound two in northern Israel\n"
     "Rockets fired from Lebanon hit Kiryat Shmona on Tuesday, wounding two people, medics said.", "Hezbollah"),
])
def test_a_headline_actor_gives_the_bodys_event_its_actor(extract: Extract, text: str, actor: str) -> None:
    assert actors(extract, text) == [actor]
