"""Kind (issue 10, kind 9): an attack whose toll counts members of an armed force or group among
the wounded ("Fighters attacked Kismayo port on Monday. More than 20 soldiers had been wounded,
officials said.") was typed as violence against civilians: "were killed" with armed victims made
a clash, "were wounded" did not. One member hurt beside others ("the local police chief and two
others were injured") makes no fight. Sentences written for this test; before the change the
first three reports were typed Violence against civilians / Attack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 6)


@pytest.mark.parametrize(("text", "sub_event_type", "injured"), [
    ("Fighters attacked Kismayo port on Monday. More than 20 soldiers had been wounded, officials said.",
     "Armed clash", 20),
    ("Gunmen raided a market in Beledweyne on Monday. Officials said that six policemen were injured.",
     "Armed clash", 6),
    ("Insurgents raided a village near Baidoa on Monday. Three militants were injured, the army said.",
     "Armed clash", 3),
    ("Gunmen stabbed the governor in Kismayo on Monday. The local police chief and two others were also "
     "injured.", "Attack", 3),
])
def test_armed_victims_wounded_make_a_fight(extract: Callable[..., ExtractionResult], text: str,
                                           sub_event_type: str, injured: int) -> None:
    assert [(e.sub_event_type, e.injured) for e in extract(text, PUBLISHED).events] == [
        (sub_event_type, injured)]
