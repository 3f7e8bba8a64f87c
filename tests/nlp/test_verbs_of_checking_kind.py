"""Kind (issue 10, kind 4, the verified field): what a report says of checking its figures was read
from "verify" and "confirm" only, and without a negation: "the claim could not be checked", "could
not be substantiated", "AFP could not authenticate the video" said nothing, while "the toll could
be confirmed by hospital records" and "Reuters can confirm the toll" were read as unverified. The
verbs of checking are WordNet 3.0's verify.v.01, confirm.v.01 (corroborate, substantiate),
check.v.01 and authenticate.v.01; the negation is needed, before the verb or in its subject
("neither side's claims could be verified"). Sentences written for this test; before the change
7 of the 9 were read wrong."""

from __future__ import annotations

import pytest

from eventwire.nlp.hedges import find_hedges


@pytest.mark.parametrize(("text", "kinds"), [
    ("The claim could not be checked.", ["unverified"]),
    ("The figures could not be independently checked.", ["unverified"]),
    ("The claims could not be substantiated.", ["unverified"]),
    ("AFP could not authenticate the video.", ["unverified"]),
    ("It was not possible to check the figures.", ["unverified"]),
    ("Neither side's claims could be independently verified.", ["unverified"]),
    ("None of the figures can be confirmed.", ["unverified"]),
    ("The toll could be confirmed by hospital records.", []),
    ("Reuters can confirm the toll.", []),
])
def test_what_the_report_says_of_checking(text: str, kinds: list[str]) -> None:
    assert [h.kind for h in find_hedges(text) if h.kind in ("unverified", "verified")] == kinds
