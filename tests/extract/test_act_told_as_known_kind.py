"""A report that tells an act as already known, not as news, is a follow-up (``Event.retold``):
every act word is a noun made definite ("the bombing that killed 22", "last week's air strike", "the
toll from the strikes on X"), or the act is dated only to a month before the report's.  Told as news
("An air strike hit a hospital", "after a bombing at a mosque", "a mosque bombing") it is not.
Consolidation links a follow-up to its incident weeks later by what was hit and where."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _retold(text: str, published: date = date(2023, 5, 20)) -> list[bool]:
    return [event.retold for event in extract_report(Report("known", text, published=published)).events]


@pytest.mark.parametrize("text", [
    "Aid workers said the bombing of the clinic in Kandahar killed 12 people.",
    "The death toll from the U.S. air strikes on a school in Mosul has risen to 31, the health ministry said.",
    "Families of those killed in last week's drone strike on a wedding in Saada will receive compensation, "
    "the governor said.",
    "Three officers were suspended over an air strike on a hospital in Mosul in April that killed 19 people.",
    # The act word is part of the incident's common name in a heading, even one the parser splits off.
    "2024 Kandahar mosque bombing: Officials said the death toll had risen to 14.",
    "War in Yemen: Marib market bombing: Two more of the wounded died in hospital, raising the toll to 11.",
])
def test_an_act_told_as_known_is_a_follow_up(text: str) -> None:
    assert _retold(text) == [True]


@pytest.mark.parametrize("text", [
    "An air strike hit a hospital in Mosul on Tuesday, killing 19 people.",
    "Nine people were killed after a bombing at a mosque in Quetta, police said.",
    "Twenty-one people were killed by a mosque bombing in Kabul.",
    "Gunmen attacked a hotel in Mogadishu, and the siege ended with nine people dead.",
])
def test_an_act_told_as_news_is_not(text: str) -> None:
    assert _retold(text) == [False]
