from pathlib import Path

import pytest

from eventwire.errors import BinaryInputError, EmptyInputError, InputTooLargeError, NotEnglishError
from eventwire.ingest import MAX_BYTES, decode_report_bytes, read_report_file

ENGLISH = "The army said that two soldiers were killed in the attack on the base on Monday."


def test_text_empty_and_blank_are_errors() -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        decode_report_bytes(b"  \n\t ", "r.txt")


def test_text_binary_is_an_error() -> None:
    with pytest.raises(BinaryInputError, match="binary"):
        decode_report_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "r.txt")


def test_text_too_large_is_an_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a " * (MAX_BYTES // 2 + 10))
    with pytest.raises(InputTooLargeError, match="limit"):
        read_report_file(str(big))


def test_text_not_english_is_an_error() -> None:
    german = "Die Armee sagte, dass zwei Soldaten bei dem Angriff auf den Stützpunkt am Montag getötet wurden."
    with pytest.raises(NotEnglishError, match="English"):
        decode_report_bytes(german.encode(), "r.txt")


def test_text_invalid_utf8_is_replaced_with_a_warning() -> None:
    text, warnings = decode_report_bytes(ENGLISH.encode() + b" \xff\xfe", "r.txt")
    assert "\ufffd" in text
    assert warnings and "invalid UTF-8" in warnings[0]


def test_text_error_codes_are_stable() -> None:
    assert str(EmptyInputError("x")).startswith("[E101]")
