"""Kind (issue 10 kind 4, source): an office holder stands for the unnamed official who gave the
figures ("a local official said" ... "The district commissioner, X, told reporters ...") only when
telling the incident; one who gives a view, in a direct quote or a demand ('"We condemn this
barbaric attack," said Governor X', "Senator X said the killings must stop"), is no source of the
figures. Sentences written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("Militants killed six soldiers in an ambush near Beledweyne on Friday, a military official said. \"We condemn "
     "this cowardly attack,\" said regional president Ahmed Ali Farah.", "military official"),
    ("Bandits killed 14 farmers near Gusau on Sunday, a local official said. Senator Bello Musa said the killings "
     "must stop.", "local official"),
    ("Gunmen killed nine villagers near Bokkos on Monday, a police officer said. \"Those behind this will not go "
     "unpunished,\" Governor Caleb Mutfwang said.", "police officer"),
])
def test_an_office_holder_giving_a_view_is_no_source(text: str, source: str) -> None:
    events = extract_report(Report("view", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert events[0].source == source
