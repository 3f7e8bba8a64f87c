"""Kind (issue 10, kind 7: stray figures): a month named alone ("In April", "last June", "in
early September"), "two months ago" and "during 2023" are times; a month without a year is the
latest such month on or before the report's date.  Without them, acts told with such times in a
report's background paragraphs had no time at all and became undated incidents."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report
from eventwire.time.expressions import find_time_mentions

PUBLISHED = date(2025, 1, 29)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [("In April, a jet bombed a school.", date(2024, 4, 1), "month"),
     ("Eleven people died in September when gunmen ambushed lorries.", date(2024, 9, 1), "month"),
     ("An assault on a village last June left 100 dead.", date(2024, 6, 1), "month"),
     ("Fighting resumed in early January.", date(2025, 1, 1), "month"),
     ("the clashes of late December", date(2024, 12, 1), "month"),
     ("A similar raid two months ago killed nine.", date(2024, 11, 29), "month"),
     ("Three weeks ago militants stormed the base.", date(2025, 1, 8), "week"),
     ("raids on markets during 2023", date(2023, 1, 1), "year"),
     ("last January's attack", date(2024, 1, 1), "month"),
     ("The war began in late 2014.", date(2014, 1, 1), "year"),
     ("In September JNIM fighters attacked the airport.", date(2024, 9, 1), "month"),
     ("in March Russia launched its offensive", date(2024, 3, 1), "month")],
)
def test_month_names_kind_resolve_to_the_latest_such_month(text: str, expected: date, precision: str) -> None:
    (mention,) = find_time_mentions(text, PUBLISHED)
    assert (mention.date, mention.precision) == (expected, precision)


@pytest.mark.parametrize(
    "text",
    ["Theresa May said the talks went well.", "They may march on the capital.", "The August assembly met.",
     "Protesters will march in the capital.", "a letter from June Mwangi", "the trial of April Kamau"],
)
def test_month_names_kind_a_name_or_verb_is_no_month(text: str) -> None:
    assert find_time_mentions(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    ["Delegates met in Nairobi on Tuesday for talks on the border dispute. In April, air strikes on a market in "
     "Kutum killed 17 people, the monitoring group said.",
     "The rights group released its annual report on Monday. In September, a drone struck a wedding in Shan "
     "state, killing 12 guests, it said.",
     "The minister opened a new hospital in Bunia on Wednesday. Last June, militiamen killed 40 villagers in "
     "Djugu territory, officials said."],
)
def test_month_names_kind_an_act_months_before_the_report_is_background(text: str) -> None:
    assert extract_report(Report("r", text, PUBLISHED)).events == []


def test_month_names_kind_an_act_this_month_with_its_day_is_still_an_incident() -> None:
    text = "Gunmen killed seven farmers in Zurmi on Sunday, police said. In January alone, 40 people were abducted."
    (event,) = [e for e in extract_report(Report("r", text, PUBLISHED)).events if e.fatalities == 7]
    assert event.date == date(2025, 1, 26)


@pytest.mark.parametrize(
    "text",
    ["Jihadist attacks killed more than 1,900 people in Burkina Faso in 2024, the monitoring group said.",
     "The rebels seized the capital in late 2014 and forced the government into exile."],
)
def test_month_names_kind_an_act_in_a_past_calendar_year_is_background(text: str) -> None:
    # Published in January: a past year ends within weeks, but is still no day of a new incident.
    assert extract_report(Report("r", text, date(2025, 1, 10))).events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a bomb hit a truck on Sunday, and a headman was shot the following evening", date(2025, 1, 27)),
     ("Gunmen raided the village on Monday; a day later they returned", date(2025, 1, 28)),
     ("the clashes of 12 January and the ambush the next day", date(2025, 1, 13))],
)
def test_month_names_kind_the_following_day_is_the_day_after_the_one_named_before(text: str,
                                                                                   expected: date) -> None:
    following = [m for m in find_time_mentions(text, PUBLISHED) if m.precision == "day"][-1]
    assert following.date == expected


def test_month_names_kind_the_following_day_without_a_day_before_stays_unresolved() -> None:
    (mention,) = find_time_mentions("Two more bodies were found the following morning.", PUBLISHED)
    assert (mention.date, mention.precision) == (None, "day")
