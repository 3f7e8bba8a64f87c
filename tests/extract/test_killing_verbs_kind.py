"""Kind (issue 10, kinds 1 and 7): a killing told with any verb of killing ("decapitated",
"butchered", "lynched", "strangled", "massacred"; WordNet kill.v.01 and its troponyms,
data/lexicons/killing_verbs.json), or with words that say the victims died ("hacked to death",
"burned alive", "shot dead"), is an act and counts its victims as killed; a group noun ("a
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
    # A verb whose own words say the victims died ("to death", "alive", "dead").
    ("Gunmen hacked nine people to death in Kafanchan on Sunday, police said.", "Kafanchan", 9),
    ("Two suspected thieves were stoned to death by a mob in Kakamega on Sunday, police said.", "Kakamega", 2),
    ("An angry mob burned two suspected thieves to death in Mombasa on Tuesday, police said.", "Mombasa", 2),
    ("Militants burned a farmer alive near Djibo on Monday, residents said.", "Djibo", 1),
])
def test_a_verb_of_killing_is_an_act_with_its_victims_killed(extract: Extract, text: str, place: str,
                                                            killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)]


def test_a_sentence_to_death_is_no_killing(extract: Extract) -> None:
    text = "A court in Kaduna sentenced two men to death on Monday for a 2022 attack on a church."
    assert all(e.fatalities != 2 for e in extract(text, PUBLISHED).events)


def test_a_group_noun_counts_no_number(extract: Extract) -> None:
    text = "Militiamen butchered a family in a village near Djugu on Monday, a rights group said."
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities is None
