"""Long-report benchmark: time and peak memory of extracting one long relevant report.

The report is built from the Wikinews gold reports of ../shared/corpus (real news text, every
paragraph relevant), repeated until it has the asked number of characters, and extracted once in
a fresh process so the peak memory (ru_maxrss) is its own; the model's load is timed apart.
Run: python benchmarks/long_report.py [--chars 200000]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews.gold.jsonl"


def long_text(chars: int) -> str:
    lines = [json.loads(line) for line in CORPUS.open()]
    texts = [(CORPUS.parent / line["text_file"]).read_text() for line in lines if line.get("events")]
    parts: list[str] = []
    size = 0
    while size < chars:
        for text in texts:
            parts.append(text.strip() + "\n\n")
            size += len(parts[-1])
    return "".join(parts)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    args = parser.parse_args()
    from eventwire.extract import ExtractOptions, extract_report
    from eventwire.nlp.pipeline import load_pipeline
    from eventwire.records import Report

    text = long_text(args.chars)
    started = time.perf_counter()
    load_pipeline()
    loaded = time.perf_counter()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = extract_report(Report("long", text), ExtractOptions())
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(text):,} characters: model load {loaded - started:.1f} s, extraction {done - loaded:.1f} s, "
          f"{len(result.events)} events, peak RSS {peak:.0f} MB (after the model loaded: {base:.0f} MB)")


if __name__ == "__main__":
    main()
