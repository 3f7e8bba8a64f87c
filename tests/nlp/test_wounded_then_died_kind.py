"""Kind (issue 10, kind 7, figures): a victim told as wounded who then died ("A woman was injured in a
drone strike ... and later died of her wounds", "A shepherd was wounded when a mine exploded ... and
died later in hospital") is one killed, not one injured: the death and the wound overlapped, so the
death was dropped and the wound kept; and the parse may hang "died" on the clause of the cause,
whose subject is the weapon.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 9, 18)  # a Thursday


@pytest.mark.parametrize("text", [
    "A woman was injured in a drone strike on Nikopol on Sunday and later died of her wounds, the governor said.",
    "A shepherd was wounded when a landmine exploded near Marib on Friday and died later in hospital, medics "
    "said.",
    "A teenager was badly hurt in an Israeli air strike on Khan Younis on Tuesday and died overnight, doctors "
    "said.",
    "A soldier was wounded by a sniper in Avdiivka on Monday and died in hospital, the brigade said.",
    # Found by a second user-role trial: "succumbed to his wounds" (WordNet succumb.v.02) is a death.
    "A teenager wounded by Israeli gunfire in Jenin on Saturday succumbed to his wounds on Monday, the health "
    "ministry said.",
    "A policeman was shot by militants in Bannu on Sunday and later succumbed to his injuries, officials said.",
])
def test_the_wounded_who_died_is_one_killed(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert [(e.fatalities, e.injured) for e in extract(text, PUBLISHED).events] == [(1, None)], text


def test_the_wounded_who_survived_stays_injured(extract: Callable[..., ExtractionResult]) -> None:
    text = "A soldier was wounded by a sniper in Toretsk on Monday and taken to hospital, the brigade said."
    assert [(e.fatalities, e.injured) for e in extract(text, PUBLISHED).events] == [(None, 1)]
