"""Fighting, shootings and force against demonstrators are not remote violence because a weapon
word or a vague "fire" stands beside them (ACLED: an armed clash is organised sides fighting each
other; shelling, air strikes and bombs are one-sided remote violence)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 4)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Soldiers and rebels clashed near Beni on Tuesday, and the rebels fired mortars at the army camp; "
     "12 fighters were killed, the army said.", "Armed clash"),
    ("A police patrol came under fire near Peshawar on Monday, killing two officers, police said.", "Armed clash"),
    ("An army convoy came under heavy fire outside Gao on Friday and three soldiers died, the army said.",
     "Armed clash"),
    ("Fierce fighting between the army and the RSF in Omdurman killed 20 people on Monday, medics said, as both "
     "sides used artillery.", "Armed clash"),
    ("Security forces fired on protesters in Mandalay on Sunday, killing five people, witnesses said.",
     "Excessive force against protesters"),
    ("Police fired at demonstrators marching on parliament in Nairobi on Tuesday, wounding 14, a rights group "
     "said.", "Excessive force against protesters"),
    ("Russian artillery shelled Nikopol on Wednesday, killing a woman, the governor said.",
     "Shelling/artillery/missile attack"),
    ("Kharkiv came under fire from Russian missiles on Thursday, killing three people, the mayor said.",
     "Shelling/artillery/missile attack"),
])
def test_ground_fighting_sub_event_type(extract: Callable[..., ExtractionResult], text: str,
                                        sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].sub_event_type == sub_event_type
