"""Kind (issue 10, kind 1, figures): one victim named by the article "a" or "an" and a person noun
after the act ("and shot dead a priest", "An RSF sniper shot dead a nurse") is a toll of one.
Before, the small model's parse lost it in two shapes: in a second verb phrase it hangs "dead" as a
second object, which was read as a victim that is no person; and a doer noun before the verb can
swallow the verb ("sniper shot" as one noun), leaving no verb to hang a victim on.  The words and
their part-of-speech tags now carry it where the parse does not.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen stormed a church in Kafanchan on Sunday and shot dead a priest, police said.", 1),
    ("Insurgents ambushed a convoy near Gao on Tuesday and shot dead a driver, the army said.", 1),
    ("Gunmen broke into a house in Jos on Saturday and shot dead a pastor and his wife, police said.", 2),
    ("An RSF sniper shot dead a nurse in El Fasher on Sunday, doctors said.", 1),
])
def test_one_victim_after_the_act_is_a_toll_of_one(extract: Callable[..., ExtractionResult], text: str,
                                                   killed: int) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [killed], text


def test_no_person_after_the_article_is_no_toll(extract: Callable[..., ExtractionResult]) -> None:
    text = "Gunmen stormed a church in Kafanchan on Sunday and killed a number of worshippers, police said."
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [None]
