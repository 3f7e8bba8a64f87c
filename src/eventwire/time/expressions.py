"""Time expressions in a sentence, resolved against the report's date.

Weekdays resolve to the most recent such day on or before the report's date ("on
Saturday" in a Sunday report is the day before); "last Saturday" is strictly before.
"last week" keeps week precision, "in August 2018" month precision.  Without a report
date, relative expressions stay unresolved (``date`` None) instead of being guessed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.nlp.lexicons import folded
from eventwire.records import DatePrecision
from eventwire.time.bounds import plausible
from eventwire.time.dateline import MONTHS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})\b", re.I)),
    ("dm", re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}(?!\w)", re.I)),
    ("md", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b(?!,?\s+\d{{4}})", re.I)),
    ("my", re.compile(rf"\b(?:in\s+|since\s+)?(?:early\s+|late\s+|mid-)?{_MONTH}\s+(?P<year>\d{{4}})\b", re.I)),
    ("before_yesterday", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    ("yesterday", re.compile(rf"\byesterday{_PART}\b", re.I)),
    # "the toll from the bombing the previous day", "the attack the day before": the day before the
    # report's, unless the sentence names a day to count back from (extract/units.py).
    ("previous_day", re.compile(r"\bthe\s+(?:previous|preceding)\s+(?:day|night|evening|morning)\b|"
                                r"\bthe\s+(?:day|night)\s+before\b(?!\s+(?:yesterday|last|the|that|an?)\b)", re.I)),
    # "a day earlier", "two days before": counted back like "the previous day" (counts_from_a_day).
    ("days_earlier", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+(?:earlier|before)\b"
                                r"(?!\s+(?:yesterday|the|that|an?|it|they|he|she)\b)", re.I)),
    ("last_night", re.compile(r"\blast\s+night\b", re.I)),
    ("overnight", re.compile(r"\bovernight\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>\w+)\s+days?\s+ago\b", re.I)),
    ("weekday", re.compile(
        rf"\b(?P<prefix>last\s+|this\s+|early\s+(?:on\s+)?|late\s+(?:on\s+)?|on\s+)?"
        rf"(?P<weekday>{'|'.join(WEEKDAYS)})(?:'s)?{_PART}\b", re.I)),
    ("last_week", re.compile(r"\b(?:last|past)\s+week(?:end)?\b", re.I)),
    ("this_week", re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+week\b|\b(?:earlier|later)\s+in\s+the\s+week\b",
                             re.I)),
    # "over the weekend", "at the weekend": one of two days, which the report does not pin (gold-format.md:
    # the date is null then); it still tells that the day of a statement is not the act's.
    ("weekend", re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    # "earlier this month", "earlier in the month": the report's own month, no day in it.
    ("this_month", re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+month\b|\b(?:earlier|later)\s+in\s+the\s+month\b",
                              re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    ("years_ago", re.compile(r"\b(?P<n>\w+)\s+(?:years?|decades?)\s+ago\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|of|the|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?"
                        r"(?P<year>(?:19|20)\d{2})\b"
                        r"(?!\s*(?:people|persons|men|women))", re.I)),
    ("weeks_ago", re.compile(r"\b(?P<n>\w+)\s+weeks?\s+ago\b", re.I)),
    ("months_ago", re.compile(r"\b(?P<n>\w+)\s+months?\s+ago\b", re.I)),
    # A month named alone: only capitalised and after a word that introduces a time, so that
    # "Theresa May", "may march" and "the August assembly" are no months.
    ("month", re.compile(
        r"(?:\b(?P<prefix>(?i:in|during|since|last|this|by|until|through|from|between|of|early|late|mid))"
        r"[\s-]+(?:(?i:early|late|mid)[\s-]+)?|^)"
        r"(?P<month>January|February|March|July|September|October|November|December|Sept?\.|"
        # April, May, June and August are also given names: not before a capitalised word ("June Mwangi").
        r"(?:April|May|June|August)(?!\s+[A-Z]))"
        r"(?:'s)?(?![\w-]|\s+\d)")),
]
# A word of each kind's expression, one of which every match holds (in lower case): a sentence with
# none of them is not searched for the kind, as most sentences name few kinds of time.
_MONTH_WORDS = tuple(MONTHS)
_AGO = ("ago",)
_NEEDED: dict[str, tuple[str, ...]] = {
    "dmy": _MONTH_WORDS, "mdy": _MONTH_WORDS, "dm": _MONTH_WORDS, "md": _MONTH_WORDS, "my": _MONTH_WORDS,
    "before_yesterday": ("yesterday",), "yesterday": ("yesterday",),
    "previous_day": ("day", "night", "evening", "morning"), "days_earlier": ("day",), "last_night": ("night",),
    "overnight": ("overnight",), "today": ("today", "tonight", "this"), "days_ago": _AGO, "weekday": WEEKDAYS,
    "last_week": ("week",), "this_week": ("week",), "weekend": ("weekend",), "last_month": ("month",),
    "this_month": ("month",),
    "last_year": ("year",), "years_ago": _AGO, "year": ("19", "20"), "weeks_ago": _AGO, "months_ago": _AGO,
    "month": _MONTH_WORDS,
}
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression; ``date`` is None when it cannot be resolved."""

    start: int
    end: int
    text: str
    date: date | None
    precision: DatePrecision | None
    since: bool = False


