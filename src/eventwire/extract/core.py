"""Extraction: annotate a report, find its places, split it into incidents, write Events."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, TypeVar

from spacy.tokens import Doc, Span

from eventwire.errors import ExtractionFailure
from eventwire.extract.actors import armed_group_names, as_group_name, find_actor, find_blame, find_claim
from eventwire.extract.background import background_cues, names_a_period, opens_a_sequel
from eventwire.extract.incidents import build_event, group_incidents, told_as_known, topic_label_end, unplaced
from eventwire.extract.normalise import Normalised, normalise
from eventwire.extract.relevance import relevant
from eventwire.extract.scope import exercise_lead, figurative_lead, frame_lead, hurt_in_a_game, sport_lead, sport_report
from eventwire.extract.units import PERFECT, Unit, build_units, doers_told_next, political_cue
from eventwire.geo.gazetteer import Place, load_gazetteer
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.resolve import resolve_mentions
from eventwire.nlp.attribution import acronyms_spelt_out
from eventwire.nlp.cache import doc_sentences, span_text
from eventwire.nlp.pipeline import annotate_docs, new_doc
from eventwire.records import Event, Evidence, ExtractionResult, Location, Report
from eventwire.time.bounds import check_date
from eventwire.time.dateline import find_dateline
from eventwire.time.expressions import TimeMention

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
    """One section of a report (the whole report unless it is long), ready for the model.

    ``report`` holds the section's normalised text (and, for the first section, the normalised
    title); ``offset`` is where the section starts in the report's normalised text.
    """

    report: Report
    published: date | None
    published_from: Literal["option", "batch", "dateline", "none"]
    parts: list[tuple[str, list[tuple[int, int]], str | None, bool]]  # text, skip, dateline place, is title
    source: _Source
    offset: int = 0
    first: bool = True
    docs: list[Doc] = field(default_factory=list)
    dateline_text: str | None = None


@dataclass(frozen=True, slots=True)
class _Source:
    """A report as given, and its text and title normalised (``eventwire.extract.normalise``)."""

    report: Report
    text: Normalised
    title: Normalised | None


# A long report is read in sections of paragraphs of at most this many characters, each run
# through the model on its own, so memory stays bounded whatever the report's length (spaCy's
# parse of a 200,000-character text took 944 MB, and its cost grows faster than the text).  News
# reports are far shorter (the longest of the evaluation corpora has 4,245 characters): they are
# one section and read exactly as a whole.
SECTION_CHARS = 20_000
# Sections annotated together hold at most this many characters, so the docs of a batch of long
# reports are never all in memory at once.
BATCH_CHARS = 50_000


def extract_reports(reports: Iterable[Report], options: ExtractOptions | None = None,
                    batch_size: int = BATCH_SIZE) -> Iterator[ExtractionResult]:
    """Extraction of many reports, in order: the model runs over batches (``nlp.pipe``) and
    reports the relevance filter rules out never reach it."""
    options = options or ExtractOptions()
    for chunk in chunked(reports, batch_size):
        sections = [_prepare(report, options) for report in chunk]
        finished: dict[int, list[ExtractionResult]] = {}
        for group in _groups([item for items in sections for item in items], batch_size):
            pending = [item for item in group if item.parts]
            docs = [new_doc(text, item.published, skip) for item in pending for text, skip, _, _ in item.parts]
            annotated = iter(annotate_docs(docs, batch_size)) if docs else iter(())
            for item in pending:
                item.docs = [next(annotated) for _ in item.parts]
            for item in group:
                finished.setdefault(id(item.source), []).append(_finish(item))
                item.docs = []  # the section's parse is no longer needed
        for items in sections:
            yield _merged(items[0].source, finished[id(items[0].source)])


def _groups(items: list[_Prepared], batch_size: int) -> Iterator[list[_Prepared]]:
    """Sections in groups of at most ``batch_size`` and about ``BATCH_CHARS`` characters."""
    group: list[_Prepared] = []
    size = 0
    for item in items:
        length = sum(len(text) for text, _, _, _ in item.parts)
        if group and (len(group) >= batch_size or size + length > BATCH_CHARS):
            yield group
            group, size = [], 0
        group.append(item)
        size += length
    if group:
        yield group


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


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def sections(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """The text cut into spans of at most ``size`` characters: after a line break in the second half
    of the span if there is one (paragraphs stay whole), else after a sentence's end, else after a
    space, else (a run of ``size`` characters with no space) where the size says."""
    size = size or SECTION_CHARS
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = text.rfind("\n", low, high) + 1
        if not cut:
            ends = [match.end() for match in _SENTENCE_END.finditer(text, low, high)]
            cut = ends[-1] if ends else max(text.rfind(" ", low, high) + 1, 0) or high
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _prepare(report: Report, options: ExtractOptions) -> list[_Prepared]:
    # Readers check dates as they read them; this holds for reports built by other code too.
    for given, what in ((options.published, "the published option"), (report.published, "'published'")):
        if given is not None:
            check_date(given, report.origin or report.id, what)
    source = _Source(report, normalise(report.text), normalise(report.title) if report.title else None)
    text = source.text.text
    title = source.title.text if source.title is not None else None
    # The report's own date gives the year of a dateline written without one ("BEIRUT, Oct 7 -").
    dateline = find_dateline(text, published=options.published or report.published)
    published, published_from = _published(report, options, dateline.date if dateline else None)
    prepared: list[_Prepared] = []
    for number, (start, end) in enumerate(sections(text)):
        first = number == 0
        section = Report(report.id, text[start:end], report.published, title if first else None, report.url,
                         report.origin)
        item = _Prepared(section, published, published_from, [], source, start, first)
        prepared.append(item)
        if dateline is not None and dateline.place:
            # The city a wire files from places an incident of any section that names no place.
            item.dateline_text = text[dateline.start : dateline.end]
        if options.filter_irrelevant and not relevant(section):
            continue
        skip = [(dateline.start, dateline.end)] if dateline and first else []
        if first and title and not section.text.lstrip().startswith(title.strip()):
            item.parts.append((title, [], None, True))
        item.parts.append((section.text, skip, dateline.place if dateline else None, False))
    return prepared


def _finish(item: _Prepared) -> ExtractionResult:
    report = item.report
    if not item.parts:
        return ExtractionResult(report.id, item.published, item.published_from, [], relevant=False)
    units: list[Unit] = []
    persons: list[str] = []
    title_units: list[Unit] = []
    for (_, skip, dateline_place, is_title), doc in zip(item.parts, item.docs, strict=True):
        part_units, part_persons = _units(doc, item.published, skip, dateline_place, is_title=is_title)
        if is_title:
            title_units.extend(part_units)
        elif item.first and part_units and not units and _is_headline(report.text, part_units):
            # A headline the parser split ("Drone strike hits X; shells land in Y") is all title.
            line_end = part_units[0].start + len(report.text.lstrip().split("\n", 1)[0].strip())
            for unit in part_units:
                if unit.start < line_end:
                    unit.is_title = True
        units.extend(part_units)
        persons.extend(name for name in part_persons if name not in persons)
    # A name the report tells is an armed group's ("the militant group al-Shabaab") is an armed doer
    # wherever the report names it alone.
    armed_names = armed_group_names("\n".join(part[0] for part in item.parts))
    for position, unit in enumerate(units):
        unit.index = position
        unit.armed_names = armed_names
        if unit.actor:
            unit.actor = as_group_name(unit.actor, unit.text, armed_names)
    lead = next((unit for unit in units if not unit.is_title and (unit.triggers or unit.casualties)), None)
    titles = [unit for unit in units if unit.is_title]
    if lead is not None and lead.accident:
        # "Tanker explosion kills 31" over a lead that tells the tanker overturning: the headline
        # sums up the lead, so it names the same accident.
        for unit in titles:
            unit.accident = True
    elif lead is not None and any(unit.accident for unit in titles) and all(
            t.category in ("generic", "casualty") for t in lead.triggers):
        # "Blast at fireworks depot kills nine" over "nine workers were killed when ... exploded":
        # a lead that names no weapon tells the headline's accident.
        lead.accident = True
    _earlier_months_as_background(units, item.published)
    _totals_after_a_span(units)
    if item.first and lead is not None:
        _totals_report(units, lead)
    if item.first and (_lead_is_frame(item, exercise_lead) or _lead_is_frame(item, sport_lead)
                       or _lead_is_frame(item, figurative_lead) or sport_report(
                           [sentence for doc in item.docs for sentence in doc_sentences(doc)])):
        # An exercise report ("fired missiles at a decommissioned ship on Monday in annual drills")
        # or a game's ("Shakhtar crush Dynamo in Lviv 'battle'"): its acts that hurt no one (players
        # hurt in the game aside) are the exercise's or the game's, whatever day they give.
        for unit in units:  # the headline too: "Shakhtar crush Dynamo in Lviv 'battle'"
            if not any(
                    c.kind in ("killed", "injured") and (c.value or 0) > 0 and not hurt_in_a_game(
                        c, unit.text, unit.start) for c in unit.casualties):
                unit.history = True
    elif item.first and _lead_is_frame(item, frame_lead):
        # A verdict, commemoration or exercise report: its undated acts retell the old attack, and
        # so do acts beside a day that dates something else ('"Justice has arrived today," said
        # X, whose brother was killed in the attack'); "Hours later, ..." tells a new one.
        lead_day = next((unit.event_time for unit in units if not unit.is_title and unit.event_time is not None
                         and unit.event_time.date is not None), None)
        for unit in units:
            time = unit.event_time
            sequel = opens_a_sequel(unit.text)
            if sequel and time is None and lead_day is not None:
                # "Survivors marked the anniversary on Thursday. Hours later, gunmen attacked X": the
                # day of the frame told in the lead.
                opening = len(unit.text) - len(unit.text.lstrip(" \n\"“'‘"))
                unit.times.append(TimeMention(unit.start + opening, unit.start + opening, "", lead_day.date, "day"))
            elif not unit.is_title and not sequel and (time is None or time.start not in unit.toll_times):
                unit.history = True
    political = political_cue(units)
    events: list[Event] = []
    filed_from = dateline_location(item.dateline_text) if item.dateline_text else None
    warnings: list[str] = []
    for incident in group_incidents(units, political):
        event = build_event(incident, political, persons, filed_from)
        if event is not None:
            event.retold = told_as_known(incident, item.published)
            events.append(event)
        elif unplaced(incident, filed_from):
            # Unknown stays unknown, but never silently: an incident whose place is not found.
            sentence = " ".join(incident.units[0].text.split())
            warnings.append(f"an incident with no place that could be found was left out: "
                            f"\"{sentence[:120]}{'...' if len(sentence) > 120 else ''}\" "
                            f"(the place may be missing from the gazetteer; naming its country helps)")
    _verified_for_all(events, units)
    _acronyms_spelt_out(events, acronyms_spelt_out(item.source.text.text))
    _to_original(events, item, [(unit.start, unit.end, unit.text.strip()) for unit in title_units])
    for event in events:
        if event.date is not None and event.date_precision not in (None, "day"):
            # "last week": no day a reader can pin (gold-format.md), so no date; the week is kept.
            event.period_start, event.date = event.date, None
    return ExtractionResult(report.id, item.published, item.published_from, events, warnings=warnings)


def _merged(source: _Source, results: list[ExtractionResult]) -> ExtractionResult:
    """One report's result from those of its sections, in order."""
    if len(results) == 1:
        return results[0]
    warnings: list[str] = []
    for result in results:
        warnings.extend(warning for warning in result.warnings if warning not in warnings)
    first = results[0]
    return ExtractionResult(source.report.id, first.published, first.published_from,
                            [event for result in results for event in result.events], warnings=warnings,
                            relevant=any(result.relevant for result in results))


