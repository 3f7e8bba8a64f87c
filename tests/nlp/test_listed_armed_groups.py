"""The organised armed groups of the UCDP Actor Dataset that a text names
(eventwire.nlp.lexicons.listed_armed_groups, scripts/derive_ucdp_actors.py)."""

from __future__ import annotations

import pytest

from eventwire.nlp.lexicons import listed_armed_groups


@pytest.mark.parametrize(("text", "names"), [
    ("JNIM fighters raided the town.", {"JNIM"}),
    ("The Allied Democratic Forces and the ADF are one group.", {"ADF"}),
    ("Clashes between Al-Shabaab and the army.", {"Al-Shabaab"}),
    ("Fighters of Tehrik-i-Taliban Pakistan crossed the border.", {"Tehrik-i-Taliban Pakistan"}),
    ("The Abu Sayyaf still holds two hostages.", {"Abu Sayyaf"}),
    ("The Hezbollahs of the south.", {"Hezbollah"}),
])
def test_names_are_found_as_written(text: str, names: set[str]) -> None:
    assert names <= listed_armed_groups(text)


@pytest.mark.parametrize("text", [
    "The Outlaws motorcycle club held a rally.",  # a common word, not a name
    "Protests in Tibet and the exile government.",  # a region
    "A fan of the club and the adf settings.",  # lower case and words
    "IS and KK are too short to be told from words.",
])
def test_words_places_and_short_names_are_not_groups(text: str) -> None:
    assert listed_armed_groups(text) == frozenset()
