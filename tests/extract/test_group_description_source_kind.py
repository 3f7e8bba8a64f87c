"""A figure's source told only as "the group", "the rebel group", "the ethnic armed group" or "the
movement" is the armed group the report named before it ("JNIM ...  The group said ...": JNIM),
as gold-format.md asks the source as named.  A rights or monitoring group keeps its own name, and
a description with no armed word ("the rights group") is none."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _sources(text: str) -> list[str | None]:
    return [e.source for e in extract_report(Report("group-source", text, published=date(2025, 11, 3))).events]


@pytest.mark.parametrize(("text", "source"), [
    ("Al-Shabaab fighters attacked an army base near Jowhar on Sunday, killing nine soldiers, the group said.",
     "Al-Shabaab"),
    ("JNIM claimed an ambush near Dori on Saturday. The group said in a statement that its fighters killed "
     "20 soldiers.", "JNIM"),
    ("The Houthis fired a missile at a ship off Hodeidah on Sunday, wounding three crew members, the movement "
     "said.", "Houthis"),
    ("M23 rebels shelled the outskirts of Sake on Sunday, killing four civilians, the rebel group said in a "
     "statement.", "M23"),
    ("Fighters of the Kachin Independence Army overran an army outpost near Bhamo on Friday, killing eight "
     "soldiers, the ethnic armed group said.", "Kachin Independence Army"),
])
def test_group_description_is_the_group_named_before(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(("text", "source"), [
    ("Al-Shabaab fighters attacked a village near Jowhar on Sunday, killing nine civilians, the rights group "
     "Amnesty International said.", "Amnesty International"),
    ("Rebels attacked a camp near Bunia on Sunday, killing 14 people, the monitoring group Kivu Security "
     "Tracker said.", "Kivu Security Tracker"),
])
def test_a_named_group_of_another_kind_stays(text: str, source: str) -> None:
    assert _sources(text) == [source]
