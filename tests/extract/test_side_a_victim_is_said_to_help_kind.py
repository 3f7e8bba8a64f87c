"""Kind (issue 10, kind 9): a civilian killed as a suspected helper of an armed side ("beheaded a
shepherd on suspicion that he was an army informant", "accusing him of collaborating with the
army", "whom they suspected of passing information to government soldiers") is an attack on a
civilian, not a clash: the forces named in what the victim is suspected or accused of are whom
he was said to help, not a target (data/lexicons/target_nouns.json helpers, suspicion_cues).
An attack on forces told before such a clause stays a clash. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 4, 28)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants in Mali's Mopti region beheaded a shepherd on suspicion that he was an army informant, residents "
     "said.", 1),
    ("Jihadists shot dead a village chief near Djibo on Monday, accusing him of collaborating with the army, "
     "residents said.", 1),
    ("Gunmen killed a trader in Beledweyne on Sunday whom they suspected of passing information to government "
     "soldiers, police said.", 1),
    ("Insurgents executed two farmers near Palma on Saturday, saying they were police informers, a local official "
     "said.", 2),
])
def test_a_suspected_helper_killed_is_a_civilian(extract: Callable[..., ExtractionResult], text: str,
                                                 killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", killed)]


def test_forces_attacked_before_the_clause_stay_a_clash(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Militants attacked an army post near Djibo on Monday, killing four soldiers and accusing the villagers of "
            "spying for the army, residents said.")
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 4)]
