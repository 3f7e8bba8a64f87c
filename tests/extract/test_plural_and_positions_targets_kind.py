"""Kind (issue 10, kind 9: sub-event type): an attack on an armed side's posts named in the plural
("attacked two checkpoints", "raided outposts") or on its positions ("attacked junta positions")
was typed as an attack on civilians: the lexicon of military targets listed its nouns in the
singular only and had no "positions".  Such an attack is a fight between armed sides (ACLED:
Battles / Armed clash).  An attack on civilians' homes or a market stays an attack.  Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("TNLA fighters attacked junta positions near Kyaukme on Sunday, a local outlet reported.", "Armed clash"),
    ("Gunmen attacked two checkpoints in Dera Ismail Khan on Sunday, killing three people, police said.",
     "Armed clash"),
    ("Militants raided outposts near Gao on Sunday, killing five people, a security source said.", "Armed clash"),
    ("Gunmen attacked police stations in Bannu on Sunday, killing two people, officials said.", "Armed clash"),
    ("Gunmen attacked homes in Bokkos on Sunday, killing six people, residents said.", "Attack"),
])
def test_an_attack_on_posts_or_positions_is_a_clash(extract: Callable[..., ExtractionResult], text: str,
                                                    expected: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == [expected], text
