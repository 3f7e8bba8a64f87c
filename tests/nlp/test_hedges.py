import pytest

from eventwire.nlp.hedges import find_hedges


def kinds(text: str) -> list[str]:
    return [h.kind for h in find_hedges(text)]


def test_hedges_unverified_forms() -> None:
    assert kinds("The figures could not be independently verified.") == ["unverified"]
    assert kinds("Reuters was unable to verify the claim.") == ["unverified"]
    assert kinds("The toll could not initially be independently confirmed.") == ["unverified"]


def test_hedges_verified_and_reportedly() -> None:
    assert kinds("The videos were independently verified by the agency.") == ["verified"]
    assert kinds("The rebels reportedly fired first.") == ["hedge"]


def test_hedges_nothing_in_plain_sentences() -> None:
    assert kinds("The mayor said two people died.") == []


@pytest.mark.parametrize("text", [
    "Partners were not able to independently verify these figures.",
    "It was not possible to verify the casualty figures.",
    "The agency has not been able to verify the claims.",
    "Reporters were not able to immediately confirm the toll.",
])
def test_hedges_not_able_to_verify_is_unverified(text: str) -> None:
    # Trial 10: "not able to verify" says what "could not be verified" says (sentences written here).
    assert [h.kind for h in find_hedges(text)] == ["unverified"]


def test_hedges_not_possible_to_say_is_no_verification() -> None:
    assert [h.kind for h in find_hedges("It is not possible to say how many died.")] == []


@pytest.mark.parametrize("text", [
    "Our correspondent was able to independently verify the casualty count at the morgue.",
    "Reporters were able to confirm the figures with two hospitals.",
    "The newspaper managed to verify the toll through hospital records.",
])
def test_hedges_able_to_verify_is_verified(text: str) -> None:
    # Sentences written for this test: being able to verify is the positive of "not able to verify".
    assert [h.kind for h in find_hedges(text)] == ["verified"]


def test_hedges_not_able_to_verify_stays_unverified() -> None:
    assert [h.kind for h in find_hedges("The agency was not able to verify the toll.")] == ["unverified"]
