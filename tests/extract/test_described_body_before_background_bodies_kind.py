"""Kind (issue 10, kind 4, source): a lead that gives its source only by a description ("a local
rights group said") is followed by the body's name ("The Plateau Peace Network, which has
documented attacks in the state since 2018, said ...") and later by other bodies quoted for the
background ("The United Nations says the violence has displaced 50,000 people"). The first
non-state body named speaking is the one described; before, a second body made the choice void
(the description stayed) or, when a background cue inside the naming sentence's appositive ("one of
the groups that have run soup kitchens since the war began") made that sentence history, the
background body was taken. A cue between a speaker and its speech verb now describes the speaker,
not the sentence. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 17)


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen killed nine farmers in Bokkos on Monday, a local rights group said.\n\nThe Plateau Peace Network,"
     " which has documented attacks in the state since 2018, said the gunmen arrived on motorbikes. The United"
     " Nations says the violence has displaced 50,000 people.", "Plateau Peace Network"),
    ("A drone strike killed 14 people at a market in Mellit on Sunday, a volunteer group said.\n\nThe Mellit"
     " Resistance Committee, one of the groups that have run soup kitchens since the war began, said most of the"
     " dead were women.\n\nHuman Rights Watch has accused both sides of war crimes.", "Mellit Resistance Committee"),
    ("Soldiers shot dead five protesters in Kisumu on Tuesday, a state-funded human rights body said.\n\nThe Kenya"
     " National Commission on Human Rights, set up in 2011, said the five had died of gunshot wounds. Amnesty"
     " International says police have killed hundreds of people in recent years.",
     "Kenya National Commission on Human Rights"),
])
def test_the_first_body_named_is_the_one_described(extract: Callable[..., ExtractionResult], text: str,
                                                   source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].source == source


def test_a_background_cue_after_the_speech_verb_still_makes_history(
        extract: Callable[..., ExtractionResult]) -> None:
    text = ("Gunmen killed nine farmers in Bokkos on Monday, police said.\n\nThe Plateau Peace Network said more"
            " than 300 people had been killed in the state since 2018.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.source) for e in events] == [("Bokkos", 9, "police")]
