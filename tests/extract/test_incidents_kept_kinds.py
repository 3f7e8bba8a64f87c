"""Real incidents that the look-alike, place and source rules must keep (found by an independent
review of the rules; sentences written for this test): a shopping centre or a road to a hospital
is no care destination, "in the exercise of their duties" is no drill, "in a row" is no quarrel,
power cuts are no road accident, a habit told of a place in a relative clause covers nothing,
and a bare "officials" never gives way to a resident quoted for colour."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(("text", "place"), [
    ("A missile landed next to a shopping centre in Zaporizhzhia on Monday, killing three people, the governor "
     "said.", "Zaporizhzhia"),
    ("A bomb exploded on the road to the main hospital in Lashkar Gah on Monday, killing two people.", "Lashkar Gah"),
    ("Two police officers were killed in the exercise of their duties when gunmen attacked their checkpoint near "
     "Gao on Monday.", "Gao"),
    ("Insurgents attacked soldiers during a training exercise at a base near Menaka on Monday, killing three.",
     "Menaka"),
    ("A gunman who shouted jihadist slogans killed five worshippers at a church in Jos on Friday, the third such "
     "attack in a row, police said.", "Jos"),
    ("Russian strikes on power plants plunged Sumy into darkness on Monday, killing two people, officials said.",
     "Sumy"),
    ("Russian forces, which regularly shell Nikopol, struck a market there with artillery on Monday, killing five.",
     "Nikopol"),
])
def test_a_real_incident_is_kept(extract: Extract, text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1 and events[0].locations[0].name == place, events


def test_a_resident_quoted_for_colour_is_no_source(extract: Extract) -> None:
    text = ("Gunmen killed five people near Mopti on Monday, officials said. \"They came at night,\" said resident "
            "Hamadoun Cisse.")
    (event,) = extract(text, PUBLISHED).events
    assert event.source == "officials"


def test_a_village_named_without_an_act_is_no_place_of_it(extract: Extract) -> None:
    text = "Gunmen attacked a village near Beni on Monday, killing six. Survivors fled to the village of Oicha."
    (event,) = extract(text, PUBLISHED).events
    assert event.locations[0].name != "Oicha"


def test_an_incident_with_no_place_found_is_left_out_with_a_warning(extract: Extract) -> None:
    result = extract("Militiamen attacked a market in Zorbakoro territory on Saturday, killing nine people.",
                     PUBLISHED)
    assert result.events == []
    assert len(result.warnings) == 1 and "no place" in result.warnings[0] and "Zorbakoro" in result.warnings[0]
