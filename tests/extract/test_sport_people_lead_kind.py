"""Kind (issue 10, kind 8, look-alikes): a game report whose lead names the people of the game
("fast bowlers ... top of the league", "spinners strangled the batsmen ... losing by eight
wickets") is a game, so its later "must-win clash in Windhoek on Friday" is no battle.  Before,
only words of the game itself counted towards the two a game's lead needs, and a lead with one
of them and its players read as news.  An attack by an armed group on players stays an incident.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 16)


@pytest.mark.parametrize("text", [
    ("NAIROBI: Kenya's fast bowlers launched a ferocious assault on Uganda on Saturday, ripping through the top"
     " order to win by 60 runs and go top of the league.\n\n\"We went for the kill from the first over,\" the"
     " captain said. Uganda now face a must-win clash against Namibia in Windhoek on Friday."),
    ("KARACHI: Lahore's spinners strangled the Karachi batsmen on Friday, and the hosts collapsed under the"
     " bombardment, losing by eight wickets.\n\nThe teams meet again in a crunch clash in Multan on Tuesday."),
])
def test_a_game_led_by_its_players_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a football match in Mogadishu on Friday, killing three players and a referee, police said.",
    ("Militants ambushed a bus carrying footballers of a league team near Peshawar on Sunday, and set it on fire,"
     " police said. No one was hurt."),
])
def test_an_attack_on_players_stays_an_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert len(extract(text, PUBLISHED).events) == 1, text
