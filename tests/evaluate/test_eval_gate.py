"""The evaluation gate: scores on the shared gold sets must stay at or above pinned floors."""

import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_gold

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text())

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.mark.parametrize("gold_name", sorted(BASELINE))
def test_eval_gate_scores_stay_above_floors(shared_dir: Path, gold_name: str) -> None:
    floors = BASELINE[gold_name]
    score = evaluate_gold(str(shared_dir / "corpus" / gold_name)).to_dict()
    assert score["events"]["f1"] >= floors["events"]["f1"], score
    for field, floor in floors["fields"].items():
        assert score["fields"][field] is not None and score["fields"][field] >= floor, (field, score)
    assert score["negatives"]["with_events"] <= floors["max_negatives_with_events"], score
