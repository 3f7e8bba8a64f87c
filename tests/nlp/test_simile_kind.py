"""Kind (issue 10, kind 8): a weapon or act word inside a comparison ("a noise like an exploding
shell", "came down the valley like a missile strike", "as if the town had been bombed") is a figure
of speech: a disaster report that uses one has no incident, and an incident told with one keeps
its own type.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.pipeline import annotate
from eventwire.nlp.triggers import find_sentence_triggers
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "word"), [
    ('One survivor said the slope came down "like an exploding shell" before dawn.', "shell"),
    ('"The water came down the valley like a missile strike," said one farmer.', "strike"),
    ('A witness said the blaze lit up the sky "as if the town had been bombed".', "bombed"),
    ("From the hill the flattened street looked as though it had been shelled for days.", "shelled"),
])
def test_an_act_word_in_a_comparison_is_no_trigger(sentence: str, word: str) -> None:
    doc = annotate(sentence, None)
    texts = [t.text for s in doc.sents for t in find_sentence_triggers(s)]
    assert word not in texts, texts


@pytest.mark.parametrize(("text", "published"), [
    ("KAMPALA, Aug 21 (Wire) - At least 20 people died when a landslide buried houses in a hillside village in "
     "eastern Uganda after two days of rain, local officials said on Thursday.\n\nThe slope gave way before dawn "
     "on Wednesday near the town of Bulambuli, the district office said. One survivor said the slope came "
     "down \"like an exploding shell\" before dawn.\n\nRescuers pulled bodies from the mud through the day."
     "\n\nNine injured people were taken to a hospital in Mbale, the regional capital.", date(2025, 8, 21)),
    ("SANAA, March 2 (Wire) - Flash floods swept through villages in Yemen's Hajjah province on Saturday, killing "
     "at least 16 people, a local official said.\n\n\"The water came down the valley like a missile strike,\" said "
     "one farmer whose house was destroyed.\n\nRescue teams recovered bodies from the mud. Twelve injured people "
     "were flown to a hospital in Hodeidah.", date(2025, 3, 2)),
])
def test_a_disaster_told_with_a_simile_has_no_incident(extract: Callable[..., ExtractionResult], text: str,
                                                        published: date) -> None:
    assert extract(text, published).events == []


def test_an_incident_told_with_a_simile_keeps_its_type(extract: Callable[..., ExtractionResult]) -> None:
    text = ("A car bomb exploded outside a police station in Kirkuk on Monday, killing four people, police said. "
            "\"It shook the whole street like an earthquake,\" a shopkeeper said.")
    (event,) = extract(text, date(2025, 5, 6)).events
    assert event.sub_event_type == "Remote explosive/landmine/IED"
