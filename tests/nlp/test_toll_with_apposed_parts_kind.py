"""Kind (issue 10, kind 7, figures): a toll followed by the list of its parts set off by commas or
dashes ("Twelve people, eight civilians and four police officers, were killed", "killing 11
people, six police officers and five civilians") is the first figure, with the list as its
breakdown. Before, the list was read as a coordination and summed with the toll (12 + 8 + 4 = 24), and the parse's count
of conjoined victims could add it again (a hyphenated number, "Thirty-four", was read as its last
word). Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.nlp.pipeline import annotate


def _killed(text: str) -> list[tuple[int | None, list[int]]]:
    doc = annotate(text, dt.date(2025, 3, 12))
    return [(c.value, [b.value for b in c.breakdowns]) for sentence in doc._.ew_casualties for c in sentence
            if c.kind == "killed"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "value", "parts"), [
    ("Twelve people, eight civilians and four police officers, were killed when gunmen attacked a checkpoint in "
     "Bannu on Monday, police said.", 12, [8, 4]),
    ("Gunmen attacked a checkpoint in Bannu on Monday, killing 11 people, six police officers and five civilians, "
     "police said.", 11, [6, 5]),
    ("Seven people, three soldiers, two policemen and two militants, died when insurgents stormed a post on "
     "Monday, the army said.", 7, [3, 2, 2]),
])

def test_a_toll_with_its_parts_apposed_is_not_summed(text: str, value: int, parts: list[int]) -> None:
    assert _killed(text) == [(value, parts)]


@pytest.mark.slow
def test_a_coordinated_toll_is_still_summed() -> None:
    assert _killed("The clash left three officers and five attackers dead on Monday.") == [(8, [3, 5])]



@pytest.mark.slow
@pytest.mark.parametrize(("text", "value"), [
    # The parts' nouns run long, so only the parse counts them: its conjuncts are the parts.
    ("19 people, 12 villagers and seven members of a local self-defence militia, died when bandits raided "
     "the village on Monday.", 19),
    ("Thirty-four people, 20 farmers and 14 members of a hunters' association, died when gunmen attacked the "
     "village on Monday.", 34),
    ("Thirty-one soldiers were killed in the ambush.", 31),
])
def test_the_parse_does_not_add_apposed_parts_to_the_toll(text: str, value: int) -> None:
    assert [v for v, _ in _killed(text)] == [value]
