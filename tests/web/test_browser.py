"""The analysts' page in Debian's chromium (headless, driven by Playwright) over the Wikinews corpus
(all 295 reports of ../shared/datasets/wikinews-2019-2020).

The browser runs with every host name unresolvable except loopback, so the page is shown to
work with the network off, and every request it makes is checked to go to this server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.extract import ExtractOptions
from eventwire.pipeline import ingest_inputs
from eventwire.store import Store
from tests.web.server import SECRET, Server, running_server

pytestmark = [pytest.mark.shared, pytest.mark.slow, pytest.mark.browser]

@pytest.fixture(scope="module")
def site(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("wikinews") / "events.db"
    with Store(path) as store:
        summary = ingest_inputs([str(shared_dir / "datasets" / "wikinews-2019-2020" / "reports.jsonl")], store,
                                ExtractOptions(), workers=1)
    assert summary.new > 0 and not summary.failed
    with running_server(path) as server:
        yield server


def test_filter_open_event_see_evidence_correct_and_reload(browser: Any, site: Server) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1300, "height": 900})
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda error: page_errors.append(str(error)))

    page.goto(site.base + "/")
    expect(page.locator("#events-table tbody tr").first).to_be_visible()
    total = site.call("GET", "/api/v1/events?limit=1").json()["total"]
    expect(page.locator("#event-count")).to_have_text(f"{total} events")
    expect(page.locator("#map path.leaflet-interactive").first).to_be_attached()

    # Filter by the country with the most events.
    top = site.call("GET", "/api/v1/facets").json()["countries"][0]
    page.select_option("#filter-country", top["code"])
    page.click("#filter-apply")
    expect(page.locator("#event-count")).to_have_text(f"{top['events']} event{'s' if top['events'] > 1 else ''}")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == top["events"]
    assert set(rows.locator("td:nth-child(4)").all_inner_texts()) == {top["code"]}
    assert page.get_attribute("#export-acled-csv", "href") == f"/api/v1/export?format=acled-csv&country={top['code']}"
    with_place = site.call("GET", f"/api/v1/events?country={top['code']}").json()["events"]
    assert page.locator("#map path.leaflet-interactive").count() == sum(e["lat"] is not None for e in with_place)

    # Open an event that has a figure, and see its evidence highlighted in the report text.
    killed_cells = rows.locator("td:nth-child(5)").all_inner_texts()
    row = rows.nth(next(index for index, cell in enumerate(killed_cells) if cell.strip() != "–"))
    event_id = int(row.get_attribute("data-event-id"))
    row.click()
    expect(page.locator("#event-title")).to_be_visible()
    event = site.call("GET", f"/api/v1/events/{event_id}").json()
    marks = page.locator("mark.evidence.this-event")
    expect(marks.first).to_be_visible()
    evidence = {claim["evidence"]["text"] for claim in event["claims"]}
    assert set(marks.all_inner_texts()) <= evidence and marks.count() >= 1
    expect(page.locator("#toll-list")).to_contain_text(str(event["toll_history"]["killed"][0]["value"]))

    # Correct the best fatality figure with a token, reload, and see the correction kept.
    page.click("#token-button")
    page.fill("#token-input", SECRET)
    page.click("#token-save")
    expect(page.locator("#whoami")).to_contain_text("token set")
    corrected = (event["fatalities_best"] or 0) + 5
    page.select_option("#correct-field", "fatalities_best")
    page.fill("#correct-value", str(corrected))
    page.fill("#correct-reason", "Checked against the hospital's list")
    page.click("#correct-submit")
    expect(page.locator("#status")).to_have_text("Correction saved.")
    page.reload()
    expect(page.locator("#event-fatalities")).to_contain_text(str(corrected))
    expect(page.locator("#event-fatalities .badge.corrected")).to_be_visible()
    expect(page.locator("#correction-history")).to_contain_text("alice")
    expect(page.locator("#correction-history")).to_contain_text("Checked against the hospital's list")
    assert site.call("GET", f"/api/v1/events/{event_id}").json()["fatalities_best"] == corrected

    # Back on the map page the table shows the corrected figure.
    page.goto(site.base + f"/#/?country={top['code']}")
    expect(page.locator(f'#events-table tr[data-event-id="{event_id}"] td:nth-child(5)')).to_contain_text(
        str(corrected))

    outside = [url for url in requested if not url.startswith((site.base + "/", "data:"))]
    assert outside == [] and page_errors == []
    context.close()


def test_claim_marked_wrong_in_the_page(browser: Any, site: Server) -> None:
    from playwright.sync_api import expect

    events = site.call("GET", "/api/v1/events?detail=true&limit=1000").json()["events"]
    event = next(e for e in events if len([c for c in e["claims"] if c["value"] is not None]) >= 2)
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.base + "/")
    page.evaluate(f"localStorage.setItem('eventwire-token', '{SECRET}')")
    page.goto(site.base + f"/#/events/{event['id']}")
    claim = next(c for c in event["claims"] if c["value"] is not None)
    page.once("dialog", lambda dialog: dialog.accept("Belongs to another incident"))
    page.locator(f'li[data-claim-id="{claim["id"]}"] .claim-toggle').click()
    expect(page.locator(f'li[data-claim-id="{claim["id"]}"] .badge.wrong')).to_be_visible()
    expect(page.locator("#correction-history")).to_contain_text(f"claim {claim['id']} marked wrong")
    stored = site.call("GET", f"/api/v1/events/{event['id']}").json()
    assert next(c for c in stored["claims"] if c["id"] == claim["id"])["wrong"] is True
    context.close()


def test_merge_then_split_in_the_page(browser: Any, site: Server) -> None:
    from playwright.sync_api import expect

    events = site.call("GET", "/api/v1/events?limit=1000&detail=true").json()["events"]
    first, second = [event for event in events if not event["corrections"]][:2]  # untouched by the other tests
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.base + "/")
    page.evaluate(f"localStorage.setItem('eventwire-token', '{SECRET}')")
    page.goto(site.base + f"/#/events/{first['id']}")

    page.fill("#merge-other", str(second["id"]))
    page.fill("#merge-reason", "The same incident reported twice")
    page.click("#merge-form button[type=submit]")
    expect(page.locator("#status")).to_have_text("Correction saved.")
    expect(page.locator("article.report")).to_have_count(2)
    assert site.call("GET", f"/api/v1/events/{second['id']}").json()["id"] == first["id"]  # redirected
    # a link to the id merged away opens its survivor, says so, and the address follows
    page.goto(site.base + f"/#/events/{second['id']}")
    expect(page.locator("#merged-notice")).to_have_text(
        f"Event {second['id']} was merged into event {first['id']}.")
    assert page.url.endswith(f"#/events/{first['id']}")
    expect(page.locator("article.report")).to_have_count(2)

    moved_report = site.call("GET", f"/api/v1/events/{first['id']}").json()["reports"][-1]["id"]
    page.check(f'.split-report[value="{moved_report}"]')
    page.fill("#split-reason", "Two incidents after all")
    page.click("#split-form button[type=submit]")
    expect(page.locator("#status")).to_have_text("Correction saved.")
    expect(page.locator("article.report")).to_have_count(1)
    history = page.locator("#correction-history li")
    expect(history).to_have_count(2)
    expect(history.nth(0)).to_contain_text("merged into event")
    expect(history.nth(1)).to_contain_text("split off")
    assert site.call("GET", "/api/v1/events?limit=1").json()["total"] == len(events)
    context.close()
