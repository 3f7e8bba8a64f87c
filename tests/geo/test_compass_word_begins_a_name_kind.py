"""Kind (issue 10, kind 2, places): a capitalised compass word before a smaller town's name begins
a longer name ("the Philippine province of Western Samar", "Upper Dir"): the name is kept whole,
placed by its frame (the demonym's country), and never read as the shorter town or a namesake
abroad (a Samar name was read as Samara in Russia). A large town's part ("East Jerusalem", "West Mosul")
stays the town, and a direction in a country or region ("Northern Rakhine") stays a direction.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow
Places = Callable[[str], list[tuple[str, str | None]]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops clashed with rebels in the central Philippine province of Western Samar on Sunday.",
     [("Western Samar", "PH")]),
    ("Soldiers fought guerrillas in the hills of the Philippine province of Eastern Samar.",
     [("Eastern Samar", "PH")]),
    ("Gunmen attacked a checkpoint in Pakistan's Upper Dir district on Sunday.",
     [("Pakistan", "PK"), ("Upper Dir district", "PK")]),
])
def test_a_compass_word_begins_a_longer_name(resolved_places: Places, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert resolved_places(text) == expected


def test_without_a_frame_the_longer_name_is_no_namesake_abroad(resolved_places: Places) -> None:
    assert all(country != "RU" for _, country in resolved_places("Fighting in Western Samar killed four rebels."))


@pytest.mark.parametrize(("text", "name"), [
    ("Police clashed with protesters in East Jerusalem on Friday.", "East Jerusalem"),
    ("Fighting in West Mosul killed four people.", "Mosul"),
])
def test_a_large_towns_part_stays_the_town(resolved_places: Places, text: str, name: str) -> None:
    assert resolved_places(text)[0][0] == name
