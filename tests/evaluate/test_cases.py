"""The field-case checker on cases written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import GoldFormatError
from eventwire.evaluate.cases import check_case, is_case_file, read_cases
from eventwire.evaluate.names import NameMatcher
from eventwire.geo.gazetteer import load_gazetteer

pytestmark = pytest.mark.slow

TEXT = ("Militants ambushed a police patrol near Maiduguri on Tuesday, killing four officers, "
        "a police spokesman said.")


def _write(tmp_path: Path, cases: list[dict[str, object]]) -> str:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(case) for case in cases) + "\n", encoding="utf-8")
    return str(path)


def test_cases_a_right_expectation_passes_and_a_wrong_one_says_why(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "ok", "kind": "k", "published": "2024-05-09", "text": TEXT,
         "expect": {"n_events": 1, "date": "2024-05-07", "fatalities": 4,
                    "locations": [{"name": "Maiduguri", "country": "NG"}], "consolidated_events": 1}},
        {"id": "wrong", "kind": "k", "published": "2024-05-09", "text": TEXT,
         "expect": {"fatalities": 5, "date": "2024-05-06"}},
    ])
    assert is_case_file(path)
    matcher = NameMatcher(load_gazetteer())
    right, wrong = (check_case(case, matcher) for case in read_cases(path))
    assert right.passed, right.failures
    assert not wrong.passed
    assert any(failure.startswith("fatalities: got 4") for failure in wrong.failures)
    assert any(failure.startswith("date: got 2024-05-07") for failure in wrong.failures)


def test_cases_unknown_expectation_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "x", "text": TEXT, "expect": {"colour": "red"}}])
    with pytest.raises(GoldFormatError, match="unknown expectations"):
        read_cases(path)


def test_cases_a_gold_file_is_not_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "r", "text": TEXT, "events": []}) + "\n", encoding="utf-8")
    assert not is_case_file(str(path))
