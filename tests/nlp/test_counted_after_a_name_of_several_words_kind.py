"""Kind (issue 10, kind 1, figures): a number, then a force's or group's name of several words, then
the counted noun ("Two Frontier Corps personnel were martyred", "two Border Security Force personnel
were killed") gave no toll: a name before the counted noun could be one word only ("two Hezbollah
fighters").  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 19)  # a Wednesday


@pytest.mark.parametrize(("text", "killed"), [
    ("Two Frontier Corps personnel were martyred when a bomb went off in Mastung on Tuesday, the military said.", 2),
    ("Two Border Security Force personnel were killed when militants opened fire in Jammu on Tuesday, police "
     "said.", 2),
    ("Three Islamic State fighters were killed in an air strike near Raqqa on Tuesday, the coalition said.", 3),
    ("Four Rapid Support Forces fighters were killed in clashes near El Obeid on Tuesday, the army said.", 4),
])
def test_a_name_of_several_words_between_number_and_noun(extract: Callable[..., ExtractionResult], text: str,
                                                         killed: int) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [killed], text


def test_no_kind_word_no_toll(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Two Frontier Corps officials said a bomb went off near a convoy in Mastung on Tuesday, wounding "
            "three soldiers.")
    assert [(e.fatalities, e.injured) for e in extract(text, PUBLISHED).events] == [(None, 3)]
