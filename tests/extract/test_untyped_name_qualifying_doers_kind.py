"""Kind (issue 10, kind 5): doers qualified by a name the small model leaves untyped, even as an
adjective ("Fano fighters killed nine soldiers"), are named doers: actor1 is the phrase. Before,
such doers counted as unnamed (null) unless the model typed the name. A capitalised English word
before them ("Masked gunmen" at the head of a sentence) names no one. Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 20)


@pytest.mark.parametrize(("text", "actor"), [
    ("Fano fighters killed nine soldiers near Bahir Dar on Monday, residents said.", "Fano fighters"),
    ("Wazalendo fighters killed six M23 rebels near Masisi on Monday, a local official said.", "Wazalendo fighters"),
    ("Masked gunmen killed four traders near Kaduna on Monday, police said.", None),
])
def test_a_name_before_the_doers_names_them(extract: Callable[..., ExtractionResult], text: str,
                                            actor: str | None) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
