"""Kind (issue 10, kinds 1 and 7): a killing told by a phrasal verb ("were gunned down", "mowed
down", "picked off", "strung up") is a killing whatever its voice or its number: the casualty
rules read "gunned down" as killed only before a count ("gunmen gunned down four farmers"), and
the trigger lexicon had no "mow down", "pick off" or "string up", so the passive and the other
verbs gave no event. A passive's doers may stand after a phrase of place ("was strung up from a
tree by militiamen"): they are no target, so the act stays an attack. The verbs are WordNet 3.0's
phrasal troponyms of kill.v.01 (data/lexicons/killing_verbs.json "phrasal"). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two traders were gunned down by bandits in Kaduna on Monday, residents said.", 2),
    ("A village headman was gunned down by militants outside his home near Kupwara on Sunday, police said.", 1),
    ("Five miners were gunned down by armed men at a gold site in Zamfara on Tuesday, the state government said.", 5),
    ("Unknown attackers mowed down six worshippers outside a mosque in Maiduguri on Sunday, a local official said.", 6),
    ("Rebel snipers picked off three civilians queuing for bread in Omdurman on Saturday, a rights group said.", 3),
    ("A councillor was strung up from a tree by militiamen in Bunia on Friday, a local rights group said.", 1),
])
def test_a_phrasal_killing_verb_is_a_killing(
        extract: Callable[..., ExtractionResult], text: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].fatalities == killed, text
    assert events[0].event_type == "Violence against civilians", text


@pytest.mark.parametrize("text", [
    "Prices were knocked down by ten percent in Kano's markets on Monday, traders said.",
    "The old bridge was cut down to make way for a new road in Gulu, the council said.",
    "Workers strung up lights along the main street of Jos on Saturday ahead of the festival.",
])
def test_everyday_phrasal_verbs_are_no_killing(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
