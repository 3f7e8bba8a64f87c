"""Kind (issue 10, kind 1, no event): under a headline, the parser cut the body's first sentence
after its subject ("Bandits | killed eleven villagers in ...", "Jihadists | ambushed an army
patrol ..."): the act lost its doer, and where the headline had no place of its own, the report
lost its event. No sentence ends in a bare word, so a lower-case word after a word goes on the
sentence. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow

_BODIES = [
    ("Militants storm village near Gusau, killing 11\n\nBandits killed eleven villagers in Unguwan Dutse late "
     "on Saturday, a local official said.", "Bandits killed eleven villagers"),
    ("Four soldiers dead in ambush near Diffa\n\nJihadists ambushed an army patrol near Diffa on Friday, "
     "killing four soldiers, the defence ministry said.", "Jihadists ambushed an army patrol"),
]


@pytest.mark.parametrize(("text", "opening"), _BODIES)
def test_the_body_sentence_keeps_its_subject(text: str, opening: str) -> None:
    sentences = [sent.text for sent in annotate(text, None).sents]
    assert any(sentence.startswith(opening) for sentence in sentences)


def test_the_act_under_such_a_headline_is_an_event_at_its_place() -> None:
    events = extract_report(Report("cut", _BODIES[0][0], published=dt.date(2025, 3, 10))).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [("Unguwan Dutse", 11)]
