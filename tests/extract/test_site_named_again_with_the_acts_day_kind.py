"""Kind (issue 10, kinds 3 and 6): a statement dated by its own day that introduces a site ("The
Arakan Army said on Sunday it had overrun an army base in Rakhine state"), then names the site again
with the act's earlier day and its town ("45 soldiers were killed when the base near Taungup fell on
Saturday"), tells one act: it gave two events, one at the region dated the statement's day.
Another site of the same kind ("another school") stays another act.  Sentences written for this
test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 4, 9)  # a Tuesday


@pytest.mark.parametrize(("text", "day", "place", "killed"), [
    ("The Arakan Army said on Sunday it had overrun an army base in Rakhine state. It said 45 soldiers were "
     "killed when the base near Taungup fell on Saturday.", date(2024, 4, 6), "Taungup", 45),
    ("Rebels said on Monday they had captured an army outpost in Shan state. They said 30 soldiers were killed "
     "when the outpost near Lashio fell on Sunday.", date(2024, 4, 7), "Lashio", 30),
])
def test_one_act_told_by_a_statement_then_at_its_site(extract: Callable[..., ExtractionResult], text: str,
                                                      day: date, place: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.date, e.locations[0].name, e.fatalities) for e in events] == [(day, place, killed)], text


def test_another_site_of_the_kind_is_another_act(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Police said on Monday that gunmen had attacked a school in Kankara, killing two guards. On Sunday, "
            "another school in Funtua was attacked and a teacher was killed.")
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Kankara", "Funtua"]


@pytest.mark.parametrize(("text", "day", "place"), [
    # Found by a second user-role trial: the site named again at the head of its own sentence, with no
    # toll, and fallen with no taker named.
    ("Rebels said on Monday they had overrun an army base in Shan state. The base near Lashio fell on Saturday, "
     "residents said.", date(2024, 4, 6), "Lashio"),
    ("Jihadists said on Monday they had captured a military outpost in eastern Burkina Faso. The outpost near "
     "Fada N'Gourma fell on Sunday, a security source said.", date(2024, 4, 7), "Fada N'Gourma"),
])
def test_a_fallen_site_named_again_is_the_act(extract: Callable[..., ExtractionResult], text: str, day: date,
                                              place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.date, e.locations[0].name, e.sub_event_type) for e in events] == [
        (day, place, "Non-state actor overtakes territory")], text


def test_shells_that_fell_on_a_camp_took_nothing(extract: Callable[..., ExtractionResult]) -> None:
    text = "Shells fell on a displacement camp near Goma on Sunday, killing four people, officials said."
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == ["Shelling/artillery/missile attack"]
