"""Kind (issue 10, kind 8, look-alikes): killings the report puts down to a private quarrel (a
land dispute, a family feud) while it denies a political cause ("no link to terrorism", "There
is no militant angle", "ruling out any political motive") are ordinary crime, out of scope by
scope-and-types.md, whoever the doers ("four brothers and a cousin", "gunmen").  Militant attacks
the report tells only as background elsewhere do not make them political; an armed group named
in the sentence of the act does.  Before, only a lone attacker or thieves made such a report
crime.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 29)


@pytest.mark.parametrize("text", [
    ("Four men were shot dead in a village near Sargodha on Sunday over a long-running land dispute between two"
     " clans. Police said the killings had no link to terrorism. Punjab has also seen militant attacks on police"
     " posts in its western districts this year."),
    ("Gunmen killed three members of a family in Nyeri county on Friday after a feud over grazing land, police"
     " said, ruling out any political motive."),
    ("Two brothers and their nephew were hacked to death in Gaya district on Tuesday in a dispute over a plot of"
     " land. \"There is no militant angle. It is a family feud,\" the superintendent of police said."),
    # Written by a helper in a user trial: a longer run of words before the quarrel noun, "as a
    # family feud", a verb of quarrelling, and a denied armed group.
    ("Police in Kano said three men shot dead in Gwarzo on Saturday were killed over a long-running family land"
     " dispute, and ruled out any terrorist link."),
    ("Two brothers were hacked to death in a village near Mardan on Monday in what police described as a family"
     " feud over farmland. A police spokesman said there was no militant involvement."),
    ("Gunmen killed four members of one family in Tierralta on Friday. Police said the victims had been"
     " quarrelling with neighbours over a plot of land and that there was no evidence any armed group was"
     " involved."),
])
def test_a_private_quarrel_with_a_denied_political_cause_is_crime(
        extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "killed"), [
    # A clash over land between communities is no private attack: it stays an event.
    ("Herders and farmers clashed over grazing land in Benue on Sunday, killing 12 people, police said.", 12),
    # An armed group named in the act's sentence outweighs the quarrel and the denial.
    ("Militants of the Islamic State shot dead five villagers in Tillaberi on Sunday after a dispute over"
     " cattle, officials said, adding there was no link to the peace talks.", 5),
    # A quarrel given without any denial of a political cause decides nothing by itself.
    ("Gunmen shot dead four farmers in Zurmi on Sunday over a land dispute, police said.", 4),
])
def test_a_quarrel_beside_an_armed_group_or_without_a_denial_stays_an_event(
        extract: Callable[..., ExtractionResult], text: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].fatalities == killed
