"""Kind (issue 10, kind 4, sources): a source the report names by an acronym it defines elsewhere
("the SDF said" after "the Syrian Democratic Forces (SDF)") is given with its name spelt out,
"Syrian Democratic Forces (SDF)", so a reader who knows either form finds it.  Only acronyms the
text defines outright, whose letters are the name's initials, are read.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.attribution import defined_acronyms
from eventwire.records import ExtractionResult


@pytest.mark.parametrize(("text", "acronym", "name"), [
    ("the Kurdish-led Syrian Democratic Forces (SDF) said", "SDF", "Syrian Democratic Forces"),
    ("the military's media wing, the Inter-Services Public Relations (ISPR), said", "ISPR",
     "Inter-Services Public Relations"),
    ("the UN Office for the Coordination of Humanitarian Affairs (OCHA) warned", "OCHA",
     "Office for the Coordination of Humanitarian Affairs"),
    ("the Sudan People's Liberation Movement-in-Opposition (SPLM-IO) said", "SPLM-IO",
     "Sudan People's Liberation Movement-in-Opposition"),
])
def test_an_acronym_defined_by_its_initials_is_read(text: str, acronym: str, name: str) -> None:
    assert defined_acronyms(text) == {acronym: name}


@pytest.mark.parametrize("text", [
    "Doctors Without Borders (MSF) said",  # another language's initials: not read
    "KYIV, Jan 9 (AP) - Shelling hit the city",  # an agency after a dateline
    "the army (pictured) said",
])
def test_a_bracket_that_is_no_definition_is_not_read(text: str) -> None:
    assert defined_acronyms(text) == {}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source"), [
    ("The Kurdish-led Syrian Democratic Forces (SDF) have fought Turkish-backed factions for weeks. Clashes near"
     " Manbij killed 15 fighters on Wednesday, the SDF said.", "Syrian Democratic Forces (SDF)"),
    ("Militants attacked a checkpoint in Bannu on Wednesday, the military's media wing, the Inter-Services Public"
     " Relations (ISPR), said. Four soldiers were killed, the ISPR said.", "Inter-Services Public Relations (ISPR)"),
    ("Shelling killed 12 civilians in Kadugli on Tuesday, OCHA said. The UN Office for the Coordination of"
     " Humanitarian Affairs (OCHA) has warned of famine in the area.",
     "Office for the Coordination of Humanitarian Affairs (OCHA)"),
])
def test_a_source_named_by_a_defined_acronym_is_spelt_out(extract: Callable[..., ExtractionResult], text: str,
                                                           source: str) -> None:
    events = extract(text, date(2025, 1, 9)).events
    assert len(events) == 1, text
    assert events[0].source == source
