"""The span of days eventwire accepts as a report's or an incident's date.

The reports eventwire reads are news of the last century or so; a date far outside that is a typo
("9999-12-31" as "no date", year 0 from a broken feed) and not a day anything happened. Dates near
the ends of Python's calendar also break the arithmetic of resolution and consolidation (a week
before 0001-01-01, a month after 9999-12-31), so one range is checked wherever a date enters: a
batch line, ``--published``, a feed entry, the API, a date written in a report's text, and the
store itself.
"""

from __future__ import annotations

from datetime import date

from eventwire.errors import InvalidDateError

EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)


def plausible(day: date) -> bool:
    """Whether ``day`` lies in the span eventwire accepts."""
    return EARLIEST <= day <= LATEST


def check_date(day: date, where: str, what: str = "date") -> date:
    """``day`` itself, or InvalidDateError naming ``where`` and the span accepted."""
    if not plausible(day):
        raise InvalidDateError(f"{where}: {what} {day.isoformat()} is outside {EARLIEST.isoformat()} to "
                               f"{LATEST.isoformat()}, the dates eventwire accepts; correct or leave out the date")
    return day
