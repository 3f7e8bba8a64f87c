from datetime import date

import pytest

from eventwire.time.expressions import find_time_mentions


def resolve(text: str, published: date | None) -> list[tuple[date | None, str | None]]:
    return [(m.date, m.precision) for m in find_time_mentions(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [("on Saturday", date(2023, 12, 31), date(2023, 12, 30)),
     ("early on Saturday", date(2023, 12, 31), date(2023, 12, 30)),
     ("Saturday evening", date(2023, 12, 31), date(2023, 12, 30)),
     ("on Friday", date(2024, 1, 1), date(2023, 12, 29)),
     ("on Sunday", date(2024, 3, 1), date(2024, 2, 25)),
     ("on Monday", date(2024, 3, 4), date(2024, 3, 4)),
     ("last Monday", date(2024, 3, 4), date(2024, 2, 26)),
     ("yesterday", date(2024, 1, 1), date(2023, 12, 31)),
     ("overnight", date(2024, 5, 10), date(2024, 5, 9)),
     ("on 30 December", date(2024, 1, 2), date(2023, 12, 30))],
)
def test_time_relative_days_across_month_and_year(text: str, published: date, expected: date) -> None:
    assert resolve(text, published) == [(expected, "day")]


def test_time_last_week_has_week_precision() -> None:
    assert resolve("last week", date(2019, 1, 24)) == [(date(2019, 1, 14), "week")]


def test_time_month_and_year_precision() -> None:
    assert resolve("in August 2018", date(2019, 1, 1)) == [(date(2018, 8, 1), "month")]
    assert resolve("in 2015", date(2019, 1, 1)) == [(date(2015, 1, 1), "year")]


def test_time_without_report_date_stays_unresolved() -> None:
    assert resolve("on Saturday", None) == [(None, "day")]


def test_time_since_is_flagged() -> None:
    (mention,) = find_time_mentions("shelled since February 2022", date(2024, 1, 1))
    assert mention.since


# "overnight" in a sentence that names the report's own day is the night that ended on it (the
# wires' morning reports); with no day named it is the night before the report (sentences written
# for this test).
@pytest.mark.parametrize(("text", "published", "day"), [
    ("Russian drones hit Zaporizhzhia overnight, the governor said on Tuesday.", date(2025, 5, 6), date(2025, 5, 6)),
    ("Ukraine's air force said on Sunday it had downed 40 drones overnight.", date(2025, 5, 4), date(2025, 5, 4)),
    ("Gang members killed 20 people in an overnight assault on Kenscoff.", date(2025, 3, 15), date(2025, 3, 14)),
    ("Drones struck Kharkiv overnight, officials said on Monday.", date(2025, 5, 6), date(2025, 5, 5)),
])
def test_overnight_is_the_night_ending_on_the_day_named(text: str, published: date, day: date) -> None:
    overnight = [m for m in find_time_mentions(text, published) if m.text.lower() == "overnight"]
    assert [m.date for m in overnight] == [day]
