"""Kind (issue 10, kind 5): "OUAGADOUGOU, Feb 26 (Reuters) - Gunmen attacked a mosque ...": after a
wire dateline the small model may take the plural of an armed-actor word for a proper name, so
"Gunmen" came out as a named actor, where the same sentence without the dateline gives none
(gold-format: null if unnamed). The plural of a lexicon word (armed_actors.json) is unnamed however
it is tagged; a qualified one ("Palestinian gunmen", "Al-Shabaab militants") stays named. Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 2, 26)


@pytest.mark.parametrize(("text", "actor"), [
    ("OUAGADOUGOU, Feb 26 (Reuters) - Gunmen attacked a mosque in the town of Natiaboani on Sunday, killing 14 "
     "people, local sources said.", None),
    ("MAIDUGURI, Nigeria, March 3 (AP) - Gunmen stormed a market in Konduga on Sunday, killing nine traders, police "
     "said.", None),
    ("MOGADISHU, March 3 (Reuters) - Al-Shabaab militants stormed a hotel in Kismayo on Sunday, killing nine "
     "people, police said.", "Al-Shabaab militants"),
])
def test_the_plural_stays_unnamed(extract: Callable[..., ExtractionResult], text: str, actor: str | None) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
