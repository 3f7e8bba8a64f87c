"""Extraction: annotate a report, find its places, split it into incidents, write Events."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, TypeVar

from spacy.tokens import Doc

from eventwire.extract.actors import find_actor, find_claim
from eventwire.extract.incidents import build_event, group_incidents, unplaced
from eventwire.extract.relevance import relevant
from eventwire.extract.units import Unit, build_units, political_cue
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.resolve import resolve_mentions
from eventwire.nlp.cache import doc_sentences
from eventwire.nlp.pipeline import annotate_docs, new_doc
from eventwire.records import Event, ExtractionResult, Location, Report
from eventwire.time.bounds import check_date
from eventwire.time.dateline import find_dateline

_HEADLINE_END = re.compile(r"[.!?:;\"”]\s*$")


T = TypeVar("T")
BATCH_SIZE = 32
# How far a feed's date may run past the report's own dateline and still be the same report day.
DATELINE_LAG = timedelta(days=1)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """Settings of one extraction run (one object for the CLI and the Python API).

    ``published``: the reports' date when they carry none; ``filter_irrelevant``: let reports
    with no sign of political violence skip the model (``eventwire.extract.relevance``).
    """

    published: date | None = None
    filter_irrelevant: bool = True


def extract_report(report: Report, options: ExtractOptions | None = None) -> ExtractionResult:
    """Every incident the report describes, with its claims and their provenance."""
    return next(extract_reports([report], options))


@dataclass(slots=True)
class _Prepared:
    report: Report
    published: date | None
    published_from: Literal["option", "batch", "dateline", "none"]
    parts: list[tuple[str, list[tuple[int, int]], str | None, bool]]  # text, skip, dateline place, is title
    docs: list[Doc] = field(default_factory=list)
    dateline_text: str | None = None


def extract_reports(reports: Iterable[Report], options: ExtractOptions | None = None,
                    batch_size: int = BATCH_SIZE) -> Iterator[ExtractionResult]:
    """Extraction of many reports, in order: the model runs over batches (``nlp.pipe``) and
    reports the relevance filter rules out never reach it."""
    options = options or ExtractOptions()
    for chunk in chunked(reports, batch_size):
        prepared = [_prepare(report, options) for report in chunk]
        pending = [item for item in prepared if item.parts]
        docs = [new_doc(text, item.published, skip) for item in pending for text, skip, _, _ in item.parts]
        annotated = iter(annotate_docs(docs, batch_size)) if docs else iter(())
        for item in pending:
            item.docs = [next(annotated) for _ in item.parts]
        for item in prepared:
            yield _finish(item)


def chunked(reports: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    """Reports (or items carrying them) in lists of ``size`` (the last one shorter), lazily."""
    chunk: list[T] = []
    for report in reports:
        chunk.append(report)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare(report: Report, options: ExtractOptions) -> _Prepared:
    # Readers check dates as they read them; this holds for reports built by other code too.
    for given, what in ((options.published, "the published option"), (report.published, "'published'")):
        if given is not None:
            check_date(given, report.origin or report.id, what)
    # The report's own date gives the year of a dateline written without one ("BEIRUT, Oct 7 -").
    dateline = find_dateline(report.text, published=options.published or report.published)
    published, published_from = _published(report, options, dateline.date if dateline else None)
    item = _Prepared(report, published, published_from, [])
    if dateline is not None and dateline.place:
        item.dateline_text = report.text[dateline.start : dateline.end]
    if not options.filter_irrelevant or relevant(report):
        skip = [(dateline.start, dateline.end)] if dateline else []
        if report.title and not report.text.lstrip().startswith(report.title.strip()):
            item.parts.append((report.title, [], None, True))
        item.parts.append((report.text, skip, dateline.place if dateline else None, False))
    return item


def _finish(item: _Prepared) -> ExtractionResult:
    report = item.report
    if not item.parts:
        return ExtractionResult(report.id, item.published, item.published_from, [], relevant=False)
    units: list[Unit] = []
    persons: list[str] = []
    for (_, skip, dateline_place, is_title), doc in zip(item.parts, item.docs, strict=True):
        part_units, part_persons = _units(doc, item.published, skip, dateline_place, is_title=is_title)
        if not is_title and part_units and not units and _is_headline(report.text, part_units[0]):
            part_units[0].is_title = True
        units.extend(part_units)
        persons.extend(name for name in part_persons if name not in persons)
    for position, unit in enumerate(units):
        unit.index = position
    political = political_cue(units)
    events: list[Event] = []
    filed_from = dateline_location(item.dateline_text) if item.dateline_text else None
    warnings: list[str] = []
    for incident in group_incidents(units, political):
        event = build_event(incident, political, persons, filed_from)
        if event is not None:
            events.append(event)
        elif unplaced(incident, filed_from):
            # Unknown stays unknown, but never silently: an incident whose place is not found.
            sentence = " ".join(incident.units[0].text.split())
            warnings.append(f"an incident with no place that could be found was left out: "
                            f"\"{sentence[:120]}{'...' if len(sentence) > 120 else ''}\" "
                            f"(the place may be missing from the gazetteer; naming its country helps)")
    return ExtractionResult(report.id, item.published, item.published_from, events, warnings=warnings)


def _units(doc: Doc, published: date | None, skip: list[tuple[int, int]], dateline_place: str | None,
           *, is_title: bool) -> tuple[list[Unit], list[str]]:
    """Units of an annotated text and the person names its NER found (to expand surnames)."""
    gazetteer = load_gazetteer()
    mentions = find_place_mentions(doc, gazetteer, skip)
    resolved = resolve_mentions(mentions, gazetteer, dateline_place)
    units = build_units(doc, resolved, published, skip)
    sentences = doc_sentences(doc)
    for unit in units:
        unit.is_title = is_title
        # A clause unit (eventwire.extract.clauses) lies inside its sentence.
        sentence = next((s for s in sentences if s.start_char <= unit.start < s.end_char), None)
        if sentence is not None:
            unit.actor = find_actor(sentence, unit.triggers, skip)
            unit.claimed = find_claim(sentence, skip)
    persons: list[str] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text not in persons:
            persons.append(ent.text)
    return units, persons


def _is_headline(text: str, first: Unit) -> bool:
    line = text.lstrip().split("\n", 1)
    return (len(line) == 2 and first.text.strip() == line[0].strip() and len(line[0]) < 200
            and not _HEADLINE_END.search(line[0]))


# A wire dateline names where the reporter files from, a city of some size ("KHARKIV, Ukraine (AP) —").
DATELINE_MIN_POPULATION = 10_000


def dateline_location(dateline: str) -> Location | None:
    """The city a wire dateline names, for an incident whose text names no place of its own ("... hit
    an apartment block in the city"): the largest town of that name, in the country the dateline
    names when it names one; None when the gazetteer has no such town of some size.  Precision 2:
    the report places the incident at or near the city it is filed from, not in it for certain."""
    gazetteer = load_gazetteer()
    head = dateline.split("(", 1)[0].strip(" -–—")
    name, _, rest = head.partition(",")
    countries = {p.country for word in [rest.strip()] if word for p in gazetteer.lookup(word)
                 if p.feature in ("country", "region")}
    towns = [p for p in gazetteer.lookup(name.strip().title()) if p.feature == "city"
             and (not countries or p.country in countries)]
    if not towns:
        return None
    town = max(towns, key=lambda p: p.population)
    if town.population < DATELINE_MIN_POPULATION and not town.capital:
        return None
    return Location(name.strip().title(), town.country, town.admin1, town.lat, town.lon, town.geonameid, 2, "city",
                    name.strip())


def _published(report: Report, options: ExtractOptions, from_dateline: date | None
               ) -> tuple[date | None, Literal["option", "batch", "dateline", "none"]]:
    if options.published is not None:
        return options.published, "option"
    if report.published is not None:
        if from_dateline is not None and timedelta(0) < report.published - from_dateline <= DATELINE_LAG:
            # A feed's timestamp may run a day past the wire's dateline ("BEIRUT, Oct 7 -" stamped
            # Oct 8 UTC): the dateline's day is the report's day, and "yesterday" counts from it.
            return from_dateline, "dateline"
        return report.published, "batch"
    if from_dateline is not None:
        return from_dateline, "dateline"
    return None, "none"
