"""Place-name normalisation shared by the gazetteer and the scorer."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’‘`ʼʻ‘]")
_SEPARATORS = re.compile(r"[-‐‑–—_/.,]+")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|an|ash|at|az)\s+(?=\w{3,})")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalize_name(name: str) -> str:
    """Lower-case, accent-free, apostrophe-free, hyphens as spaces, no al-/el- article.

    >>> normalize_name("Zaporizhzhya")
    'zaporizhzhya'
    >>> normalize_name("El-Fasher")
    'fasher'
    """
    text = strip_accents(name).lower()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _ARTICLE_PREFIX.sub("", text)


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (accents allowed)."""
    return all(
        not char.isalpha() or "LATIN" in unicodedata.name(char, "") for char in name
    )
