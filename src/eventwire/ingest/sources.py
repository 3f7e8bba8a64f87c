"""Every kind of input as a stream of reports: files, directories, URLs, feeds, batches, stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError, InputError, InputNotFoundError
from eventwire.ingest.batch import read_batch
from eventwire.ingest.text import MAX_BYTES, decode_report_bytes, readable_name
from eventwire.ingest.web import feed_reports, fetch, html_report, sniff
from eventwire.records import Report

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
BATCH_SUFFIXES = frozenset({".jsonl"})


@dataclass(frozen=True, slots=True)
class SourceItem:
    """A report read from an input, or the error that kept an input (or a part of it) from being read."""

    name: str
    report: Report | None = None
    error: EventwireError | None = None
    warnings: tuple[str, ...] = ()


def iter_source_items(inputs: list[str], *, allow_outside: bool = False, allow_private_urls: bool = False
                      ) -> Iterator[SourceItem]:
    """The items of every input; ``allow_outside``: a batch line's text_file may leave the batch's folder;
    ``allow_private_urls``: a URL may lead to a loopback, private or link-local address (``ingest.web.fetch``)."""
    for name in inputs:
        try:
            yield from _items(name, allow_outside, allow_private_urls)
        except InputError as error:
            yield SourceItem(readable_name(name), error=error)


def _items(name: str, allow_outside: bool, allow_private_urls: bool = False) -> Iterator[SourceItem]:
    """The items of one input. ``name`` opens the file; ``shown`` (non-UTF-8 bytes of a file name as
    escapes) is what items, reports and messages carry."""
    if name == "-":
        yield from items_from_bytes(sys.stdin.buffer.read(MAX_BYTES * 4 + 1), "<stdin>", "", None)
        return
    if name.startswith(("http://", "https://")):
        fetched = fetch(name, allow_private=allow_private_urls)
        yield from items_from_bytes(fetched.content, name, fetched.content_type, fetched.url)
        return
    path, shown = Path(name), readable_name(name)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (
            TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | BATCH_SUFFIXES))
        for file in files:
            try:
                yield from _items(str(file), allow_outside, allow_private_urls)
            except InputError as error:
                yield SourceItem(readable_name(str(file)), error=error)
        return
    if not path.is_file():
        raise InputNotFoundError(f"{shown}: no such file, directory or URL")
    if path.suffix.lower() in BATCH_SUFFIXES:
        for item in read_batch(name, allow_outside=allow_outside):
            where = f"{shown}:{item.line}"
            yield SourceItem(where, report=item.report, error=item.error, warnings=item.warnings)
        return
    with path.open("rb") as handle:
        content = handle.read(MAX_BYTES * 4 + 1)
    hint = {**dict.fromkeys(HTML_SUFFIXES, "html"), **dict.fromkeys(FEED_SUFFIXES, "feed")}.get(path.suffix.lower(), "")
    yield from items_from_bytes(content, shown, hint, None, report_id=readable_name(path.stem))


def items_from_bytes(content: bytes, name: str, hint: str, url: str | None, report_id: str | None = None
                     ) -> Iterator[SourceItem]:
    """The reports of a feed, an HTML page or a plain text, told apart by ``hint`` and the first bytes."""
    kind = sniff(content, hint)
    if kind == "feed":
        for index, entry in enumerate(feed_reports(content, name), start=1):
            if isinstance(entry, InputError):
                yield SourceItem(f"{name}#{index}", error=entry)
            else:
                yield SourceItem(entry.origin or name, report=entry)
    elif kind == "html":
        yield SourceItem(name, report=html_report(content, name, url))
    else:
        text, warnings = decode_report_bytes(content, name)
        yield SourceItem(name, report=Report(report_id or url or name, text, None, None, url, name),
                         warnings=tuple(warnings))
