"""Background phrase lists compiled as a word tree (extract/background.py _phrase_pattern) match
as the flat union sorted longest first did: the longest phrase at a position wins, counts ("#")
take every form they took."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.background import _COUNT, _phrase_pattern

PHRASES = ["# weeks after", "# weeks since", "# weeks", "# months on from", "since", "since then",
           "in the past # years", "in the past", "earlier this year", "earlier"]


def _flat(phrases: list[str]) -> re.Pattern[str]:
    parts = [r"\s+".join(_COUNT if word == "#" else re.escape(word) for word in phrase.split())
             for phrase in sorted(phrases, key=len, reverse=True)]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


@pytest.mark.parametrize("text", [
    "Two weeks after the raid on Bunia, families were still searching.",
    "A few weeks since the blast, the market in Jalalabad reopened; twenty-one weeks on.",
    "Six months on from the siege, the town was quiet. Since then no shelling.",
    "In the past three years, and in the past, the district saw raids. Earlier this year too.",
    "Several Weeks  After the strike (earlier), 1,200 weeks since.",
    "No phrase here at all.",
])
def test_the_tree_matches_as_the_flat_union(text: str) -> None:
    tree, flat = _phrase_pattern(PHRASES), _flat(PHRASES)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_longest_phrase_wins() -> None:
    pattern = _phrase_pattern(PHRASES)
    assert [m.group() for m in pattern.finditer("Two weeks after the raid, and since then calm.")] == [
        "Two weeks after", "since then"]
    assert [m.group() for m in pattern.finditer("It lasted a couple of weeks.")] == ["a couple of weeks"]