def _to_original(events: list[Event], item: _Prepared, title_units: list[tuple[int, int, str]]) -> None:
    """Every evidence span of the section's events moved from the section's normalised text (or the
    normalised title) to the report's text (or title) as given: offsets, sentence and span text."""
    source = item.source
    if item.offset == 0 and source.text.offsets.identity and (source.title is None or source.title.offsets.identity):
        return  # a report read whole with nothing normalised: the spans already index it
    for event in events:
        event.evidence = [_original(evidence, item, title_units) for evidence in event.evidence]
        for claim in event.claims:
            claim.evidence = _original(claim.evidence, item, title_units)
            claim.breakdowns = [dataclasses.replace(b, evidence=_original(b.evidence, item, title_units))
                                for b in claim.breakdowns]
        for statement in event.statements:
            statement.evidence = _original(statement.evidence, item, title_units)


def _original(evidence: Evidence, item: _Prepared, title_units: list[tuple[int, int, str]]) -> Evidence:
    in_title = any(sentence == evidence.sentence and start <= evidence.start and evidence.end <= end
                   for start, end, sentence in title_units)
    if in_title:
        assert item.source.title is not None and item.report.title is not None
        normal, given, offset = item.source.title, item.source.report.title or "", 0
        part = item.report.title
    else:
        normal, given, offset, part = item.source.text, item.source.report.text, item.offset, item.report.text
    start, end = normal.offsets.span(evidence.start + offset, evidence.end + offset)
    # The sentence is found where the span is (a sentence may recur in a report); it holds the span,
    # or lies inside it when the span is a whole sentence with its spaces.
    length = len(evidence.sentence)
    at = part.find(evidence.sentence, max(0, evidence.start - length))
    while 0 <= at < evidence.start and at + length < evidence.end:  # ends before the span does: not it
        at = part.find(evidence.sentence, at + 1)
    if at < 0 or at > evidence.end or (at > evidence.start and at + length > evidence.end):
        raise ExtractionFailure(f"{item.source.report.origin or item.report.id}: an evidence sentence was not "
                                "found at its span (a bug: please report it with the text)")
    sentence_start, sentence_end = normal.offsets.span(at + offset, at + offset + len(evidence.sentence))
    return Evidence(given[sentence_start:sentence_end], start, end, given[start:end])


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
        if _verification_note(unit):
            # "None of the tolls could be verified, as phone lines across Darfur are down": the
            # note's places are those of its reason, no incident's, and it speaks of every figure.
            unit.places = []
        # "a village near the border with <country>": the country across a border is no place of the
        # act; without another place the act's country is not said (unknown, not the neighbour).
        unit.places = [place for place in unit.places if not place.mention.neighbour]
        # A clause unit (eventwire.extract.clauses) lies inside its sentence.
        sentence = next((s for s in sentences if s.start_char <= unit.start < s.end_char), None)
        if sentence is not None:
            # A round-up item's place label ("Lubero: Gunmen killed ...") is no doer, nor a name set off
            # after "according to" ("According to the Deputy Governor of X, <name>, a bomb killed ..."),
            # which the parse may make the act's subject.
            skipped = [*skip, unit.label] if unit.label is not None else skip
            # ... nor a story's topic label that opens the text ("Israel–Hamas clashes (May 2021):
            # Israeli airstrikes kill 12"): it names the war, not who did this act.
            if unit.start == sentences[0].start_char and (label := topic_label_end(unit.text)) is not None:
                skipped = [*skipped, (unit.start, unit.start + label)]
            skipped = [*skipped, *((a.start, a.end) for a in unit.attributions if a.cue == "according to")]
            unit.actor = find_actor(sentence, unit.triggers, skipped)
            unit.claimed = find_claim(sentence, skipped)
            unit.blamed = find_blame(sentence, skipped)
    doers_told_next(units)
    persons: list[str] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text not in persons:
            persons.append(ent.text)
    return units, persons


