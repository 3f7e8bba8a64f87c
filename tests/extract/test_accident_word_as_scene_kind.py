"""An accident word that names where armed men killed ("Gunmen killed six labourers at a coal mine",
"... at a gas station") is the scene of the killing, not its cause: the armed doer makes it an
incident.  An accident that kills, armed victims included, stays out (scope-and-types.md)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list:
    return extract_report(Report("accident-scene", text, published=date(2025, 2, 10))).events


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed six labourers at a coal mine near Sibi on Sunday, officials said.", 6),
    ("Al-Shabaab fighters killed five workers at a gas station in Afgoye on Saturday, residents said.", 5),
    ("Rebels killed seven artisanal miners at a gold mine in Ituri province on Friday, a local official said.", 7),
    ("Bandits killed four drivers at a fuel tanker park outside Zaria on Sunday, police said.", 4),
])
def test_armed_doers_killing_at_an_accident_scene(text: str, killed: int) -> None:
    events = _events(text)
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", killed)]


@pytest.mark.parametrize("text", [
    "Five miners were killed when a coal mine collapsed near Sibi on Sunday, officials said.",
    "Four soldiers were killed when their helicopter crashed near Gao on Sunday, the army said.",
    "A gas leak killed three soldiers at a barracks in Mopti on Sunday, the army said.",
    "Two policemen died when their patrol truck overturned near Zaria on Friday, police said.",
])
def test_an_accident_that_kills_is_no_incident(text: str) -> None:
    assert _events(text) == []
