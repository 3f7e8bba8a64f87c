"""Kind (issue 10, kind 7: figures): the part of the hurt who then died ("Two people were hurt ...; one
of them later died", "One of the wounded died on the way to hospital", "five were wounded, one of
whom later died") are dead: they were read as a breakdown or a part of the injured, and the death
was lost.  A part described by how badly ("two of them seriously") stays a breakdown.  Sentences
written for this test (a second user-role trial found the kind)."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("Two people were hurt in a drone strike on Sumy on Monday; one of them later died.",
     [("injured", 2), ("killed", 1)]),
    ("One of the wounded died on the way to hospital.", [("killed", 1)]),
    ("Five people were wounded, one of whom later died.", [("injured", 5), ("killed", 1)]),
    ("Twelve people were injured, two of them seriously.", [("injured", 12)]),
    # told in the perfect
    ("Two of the wounded have since died in hospital.", [("killed", 2)]),
    ("One of the injured has died, the clinic said.", [("killed", 1)]),
    ("Three of the injured had died by nightfall.", [("killed", 3)]),
    # the hurt named by who they were, or a group told before
    ("Two of the injured officers have since died.", [("killed", 2)]),
    ("Two of the wounded soldiers died in hospital.", [("killed", 2)]),
    ("Five of them have since died.", [("killed", 5)]),
    ("Three of the eight later died.", [("killed", 3)]),
    ("Two of the hostages died in captivity.", [("killed", 2)]),
    ("Four of the wounded soldiers were flown to Kyiv.", [("injured", 4)]),
])
def test_the_hurt_who_died(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures
