"""Kind (issue 10, kind 7): a toll that the headline gives and the body later updates ("... kills 34"
over "The toll rose to 35 on Monday after one of the wounded died") kept the headline's figure, as a
headline's lead was never updated. An update is no disagreement between sources: the latest toll
is the count (ACLED, UCDP), with the source that gives it. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 14)


@pytest.mark.parametrize(("text", "killed"), [
    ("Missile strike on Sumy kills 34\n\nTwo Russian missiles struck the centre of Sumy on Sunday, killing 34 "
     "people, officials said.\n\nThe toll rose to 35 on Monday after one of the wounded died in hospital, the "
     "regional administration said.", 35),
    ("Bomb at Quetta market kills 12\n\nA bomb exploded at a crowded market in Quetta on Sunday, killing 12 people, "
     "police said. Two more victims died overnight, bringing the death toll to 14, a hospital official said.", 14),
])
def test_the_update_is_the_count(extract: Callable[..., ExtractionResult], text: str, killed: int) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [killed]
