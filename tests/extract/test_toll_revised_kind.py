"""Kind (issue 10, kinds 4 and 7; issue 11, toll updates): a toll revised "from X to Y" ("the toll
rose from 20 to 31", "police lowered the death toll from 35 to 32", "raised the toll of the
bombing to 15", "put the toll from the air strike at 27") gave no figure: "20 to 31" was read as a
range, and a verb of changing the figure had to stand right before the number.  The new figure is
the toll and the old one no claim; who puts, raises or lowers the toll (speech_verbs.json
toll_revising) is the figures' source, not the doer of the act.  A true range ("from 20 to 31
people were killed") stays a range.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(("text", "fatalities", "source"), [
    ("Health officials raised the death toll from Tuesday's bombing in Quetta from 12 to 19.", 19,
     "Health officials"),
    ("The death toll from the missile strike on Kharkiv has risen from 8 to 14, regional governor Oleg "
     "Synegubov said.", 14, "Oleg Synegubov"),
    ("Authorities lowered the number of dead in the Kandahar mosque attack from 47 to 41.", 41, "Authorities"),
    ("The toll in the suicide bombing at a market in Maiduguri rose from 20 to 31, police said.", 31, "police"),
    ("Officials revised the toll of Sunday's shelling of Donetsk down from 25 to 18.", 18, "Officials"),
    ("The number of people killed in the drone strike in Idlib climbed from 6 to 11, the White Helmets said.",
     11, "White Helmets"),
    ("Provincial officials raised the toll of the bombing in Jalalabad to 15 on Monday.", 15,
     "Provincial officials"),
    ("Nigerian police lowered the death toll in the attack on the church in Owo from 50 to 40.", 40,
     "Nigerian police"),
])
def test_revised_toll_is_the_new_figure_from_its_reviser(extract: Extract, text: str, fatalities: int,
                                                         source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.fatalities, event.source) == (fatalities, source), text
    assert event.actor1 is None, text


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Rescuers pulled three more bodies from the rubble in Kramatorsk, bringing the death toll from the strike "
     "on Thursday to 14, officials said.", 14),
    ("Two wounded soldiers died overnight, taking the toll from the ambush near Tillaberi to 12, the army said.", 12),
    ("The prosecutor's office raised the number killed in the shootout in Reynosa to 9 from six.", 9),
    ("Health officials revised the number of people killed in the air strike on Saada to 21 from 14.", 21),
])
def test_toll_brought_to_a_figure_is_the_toll(extract: Extract, text: str, fatalities: int) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.fatalities == fatalities, text


def test_toll_put_at_after_the_act_is_the_figure(extract: Extract) -> None:
    text = "The health ministry put the death toll from the air strike on Khan Younis at 27."
    (event,) = extract(text, PUBLISHED).events
    assert (event.fatalities, event.source, event.actor1) == (27, "health ministry", None)


def test_range_with_from_stays_a_range(extract: Extract) -> None:
    text = "From 20 to 31 people were killed when gunmen attacked a bus near Bamenda, residents said."
    (event,) = extract(text, PUBLISHED).events
    (claim,) = [c for c in event.claims if c.kind == "killed"]
    assert (claim.qualifier, claim.low, claim.high) == ("range", 20, 31)


@pytest.mark.parametrize("text", [
    "A second police officer wounded in the ambush near Cotabato died on Sunday, raising the death toll to three.",
    "Another victim of the shelling of Kherson died in hospital, raising the number of dead to nine.",
])
def test_death_that_raises_the_toll_is_no_source(extract: Extract, text: str) -> None:
    assert all(e.source is None for e in extract(text, PUBLISHED).events), text


@pytest.mark.parametrize("text", [
    "A second police officer wounded in the ambush near Cotabato died on Sunday, raising the death toll to three.",
    "Another victim of the shelling of Kherson died in hospital, raising the number of dead to nine.",
    "A Dutch aid worker who was hurt in the bombing in Peshawar died of his wounds on Wednesday.",
])
def test_who_died_is_no_actor(extract: Extract, text: str) -> None:
    assert all(e.actor1 is None for e in extract(text, PUBLISHED).events), text
