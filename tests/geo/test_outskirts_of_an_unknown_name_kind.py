"""Kind (issue 10, kind 2): a place the gazetteer lacks named after a noun of the land around a place
("The attack took place on the outskirts of Mir Ali", "on the fringes of Gidan Dawa") was lost, the
more so when the small model called it a person: the incident stayed at its district. Those nouns
(place_frames.json side_nouns) take only places after "of", so the name is kept and placed in the
report's country; side nouns said of groups too ("part of", "the heart of") are left out.
Sentences written for this test; before the change neither finer place was kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 10, 7)


@pytest.mark.parametrize(("text", "places"), [
    ("A suicide bomber struck a military convoy in North Waziristan district on Tuesday, killing five soldiers, "
     "the military said. The attack took place on the outskirts of Mir Ali, officials said.",
     [("Mir Ali", "PK"), ("North Waziristan", "PK")]),
    ("Gunmen killed six farmers in Zamfara State on Monday, police said. The attack happened on the fringes "
     "of Gidan Dawa, a police spokesman said.", [("Gidan Dawa", "NG"), ("Zamfara State", "NG")]),
])
def test_the_finer_place_is_kept(extract: Callable[..., ExtractionResult], text: str,
                                 places: list[tuple[str, str]]) -> None:
    assert [[(p.name, p.country) for p in e.locations] for e in extract(text, PUBLISHED).events] == [places]
