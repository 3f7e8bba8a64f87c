"""Kind (issue 10, kind 6, splitting): a sentence that lists acts clause by clause, each with its own
subject, act and town ("Russian artillery shelled the outskirts of Nikopol, a drone hit a bus in
Marhanets, and a guided bomb struck a school in Kupiansk") tells one incident per town, with or
without figures, however near the towns lie.  Before, clauses with no figure of their own were
one wave with the first, two towns of one region within 25 km were one place, and a clause whose
act word does not say how ("militants attacked a checkpoint") was no act of its own.  Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 3)


@pytest.mark.parametrize(("text", "places"), [
    ("Officials listed several attacks on Monday. Russian artillery shelled the outskirts of Nikopol, a drone hit"
     " a bus in Marhanets, and a guided bomb struck a school in Kupiansk. No casualties were reported.",
     ["Nikopol", "Marhanets", "Kupiansk"]),
    ("According to the agency, Israeli artillery shelled the outskirts of Kfar Kila on Monday, an air strike"
     " destroyed a house in Bint Jbeil, and white phosphorus shells set fire to olive groves near Naqoura.",
     ["Kfar Kila", "Bint Jbeil", "Naqoura"]),
    ("Police reported a string of attacks on Monday: militants attacked a checkpoint in Bannu, a roadside bomb"
     " killed two soldiers near Tank, and gunmen shot dead a policeman in Lakki Marwat.",
     ["Bannu", "Tank", "Lakki Marwat"]),
])
def test_each_clause_at_its_own_town_is_an_incident(extract: Callable[..., ExtractionResult], text: str,
                                                    places: list[str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == [[place] for place in places], text


@pytest.mark.parametrize("text", [
    # One riot told in two verb phrases of one subject stays one incident.
    "In Kaduna, angry youths set fire to a police post and attacked bank branches in Barnawa on Monday,"
    " officials said.",
    # One town, two clauses: one incident.
    "A drone hit a bus in Marhanets on Monday, and a second drone struck a shop in the same town.",
])
def test_one_place_or_one_crowd_stays_one_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert len(extract(text, PUBLISHED).events) == 1, text
