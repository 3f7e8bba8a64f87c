"""Kind (issue 10, kind 1 and 2): a town the news spells as one of its own GeoNames alternate names
("Lahj" for Lahij, "Hudur" for Xuddur, "Largeau" for Faya-Largeau), and no other place's, is
that town even when the report names no country; a spelling that is only a hamlet's name abroad
is not.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("alt", text, published=dt.date(2024, 6, 5))).events
    return [(event.locations[0].name, event.locations[0].country) for event in events]


@pytest.mark.parametrize(("text", "place"), [
    ("A drone struck a military camp on the outskirts of Lahj on Monday, killing three soldiers, a local official "
     "said.", ("Lahj", "YE")),
    ("Unidentified gunmen shot dead two men at a checkpoint near Shaqlawa on Tuesday, police said.",
     ("Shaqlawa", "IQ")),
    ("Artillery shells hit a market in Saraqeb on Sunday, killing four civilians, rescuers said.", ("Saraqeb", "SY")),
    ("Rebels attacked an army post in Largeau on Friday, killing five soldiers, the army said.", ("Largeau", "TD")),
    ("A roadside bomb killed three policemen on the outskirts of the town of Hudur on Tuesday, officials said.",
     ("Hudur", "SO")),
])
def test_a_town_spelled_as_its_own_alternate_name_is_that_town(text: str, place: tuple[str, str]) -> None:
    assert _events(text) == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen shot dead three police officers in Robe on Tuesday, local officials said.", ("Robe", "ET")),
    ("A drone struck an electricity substation in Radomysl overnight, injuring two workers, the regional "
     "administration said.", ("Radomysl", "UA")),
    ("Taliban fighters attacked a checkpoint in Rostaq on Sunday, killing four guards, a provincial official said.",
     ("Rostaq", "AF")),
])
def test_a_towns_alternate_name_shared_only_with_small_hamlets_abroad_is_that_town(
        text: str, place: tuple[str, str]) -> None:
    # "Robe" is Bale Robe (31,000) in GeoNames, and also an Australian village of 1,100: a hamlet
    # of under a tenth of the town's people does not stand in the way of its name.
    assert _events(text) == [place]


def test_a_hamlets_spelling_abroad_is_no_place() -> None:
    # "Tawila" is, in GeoNames, only an empty Yemeni hamlet's alternate name: the report's own town
    # is missing from the gazetteer, and the hamlet is not taken for it.
    text = "Militiamen shelled a displacement camp in Tawila on Sunday, killing six people, aid workers said."
    assert ("Tawila", "YE") not in _events(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed a driver in La Arenita, Cauca, on Monday, police said.", ("La Arenita", "CO")),
    ("Rebels kidnapped two nurses in El Plateado, Cauca, on Sunday, police said.", ("El Plateado", "CO")),
])
def test_a_two_word_alternate_name_of_a_hamlet_abroad_yields_to_the_region_named(
        text: str, place: tuple[str, str]) -> None:
    # GeoNames gives "La Arenita" and "El Plateado" only as alternate names of Mexican hamlets of
    # a few hundred people; the Colombian department named beside them says which country it is.
    assert _events(text) == [place]
