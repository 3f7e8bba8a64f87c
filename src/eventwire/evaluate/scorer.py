"""Scoring extraction against gold exactly as ../shared/spec/gold-format.md says.

A predicted event matches a gold event of the same report when the dates are equal (or
the gold date is null) and they share a location; each gold event matches at most once.
Event precision/recall/F1 over all reports, then per field the share right over matched
pairs; a report whose gold list is empty scores a false positive per predicted event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate.gold import GoldEvent, GoldReport, read_gold
from eventwire.evaluate.names import NameMatcher
from eventwire.evaluate.split import Part, part_of
from eventwire.extract import ExtractOptions, extract_report
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.records import Event, ExtractionResult

FIELDS = ("date", "location", "event_type", "sub_event_type", "fatalities", "injured", "source", "verified")
# Kinds of error, so that a regression shows as a count that moved (docs/evaluation.md): a gold
# event with no predicted event near it; one predicted on the right day in another place
# ("misplaced") or in the right place on another day ("misdated"); two gold incidents written as
# one event ("merged") or one incident written as two ("split"); an event the gold does not have,
# on a report with gold events or on a report that has none (a look-alike); and each field wrong
# over matched events.
EVENT_ERRORS = ("no event", "misplaced event", "misdated event", "merged", "split", "extra event", "extra on negative")
ERROR_KINDS = EVENT_ERRORS + tuple(f"wrong {name}" for name in FIELDS)


@dataclass(slots=True)
class ReportScore:
    id: str
    gold: int
    predicted: int
    matched: int
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_fields: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


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

    def error_counts(self) -> dict[str, int]:
        """How many errors of each kind (every kind listed, zeros included)."""
        counts = Counter(kind for report in self.reports for kind, _ in report.errors)
        return {kind: counts.get(kind, 0) for kind in ERROR_KINDS}

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
            "errors": self.error_counts(),
        }
        if details:
            result["details"] = [
                {"id": r.id, "gold": r.gold, "predicted": r.predicted, "matched": r.matched, "missed": r.missed,
                 "extra": r.extra, "wrong_fields": r.wrong_fields,
                 "errors": [{"kind": kind, "what": what} for kind, what in r.errors]}
                for r in self.reports
            ]
        return result


def evaluate_gold(path: str, on_report: Callable[[str], None] | None = None,
                  options: ExtractOptions | None = None, part: Part | None = None) -> Score:
    """Extract every report of a gold file (or of one part of it, see ``evaluate.split``) and score
    the predictions."""
    gold = [item for item in read_gold(path) if part is None or part_of(item.report.id) == part]
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
        report.errors = _classify(item.events, predicted, pairs, matcher)
        report.errors += [(f"wrong {line.split(':', 1)[0]}", line) for line in report.wrong_fields]
        reports.append(report)
    return Score(reports, tp, fp, fn, right, negatives, negatives_with_events)


def _classify(gold: tuple[GoldEvent, ...], predicted: list[Event], pairs: list[tuple[GoldEvent, Event]],
              matcher: NameMatcher) -> list[tuple[str, str]]:
    """The event-level errors of one report, each with its kind (``EVENT_ERRORS``)."""
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(e) for _, e in pairs}
    free = [e for e in predicted if id(e) not in matched_predicted]
    errors: list[tuple[str, str]] = []
    for gold_event in (g for g in gold if id(g) not in matched_gold):
        described = _describe_gold(gold_event)
        if any(_matches(gold_event, event, matcher) for _, event in pairs):
            errors.append(("merged", f"{described} is inside a predicted event of another gold event"))
            continue
        same_day = next((e for e in free if gold_event.date is None or e.date == gold_event.date), None)
        same_place = next((e for e in free if any(matcher.same_place(loc, gold_loc) for loc in e.locations
                                                  for gold_loc in gold_event.locations)), None)
        if same_place is not None:
            free.remove(same_place)
            errors.append(("misdated event", f"gold {described}; predicted {_describe(same_place)}"))
        elif same_day is not None:
            free.remove(same_day)
            errors.append(("misplaced event", f"gold {described}; predicted {_describe(same_day)}"))
        else:
            errors.append(("no event", f"gold {described}"))
    for event in free:
        if not gold:
            errors.append(("extra on negative", _describe(event)))
        elif any(_matches(gold_event, event, matcher) for gold_event, _ in pairs):
            errors.append(("split", f"{_describe(event)} repeats a matched gold event"))
        else:
            errors.append(("extra event", _describe(event)))
    return errors


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
