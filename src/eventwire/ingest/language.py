"""A cheap test that a text is English: function words, English against other languages'.

English news prose is 35-50% function words ("the", "of", "and", "said"...). Headline-style
summaries ("Gunmen kill 4 police officers in Iranian Kurdish area.") have far fewer, so a low
English share alone does not make a text foreign: a text is refused when it is mostly in
another script, when another language's function words outnumber English ones, or when a long
text has almost no English function word at all.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿā-ž]+")
FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by", "at", "from",
    "it", "he", "she", "they", "his", "her", "their", "be", "were", "are", "been", "has", "have", "had", "not",
    "but", "or", "an", "this", "which", "who", "said", "after", "its", "than", "more", "also", "into", "over",
})


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The most frequent function words of languages that news comes in; words that are also English
# function words count for English only, and "al" / "el", which Arabic names bring into English
# news ("Al Jazeera", "El Wak"), are left out.
OTHER_FUNCTION_WORDS = {
    "de": _vocabulary("der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es werden "
                      "aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben "
                      "nur oder aber vor zur bis durch man sein wurde"),
    "fr": _vocabulary("le la les de des du et en un une est que qui dans pour pas au sur par ne se ce il elle sont "
                      "avec plus ont été aux son sa ses leur"),
    "es": _vocabulary("la los las de del y en un una que es por con para se no lo su sus como más pero fue ha han "
                      "este esta"),
    "pt": _vocabulary("o os as de do da dos das e em um uma que é para com não por se no na nos nas ao mais foi "
                      "como"),
    "it": _vocabulary("il lo la gli le di del della dei e è un una che per con non si nel nella sono da alla anche "
                      "come più"),
    "nl": _vocabulary("de het een en van is dat op te voor met zijn niet aan er maar om ook als bij door naar "
                      "werd"),
    "id": _vocabulary("yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah oleh"),
    "tr": _vocabulary("ve bir bu da de için ile olarak daha çok gibi olan"),
    "pl": _vocabulary("i w na z się nie do że jest to o jak po przez"),
    "vi": _vocabulary("của và các là trong có được cho những một người không"),
    "sw": _vocabulary("na ya wa kwa za la katika ni kuwa"),
}
MIN_WORDS = 8
MIN_SHARE = 0.12
MIN_LATIN_SHARE = 0.5
LONG_TEXT_WORDS = 40
MIN_LONG_TEXT_SHARE = 0.03
MIN_FOREIGN_WORDS = 2


def english_share(text: str, sample_words: int = 3000) -> tuple[float, int]:
    words = _words(text, sample_words)
    if not words:
        return 0.0, 0
    return _share(words, FUNCTION_WORDS), len(words)


def looks_english(text: str) -> bool:
    words = _words(text)
    if len(words) < MIN_WORDS:
        return True
    english = _share(words, FUNCTION_WORDS)
    if english >= MIN_SHARE:
        return True
    if sum(1 for word in words if _LATIN_WORD.fullmatch(word)) / len(words) < MIN_LATIN_SHARE:
        return False
    if len(words) >= LONG_TEXT_WORDS and english < MIN_LONG_TEXT_SHARE:
        return False
    # Names bring stray foreign function words ("Al Jazeera", "Los Angeles"): one is not enough.
    english_count = round(english * len(words))
    foreign_count = max(sum(1 for word in words if word in function_words and word not in FUNCTION_WORDS)
                        for function_words in OTHER_FUNCTION_WORDS.values())
    return not (foreign_count >= MIN_FOREIGN_WORDS and foreign_count > english_count)


def _words(text: str, sample_words: int = 3000) -> list[str]:
    return _WORD.findall(text[:40000].lower())[:sample_words]


def _share(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(1 for word in words if word in vocabulary) / len(words)
