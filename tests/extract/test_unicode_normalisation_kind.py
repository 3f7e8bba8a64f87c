"""Item 10 of issue 12: zero-width spaces, soft hyphens and bidi controls (Unicode Cf) and
compatibility forms (NFKC) never change what is extracted, and every evidence span still indexes
the text as given (invented incidents)."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract.normalise import normalise
from eventwire.records import ExtractionResult
from tests.factories import evidence_spans

Extract = Callable[..., ExtractionResult]

PLAIN = ("Kharkiv, 5 March 2024 - Russian missiles struck Kharkiv on Monday, killing three people, regional "
         "governor Petro Marchenko said. On Tuesday, a drone attack on Sumy injured five people, local "
         "officials said.")
# One zero-width space inside each town's name, a soft hyphen, a word joiner, bidi controls, a
# no-break space and a ligature: the same report to a reader.
DISGUISED = ("Kharkiv, 5 March 2024 - Russian mis\u00adsiles struck Khar\u200bkiv on Monday, killing three people, "
             "regional \u2066governor\u2069 Petro Marchenko said. On Tuesday, a drone attack on Su\u200bmy injured "
             "\ufb01ve\u00a0people, local o\u200dfficials said.\u200e")


def test_normalise_removes_format_characters_and_maps_offsets_back() -> None:
    text = "Mai\u200bduguri \ufb01ve \u202eX\u202c"
    normal = normalise(text)
    assert normal.text == "Maiduguri five X"
    assert text[slice(*normal.offsets.span(0, 9))] == "Mai\u200bduguri"
    assert text[slice(*normal.offsets.span(3, 9))] == "duguri"
    assert text[slice(*normal.offsets.span(10, 14))] == "\ufb01ve"  # a ligature is one original character
    assert text[slice(*normal.offsets.span(15, 16))] == "X"


def test_normalise_leaves_plain_text_alone() -> None:
    normal = normalise(PLAIN)
    assert normal.text == PLAIN and normal.offsets.identity


@pytest.mark.slow
def test_extract_format_characters_inside_names_keep_the_events(extract: Extract) -> None:
    plain, disguised = extract(PLAIN), extract(DISGUISED)
    assert [(e.date, e.locations[0].name, e.fatalities, e.injured) for e in disguised.events] == [
        (date(2024, 3, 4), "Kharkiv", 3, None), (date(2024, 3, 5), "Sumy", None, 5)]
    assert [(e.event_type, e.source) for e in disguised.events] == [(e.event_type, e.source) for e in plain.events]


@pytest.mark.slow
def test_extract_evidence_indexes_the_original_text(extract: Extract) -> None:
    result = extract(DISGUISED)
    spans = [evidence for event in result.events for evidence in evidence_spans(event)]
    assert spans
    for evidence in spans:
        assert 0 <= evidence.start <= evidence.end <= len(DISGUISED)
        assert DISGUISED[evidence.start : evidence.end] == evidence.text
        sentence_at = DISGUISED.find(evidence.sentence)
        assert sentence_at >= 0, evidence.sentence
    (claim,) = result.events[1].claims
    assert claim.evidence.text == "injured \ufb01ve"
    assert "Su\u200bmy" in result.events[1].evidence[0].sentence


@pytest.mark.slow
def test_extract_normalised_title_evidence_indexes_the_title(extract: Extract) -> None:
    # The place is in the title only, with a zero-width space in it.
    title = "Russian drone attack on Su\u200bmy injures \ufb01ve"
    body = "A Russian drone attack injured five people on Tuesday, regional officials said."
    (event,) = extract(body, date(2024, 3, 6), title).events
    assert event.locations[0].name == "Sumy"
    in_title = [evidence for evidence in evidence_spans(event) if evidence.sentence == title]
    assert in_title
    for evidence in in_title:
        assert title[evidence.start : evidence.end] == evidence.text
