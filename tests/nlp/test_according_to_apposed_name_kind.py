"""Kind (issue 10, kind 4, sources): "according to <a description>, <a name>" gives the name as the
source, a body's as well as a person's ("according to the army's media wing, the Inter-Services
Public Relations", "according to a local council chairman, Monday Kassah": the small model reads
the weekday as a date and hangs the name on the description).  Before, only a name the model
labelled as a person was read, so the description stood as the source.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 1, 9)


@pytest.mark.parametrize(("text", "source"), [
    ("Militants attacked a checkpoint in Bannu on Wednesday, killing four soldiers, according to the army's media"
     " wing, the Inter-Services Public Relations.", "Inter-Services Public Relations"),
    ("Gunmen killed six farmers in Bokkos on Tuesday, according to a local council chairman, Monday Kassah.",
     "Monday Kassah"),
    ("A Russian missile hit an apartment block in Kharkiv on Wednesday, killing three people, according to the"
     " regional governor, Oleh Syniehubov.", "Oleh Syniehubov"),
    ("Bandits abducted 14 travellers near Funtua on Sunday, according to the state's police spokesman, Abubakar"
     " Sadiq Aliyu.", "Abubakar Sadiq Aliyu"),
])
def test_the_name_after_a_description_is_the_source(extract: Callable[..., ExtractionResult], text: str,
                                                    source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source


@pytest.mark.parametrize(("text", "source"), [
    # A relative clause after the description is no name.
    ("Shelling killed two people in Kherson on Wednesday, according to the regional administration, which gave"
     " no further details.", "regional administration"),
    ("An air strike killed nine people in Kabkabiya on Monday, according to the local resistance committee, a"
     " volunteer group.", "local resistance committee"),
])
def test_a_description_without_a_name_after_it_stays(extract: Callable[..., ExtractionResult], text: str,
                                                     source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
