"""Kind (issue 10, kind 9: sub-event type): an attack on a border force's post or members ("attacked a
border post", "killing two border guards", "a frontier post", "an army post") was typed as
violence against civilians: the military targets of data/lexicons/target_nouns.json knew posts
and members of armies and police by other words only.  An attack on them is an armed clash, as
one on a checkpoint is.  Police who only give the figures are no target.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 4)  # a Wednesday


@pytest.mark.parametrize(("text", "place"), [
    ("Militants attacked a village near Chaman on Tuesday, killing two border guards, officials said.", "Chaman"),
    ("Gunmen stormed a frontier post outside Tessalit on Tuesday night, local sources said.", "Tessalit"),
    ("Saboteurs attacked a border post near Sudzha on Tuesday, killing one serviceman, the governor said.",
     "Sudzha"),
    ("Fighters attacked an army post near Kalemie on Tuesday, residents said.", "Kalemie"),
])
def test_an_attack_on_a_border_force_is_a_clash(extract: Callable[..., ExtractionResult], text: str,
                                                place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, "Armed clash")], text


def test_police_who_give_the_figures_are_no_target(extract: Callable[..., ExtractionResult]) -> None:
    text = "Gunmen attacked a market in Chaman on Tuesday, killing four traders, police officers said."
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == ["Attack"]
