"""Only http(s) addresses become links on the event page: a report's url comes from the report (a feed,
a batch line, an API client), and a javascript:, data: or other url is shown as text, never as a link
that runs or shows content of someone else's choosing when clicked. Chromium, as tests/web/test_browser.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from eventwire.records import Event, ExtractionResult, Report
from eventwire.store import Store
from tests.factories import KHARKIV, figure_claim
from tests.web.server import Server, running_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]
URLS = {
    "a": "javascript:alert(document.domain)",
    "b": "  JavaScript:fetch('/api/v1/events')",
    "c": "data:text/html,<script>alert(1)</script>",
    "d": "vbscript:msgbox(1)",
    "e": "file:///etc/passwd",
    "f": "/api/v1/events",
    "g": "https://news.example/kharkiv",
    "h": "http://wire.example/kharkiv?x=1",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("links") / "events.db"
    with Store(path) as store:
        for number, (name, url) in enumerate(URLS.items(), start=1):
            text = f"A missile strike on Kharkiv killed {number} people, report {name} said."
            event = Event(date=date(2024, 2, 10), date_precision="day", locations=[KHARKIV],
                          event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                          actor1=None, actor2=None, fatalities=number, injured=None, source=None, source_role=None,
                          verified=None, claims=[figure_claim(text, "killed", number, None)])
            report = Report(name, text, date(2024, 2, 10), None, url)
            store.add(report, ExtractionResult(name, report.published, "batch", [event]))
        assert store.table_counts()["events"] == 1
    with running_server(path) as server:
        yield server


def test_page_links_only_web_addresses_are_links(browser: Any, site: Server) -> None:
    from playwright.sync_api import expect

    context = browser.new_context()
    page = context.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site.base + "/#/events/1")
    reports = page.locator("article.report")
    expect(reports).to_have_count(len(URLS))
    for report_id, (name, url) in enumerate(URLS.items(), start=1):  # stored in this order
        meta = page.locator(f'article.report[data-report-id="{report_id}"] p.meta')
        expect(meta).to_contain_text(url.strip())
        anchors = meta.locator("a")
        if name in ("g", "h"):
            assert anchors.get_attribute("href") == url, name
        else:
            assert anchors.count() == 0, (name, anchors.get_attribute("href"))  # shown as text, not a link
    page.locator("article.report p.meta").first.click()
    assert dialogs == [] and page_errors == []
    context.close()
