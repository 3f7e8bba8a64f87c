"""Kind (issue 10, kind 6: splitting): a headline of two incidents ("Two FC men martyred in Mastung
blast; six labourers shot dead in Kech") is split at its semicolon and left on its own; where its
act names no weapon ("blast") or its town is the body's district ("in the Kardigap area of Mastung
district", "Lubero territory"), each half gave an extra event with no date.  The body's incident is
the one: a town and the district named after it are one place to a headline, an act word that names
no weapon agrees with any act, and the headline's figures become the incident's claims unless they
sum more than it.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 19)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Two FC men martyred in Mastung blast; six labourers shot dead in Kech\n\n"
     "QUETTA, March 19: Two soldiers of the Frontier Corps were martyred and three others injured when a roadside "
     "bomb went off near their vehicle in the Kardigap area of Mastung district on Wednesday morning, the "
     "military said.\n\n"
     "In a separate attack, gunmen shot dead six labourers at a construction site near Hoshab in Kech district "
     "on Tuesday night, Levies officials said.", [("Kardigap", 2), ("Hoshab", 6)]),
    ("Eleven killed in Lubero blast; two soldiers die in Djugu ambush\n\n"
     "BENI, March 19: Eleven people were killed and 14 wounded when an explosion tore through a market in the "
     "village of Mayikengo in Lubero territory on Tuesday, local officials said.\n\n"
     "In Ituri province, two soldiers were killed when militiamen ambushed a patrol near Fataki in Djugu "
     "territory on Monday, the army said.", [("Mayikengo", 11), ("Fataki", 2)]),
    ("Two killed in Pokrovsk explosion; drone hits bus in Kupiansk\n\n"
     "KRAMATORSK, March 19: Two men were killed when an explosion hit a car in the village of Udachne in "
     "Pokrovsk district on Tuesday, the regional governor said.\n\n"
     "Separately, a Russian drone struck a bus near the village of Kurylivka in Kupiansk district on Monday, "
     "wounding five passengers, the Kharkiv governor said.", [("Udachne", 2), ("Kurylivka", None)]),
    ("Three policemen killed in Bannu blast; gunmen kill two in Lakki Marwat\n\n"
     "PESHAWAR, March 19: Three policemen were killed when an explosive device went off near their patrol in "
     "the Domel area of Bannu district on Tuesday, police said.\n\n"
     "In another attack, gunmen shot dead two shopkeepers in the Serai Naurang area of Lakki Marwat district on "
     "Monday, officials said.", [("Domel", 3), ("Serai Naurang", 2)]),
])
def test_a_headline_told_again_by_the_body_is_no_event_of_its_own(
        extract: Callable[..., ExtractionResult], text: str, expected: list[tuple[str, int | None]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == expected
    # The headline's town before "blast" is no doer, and every event is dated.
    assert all(e.date is not None and e.actor1 not in ("Lubero", "Djugu", "Bannu") for e in events)


def test_a_headline_total_of_several_is_no_incidents_figure(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Bandits kill 15 in Katsina raids\n\n"
            "KATSINA, March 19: Bandits killed nine villagers in Yankara in Faskari area of Katsina State on "
            "Monday night, police said.\n\n"
            "In a separate attack on Tuesday, gunmen killed six farmers in Kankara area of Katsina State, "
            "residents said.")
    assert sorted(e.fatalities or 0 for e in extract(text, PUBLISHED).events) == [6, 9]
