"""Reading one report: size, emptiness, binary content, encoding and language checks."""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata
from pathlib import Path

from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    InputNotFoundError,
    InputTooLargeError,
    NotEnglishError,
)
from eventwire.ingest.language import english_share, looks_english

# The size limit of one report, in bytes of its UTF-8 text (5 MB): a file's bytes, or a text's as
# UTF-8 however it came (a batch line, a feed entry, a page's article, the API).  Long reports
# are read in sections (eventwire.extract.core.SECTION_CHARS), so cost stays bounded below it.
MAX_BYTES = 5 * 1024 * 1024
_CONTROL = frozenset(chr(code) for code in range(32) if code not in (9, 10, 12, 13))


def readable_name(name: str) -> str:
    """A name (a file's, a batch id) as text that can be stored, printed and sent as JSON, on one line.

    On POSIX a file name is bytes; Python keeps bytes that are not UTF-8 as lone surrogates
    (PEP 383), which SQLite, JSON and a UTF-8 terminal refuse. They are shown as ``\\xNN``
    escapes ("caf\\xe9.txt"); the file itself is still opened by its original name. Control
    characters and line separators are escaped too (a line break as ``\\x0a``): a name is part of
    one-line error messages, and a name with a line break could forge a line of its own.
    """
    text = storable_text(name)
    if not any(unicodedata.category(char) in _LINE_BREAKING for char in text):
        return text
    return "".join(_escaped(char) if unicodedata.category(char) in _LINE_BREAKING else char for char in text)


def _escaped(char: str) -> str:
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


_LINE_BREAKING = frozenset({"Cc", "Zl", "Zp"})


def storable_text(text: str) -> str:
    """Text whose lone surrogates (a file name's bytes that are not UTF-8, a JSON "\\ud800") are
    ``\\xNN`` escapes, so that SQLite, JSON and a terminal take it."""
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:  # lone surrogates that were never bytes of a name (a JSON "\\ud800")
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


# Byte order marks and the codecs they announce, longest first: UTF-32LE's mark starts with UTF-16LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
BINARY_SAMPLE = 8192  # characters looked at to tell binary content from text


def decode_report_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text of a report's bytes and any warnings; raises InputError subclasses.

    A byte order mark says the encoding (Windows tools write UTF-16 with one); otherwise the
    bytes are UTF-8. Whether the content is binary is judged on the decoded text, so UTF-16's
    zero bytes are not taken for binary.
    """
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{name}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit for one report; split it"
        )
    mark, encoding = next(((mark, codec) for mark, codec in _BOMS if data.startswith(mark)), (b"", "utf-8"))
    body = data[len(mark):]
    warnings: list[str] = []
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        text = body.decode(encoding, errors="replace")
        warnings.append(f"{name}: invalid {encoding.upper().replace('-LE', '').replace('-BE', '')} at byte "
                        f"{error.start + len(mark)}; undecodable bytes were replaced with U+FFFD")
    check_text(text, name)
    return text, warnings


def check_text(text: str, name: str) -> None:
    """The checks every report passes, however it came (file, batch, feed, page, API): not empty,
    not binary (a NUL, or over 10% control characters, in its first characters), within the size
    limit (checked first, so an oversized text costs nothing more), English."""
    _check_size(text, name)
    if not text.strip():
        raise EmptyInputError(f"{name}: empty report (no text)")
    sample = text[:BINARY_SAMPLE]
    if "\x00" in sample or sum(char in _CONTROL for char in sample) / len(sample) > 0.1:
        raise BinaryInputError(f"{name}: binary content, not a text report")
    if not looks_english(text):
        share, _ = english_share(text)
        raise NotEnglishError(
            f"{name}: text does not look like English ({share:.0%} English function words); "
            "eventwire reads English reports only"
        )


def _check_size(text: str, name: str) -> None:
    if len(text) * 4 <= MAX_BYTES:  # UTF-8 takes at most 4 bytes a character: no need to encode
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise InputTooLargeError(
            f"{name}: {size:,} bytes of UTF-8 text is over the {MAX_BYTES:,}-byte limit for one report; split it"
        )


def read_report_file(path: str) -> tuple[str, list[str]]:
    """Text of a plain-text report file, or of stdin for ``-``."""
    if path == "-":
        return decode_report_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    file, name = Path(path), readable_name(path)
    if not file.is_file():
        raise InputNotFoundError(f"{name}: no such file")
    size = file.stat().st_size
    if size > MAX_BYTES:
        raise InputTooLargeError(
            f"{name}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one report; split it"
        )
    return decode_report_bytes(file.read_bytes(), name)
