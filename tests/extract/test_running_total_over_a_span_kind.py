"""Kind (issue 10 kind 7, stray figures): a running total over a span is no incident and no toll
of the report's incident. "N have been killed since <an act that began weeks back>" counts over
the span whatever act the since-clause names (a span from a day at most two weeks back is still
today's news, and a since-clause naming only this act counts from it); a figure told in the
perfect with no act, place or day of its own right after a sentence of background that names a
span ("... since the coup. More than 300 people have died.") is that span's total. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published"), [
    ("More than 40 civilians have been killed in Kharkiv since the offensive began on May 10, officials say.",
     dt.date(2024, 6, 12)),
    ("Twenty-three people have been killed in Kidal since fighting broke out on June 3, local officials said.",
     dt.date(2024, 6, 20)),
    ("Some 80 people have died in Culiacan since rival factions of the cartel started fighting on September 9, "
     "state prosecutors said.", dt.date(2024, 10, 15)),
])
def test_a_total_since_an_act_weeks_back_is_no_incident(text: str, published: dt.date) -> None:
    assert extract_report(Report("since", text, published=published)).events == []


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Eleven people have been killed since clashes erupted in Tripoli on Sunday, the health ministry said.", 11),
    ("Six people have been killed in Kharkiv since the strikes began on Sunday, officials say.", 6),
])
def test_a_total_since_a_day_days_back_is_todays_news(text: str, fatalities: int) -> None:
    events = extract_report(Report("days", text, published=dt.date(2024, 6, 11))).events
    assert len(events) == 1
    assert events[0].fatalities == fatalities
    assert events[0].date == dt.date(2024, 6, 9)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("On Monday, gunmen fired at a bus near Kidal, wounding a driver, the army said.\n\nNorthern Mali has been in "
     "turmoil since the coup. More than 300 people have died.", None, 1),
    ("A drone hit a clinic in Kupiansk on Tuesday, wounding two nurses, officials said.\n\nThe town has been shelled "
     "almost daily since last autumn. Dozens of civilians have been killed and 140 have been wounded.", None, 2),
    ("Militants ambushed a convoy near Wana on Sunday, wounding five soldiers, the army said.\n\nThe region has seen "
     "a surge of attacks over the past year. At least 90 soldiers have been killed.", None, 5),
])
def test_a_figure_in_the_perfect_after_a_span_is_the_spans_total(text: str, fatalities: int | None,
                                                                 injured: int) -> None:
    events = extract_report(Report("after", text, published=dt.date(2024, 6, 11))).events
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injured) == (fatalities, injured)


def test_a_toll_update_after_the_act_still_counts() -> None:
    text = ("A car bomb exploded outside a police station in Quetta on Monday, wounding 12 people, police said. "
            "Two of the wounded have since died in hospital.")
    events = extract_report(Report("update", text, published=dt.date(2024, 6, 11))).events
    assert len(events) == 1
    assert events[0].fatalities == 2


@pytest.mark.parametrize(("text", "published", "day", "fatalities"), [
    # the statement's own day after the span's recent start: still today's news, dated the start
    ("Fighting between the army and rebels has killed 57 people in Sake since clashes erupted on Sunday, a "
     "hospital director said on Wednesday.", dt.date(2024, 6, 12), dt.date(2024, 6, 9), 57),
    ("Eighteen people have been killed in Las Anod since clashes broke out on Monday between clan militias and "
     "regional forces, a doctor said on Thursday.", dt.date(2024, 2, 8), dt.date(2024, 2, 5), 18),
    ("Nine people have died in Tripoli since fighting erupted on Saturday night, the health ministry said on "
     "Monday.", dt.date(2024, 6, 10), dt.date(2024, 6, 8), 9),
])
def test_a_recent_span_told_with_a_statement_day_is_todays_news(text: str, published: dt.date, day: dt.date,
                                                                 fatalities: int) -> None:
    events = extract_report(Report("statement", text, published=published)).events
    assert len(events) == 1
    assert (events[0].date, events[0].fatalities) == (day, fatalities)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("A roadside bomb wounded 17 people at a market in Mogadishu on Monday, police said. Five of them have since "
     "died.", 5, 17),
    ("Gunmen opened fire on a bus near Quetta on Monday, wounding eight passengers, officials said. Three of the "
     "injured passengers have since died.", 3, 8),
    ("Shelling wounded six civilians in Kherson on Monday, the governor said. Two of the wounded have since died in "
     "hospital.", 2, 6),
])
def test_since_as_an_adverb_of_the_dying_names_no_span(text: str, fatalities: int, injured: int) -> None:
    events = extract_report(Report("adverb", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injured) == (fatalities, injured)
