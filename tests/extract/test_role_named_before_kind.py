"""Kind (issue 10, kind 4: source): "the governor added", "the spokesman said", "the colonel said"
over a second incident name the office holder the report named in full over an earlier one
("Kherson regional governor Oleksandr Prokudin said"); a capitalised body ("the Defence
Department") is a source of its own, and another office ("the mayor") is not the governor.  A
place put before an act that a speech verb closes ("In Romny, a drone wounded a woman on Tuesday,
the mayor said") is the act's place, not where the speaker was.  A body named again ("police said") over a second
incident is that body, not a spokesman named over the first.
Reports written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("The toll from a drone strike on a bus in Oleshky on Sunday rose to three, Kherson regional governor Oleksandr "
     "Prokudin said on Tuesday.\n\nOn Monday, artillery fire wounded two road workers in the village of Tiahynka, "
     "the governor added.", "Oleksandr Prokudin"),
    ("Armed men killed four traders near Kaura Namoda on Friday, Zamfara state police spokesman Yazid Abubakar "
     "said.\n\nIn a separate attack on Saturday, bandits shot dead two herders outside Tsafe, the spokesman said.",
     "Yazid Abubakar"),
    ("A roadside bomb killed two soldiers near Mopti on Monday, army spokesman Colonel Souleymane Dembele said.\n\n"
     "On Tuesday, gunmen attacked a checkpoint in Bandiagara, killing one gendarme, the colonel said.",
     "Souleymane Dembele"),
])
def test_an_office_named_again_is_the_holder_named_before(extract: Callable[..., ExtractionResult], text: str,
                                                          source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 2
    assert [event.source for event in events] == [source, source]


@pytest.mark.parametrize(("text", "second"), [
    ("Gunmen ambushed a police patrol near Uruapan on Saturday, killing three officers, the state security "
     "department said.\n\nOn Friday, a roadside bomb killed a soldier near Zitacuaro, the Defence Department said.",
     "Defence Department"),
    ("A missile killed two people in Sumy on Monday, regional governor Ivan Petrenko said.\n\nIn Romny, a drone "
     "wounded a woman on Tuesday, the mayor said.", "mayor"),
    ("Gunmen killed two farmers near Wase on Monday, police spokesman Alabo Danjuma said.\n\nOn Tuesday, a bomb "
     "killed three people at a market in Shendam, police said.", "police"),
])
def test_another_body_or_office_is_not_the_one_named_before(extract: Callable[..., ExtractionResult], text: str,
                                                             second: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 2
    assert events[1].source is not None and second in events[1].source
