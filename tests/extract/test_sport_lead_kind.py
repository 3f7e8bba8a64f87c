"""Kind (issue 10, kind 8, look-alikes): a report whose headline or lead tells a game (two words of
sport reporting, a score counting as one: out-of-scope-frames.json sport) tells its violence words
("rout", "'war'", "slaughtered on the break") and its players hurt (sport_people) of the game, even
after a headline line; an attack on fans that kills stays an incident.  Sentences written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> int:
    return len(extract_report(Report("game", text, published=dt.date(2024, 6, 5))).events)


@pytest.mark.parametrize("text", [
    "Enyimba rout Kano Pillars in Aba 'war'\n\nABA, Nigeria — Enyimba thrashed Kano Pillars 4-0 on Sunday in a "
    "Nigeria Premier Football League clash marred by a pitch invasion.\n\nPillars were without two injured "
    "defenders, and their coach said his side had been \"slaughtered\" on the break.",
    "Mamelodi Sundowns stormed past Orlando Pirates in Pretoria on Saturday, their striker firing two goals in a "
    "4-1 rout that left three Pirates players injured.",
])
def test_a_game_told_in_words_of_violence_is_no_incident(text: str) -> None:
    assert _events(text) == 0


def test_an_attack_on_fans_that_kills_stays() -> None:
    text = "Gunmen attacked fans leaving a league match in the city of Jos on Sunday, killing three, police said."
    assert _events(text) == 1
