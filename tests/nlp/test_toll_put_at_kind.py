"""Kind (issue 10, kind 1, figures): a toll given by the verb before it ("The health ministry put the
death toll at 27", "Officials put the number of dead at 12 and the number of injured at 30", "the army
estimated the number of militants killed at 40") is the incident's figure.  Before, only a toll noun
followed by its verb ("the toll rose to", "stands at") was read, and such figures were lost.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult

PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("The health ministry put the death toll at 27.", [("killed", 27)]),
    ("Local officials put the number of dead at 12 and the number of injured at 30.",
     [("killed", 12), ("injured", 30)]),
    ("The army estimated the number of militants killed at 40.", [("killed", 40)]),
    # The second figure's group named short ("the injured", "of injured").
    ("Officials put the number of dead at 12 and the injured at 30.", [("killed", 12), ("injured", 30)]),
    ("The state health ministry put the number of dead at 15 and of injured at 22.",
     [("killed", 15), ("injured", 22)]),
    ("Medics placed the toll at 15.", [("killed", 15)]),
])
def test_a_toll_put_at_a_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text) if c.kind in ("killed", "injured")] == expected


def test_a_price_put_at_a_figure_is_no_toll() -> None:
    assert find_casualties("The government put the cost of repairs at 40 million dollars.") == []


@pytest.mark.slow
def test_the_put_toll_is_the_incidents(extract: Callable[..., ExtractionResult]) -> None:
    text = "Troops raided an al-Shabaab camp near Baidoa on Tuesday. The army put the number of militants killed at 40."
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [40]
