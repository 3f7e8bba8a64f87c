"""Scoring extraction against gold exactly as ../shared/spec/gold-format.md says.

A predicted event matches a gold event of the same report when the dates are equal (or
the gold date is null) and they share a location; each gold event matches at most once.
Event precision/recall/F1 over all reports, then per field the share right over matched
pairs; a report whose gold list is empty scores a false positive per predicted event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate.gold import GoldEvent, GoldReport, read_gold
from eventwire.evaluate.names import NameMatcher
from eventwire.extract import ExtractOptions, extract_report
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.records import Event, ExtractionResult

FIELDS = ("date", "location", "event_type", "sub_event_type", "fatalities", "injured", "source", "verified")


@dataclass(slots=True)
class ReportScore:
    id: str
    gold: int
    predicted: int
    matched: int
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_fields: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Score:
    reports: list[ReportScore]
    true_positives: int
    false_positives: int
    false_negatives: int
    field_right: dict[str, int]
    negatives: int
    negatives_with_events: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self, name: str) -> float | None:
        return self.field_right[name] / self.true_positives if self.true_positives else None

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "events": {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                       "f1": round(self.f1, 4), "true_positives": self.true_positives,
                       "false_positives": self.false_positives, "false_negatives": self.false_negatives},
            "fields": {name: (None if (acc := self.field_accuracy(name)) is None else round(acc, 4))
                       for name in FIELDS},
            "negatives": {"reports": self.negatives, "with_events": self.negatives_with_events},
            "reports": len(self.reports),
        }
        if details:
            result["details"] = [
                {"id": r.id, "gold": r.gold, "predicted": r.predicted, "matched": r.matched, "missed": r.missed,
                 "extra": r.extra, "wrong_fields": r.wrong_fields}
                for r in self.reports
            ]
        return result


def evaluate_gold(path: str, on_report: Callable[[str], None] | None = None,
                  options: ExtractOptions | None = None) -> Score:
    """Extract every report of a gold file and score the predictions."""
    gold = read_gold(path)
    predictions = []
    for item in gold:
        predictions.append(extract_report(item.report, options or ExtractOptions()))
        if on_report is not None:
            on_report(item.report.id)
    return score_reports(gold, predictions)


def score_reports(gold: Iterable[GoldReport], predictions: Iterable[ExtractionResult]) -> Score:
    matcher = NameMatcher(load_gazetteer())
    by_id = {p.report_id: p for p in predictions}
    reports: list[ReportScore] = []
    right = dict.fromkeys(FIELDS, 0)
    tp = fp = fn = negatives = negatives_with_events = 0
    for item in gold:
        predicted = by_id[item.report.id].events if item.report.id in by_id else []
        pairs = _match(item.events, predicted, matcher)
        report = ReportScore(item.report.id, len(item.events), len(predicted), len(pairs))
        tp += len(pairs)
        fp += len(predicted) - len(pairs)
        fn += len(item.events) - len(pairs)
        if not item.events:
            negatives += 1
            negatives_with_events += bool(predicted)
        for gold_event, event in pairs:
            for name in FIELDS:
                if _field_right(name, gold_event, event, matcher):
                    right[name] += 1
                else:
                    report.wrong_fields.append(f"{name}: predicted {_field_value(name, event)!r}, "
                                               f"gold {_gold_value(name, gold_event)!r}")
        matched_gold = {id(g) for g, _ in pairs}
        matched_predicted = {id(e) for _, e in pairs}
        report.missed = [_describe_gold(g) for g in item.events if id(g) not in matched_gold]
        report.extra = [_describe(e) for e in predicted if id(e) not in matched_predicted]
        reports.append(report)
    return Score(reports, tp, fp, fn, right, negatives, negatives_with_events)


def _matches(gold: GoldEvent, event: Event, matcher: NameMatcher) -> bool:
    if gold.date is not None and gold.date != event.date:
        return False
    return any(matcher.same_place(loc, gold_loc) for loc in event.locations for gold_loc in gold.locations)


def _match(gold: tuple[GoldEvent, ...], predicted: list[Event], matcher: NameMatcher
           ) -> list[tuple[GoldEvent, Event]]:
    candidates = []
    for g_index, gold_event in enumerate(gold):
        for p_index, event in enumerate(predicted):
            if _matches(gold_event, event, matcher):
                agreement = sum(_field_right(name, gold_event, event, matcher) for name in FIELDS)
                candidates.append((-agreement, g_index, p_index))
    pairs = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, g_index, p_index in sorted(candidates):
        if g_index in used_gold or p_index in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_index)
        pairs.append((gold[g_index], predicted[p_index]))
    return pairs


def _field_right(name: str, gold: GoldEvent, event: Event, matcher: NameMatcher) -> bool:
    if name == "location":
        return bool(event.locations) and bool(gold.locations) and matcher.same_place(event.locations[0],
                                                                                     gold.locations[0])
    if name == "source":
        return matcher.same_source(event.source, gold.source)
    return bool(_field_value(name, event) == _gold_value(name, gold))


def _field_value(name: str, event: Event) -> Any:
    if name == "location":
        return event.locations[0].name if event.locations else None
    return getattr(event, name)


def _gold_value(name: str, gold: GoldEvent) -> Any:
    if name == "location":
        return gold.locations[0].name if gold.locations else None
    return getattr(gold, name)


def _describe(event: Event) -> str:
    place = ", ".join(loc.name for loc in event.locations)
    return f"{event.date} {place} {event.sub_event_type} killed={event.fatalities} injured={event.injured}"


def _describe_gold(event: GoldEvent) -> str:
    place = ", ".join(loc.name for loc in event.locations)
    return f"{event.date} {place} {event.sub_event_type} killed={event.fatalities} injured={event.injured}"
