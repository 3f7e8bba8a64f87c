"""Kind (issue 10 kind 2, places): the lead names only the town a convoy was heading to ("ambushed a
supply convoy heading to the besieged northern town of X"): a landmark. A sentence after it that
tells where the act took place ("The attack took place near Y, in Z province, as the convoy
... toward X, which has been under blockade for months") places the act, even when a clause of
background hangs on it. Sentences written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first"), [
    ("Jihadist fighters ambushed a supply convoy heading to the besieged northern town of Djibo on Monday, killing "
     "11 soldiers, the government said.\n\nThe attack took place near Gaskinde, in Soum province, as the trucks "
     "moved toward Djibo, which has been under blockade by militants for months.", "Gaskinde"),
    ("Militants attacked a fuel convoy bound for the northern city of Kidal on Friday, killing six drivers, "
     "officials said. The ambush happened near Anefis, which insurgents have controlled for years.", "Anefis"),
])
def test_the_place_a_later_sentence_gives_the_act_comes_before_the_convoys_destination(text: str,
                                                                                        first: str) -> None:
    events = extract_report(Report("route", text, published=dt.date(2022, 9, 27))).events
    assert len(events) == 1
    assert events[0].locations[0].name == first