# "Neither side's claims", "the tolls", "these figures": a verification sentence about all the
# report's figures, not one incident's or one body's ("the air force's figures", "its figures").
_COLLECTIVE = re.compile(r"\b(?:neither|either|both|all|none)\b|\b(?:the|these|those)\s+(?:[a-z]+\s+)?(?:claims|"
                         r"figures|tolls|reports|accounts|numbers|casualty figures|details)\b", re.I)


def _verification_note(unit: Unit) -> bool:
    """A sentence that only says whether the report's figures could be verified: a verification
    hedge, words about the figures as a whole, and no act or figure of its own."""
    return any(hedge.kind in ("unverified", "verified") for hedge in unit.hedges) and bool(
        _COLLECTIVE.search(unit.text)) and not unit.casualties and all(
        trigger.category in ("casualty", "generic") for trigger in unit.triggers)


_EVERY = re.compile(r"\b(?:neither|either|both|all|none)\b", re.I)


def _verified_for_all(events: list[Event], units: list[Unit]) -> None:
    """A report's sentence that says its figures could not be verified, or were, with no place of
    its own and in words about them all ("Neither side's claims could be independently verified"),
    in a paragraph that tells no incident, holds for every event of the report that says nothing
    of its own (gold-format.md: verified); so does it for a report's one event when the note was
    told after an incident left out for want of a place ("Separately, the air force said it downed
    46 drones ... Reuters could not independently verify the reports")."""
    if not events:
        return
    said = [unit for unit in units if not unit.places and not unit.history and _COLLECTIVE.search(unit.text) and any(
        hedge.kind in ("unverified", "verified") for hedge in unit.hedges)]
    if not said:
        return
    # "Gunmen killed seven villagers near X, an official said. The reports could not be independently
    # confirmed.": a note inside the paragraph of an incident speaks of that incident's figures, not of
    # the other incidents of a round-up; only a note of a paragraph of its own speaks of them all.
    # "Neither side's claims", "all the figures" speak of them all wherever they stand.
    notes = {id(unit) for unit in said}
    # Keyed as evidence spans start: at the sentence's first character (incidents.sentence_evidence).
    paragraph_of = {unit.start + len(unit.text) - len(unit.text.lstrip()): unit.paragraph for unit in units
                    if not unit.is_title and id(unit) not in notes}
    told_in = {paragraph_of[evidence.start] for event in events for evidence in event.evidence
               if evidence.start in paragraph_of}
    said = [unit for unit in said if _EVERY.search(unit.text) or unit.paragraph not in told_in]
    if not said:
        return
    kinds = {hedge.kind for unit in said for hedge in unit.hedges}
    verified = "unverified" not in kinds
    for event in events:
        if event.verified is None:
            event.verified = verified
            for claim in event.claims:
                claim.verified = verified


