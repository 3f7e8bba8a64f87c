"""Kind (issue 10, kind 1: incidents give no event): arrests that ACLED codes (Strategic
developments / Arrests: detaining significant individuals, or politically significant mass
arrests) gave no event: no trigger read a verb of taking into custody.  Now "arrest", "detain" and
"apprehend" (WordNet arrest.v.01, detain.v.01) are an arrest when the people held are members or
suspects of an armed group, political targets, or many held by an armed side other than the
police.  An arrest at a demonstration is force against it.  Police arresting a suspect in a crime,
an age read as a count, and an arrest years ago stay no event.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 10, 8)  # a Wednesday


@pytest.mark.parametrize(("text", "place"), [
    ("Soldiers arrested six suspected members of the Los Choneros gang in Manta on Tuesday, the army said.", "Manta"),
    ("Counter-terrorism police detained two alleged recruiters for the Islamic State in Peshawar on Monday.",
     "Peshawar"),
    ("Security forces apprehended a bomb maker of the Abu Sayyaf in Zamboanga City on Tuesday, the military said.",
     "Zamboanga City"),
    ("Three opposition lawmakers were arrested by intelligence agents in Kampala on Monday, their party said.",
     "Kampala"),
    ("Rebel fighters detained about forty young men during house-to-house searches in Uvira on Tuesday, "
     "residents said.", "Uvira"),
    ("Israeli troops detained at least 18 people in raids across Qalqilya on Tuesday night, a prisoners' group "
     "said.", "Qalqilya"),
])
def test_an_arrest_acled_codes_is_an_event(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type, e.sub_event_type) for e in events] == [
        (place, "Strategic developments", "Arrests")], text


def test_arrests_at_a_demonstration_are_force_against_it(extract: Callable[..., ExtractionResult]) -> None:
    text = "Police arrested 23 protesters at a march against fuel prices in Nairobi on Tuesday, organisers said."
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [("Nairobi", "Protest with intervention")]


@pytest.mark.parametrize("text", [
    "Police arrested a 24-year-old man in Durban on Tuesday after a shop owner was robbed at knifepoint.",
    "Detectives detained two suspects in Medellín on Monday over the theft of a delivery van, police said.",
    "Police arrested 12 people in Leeds on Saturday after fights broke out outside a nightclub.",
    "The men were arrested in 2019 and convicted last year of fraud, the court in Abuja heard on Tuesday.",
    # A member noun inside another word ("cell" in "cellphones") names no member.
    "Police arrested two men carrying stolen cellphones in Kano on Tuesday, a spokesman said.",
])
def test_an_ordinary_arrest_is_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
