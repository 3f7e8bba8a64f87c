"""Kind (issue 10, kind 2: places): a country's capital named without its name ("the Somali
capital", "Sudan's capital", "the capital of Mali") is that capital city, never the demonym read
as a place ("Somali" is also a region of Ethiopia).  "The provincial capital" is no national
capital.  Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.geo.geocode import geocode

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A suicide bomber struck a market in the Somali capital on Friday.", "Mogadishu", "SO"),
    ("A car bomb exploded in the Afghan capital on Friday.", "Kabul", "AF"),
    ("Drones attacked the Ukrainian capital overnight.", "Kyiv", "UA"),
    ("Heavy shelling hit Sudan's capital on Friday.", "Khartoum", "SD"),
    ("Gunmen attacked a hotel in the capital of Mali on Friday.", "Bamako", "ML"),
])
def test_a_capital_named_by_its_country(text: str, name: str, country: str) -> None:
    chosen = [(m.chosen.name, m.chosen.country) for m in geocode(text) if m.chosen is not None]
    assert chosen[0] == (name, country), chosen


def test_a_provincial_capital_is_no_national_capital() -> None:
    chosen = [m.chosen.name for m in geocode("A bomb exploded in Afghanistan's Helmand provincial capital on Friday.")
              if m.chosen is not None]
    assert "Kabul" not in chosen


@pytest.mark.parametrize("text", [
    "The patrol was hit by a bomb, a source in the Malian army said.",
    "Sudanese troops shelled the outskirts on Friday.",
    "Afghan forces clashed with gunmen on Friday.",
    "The Somali government condemned the attack.",
])
def test_a_demonym_before_a_noun_is_no_place(text: str) -> None:
    assert [m.mention for m in geocode(text)] == []


def test_capital_as_money_is_no_place() -> None:
    assert [m.mention for m in geocode("Chinese capital flows into the mining sector rose in March.")] == []
