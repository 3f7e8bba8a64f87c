"""Kind (issue 10 kind 2, places): a settlement named as held by a place ("Dori's outlying village of
X", "Djugu territory's village of Y") is finer than its holder and comes first; a town named after
the land around it ("in the hills of X town", "in the jungles of X") is a place whatever label the
small model gives it (place_frames.json side_nouns). Sentences written for this test (a user-role
helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first"), [
    ("Gunmen stormed Dori's outlying village of Gorgadji on Wednesday, killing nine people, officials said.",
     "Gorgadji"),
    ("Militants raided Kaduna State's remote village of Kujama on Friday, killing seven people, police said.",
     "Kujama"),
    ("Troops clashed with rebels in the hills of Catubig town in Northern Samar province on Monday, killing three "
     "rebels, the army said.", "Catubig"),
    ("Soldiers killed five militants in the jungles of Patikul town in Sulu province on Monday, the military said.",
     "Patikul"),
])
def test_the_settlement_comes_before_what_holds_or_surrounds_it(text: str, first: str) -> None:
    events = extract_report(Report("held", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert events[0].locations[0].name == first


@pytest.mark.parametrize(("text", "first"), [
    ("Rebels attacked Let Yet Kone village in Sagaing region on Monday, killing 17 people, residents said.",
     "Let Yet Kone"),
    ("Gunmen raided Sabon Gida Kano village in Kaduna State on Sunday, killing six farmers, police said.",
     "Sabon Gida Kano"),
])
def test_a_village_name_ending_in_a_known_name_is_kept_whole(text: str, first: str) -> None:
    events = extract_report(Report("whole", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert events[0].locations[0].name == first
