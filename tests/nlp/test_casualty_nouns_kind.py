"""Figures count people named by any noun for people, not only the ones listed ("villagers",
"gendarmes", "pupils", "Palestinians"), and never things ("two rockets killed five")."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "kind", "value", "low", "high"), [
    ("Between 25 and 40 herders were killed in the attack.", "killed", None, 25, 40),
    ("Twelve gendarmes were killed in the ambush.", "killed", 12, None, None),
    ("Nine pupils were wounded when the shell landed.", "injured", 9, None, None),
    ("Six Palestinians were killed overnight.", "killed", 6, None, None),
    ("Four Israelis were wounded by shrapnel.", "injured", 4, None, None),
    ("Seventeen fishermen were reported dead after the attack.", "killed", 17, None, None),
    ("Two rockets killed five people in the market.", "killed", 5, None, None),
])
def test_casualty_nouns_count_people(text: str, kind: str, value: int | None, low: int | None,
                                     high: int | None) -> None:
    found = [(c.kind, c.value, c.low, c.high) for c in find_casualties(text)]
    assert found == [(kind, value, low, high)]


@pytest.mark.parametrize("text", [
    "Three tanks were destroyed in the fighting.",
    # (Bodies are the dead, not things: "Four bodies were found" counts four killed,
    # tests/nlp/test_bodies_and_families_counted_kind.py.)
    "Twenty houses were damaged.",
])
def test_casualty_nouns_things_are_not_counted(text: str) -> None:
    assert [c for c in find_casualties(text) if c.kind in ("killed", "injured")] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Gunmen slaughtered 14 civilians in the village.", 14),  # "aug" inside "slaughtered" is no month
    ("12 marines were killed in the ambush.", 12),  # nor "mar" inside "marines"
    ("Rebels killed 5 mayors.", 5),  # nor "may" inside "mayors"
    ("Burkinabe soldiers executed 14 civilians.", 14),
    ("Militants beheaded three men.", 3),
    ("On March 14 gunmen killed 3 people.", 3),  # the day stays a date
])
def test_casualty_figures_near_words_that_hold_a_month(text: str, value: int) -> None:
    assert [c.value for c in find_casualties(text) if c.kind == "killed"] == [value]
