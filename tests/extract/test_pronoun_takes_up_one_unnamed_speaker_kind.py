"""Kind (issue 10, kind 4): "he said" after a speaker named only by a generic singular noun ("a
police official said", "a resident told AFP", "a Lebanese security source said") resolved to no
one, so the figure the pronoun gives ("There were no casualties, he added") lost its source. One
person named by a noun is what "he"/"she" takes up; "officials" or "the police" are not one
person and stay behind "he". Sentences written for this test; before the change 0 of the first
three reports kept the source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 18)


@pytest.mark.parametrize(("text", "killed", "source"), [
    ("Gunmen stormed a police post in Zhob district on Monday, a police official said. There were no "
     "casualties among the officers, he added.", 0, "police official"),
    ("A drone struck a car near Tyre on Sunday, a Lebanese security source said. Two people were killed "
     "in the car, she said.", 2, "Lebanese security source"),
    ("Militants raided a village near Gwoza on Tuesday, a resident told AFP by phone. They killed nine "
     "people, he said.", 9, "resident"),
    # Officials are several people: "he" is not one of them by name, and the figure stays unattributed.
    ("Fighters attacked a camp outside Kalemie on Monday, officials said. Six people died, he said.", 6, None),
])
def test_he_takes_up_the_one_speaker(extract: Callable[..., ExtractionResult], text: str, killed: int,
                                     source: str | None) -> None:
    assert [(e.fatalities, e.source) for e in extract(text, PUBLISHED).events] == [(killed, source)]
