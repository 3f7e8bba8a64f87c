"""Item 1 of issue 12: the 5 MB limit of one report is in bytes of UTF-8 text wherever the text comes
from (a file, a batch line, a feed entry, a page, the API), refused before any other work."""

from __future__ import annotations

import pytest

from eventwire.errors import InputTooLargeError
from eventwire.ingest import MAX_BYTES, check_text

ENGLISH = "Gunmen killed three villagers in Gwoza on Tuesday, police said. "


def test_check_text_limit_is_bytes_not_characters() -> None:
    text = "é" * (MAX_BYTES // 2 + 1)  # fewer characters than the limit, more bytes
    with pytest.raises(InputTooLargeError, match="bytes of UTF-8 text"):
        check_text(text, "wide")


def test_check_text_at_the_limit_passes_the_size_check() -> None:
    text = (ENGLISH * (MAX_BYTES // len(ENGLISH)))[:MAX_BYTES]
    check_text(text, "at-limit")
