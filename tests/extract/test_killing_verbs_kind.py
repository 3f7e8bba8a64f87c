"""Kind (issue 10, kinds 1 and 7): a killing told with any verb of killing ("decapitated",
"butchered", "lynched", "strangled", "massacred"; WordNet kill.v.01 and its troponyms,
data/lexicons/killing_verbs.json) is an act and counts its victims as killed; a group noun ("a
family") counts no number.  Reports written for this test."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Suspected jihadists decapitated two herders in a village near Menaka on Saturday, a local official said.",
     "Menaka", 2),
    ("Militiamen butchered five villagers near Djugu on Monday, a rights group said.", "Djugu", 5),
    ("An angry mob lynched two suspected thieves in Kisumu on Tuesday, police said.", "Kisumu", 2),
    ("Islamic State fighters executed 12 prisoners in Raqqa on Friday, activists said.", "Raqqa", 12),
    ("Gunmen massacred 30 villagers in Solenzo, Burkina Faso, on Sunday, residents said.", "Solenzo", 30),
])
def test_a_verb_of_killing_is_an_act_with_its_victims_killed(extract: Extract, text: str, place: str,
                                                            killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)]


def test_a_group_noun_counts_no_number(extract: Extract) -> None:
    text = "Militiamen butchered a family in a village near Djugu on Monday, a rights group said."
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities is None
