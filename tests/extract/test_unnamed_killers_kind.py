"""People killed in a way that names the weapon or the hand ("were shot dead", "were gunned down"),
told in the passive with no doer, no political side and no armed victims, are no incident: by
scope-and-types.md, killing without a political actor or motive is ordinary crime.  (A rule that
coded such killings as an unidentified armed group's attack gained no event on any gold set and
gave a held-out look-alike an event; docs/evaluation.md.)  The same words with an armed doer after
"by", armed victims or a political victim are an incident."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list:
    return extract_report(Report("unnamed-killers", text, published=date(2025, 9, 8))).events


@pytest.mark.parametrize("text", [
    "Six people were shot dead on Sunday in Hama, a local rights group said.",
    "Four students were stabbed to death in Makurdi on Friday, according to the state police command.",
    "Three people were stabbed to death by a neighbour in Wajir on Friday, police said.",
    "Two hunters were accidentally shot dead in a forest near Kisumu on Saturday, police said.",
])
def test_no_doer_and_no_political_side_is_no_incident(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "event_type"), [
    ("Five soldiers were shot dead at a checkpoint near Dori on Sunday, a security source said.", "Battles"),
    ("Three traders were shot dead by bandits in Sokoto state on Saturday, police said.",
     "Violence against civilians"),
    ("Two journalists were gunned down near Mopti on Sunday, local officials said.",
     "Violence against civilians"),
])
def test_an_armed_doer_armed_victims_or_a_political_victim_make_an_incident(text: str, event_type: str) -> None:
    assert [e.event_type for e in _events(text)] == [event_type]
