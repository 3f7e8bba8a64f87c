"""Kind (issue 10, kind 8: look-alikes): a report whose lead is a trial, a verdict, a
commemoration or a military exercise retells the old attack in its later paragraphs without a
day of its own ("Prosecutors said the gunmen lined the passengers up ..."; "The final toll was
64 dead").  Those undated acts belong to the frame's story, not to a new incident; an act the
report dates on a recent day ("on Monday, gunmen ...") still is one.  Reports written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(
    "text",
    ["A high court in Garissa on Tuesday sentenced two men to 30 years in prison for helping plan the attack on "
     "a bus near Mandera. Prosecutors said the gunmen stopped the bus on a dirt road and shot 14 passengers at "
     "the roadside. Seven others were wounded. The men's lawyers said they would appeal.",
     "Families gathered in Maiduguri on Sunday to mark ten years since the bombing of the central market. The "
     "blast killed 54 traders and wounded more than 100, health officials said at the time. A choir sang and "
     "the names of the dead were read out.",
     "Judges at a special tribunal in Bangui convicted a former militia leader of crimes against humanity on "
     "Wednesday. His fighters attacked the village of Ndele, killing at least 40 civilians and burning homes, "
     "the judges found. He was sentenced to life.",
     "The trial of four men accused over an ambush of a police convoy opened in Peshawar on Tuesday. Prosecutors "
     "told the court the attackers fired rockets at the lead vehicle near Bannu and then shot the officers as they "
     "fled. Nine policemen died and six were wounded.",
     "An appeals court in Kyiv on Wednesday upheld the life sentence of a Russian soldier. According to the "
     "verdict, he shot three men at a checkpoint in Bucha and wounded a woman. He was tried in absentia.",
     "A court in Nairobi convicted two men on Thursday of helping the gunmen. The attackers stormed a shopping "
     "mall in Nairobi, killing 67 people, prosecutors said. Both men denied the charges.",
     "The navy began three days of live-fire exercises in the Gulf of Oman on Monday. Warships fired missiles "
     "at floating targets, and helicopters dropped depth charges, a spokesman said. Two years ago, a drone "
     "struck a tanker in the same waters, killing two crew members."],
)
def test_frame_lead_retold_kind_undated_acts_after_a_frame_lead_are_no_incident(text: str) -> None:
    assert extract_report(Report("r", text, PUBLISHED)).events == []


def test_frame_lead_retold_kind_a_recent_dated_act_after_a_frame_lead_is_an_incident() -> None:
    text = ("A court in Maroua on Monday jailed three men for a 2019 raid on a border village. On Tuesday, gunmen "
            "attacked a checkpoint near Kolofata, killing two soldiers, the army said.")
    (event,) = extract_report(Report("r", text, PUBLISHED)).events
    assert (event.date, event.fatalities) == (date(2025, 3, 11), 2)


def test_frame_lead_retold_kind_an_incident_lead_keeps_its_undated_details() -> None:
    text = ("Gunmen attacked a bus near Mandera on Tuesday, killing 14 passengers, police said. The attackers "
            "stopped the bus on a dirt road. Seven others were wounded.")
    (event,) = extract_report(Report("r", text, PUBLISHED)).events
    assert (event.fatalities, event.injured) == (14, 7)
