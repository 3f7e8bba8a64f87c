"""The seed report: every figure with its provenance (shared corpus)."""

from pathlib import Path

import pytest

from eventwire.evaluate import read_gold
from eventwire.extract import extract_report

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_seed_figures_carry_source_role_channel_hedges_and_spans(shared_dir: Path) -> None:
    (gold,) = read_gold(str(shared_dir / "corpus" / "seed.gold.jsonl"))
    result = extract_report(gold.report)
    text = gold.report.text
    belgorod = result.events[0]
    telegram = [c for c in belgorod.claims if c.channel == "Telegram"]
    assert {(c.kind, c.value) for c in telegram} == {("killed", 21), ("injured", 110)}
    for claim in telegram:
        assert claim.source == "Vyacheslav Gladkov"
        assert claim.source_role == "Belgorod Governor"
        assert claim.verified is False
    killed = next(c for c in telegram if c.kind == "killed")
    assert [(b.value, b.description) for b in killed.breakdowns] == [(3, "children")]
    injured = next(c for c in telegram if c.kind == "injured")
    assert [(b.value, b.description) for b in injured.breakdowns] == [(30, "seriously")]
    for event in result.events:
        for claim in event.claims:
            assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
            assert claim.evidence.text in claim.evidence.sentence
    at_least = [c for c in belgorod.claims if c.qualifier == "at least"]
    assert at_least and all(c.value == 21 for c in at_least)
    counter = [s for s in belgorod.statements if s.via == "Ukrainska Pravda"]
    assert counter and "military objects" in counter[0].text
