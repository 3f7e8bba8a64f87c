"""Kind (issue 10, kind 2, places): an armed group's name written in another letter case than the
UCDP Actor Dataset's ("from al-Shabaab" for Al-Shabaab) is the group, not a place that only a
namesake of another spelling shares (Iran's Shabāb); before, the group became a location and
pulled the whole incident abroad. A group name that is also a place's own name ("Al-Khobar")
stays a place. Sentences written for this test (nlp/lexicons.names_a_listed_group)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.lexicons import names_a_listed_group
from eventwire.records import ExtractionResult


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), [
    ("Somali troops seized the town of Adan Yabaal from al-Shabaab on Saturday, officials said.", "Adan Yabaal"),
    ("Somali forces captured the village of Galcad from al-Shabaab on Saturday, officials said.", "Galcad"),
])
def test_a_group_named_in_lower_case_is_no_place(extract: Callable[..., ExtractionResult], text: str,
                                                 place: str) -> None:
    events = extract(text, date(2024, 9, 16)).events
    assert len(events) == 1
    assert [(location.name, location.country) for location in events[0].locations] == [(place, "SO")]


def test_group_names_are_matched_whatever_the_case() -> None:
    assert names_a_listed_group("al-Shabaab")
    assert names_a_listed_group("AL SHABAAB")
    assert not names_a_listed_group("Mogadishu")
