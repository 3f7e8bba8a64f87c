"""Numbers written in words or figures, with their character spans.

"twenty-one", "a dozen", "1,200", "two hundred and five" are numbers; "dozens",
"hundreds", "several" are vague quantities: they are found, but carry no value, so
nothing downstream can turn them into a figure the report never gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = (
    "dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands",
    "millions", "several", "many", "numerous", "a number of", "a few", "few", "some",
    "multiple", "countless",
)

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen", "a", "an", "and"], key=len, reverse=True))
_WORD_NUMBER = re.compile(
    rf"\b(?:{_WORD})(?:(?:[\s-]+)(?:{_WORD}))*\b", re.IGNORECASE
)
_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)|(?<![\w.,])\d+(?![\w]|[.,]\d)")
_VAGUE = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number or vague quantity in a text; ``value`` is None for vague ones."""

    start: int
    end: int
    text: str
    value: int | None

    @property
    def vague(self) -> bool:
        return self.value is None


def words_to_number(phrase: str) -> int | None:
    """Value of a number written in words, or None if the phrase is not one.

    >>> words_to_number("twenty-one")
    21
    >>> words_to_number("a dozen")
    12
    """
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w != "and"]
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]] if len(words) > 1 else []
    if not words or any(w in ("a", "an") for w in words):
        return None
    total = 0
    current = 0
    seen_number = False
    for word in words:
        if word == "no":
            return 0 if len(words) == 1 else None
        if word in UNITS:
            if current % 10 != 0 and current != 0 and current < 20:
                return None
            current += UNITS[word]
        elif word in TENS:
            if current % 100 != 0:
                return None
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen_number = True
    return total + current if seen_number else None


def _joined_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    """The numbers of a phrase of number words joined by "and" that is no one number ("seven and
    four soldiers respectively"), each by itself."""
    numbers = []
    at = start
    for joint in [*re.finditer(r"\s+and\s+", text[start:end], re.I), None]:
        stop = start + joint.start() if joint is not None else end
        value = words_to_number(text[at:stop])
        if value is not None:
            numbers.append(NumberMention(at, stop, text[at:stop], value))
        at = start + joint.end() if joint is not None else end
    return numbers


def find_numbers(text: str) -> list[NumberMention]:
    """Every number and vague quantity in ``text``, in order, without overlaps."""
    found: list[NumberMention] = []
    for match in _DIGITS.finditer(text):
        found.append(
            NumberMention(match.start(), match.end(), match.group(), int(match.group().replace(",", "")))
        )
    for match in _WORD_NUMBER.finditer(text):
        start, end, phrase = _trim_connectors(text, match.start(), match.end())
        if start >= end:
            continue
        value = words_to_number(phrase)
        if value is None and re.search(r"\sand\s", phrase, re.I):
            # "seven and four": two numbers joined, not one ("one hundred and four" parses whole).
            found.extend(_joined_numbers(text, start, end))
            continue
        if value is None or phrase.lower() in ("no",):
            continue
        found.append(NumberMention(start, end, phrase, value))
    for match in _VAGUE.finditer(text):
        found.append(NumberMention(match.start(), match.end(), match.group(), None))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[NumberMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    merged = _vague_scales(text, _merge_digit_scales(text, kept))
    return [
        mention
        for index, mention in enumerate(merged)
        if not (mention.vague and _is_qualifier_of_next(text, mention, merged[index + 1 :]))
    ]


_BARE_SCALES = frozenset({"hundred", "thousand", "dozen", "million"})


def _vague_scales(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """"several hundred", "a few dozen", "some thousand": a vague quantity of a scale is vague as a
    whole (no figure of 100 or 12 the report never gave)."""
    result: list[NumberMention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if previous is not None and previous.vague and mention.text.lower() in _BARE_SCALES and (
                not text[previous.end : mention.start].strip()):
            result[-1] = NumberMention(previous.start, mention.end, text[previous.start : mention.end], None)
            continue
        result.append(mention)
    return result


def _is_qualifier_of_next(text: str, mention: NumberMention, rest: list[NumberMention]) -> bool:
    """"some 160 missiles": "some" qualifies the number after it, it is no quantity."""
    return bool(rest) and rest[0].value is not None and not text[mention.end : rest[0].start].strip()


def _trim_connectors(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Drop leading/trailing "and"/"a" that the word pattern swallowed."""
    phrase = text[start:end]
    while True:
        lowered = phrase.lower()
        if lowered.startswith("and ") or lowered.startswith("and-"):
            start += 4
        elif lowered.endswith(" and") or lowered.endswith(" a") or lowered.endswith(" an"):
            cut = lowered.rfind(" ")
            end = start + cut
        elif lowered in ("a", "an", "and"):
            return start, start, ""
        else:
            return start, end, phrase
        phrase = text[start:end]


def _merge_digit_scales(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "1.5 million" style figures and "2 thousand" into one mention."""
    merged: list[NumberMention] = []
    for mention in mentions:
        follow = re.match(r"\s+(thousand|million)\b", text[mention.end :], re.IGNORECASE)
        if mention.value is not None and follow and mention.text[0].isdigit():
            scale = SCALES[follow.group(1).lower()]
            end = mention.end + follow.end()
            merged.append(NumberMention(mention.start, end, text[mention.start : end], mention.value * scale))
            continue
        if merged and merged[-1].end > mention.start:
            continue
        merged.append(mention)
    return merged
