"""HTML pages and feeds written for these tests, including broken ones; a real local HTTP server for URLs."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import EmptyInputError, FeedError, FetchError
from eventwire.ingest.sources import iter_source_items
from eventwire.ingest.web import feed_reports, html_report, sniff

PAGE = b"""<!DOCTYPE html><html><head><title>Car bomb kills six in Mosul</title>
<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Car bomb kills six in Mosul</h1>
<p>A car bomb exploded near a market in Mosul on Wednesday, killing six people and wounding 14, police said.</p>
<p>No group immediately claimed responsibility for the attack, which came a week after
a similar blast.</p>
</article><footer>Copyright Example News</footer></body></html>"""

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example wire</title>
<item><title>Drone strike hits Sumy</title><link>https://wire.example/1</link>
<pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate>
<description>A Russian drone struck a hospital in Sumy on Monday, injuring 5 people, officials said.
</description></item>
<item><title>Clashes in Kidal</title><link>https://wire.example/2</link>
<pubDate>Wed, 03 Apr 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Rebels clashed with the army near Kidal on Tuesday, the army said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Shelling in Kherson</title><link href="https://atom.example/a"/><id>urn:a</id>
<updated>2024-05-11T09:00:00Z</updated><content type="html">Shelling killed one person in Kherson on Friday,
officials said.</content></entry></feed>"""


def test_web_html_main_text_title_and_date() -> None:
    report = html_report(PAGE, "page.html", "https://news.example/mosul")
    assert report.title == "Car bomb kills six in Mosul"
    assert report.published == date(2024, 5, 2)
    assert "killing six people" in report.text
    assert "Copyright" not in report.text and "Home | World" not in report.text
    assert report.url == "https://news.example/mosul"


def test_web_broken_and_empty_html() -> None:
    broken = b"<html><body><p>A car bomb exploded in Mosul on Wednesday, killing six people, police said. " \
             b"Officials said more details would follow later in the day.<div><span></body>"
    assert "six people" in html_report(broken, "broken.html").text
    with pytest.raises(EmptyInputError, match="no article text"):
        html_report(b"<html><body><nav>menu</nav></body></html>", "empty.html")


def test_web_rss_and_atom_entries_are_reports() -> None:
    reports = feed_reports(FEED, "feed.xml")
    assert [r.url for r in reports] == ["https://wire.example/1", "https://wire.example/2"]
    assert reports[0].published == date(2024, 4, 2)
    assert reports[0].text.startswith("Drone strike hits Sumy\nA Russian drone")
    assert "<p>" not in reports[1].text
    (atom,) = feed_reports(ATOM, "atom.xml")
    assert atom.published == date(2024, 5, 11) and "Kherson" in atom.text


def test_web_broken_feed_is_an_error() -> None:
    with pytest.raises(FeedError, match="no entries"):
        feed_reports(b"<?xml version='1.0'?><rss><channel><item><title>cut off", "bad.xml")


def test_web_sniffing() -> None:
    assert sniff(FEED) == "feed" and sniff(ATOM) == "feed" and sniff(PAGE) == "html"
    assert sniff(b"Shelling hit the town.") == "text"


def test_web_directory_mixes_kinds_and_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.xml").write_bytes(FEED)
    (tmp_path / "sub" / "c.txt").write_bytes(b"")
    (tmp_path / "sub" / "d.rss").write_bytes(b"<rss><channel>")
    items = list(iter_source_items([str(tmp_path)]))
    assert sum(item.report is not None for item in items) == 3
    errors = [str(item.error) for item in items if item.error]
    assert any("empty" in e for e in errors) and any("no entries" in e for e in errors)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "page.html").write_bytes(PAGE)
    (tmp_path / "feed.xml").write_bytes(FEED)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            return

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_web_urls_are_fetched(server: str) -> None:
    items = list(iter_source_items([f"{server}/page.html", f"{server}/feed.xml", f"{server}/missing.html"],
                                   allow_private_urls=True))  # the test server is on loopback
    reports = [item.report for item in items if item.report]
    assert reports[0] is not None and reports[0].url == f"{server}/page.html"
    assert len(reports) == 3
    (failure,) = [item for item in items if item.error]
    assert isinstance(failure.error, FetchError) and "404" in str(failure.error)
