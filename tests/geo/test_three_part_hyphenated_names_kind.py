"""Kind (issue 10, kind 2): a place name of three parts tied by hyphens whose first part the
gazetteer knows elsewhere ("Ouro-Guire-Peul": Ouro is a town in Brazil, Guiré one in Ivory Coast)
was cut to its first part, or to its first two, as the unknown-name pass counted each hyphen as a
word of its three. A name followed by two more hyphen-tied parts is one name; a hyphen lengthens
it without using up a word. Two known places tied by one hyphen stay two places. Sentences written
for this test; before the change the first two came out as "Ouro" and "Sidi"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 22)


@pytest.mark.parametrize(("text", "places"), [
    ("Jihadists killed 14 civilians in Ouro-Guire-Peul in northern Burkina Faso on Sunday, a local official "
     "said.", [("Ouro-Guire-Peul", "BF")]),
    ("Gunmen killed six villagers in Sidi-Bel-Kheir in Mali on Sunday, a local official said.",
     [("Sidi-Bel-Kheir", "ML")]),
    ("Gunmen killed seven herders near Dan-Sadau in Zamfara state on Sunday, police said.",
     [("Dan-Sadau", "NG"), ("Zamfara State", "NG")]),
    ("Gunmen ambushed a convoy on the Gao-Ansongo road on Sunday, killing four soldiers, officials said.",
     [("Gao", "ML"), ("Ansongo", "ML")]),
])
def test_the_whole_name_is_kept(extract: Callable[..., ExtractionResult], text: str,
                                places: list[tuple[str, str]]) -> None:
    assert [[(p.name, p.country) for p in e.locations] for e in extract(text, PUBLISHED).events] == [places]
