"""The common name a report gives its incident in a heading ("2019 Strelsau attack: ...").

Follow-ups days after an incident (a wounded victim dies, the toll is revised, the perpetrator is
found) often give no date the extractor can resolve, but they carry the name the press gave the
incident, as a heading of the text or the title: "2021 Valdoria bombings:", "March 2022
Zenda bombing:", "Riverton hospital airstrike:" (invented names). Two reports carrying one name
are about one incident (docs/consolidation.md). A name is a place-like capitalised word or three, optionally a
lower-case word for the target ("hotel", "airport"), and an incident noun, after an optional month
and year; wider headings ("War in Ruritania (2010–present):", "Aftermath of the 2021 Valdoria
bombings:") and a country's series ("2020 Ruritania attacks:") are no name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.nlp.lexicons import alternation, word_list

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_HEADING_SPLIT = re.compile(r":\s+")
MAX_HEADINGS = 3
MAX_HEADING_CHARS = 80
HEAD_CHARS = 400  # how much of a report's text can hold its headings


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    """A common name: an optional month and year, one to three capitalised words (the place), at most
    one lower-case modifier and an incident noun (data/lexicons/act_nouns.json, "incident_names")."""
    nouns = alternation(word_list("act_nouns.json", "incident_names"))
    return re.compile(
        rf"(?:(?:{_MONTHS})\s+)?(?:(?P<year>\d{{4}})\s+)?"
        rf"(?P<name>(?P<place>(?:[A-Z][\w'’.-]*\s+){{1,3}})(?:[a-z]+\s+)?(?:{nouns}))"
    )


def incident_name(head: str | None, title: str | None = None) -> str | None:
    """The normalised common name of the incident ("2018 strasbourg attack"), or None: from the
    title or one of the leading headings of the text (segments before ": ")."""
    for text in (title, head):
        if not text:
            continue
        segments = _HEADING_SPLIT.split(text.strip().splitlines()[0] if text.strip() else "", maxsplit=MAX_HEADINGS)
        for segment in segments[:-1] if len(segments) > 1 else ():
            match = _name_pattern().fullmatch(segment.strip()) if len(segment) <= MAX_HEADING_CHARS else None
            if match and not _is_country(match.group("place").strip()):
                return normalised(match.group("name"), match.group("year"))
    return None


def heading_name_span(text: str) -> tuple[int, int] | None:
    """Where in ``text`` a leading heading gives the incident's common name ("2018 Strasbourg
    attack" of "2018 Strasbourg attack: A wounded man dies"), as character offsets, or None."""
    line = text.split("\n", 1)[0]
    position = 0
    for _ in range(MAX_HEADINGS):
        split = _HEADING_SPLIT.search(line, position)
        if split is None:
            return None
        segment = line[position : split.start()]
        stripped = segment.strip()
        match = _name_pattern().fullmatch(stripped) if len(segment) <= MAX_HEADING_CHARS else None
        if match and not _is_country(match.group("place").strip()):
            start = position + segment.index(stripped)
            return start, start + len(stripped)
        position = split.end()
    return None


def _is_country(place: str) -> bool:
    """A country's name ("2020 Ruritania attacks") names a series of incidents, not one."""
    import pycountry

    try:
        pycountry.countries.lookup(place)
    except LookupError:
        return False
    return True


def normalised(name: str, year: str | None) -> str:
    words = name.lower().replace("air strike", "airstrike").split()
    words[-1] = words[-1].removesuffix("s") if words[-1] != "crisis" else words[-1]
    return " ".join(([year] if year else []) + words)


def name_core(name: str) -> str:
    """The name without its year, for a substring test on the stored text ("strasbourg attack")."""
    return " ".join(word for word in name.split() if not word.isdigit())


def different_years(one: str | None, other: str | None) -> bool:
    """One name given to two incidents of different years ("2021 Valdoria bombings", "2022 ...")."""
    if not one or not other or name_core(one) != name_core(other):
        return False
    first, second = one.split()[0], other.split()[0]
    return first.isdigit() and second.isdigit() and first != second


def same_name(one: str | None, other: str | None) -> bool:
    """One name, the year only compared when both give it."""
    if not one or not other or name_core(one) != name_core(other):
        return False
    first, second = one.split()[0], other.split()[0]
    return not (first.isdigit() and second.isdigit() and first != second)
