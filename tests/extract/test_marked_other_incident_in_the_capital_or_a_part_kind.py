"""Kind (issue 10, kinds 2 and 6): an incident the report marks as another ("Separately, ...",
"Elsewhere, ...", "In another attack, ...") with no place of its own but "the capital" or a compass
part ("in the northwest", "in the far south") lies in the one country of the places the report has
told so far: at its national capital (GeoNames), or at the country. Before, it was dropped for
want of a place, or given the place of the incident before it. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "second"), [
    ("Al-Shabaab fighters attacked a base in Jowhar on Monday, killing seven soldiers. Separately, a mortar attack "
     "wounded six civilians in the capital, police said.", ("Mogadishu", "SO", None, 6)),
    ("Gunmen killed four farmers near Bama on Monday, officials said.\n\nElsewhere, a suicide bomber killed three "
     "worshippers at a mosque in the capital, police said.", ("Abuja", "NG", 3, None)),
    ("Militants ambushed a convoy near Bannu on Tuesday, killing six soldiers, the army said. Elsewhere, a roadside "
     "bomb killed four policemen in the northwest, officials said.", ("Pakistan", "PK", 4, None)),
    ("Russian missiles hit Dnipro on Monday, killing four people, the governor said. In another attack, drones "
     "struck energy facilities in the far south, injuring two workers.", ("Ukraine", "UA", None, 2)),
    # A capital GeoNames writes with an accent the country record leaves off (Bogotá, Yaoundé).
    ("Clashes in Cauca, Colombia, killed 2 on Saturday. Separately, in the capital, a bomb wounded 4 on Sunday.",
     ("Bogotá", "CO", None, 4)),
    ("Separatists killed three soldiers near Bamenda on Monday. Separately, a grenade wounded five people in the "
     "capital, police said.", ("Yaoundé", "CM", None, 5)),
])
def test_a_marked_other_incident_lies_in_the_reports_country(extract: Callable[..., ExtractionResult], text: str,
                                                              second: tuple[str, str, int | None, int | None]) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 2
    e = events[1]
    assert (e.locations[0].name, e.locations[0].country, e.fatalities, e.injured) == second


def test_places_in_two_countries_give_no_capital(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Militants attacked a post near Diffa in Niger on Monday, killing five soldiers. Troops killed three "
            "gunmen near Maiduguri, Nigeria, on Monday. Separately, a bomb wounded four people in the capital.")
    names = [e.locations[0].name for e in extract(text, PUBLISHED).events]
    assert names[:2] == ["Diffa", "Maiduguri"]
    assert not {"Niamey", "Abuja"} & set(names)
