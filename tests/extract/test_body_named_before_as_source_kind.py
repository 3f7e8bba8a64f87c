"""A figure's source told only by a noun for bodies ("the organisation said", "the aid group said",
"the medical charity said") is the body the report named before it ("Amnesty International demanded
an inquiry ..."), as the parser finds organisations (or, finding none, an unlabelled proper name as
a subject: "Médecins Sans Frontières evacuated ..."); an armed group named before still comes first
for "the group" ("Al-Shabaab fighters stormed ... The group said it killed 20 soldiers").  Before,
the bare noun ("organisation", "aid group") was given as the source."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _sources(text: str) -> list[str | None]:
    return [e.source for e in extract_report(Report("body", text, published=date(2024, 2, 13))).events]


@pytest.mark.parametrize(("text", "source"), [
    ("Amnesty International demanded an investigation into a raid on a village near Konna, Mali, in which "
     "soldiers killed 12 men. The organisation said the killings amounted to executions.", "Amnesty International"),
    ("The Norwegian Refugee Council condemned an air strike on a camp near Marib on Sunday. The aid group said "
     "six displaced people were killed.", "Norwegian Refugee Council"),
    ("Human Rights Watch accused the army of shelling a school in Kadugli on Tuesday. The rights group said "
     "four pupils were killed.", "Human Rights Watch"),
    ("Al-Shabaab fighters stormed a military base in Jowhar on Friday. The group said it killed 20 soldiers.",
     "Al-Shabaab"),
    # The parser labels neither name: the subject's proper name, or the acronym of its staff's body.
    ("Médecins Sans Frontières evacuated its staff from Nyala after shelling hit the town on Sunday. The charity "
     "said nine people were killed.", "Médecins Sans Frontières"),
    ("UNHCR staff visited a camp near Goma after a drone strike there on Monday. The agency said five displaced "
     "people were killed.", "UNHCR"),
])
def test_a_body_told_by_a_noun_is_the_one_named_before(text: str, source: str) -> None:
    assert _sources(text) == [source]