def _lead_is_frame(item: _Prepared, test: Callable[[Span], bool]) -> bool:
    """Whether the report's headline or first body sentence (after the dateline) passes ``test``
    (``eventwire.extract.scope.frame_lead`` or ``exercise_lead``)."""
    for (_, skip, _, is_title), doc in zip(item.parts, item.docs, strict=True):
        for sentence in doc_sentences(doc):
            if any(start <= sentence.start_char and sentence.end_char <= end for start, end in skip):
                continue
            if test(sentence):
                return True
            if not is_title and not _headline_line(sentence):
                return False
            if is_title:
                break
    return False


def _earlier_months_as_background(units: list[Unit], published: date | None) -> None:
    """"In late January it captured Goma, in fighting that killed about 3,000": in a report whose
    news is an act dated to the day, an act dated only by an earlier month is background, however
    recent the month (the 45 days of ``background.HISTORY_DAYS`` keep a month-dated act when it
    is the report's own news: "the death toll from last month's bombing rose")."""
    if published is None or not any(
            not unit.history and unit.event_time is not None and unit.event_time.start in unit.toll_times
            and unit.event_time.start not in unit.report_times for unit in units):
        return
    for unit in units:
        if unit.history or unit.event_time is not None:
            continue
        if any(mention.precision == "month" and mention.date is not None and mention.start in unit.toll_times
               and (mention.date.year, mention.date.month) < (published.year, published.month)
               for mention in unit.times):
            unit.history = True


