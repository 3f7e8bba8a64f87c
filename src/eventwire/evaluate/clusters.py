"""Scoring consolidation: do the reports of one incident end in one event, and only they?

A gold batch with a ``cluster`` field on every line (``shared/corpus/README.md``) names the
incident each report is about. The batch is ingested, in file order and with each line's
``published``, into a fresh temporary store; each report then counts in the consolidated event
that holds its first extracted event (its lead incident; a report's other events are asides).
A report with no extracted event is a singleton of its own.

The measures are the standard ones of entity resolution, over reports:

- pairwise: a pair of reports is predicted when both sit in one event and true when both are in
  one gold cluster; precision, recall and F1 over those pairs;
- B-cubed: per report, the share of its predicted event that is of its gold cluster
  (precision) and the share of its gold cluster that is in its predicted event (recall),
  averaged over reports;
- chains whole: gold clusters of two or more reports (chains) whose reports all sit in one
  event that holds no report of another cluster;
- mixed events: predicted events holding reports of two or more gold clusters; mixed clusters
  and mixed decoys: the gold clusters (the decoys: clusters of one report) with a report in such
  an event.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import GoldFormatError
from eventwire.evaluate.gold import GoldLocation, GoldReport, read_gold
from eventwire.records import Event, ExtractionResult, Location

Assignment = Mapping[str, str]  # report id -> cluster (gold) or event key (predicted)


@dataclass(frozen=True, slots=True)
class ClusterDetail:
    """Where the reports of one gold cluster landed: predicted event key -> its report ids."""

    cluster: str
    reports: tuple[str, ...]
    events: dict[str, tuple[str, ...]]
    whole: bool
    mixed: bool


@dataclass(slots=True)
class ClusterScore:
    reports: int
    clusters: int
    chains: int
    decoys: int
    predicted_events: int
    pair_precision: float
    pair_recall: float
    pair_f1: float
    true_pairs: int
    predicted_pairs: int
    right_pairs: int
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    chains_whole: int
    events_mixed: int
    clusters_mixed: int
    decoys_mixed: int
    details: list[ClusterDetail] = field(default_factory=list)

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "reports": self.reports, "clusters": self.clusters, "chains": self.chains, "decoys": self.decoys,
            "predicted_events": self.predicted_events,
            "pairwise": {"precision": self.pair_precision, "recall": self.pair_recall, "f1": self.pair_f1,
                         "true_pairs": self.true_pairs, "predicted_pairs": self.predicted_pairs,
                         "right_pairs": self.right_pairs},
            "bcubed": {"precision": self.bcubed_precision, "recall": self.bcubed_recall, "f1": self.bcubed_f1},
            "chains_whole": self.chains_whole, "events_mixed": self.events_mixed,
            "clusters_mixed": self.clusters_mixed, "decoys_mixed": self.decoys_mixed,
        }
        if details:
            result["details"] = [{"cluster": d.cluster, "reports": list(d.reports),
                                  "events": {key: list(ids) for key, ids in d.events.items()},
                                  "whole": d.whole, "mixed": d.mixed} for d in self.details]
        return result


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_assignment(gold: Assignment, predicted: Assignment) -> ClusterScore:
    """Score a predicted partition of reports against the gold one (both keyed by report id, in
    the gold's order; a report missing from ``predicted`` is a singleton)."""
    ids = list(gold)
    event_of = {report: predicted.get(report, f"(alone: {report})") for report in ids}
    members: dict[str, list[str]] = defaultdict(list)
    for report in ids:
        members[event_of[report]].append(report)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for report in ids:
        by_cluster[gold[report]].append(report)
    overlap = Counter((gold[report], event_of[report]) for report in ids)

    true_pairs = sum(_pairs(len(reports)) for reports in by_cluster.values())
    predicted_pairs = sum(_pairs(len(reports)) for reports in members.values())
    right_pairs = sum(_pairs(count) for count in overlap.values())
    pair_precision = right_pairs / predicted_pairs if predicted_pairs else 1.0
    pair_recall = right_pairs / true_pairs if true_pairs else 1.0

    precisions = [overlap[gold[r], event_of[r]] / len(members[event_of[r]]) for r in ids]
    recalls = [overlap[gold[r], event_of[r]] / len(by_cluster[gold[r]]) for r in ids]
    b_precision = sum(precisions) / len(ids) if ids else 1.0
    b_recall = sum(recalls) / len(ids) if ids else 1.0

    mixed_events = {key for key, reports in members.items() if len({gold[r] for r in reports}) > 1}
    details = []
    for cluster, reports in by_cluster.items():
        events: dict[str, tuple[str, ...]] = {}
        for report in reports:
            events[event_of[report]] = (*events.get(event_of[report], ()), report)
        mixed = any(key in mixed_events for key in events)
        whole = len(events) == 1 and not mixed
        details.append(ClusterDetail(cluster, tuple(reports), events, whole, mixed))
    chains = [d for d in details if len(d.reports) > 1]
    decoys = [d for d in details if len(d.reports) == 1]
    return ClusterScore(
        reports=len(ids), clusters=len(by_cluster), chains=len(chains), decoys=len(decoys),
        predicted_events=len(members), pair_precision=pair_precision, pair_recall=pair_recall,
        pair_f1=_f1(pair_precision, pair_recall), true_pairs=true_pairs, predicted_pairs=predicted_pairs,
        right_pairs=right_pairs, bcubed_precision=b_precision, bcubed_recall=b_recall,
        bcubed_f1=_f1(b_precision, b_recall), chains_whole=sum(d.whole for d in chains),
        events_mixed=len(mixed_events), clusters_mixed=sum(d.mixed for d in details),
        decoys_mixed=sum(d.mixed for d in decoys), details=details,
    )


def read_clusters(path: str) -> dict[str, str]:
    """The ``cluster`` of every line of a gold file, by report id, in file order."""
    clusters: dict[str, str] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            raw = json.loads(line)
            cluster = raw.get("cluster")
            if not isinstance(cluster, str) or not cluster:
                raise GoldFormatError(f"{path}:{number}: no 'cluster' (the incident the report is about)")
            if str(raw["id"]) in clusters:
                raise GoldFormatError(f"{path}:{number}: report id {raw['id']!r} appears twice")
            clusters[str(raw["id"])] = cluster
    return clusters


def evaluate_clusters(path: str, on_report: Callable[[str], None] | None = None,
                      gold_events: bool = False) -> ClusterScore:
    """Ingest a gold batch with ``cluster`` fields into a fresh temporary store and score how its
    reports were consolidated. With ``gold_events`` the store gets the gold's own events (places
    looked up in the gazetteer) instead of extracted ones: the linking measured alone."""
    from eventwire.extract import ExtractOptions
    from eventwire.pipeline import ingest_report
    from eventwire.store import Store

    gold_reports = read_gold(path)
    clusters = read_clusters(path)
    predicted: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="eventwire-clusters-") as folder, \
            Store(Path(folder) / "clusters.db") as store:
        stored: dict[str, int] = {}
        for item in gold_reports:
            if gold_events:
                added = store.add(item.report, _gold_result(item))
            else:
                added = ingest_report(item.report, store, ExtractOptions(published=item.report.published))
            stored[item.report.id] = added.report_id
            if on_report is not None:
                on_report(item.report.id)
        for report_id, store_id in stored.items():
            row = store.db.execute("SELECT event_id FROM report_events WHERE report_id = ? ORDER BY position "
                                   "LIMIT 1", (store_id,)).fetchone()
            if row is not None and row["event_id"] is not None:
                predicted[report_id] = f"event {row['event_id']}"
    return score_assignment(clusters, predicted)


def _gold_result(item: GoldReport) -> ExtractionResult:
    """The gold events of a report as if extracted: places resolved in the gazetteer (a name it
    lacks keeps the gold's country and region, without coordinates)."""
    events = [Event(date=gold.date, date_precision="day" if gold.date else None,
                    locations=[_gold_location(loc) for loc in gold.locations], event_type=gold.event_type,
                    sub_event_type=gold.sub_event_type, actor1=gold.actor1, actor2=None, fatalities=gold.fatalities,
                    injured=gold.injured, source=gold.source, source_role=None, verified=gold.verified)
              for gold in item.events]
    return ExtractionResult(item.report.id, item.report.published, "batch", events)


def _gold_location(gold: GoldLocation) -> Location:
    from eventwire.geo.geocode import geocode

    for found in geocode(gold.name, gold.country, limit=1):
        if found.chosen.country == gold.country:
            return found.chosen
    return Location(gold.name, gold.country, gold.admin1, None, None, None, 2, "city", gold.name)
