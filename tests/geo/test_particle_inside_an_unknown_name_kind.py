"""Kind (issue 10, kind 2): a name the gazetteer lacks with a lower-case particle inside it ("the
Complexo do Alemão favela", "Cidade de Deus") was cut at the particle: its last word alone, or
nothing, was kept, and "Complexo" came out as a second place. A particle between two capitalised
words joins one name (the particles of names in Romance languages the gazetteer matcher already
reads inside known names). Sentences written for this test; before the change neither name was
kept whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "places"), [
    ("Police killed six suspected traffickers during a raid in the Complexo do Alemão favela in Rio de Janeiro "
     "on Monday, police said.", [("Complexo do Alemão", "BR"), ("Rio de Janeiro", "BR")]),
    ("Gunmen killed four people in Cidade de Deus in Rio de Janeiro on Monday, police said.",
     [("Cidade de Deus", "BR"), ("Rio de Janeiro", "BR")]),
])
def test_the_name_is_kept_whole(extract: Callable[..., ExtractionResult], text: str,
                                places: list[tuple[str, str]]) -> None:
    assert [[(p.name, p.country) for p in e.locations] for e in extract(text, date(2025, 6, 3)).events] == [places]
