"""Kind (issue 10, kinds 1 and 5): killings by mercenaries ("Wagner mercenaries killed 30
villagers") gave no event, as the noun was no armed actor of the lexicon (ACLED codes hired foreign
fighters as an organised armed actor: armed_actors.json non_state); and beating opposition or party
supporters to death was no political attack (ACLED: violence targeting political party supporters;
political_targets.json). Sentences written for this test; the mercenaries who shoot and the
stabbing of party members passed before, the other two did not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2022, 4, 5)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Wagner mercenaries killed 30 villagers in Moura, Mali, on Sunday, witnesses said.", "Moura", 30),
    ("Russian mercenaries shot dead five gold miners near Bambari, Central African Republic, on Friday, local "
     "officials said.", "Bambari", 5),
    ("Imbonerakure youths beat three opposition supporters to death in Ngozi, Burundi, on Saturday, a rights "
     "group said.", "Ngozi", 3),
    ("Unknown attackers stabbed two party members to death in Kasese, Uganda, on Saturday, police said.",
     "Kasese", 2),
])
def test_the_killing_is_an_attack(extract: Callable[..., ExtractionResult], text: str, place: str,
                                  killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type, e.sub_event_type, e.fatalities) for e in events] == [
        (place, "Violence against civilians", "Attack", killed)]