def _totals_after_a_span(units: list[Unit]) -> None:
    """"Northern Mali has been in turmoil since the coup. More than 300 people have died.": a figure
    told in the perfect with no act, place or day of its own, right after a sentence of background
    that names a span ("since ...", "over the past year"), is the span's running total, not a toll
    of the report's incident (background-cues.json period words)."""
    for before, unit in itertools.pairwise(units):
        if not before.history or before.is_title or unit.history or unit.is_title or (
                unit.paragraph != before.paragraph) or unit.places or unit.event_time is not None:
            continue
        if not (names_a_period(before.text) or _SINCE.search(before.text) or _conflict_begun(before.text)):
            continue
        if unit.casualties and all(t.category == "casualty" for t in unit.triggers) and _PERFECT.search(unit.text):
            unit.history = True


_SINCE = re.compile(r"\bsince\b", re.I)
# "The conflict ... began in 2017. It has killed more than 6,000 people": a conflict's start is a span too.
_BEGUN = re.compile(r"\b(?:began|begun|started|broke\s+out|erupted|flared)\b", re.I)


def _conflict_begun(text: str) -> bool:
    """Whether a sentence tells when a conflict (background-cues.json conflict_nouns) began."""
    return _BEGUN.search(text) is not None and _conflict_noun().search(text) is not None


@lru_cache(maxsize=1)
def _conflict_noun() -> re.Pattern[str]:
    nouns = sorted(background_cues().conflict_nouns, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(noun) for noun in nouns) + r")\b", re.I)
_PERFECT = re.compile(PERFECT, re.I)


