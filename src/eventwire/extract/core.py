"""Extraction: annotate a report, find its places, split it into incidents, write Events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from eventwire.extract.actors import find_actor
from eventwire.extract.incidents import build_event, group_incidents
from eventwire.extract.units import Unit, build_units, political_cue
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.resolve import resolve_mentions
from eventwire.nlp.pipeline import annotate
from eventwire.records import Event, ExtractionResult, Report
from eventwire.time.dateline import find_dateline

_HEADLINE_END = re.compile(r"[.!?:;\"”]\s*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """Settings of one extraction run (one object for the CLI and the Python API)."""

    published: date | None = None


def extract_report(report: Report, options: ExtractOptions | None = None) -> ExtractionResult:
    """Every incident the report describes, with its claims and their provenance."""
    options = options or ExtractOptions()
    dateline = find_dateline(report.text)
    published, published_from = _published(report, options, dateline.date if dateline else None)
    skip = [(dateline.start, dateline.end)] if dateline else []
    units: list[Unit] = []
    persons: list[str] = []
    if report.title and not report.text.lstrip().startswith(report.title.strip()):
        title_units, persons = _units(report.title, published, [], None, is_title=True)
        units.extend(title_units)
    body, body_persons = _units(report.text, published, skip, dateline.place if dateline else None,
                                is_title=False)
    persons.extend(name for name in body_persons if name not in persons)
    if body and not units and _is_headline(report.text, body[0]):
        body[0].is_title = True
    units.extend(body)
    for position, unit in enumerate(units):
        unit.index = position
    political = political_cue(units)
    events: list[Event] = []
    for incident in group_incidents(units, political):
        event = build_event(incident, political, persons)
        if event is not None:
            events.append(event)
    return ExtractionResult(report.id, published, published_from, events)


def _units(text: str, published: date | None, skip: list[tuple[int, int]], dateline_place: str | None,
           *, is_title: bool) -> tuple[list[Unit], list[str]]:
    """Units of ``text`` and the person names its NER found (to expand surnames)."""
    doc = annotate(text, published, skip)
    gazetteer = load_gazetteer()
    mentions = find_place_mentions(doc, gazetteer, skip)
    resolved = resolve_mentions(mentions, gazetteer, dateline_place)
    units = build_units(doc, resolved, published, skip)
    sentences = {sentence.start_char: sentence for sentence in doc.sents}
    for unit in units:
        unit.is_title = is_title
        sentence = sentences.get(unit.start)
        if sentence is not None:
            unit.actor = find_actor(sentence, unit.triggers)
    persons: list[str] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text not in persons:
            persons.append(ent.text)
    return units, persons


def _is_headline(text: str, first: Unit) -> bool:
    line = text.lstrip().split("\n", 1)
    return (len(line) == 2 and first.text.strip() == line[0].strip() and len(line[0]) < 200
            and not _HEADLINE_END.search(line[0]))


def _published(report: Report, options: ExtractOptions, from_dateline: date | None
               ) -> tuple[date | None, Literal["option", "batch", "dateline", "none"]]:
    if options.published is not None:
        return options.published, "option"
    if report.published is not None:
        return report.published, "batch"
    if from_dateline is not None:
        return from_dateline, "dateline"
    return None, "none"
