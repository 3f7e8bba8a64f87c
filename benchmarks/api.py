"""REST API benchmark: latency and requests/s of the read endpoints of ``eventwire serve``.

Ingests a corpus into a fresh store (default: the Wikipedia Current Events conflict items in
../shared, about 13,000 reports), starts ``eventwire serve`` on loopback and sends sequential
requests from this process: a page of 100 events, a page deep in the list, a filtered page,
one event with its claims and history, one report with its spans, the timeline, the facets, and
the ACLED CSV export of every event. Prints the median and 95th-percentile latency, requests/s,
and the server's peak memory.

    python benchmarks/api.py [--store PATH] [--corpus BATCH.jsonl] [--requests N]   (make bench-api)
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets"
DEFAULT_CORPUS = SHARED / "wikipedia-current-events-conflicts" / "reports.jsonl"


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as response:
        return bytes(response.read())


def measure(name: str, make_url: Callable[[], str], count: int) -> None:
    latencies = []
    size = 0
    started = time.perf_counter()
    for _ in range(count):
        begin = time.perf_counter()
        size = len(get(make_url()))
        latencies.append((time.perf_counter() - begin) * 1000)
    seconds = time.perf_counter() - started
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<34} {count:>5}  median {statistics.median(latencies):8.1f} ms  p95 {p95:8.1f} ms  "
          f"{count / seconds:8.1f} req/s  {size / 1024:9.1f} KiB")


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="an existing store to serve (default: ingest --corpus first)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL batch to ingest")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint (exports: a tenth)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = args.store
        if store is None:
            store = Path(folder) / "bench.db"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(args.corpus), "--db", str(store)],
                           check=True, stdout=subprocess.DEVNULL)
            print(f"ingested {args.corpus.name} in {time.perf_counter() - started:.1f} s")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(store), "--port",
                                   str(port), "--log-level", "warning"], env={**os.environ, "EVENTWIRE_TOKEN": ""},
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}/api/v1"
        try:
            for _ in range(200):
                try:
                    facets = get(base + "/facets")
                    break
                except OSError:
                    time.sleep(0.1)
            import json

            total = json.loads(get(base + "/events?limit=1"))["total"]
            top_country = json.loads(facets)["countries"][0]["code"]
            ids = [event["id"] for event in json.loads(get(base + "/events?limit=1000"))["events"]]
            reports = [int(report["id"]) for event_id in ids[:50]
                       for report in json.loads(get(f"{base}/events/{event_id}"))["reports"]]
            print(f"store: {store} ({total} events); {args.requests} sequential requests per endpoint")
            count = args.requests
            measure("events, first page of 100", lambda: base + "/events?limit=100", count)
            measure("events, page of 100 at the end", lambda: f"{base}/events?limit=100&offset={max(total - 100, 0)}",
                    count)
            measure(f"events, country={top_country}, killed>=5",
                    lambda: f"{base}/events?country={top_country}&min_fatalities=5&limit=100", count)
            measure("one event (claims, history)", lambda: f"{base}/events/{random.choice(ids)}", count)
            measure("one report (text, spans)", lambda: f"{base}/reports/{random.choice(reports)}", count)
            measure("timeline", lambda: base + "/timeline", count)
            measure("facets", lambda: base + "/facets", count)
            measure("export acled-csv, all events", lambda: base + "/export?format=acled-csv", max(count // 10, 1))
            print(f"server peak memory: {peak_memory_mb(server.pid):.0f} MB")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
