"""Kind (issue 10, kind 8, look-alikes): a killing whose cause the report gives as a quarrel of a
family, neighbours or an inheritance (out-of-scope-frames.json private_parties) is ordinary crime
(scope-and-types.md), whoever the doers ("armed men", "gunmen") and even when the report denies no
political motive; a quarrel between communities (herders and farmers) stays communal violence,
and so does an act by an armed group, whatever its cause.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[str]:
    report = Report("quarrel", text, published=dt.date(2025, 3, 5))
    return [event.sub_event_type or "" for event in extract_report(report).events]


@pytest.mark.parametrize("text", [
    "KOHAT: Armed men shot dead four people, including two brothers, in a village near Kohat on Monday over an "
    "old family enmity, police said. The attackers escaped.",
    "RECIFE, Brazil - Gunmen killed four members of one family at a birthday party in Recife on Saturday in what "
    "investigators described as a dispute over an inheritance. Police said the motive was personal.",
    "MARDAN: Unidentified gunmen opened fire on a wedding party in a village of Mardan district on Sunday night, "
    "killing five men, police said. According to police, the two sides had an argument between neighbours over a "
    "water channel for years.",
    "GAYA, March 4: Three members of a family were hacked to death by their relatives in a village in Bihar's "
    "Gaya district on Tuesday over a long-standing land dispute between the two families, police said.",
    "CABANATUAN, Philippines - A 45-year-old farmer shot dead his neighbour and the neighbour's son in a rice "
    "field in Nueva Ecija on Saturday after a heated argument over irrigation water, police said.",
])
def test_a_killing_over_a_private_quarrel_is_no_incident(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("MAKURDI, Nigeria - Herders and farmers clashed over grazing land in Benue's Guma area on Monday, leaving "
     "nine people dead, police said.", ["Armed clash"]),
    ("JOS, Nigeria - Gunmen killed 12 villagers in Bokkos on Sunday in an attack linked to a long-running land "
     "dispute between herders and farming communities, police said.", ["Attack"]),
    ("PARACHINAR: Militants shot dead a tribal elder and his son in Parachinar on Friday over a family feud, "
     "police said.", ["Attack"]),
])
def test_communal_and_armed_group_violence_stays(text: str, expected: list[str]) -> None:
    assert _events(text) == expected
