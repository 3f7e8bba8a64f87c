"""Kind (issue 10, kind 4: source): a figure attributed to a document named by its body ("according
to a police statement", "an army communique said", "a UN report said") had no source, as a bare
document ("according to the statement") stands for a body told before and there was none.  The
words before the document noun that can name a group (WordNet) or a proper name are the source; an
official statement or a press release names no body.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "source"), [
    ("Two gendarmes died when gunmen opened fire on their patrol near Tahoua on Saturday, according to a gendarmerie "
     "statement.", "gendarmerie"),
    ("Gunmen killed four soldiers near Gao on Monday, according to an army statement.", "army"),
    ("A military communique said rebels killed nine civilians in Kitchanga, North Kivu, on Sunday.", "military"),
    ("Shelling killed 14 people in El Fasher on Friday, a UN statement said.", "UN"),
    ("An air strike killed five fighters near Jilib on Tuesday, a Pentagon statement said.", "Pentagon"),
])
def test_a_document_named_by_its_body_is_that_bodys(extract: Extract, text: str, source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.source == source, text


def test_an_official_statement_names_no_body(extract: Extract) -> None:
    (event,) = extract("Gunmen killed six villagers in Bankass on Sunday, an official statement said.",
                       PUBLISHED).events
    assert event.source is None
