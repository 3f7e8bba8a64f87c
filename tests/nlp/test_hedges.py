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
