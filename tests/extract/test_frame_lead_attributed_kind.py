"""Kind (issue 10, kind 8, look-alikes): a verdict or commemoration lead that ends in its
attribution ("A court in Abuja on Tuesday convicted five men over a church bombing in Jos in
2019, prosecutors said.") is a frame lead as much as one without it. The parse makes the speech
verb the root and the verdict its reported clause; before, only the root and its arguments were
read, so the report's later retold toll ("The attack killed 12 worshippers ...") became an event
wherever a later sentence placed it. A new act told as a sequel stays. Sentences written for this
test (extract/scope.frame_lead)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 12)


@pytest.mark.parametrize("text", [
    "A court in Abuja on Tuesday convicted five men over a church bombing in Jos in 2019, prosecutors said.\n\n"
    "The prosecution said the men had driven the bomber to the church. The attack killed 12 worshippers and"
    " wounded more than 30. The bombing shattered months of calm in Jos.",
    "Karachi's anti-terrorism court sentenced a militant to death on Tuesday for a raid on a police station in"
    " 2018, a court official told reporters.\n\nThe official said the man had confessed. The assault on the"
    " station in Karachi's Lyari district killed four policemen.",
    "A military tribunal in Bamako on Monday jailed two officers for life for their part in a massacre of"
    " villagers in March 2022, the army said.\n\nJudges said the officers had ordered the shooting. The killings"
    " in Moura left more than 300 people dead, according to the United Nations.",
])
def test_an_attributed_verdict_lead_retells_the_old_attack(extract: Callable[..., ExtractionResult],
                                                          text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events == [], [(e.locations[0].name if e.locations else None, e.fatalities) for e in events]


def test_a_sequel_after_an_attributed_verdict_lead_stays(extract: Callable[..., ExtractionResult]) -> None:
    text = ("A court in Kano on Tuesday convicted five men over a church bombing in Jos in 2019, prosecutors said."
            " Hours later, gunmen killed three villagers in Bokkos, police said.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.date) for e in events] == [("Bokkos", 3, date(2025, 2, 11))]
