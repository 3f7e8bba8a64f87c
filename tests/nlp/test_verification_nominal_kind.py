"""Kind (issue 10, verification): a report says its figures could not be verified in other words
than a modal verb ("Independent verification of the casualty figures was not possible", "there was
no independent confirmation of the toll", "it was impossible to verify the figures", "the claims
could not be corroborated"): gold-format.md's ``verified`` is false for them. Sentences written for
this test."""

from __future__ import annotations

import pytest

from eventwire.nlp.hedges import find_hedges


@pytest.mark.parametrize("text", [
    "Independent verification of the casualty figures was not possible because of the blackout.",
    "There was no independent confirmation of the toll.",
    "It was impossible to verify the figures given by either side.",
    "The claims could not be corroborated.",
    "Without independent verification, the figures remain the army's own.",
    "Verification of the toll is not possible as journalists are barred from the area.",
])
def test_nominal_statements_that_figures_are_unverified(text: str) -> None:
    assert "unverified" in {hedge.kind for hedge in find_hedges(text)}, text


@pytest.mark.parametrize("text", [
    "The verification of voter lists was possible only in the capital.",
    "The army said it had confirmed the toll with local officials.",
])
def test_other_words_of_verification_say_nothing_against_the_figures(text: str) -> None:
    assert "unverified" not in {hedge.kind for hedge in find_hedges(text)}, text
