"""Fuzz the readers with atheris (libFuzzer): ``make fuzz`` runs it for FUZZ_SECONDS.

Each input goes to one reader, chosen by its first byte: report bytes (encodings, binary
checks), an HTML page (trafilatura, link-block removal), an RSS/Atom feed (feedparser, dates), a
JSONL batch line (JSON, ids, dates, text_file confinement), or the sniffing of any input. A reader
may refuse an input only with eventwire's own coded errors (EventwireError); any other exception
is a crash libFuzzer reports with the input that caused it (saved as crash-<hash> here).

Run: python scripts/fuzz_readers.py -max_total_time=60 [corpus folder]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["eventwire"]):
    from eventwire.errors import EventwireError
    from eventwire.ingest import decode_report_bytes, read_batch
    from eventwire.ingest.sources import items_from_bytes
    from eventwire.ingest.web import feed_reports, html_report

FOLDER = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))
BATCH = FOLDER / "batch.jsonl"


def one_input(data: bytes) -> None:
    if not data:
        return
    reader, content = data[0] % 5, data[1:]
    try:
        if reader == 0:
            decode_report_bytes(content, "report.txt")
        elif reader == 1:
            html_report(content, "page.html", "https://news.example/page")
        elif reader == 2:
            feed_reports(content, "feed.xml")
        elif reader == 3:
            BATCH.write_bytes(content)
            for _ in read_batch(str(BATCH)):
                pass
        else:
            for _ in items_from_bytes(content, "input", "", None):
                pass
    except EventwireError:
        return  # a coded refusal is the reader doing its job


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
