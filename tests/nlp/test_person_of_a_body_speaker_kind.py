"""Kind (issue 10, kind 4, sources): a speaker named with the body they belong to ("Dr Faisal Nur
of Baidoa General Hospital told reporters ...", "Jean Bosco Kambale of the Beni civil society
coordination said ...") is the person before "of"; the body is their role. Before, a title word
inside the body's name ("General Hospital") was read as the person's title, so the source became
"Hospital"; and a described source ("the head of the town's referral hospital said") was not
matched to the named doctor because the town in the description matched another speaker "in the
town". Sentences written for this test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from eventwire.nlp.pipeline import annotate
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "role"), [
    ("Dr Faisal Nur of Baidoa General Hospital said nine of the wounded were in critical condition.",
     "Faisal Nur", "Dr, Baidoa General Hospital"),
    ("Jean Bosco Kambale of the Beni civil society coordination said eight people were killed.",
     "Jean Bosco Kambale", "Beni civil society coordination"),
    ("Colonel Ahmed Ali of the Somali National Army told AFP that eight soldiers were killed.",
     "Ahmed Ali", "Colonel, Somali National Army"),
])
def test_the_person_before_of_is_the_source(text: str, source: str, role: str) -> None:
    doc = annotate(text, dt.date(2025, 7, 15))
    assert [(a.source, a.source_role) for atts in doc._.ew_attributions for a in atts] == [(source, role)]


def test_a_described_hospital_source_is_the_named_doctor(extract: Callable[..., ExtractionResult]) -> None:
    text = ("MOGADISHU, July 15 (Agency) - At least 11 people were killed when a car bomb exploded at a market in the "
            "town of Jowhar on Monday, the head of the town's referral hospital said.\n\nDr Hodan Abdi of Jowhar "
            "General Hospital told reporters that several of the wounded were in critical condition. A police "
            "officer in the town had earlier put the number of dead at nine.")
    events = extract(text, dt.date(2025, 7, 15)).events
    assert [e.source for e in events] == ["Hodan Abdi"]
