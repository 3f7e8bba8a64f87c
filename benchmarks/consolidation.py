"""Consolidation benchmark: the cost of storing a report as the event it joins grows.

Stores N invented reports of one incident (one town, one day, figures from a rotating set of
sources, as a story's follow-ups give them) and N reports of unrelated incidents (each its own
day), with records built by hand so that only storage and consolidation are timed (no model).
Prints seconds, the time of the last 10% of reports against the first 10%, and the SQL
statements and rows read per report. Run: python benchmarks/consolidation.py [--reports 400]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire.records import Claim, Event, Evidence, ExtractionResult, Location, Report
from eventwire.store import Store

KHARKIV = Location("Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, 706483, 1, "city", "Kharkiv")
SOURCES = ["Oleh Syniehubov", "the regional police", None, "Ihor Terekhov", "the emergency service"]
DAY = date(2024, 2, 10)


def report(index: int, same: bool) -> tuple[Report, ExtractionResult]:
    killed = 4 + index % 9
    text = f"Report {index}: a missile strike on Kharkiv killed {killed} people, officials said."
    start = text.index(f"killed {killed}") + len("killed ")
    source = SOURCES[index % len(SOURCES)]
    claim = Claim(kind="killed", value=killed, qualifier="exact", source=source,
                  evidence=Evidence(text, start, start + len(str(killed)), str(killed)))
    day = DAY if same else DAY + timedelta(days=5 * index)  # unrelated: days apart, never one incident
    published = day + timedelta(days=index % 3) if same else day
    event = Event(date=day, date_precision="day", locations=[KHARKIV], event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", actor1="Russian forces", actor2="Civilians",
                  fatalities=killed, injured=None, source=source, source_role=None, verified=None, claims=[claim])
    return (Report(f"r{index}", text, published, None, f"https://news.example/{index}"),
            ExtractionResult(f"r{index}", published, "batch", [event]))


def run(count: int, same: bool, folder: Path) -> tuple[float, float, float, float]:
    """Seconds in all, last tenth / first tenth, statements and rows read per report."""
    statements = rows = 0
    times: list[float] = []
    with Store(folder / f"{'same' if same else 'apart'}-{count}.db") as store:
        def traced(_: str) -> None:
            nonlocal statements
            statements += 1

        def progress() -> int:
            nonlocal rows
            rows += 1
            return 0

        store.db.set_trace_callback(traced)
        store.db.set_progress_handler(progress, 100)  # one call per 100 virtual machine steps
        for index in range(count):
            pair = report(index, same)
            started = time.perf_counter()
            store.add(*pair)
            times.append(time.perf_counter() - started)
        store.db.set_trace_callback(None)
        store.db.set_progress_handler(None, 0)
    tenth = max(1, count // 10)
    return sum(times), sum(times[-tenth:]) / sum(times[:tenth]), statements / count, rows * 100 / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100, 200, 400])
    args = parser.parse_args()
    print(f"sqlite {sqlite3.sqlite_version}")
    print("| reports | one incident s | unrelated s | ratio | last/first tenth (one incident) "
          "| statements per report | SQLite steps per report |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.reports:
            same = run(count, True, Path(folder))
            apart = run(count, False, Path(folder))
            print(f"| {count} | {same[0]:.2f} | {apart[0]:.2f} | {same[0] / apart[0]:.1f} | {same[1]:.1f} "
                  f"| {same[2]:.0f} (unrelated {apart[2]:.0f}) | {same[3]:,.0f} (unrelated {apart[3]:,.0f}) |")


if __name__ == "__main__":
    main()
