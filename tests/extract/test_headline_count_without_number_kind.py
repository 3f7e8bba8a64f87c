"""A headline's count with no number ("kills four, wounds dozens", "kills several", "Dozens killed
in ...") is shorthand for the number the text gives: the text's figure leads.  In the text itself a
count with no number leads as it stands (gold-format.md: "dozens" is null)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _figures(title: str, text: str) -> list[tuple[int | None, int | None]]:
    report = Report("headline-count", text, title=title, published=date(2025, 10, 14))
    return [(e.fatalities, e.injured) for e in extract_report(report).events]


@pytest.mark.parametrize(("title", "text", "figures"), [
    ("Drone strike on Sumy kills four, wounds dozens",
     "A Russian drone strike on Sumy killed four people and wounded 27 on Monday, the regional governor said.",
     (4, 27)),
    ("Car bomb in Mogadishu kills several",
     "A car bomb exploded outside a hotel in Mogadishu on Monday, killing 11 people and wounding 19, police said.",
     (11, 19)),
    ("Dozens killed in militant attack in Burkina Faso",
     "Jihadist fighters killed 36 civilians in an attack on a village near Djibo on Sunday, a local official said.",
     (36, None)),
    ("Shelling kills one, injures many in Kherson",
     "Russian shelling killed one man and injured 14 people in Kherson on Monday, the governor said.", (1, 14)),
])
def test_the_texts_number_leads_over_a_headlines_count(title: str, text: str,
                                                       figures: tuple[int | None, int | None]) -> None:
    assert _figures(title, text) == [figures]


def test_a_count_without_number_in_the_text_leads_as_it_stands() -> None:
    text = ("Dozens died on Sunday when a truck bomb hit a police compound in Gardez, officials said. A local "
            "elder said he had counted 28 bodies at one clinic.")
    assert _figures("Truck bomb hits police compound", text) == [(None, None)]
