"""Kind (issue 10, kind 6, splitting): an act told as the answer to an earlier one ("Ukraine's army
said its drones struck an oil depot in Belgorod region in retaliation for the attack", "Rebels
shelled Hama in response to the strike") is another incident, not the earlier act referred back
to; and an act of the same kind on the same day in another country ("Indian shelling wounded four
villagers in X ... Pakistani troops fired mortars at posts near Y") is another incident.
Before, the definite "the attack" of the answer and the shared act words merged the two. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "places"), [
    ("Russian missiles hit an apartment block in Dnipro on Monday, killing five people, the governor said. "
     "Ukraine's army said its drones struck an oil depot in Russia's Belgorod region on Monday in retaliation for "
     "the attack.", dt.date(2024, 1, 23), {"Dnipro", "Belgorod Oblast"}),
    ("Government jets bombed a market in Kafr Nabl on Tuesday, killing nine people, rescuers said. Rebels shelled "
     "the city of Hama on Tuesday in response to the strike, state media said.", dt.date(2024, 1, 23),
     {"Kafr Nabl", "Hama"}),
    ("Israeli artillery killed two people in the Lebanese village of Aitaroun on Monday, the health ministry said. "
     "Hezbollah said it had launched drones at an army post near Metula on Monday in retaliation for the "
     "shelling.", dt.date(2024, 1, 23), {"Aitaroun", "Metula"}),
    ("Indian shelling wounded four villagers in Kotli district of Pakistani Kashmir on Sunday, the army said. "
     "Pakistani troops fired mortars at posts near Poonch in Indian Kashmir the same day, Indian police said.",
     dt.date(2024, 1, 23), {"Kotli district", "Poonch"}),
])
def test_an_answer_or_an_act_across_a_border_is_another_incident(text: str, published: dt.date,
                                                                 places: set[str]) -> None:
    events = extract_report(Report("answer", text, published=published)).events
    assert len(events) == 2
    assert {e.locations[0].name for e in events} == places


def test_a_second_strike_in_the_same_country_is_the_same_wave() -> None:
    text = ("Russian missiles hit an apartment block in Dnipro on Monday, killing five people, the governor said. "
            "Missiles also hit an energy facility in Kryvyi Rih.")
    events = extract_report(Report("answer", text, published=dt.date(2024, 1, 23))).events
    assert len(events) == 1
