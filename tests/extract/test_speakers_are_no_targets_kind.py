"""Kind (issue 10, kind 8): who tells of an attack, and to whom, is not whom it hit. A lone
attacker with a private or unknown motive is ordinary crime (shared/spec/scope-and-types.md), unless
a political target is hit; the prosecutor's office, the governor or the reporters named as the
speaker or the audience of the statement ("the state prosecutor's office said", "the governor
told reporters") were read as political targets, and the crime became an attack. One attacker
is any single person ("a farmer", WordNet noun.person), not only the listed lone-attacker words. A mayor or a
judge who is the victim still makes it one, and so do worshippers at a church, a temple or a
gurdwara, as at a mosque or a synagogue (political_targets.json "cue_words": places of worship, as
whole words, so that "couple" no longer holds the cue "coup"). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "A man shot dead his estranged wife and her two sisters at a family gathering in Puebla on Saturday, the"
    " state prosecutor's office said. Investigators said the killings followed a family dispute.",
    "A teenager stabbed three classmates to death at a school in Kazan on Monday, the regional governor told"
    " reporters, adding that the motive was unclear.",
    "A gunman killed four people at a bar in Durban on Friday night after an argument over a bill, a"
    " provincial minister told journalists on Saturday.",
    "According to the district magistrate, a farmer hacked two neighbours to death near Hoshiarpur on"
    " Sunday in a dispute over irrigation water.",
    "A gunman shot dead a couple at their home in Nakuru on Sunday, police said.",
])
def test_a_private_crime_told_by_an_official_is_no_incident(extract: Callable[..., ExtractionResult],
                                                             text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize("text", [
    "A man shot dead the mayor of Tlalixcoyan at his office on Friday, the state prosecutor's office said."
    " Investigators said the motive was unclear.",
    "A gunman killed a judge outside the high court in Quetta on Monday, police told reporters, adding that"
    " the motive was unknown.",
    "A gunman killed five worshippers at a church in Bobo-Dioulasso on Sunday, police said.",
    "A gunman opened fire on worshippers at a gurdwara in Peshawar on Sunday, killing two, police said.",
])
def test_a_political_victim_keeps_the_attack(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].sub_event_type == "Attack", text
