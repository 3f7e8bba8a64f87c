"""Kind (issue 10, kind 5, actor1): a force qualified by a country's adjective is named, whether
or not the small model's NER types the adjective ("Somali troops", "Malian soldiers": demonyms.tsv);
before, such a force counted as unnamed (actor1 null), and its retaking of a town was typed as a
non-state takeover. Bare plurals ("Troops", "Gunmen") stay unnamed. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 16)


@pytest.mark.parametrize(("text", "actor"), [
    ("Somali troops killed 12 militants near Kismayo on Saturday, the army said.", "Somali troops"),
    ("Malian soldiers killed nine jihadists near Boni on Saturday, the army said.", "Malian soldiers"),
])
def test_a_force_named_by_its_country_is_the_actor(extract: Callable[..., ExtractionResult], text: str,
                                                   actor: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.actor1 for e in events] == [actor]


def test_its_retaking_is_the_governments(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Somali troops seized the town of Adan Yabaal on Saturday, officials said.", PUBLISHED).events
    assert [(e.actor1, e.sub_event_type) for e in events] == [("Somali troops", "Government regains territory")]


def test_a_bare_plural_stays_unnamed(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Troops killed 12 militants near Kismayo on Saturday, the army said.", PUBLISHED).events
    assert [e.actor1 for e in events] == [None]
