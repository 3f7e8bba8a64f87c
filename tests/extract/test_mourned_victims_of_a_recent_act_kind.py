"""A commemorative frame ("mourned", "a vigil for", "the funeral of") covers an old act it
retells, but not an act its own clause dates to a recent day: "Families mourned 22 villagers who
were killed on Sunday when militants raided X" reports Sunday's raid (the day hangs on the act's
verb, as it hangs on the act's noun in "a vigil for those killed in Monday's bombing").  An
anniversary of an act years ago stays no incident."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow

WEDNESDAY = date(2024, 6, 12)


def _events(text: str) -> list[tuple[date | None, int | None]]:
    return [(e.date, e.fatalities) for e in extract_report(Report("mourned", text, published=WEDNESDAY)).events]


@pytest.mark.parametrize(("text", "day", "killed"), [
    ("Families in Butembo mourned 22 villagers who were killed on Sunday when ADF militants raided Rutshuru.",
     date(2024, 6, 9), 22),
    ("Relatives mourned six farmers who were shot dead on Monday by gunmen near Bokkos, a local leader said.",
     date(2024, 6, 10), 6),
    ("Mourners gathered in Kharkiv for 11 people who were killed on Tuesday when a missile hit a supermarket.",
     date(2024, 6, 11), 11),
])
def test_a_recent_act_inside_a_mourning_frame_is_an_incident(text: str, day: date, killed: int) -> None:
    assert _events(text) == [(day, killed)]


def test_an_anniversary_of_an_old_act_stays_no_incident() -> None:
    text = "Survivors marked the tenth anniversary of the massacre in Baga, where Boko Haram killed hundreds in 2015."
    assert _events(text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Families in Butembo mourned 22 villagers who were killed on Sunday when ADF militants raided Rutshuru.",
     "Rutshuru"),
    ("Mourners in Peshawar buried eight policemen on Tuesday, a day after gunmen ambushed their patrol near "
     "Bannu.", "Bannu"),
])
def test_where_the_mourners_are_is_not_where_the_act_was(text: str, place: str) -> None:
    events = extract_report(Report("mourned", text, published=WEDNESDAY)).events
    assert [e.locations[0].name for e in events] == [place]


def test_where_the_mourners_are_places_an_act_told_nowhere_else() -> None:
    text = ("Residents of Baidoa mourned nine people who were killed on Sunday when gunmen attacked a hotel "
            "in the town.")
    events = extract_report(Report("mourned", text, published=WEDNESDAY)).events
    assert [e.locations[0].name for e in events] == ["Baidoa"]
