"""Kind (issue 10, kind 9, sub-event types, and kind 6, splitting): "an air attack", "air
assaults", "an air bombardment" name an air strike (ACLED: Air/drone strike), as "an aerial
attack" already did. Before, "air attack" was a generic attack: typed Attack, and a toll update
of it ("The death toll from an air attack on X rose to eight on Thursday") stood apart from
the same strike told next with its day ("Russian aircraft dropped three guided bombs on the city
on Tuesday"), two events where there is one. Sentences written for this test
(data/lexicons/triggers.json "air")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 10, 30)


@pytest.mark.parametrize("text", [
    "A Russian air attack on Sumy killed three people on Monday, the governor said.",
    "Air attacks on two villages in Sagaing region killed 17 people on Friday, residents said.",
    "An air bombardment of the market in Kutum on Saturday killed nine traders, a local council said.",
])
def test_an_air_attack_is_an_air_strike(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == ["Air/drone strike"]


def test_a_toll_update_of_an_air_attack_joins_the_strike_told_next(extract: Callable[..., ExtractionResult]) -> None:
    text = ("KYIV, Oct 30 (Agency) - The death toll from a Russian air attack on the northern city of Chernihiv "
            "rose to eight on Thursday, the regional governor said.\n\nRussian jets released two glide bombs "
            "over the city on Tuesday, hitting a school and a block of flats, the governor said. He had given a toll "
            "of five on Tuesday night.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.date, e.fatalities, e.sub_event_type) for e in events] == [
        ("Chernihiv", date(2025, 10, 28), 8, "Air/drone strike")]
