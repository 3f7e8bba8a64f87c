"""Kind (issue 10, kind 2, places): a Romance place name goes on past its lower-case particle
("Agusan del Sur", "Surigao del Norte", "Davao del Sur"): where the gazetteer lacks the whole,
the whole is kept (placed by its frame) and neither its head (a namesake town) nor
its tail (Oman's Sur, Guinea-Bissau's Norte) is read as the place. Names the gazetteer has whole
("Rio Grande do Norte", "Ciudad del Este") are unchanged. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow
Places = Callable[[str], list[tuple[str, str | None]]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers raided a rebel camp in the southern Philippine province of Agusan del Sur on Saturday.",
     [("Agusan del Sur", "PH")]),
    ("Troops clashed with rebels in the Philippine province of Surigao del Norte on Monday.",
     [("Surigao del Norte", "PH")]),
])
def test_the_whole_name_is_kept(resolved_places: Places, text: str, expected: list[tuple[str, str]]) -> None:
    assert resolved_places(text) == expected


@pytest.mark.parametrize("text", [
    "Clashes in Agusan del Sur left three rebels dead.",
    "Troops clashed with rebels in Surigao del Norte.",
])
def test_no_part_of_the_name_is_read_as_a_place(resolved_places: Places, text: str) -> None:
    assert all(country == "PH" for _, country in resolved_places(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen attacked a farm in Rio Grande do Norte state.", "Rio Grande do Norte"),
    ("Police raided a market in Ciudad del Este.", "Ciudad del Este"),
])
def test_names_known_whole_are_unchanged(resolved_places: Places, text: str, name: str) -> None:
    assert resolved_places(text)[0][0] == name
