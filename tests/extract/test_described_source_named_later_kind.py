"""Kind (issue 10 kind 4, source): a lead gives the source only by a description and a later
sentence names it.  (1) A non-state body described by what it is ("a local rights group", "a
state-funded human rights body", "a volunteer group": heads in actor_cues.json civil_bodies) is
the one non-state body the report then quotes by its proper name, whatever words that name uses
("The Plateau Peace Network said"); a state force or a person quoted later does not count.
(2) A part of a state force named by what it is and whose it is ("the military's media wing",
"the junta's information team": actor_cues.json state_units) is the one body the report then
quotes by its proper name ("Inter-Services Public Relations"), which may carry the force's words.
(3) A role headed before its preposition ("the head of the regional military administration",
"the head of the provincial police") is the office holder the report names later when the two
share a word.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen killed seven farmers in Mangu on Tuesday, a local rights group said.\n\nThe Plateau Peace Network "
     "said in a statement that the attackers arrived on motorbikes at dusk.", "Plateau Peace Network"),
    ("Security forces shot dead four protesters in Kampala on Thursday, a state-funded human rights body said.\n\n"
     "The Uganda Human Rights Commission (UHRC) said the four had died of gunshot wounds.",
     "Uganda Human Rights Commission (UHRC)"),
    ("Militants killed nine villagers near Diapaga on Monday, a monitoring group said.\n\nThe Sahel Security "
     "Observatory said the attackers also stole cattle before fleeing.", "Sahel Security Observatory"),
    ("Police fired on protesters in Nakuru on Monday, killing two, a human rights body said. The Independent "
     "Commission on Civil Liberties said two men had died of gunshot wounds.",
     "Independent Commission on Civil Liberties"),
    # Owned by a common noun: the body's name without it.
    ("Shelling killed six people at a displacement camp outside Ed Daein on Wednesday, a volunteer group said.\n\n"
     "The camp's Mutual Aid Room said in a statement that shells hit a clinic and a water point.",
     "Mutual Aid Room"),
    # A plural head or a name the model cuts at its preposition ("Doctors | Without Borders"); an agency.
    ("Shelling killed five civilians in the town of Kornoi in Sudan's North Darfur on Saturday, a medical charity "
     "said. Doctors Without Borders said its team treated 17 wounded at the hospital.", "Doctors Without Borders"),
    ("Four people were killed when a drone hit a market in Ethiopia's Afar region on Monday, a humanitarian "
     "agency said. The UN Office for the Coordination of Humanitarian Affairs said eleven people were wounded.",
     "UN Office for the Coordination of Humanitarian Affairs"),
    # The army and a resident quoted later are no such body: the description stays.
    ("Gunmen killed seven farmers in Mangu on Tuesday, a local rights group said. The army said troops had been "
     "deployed to the area.", "local rights group"),
    ("Gunmen killed seven farmers in Mangu on Tuesday, a local rights group said. Resident Musa Dalyop said the "
     "attackers came at night.", "local rights group"),
])
def test_a_described_body_is_the_one_named_later(text: str, source: str) -> None:
    events = extract_report(Report("body", text, published=dt.date(2024, 5, 10))).events
    assert [event.source for event in events] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Russian drones hit apartment blocks in Mykolaiv overnight, killing three people and wounding nine, the head "
     "of the regional military administration said.\n\nThe drones struck shortly after 3 a.m., setting flats "
     "ablaze, said regional governor Vitaliy Koval.", "Vitaliy Koval"),
    ("A car bomb killed four police officers at a checkpoint in Zhob on Saturday, the head of the provincial "
     "police said.\n\nDeputy Inspector General Asad Malik, who leads the provincial force, told reporters the "
     "bomber rammed the barrier.", "Asad Malik"),
    # Someone sharing no word with the role: the role stays.
    ("A car bomb killed four police officers at a checkpoint in Zhob on Saturday, the head of the provincial "
     "health department said. Resident Imran Shah said he heard a loud blast.",
     "head of the provincial health department"),
])
def test_the_head_of_an_office_is_the_holder_named_later(text: str, source: str) -> None:
    events = extract_report(Report("head", text, published=dt.date(2024, 5, 10))).events
    assert [event.source for event in events] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Three soldiers were killed when militants attacked a border post in Pakistan's Mohmand district on Tuesday, "
     "the military's media wing said. The Inter-Services Public Relations said in a statement that four attackers "
     "were also killed.", "Inter-Services Public Relations"),
    ("Two soldiers were killed when rebels ambushed an army truck near Monywa in Myanmar's Sagaing region on "
     "Monday, the junta's information team said. The True News Information Team said the rebels fled east.",
     "True News Information Team"),
    ("Five soldiers died in a mortar attack on a base near Tessalit in northern Mali on Friday, the army's press "
     "office said. The Directorate of Army Public Relations said the base returned fire.",
     "Directorate of Army Public Relations"),
    # A whole force stays as given; so does the unit when the body named later is another side.
    ("Three soldiers were killed when militants attacked a border post in Pakistan's Mohmand district on Tuesday, "
     "the army said. The Tehreek-e-Taliban Pakistan said its fighters carried out the attack.", "army"),
    ("A roadside bomb killed four soldiers near Panjgur in Pakistan's Balochistan province on Monday, the "
     "military's media wing said. The Balochistan Liberation Front said it carried out the bombing.",
     "military's media wing"),
    ("Rebels ambushed an army convoy near Bhamo in Myanmar's Kachin state on Sunday, killing six soldiers, the "
     "junta's information team said. The Kachin Independence Army claimed the ambush in a statement.",
     "junta's information team"),
])
def test_a_described_part_of_a_force_is_the_body_named_later(text: str, source: str) -> None:
    events = extract_report(Report("unit", text, published=dt.date(2024, 6, 5))).events
    assert [event.source for event in events] == [source]
