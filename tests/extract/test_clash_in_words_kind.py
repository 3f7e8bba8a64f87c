"""Kind (issue 10, kind 8, look-alikes): holders of office who "clash", "spar" or "battle" (office
nouns of WordNet 3.0: lawmakers, senators, ministers; bodies of them: the opposition, parliament)
do so in words, over a budget or a plan: no armed clash.  Soldiers, militants and protesters who
clash stay incidents.  Before, any subject of "clashed" made a battle.  Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 10, 8)


@pytest.mark.parametrize("text", [
    ("KYIV — Ukrainian lawmakers clashed on Tuesday over how much of next year's budget should go to air"
     " defence."),
    "ABUJA — Senators clashed with the finance minister on Wednesday over a plan to borrow $2 billion for the army.",
    "LAGOS — The opposition and the ruling party clashed in parliament on Monday over the security budget.",
])
def test_office_holders_clash_in_words(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Soldiers clashed with militants near Mopti on Tuesday, killing six, the army said.", "Armed clash"),
    ("Protesters clashed with police in Nairobi on Tuesday over fuel prices, officials said.",
     "Violent demonstration"),
])
def test_armed_men_and_protesters_still_clash(extract: Callable[..., ExtractionResult], text: str,
                                              sub_event_type: str) -> None:
    assert [event.sub_event_type for event in extract(text, PUBLISHED).events] == [sub_event_type]
