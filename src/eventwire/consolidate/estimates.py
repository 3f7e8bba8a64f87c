"""Toll history and the UCDP-style best / low / high estimate of one consolidated event.

Rule (docs/consolidation.md):

- every numeric figure of a kind (killed, injured) that a report gives for the incident is a
  point of the toll history: the figure, its qualifier, its source and the report's date;
- each source's latest figure counts (a source's earlier figures are superseded by its own
  later ones, never by another source's); figures without a source count as one source per
  report ("the report said");
- best: the latest figure of the leading source, the named source cited in the most
  reports (ties: the one cited most recently); without named sources, the latest figure;
- low / high: the smallest and largest of the sources' latest figures (a range contributes
  its bounds);
- disputed: one source's latest figure is materially lower (by more than 10% and at least 2)
  than another's and no older than it; an older lower figure is only outdated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from eventwire.consolidate.linking import MemberEvent

MATERIAL_SHARE = 0.10
MATERIAL_ABSOLUTE = 2


@dataclass(frozen=True, slots=True)
class TollPoint:
    """One figure of the toll history."""

    kind: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    source: str | None
    published: date | None
    report_id: int
    evidence: str


@dataclass(frozen=True, slots=True)
class Estimate:
    best: int | None
    low: int | None
    high: int | None
    by_source: dict[str, int]
    disputed: bool


def toll_history(members: list[MemberEvent], kind: str) -> list[TollPoint]:
    """Every figure of ``kind`` in report order (by publication date, then storage order)."""
    points = []
    for member in sorted(members, key=lambda m: (m.published or date.min, m.report_id)):
        for claim in member.claims:
            if claim.kind != kind or (claim.value is None and claim.low is None):
                continue
            points.append(TollPoint(kind, claim.value, claim.low, claim.high, claim.qualifier, claim.source,
                                    member.published, member.report_id, claim.evidence.text))
    return points


def source_key(point: TollPoint) -> str:
    return point.source if point.source else f"(report {point.report_id})"


def estimate(points: list[TollPoint]) -> Estimate:
    """The estimate of a toll history given in report order."""
    latest: dict[str, TollPoint] = {}
    for point in points:
        latest[source_key(point)] = point
    # Per named source, in one pass: the reports citing it and where it was last cited.
    reports: dict[str, set[int]] = {}
    order: dict[str, int] = {}
    for index, point in enumerate(points):
        if point.source:
            reports.setdefault(point.source, set()).add(point.report_id)
            order[point.source] = index
    if reports:
        leading: str | None = max(reports, key=lambda source: (len(reports[source]), order[source]))
    else:
        leading = source_key(points[-1]) if points else None
    return estimate_latest(latest, leading)


def estimate_latest(latest: dict[str, TollPoint], leading: str | None) -> Estimate:
    """The estimate from each source's latest point and the source whose figure is best: the named
    source cited in the most reports (ties: the one cited most recently), else the latest point's."""
    if not latest or leading is None:
        return Estimate(None, None, None, {}, False)
    values = {key: point.value if point.value is not None else point.high for key, point in latest.items()}
    bounds = [v for point in latest.values() for v in (point.value, point.low, point.high) if v is not None]
    return Estimate(values[leading], min(bounds), max(bounds), {k: v for k, v in values.items() if v is not None},
                    _disputed(latest))


def _disputed(latest: dict[str, TollPoint]) -> bool:
    """Two sources disagree when one gives a materially lower figure no earlier than the other's
    higher one; a lower figure that is older is only outdated (a toll rising over time)."""
    # Both conditions on the gap grow with the higher figure, so each figure is held against the
    # largest one no later than it: one sort, not every pair (an event may have thousands of sources).
    points = sorted(((p.published or date.min, p.value) for p in latest.values() if p.value is not None),
                    key=lambda point: point[0])
    highest: int | None = None
    for _, group in groupby(points, key=lambda point: point[0]):
        same_day = [value for _, value in group]
        highest = max(same_day) if highest is None else max(highest, *same_day)
        for lower in same_day:
            gap = highest - lower
            if gap >= MATERIAL_ABSOLUTE and gap > MATERIAL_SHARE * highest:
                return True
    return False
