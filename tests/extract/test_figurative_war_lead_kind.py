"""Kind (issue 10, kind 8, look-alikes): a report whose headline or lead tells a war of prices,
trade, law or culture ("fare war", "price war", "trade war", "streaming wars"; out-of-scope-frames.json
figurative_war_modifiers) and names no armed group is a business story: its violence words that
hurt no one ("jets grounded ... fighting over every seat") are the story's.  A turf war between
gangs and a price war that turns deadly by gunmen stay incidents.  Reports written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 5)


@pytest.mark.parametrize("text", [
    ("Fare war squeezes East African carriers\n\nNAIROBI — The fare war between Kenya's two largest airlines"
     " turned into a battle of attrition on Thursday. \"Both have jets grounded, so they are fighting over every"
     " seat,\" said an analyst at a Mombasa bank."),
    ("Supermarket price war: grocers fire new salvo\n\nLONDON — Britain's biggest grocers fired a fresh salvo in"
     " their price war on Tuesday, slashing the price of milk in an attack on discounters in Manchester."),
])
def test_a_figurative_war_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize("text", [
    ("Turf war between gangs leaves 12 dead in Port-au-Prince\n\nPORT-AU-PRINCE — Rival gangs fought for control"
     " of Carrefour on Monday, leaving 12 people dead, police said."),
    ("A price war between fuel smugglers turned deadly on Monday when gunmen killed four traders in Zinder, police"
     " said."),
])
def test_a_war_of_armed_men_stays_an_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert len(extract(text, PUBLISHED).events) == 1, text