def counts_from_a_day(mention: TimeMention) -> bool:
    """"the previous day", "the day before", "a day earlier", "two days before": a day counted back
    from a day the text names, which is the publication's only when the sentence names none."""
    return days_counted_back(mention) is not None


def days_counted_back(mention: TimeMention) -> int | None:
    """How many days a counted-back expression goes back ("the previous day" 1, "three days
    earlier" 3), or None for any other expression."""
    for kind, pattern in _PATTERNS:
        if kind not in ("previous_day", "days_earlier"):
            continue
        match = pattern.fullmatch(mention.text)
        if match is not None:
            return 1 if kind == "previous_day" else _small_number(match.group("n"))
    return None


_SINCE_BEFORE = re.compile(r"\bsince(?:\s+the)?\s*$", re.I)


def find_time_mentions(text: str, published: date | None, offset: int = 0) -> list[TimeMention]:
    """Time expressions in ``text`` (char offsets shifted by ``offset``), without overlaps."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    lowered = folded(text)
    for kind, pattern in _PATTERNS:
        if not any(word in lowered for word in _NEEDED[kind]):
            continue
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            resolved = _resolve(kind, match, published)
            if resolved is None:
                continue
            when, precision = resolved
            # "since March", "since the Feb. 1 coup": a time a span runs from, no act's day.
            since = _SINCE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) is not None or (
                match.group().lower().startswith("since")
            )
            taken.append((match.start(), match.end()))
            found.append(
                TimeMention(offset + match.start(), offset + match.end(), match.group(), when, precision, since)
            )
    if published is not None and any(m.date == published and any(day in m.text.lower() for day in WEEKDAYS)
                                     for m in found):
        # "Russia attacked Odesa overnight, officials said on Friday" in Friday's report: the night
        # that ended on the weekday the sentence names, as the wires date their morning reports (a
        # dateline's own date in the sentence names no day of the act).
        found = [dataclasses.replace(m, date=published) if m.text.lower() == "overnight" else m for m in found]
    for match in _NEXT_DAY.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        # "on Sunday ..., and a headman was shot the following evening": the day after the day the
        # sentence named before it; with none before it, a day left unresolved.
        anchors = [m for m in found if m.end <= offset + match.start() and m.date is not None and m.precision == "day"]
        anchor = max(anchors, key=lambda m: m.end) if anchors else None
        when = anchor.date + timedelta(days=1) if anchor is not None and anchor.date is not None else None
        found.append(TimeMention(offset + match.start(), offset + match.end(), match.group(), when, "day"))
    found.sort(key=lambda mention: mention.start)
    return found


# A time of day with no day: a clock time ("at about 3 a.m.", "11:40 local time") or a part of the
# day ("shortly before noon", "at dawn", "in the early hours").
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT\b|UTC\b|local\s+time\b)|"
    r"\b\d{1,2}:\d{2}\b|"
    r"\b(?:(?:shortly|just|soon)\s+(?:before|after)|at|around)\s+"
    r"(?:noon|midday|midnight|dawn|dusk|daybreak|sunset|sunrise)\b|"
    r"\bin\s+the\s+(?:early\s+|late\s+)?(?:hours|morning|afternoon|evening)\b(?!\s+of\b)", re.I)


def find_clock_time(text: str, published: date | None, offset: int = 0) -> TimeMention | None:
    """A time of day with no day in ``text`` ("at about 3 a.m.", "shortly before noon"), dated to the
    report's day: a news report that tells an act by its hour alone tells that day's act, as a live
    blog's stamp does.  None without a report date or such a time.  Only for a text that names no
    day of its own (the caller checks), and only where the incident has no day from elsewhere."""
    match = _CLOCK.search(text)
    if match is None or published is None:
        return None
    return TimeMention(offset + match.start(), offset + match.end(), match.group(), published, "day")


# A day named relative to one the sentence gave before it.
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|"
                       r"a\s+day\s+later|the\s+day\s+after)\b(?!\s+(?:tomorrow|that|the)\b)", re.I)


def _resolve(kind: str, match: re.Match[str], published: date | None) -> tuple[date | None, DatePrecision] | None:
    """The day a time expression names, or None when it names none eventwire accepts: "May 0000" is
    no calendar day, "99999999 days ago" runs off the calendar, "1 January 9999" is a typo or a number,
    not when an incident happened (``eventwire.time.bounds``)."""
    try:
        resolved = _resolve_unchecked(kind, match, published)
    except (ValueError, OverflowError):
        return None
    if resolved is not None and resolved[0] is not None and not plausible(resolved[0]):
        return None
    return resolved


def _resolve_unchecked(kind: str, match: re.Match[str], published: date | None
                       ) -> tuple[date | None, DatePrecision] | None:
    groups = match.groupdict()
    if kind in ("dmy", "mdy"):
        try:
            return date(int(groups["year"]), MONTHS[groups["month"].lower()], int(groups["day"])), "day"
        except ValueError:
            return None
    if kind in ("dm", "md"):
        month, day = MONTHS[groups["month"].lower()], int(groups["day"])
        if published is None:
            return None, "day"
        try:
            candidate = date(published.year, month, day)
        except ValueError:
            return None
        if candidate > published + timedelta(days=1):
            try:
                candidate = candidate.replace(year=published.year - 1)
            except ValueError:  # 29 February of a year before a leap year
                return None
        return candidate, "day"
    if kind == "my":
        return date(int(groups["year"]), MONTHS[groups["month"].lower()], 1), "month"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if kind == "weekday":
        if published is None:
            return None, "day"
        target = WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - target) % 7
        prefix = (groups.get("prefix") or "").lower().strip()
        if prefix == "last" and back == 0:
            back = 7
        return published - timedelta(days=back), "day"
    offsets = {"yesterday": 1, "last_night": 1, "overnight": 1, "today": 0, "before_yesterday": 2, "previous_day": 1}
    if kind in offsets:
        return (published - timedelta(days=offsets[kind]) if published else None), "day"
    if kind in ("days_ago", "days_earlier"):
        count = _small_number(groups["n"])
        if count is None:
            return None
        return (published - timedelta(days=count) if published else None), "day"
    if kind == "weekend":
        return None, "week"
    if kind in ("last_week", "this_week"):
        if published is None:
            return None, "week"
        reference = published - timedelta(days=7 if kind == "last_week" else 0)
        return reference - timedelta(days=reference.weekday()), "week"
    if kind == "last_month":
        if published is None:
            return None, "month"
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), "month"
    if kind == "this_month":
        return (published.replace(day=1) if published else None), "month"
    if kind == "month":
        if published is None:
            return None, "month"
        month = MONTHS[groups["month"].lower().rstrip(".")]
        # The latest such month on or before the report; "last June" in June is a year before.
        year = published.year if month < published.month or (
            month == published.month and (groups.get("prefix") or "").lower() != "last") else published.year - 1
        return date(year, month, 1), "month"
    if kind in ("weeks_ago", "months_ago"):
        count = _small_number(groups["n"])
        if count is None:
            return None
        # A month is taken as its mean length, 30.4 days.
        precision: DatePrecision = "week" if kind == "weeks_ago" else "month"
        days = 7 * count if kind == "weeks_ago" else round(30.4 * count)
        return (published - timedelta(days=days) if published else None), precision
    if kind == "last_year":
        return (date(published.year - 1, 1, 1) if published else None), "year"
    if kind == "years_ago":
        count = _small_number(groups["n"]) or (2 if groups["n"].lower() in ("several", "many", "few") else None)
        if count is None:
            return None
        return (date(published.year - count, 1, 1) if published else None), "year"
    return None


def _small_number(word: str) -> int | None:
    return int(word) if word.isdigit() else _SMALL.get(word.lower())
