"""Kind (issue 10 kind 4, source): someone named in the report who gives no figure is no source of
them. A speech verb denied ("Army spokesman X did not respond to requests for comment", "would not
say") is no attribution at all; an office holder quoted only for a view ('"This cowardly act will
not go unpunished," Governor X said') does not stand in for the bare "officials" who gave the
toll. Sentences written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.attribution import find_attributions
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Government spokesman Abebe Kassa did not respond to requests for comment.",
    "Police spokesman Ali Musa would not say how many people had died.",
    "The army did not comment on the reports.",
])
def test_a_denied_speech_verb_is_no_attribution(text: str) -> None:
    doc = annotate(text, dt.date(2024, 1, 1))
    assert [a for sentence in doc.sents for a in find_attributions(sentence)] == []


@pytest.mark.parametrize(("text", "source"), [
    ("A drone strike killed 14 people at a market in Bahir Dar on Sunday, a health official said. Government "
     "spokesman Abebe Kassa did not respond to requests for comment.", "health official"),
    ("A car bomb killed 12 people outside a police station in Mogadishu on Tuesday, officials said. \"This "
     "cowardly act will not go unpunished,\" Governor Ahmed Farah said.", "officials"),
    ("Shelling killed five civilians in Kherson on Monday, officials said. \"The enemy is terrorising our city,\" "
     "Mayor Roman Mrochko said.", "officials"),
])
def test_a_named_speaker_who_gives_no_figure_is_no_source(text: str, source: str) -> None:
    events = extract_report(Report("speaker", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert events[0].source == source
