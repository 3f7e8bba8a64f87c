"""Kind (issue 10, kind 2, places): the town people fled to after an act ("Villagers who escaped to the
nearby town of X described ...", "Residents who escaped to X said ...", "sought refuge in X") is
where they went, not where the act was. Before, such a town (known to the gazetteer) was put
before the village the act sentence names, which the gazetteer may lack. The refuge still says
which country the report is about, and places the act when nothing else does ("Families who had
fled to X were killed when a strike hit their tent"). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed 12 people in Dogon Noma on Tuesday, police said. Villagers who escaped to the nearby town of "
     "Kaura described attackers shooting at anyone in the streets.", "Dogon Noma"),
    ("Shelling killed four people in Huliaipole on Wednesday, the regional governor said. Residents who escaped "
     "to Zaporizhzhia said whole streets had been destroyed by the shelling.", "Huliaipole"),
    ("Armed men killed eight herders in Tawila on Sunday, a local leader said. Those who fled into El Fasher "
     "said the attackers had also taken their cattle.", "Tawila"),
    ("Rebels shot dead six farmers in Kalehe on Monday, the army said. Some of the survivors sought refuge in "
     "Bukavu, where they told of houses set on fire by the attackers.", "Kalehe"),
])
def test_the_town_people_fled_to_is_not_the_place_of_the_act(extract: Callable[..., ExtractionResult], text: str,
                                                             place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == [place]
    assert len(events[0].locations) == 1


def test_the_refuge_places_an_act_that_names_no_other_place(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Families who had fled to Khan Younis were killed when an air strike hit their tent on "
                     "Tuesday, medics said.", PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Khan Younis"]
