"""Property tests of extraction (hypothesis, short budgets; ``make test`` runs them): whatever
Unicode text comes in, extraction finishes, every evidence span lies inside the text and equals
its slice, and every figure is a number written in the text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractOptions, extract_report
from eventwire.extract.normalise import normalise
from eventwire.nlp.numbers import find_numbers
from eventwire.records import Report
from tests.factories import evidence_spans

pytestmark = [pytest.mark.property, pytest.mark.slow]

SENTENCES = [
    "Gunmen killed {n} villagers in Gwoza, Borno State, on Tuesday, police said.",
    "A car bomb exploded near a market in Mosul on Wednesday, killing {n} people and wounding {m}, officials said.",
    "Russian missiles struck Kharkiv on Monday, killing {w} people, regional governor Oleh Syniehubov said.",
    "At least {n} soldiers were killed when militants attacked a checkpoint near Kidal.",
    "Protesters clashed with police in Nairobi on Friday; {m} people were injured.",
    "The market reopened on Thursday and traders said prices had risen.",
    "KABUL, May 3 (Reuters) -",
]
WORDS = ["two", "three", "five", "seven", "twelve", "twenty", "dozens of", "a"]
# Characters that change nothing to a reader and much to a matcher: zero-width space, soft hyphen,
# word joiner, bidi controls, a no-break space, a ligature, full-width digits, combining accents.
ODD = ["\u200b", "\u00ad", "\u2060", "\u202e", "\u2066", "\u2069", "\u200e", "\u00a0", "\ufb01", "\uff11",
       "\u0301", "\ufeff", "\r\n", "\n\n", "\t"]


@st.composite
def reports(draw: st.DrawFn) -> str:
    """Incident sentences with figures, odd characters dropped anywhere, and stretches of any text."""
    parts = []
    for template in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5)):
        sentence = template.format(n=draw(st.integers(0, 2000)), m=draw(st.integers(1, 99)),
                                   w=draw(st.sampled_from(WORDS)))
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(sentence)))
            sentence = sentence[:at] + draw(st.sampled_from(ODD)) + sentence[at:]
        parts.append(sentence)
        if draw(st.booleans()):
            parts.append(draw(st.text(max_size=40)))
    return draw(st.sampled_from([" ", "\n", "\n\n"])).join(parts)


def _check(text: str, title: str | None = None) -> None:
    result = extract_report(Report("p", text, date(2024, 5, 8), title), ExtractOptions(filter_irrelevant=False))
    for event in result.events:
        for evidence in evidence_spans(event):
            source = text if text[evidence.start : evidence.end] == evidence.text else title or ""
            assert 0 <= evidence.start <= evidence.end <= len(source), evidence
            assert source[evidence.start : evidence.end] == evidence.text, evidence
            assert evidence.text in evidence.sentence and evidence.sentence in source, evidence
        for claim in event.claims:
            figures = {value for value in (claim.value, claim.low, claim.high) if value is not None}
            written = {number.value for number in find_numbers(normalise(claim.evidence.sentence).text)}
            # A figure is a number of its sentence; "a villager", "a man" count one.
            assert figures <= written | {1}, (claim, written)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_extract_property_incident_text_with_odd_characters(text: str) -> None:
    _check(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_extract_property_any_unicode_text(text: str) -> None:
    _check(text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.text(max_size=60))
def test_extract_property_with_a_title(text: str, title: str) -> None:
    _check(text, title or None)
