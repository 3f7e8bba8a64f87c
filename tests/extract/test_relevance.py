from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_gold
from eventwire.extract import ExtractOptions
from eventwire.extract.relevance import relevant
from eventwire.records import Report


def test_relevance_keeps_incidents_and_drops_other_news() -> None:
    assert relevant(Report("a", "A car bomb killed six people in Mosul on Wednesday, police said."))
    assert relevant(Report("b", "Protesters marched through the capital on Sunday."))
    assert not relevant(Report("c", "The home side won 3-1 after a late strike from their captain."))
    assert not relevant(Report("d", "Shares fell sharply on Monday as investors waited for the bank's decision."))


def test_relevance_drops_long_texts_with_a_passing_mention() -> None:
    filler = "The committee discussed the budget, the schools and the new railway line at length. " * 60
    assert not relevant(Report("e", filler + "A bomb exploded in the city years ago."))
    dense = "Shelling hit the town and killed two people; the attack wounded nine. " * 5
    assert relevant(Report("f", filler[:2000] + dense))


@pytest.mark.shared
@pytest.mark.slow
def test_relevance_filter_changes_no_score(shared_dir: Path) -> None:
    for name in ("seed.gold.jsonl", "wikinews.gold.jsonl"):
        path = str(shared_dir / "corpus" / name)
        filtered = evaluate_gold(path).to_dict()
        unfiltered = evaluate_gold(path, options=ExtractOptions(filter_irrelevant=False)).to_dict()
        assert filtered == unfiltered, name


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The Jets beat the Dolphins 24-10 on Sunday.", False),
     ("The aircraft maker posted record profits.", False),
     ("An explosion in a market killed nine people on Tuesday.", True),
     ("Jets bombarded the northern suburbs, killing 14 people.", True),
     ("Gunmen stormed a hotel and killed six guests.", True)],
)
def test_relevance_needs_an_act_beside_a_weapon_word(text: str, expected: bool) -> None:
    assert relevant(Report("v", text)) is expected
