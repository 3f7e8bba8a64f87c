"""Throughput benchmark: the bare spaCy pass against eventwire extract and ingest.

For each corpus (the 295 Wikinews reports, a general news mix, and the Wikipedia Current
Events conflict items) it runs, each stage in its own process so that peak memory is its own:

  (a) model    the bare spaCy pipeline (nlp.pipe over every text, the components eventwire uses)
  (b) extract  eventwire extract end to end (reading, relevance filter, model, rules), 1 worker
  (b2) extract with --workers 2
  (c) ingest   eventwire ingest into a fresh store (extraction, storage, consolidation), 1 worker

and prints reports/s, words/s, peak memory and the ratios b/a and c/a; then the start-up time
to the first report.  Run: python benchmarks/throughput.py [--limit N]   (make bench)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets"
CORPORA = {
    "wikinews (news mix)": SHARED / "wikinews-2019-2020" / "reports.jsonl",
    "wikipedia items (conflict)": SHARED / "wikipedia-current-events-conflicts" / "reports.jsonl",
}


def stage(name: str, batch: Path, workers: int) -> dict[str, float]:
    """Run one stage in this process and return its figures."""
    lines = [json.loads(line) for line in batch.open()]
    words = sum(len(str(line["text"]).split()) for line in lines)
    start = time.perf_counter()
    if name == "model":
        import spacy

        from eventwire.nlp.pipeline import MODEL_PACKAGE

        nlp = spacy.load(MODEL_PACKAGE)
        for _ in nlp.pipe((str(line["text"]) for line in lines), batch_size=32):
            pass
    elif name == "extract":
        from eventwire.extract import ExtractOptions
        from eventwire.pipeline import extract_inputs

        for _ in extract_inputs([str(batch)], ExtractOptions(), workers):
            pass
    elif name == "ingest":
        from eventwire.extract import ExtractOptions
        from eventwire.pipeline import ingest_inputs
        from eventwire.store import Store

        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
            ingest_inputs([str(batch)], store, ExtractOptions(), workers=workers)
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"reports": len(lines), "words": words, "seconds": seconds, "peak_mb": peak / 1024}


def run_stage(name: str, batch: Path, workers: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--stage", name, "--batch", str(batch), "--workers", str(workers)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def startup_seconds(folder: Path) -> float:
    report = folder / "one.txt"
    report.write_text("Shelling killed two people in Kherson on Thursday, officials said.\n")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "eventwire", "extract", str(report), "--published", "2024-05-03"],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="reports per corpus (0: all)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--batch", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage(args.stage, args.batch, args.workers)))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print(f"{'corpus':<28} {'stage':<12} {'reports':>8} {'seconds':>8} {'reports/s':>10} {'words/s':>9}"
              f" {'peak MB':>8} {'x model':>8}")
        for label, path in CORPORA.items():
            if not path.exists():
                print(f"{label}: no data at {path}", file=sys.stderr)
                continue
            lines = path.read_text().splitlines()
            if args.limit:
                lines = lines[: args.limit]
            batch = folder / f"{path.parent.name}.jsonl"
            batch.write_text("\n".join(json.dumps({"id": json.loads(line)["id"], "text": json.loads(line)["text"],
                                                   "published": json.loads(line).get("published")})
                                       for line in lines) + "\n")
            base = None
            for name, workers in (("model", 1), ("extract", 1), ("extract", 2), ("ingest", 1)):
                figures = run_stage(name, batch, workers)
                base = base or figures["seconds"]
                stage_name = name if workers == 1 else f"{name} -w{workers}"
                print(f"{label:<28} {stage_name:<12} {figures['reports']:>8.0f} {figures['seconds']:>8.1f}"
                      f" {figures['reports'] / figures['seconds']:>10.1f} {figures['words'] / figures['seconds']:>9.0f}"
                      f" {figures['peak_mb']:>8.0f} {figures['seconds'] / base:>8.2f}")
        print(f"start-up to the first report (eventwire extract on one report): {startup_seconds(folder):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
