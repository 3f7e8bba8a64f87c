"""Kind (issue 10, kind 8, look-alikes): aircraft sent to evacuate the injured, ferry food or
rescue survivors after a disaster ("Army helicopters were sent to carry the injured to hospitals",
"planes were used to deliver food") are no air strike; before, the
aircraft word and the casualty word beside it made an act out of the errand, which then took the
disaster's toll. An aircraft that strikes is still one, and so are the rockets an aircraft fires
("helicopters fired rockets", "rockets fired from warplanes": ACLED counts attacks by helicopters
as air strikes), not rockets fired at aircraft. Aircraft that the parse makes the subject of a verb
of care or supply ("Helicopters belonging to the navy evacuated the injured") are on that errand,
whatever words stand between. Sentences written for this test (data/lexicons/triggers.json
"exclude", its errand_lemmas, and "air")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 8, 12)


@pytest.mark.parametrize("text", [
    "ASADABAD, Afghanistan, Aug 12 - At least 20 people died when floods swept through villages in Nuristan "
    "province on Sunday, officials said.\n\nOfficials had counted 12 dead on the first night, before rescuers "
    "got through to the mountain villages.\n\nThe air force used two helicopters to airlift the injured.",
    "KATHMANDU, Aug 12 - A landslide buried dozens of homes in Sindhupalchok district on Monday, killing at least "
    "14 people, officials said.\n\nMilitary helicopters were flying the injured to hospitals in the capital.",
    "MANILA, Aug 12 - A typhoon killed at least 30 people in Cagayan province on Monday, officials said.\n\nAir "
    "force planes were used to deliver food to villages cut off by the storm, where dozens were injured.",
])
def test_aircraft_on_an_errand_of_care_make_no_incident(extract: Callable[..., ExtractionResult],
                                                        text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    # The aircraft is the subject of the errand, with words between that no fixed pattern spans.
    "DHAKA, Aug 12 - A cyclone killed at least 18 people in Bhola district on Sunday, officials said.\n\n"
    "Helicopters belonging to the navy and the air force evacuated about 40 injured people to Barisal.",
    "LILONGWE, Aug 12 - Floods killed 11 people in Nkhata Bay district on Monday, officials said.\n\n"
    "Helicopters sent from the capital airlifted some of the injured to Mzuzu.",
    "KARACHI, Aug 12 - An earthquake killed 27 people in Awaran district on Wednesday, officials said.\n\n"
    "Three army helicopters operating out of Quetta ferried the injured to hospitals in Karachi.",
])
def test_aircraft_that_are_the_subject_of_an_errand_make_no_incident(extract: Callable[..., ExtractionResult],
                                                                     text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "Military helicopters fired rockets at a village in Sagaing region on Monday, killing nine people, residents "
    "said.",
    "Junta aircraft bombed a market in Magway region on Monday, killing 11 people, a rescue worker said.",
    "Rockets fired from warplanes hit a market in Kafr Nabl on Monday, killing seven people, rescuers said.",
    # Verbs that aircraft also do in a strike are no errand.
    "Warplanes from the air force dropped two bombs on a market in Omdurman on Monday, killing eight people, "
    "residents said.",
    "A drone from across the border carried explosives into a camp near Jenin on Monday, killing two men, medics "
    "said.",
])
def test_aircraft_that_strike_are_still_an_air_strike(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Rebels fired rockets at an air force base in Kassala on Monday, killing two soldiers, the army said.",
    "A Russian missile hit an aircraft repair plant in Lviv on Monday, wounding four workers, the mayor said.",
])
def test_rockets_fired_at_aircraft_or_their_sites_are_no_air_strike(extract: Callable[..., ExtractionResult],
                                                                   text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_the_worst_hit_district_of_a_disaster_is_no_act(extract: Callable[..., ExtractionResult]) -> None:
    text = ("A magnitude 6.0 earthquake struck Pakistan's Balochistan province on Sunday, killing at least 25 people, "
            "officials said.\n\nArmy helicopters were sent to carry the injured from the worst-hit district of Harnai "
            "to hospitals in Quetta.\n\nThe hardest-hit villages had no power on Monday.")
    assert extract(text, PUBLISHED).events == []
