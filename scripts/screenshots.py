"""Screenshots of the web page for the README: the map page and an event page.

Builds a store from the Wikinews corpus and the Wikipedia report chains in ../shared, serves it
with ``eventwire serve`` and photographs the page in Debian's chromium (headless).

    make screenshots        # writes docs/screenshots/map.png and docs/screenshots/event.png
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from eventwire.store import Store
from eventwire.store.queries import list_events

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
OUT = REPO / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "events.db"
        subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(SHARED / "wikinews"),
                        str(SHARED / "wikipedia-clusters.gold.jsonl"), "--db", str(db)], check=True)
        with Store(db) as store:
            events = list_events(store)
        # The event page shows most with several sources and a disputed toll.
        shown = max(events, key=lambda e: (e.disputed, len({c["source"] for c in e.claims}), e.report_count))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port),
                                   "--log-level", "warning"], env={**os.environ, "EVENTWIRE_TOKEN": ""})
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/api/v1/facets", timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(base + "/")
                page.wait_for_selector("#map path.leaflet-interactive")
                page.wait_for_timeout(1500)  # the basemap outlines
                page.screenshot(path=OUT / "map.png")
                page.goto(base + f"/#/events/{shown.id}")
                page.wait_for_selector("mark.evidence")
                page.screenshot(path=OUT / "event.png", full_page=True)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"wrote {OUT / 'map.png'} and {OUT / 'event.png'} (event {shown.id})")


if __name__ == "__main__":
    main()
