"""The evaluation gate: scores on the gold sets must stay at or above pinned floors.

The floors (eval_baseline.json) are the scores measured when they were pinned, rounded down;
docs/evaluation.md says which sets are development and which measurement.  The shared sets need
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


def _check(path: Path, floors: dict[str, object]) -> None:
    score = evaluate_gold(str(path)).to_dict()
    assert score["events"]["f1"] >= floors["events"]["f1"], score  # type: ignore[index]
    for field, floor in floors["fields"].items():  # type: ignore[attr-defined]
        assert score["fields"][field] is not None and score["fields"][field] >= floor, (field, score)
    assert score["negatives"]["with_events"] <= floors["max_negatives_with_events"], score


@pytest.mark.shared
@pytest.mark.parametrize("gold_name", SHARED)
def test_eval_gate_scores_stay_above_floors(shared_dir: Path, gold_name: str) -> None:
    _check(shared_dir / "corpus" / gold_name, BASELINE[gold_name])


@pytest.mark.parametrize("gold_name", OWN)
def test_eval_gate_own_measurement_set_stays_above_floors(gold_name: str) -> None:
    _check(HERE / "data" / gold_name, BASELINE[gold_name])
