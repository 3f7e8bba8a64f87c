"""Kind (issue 10, kind 4, source): a figure given in a body's statement is the body's ("according
to a statement issued by the interior ministry", "a statement from the army said", "the police's
statement said"): the statement noun stood between the speech frame and its body, so the figure had
no source, or had the statement. Document nouns (speech_verbs.json "document_nouns") are read like
the figure nouns whose giver is named by "by" or "from". Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("According to a statement issued by the interior ministry, five police officers were killed in an ambush"
     " near Bannu on Monday.", "interior ministry"),
    ("Five police officers were killed in an ambush near Bannu on Monday, according to a statement released by"
     " the provincial police.", "provincial police"),
    ("A statement from the army said four soldiers were killed when militants stormed a post near Tillaberi"
     " on Sunday.", "army"),
    ("Six civilians were killed in shelling on Kostiantynivka on Tuesday, a statement from the regional"
     " prosecutor's office said.", "regional prosecutor's office"),
    ("Nine rebels were killed in clashes with troops near Beni on Friday, the army's statement said.", "army"),
    ("According to a communique from the governor's office, gunmen killed eleven villagers near Bokkos on"
     " Saturday.", "governor's office"),
])
def test_the_body_that_issued_a_statement_is_its_figures_source(
        extract: Callable[..., ExtractionResult], text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source, text