def _totals_report(units: list[Unit], lead: Unit) -> None:
    """"UN counts more than 1,500 killed in gang violence in three months": a report led by a
    period's total, with no act dated to a day anywhere, tells statistics; its undated acts ("185
    kidnappings", "64% of those killed were hit during operations") are parts of the total."""
    if not lead.history or not any(c.value is not None for c in lead.casualties) or not names_a_period(lead.text):
        return
    if any(unit.toll_times for unit in units if not unit.history):
        return
    for unit in units:
        unit.history = True


def _acronyms_spelt_out(events: list[Event], acronyms: dict[str, str]) -> None:
    """A source the report names by an acronym it defines ("the SDF said", after "the Syrian
    Democratic Forces (SDF)") is given as the name with its acronym, "Syrian Democratic Forces
    (SDF)", so that either form a reader knows finds it; so is a source named in full whose
    acronym the report gives ("the Inter-Services Public Relations said" in a report that writes
    "(ISPR)")."""
    if not acronyms:
        return
    by_name = {full.lower(): acronym for acronym, full in acronyms.items()}

    def spelt(source: str | None) -> str | None:
        if not source:
            return source
        full = acronyms.get(source)
        if full:
            return f"{full} ({source})"
        acronym = by_name.get(source.lower())
        return f"{source} ({acronym})" if acronym else source

    for event in events:
        event.source = spelt(event.source)
        for claim in event.claims:
            claim.source = spelt(claim.source)
        for statement in event.statements:
            statement.source = spelt(statement.source) or statement.source


def _headline_line(sentence: Span) -> bool:
    """A line of its own with no sentence end before the lead: the headline the text carries in
    its body, or a byline or date line under it ("Sports Desk", "By X, Abuja", "Published May 30,
    2025"); the lead is the sentence after them.  The caller reads such lines only from the
    text's start."""
    text = span_text(sentence)
    return "\n" in text and len(text.strip()) < 200 and not _HEADLINE_END.search(text.strip())


def _is_headline(text: str, units: list[Unit]) -> bool:
    """Whether the report's first line, told by the first units (one, or more where the parser
    split it at a semicolon), is a headline: short, on a line of its own, with no sentence end."""
    line = text.lstrip().split("\n", 1)
    if len(line) != 2 or len(line[0]) >= 200 or _HEADLINE_END.search(line[0]):
        return False
    told = ""
    for unit in units:
        told = f"{told} {unit.text.strip()}".strip()
        if told == " ".join(line[0].split()):
            return True
        if len(told) > len(line[0]):
            return False
    return False


# A wire dateline names where the reporter files from, a city of some size ("KHARKIV, Ukraine (AP) —").
DATELINE_MIN_POPULATION = 10_000


def dateline_location(dateline: str) -> Location | None:
    """The city a wire dateline names, for an incident whose text names no place of its own ("... hit
    an apartment block in the city"): the largest town of that name, in the country the dateline
    names when it names one; None when the gazetteer has no such town of some size.  Precision 2:
    the report places the incident at or near the city it is filed from, not in it for certain."""
    gazetteer = load_gazetteer()
    # "KABUL (Reuters) -", "GAO, Mali —", "QUETTA:", "BANNU / PESHAWAR:" (the first place of several).
    head = dateline.split("(", 1)[0].split("/", 1)[0].strip(" -–—:")
    name, _, rest = head.partition(",")
    # "HYDERABAD, Pakistan, Aug 12 -": the country ends at the next comma, before the day.
    rest = rest.partition(",")[0]
    # ("LAS NAVAS, Northern Samar -": a second-level unit says the country as a region does.)
    countries = {p.country for word in [rest.strip()] if word for p in gazetteer.lookup(word)
                 if p.feature in ("country", "region")} | {unit.country for unit in gazetteer.districts(rest.strip())}

    def towns_named(written: str) -> list[Place]:
        return [p for p in gazetteer.lookup(written.strip().title()) if p.feature == "city"
                and (not countries or p.country in countries)]

    towns = towns_named(name)
    if not towns and name.strip().lower().endswith(" city"):
        # "KIDAPAWAN CITY, June 3 -": the town's name without the word for its kind.
        name = name.strip()[: -len(" city")]
        towns = towns_named(name)
    if not towns:
        return None
    town = max(towns, key=lambda p: p.population)
    if town.population < DATELINE_MIN_POPULATION and not town.capital and not countries:
        return None  # (a small town is a dateline's only when the dateline names its province or country)
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
