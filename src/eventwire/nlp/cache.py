"""Per-document caches: spaCy rebuilds ``doc.text`` and ``doc.sents`` on every access."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get("ew_text")
    if text is None:
        text = doc.user_data["ew_text"] = doc.text
    return str(text)


def doc_sentences(doc: Doc) -> list[Span]:
    """The sentences, once the parser has set them (call only after the parser)."""
    sentences = doc.user_data.get("ew_sents")
    if sentences is None:
        sentences = doc.user_data["ew_sents"] = list(doc.sents)
    return list(sentences)


def span_text(span: Span) -> str:
    """``span.text`` from the document's cached text (spaCy joins the span's tokens on every access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
