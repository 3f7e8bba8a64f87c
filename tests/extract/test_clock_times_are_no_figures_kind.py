"""Kind (issue 10, kind 4: source): a sentence after the figures that tells how the act went and
names who said so ("The bomb went off at about 8 a.m., said police spokesman X") attributes the
figures before it; a clock time, a year or a distance in it is no figure of its own, so it no
longer blocks that.  Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report


@pytest.mark.parametrize(
    ("text", "source"),
    [("A roadside bomb killed three rangers in Yala on Sunday. The bomb went off as the patrol passed at about "
      "8 a.m., said police spokesman Anan Srisuk.", "Anan Srisuk"),
     ("A car bomb killed nine people outside a hotel in Mogadishu on Friday. The vehicle blew up at 20:30 near the "
      "gate, police officer Hodan Ali said.", "Hodan Ali"),
     ("Gunmen killed four farmers near Jos on Monday. The attackers came from a forest about 15 km away, said "
      "Alabo Alfred, the state police spokesman.", "Alabo Alfred"),
     # Was a case of tests/nlp/test_attribution_frames.py (no source): a clock time counts nothing.
     ("A roadside bomb killed six policemen in Diyala on Wednesday. Officials said the patrol had left its base at "
      "7 am.", "Officials")],
)
def test_a_time_or_distance_does_not_keep_the_next_sentence_from_naming_the_source(text: str, source: str) -> None:
    (event,) = extract_report(Report("r", text, date(2025, 3, 12))).events
    assert event.source == source


def test_a_sentence_with_a_figure_of_its_own_still_speaks_of_that() -> None:
    text = ("A bomb killed six people in Kabul on Monday. Two of the dead were children, said Dr Ahmad Zia, a "
            "hospital doctor.")
    (event,) = extract_report(Report("r", text, date(2025, 3, 12))).events
    assert event.source is None
