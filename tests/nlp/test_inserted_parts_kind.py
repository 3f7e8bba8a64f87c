"""Kind (issue 10, kind 1: clear incidents give no event): a part of the counted set inserted
between the figure and its kind word ("23 villagers, most of them women, were killed")
hides the kind word from the figure.  Commas, dashes and brackets; "including", "among them"
and "<quantifier> of them".  Sentences written for this test."""

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "kind", "value", "qualifier"), [
    ("At least 23 villagers, most of them women, were killed in the raid.", "killed", 23, "at least"),
    ("Some 40 people, many of them students, were wounded when police opened fire.", "injured", 40, "about"),
    ("Eleven soldiers - all of them conscripts - died in the ambush.", "killed", 11, "exact"),
    ("Nine fishermen — among them two teenagers — were abducted off the coast.", "abducted", 9, "exact"),
    ("Six policemen (two of them officers) were killed at the checkpoint.", "killed", 6, "exact"),
    ("More than 30 worshippers, several of whom were children, were injured.", "injured", 30, "more than"),
])
def test_the_figure_reads_past_an_inserted_part(text: str, kind: str, value: int, qualifier: str) -> None:
    first = find_casualties(text)[0]
    assert (first.kind, first.value, first.qualifier) == (kind, value, qualifier)


def test_the_inserted_part_is_a_breakdown_not_a_toll() -> None:
    mentions = find_casualties("Six policemen (two of them officers) were killed at the checkpoint.")
    assert len(mentions) == 1
    assert [(b.value, b.description) for b in mentions[0].breakdowns] == [(2, "officers")]


@pytest.mark.parametrize(("text", "value"), [
    ("Two Hezbollah fighters were killed in the strike.", 2),
    ("Five al-Shabaab militants died in the raid.", 5),
    ("Twelve Kyiv residents were wounded overnight.", 12),
    ("Four Wagner mercenaries were killed near the mine.", 4),
])
def test_a_name_before_the_counted_noun_keeps_the_figure(text: str, value: int) -> None:
    assert find_casualties(text)[0].value == value
