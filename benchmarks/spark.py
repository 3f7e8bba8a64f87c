"""Spark benchmark: `eventwire spark extract` on local[1] and local[2] against `eventwire extract --workers 2`.

Data: the Wikipedia Current Events conflict items (13,138 one-paragraph reports,
shared/datasets/wikipedia-current-events-conflicts/reports.jsonl), or their first N with --limit.
Each run is the whole command in its own process, as a user runs it: for Spark, the JVM's start,
the input read and numbered, extraction (the model loaded once per Python worker) and the Parquet
written; for eventwire extract, the model's load, extraction and JSON Lines to /dev/null.
Prints reports/s per run, local[2] over local[1], and Spark's overhead over eventwire extract.
A run on the first 100 items alone measures each command's fixed cost (start-up, model loads,
writing), which a second core does not shorten. The machine may be shared: with --repeat N the
three commands run N times in turn and the best time of each counts, and the load average seen
during each run is printed beside it.
Results: docs/benchmarks.md.  Run: python benchmarks/spark.py [--limit N]   (make bench-spark)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets"
ITEMS = SHARED / "wikipedia-current-events-conflicts" / "reports.jsonl"
FIXED_ITEMS = 100


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds of the command, and the 1-minute load average at its end (other processes' share)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, os.getloadavg()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--batch", type=Path, default=ITEMS, help="another JSONL batch")
    parser.add_argument("--repeat", type=int, default=1, help="run each command N times in turn; the best counts")
    arguments = parser.parse_args()
    if not arguments.batch.is_file():
        print(f"benchmarks/spark.py: {arguments.batch} is missing (../shared)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        batch = arguments.batch
        if arguments.limit:
            batch = Path(folder) / "sample.jsonl"
            with arguments.batch.open(encoding="utf-8") as source:
                batch.write_text("".join(line for _, line in zip(range(arguments.limit), source, strict=False)),
                                 encoding="utf-8")
        reports = sum(1 for line in batch.open(encoding="utf-8") if line.strip())
        eventwire = [sys.executable, "-m", "eventwire"]
        runs = {
            "eventwire extract --workers 2": [*eventwire, "extract", str(batch), "--workers", "2", "--format", "jsonl"],
            "spark extract local[1]": [*eventwire, "spark", "extract", str(batch), f"{folder}/one", "--master",
                                       "local[1]"],
            "spark extract local[2]": [*eventwire, "spark", "extract", str(batch), f"{folder}/two", "--master",
                                       "local[2]"],
        }
        small = Path(folder) / "fixed.jsonl"
        with arguments.batch.open(encoding="utf-8") as source:
            small.write_text("".join(line for _, line in zip(range(FIXED_ITEMS), source, strict=False)),
                             encoding="utf-8")
        fixed: dict[str, float] = {}
        for name, command in runs.items():
            for output in (f"{folder}/one", f"{folder}/two"):
                shutil.rmtree(output, ignore_errors=True)
            fixed[name] = timed([str(small) if part == str(batch) else part for part in command])[0]
        best: dict[str, tuple[float, float]] = {}
        for _ in range(arguments.repeat):
            for name, command in runs.items():
                for output in (f"{folder}/one", f"{folder}/two"):
                    shutil.rmtree(output, ignore_errors=True)
                took = timed(command)
                best[name] = min(best.get(name, took), took)
    seconds = {name: value for name, (value, _) in best.items()}
    print(f"{reports} reports from {arguments.batch.name}, best of {arguments.repeat}")
    print(f"{'run':<32} {'seconds':>8} {'reports/s':>10} {'load':>6}")
    for name, (value, load) in best.items():
        print(f"{name:<32} {value:>8.1f} {reports / value:>10.1f} {load:>6.1f}")
    print(f"fixed cost (the first {FIXED_ITEMS} items alone): "
          + ", ".join(f"{name} {value:.1f} s" for name, value in fixed.items()))
    one, two = seconds["spark extract local[1]"], seconds["spark extract local[2]"]
    local = seconds["eventwire extract --workers 2"]
    print(f"local[2] over local[1]: {one / two:.2f}x")
    print(f"spark local[2] over eventwire extract --workers 2: {two / local:.2f}x the time "
          f"({two - local:+.1f} s)")
    one_fixed, two_fixed = fixed["spark extract local[1]"], fixed["spark extract local[2]"]
    print(f"local[2] over local[1] past the fixed cost: {(one - one_fixed) / (two - two_fixed):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
