"""The report's own date and place, read from its first lines.

Two shapes are common: a wire dateline "Moscow, 31 December 2023 (dpa/MIA) -" and a
date line on its own, "Friday, January 4, 2019".  Wires often leave the year out
("BEIRUT, Oct 7 (Agency) -") or the date altogether ("KYIV, Ukraine (AP) -"): the year is then
the report's published year (the latest such day not after it), and without a published date
the dateline keeps its place and no day, since the year is unknown.  The dateline's day is the
day of the report, not of the incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.time.bounds import plausible

MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY_MONTH_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I)
# "Oct 7", "Sept. 30", "4 June": a day without a year, as wire datelines write it.
_MONTH2 = _MONTH.replace("month", "month2")
MONTH_DAY = re.compile(rf"^\s*(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+{_MONTH2})(?:st|nd|rd|th)?\s*$",
                       re.I)
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_DATE_ONLY_LINE = re.compile(rf"^\s*(?:{_WEEKDAY},?\s+)?(?P<date>.+?)\s*$", re.I)
# "PESHAWAR, March 18:", "Imphal, Aug 12:": South Asian dailies close the same dateline with a colon.
_WIRE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}),\s+(?P<date>[^()\n:]{3,40}?)"
    r"(?:\s*\((?P<agency>[^)\n]{1,40})\))?\s*(?:--|[-–—]|:)\s+"
)
_COUNTRY_THEN_DATE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,30},\s*(?P<date>.+)$")
# A letter of any alphabet ("BOGOTÁ", "ŁÓDŹ"): the capitals a wire writes its place in are checked
# with str.isupper, since re has no class for upper-case letters beyond ASCII.
_L = r"[^\W\d_]"
_CAPS_WORD = rf"{_L}(?:{_L}|['’.-])+"
_WIRE_NO_DATE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,3}})(?:,\s*[A-Za-z .]{{2,30}})?\s*"
    r"(?:\((?P<agency>[^)\n]{1,40})\))?\s*(?:--|[-–—])\s+"
)

# "Kano —", "Gao, Mali —": a place in title case and a dash (no date, no agency).  A
# headline can read the same ("Ukraine – Russia talks resume"), so without ", Country" it counts
# only below the report's first line.
_WIRE_TITLE = re.compile(
    rf"^(?P<place>[A-Z](?:{_L}|['’.-])+(?:[ -][A-Z](?:{_L}|['’.-])+){{0,2}})(?P<country>,\s*[A-Z][A-Za-z .]{{2,30}}?)?"
    r"\s+[—–]\s+(?=[A-Z\"“])"
)
# "QUETTA: Gunmen ...", "LAKKI MARWAT / PESHAWAR: ...": South Asian dailies write the place in
# capitals and a colon (the first place of several is the report's).  Capitalised labels that
# open a text the same way are no places.
_COLON_PLACE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,3}})"
    rf"(?:\s*/\s*{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,3}})*\s*:\s+(?=\S)"
)
_LABELS = frozenset({"breaking", "update", "updated", "exclusive", "watch", "live", "analysis", "opinion", "editorial",
                     "correction", "note", "photos", "video", "factbox", "explainer", "urgent", "flash", "alert",
                     "comment", "interview", "review", "warning", "editor's note"})
# "HEBRON" on a line of its own between the headline and the first paragraph.
_BARE_PLACE = re.compile(rf"^(?P<place>{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,2}})\s*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What the report says of its own date and place, with the span it occupies."""

    date: date | None
    place: str | None
    start: int
    end: int


def parse_date(text: str) -> date | None:
    """A full date written in one of the usual news forms, or None."""
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE):
        match = pattern.search(text)
        if match:
            month_text = match.group("month").lower().rstrip(".")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
            try:
                found = date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                continue
            if plausible(found):  # "9999-12-31" in a dateline is a placeholder, not the report's day
                return found
    return None


def parse_month_day(text: str, published: date | None) -> date | None:
    """A day written without a year ("Oct 7", "4 June"), in the year that makes it the latest
    such day not after ``published`` (a day's grace for time zones); None without ``published``."""
    match = MONTH_DAY.match(text)
    if match is None or published is None:
        return None
    month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
    day = int(match.group("day") or match.group("day2"))
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February of a common year, 31 April
            continue
        if candidate <= published + timedelta(days=1):
            return candidate
    return None


