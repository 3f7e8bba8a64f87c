"""Kind (issue 10, kind 4: the wrong one of several sources, or none): a body that opens a sentence
and lists the day's incidents after a colon ("The regional governor said on Telegram: shelling
killed two people in X; a drone wounded a man in Y") gave its name to the first incident only: a
frame reached every clause only when the speaker stood within three characters of the sentence's
start, and "The" is four.  A speaker that opens the sentence after an article now frames every
clause; "list" is a verb of giving figures ("Police listed the attacks of the night: ...").
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(("text", "source"), [
    ("The regional governor said on Telegram: Russian shelling killed two people in Kupiansk on Tuesday; a drone "
     "wounded a man in Izium.", "regional governor"),
    ("The Kharkiv regional administration gave details in its evening update: Russian shelling killed two people in "
     "Kupiansk; a drone wounded a man in Izium; and a guided bomb hit Zolochiv, injuring three.",
     "Kharkiv regional administration"),
    ("The army said in a statement: militants killed three soldiers in Bannu on Tuesday; a roadside bomb wounded "
     "four policemen in Lakki Marwat.", "army"),
])
def test_the_speaker_of_a_list_gives_every_figure(extract: Callable[..., ExtractionResult], text: str,
                                                 source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) >= 2 and all(e.source == source for e in events), [(e.locations[0].name, e.source)
                                                                          for e in events]


@pytest.mark.parametrize(("text", "source"), [
    ("Police listed the attacks of the night: gunmen killed four farmers in Bokkos.", "Police"),
    ("The monitor listed the dead in its daily report: an air strike killed nine people in Maarat al-Numan on "
     "Tuesday.", "monitor"),
])
def test_a_body_that_lists_the_figures_gives_them(extract: Callable[..., ExtractionResult], text: str,
                                                  source: str) -> None:
    assert [e.source for e in extract(text, PUBLISHED).events] == [source], text
