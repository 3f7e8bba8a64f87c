"""Load and soak benchmark: concurrent API readers while a batch is ingested.

Starts ``eventwire serve`` on a fresh store, then ``eventwire ingest`` of a JSONL batch (by default
the first 10,000 Wikipedia Current Events conflict items of ../shared, each a report) while
READERS threads send read requests (a page of events, one event, one report, the timeline, the
facets) as fast as answers come. Prints the read latency percentiles per endpoint and overall,
errors (any answer but 200, any failed connection), ingest throughput, and the resident memory
(VmRSS) of the ingest and server processes sampled every second, by reports stored: memory
that stays flat as reports pile up. Run: python benchmarks/soak.py [--reports 10000] [--readers 4]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

DEFAULT_CORPUS = (Path(__file__).resolve().parents[2] / "shared" / "datasets" / "wikipedia-current-events-conflicts"
                  / "reports.jsonl")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:  # the process has ended
        return float("nan")
    return float("nan")


def children_rss_mb(pid: int) -> float:
    """The process's memory and its worker processes'."""
    total = rss_mb(pid)
    for child in Path(f"/proc/{pid}/task").glob("*/children"):
        for number in child.read_text().split():
            total += rss_mb(int(number))
    return total


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM reports").fetchone()[0])
    except sqlite3.Error:  # not created yet, or locked for a moment: counted at the next sample
        return -1


class Readers:
    def __init__(self, base: str) -> None:
        self.base = base
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.event_ids: list[int] = []
        self.report_ids: list[int] = []

    def get(self, name: str, path: str) -> bytes | None:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(self.base + path, timeout=60) as answer:
                body: bytes = answer.read()
                status = answer.status
        except urllib.error.HTTPError as error:
            body, status = error.read(), error.code
        except OSError as error:
            with self.lock:
                self.errors.append(f"{name}: {error}")
            return None
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.latencies[name].append(elapsed)
            if status != 200:
                self.errors.append(f"{name} {path}: HTTP {status} {body[:200]!r}")
        return body if status == 200 else None

    def run(self) -> None:
        while not self.stop.is_set():
            choice = random.random()
            if choice < 0.3 or not self.event_ids:
                body = self.get("events page", f"/events?limit=100&offset={random.choice([0, 100, 1000])}")
                if body:
                    ids = [event["id"] for event in json.loads(body)["events"]]
                    if ids:
                        self.event_ids = ids
            elif choice < 0.55:
                body = self.get("one event", f"/events/{random.choice(self.event_ids)}")
                if body:
                    reports = [int(report["id"]) for report in json.loads(body)["reports"]]
                    if reports:
                        self.report_ids = reports
            elif choice < 0.7 and self.report_ids:
                self.get("one report", f"/reports/{random.choice(self.report_ids)}")
            elif choice < 0.85:
                self.get("timeline", "/timeline")
            else:
                self.get("facets", "/facets")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="extraction workers of the ingest")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db, batch = Path(folder) / "soak.db", Path(folder) / "batch.jsonl"
        with args.corpus.open() as source, batch.open("w") as target:
            for number, line in enumerate(source):
                if number >= args.reports:
                    break
                target.write(line)
        # A store to serve from the start: created by ingesting nothing (an empty batch).
        (Path(folder) / "empty.jsonl").write_text("")
        subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(Path(folder) / "empty.jsonl"), "--db",
                        str(db)], check=False, capture_output=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port),
                                   "--log-level", "warning"], env={**os.environ, "EVENTWIRE_TOKEN": ""},
                                  stderr=subprocess.DEVNULL)
        readers = Readers(f"http://127.0.0.1:{port}/api/v1")
        try:
            for _ in range(300):
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                        break
                except OSError:
                    time.sleep(0.1)
            threads = [threading.Thread(target=readers.run, daemon=True) for _ in range(args.readers)]
            started = time.perf_counter()
            log = (Path(folder) / "ingest.log").open("w+")  # a file: a long run's lines never fill a pipe
            ingest = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(batch), "--db", str(db),
                                       "--workers", str(args.workers)], stdout=log, stderr=subprocess.STDOUT,
                                      text=True)
            for thread in threads:
                thread.start()
            samples: list[tuple[float, int, float, float]] = []
            while ingest.poll() is None:
                samples.append((time.perf_counter() - started, stored(db), children_rss_mb(ingest.pid),
                                rss_mb(server.pid)))
                time.sleep(1)
            elapsed = time.perf_counter() - started
            readers.stop.set()
            for thread in threads:
                thread.join(timeout=60)
            log.seek(0)
            summary = [line for line in log.read().splitlines() if line.startswith("read ")]
            log.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
        total = stored(db)
    print(f"ingest: {total:,} reports stored in {elapsed:.0f} s ({total / elapsed:.1f}/s), exit "
          f"{ingest.returncode}; {summary[-1] if summary else ''}")
    print(f"{args.readers} reader threads; errors: {len(readers.errors)}")
    for error in readers.errors[:10]:
        print(f"  {error}")
    print("| endpoint | requests | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    every = [value for values in readers.latencies.values() for value in values]
    for name, values in [*sorted(readers.latencies.items()), ("all reads", every)]:
        if values:
            print(f"| {name} | {len(values):,} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} "
                  f"| {percentile(values, 0.99):.1f} | {max(values):.1f} |")
    print("| reports stored | ingest RSS MB | server RSS MB |")
    print("|---|---|---|")
    marks = [args.reports * share // 10 for share in range(1, 11)]
    for mark in marks:
        sample = next((s for s in samples if s[1] >= mark), samples[-1] if samples else None)
        if sample is not None:
            print(f"| {max(sample[1], 0):,} | {sample[2]:.0f} | {sample[3]:.0f} |")


if __name__ == "__main__":
    main()
