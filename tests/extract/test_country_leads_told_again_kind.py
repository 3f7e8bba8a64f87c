"""Kind (issue 10, kind 6, splitting): a round-up whose lead places each act only in a country
("Gunmen killed 12 villagers in central Mali and a roadside bomb killed four soldiers in eastern
Burkina Faso, officials said") and then tells each again at a town ("In Mali, the attackers
stormed a village near Bankass ..."). Before, each lead clause stayed an event of its own at the
country, beside the town's, and a later paragraph could join the wrong lead clause. Now the
fuller telling stands for the lead's act; a name the gazetteer lacks is placed in the one
country its own sentence names ("In Somalia, ... a base near X"). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 13)

MALI_BURKINA = (
    "Gunmen killed 12 villagers in central Mali and a roadside bomb killed four soldiers in eastern Burkina Faso, "
    "officials said on Thursday.\n\nIn Mali, the attackers stormed a village near Bankass on Tuesday and shot "
    "residents as they fled, a local official said. He said 12 people were killed and several houses burned.\n\n"
    "In Burkina Faso, the bomb struck an army truck near Fada N'Gourma on Wednesday, killing four soldiers and "
    "wounding two, a security source said.")
SUDAN_SOMALIA = (
    "Drone strikes killed seven people in Sudan and militants killed five soldiers in Somalia over the weekend, "
    "according to officials.\n\nIn Sudan, the drones hit a market in El Obeid on Saturday, killing seven traders, a "
    "medical source said.\n\nIn Somalia, al-Shabaab fighters attacked a base near Bulo Marer on Sunday, the army "
    "said, adding that five soldiers died in the fighting.")


@pytest.mark.parametrize(("text", "expected"), [
    (MALI_BURKINA, [("Bankass", "ML", 12, date(2025, 3, 11)), ("Fada N'Gourma", "BF", 4, date(2025, 3, 12))]),
    (SUDAN_SOMALIA, [("El Obeid", "SD", 7, date(2025, 3, 8)), ("Bulo Marer", "SO", 5, date(2025, 3, 9))]),
])
def test_a_lead_told_again_at_a_town_is_one_event_there(extract: Callable[..., ExtractionResult], text: str,
                                                        expected: list[tuple[str, str, int, date]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.fatalities, e.date) for e in events] == expected


def test_a_country_lead_told_nowhere_else_stays(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Gunmen killed 12 villagers in central Mali on Tuesday, officials said.\n\nIn Burkina Faso, a "
                     "roadside bomb struck an army truck near Fada N'Gourma on Wednesday, killing four soldiers, a "
                     "security source said.", PUBLISHED).events
    assert [(e.locations[0].country, e.fatalities) for e in events] == [("ML", 12), ("BF", 4)]


def test_a_lead_summing_acts_in_several_countries_dates_each_and_gives_none_its_total(
        extract: Callable[..., ExtractionResult]) -> None:
    # The lead's 20 is the sum of the two acts told next, each in the country its paragraph opens with.
    text = ("Militant attacks in Chad and Cameroon killed at least 20 people on Saturday, officials said.\n\nIn Chad, "
            "Boko Haram fighters killed 14 fishermen on an island near Ngouboua, a local official said.\n\nIn "
            "Cameroon, six soldiers died when militants attacked a post near Kolofata, close to the border with "
            "Nigeria, the army said.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.fatalities, e.date) for e in events] == [
        ("Ngouboua", "TD", 14, date(2025, 3, 8)), ("Kolofata", "CM", 6, date(2025, 3, 8))]


def test_a_total_over_three_countries_is_no_incidents_figure(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Fighting in Sudan, South Sudan and Ethiopia left 19 people dead on Friday, officials said.\n\nIn Sudan, "
            "a drone hit a fuel depot in Kosti, killing seven workers, a medic said.\n\nIn South Sudan, cattle raiders "
            "killed eight herders near Bor, the county commissioner said.\n\nIn Ethiopia, militiamen shot dead four "
            "traders near Gondar, residents said.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].country, e.fatalities, e.date) for e in events] == [
        ("SD", 7, date(2025, 3, 7)), ("SS", 8, date(2025, 3, 7)), ("ET", 4, date(2025, 3, 7))]
