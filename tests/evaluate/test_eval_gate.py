"""The evaluation gate: scores on the gold sets must stay at or above pinned floors.

The floors (eval_baseline.json, written by scripts/pin_eval_floors.py) are the scores measured
when they were pinned, rounded down; docs/evaluation.md says which sets are development and
which measurement.  A field holds when as many matched events have it right as when pinned and
its share right is within SHARE_SLACK of the pinned share: one more matched event with a field
wrong lowers the share without anything getting worse, while a field that turns wrong lowers the
count.  The shared sets need
../shared; eventwire's own measurement set (tests/evaluate/data) is always there.
"""

import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_gold

HERE = Path(__file__).parent
BASELINE = json.loads((HERE / "eval_baseline.json").read_text())
OWN = sorted(name for name in BASELINE if (HERE / "data" / name).is_file())
SHARED = sorted(name for name in BASELINE if name not in OWN)

pytestmark = pytest.mark.slow
SHARE_SLACK = 0.05


def _check(path: Path, floors: dict[str, object]) -> None:
    score = evaluate_gold(str(path)).to_dict()
    assert score["events"]["f1"] >= floors["events"]["f1"], score  # type: ignore[index]
    matched = score["events"]["true_positives"]
    right: dict[str, int] = floors["fields_right"]  # type: ignore[assignment]
    for field, floor in floors["fields"].items():  # type: ignore[attr-defined]
        share = score["fields"][field]
        assert share is not None and share >= floor - SHARE_SLACK, (field, score)
        assert round(share * matched) >= right[field], (field, "right", round(share * matched), score)
    assert score["negatives"]["with_events"] <= floors["max_negatives_with_events"], score


@pytest.mark.shared
@pytest.mark.parametrize("gold_name", SHARED)
def test_eval_gate_scores_stay_above_floors(shared_dir: Path, gold_name: str) -> None:
    _check(shared_dir / "corpus" / gold_name, BASELINE[gold_name])


@pytest.mark.parametrize("gold_name", OWN)
def test_eval_gate_own_measurement_set_stays_above_floors(gold_name: str) -> None:
    _check(HERE / "data" / gold_name, BASELINE[gold_name])
