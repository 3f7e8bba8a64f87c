"""Kind (issue 10 kind 8, look-alikes): ordinary crime by thieves.  A killing by robbers or thieves
(out-of-scope-frames.json criminal_doers, from WordNet's thief and robber nouns; bandits are not
among them) in a report that gives a private cause ("a robbery") and no political one is no event
(scope-and-types.md: ordinary crime).  A motive word the report denies ("found no link to any
militant group", "ruled out any terrorist motive") is no political motive; a political target or an
armed group still makes an incident.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Armed robbers shot dead a money changer and wounded his assistant in Mardan's Sheikh Maltoon area on Monday, "
    "police said. Police said the killing was a robbery and they had found no link to any militant group.",
    "Two thieves stabbed a shop owner to death in Multan during a robbery on Friday night, police said. "
    "Investigators ruled out any terrorist motive.",
    "Armed robbers killed a bank guard in Enugu on Tuesday, police said, in a robbery that netted about 2 million "
    "naira.",
    # Doers called gunmen or armed men, a fight with the guards, a denial that names a group.
    "Gunmen shot dead a fuel station attendant in Mandera on Thursday night in what police called a robbery. "
    "\"There is nothing to link this to any terror group,\" the county police commander said.",
    "Armed robbers stormed a bank in Onitsha on Friday and exchanged fire with police guards, killing a customer, "
    "police said. A police spokesman said there was no evidence the gang had links to separatist groups.",
    "Two armed men shot dead a money transfer clerk during a robbery in Iligan on Monday, police said, ruling out "
    "any link to Islamist militants in the region.",
    # The headline's first noun is the victim, not the doer.
    "Jeweller shot dead in Zhob robbery\n\nA jeweller was shot dead and his son wounded when armed robbers "
    "stormed their shop in Zhob on Monday evening, police said. The robbers fled with gold worth about Rs2 "
    "million.",
])
def test_a_robbery_is_no_incident(text: str) -> None:
    assert extract_report(Report("crime", text, published=dt.date(2024, 5, 10))).events == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a pro-government tribal elder in North Waziristan on Monday, police said. The motive was not "
    "immediately known.",
    "Militants killed two police officers guarding a polio team in Mardan on Sunday, police said. Police said the "
    "attack was not a robbery.",
    "Bandits killed nine villagers in Zurmi, Zamfara state, on Saturday during a raid in which they also stole "
    "cattle, police said.",
])
def test_armed_groups_and_political_targets_stay_incidents(text: str) -> None:
    assert len(extract_report(Report("kept", text, published=dt.date(2024, 5, 10))).events) == 1
