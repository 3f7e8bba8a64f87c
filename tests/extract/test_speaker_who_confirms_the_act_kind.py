"""Kind (issue 10, kind 5, actor1): who tells of the act is its source, not its doer: a person
("A police spokesman confirmed the attack", "the mayor reported the shelling", "an army spokesman
acknowledged the killings": a verb of saying, speech_verbs.json, whose subject is a WordNet
noun.person named by no word of an armed side), a body that bears no arms ("The Interior Ministry
confirmed Thursday's bombing"), or a state force telling of an act done to it or to others ("Police
confirmed the attack on a checkpoint", "The army confirmed the ambush": act_nouns.json
suffered_acts).  A force may still confirm its own strike, and "Police said Thursday's attack
killed six" names no group the police belong to.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 2)


@pytest.mark.parametrize("text", [
    "Gunmen killed eight farmers in their fields near Makurdi on Tuesday. A police spokesman confirmed the attack.",
    "Six civilians were killed by shelling in Horlivka on Sunday. The city's mayor reported the shelling on Telegram.",
    "Bandits killed 11 villagers near Gusau on Monday. An army spokesman acknowledged the killings in a statement.",
    "A bomb killed four traders at a market in Bama on Friday. The local council chairman confirmed the blast.",
    "Police said Thursday's attack on a mosque in Kano killed six worshippers.",
    "Police confirmed the attack on a checkpoint in Kandahar on Sunday, saying two officers died.",
    "The army confirmed the ambush near Gao, in which four soldiers were killed on Friday.",
    "The Interior Ministry confirmed Thursday's bombing in Quetta, which killed nine people.",
])
def test_the_speaker_is_no_doer(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].actor1 is None


def test_a_force_confirming_its_strike_stays_its_doer(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Three militants were killed near Jenin on Tuesday. The Israeli military confirmed the air "
                     "strike.", PUBLISHED).events
    assert len(events) == 1
    assert events[0].actor1 == "Israeli military"
