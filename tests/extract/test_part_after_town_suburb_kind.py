"""Kind (issue 10, kind 2: places, most specific first): "the <town> suburb of <name>" names a part
of the town after "of" ("the Damascus suburb of Jaramana", "the Kabul neighbourhood of X"); the part
is where the act was and comes before the town, whether the gazetteer knows it or not, and whether
the model reads the part noun into the town's name.  The other order ("the X suburb of Homs") keeps
the part first too.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "part", "town"), [
    ("A drone struck a house in the Khartoum suburb of Omdurman on Friday, killing five.", "Omdurman", "Khartoum"),
    ("Shells hit the Kharkiv suburb of Pisochyn on Monday, wounding four people.", "Pisochyn", "Kharkiv"),
    ("An air strike hit the Damascus suburb of Jaramana on Monday, killing six people, state media said.",
     "Jaramana", "Damascus"),
    ("Rockets hit the Beirut suburb of Dahiyeh late on Monday, killing six people.", "Dahiyeh", "Beirut"),
    ("A bomb exploded in the Kabul neighbourhood of Dasht-e-Barchi on Tuesday, killing seven people.",
     "Dasht-e-Barchi", "Kabul"),
    ("Gunmen killed four people in the Lagos suburb of Ikorodu on Saturday, police said.", "Ikorodu", "Lagos"),
])
def test_the_part_after_the_towns_part_noun_comes_first(extract: Extract, text: str, part: str, town: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert [location.name for location in event.locations][:2] == [part, town], text


@pytest.mark.parametrize(("text", "part", "town"), [
    ("Gunmen killed four people in the Ikorodu suburb of Lagos on Saturday.", "Ikorodu", "Lagos"),
    ("A drone hit the Omdurman suburb of Khartoum on Friday, killing three.", "Omdurman", "Khartoum"),
    ("Troops clashed with gunmen in the Sabon Gari quarter of Kano on Monday, leaving five dead.", "Sabon Gari",
     "Kano"),
    ("An air strike hit the Shejaiya neighbourhood of Gaza City on Monday, killing six people.", "Shejaiya",
     "Gaza City"),
])
def test_a_part_named_before_its_towns_part_noun_stays_first(extract: Extract, text: str, part: str,
                                                              town: str) -> None:
    """The larger town after "of" holds the part named before: its population decides which is which."""
    (event,) = extract(text, PUBLISHED).events
    assert [location.name for location in event.locations][:2] == [part, town], text
