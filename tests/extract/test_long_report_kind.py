"""Item 1 of issue 12: a long report is read in sections of bounded size (paragraphs kept whole),
each through the model on its own, and its events merged with spans in the whole text; the model's
own length limit (1,000,000 characters by default) is never what stops a report (invented incidents)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from eventwire.extract import core
from eventwire.extract.core import sections
from eventwire.records import Report

INCIDENT = "Gunmen killed {n} villagers in {town}, Borno State, on Tuesday, police said.\n"
FILLER = ("The market reopened and traders said prices of grain and fuel had risen again this month, "
          "while schools in the district stayed open for the new term.\n")


def test_sections_cover_the_text_in_bounded_spans_cut_at_line_breaks() -> None:
    text = "".join(FILLER for _ in range(40))
    spans = sections(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in pairwise(spans))
    assert all(0 < end - start <= 1000 for start, end in spans)
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])


def test_sections_cut_a_paragraph_without_line_breaks_after_a_sentence() -> None:
    text = FILLER.replace("\n", " ") * 30
    spans = sections(text, 1000)
    assert all(end - start <= 1000 for start, end in spans)
    assert all(text[end - 2 : end] == ". " for _, end in spans[:-1])


def test_sections_cut_a_run_without_spaces_at_the_size() -> None:
    assert sections("x" * 2500, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_sections_leave_a_news_report_whole() -> None:
    assert sections(INCIDENT * 50) == [(0, len(INCIDENT) * 50)]


@pytest.mark.slow
def test_extract_long_report_past_the_model_limit_in_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.nlp.pipeline import load_pipeline

    # The model's limit and the section size scaled down together: a 1.2 MB report against the
    # real 1,000,000-character limit behaves the same, only slower.
    monkeypatch.setattr(load_pipeline(), "max_length", 3_000)
    monkeypatch.setattr(core, "SECTION_CHARS", 2_000, raising=False)  # absent before sections
    towns = ["Gwoza", "Bama", "Dikwa", "Monguno"]
    text = "".join(INCIDENT.format(n=n + 3, town=town) + FILLER * 12 for n, town in enumerate(towns))
    assert len(text) > 3 * 2_000
    result = core.extract_report(Report("long", text))
    assert [(e.locations[0].name, e.fatalities) for e in result.events] == [
        (town, n + 3) for n, town in enumerate(towns)]
    for event in result.events:
        for evidence in [*event.evidence, *(claim.evidence for claim in event.claims)]:
            assert text[evidence.start : evidence.end] == evidence.text
            assert text.find(evidence.sentence) <= evidence.start
