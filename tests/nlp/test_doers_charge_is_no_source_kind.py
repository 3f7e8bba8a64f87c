"""A participle of accusing or blaming that hangs on the act ("Rebels executed five villagers,
accusing them of spying") is the doers' charge against their victims, not the source of the
figures: the report's own attribution ("a local official told AFP") is.  One that hangs on a verb
of saying ("the army said, accusing them of being militants") stays the speaker's."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _sources(text: str) -> list[str | None]:
    return [e.source for e in extract_report(Report("charge", text, published=date(2025, 8, 12))).events]


@pytest.mark.parametrize(("text", "source"), [
    ("Rebels executed five villagers near Beni on Monday, accusing them of spying, a local official told AFP.",
     "local official"),
    ("Jihadists killed four men in Menaka on Monday, accusing them of informing for the army, residents said.",
     "residents"),
    ("Militants shot dead three tribal elders in North Waziristan on Monday, blaming them for helping the "
     "police, officials said.", "officials"),
    ("Troops killed three civilians in Mopti on Monday, the army said, accusing them of being militants.",
     "army"),
])
def test_the_doers_charge_is_no_source(text: str, source: str) -> None:
    assert _sources(text) == [source]
