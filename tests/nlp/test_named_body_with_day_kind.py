"""Kind (issue 10, kind 4, source): a body named by a common noun and its name, with the day of
its statement between the name and the verb ("the state news agency IRNA on Friday said", "the war
monitor SOHR on Tuesday said"), gave no source or only the common noun: the small model hangs the
day on the name, and the day made the name no plausible source.  A day hung on the name is no
part of it.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


@pytest.mark.parametrize(("text", "source"), [
    ("The state news agency IRNA on Friday said eight soldiers were killed in a drone attack near Zahedan.",
     "IRNA"),
    ("The war monitor SOHR on Tuesday said 14 fighters were killed in clashes near Manbij.", "SOHR"),
    ("The regional governor Vitaliy Kim on Thursday said a missile strike on Mykolaiv killed four people.",
     "Vitaliy Kim"),
    ("The war monitor SOHR on Tuesday raised the toll from the Manbij car bombing to 19.", "SOHR"),
    ("The regional governor Oleh Kiper on Monday raised the toll from the Odesa missile strike to 11.", "Oleh Kiper"),
])
def test_name_with_the_statement_day_is_the_source(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, date(2025, 5, 16)).events
    assert event.source == source, text
