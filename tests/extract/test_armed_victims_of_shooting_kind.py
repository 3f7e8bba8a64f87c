"""Kind (issue 10, kind 9: sub-event type): a shooting whose victims are members of an armed group
("troops shot dead two militants", "soldiers gunned down four rebels", "three border guards were
killed by Taliban fighters") is a fight between armed sides (Battles / Armed clash), as "killed
two militants" already was; civilians shot stay an attack.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Indian troops shot dead two militants in Sopore on Tuesday, police said.", "Armed clash"),
    ("Security forces shot dead three insurgents near Bannu on Friday, the army said.", "Armed clash"),
    ("Soldiers gunned down four rebels near Bossangoa on Sunday, the army said.", "Armed clash"),
    ("Three border guards were killed by Taliban fighters near Chaman on Friday, officials said.", "Armed clash"),
    ("Two jihadists were shot dead by gendarmes near Tera on Monday, a security source said.", "Armed clash"),
    ("Troops shot dead a farmer near Kidal on Monday, relatives said.", "Attack"),
    ("Three herders were gunned down by soldiers near Mokwa on Sunday, residents said.", "Attack"),
])
def test_shooting_members_of_an_armed_group_is_a_clash(extract: Callable[..., ExtractionResult], text: str,
                                                       sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].sub_event_type == sub_event_type
