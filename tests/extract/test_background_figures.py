"""Failure kind 7 of issue 10: background figures are no claims of today's incident.

History ("in a 2013 raid"), period totals ("this year", "since January", "over the past six
months"), earlier incidents ("a similar attack last month") give no claim and start no event;
"no one was hurt" is a figure of 0.  Reports invented for these tests.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult

Extract = Callable[..., ExtractionResult]

BACKGROUND = [
    # (published, report, killed values of the one event)
    ("2023-02-14", "A landmine killed three shepherds near Kidal on Monday, local officials said. Jihadists "
                   "massacred 52 herders in the same district in a 2013 raid.", [3]),
    ("2022-10-03", "Shelling killed two civilians in Mykolaiv on Sunday, the mayor said. More than 150 people "
                   "have been killed in the city by Russian strikes since February.", [2]),
    ("2025-05-21", "Militants ambushed an army convoy near Bannu on Tuesday, killing seven soldiers, the "
                   "military said. So far this year, 240 troops have died in attacks in the province.", [7]),
    ("2024-09-09", "An Israeli air strike on a house in Khan Younis killed six people on Sunday, medics said. "
                   "A similar strike in Nuseirat last month killed 19.", [6]),
    ("2021-06-30", "A car bomb exploded in Afrin on Tuesday, killing three traders, a monitor said. At least 85 "
                   "civilians have died in bombings in the town over the past 12 months, monitors say.", [3]),
    ("2026-01-12", "ISLAMABAD - Gunmen from a banned separatist group shot dead four labourers in Turbat on "
                   "Sunday. In total, more than 600 workers have been killed in the region during the conflict.",
     [4]),
    ("2019-07-02", "Boko Haram fighters attacked Konduga on Monday, killing 11 villagers, the militia said. "
                   "Insurgents killed 65 mourners there at a funeral in July 2017.", [11]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "killed"), BACKGROUND)
def test_background_figure_is_no_claim(extract: Extract, published: str, text: str, killed: list[int]) -> None:
    (event,) = extract(text, published=date.fromisoformat(published)).events
    assert sorted(c.value for c in event.claims if c.kind == "killed" and c.value) == killed


SAME_SENTENCE = [
    ("2024-04-16", "A suicide bomber killed 14 worshippers at a mosque in Peshawar on Monday, police said, "
                   "while 230 people have been killed in attacks in the province this year.", 14),
    ("2023-11-28", "Two rockets killed five people in Kherson on Monday; more than 400 civilians have died "
                   "in the city since it was liberated, officials said.", 5),
    ("2025-05-14", "Russian shelling killed two people in Nikopol on Tuesday; more than 90 have died in the town "
                   "since January.", 2),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "killed"), SAME_SENTENCE)
def test_background_clause_in_the_incident_sentence(extract: Extract, published: str, text: str,
                                                    killed: int) -> None:
    (event,) = extract(text, published=date.fromisoformat(published)).events
    assert [c.value for c in event.claims if c.kind == "killed"] == [killed]
    assert event.fatalities == killed


NONE_HURT = [
    ("No one was hurt in the blast, police said.", 0, 0),
    ("Nobody was injured, the fire service said.", 0, 0),
    ("No one was killed or wounded.", 0, 0),
    ("There were no casualties among the crew.", 0, 0),
    ("No deaths were reported.", 0, None),
    ("There were no injuries, the army said.", None, 0),
]


@pytest.mark.parametrize(("sentence", "killed", "injured"), NONE_HURT)
def test_no_one_hurt_is_zero(sentence: str, killed: int | None, injured: int | None) -> None:
    found = {c.kind: c.value for c in find_casualties(sentence)}
    assert (found.get("killed"), found.get("injured")) == (killed, injured)


@pytest.mark.slow
def test_no_one_hurt_gives_the_event_zero_figures(extract: Extract) -> None:
    text = "A drone crashed into a warehouse in Belgorod on Wednesday night. No one was hurt, the governor said."
    (event,) = extract(text, published=date(2024, 5, 2)).events
    assert (event.fatalities, event.injured) == (0, 0)


RECENT_SPANS = [
    # a span from a recent day, or counted from the incident itself, is today's news
    ("2025-05-14", "Fighting has killed at least 40 civilians in El Fasher since rebels stormed the town on "
                   "Friday, aid workers said.", 40),
    ("2025-05-14", "Clashes between rival militias have raged in Tripoli since Sunday, killing at least 9 "
                   "people, medics said.", 9),
    ("2025-05-14", "A car bomb killed 7 people in Mogadishu on Tuesday, the deadliest attack in the city since "
                   "2022, police said.", 7),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "killed"), RECENT_SPANS)
def test_recent_span_is_no_background(extract: Extract, published: str, text: str, killed: int) -> None:
    (event,) = extract(text, published=date.fromisoformat(published)).events
    assert event.fatalities == killed
