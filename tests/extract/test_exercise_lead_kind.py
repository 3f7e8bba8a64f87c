"""Kind (issue 10, kind 8, look-alikes): a report whose lead sets its acts in a military exercise
("in annual drills", "in the climax of the ... exercise", "during war games"), whatever the parse
makes of the sentence, tells practice: its acts that hurt no one are the exercise's, dated or not,
in the lead and in the sentences after it.  An attack that kills during an exercise, and an idiom
("in practice"), stay incidents.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> int:
    return len(extract_report(Report("drill", text, published=dt.date(2024, 6, 7))).events)


@pytest.mark.parametrize("text", [
    "Taiwan's military fired missiles and simulated repelling an amphibious landing on the Penghu islands on "
    "Thursday, in annual drills that rehearse a Chinese invasion.",
    "Polish and NATO troops shelled targets at the Drawsko Pomorskie training ground on Tuesday in the climax of the "
    "Anakonda exercise, the army said.",
    # The acts told after the lead, with a day of their own and no word of the exercise.
    "South Korean and US forces sank a decommissioned frigate off Baengnyeong island on Wednesday in the climax of "
    "joint naval exercises.\n\nMarines fired anti-ship missiles from a launcher in the port town of Yeonpyeong, and "
    "fighter jets bombed the hull until it sank, the defence ministry said.",
    "Indian troops stormed a mock village near Pokhran during war games on Wednesday, with helicopters dropping "
    "paratroopers and tanks firing live rounds, the army said.",
])
def test_acts_set_in_an_exercise_are_no_incident(text: str) -> None:
    assert _events(text) == 0


@pytest.mark.parametrize("text", [
    "Militants ambushed soldiers returning from a training exercise near Menaka on Tuesday, killing five, the army "
    "said.",
    "In practice, the militia shelled the town of Kupiansk again on Tuesday, killing two residents, officials said.",
])
def test_a_deadly_attack_or_an_idiom_stays_an_incident(text: str) -> None:
    assert _events(text) == 1
