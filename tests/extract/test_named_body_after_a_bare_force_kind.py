"""Kind (issue 10, kind 4, source): a lead that credits its figure to a bare force or to officials
("police said", "officials said") and a later sentence of the incident that names the body
("The Zamfara State Police Command said in a statement", "Kupwara district police told
reporters", "The X Counter Terrorism Department said"): the named body is the source. Before, a body's name whose head
is a group noun was split into a role and a name ("Plateau State Police" + "Command"), a named body
with a generic head ("district police") counted as generic, and a capitalised head ("Department")
as no body. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen killed five traders in Maru on Sunday, police said. The Zamfara State Police Command said in a "
     "statement that the attackers came on motorcycles.", "Zamfara State Police Command"),
    ("Gunmen killed seven villagers in Bokkos on Sunday, police said. The Plateau State Police Command said in a "
     "statement that the attackers struck at dawn.", "Plateau State Police Command"),
    ("A bomb killed three soldiers in Dera Ghazi Khan on Monday, officials said. The Punjab Counter Terrorism "
     "Department said in a statement that the device was hidden in a culvert.",
     "Punjab Counter Terrorism Department"),
    ("Militants ambushed a patrol near Kupwara on Tuesday, killing two soldiers, police said. Kupwara district "
     "police told reporters that a search operation was under way.", "Kupwara district police"),
])
def test_the_named_body_is_the_source(text: str, source: str) -> None:
    events = extract_report(Report("body", text, published=dt.date(2025, 3, 11))).events
    assert [e.source for e in events] == [source]


def test_a_role_before_a_persons_name_is_still_a_role() -> None:
    doc = annotate("Police Commissioner Ahmed Musa said the attackers fled.", None)
    (attribution,) = doc._.ew_attributions[0]
    assert (attribution.source, attribution.source_role) == ("Ahmed Musa", "Police Commissioner")
