"""Lines and the labels that open them (nlp/lines.py), on docs tokenised by spaCy's blank English."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.nlp.lines import item_label_colon, label_colon, line_ends_a_sentence, opens_line


@pytest.fixture(scope="module")
def tokenize() -> spacy.language.Language:
    return spacy.blank("en")


def _index(doc: Doc, word: str) -> int:
    return next(token.i for token in doc if token.text == word)


def test_a_token_after_a_line_break_opens_its_line(tokenize: spacy.language.Language) -> None:
    doc = tokenize("Headline here\nMosul: Two men were shot.")
    assert opens_line(doc, 0)
    assert opens_line(doc, _index(doc, "Mosul"))
    assert not opens_line(doc, _index(doc, "here"))


@pytest.mark.parametrize("text, label_end", [
    ("Bunia: Gunmen killed three farmers on Monday.", "Bunia"),
    ("Cotabato City: A grenade went off near a market, police said.", "City"),
    ("Kherson/Zaporizhzhia: Shelling hit two villages overnight.", "Zaporizhzhia"),
    ("DR Congo: Militia fighters burned a clinic.", "Congo"),
])
def test_capitalised_words_before_a_colon_are_an_item_label(tokenize: spacy.language.Language, text: str,
                                                              label_end: str) -> None:
    doc = tokenize("Round-up of the day\n" + text)
    start = _index(doc, text.split()[0].split("/")[0].rstrip(":"))
    colon = item_label_colon(doc, start)
    assert colon is not None and doc[colon].text == ":" and doc[colon - 1].text == label_end


@pytest.mark.parametrize("text", [
    "El Fasher: nine killed as shells hit a camp",  # a headline's topic: no full stop
    "Khan Younis: the strike that nobody saw coming",
])
def test_a_headline_topic_is_a_label_but_no_item(tokenize: spacy.language.Language, text: str) -> None:
    doc = tokenize(text + "\nThe army said nothing.")
    assert label_colon(doc, 0) is not None
    assert item_label_colon(doc, 0) is None


@pytest.mark.parametrize("text", [
    "LAKKI MARWAT / QUETTA: Gunmen attacked a post.",  # a dateline in capitals
    "The army said: five soldiers died.",  # lower-case words in the "label"
    "One Two Three Four Five: too many words for a place.",
    "Police in Sokoto said on Monday that two men died.",  # no colon on the line
])
def test_what_is_no_label(tokenize: spacy.language.Language, text: str) -> None:
    assert label_colon(tokenize(text), 0) is None


def test_a_line_ends_a_sentence_with_a_closing_quote(tokenize: spacy.language.Language) -> None:
    doc = tokenize('Goma: "They fled at dawn."\nNext line without stop')
    assert line_ends_a_sentence(doc, 2)
    assert not line_ends_a_sentence(doc, _index(doc, "Next"))
