"""Kind (issue 10, kind 7): a conflict's running total told after the report's incidents became the
last incident's toll: "The conflict ... began in 2017. It has killed more than 6,000 people" (a
pronoun for the conflict, after a sentence of its start) and "Ethnic violence between the X and Y
communities that broke out in May 2023 has killed more than 250 people" (a conflict noun opening
the sentence, with no article and a clause before the verb; violence qualified by the
communities it sets apart names a conflict, background-cues.json conflict_nouns). Sentences
written for this test; before the change the incident of each report took the total."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "killed"), [
    ("On Monday, gunmen abducted two teachers in Kumbo, the mayor said.\n\nThe war between the army and "
     "separatists began in 2017. It has killed more than 6,000 people, according to a research group.", None),
    ("Suspected militants opened fire on farmers working in fields in Bishnupur district on Sunday, police "
     "said.\n\nEthnic violence between the two communities that broke out in Manipur in May 2023 has "
     "killed more than 250 people.", None),
    ("Jihadists attacked an army post near Kidal on Monday, the army said.\n\nSectarian violence in the region "
     "that erupted in 2012 has killed more than 3,000 people.", None),
    # A toll of the day's attack told in the perfect stays the incident's.
    ("Gunmen have killed 12 villagers in an attack on Kachia, police said on Monday.", 12),
])
def test_the_total_is_no_incidents_toll(extract: Callable[..., ExtractionResult], text: str,
                                        killed: int | None) -> None:
    assert [e.fatalities for e in extract(text, date(2026, 2, 3)).events] == [killed]
