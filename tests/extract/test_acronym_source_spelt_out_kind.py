"""Kind (issue 10, kind 4: source as named): a source the report names by an acronym it never
defines in brackets ("..., the RSF said" in a report that writes "Rapid Support Forces"
elsewhere) was given as the bare acronym, which a reader or a gold file naming the body does not
find.  An acronym whose letters are the initials of exactly one name the report writes out is
given as that name with its acronym, as one defined in brackets already was.  Reports written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.attribution import acronyms_spelt_out
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize(("text", "source"), [
    ("Army drones struck a livestock market in Nyala on Sunday, killing 15 civilians, the RSF said. The Rapid "
     "Support Forces have held Nyala since 2023.", "Rapid Support Forces (RSF)"),
    ("The Syrian Observatory for Human Rights monitors the war from Britain. Turkish drones killed four fighters "
     "near Kobani on Sunday, SOHR said.", "Syrian Observatory for Human Rights (SOHR)"),
    ("Fighting with the Kachin Independence Army has spread. Junta air strikes killed six people in Bhamo on "
     "Sunday, the KIA said.", "Kachin Independence Army (KIA)"),
])
def test_an_acronym_source_is_spelt_out(extract: Callable[..., ExtractionResult], text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.source for e in events] == [source], text


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN said so. The US agreed.", {}),  # no name written out
    ("The Rapid Support Forces and the Royal Saudi Force met. The RSF said.", {}),  # two names fit
    ("the Syrian Democratic Forces (SDF) said", {"SDF": "Syrian Democratic Forces"}),
])
def test_only_one_written_name_spells_an_acronym(text: str, expected: dict[str, str]) -> None:
    assert acronyms_spelt_out(text) == expected
