"""End-to-end extraction on short reports written for these tests (invented incidents)."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def test_extract_several_incidents_in_one_paragraph(extract: Extract) -> None:
    text = ("Kharkiv, 5 March 2024 - Russian missiles struck Kharkiv on Monday, killing three people, regional "
            "governor Petro Marchenko said. On Tuesday, a drone attack on Sumy injured five people, local "
            "officials said.")
    result = extract(text)
    assert [(e.date, e.locations[0].name, e.fatalities, e.injured) for e in result.events] == [
        (date(2024, 3, 4), "Kharkiv", 3, None), (date(2024, 3, 5), "Sumy", None, 5)]
    assert result.events[0].source == "Petro Marchenko"
    assert result.events[1].sub_event_type == "Air/drone strike"


def test_extract_history_is_not_an_incident(extract: Extract) -> None:
    text = ("Kherson, 12 June 2024 - Shelling killed two people in Kherson on Tuesday, officials said. "
            "The city was first captured in March 2022 and has been shelled repeatedly since.")
    result = extract(text)
    assert len(result.events) == 1
    assert result.events[0].date == date(2024, 6, 11)


def test_extract_wave_with_one_total_is_one_event(extract: Extract) -> None:
    text = ("Kyiv, 8 July 2024 - Russian missiles hit Dnipro, Lviv and Odesa on Sunday. "
            "At least 20 people were killed, officials in Kyiv said.")
    (event,) = extract(text).events
    assert [loc.name for loc in event.locations] == ["Dnipro", "Lviv", "Odesa"]
    assert event.fatalities == 20
    assert event.claims[0].qualifier == "at least"


def test_extract_claim_provenance(extract: Extract) -> None:
    text = ("Mayor Ihor Bondar said on Telegram that 12 people, including two children, were injured in the "
            "shelling of Kherson on Friday. The figures could not be independently verified.")
    result = extract(text, published=date(2024, 8, 3))
    (event,) = result.events
    (claim,) = event.claims
    assert (claim.kind, claim.value, claim.source, claim.source_role, claim.channel) == (
        "injured", 12, "Ihor Bondar", "Mayor", "Telegram")
    assert [(b.value, b.description) for b in claim.breakdowns] == [(2, "children")]
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    assert event.verified is False
    assert event.date == date(2024, 8, 2)


def test_extract_accident_is_no_event(extract: Extract) -> None:
    text = "A bus crashed on a mountain road near Cusco on Monday, killing 14 passengers, police said."
    assert extract(text, published=date(2024, 1, 10)).events == []


def test_extract_unknown_is_null(extract: Extract) -> None:
    text = "Dozens of people were killed when shelling hit Bakhmut."
    (event,) = extract(text).events
    assert event.fatalities is None
    assert event.date is None
    assert event.source is None
