"""Property tests of the readers (hypothesis, short budgets): whatever bytes a JSONL batch, an HTML
page or a feed holds, reading gives reports or eventwire's own errors (coded, one line), never a
crash, and every report it gives passes the checks of a report."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import EventwireError, InputError
from eventwire.ingest import check_text, decode_report_bytes, read_batch
from eventwire.ingest.sources import items_from_bytes
from eventwire.ingest.web import feed_reports, html_report
from eventwire.records import Report

pytestmark = pytest.mark.property
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ENGLISH = "A car bomb killed five people in Mosul on Tuesday, police said, and the army said it was searching."

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10)
batch_lines = st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.text(max_size=20), st.integers()), "text": st.text(max_size=200)},
                          optional={"published": st.one_of(st.text(max_size=12), st.dates().map(str)),
                                    "title": st.text(max_size=40), "url": st.text(max_size=40),
                                    "text_file": st.text(max_size=20)}),
    st.fixed_dictionaries({"id": st.text(max_size=5), "text": st.just(ENGLISH),
                           "published": st.dates().map(str)}),
    json_values,
).map(lambda value: json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"))
raw_lines = st.one_of(batch_lines, st.binary(max_size=80))


def _is_report(report: Report) -> None:
    check_text(report.text, report.id)  # a report handed on passes the checks of a report


@FAST
@given(st.lists(raw_lines, max_size=6))
def test_reader_property_jsonl_batch(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        batch.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n")
        for item in read_batch(str(batch)):
            assert (item.report is None) != (item.error is None)
            if item.error is not None:
                assert isinstance(item.error, InputError) and "\n" not in str(item.error)
            else:
                assert item.report is not None
                _is_report(item.report)


html_documents = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda title, body, tail: (f"<html><head><title>{title}</title></head><body><article><p>{body}</p>"
                                         f"{tail}</article></body></html>").encode("utf-8", "surrogatepass"),
              st.text(max_size=40), st.one_of(st.just(ENGLISH), st.text(max_size=200)),
              st.text(alphabet="<>/ap=\"'&;#x!- ", max_size=60)),
)


@FAST
@given(html_documents)
def test_reader_property_html_page(content: bytes) -> None:
    try:
        report = html_report(content, "page.html", "https://news.example/page")
    except EventwireError as error:
        assert "\n" not in str(error)
        return
    _is_report(report)


feeds = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda title, body, day: (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>w</title><item><title>{title}</title>"
        f"<description>{body}</description><pubDate>{day}</pubDate></item></channel></rss>"
    ).encode("utf-8", "surrogatepass"),
              st.text(max_size=30), st.one_of(st.just(ENGLISH), st.text(max_size=120)),
              st.one_of(st.text(max_size=30), st.just("Tue, 02 Apr 2024 08:00:00 GMT"),
                        st.just("Fri, 31 Dec 9999 08:00:00 GMT"), st.just("0000-01-01T00:00:00Z"))),
)


@FAST
@given(feeds)
def test_reader_property_feed(content: bytes) -> None:
    try:
        entries = feed_reports(content, "feed.xml")
    except EventwireError as error:
        assert "\n" not in str(error)
        return
    for entry in entries:
        assert isinstance(entry, Report | InputError)


@FAST
@given(st.binary(max_size=400), st.sampled_from(["", "html", "feed", "text/plain"]))
def test_reader_property_any_bytes_as_an_input(content: bytes, hint: str) -> None:
    try:
        items = list(items_from_bytes(content, "input", hint, None))
    except EventwireError as error:
        assert "\n" not in str(error)
        return
    for item in items:
        if item.report is not None:
            _is_report(item.report)


@FAST
@given(st.binary(max_size=400))
def test_reader_property_report_bytes(content: bytes) -> None:
    try:
        text, _ = decode_report_bytes(content, "report.txt")
    except InputError:
        return
    assert text.strip()
