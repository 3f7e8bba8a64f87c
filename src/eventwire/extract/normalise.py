"""Unicode normalisation before extraction, with a map of offsets back to the original text.

Scraped pages and wire copy carry characters that look like nothing but break word matching:
zero-width spaces, soft hyphens, word joiners, byte order marks and bidi controls (Unicode
category Cf, "format"), and compatibility forms (ligatures, full-width digits, no-break spaces)
that NFKC folds into their plain letters.  "Mai\u200bduguri" must read as "Maiduguri", or the town,
and with it the event, is lost.

The extraction runs on the normalised text; every span it finds is mapped back through an
``OffsetMap`` so that ``Evidence.start``/``end`` and ``sentence`` still index the text as given
(the store keeps that text and the page highlights spans in it).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each stretch of the normalised text came from in the original.

    Only the stretches that normalisation changed are recorded (most reports have none), as
    parallel lists sorted by position: ``norm_starts[i]``/``norm_ends[i]`` in the normalised text
    came from ``orig_starts[i]``/``orig_ends[i]``.  Between them the texts agree character for
    character, shifted by what the stretches before added or removed.
    """

    norm_starts: tuple[int, ...] = ()
    norm_ends: tuple[int, ...] = ()
    orig_starts: tuple[int, ...] = ()
    orig_ends: tuple[int, ...] = ()

    @property
    def identity(self) -> bool:
        return not self.norm_starts

    def start(self, position: int) -> int:
        """The original offset of the character at ``position`` of the normalised text (a span's start)."""
        index = bisect_right(self.norm_starts, position) - 1
        if index < 0:
            return position
        if position < self.norm_ends[index]:  # inside a changed stretch: its whole original
            return self.orig_starts[index]
        return position + self.orig_ends[index] - self.norm_ends[index]

    def end(self, position: int) -> int:
        """The original offset just past the character before ``position`` (a span's end, exclusive)."""
        if position <= 0:
            return 0
        last = position - 1
        index = bisect_right(self.norm_starts, last) - 1
        if index >= 0 and last < self.norm_ends[index]:
            return self.orig_ends[index]
        if index < 0:
            return position
        return position + self.orig_ends[index] - self.norm_ends[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """An original span for a normalised one; empty spans stay empty."""
        begin = self.start(start)
        return begin, max(begin, self.end(end))


@dataclass(frozen=True, slots=True)
class Normalised:
    text: str
    offsets: OffsetMap


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """The text cut before every character that is not a combining mark, so a base letter and its
    marks are normalised together (NFKC composes "e" + U+0301 into "é"); lazily, as a report may
    have millions of characters."""
    begin = 0
    for index in range(1, len(text)):
        if not unicodedata.combining(text[index]):
            yield begin, index
            begin = index
    if text:
        yield begin, len(text)


def _normal(segment: str) -> str:
    folded = unicodedata.normalize("NFKC", segment)
    return "".join(char for char in folded if unicodedata.category(char) != "Cf")


def normalise(text: str) -> Normalised:
    """NFKC with every format character (category Cf) removed, and the map back to ``text``.

    Each base character with its combining marks is normalised on its own, so a change never
    reaches across characters and each normalised character has one original stretch.
    """
    if text.isascii():  # nothing to fold: the common case costs one scan
        return Normalised(text, OffsetMap())
    if unicodedata.is_normalized("NFKC", text) and not any(unicodedata.category(c) == "Cf" for c in text):
        return Normalised(text, OffsetMap())
    pieces: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    length = 0
    for begin, stop in _segments(text):
        original = text[begin:stop]
        changed = _normal(original)
        if changed != original:
            if orig_ends and orig_ends[-1] == begin and norm_ends[-1] == length:
                # Adjacent changes are one stretch, so no offset falls between two of them.
                orig_ends[-1] = stop
                norm_ends[-1] = length + len(changed)
            else:
                norm_starts.append(length)
                norm_ends.append(length + len(changed))
                orig_starts.append(begin)
                orig_ends.append(stop)
        pieces.append(changed)
        length += len(changed)
    return Normalised("".join(pieces), OffsetMap(tuple(norm_starts), tuple(norm_ends), tuple(orig_starts),
                                                 tuple(orig_ends)))
