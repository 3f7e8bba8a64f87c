"""``span_text`` (nlp/cache.py) gives what ``Span.text`` gives, from the document's cached text."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.cache import doc_sentences, span_text
from eventwire.nlp.pipeline import annotate


@pytest.mark.parametrize("text", [
    "KABUL, Afghanistan — A roadside bomb killed three soldiers in Helmand on Sunday.  Officials said so.",
    "Gitega: Two people were killed.\n\nShells hit Kherson overnight, the governor said; two died.\n",
    "  Leading spaces, a “quoted phrase” and a tab\there.  ",
])
def test_span_text_is_the_spans_text(text: str) -> None:
    doc = annotate(text, date(2024, 5, 6))
    spans = [*doc_sentences(doc), doc[0:3], doc[2 : len(doc) - 1], doc[len(doc) - 1 :], *doc.ents]
    assert spans
    for span in spans:
        assert span_text(span) == span.text
