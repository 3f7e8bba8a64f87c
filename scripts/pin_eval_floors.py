"""Pin the evaluation floors (tests/evaluate/eval_baseline.json) at the scores measured now.

Run by a developer after a change that moves a score, never by CI:

    python scripts/pin_eval_floors.py [SHARED_DIR] [--only NAME ...]

``--only``: pin just the named sets (e.g. ``wire2.gold.jsonl``), so that a held-out set is not
scored once more when only development sets moved.

For each set already in the baseline: events F1 rounded down to two decimals; per field the
count of matched events with it right and the share right rounded down; the count of look-alike
reports with events.  A floor only ever records what was measured: lowering one is a decision
to say in the commit message.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from eventwire.evaluate import evaluate_gold

TESTS = Path(__file__).resolve().parent.parent / "tests" / "evaluate"
BASELINE = TESTS / "eval_baseline.json"


def _down(value: float) -> float:
    return math.floor(value * 100 + 1e-9) / 100


def main(shared: Path, only: list[str]) -> None:
    baseline = json.loads(BASELINE.read_text())
    for name in baseline:
        if only and name not in only:
            continue
        path = TESTS / "data" / name
        if not path.is_file():
            path = shared / "corpus" / name
        score = evaluate_gold(str(path)).to_dict()
        matched = score["events"]["true_positives"]
        fields = {k: v for k, v in score["fields"].items() if v is not None}
        baseline[name] = {
            "events": {"f1": _down(score["events"]["f1"])},
            "fields": {k: _down(v) for k, v in fields.items()},
            "fields_right": {k: round(v * matched) for k, v in fields.items()},
            "max_negatives_with_events": score["negatives"]["with_events"],
        }
        print(name, baseline[name])
    BASELINE.write_text(json.dumps(baseline, indent=1) + "\n")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    names = arguments[arguments.index("--only") + 1 :] if "--only" in arguments else []
    positional = arguments[: arguments.index("--only")] if "--only" in arguments else arguments
    main(Path(positional[0]) if positional else Path(__file__).resolve().parent.parent.parent / "shared", names)
