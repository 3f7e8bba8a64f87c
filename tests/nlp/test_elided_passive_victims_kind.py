"""Kind (issue 10, kind 1, figures): a passive whose auxiliary the sentence leaves out in its second
half ("three rebels were killed and a soldier injured", "a child was killed and her mother
wounded") names one more victim.  The small model parses the participle either as a reduced
relative clause on its noun or as an active verb with that noun as its subject: the toll of one
was lost, and the victim was read as the doer.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 14)  # a Friday


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Three rebels were killed and a soldier injured in a clash near Djugu on Thursday, the army said.", 3, 1),
    ("Two militants were killed and a policeman wounded when troops raided a hideout in Sopore on Thursday, "
     "officials said.", 2, 1),
    ("A child was killed and her mother wounded when a shell hit their home in Kherson on Thursday, the "
     "governor said.", 1, 1),
    ("Five villagers were shot dead and a teenager hurt when gunmen stormed Kwall in Plateau State on "
     "Wednesday, police said.", 5, 1),
    ("Two soldiers were killed and an officer injured when a roadside bomb hit their vehicle near Kidal on "
     "Thursday, the army said.", 2, 1),
])
def test_the_victim_of_an_elided_passive_counts_once(extract: Callable[..., ExtractionResult], text: str,
                                                     killed: int, injured: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.fatalities, e.injured) for e in events] == [(killed, injured)], text
    # The one hurt is no doer of the act.
    assert all(e.actor1 is None or ("mother" not in e.actor1 and "officer" not in e.actor1) for e in events)


@pytest.mark.parametrize(("text", "injured"), [
    # Active, with an object of its own: the gunmen wounded someone; they are not hurt.
    ("Gunmen killed two farmers and wounded a herder near Bokkos on Thursday, police said.", 1),
    # Not a person: a vehicle damaged is no victim.
    ("Two soldiers were killed and a truck damaged when a mine exploded near Kidal on Thursday, the army "
     "said.", None),
])
def test_what_is_no_elided_passive_victim(extract: Callable[..., ExtractionResult], text: str,
                                          injured: int | None) -> None:
    assert [e.injured for e in extract(text, PUBLISHED).events] == [injured], text
