"""Kind (issue 10, kinds 1 and 9): a mine as a weapon ("a roadside mine tore through a minibus", "the
convoy hit a mine", "stepped on an anti-personnel mine", "an anti-tank mine exploded") gave no event
or an air strike (the "hit" of a strike): only "landmine" and "land mine" were words of the act.  A
mine is now a weapon when its kind, what meets it or its going off says so
(data/lexicons/triggers.json, ACLED Remote explosive/landmine/IED); a mine of a mineral ("a coal
mine") is a pit, and who meets a mine is its victim, not its doer.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "published", "killed", "injured"), [
    ("A roadside mine tore through a minibus in Mastung district on Sunday, killing six passengers and wounding "
     "nine, police said.", date(2025, 6, 2), 6, 9),
    ("An army convoy hit a mine on the road between Djibo and Namssiguia in Burkina Faso on Tuesday; at least 11 "
     "soldiers were killed, security sources said.", date(2025, 8, 20), 11, None),
    ("Three shepherds were killed when their cart struck a mine outside the village of Tin-Essako in northern "
     "Mali on Monday, local officials said.", date(2025, 3, 12), 3, None),
    ("Four children were wounded when one of them stepped on an anti-personnel mine near Kupiansk on Monday, "
     "police said.", date(2025, 8, 20), None, 4),
    ("A tractor ran over an anti-tank mine in a field near Orikhiv on Friday, killing the driver, the regional "
     "governor said.", date(2025, 5, 12), 1, None),
    ("A buried mine killed three shepherds near Kidal in northern Mali on Monday, local officials said.",
     date(2025, 3, 19), 3, None),
    ("A patrol trod on a mine near Kupiansk on Friday, wounding two soldiers, the brigade said.",
     date(2025, 3, 19), None, 2),
])
def test_a_mine_that_goes_off_is_a_remote_explosive(extract: Callable[..., ExtractionResult], text: str,
                                                    published: date, killed: int | None,
                                                    injured: int | None) -> None:
    events = extract(text, published).events
    assert [(e.sub_event_type, e.fatalities, e.injured) for e in events] == [(IED, killed, injured)], text
    # The vehicle or person that met the mine is no doer.
    assert events[0].actor1 is None, text


@pytest.mark.parametrize("text", [
    "Twelve miners died when a gas explosion tore through a coal mine in Harnai district on Tuesday, officials said.",
    "A blast at a jade mine in Hpakant killed four workers on Monday, local officials said.",
])
def test_a_mine_of_a_mineral_is_a_pit(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, date(2025, 3, 12)).events == []


def test_a_mine_laid_by_a_named_group_is_theirs(extract: Callable[..., ExtractionResult]) -> None:
    # A failure of a user trial: "an explosive mine planted by ELN guerrillas" was an armed clash.
    text = ("Two soldiers were killed and one injured by an explosive mine planted by ELN guerrillas in a rural "
            "area of Tame, Arauca, on Saturday, the army said.")
    events = extract(text, date(2025, 3, 19)).events
    assert [(e.sub_event_type, e.fatalities, e.injured) for e in events] == [(IED, 2, 1)]
    assert events[0].actor1 is not None and "ELN" in events[0].actor1
