"""Every case of ../shared/corpus/field-cases.jsonl passes (each is one instance of a failure kind
that users of event coders, geoparsers and date parsers have reported; the kinds have their own
test modules with sentences written for them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.cases import check_case, read_cases
from eventwire.evaluate.names import NameMatcher
from eventwire.geo.gazetteer import load_gazetteer

pytestmark = [pytest.mark.shared, pytest.mark.slow]

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "field-cases.jsonl"


def _case_ids() -> list[str]:
    if not CASES.is_file():
        return ["field-cases.jsonl absent"]
    return [json.loads(line)["id"] for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case_id", _case_ids())
def test_field_case_passes(shared_dir: Path, case_id: str) -> None:
    cases = {case.id: case for case in read_cases(str(shared_dir / "corpus" / "field-cases.jsonl"))}
    result = check_case(cases[case_id], NameMatcher(load_gazetteer()))
    assert result.passed, f"{case_id} ({result.kind}): " + "; ".join(result.failures)
