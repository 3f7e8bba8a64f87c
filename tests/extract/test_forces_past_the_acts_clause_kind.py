"""Kind (issue 10, kind 9, sub-event type): armed forces told as responders, the subject of a verb of
responding ("An attack on a village killed 12 farmers, after which soldiers were sent to the area";
"..., adding that soldiers had been deployed"), are not the act's target: the act on civilians is an
Attack, not an Armed clash.  Before, a generic act word with a toll was typed as a clash whenever
the sentence named soldiers anywhere.  Forces as the target ("attacked an army base", "The attack,
which targeted a police station") or among the victims ("four of them soldiers") still make it a
clash.  Sentences written for this test; a known gap is marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Gunmen attacked a market in Gwoza on Monday, killing seven traders, and troops were later deployed to the"
     " town, police said.", "Attack"),
    ("An attack on a village near Bama killed 12 farmers on Sunday, after which soldiers were sent to the area,"
     " officials said.", "Attack"),
    ("Police confirmed the attack in Kauru on Monday and put the number of those killed at nine, adding that"
     " soldiers had been deployed.", "Attack"),
    # Responders after a killing by armed men, and after a storming (a user trial's kind).
    ("Gunmen killed eight villagers in Kauru, Kaduna State, on Tuesday, after which troops were deployed to the"
     " area, police said.", "Attack"),
    ("Armed men stormed a wedding in Bankass in central Mali's Mopti region on Saturday and shot dead 14 guests,"
     " officials said, adding that soldiers had been sent to restore calm.", "Attack"),
    ("Militants attacked an army base near Bama on Sunday, killing 12, officials said.", "Armed clash"),
    # The target told in a relative clause or among the victims after the count is still the act's.
    ("The attack, which targeted a police station in Bannu, killed three people on Monday, officials said.",
     "Armed clash"),
    ("Gunmen killed four people, including two soldiers, in an attack in Tillaberi on Monday, officials said.",
     "Armed clash"),
    ("An attack in Tillaberi on Monday killed seven people, four of them soldiers, officials said.", "Armed clash"),
    # Police officers are a military target (target_nouns.json), wherever the sentence names them.
    ("Gunmen attacked Bama on Monday, killing nine people, most of them police officers, officials said.",
     "Armed clash"),
    ("Assailants raided a post in Kidal overnight on Monday, killing three gendarmes, officials said.",
     "Armed clash"),
])
def test_the_target_is_in_the_acts_clause(extract: Callable[..., ExtractionResult], text: str,
                                          sub_event_type: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == [sub_event_type], text
