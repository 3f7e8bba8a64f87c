"""Kind (issue 10, kind 6, splitting): the site a lead introduces ("stormed a military camp in X
region") named again with "the" in the next sentence, at a town the gazetteer lacks ("rammed a car
bomb into the camp at Y, about 150 km north of Z"), tells the same act in detail, whatever other act
words it uses: one event at that town, on the lead's day. Before, the other act words (a car bomb,
a blown gate) made a second, undated event. A sentence with a day of its own is still judged by its
day. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "day"), [
    ("Jihadist fighters stormed a military camp in Burkina Faso's Centre-Nord region on Sunday, killing at least 20 "
     "soldiers, security sources said. The assailants rammed a car bomb into the camp at Diafarabe, about 150 km "
     "north of Ouagadougou, before gunmen on motorbikes poured in.", "Diafarabe", dt.date(2025, 3, 9)),
    ("Fighters overran an army base in Niger's Tillaberi region on Thursday, killing 17 soldiers, the defence "
     "ministry said. A car bomb blew open the gate of the base in Tamou, about 90 km from Niamey, and gunmen on "
     "motorbikes followed.", "Tamou", dt.date(2025, 3, 6)),
    ("Gunmen stormed a police station in Mexico's Guerrero state late on Saturday, killing four officers, officials "
     "said. The attackers hurled grenades at the station in Xalpatlahuac, some 200 km east of Acapulco, and then "
     "opened fire on the officers inside.", "Xalpatlahuac", dt.date(2025, 3, 8)),
])
def test_the_site_named_again_is_the_same_act(text: str, first: str, day: dt.date) -> None:
    events = extract_report(Report("site", text, published=dt.date(2025, 3, 11))).events
    assert [(e.locations[0].name, e.date) for e in events] == [(first, day)]


def test_a_later_day_at_the_site_is_another_act() -> None:
    text = ("Fighters overran an army base in Niger's Tillaberi region on Thursday, killing 17 soldiers, the defence "
            "ministry said. On Saturday, militants detonated explosives at the base in Tamou, about 90 km from "
            "Niamey, killing three more soldiers.")
    events = extract_report(Report("site", text, published=dt.date(2025, 3, 11))).events
    assert sorted(str(e.date) for e in events) == ["2025-03-06", "2025-03-08"]
