"""Kind (issue 10, kind 2): a village the gazetteer lacks, named as the bare object of an act done
only to places ("Gunmen stormed X on Wednesday", "besieged X for two days", "raided X,
killing ..."), is the incident's place, kept by name and placed in the report's country. Before,
such a name was kept only with its container right after it ("stormed X in Y State"), so the
event went to a place named for another reason (the speaker's seat, a state named later) or was
dropped. Verbs that also take people ("attacked", "captured") keep needing the container.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Gunmen stormed Dogon Daji on Wednesday and killed 14 villagers, police in Sokoto said.", "Dogon Daji", "NG"),
    ("Bandits stormed Kurmin Masara on Sunday, abducting 40 worshippers in Kaduna State, police said.",
     "Kurmin Masara", "NG"),
    ("Militants besieged Tera Bossey for two days before troops arrived, killing 9 civilians, the army in Niger "
     "said.", "Tera Bossey", "NE"),
    ("Jihadists raided Kossi Tenga before dawn on Sunday, killing 11 civilians in northern Burkina Faso, residents "
     "said.", "Kossi Tenga", "BF"),
])
def test_the_bare_object_of_an_act_on_places_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                          place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)]


def test_a_person_attacked_is_no_place(extract: Callable[..., ExtractionResult]) -> None:
    text = "Gunmen attacked Musa Bello on Wednesday in Kaduna, killing him and two guards, police said."
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Kaduna"]