def find_dateline(text: str, search_lines: int = 4, published: date | None = None) -> Dateline | None:
    """The dateline among the first non-empty lines of ``text``, if there is one.

    ``published``: the report's date when known, which gives the year of a dateline written
    without one.
    """
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            seen += 1
            lead = len(line) - len(line.lstrip())
            wire = _WIRE.match(line[lead:])
            if wire and not _is_label(wire.group("place")):
                written = wire.group("date")
                # "COTABATO CITY, Philippines, Feb 10 (Agency) -": the country between the place and the date.
                country_first = _COUNTRY_THEN_DATE.match(written)
                for day_text in (written, country_first.group("date")) if country_first else (written,):
                    found = parse_date(day_text)
                    if found is not None:
                        return Dateline(found, _place_name(wire.group("place")), offset + lead,
                                        offset + lead + wire.end())
                    if MONTH_DAY.match(day_text):
                        return Dateline(parse_month_day(day_text, published), _place_name(wire.group("place")),
                                        offset + lead, offset + lead + wire.end())
            plain = _DATE_ONLY_LINE.match(stripped)
            if plain and len(stripped) <= 40:
                found = parse_date(plain.group("date"))
                if found is not None:
                    start = offset + lead
                    # "March 19, 2024" over "BACOLOD CITY - Two rebels were killed ...": the place the
                    # next line files from in capitals belongs to the same dateline.
                    placed = _capitals_place_after(text[start + len(stripped) :])
                    if placed is not None:
                        place, end = placed
                        return Dateline(found, place, start, start + len(stripped) + end)
                    return Dateline(found, None, start, start + len(stripped))
            capitals = _capitals_place(line[lead:])
            if capitals is not None:
                return Dateline(None, capitals[0], offset + lead, offset + lead + capitals[1])
            title = _WIRE_TITLE.match(line[lead:])
            if title and (title.group("country") or seen > 1):
                return Dateline(None, title.group("place"), offset + lead, offset + lead + title.end())
            bare = _BARE_PLACE.match(stripped)
            # Below the headline, never the headline.
            if bare and bare.group("place").isupper() and len(stripped) <= 30 and seen > 1:
                return Dateline(None, _place_name(bare.group("place")), offset + lead, offset + lead + len(stripped))
            if seen >= search_lines:
                break
        offset += len(line)
    return None


def _capitals_place(line: str) -> tuple[str, int] | None:
    """"KANO - ...", "QUETTA: ...": the place a wire or a daily files from, in capitals before a
    dash or a colon, with where that opening ends in ``line``."""
    upper = _WIRE_NO_DATE.match(line)
    if upper and upper.group("place").isupper() and not _is_label(upper.group("place")):
        return _place_name(upper.group("place")), upper.end()
    colon = _COLON_PLACE.match(line)
    if colon and colon.group("place").isupper() and not _is_label(colon.group("place")):
        return _place_name(colon.group("place")), colon.end()
    # "Thursday, March 27, 2025" over "MOSCOW, March 27 (Agency) - ...": the wire's dateline repeats
    # the day of the date line above it.
    wire = _WIRE.match(line)
    if wire and not _is_label(wire.group("place")) and (
            parse_date(wire.group("date")) is not None or MONTH_DAY.match(wire.group("date"))):
        return _place_name(wire.group("place")), wire.end()
    return None


def _is_label(place: str) -> bool:
    """"BREAKING:", "SYRIA LIVE:", "UKRAINE UPDATE -": a page's label, not the place it files from."""
    return place.lower() in _LABELS or any(word in _LABELS for word in place.lower().split())


def _capitals_place_after(rest: str) -> tuple[str, int] | None:
    """The place in capitals opening the first non-empty line of ``rest``, with where that opening
    ends in ``rest``."""
    body = rest.lstrip()
    placed = _capitals_place(body)
    return (placed[0], len(rest) - len(body) + placed[1]) if placed is not None else None


def _place_name(written: str) -> str:
    """The dateline's place as a name: wires write it in capitals ("GAZA CITY" -> "Gaza City")."""
    return written.title() if written.isupper() else written
