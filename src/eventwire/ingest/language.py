"""A cheap test that a text is English: the share of English function words.

English news prose is 35-50% function words ("the", "of", "and", "said"...); other
languages written in Latin script score under 10%, other scripts near 0.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by", "at", "from",
    "it", "he", "she", "they", "his", "her", "their", "be", "were", "are", "been", "has", "have", "had", "not",
    "but", "or", "an", "this", "which", "who", "said", "after", "its", "than", "more", "also", "into", "over",
})
MIN_WORDS = 8
MIN_SHARE = 0.12


def english_share(text: str, sample_words: int = 3000) -> tuple[float, int]:
    words = _WORD.findall(text[:40000].lower())[:sample_words]
    if not words:
        return 0.0, 0
    return sum(1 for word in words if word in FUNCTION_WORDS) / len(words), len(words)


def looks_english(text: str) -> bool:
    share, count = english_share(text)
    return count < MIN_WORDS or share >= MIN_SHARE
