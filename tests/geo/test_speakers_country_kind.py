"""Kind (issue 10, kind 2): a country named only as the possessor of the speaker ("..., Russia's TASS
news agency reported", "Russia's defence ministry said") ruled out a small town of the incident
that the gazetteer has only across the border ("Ukrainian shelling of Vasylivka": a town of 12,000
in Ukraine), so the incident was placed nowhere or in Russia. The speaker's country points at
the report's country softly: a name the gazetteer lacks is still kept there ("Nabatieh",
"Lebanon's health ministry said"), and a town of the name elsewhere stays that town. Sentences
written for this test; before the change the first three were placed nowhere or in Russia."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 14)


@pytest.mark.parametrize(("text", "place"), [
    ("Three people were killed in Ukrainian shelling of Vasylivka on Tuesday, Russia's TASS news agency "
     "reported.", ("Vasylivka", "UA")),
    ("Three people were killed in Ukrainian shelling of Vasylivka on Tuesday, Russia's defence ministry said.",
     ("Vasylivka", "UA")),
    ("Three people were killed in shelling in Vasylivka on Tuesday, according to Russia's defence ministry.",
     ("Vasylivka", "UA")),
    ("A drone strike killed three people in Nabatieh on Sunday, Lebanon's health ministry said.",
     ("Nabatieh", "LB")),
])
def test_the_speakers_country_does_not_rule_out_the_town(extract: Callable[..., ExtractionResult], text: str,
                                                         place: tuple[str, str]) -> None:
    assert [(e.locations[0].name, e.locations[0].country) for e in extract(text, PUBLISHED).events] == [place]
