"""Where a report's lines begin and end, and the labels that open them.

Round-ups list their items one per line, each labelled with its place ("Gitega: Two people were
killed ..."); headlines use the same shape for their topic ("El Fasher: nine killed as shells hit
a camp").  The sentence splitter (nlp/pipeline.py), the place matcher (geo/matcher.py) and the
incident units (extract/units.py) all ask the same questions of such a line, answered here once.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Label words before the colon, as in "DR Congo:", "Kherson/Zaporizhzhia:", "Cotabato City:".
MAX_LABEL_WORDS = 4


def opens_line(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the first of its line (the text's first token included)."""
    if index == 0:
        return True
    previous = doc[index - 1]
    return "\n" in previous.text_with_ws or (previous.is_space and "\n" in previous.text)


def line_ends_a_sentence(doc: Doc, index: int) -> bool:
    """Whether the line of token ``index`` ends with a full stop, "!" or "?" (a quote after it
    allowed): an item's sentence, not a headline ("El Fasher: nine killed as shells hit a camp")."""
    last = None
    for token in doc[index:]:
        if token.is_space and "\n" in token.text:
            break
        if not token.is_space:
            last = token
        if "\n" in token.whitespace_:
            break
    while last is not None and last.i > index and last.text in ('"', "'", "’", "”", ")"):
        last = doc[last.i - 1]
    return last is not None and last.text in (".", "!", "?")


def label_colon(doc: Doc, start: int) -> int | None:
    """The index of the colon that ends a label opening the line at token ``start``, or None.

    A label is one to four capitalised words (a place, "DR Congo", "Kherson/Zaporizhzhia") before a
    colon; not all in capitals, which is a dateline ("LAKKI MARWAT / QUETTA:") that
    time/dateline.py reads.
    """
    if not opens_line(doc, start):
        return None
    names: list[Token] = []
    for token in doc[start:]:
        if token.text == ":":
            colon = token.i
            break
        if "\n" in token.text_with_ws or token.is_space or len(names) > MAX_LABEL_WORDS:
            return None
        if token.text not in ("-", "/"):
            names.append(token)
    else:
        return None
    if not 1 <= len(names) <= MAX_LABEL_WORDS or not all(token.text[:1].isupper() for token in names):
        return None
    return None if all(token.text.isupper() for token in names) else colon


def item_label_colon(doc: Doc, start: int) -> int | None:
    """The colon of a round-up item's label opening the line at ``start`` ("Gitega: Two people were
    killed ... ."): a label whose line ends a sentence; a headline's topic is no item."""
    colon = label_colon(doc, start)
    if colon is None or colon + 1 >= len(doc) or not line_ends_a_sentence(doc, colon + 1):
        return None
    return colon
