"""The ``eventwire`` command: thin wrappers over the library functions."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import click

from eventwire.errors import EventMergedError, EventwireError, InvalidDateError, InvalidFilterError, OutOfRangeError
from eventwire.evaluate import ERROR_KINDS, FIELDS, Score, evaluate_gold
from eventwire.evaluate.cases import CaseResult, evaluate_cases, is_case_file
from eventwire.evaluate.split import PARTS, Part
from eventwire.export import FORMATS, render_results
from eventwire.export.events import EVENT_FORMATS, EXPORT_FORMATS, render_events
from eventwire.extract import ExtractOptions
from eventwire.pipeline import InputFailure, extract_inputs, ingest_inputs, is_batch
from eventwire.records import ExtractionResult
from eventwire.store import DEFAULT_DB, Store
from eventwire.store.corrections import correct_field, mark_claim, merge_events, split_event
from eventwire.store.db import SQLITE_MAX_INT, StoreMode, check_int
from eventwire.store.overrides import CORRECTABLE_FIELDS
from eventwire.store.queries import EventFilter, get_event, get_report, list_events, marked_text, parse_bbox
from eventwire.time.bounds import check_date
from eventwire.workers import default_workers

EXIT_SOME_FAILED = 1
EXIT_INPUT_ERROR = 2


def _fail(message: str, code: int = EXIT_INPUT_ERROR) -> None:
    click.echo(f"eventwire: error: {message}", err=True)
    sys.exit(code)


class OneLineError(click.ClickException):
    """An error found while click reads the arguments, shown as every other error: one line, exit 2
    (click's usage errors print the usage and a hint over several lines)."""

    exit_code = EXIT_INPUT_ERROR

    def show(self, file: Any = None) -> None:
        click.echo(f"eventwire: error: {self.message}", err=True)


class StoreInteger(click.ParamType[int]):
    """A whole number a store query can take: Python's ints are unbounded, SQLite's are 64-bit, and a
    larger one (``eventwire report 99999999999999999999``) would end in a traceback."""

    name = "integer"

    def __init__(self, low: int) -> None:
        self.low = low

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        label = ("value" if param is None else param.human_readable_name if isinstance(param, click.Argument)
                 else param.opts[0])
        try:
            number = value if isinstance(value, int) else int(str(value), 10)
            return check_int(number, label, self.low)
        except ValueError:
            raise OneLineError(str(OutOfRangeError(
                f"{label} {value!r} is not a whole number from {self.low} to {SQLITE_MAX_INT}"))) from None
        except OutOfRangeError as error:
            raise OneLineError(str(error)) from None


STORE_ID = StoreInteger(1)
COUNT = StoreInteger(0)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(str(InvalidDateError(f"{option} {value!r} is not a YYYY-MM-DD date")))
    return None


def _published(value: str | None) -> date | None:
    """The --published date: a day in the range eventwire accepts (it becomes every report's date)."""
    day = _day(value, "--published")
    if day is not None:
        try:
            check_date(day, "--published")
        except InvalidDateError as error:
            _fail(str(error))
    return day


csv_escape_option = click.option(
    "--no-csv-escape", "no_csv_escape", is_flag=True,
    help="Write CSV cells as they are. Default: a cell starting with = + - @ or a tab or carriage return "
         "gets a leading ' so that a spreadsheet shows it as text instead of running it as a formula.")
allow_outside_option = click.option(
    "--allow-outside", is_flag=True,
    help="Let a JSONL batch line's text_file lie outside the batch's folder (absolute or ../ paths). "
         "Default: refused for that line, so a batch from elsewhere cannot read any file on this machine.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: conflict events from news reports, every figure with its source.

    Run 'eventwire COMMAND --help' for the options of a command.
    """


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", metavar="YYYY-MM-DD",
              help="The reports' publication date; relative dates ('on Saturday') resolve against it. "
                   "Default: the batch line's 'published', else the dateline in the text.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="json", show_default=True,
              help="text: readable; json: one object (or a list for several reports); jsonl: one line per "
                   "report; csv: one row per event.")
@click.option("--example", is_flag=True, help="Read the example report shipped with eventwire.")
@click.option("--workers", type=click.IntRange(1, 64), default=default_workers, show_default="number of cores",
              help="Worker processes for batches (each loads the model once); one chunk runs in-process.")
@click.option("--no-filter", is_flag=True,
              help="Run the model on every report, also those with no sign of political violence.")
@allow_outside_option
@csv_escape_option
def extract(paths: tuple[str, ...], published: str | None, output_format: str, example: bool, workers: int,
            no_filter: bool, allow_outside: bool, no_csv_escape: bool) -> None:
    """Extract the incidents of news reports.

    PATHS are plain-text reports, '-' for standard input, or JSONL batches (a path ending
    in .jsonl: one report per line with id, text or text_file, published, optional title
    and url).  A report that cannot be read prints a one-line error; the others go on.
    Exit status: 0 all extracted, 1 some inputs failed, 2 the only input failed.
    """
    options = ExtractOptions(published=_published(published), filter_irrelevant=not no_filter)
    inputs = list(paths)
    if example:
        inputs.append(str(resources.files("eventwire") / "data" / "example.txt"))
    if not inputs:
        _fail("no input: give a report path, '-' for stdin, a .jsonl batch, or --example")
    single = len(inputs) == 1 and not is_batch(inputs[0])
    results: list[ExtractionResult] = []
    failures: list[InputFailure] = []
    try:
        for item in extract_inputs(inputs, options, workers, allow_outside=allow_outside):
            if isinstance(item, InputFailure):
                failures.append(item)
                click.echo(f"eventwire: error: {item.error}", err=True)
                continue
            for warning in item.warnings:
                click.echo(f"eventwire: warning: {warning}", err=True)
            results.append(item)
            if output_format == "jsonl":
                click.echo(render_results([item], "jsonl"), nl=False)
    except EventwireError as error:
        _fail(str(error))
    if output_format != "jsonl" and results:
        click.echo(render_results(results, output_format, csv_escape=not no_csv_escape), nl=False)
    if failures:
        if single:
            sys.exit(EXIT_INPUT_ERROR)
        click.echo(f"eventwire: {len(failures)} of {len(failures) + len(results)} report(s) failed", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.command()
@click.argument("text")
@click.option("--country", metavar="XX", help="ISO 3166-1 alpha-2 code of the country the places are in.")
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True,
              help="How many candidates to show per place.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
def geocode(text: str, country: str | None, limit: int, as_json: bool) -> None:
    """Show the places in TEXT with their ranked candidates and why each was chosen.

    TEXT is a place name ("Zaporizhzhia") or a sentence ("shelling hit Kupiansk, Kharkiv
    region"); every place mention gets the gazetteer's candidates, best first, with
    coordinates, admin1, population and the reasons of its score.
    """
    from eventwire.geo.geocode import geocode as run_geocode

    if country is not None and (len(country) != 2 or not country.isalpha()):
        _fail(f"--country {country!r} is not an ISO 3166-1 alpha-2 code such as UA")
    try:
        results = run_geocode(text, country, limit)
    except EventwireError as error:
        _fail(str(error))
        return
    if not results:
        _fail(f"no place found in {text!r}", code=EXIT_SOME_FAILED)
    if as_json:
        click.echo(json.dumps([_geocoded_dict(result) for result in results], ensure_ascii=False, indent=2))
        return
    for result in results:
        click.echo(f"{result.mention!r} (characters {result.start}-{result.end}) -> {result.chosen.name}, "
                   f"{result.chosen.country} (precision {result.chosen.precision})")
        for rank, candidate in enumerate(result.candidates, start=1):
            place = candidate.place
            where = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None and place.lon is not None else "-"
            click.echo(f"  {rank}. {place.name} ({place.feature}, {place.country}, {place.admin1 or '-'})  "
                       f"[{where}]  pop {place.population:,}  score {candidate.score:.2f}")
            click.echo(f"     why: {'; '.join(candidate.reasons)}")


def _geocoded_dict(result: object) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(result)  # type: ignore[call-overload, no-any-return]


def db_option(function: Any) -> Any:
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="EVENTWIRE_DB",
                        type=click.Path(dir_okay=False),
                        help="The store file (SQLite); also EVENTWIRE_DB.")(function)


def _store(db_path: str, mode: StoreMode) -> Store:
    """The store of --db: only ingest creates one; read commands never change it (see Store)."""
    return Store(db_path, mode=mode)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for reports that carry none.")
@click.option("--workers", type=click.IntRange(1, 64), default=default_workers, show_default="number of cores",
              help="Worker processes for extraction (each loads the model once); the store is written here.")
@click.option("--no-filter", is_flag=True,
              help="Run the model on every report, also those with no sign of political violence.")
@allow_outside_option
@click.option("--allow-private-urls", is_flag=True,
              help="Let a URL lead to a loopback, private or link-local address (a desk's own intranet); "
                   "by default only public addresses are fetched.")
def ingest(inputs: tuple[str, ...], db_path: str, published: str | None, workers: int, no_filter: bool,
           allow_outside: bool, allow_private_urls: bool) -> None:
    """Read reports into the store and consolidate their events.

    INPUTS are plain-text files, HTML pages, RSS/Atom feeds, JSONL batches, directories
    (read recursively), http(s) URLs, or '-' for standard input.  A report already stored
    (same text) is skipped; a bad item is reported and the others go on.  Prints a summary:
    read, new, skipped, failed with reasons.  Exit status 1 when some items failed.
    """
    options = ExtractOptions(published=_published(published), filter_irrelevant=not no_filter)
    interactive = sys.stderr.isatty()
    counts: dict[str, int] = {}

    def progress(name: str, outcome: str) -> None:
        counts[outcome] = counts.get(outcome, 0) + 1
        if interactive:
            done = sum(counts.values())
            click.echo(f"\r  {done} read: {counts.get('new', 0)} new, {counts.get('skipped', 0)} skipped, "
                       f"{counts.get('failed', 0)} failed", err=True, nl=False)

    try:
        with _store(db_path, "create") as store:
            summary = ingest_inputs(list(inputs), store, options, progress, workers, allow_outside=allow_outside,
                                    allow_private_urls=allow_private_urls)
    except EventwireError as error:
        _fail(str(error))
        return
    if interactive:
        click.echo("", err=True)
    for name, _code, message in summary.failed:
        click.echo(f"eventwire: error: {message}" if name in message else f"eventwire: error: {name}: {message}",
                   err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


@main.command()
@db_option
def consolidate(db_path: str) -> None:
    """Redo the consolidation of every stored event from scratch, in report order."""
    try:
        with _store(db_path, "write") as store:
            count = store.consolidate_all()
    except EventwireError as error:
        _fail(str(error))
        return
    click.echo(f"{count} consolidated events")


def _filters(since: str | None, until: str | None, country: str | None, event_type: str | None,
             bbox: str | None, min_fatalities: int | None, disputed: bool) -> EventFilter:
    box = None
    if bbox is not None:
        try:
            box = parse_bbox(bbox)
        except InvalidFilterError as error:
            _fail(str(error))
    return EventFilter(since=_day(since, "--since"), until=_day(until, "--until"), country=country,
                       event_type=event_type, bbox=box, min_fatalities=min_fatalities,
                       disputed=True if disputed else None)


def filter_options(function: Any) -> Any:
    for option in reversed([
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--country", metavar="XX", help="ISO 3166-1 alpha-2 country code."),
        click.option("--type", "event_type", metavar="TYPE", help="ACLED event type or sub-event type."),
        click.option("--bbox", metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", help="Events inside this box."),
        click.option("--min-fatalities", type=COUNT, metavar="N", help="Events with a best fatality estimate >= N."),
        click.option("--disputed", is_flag=True, help="Only events whose sources disagree."),
    ]):
        function = option(function)
    return function


@main.command()
@db_option
@filter_options
@click.option("--format", "output_format", type=click.Choice(EVENT_FORMATS), default="table", show_default=True,
              help="table: readable; json: events with reports, claims and toll history; csv; geojson; parquet.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@csv_escape_option
def events(db_path: str, since: str | None, until: str | None, country: str | None, event_type: str | None,
           bbox: str | None, min_fatalities: int | None, disputed: bool, output_format: str,
           output: str | None, no_csv_escape: bool) -> None:
    """List the consolidated events of the store."""
    _write_events(db_path, _filters(since, until, country, event_type, bbox, min_fatalities, disputed),
                  output_format, output, not no_csv_escape)


@main.command()
@db_option
@filter_options
@click.option("--format", "output_format", type=click.Choice(EXPORT_FORMATS), default="acled-csv",
              show_default=True, help="acled-csv: ACLED's columns plus UCDP best/low/high; json; csv; geojson; "
                                      "parquet.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@csv_escape_option
def export(db_path: str, since: str | None, until: str | None, country: str | None, event_type: str | None,
           bbox: str | None, min_fatalities: int | None, disputed: bool, output_format: str,
           output: str | None, no_csv_escape: bool) -> None:
    """Export the consolidated events in a format other tools read (ACLED CSV by default)."""
    _write_events(db_path, _filters(since, until, country, event_type, bbox, min_fatalities, disputed),
                  output_format, output, not no_csv_escape)


def _write_events(db_path: str, filters: EventFilter, output_format: str, output: str | None,
                  csv_escape: bool) -> None:
    try:
        with _store(db_path, "read") as store:
            found = list_events(store, filters, detail=output_format not in ("table", "csv", "parquet"))
    except EventwireError as error:
        _fail(str(error))
        return
    rendered = render_events(found, output_format, csv_escape=csv_escape)
    if output:
        with open(output, "wb") as handle:
            handle.write(rendered if isinstance(rendered, bytes) else rendered.encode("utf-8"))
        click.echo(f"{len(found)} events written to {output}", err=True)
    elif isinstance(rendered, bytes):
        if sys.stdout.isatty():
            _fail("parquet is binary: give --output FILE or redirect standard output")
        sys.stdout.buffer.write(rendered)
    else:
        click.echo(rendered, nl=False)


@main.command()
@click.argument("report_id", type=STORE_ID)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored report as JSON.")
def report(report_id: int, db_path: str, as_json: bool) -> None:
    """Show a stored report with its events; figures in the text are marked [[...]]{kind}."""
    try:
        with _store(db_path, "read") as store:
            stored = get_report(store, report_id)
    except EventwireError as error:
        _fail(str(error))
        return
    if as_json:
        from dataclasses import asdict

        click.echo(json.dumps(asdict(stored), ensure_ascii=False, indent=2))
        return
    click.echo(f"Report {stored.id} ({stored.batch_id or '-'}), published {stored.published or 'unknown'}"
               + (f", {stored.url}" if stored.url else ""))
    click.echo("")
    click.echo(marked_text(stored))
    click.echo("")
    for index, event in enumerate(stored.events, start=1):
        place = ", ".join(location["name"] for location in event["locations"])
        click.echo(f"[{index}] event {event['event_id']}: {event['date'] or 'date unknown'} {place}: "
                   f"{event['sub_event_type']}; killed {event['fatalities']}, injured {event['injured']}"
                   f" (source: {event['source'] or 'unattributed'})")


@main.command(name="event")
@click.argument("event_id", type=STORE_ID)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON, as the API's /api/v1/events/ID.")
def event_command(event_id: int, db_path: str, as_json: bool) -> None:
    """Show one consolidated event; an id merged away shows its survivor, after a line naming it."""
    try:
        with _store(db_path, "read") as store:
            try:
                found = get_event(store, event_id)
            except EventMergedError as merged:
                # The id still answers, as the API's redirect does; the line says which event this is.
                click.echo(f"eventwire: event {event_id} was merged into event {merged.survivor}", err=True)
                found = get_event(store, merged.survivor)
    except EventwireError as error:
        _fail(str(error))
        return
    if as_json:
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(render_events([found], "table"), nl=False)
    for stored in found.reports:
        click.echo(f"  report {stored.id} ({stored.batch_id or '-'}), published {stored.published or 'unknown'}"
                   + (f", {stored.url}" if stored.url else ""))


@main.command(name="eval")
@click.argument("gold_path", metavar="GOLD.jsonl")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--details", is_flag=True,
              help="List every error under its kind (no event, misplaced event, misdated event, merged, split, "
                   "extra event, extra on negative, wrong <field>) with the report it is in.")
@click.option("--part", type=click.Choice(PARTS), default=None,
              help="Score only the development or the measurement part of the set (docs/evaluation.md); "
                   "default: all of it.")
def eval_command(gold_path: str, as_json: bool, details: bool, part: Part | None) -> None:
    """Score extraction against a gold file (format: shared/spec/gold-format.md).

    Prints event precision, recall and F1, the share right of each field over matched
    events, how many reports without gold events got predictions, and the errors counted
    by kind. A file of field cases (lines with "expect", shared/corpus/README.md) is checked
    case by case instead: each case passes or lists what did not hold.
    """
    try:
        if is_case_file(gold_path):
            with click.progressbar(length=_count_lines(gold_path), label="checking", file=sys.stderr) as bar:
                results = evaluate_cases(gold_path, on_case=lambda _id: bar.update(1))
            _print_cases(results, as_json)
            return
        with click.progressbar(length=_count_lines(gold_path), label="extracting", file=sys.stderr) as bar:
            score = evaluate_gold(gold_path, on_report=lambda _id: bar.update(1), part=part)
    except EventwireError as error:
        _fail(str(error))
        return
    if as_json:
        click.echo(json.dumps(score.to_dict(details), indent=2))
    else:
        click.echo(_score_text(score, details))


@main.command(name="eval-clusters")
@click.argument("gold_path", metavar="GOLD.jsonl")
@click.option("--json", "as_json", is_flag=True, help="Print the measures as JSON.")
@click.option("--details", is_flag=True,
              help="List every gold cluster with the predicted events its reports landed in.")
@click.option("--gold-events", is_flag=True,
              help="Consolidate the gold's own events instead of extracted ones: the linking measured alone.")
def eval_clusters_command(gold_path: str, as_json: bool, details: bool, gold_events: bool) -> None:
    """Score consolidation against a gold batch whose lines name their incident ('cluster').

    Ingests the reports, in file order, into a fresh temporary store and prints pairwise and
    B-cubed precision, recall and F1 over reports, the chains (clusters of two or more reports)
    that end whole in one event, and the events, clusters and decoys (one-report clusters) mixed.
    """
    from eventwire.evaluate.clusters import evaluate_clusters

    try:
        with click.progressbar(length=_count_lines(gold_path), label="ingesting", file=sys.stderr) as bar:
            score = evaluate_clusters(gold_path, on_report=lambda _id: bar.update(1), gold_events=gold_events)
    except EventwireError as error:
        _fail(str(error))
        return
    if as_json:
        click.echo(json.dumps(score.to_dict(details), indent=2))
        return
    lines = [
        f"reports: {score.reports} in {score.clusters} gold clusters ({score.chains} chains, {score.decoys} decoys); "
        f"{score.predicted_events} predicted events",
        f"pairwise: precision {score.pair_precision:.3f}  recall {score.pair_recall:.3f}  F1 {score.pair_f1:.3f}  "
        f"(right pairs {score.right_pairs}, predicted {score.predicted_pairs}, true {score.true_pairs})",
        f"B-cubed:  precision {score.bcubed_precision:.3f}  recall {score.bcubed_recall:.3f}  "
        f"F1 {score.bcubed_f1:.3f}",
        f"chains whole: {score.chains_whole} of {score.chains}",
        f"mixed: {score.events_mixed} predicted events, {score.clusters_mixed} clusters, "
        f"{score.decoys_mixed} of {score.decoys} decoys",
    ]
    if details:
        for detail in score.details:
            mark = "whole" if detail.whole else "mixed" if detail.mixed else "split"
            lines.append(f"\n{detail.cluster} ({len(detail.reports)} reports, {mark})")
            lines.extend(f"  {key}: {', '.join(ids)}" for key, ids in detail.events.items())
    click.echo("\n".join(lines))


def _print_cases(results: list[CaseResult], as_json: bool) -> None:
    passed = sum(result.passed for result in results)
    if as_json:
        click.echo(json.dumps({"cases": len(results), "passed": passed,
                               "results": [{"id": r.id, "kind": r.kind, "passed": r.passed, "failures": r.failures}
                                           for r in results]}, indent=2))
        return
    for result in results:
        click.echo(f"{'pass' if result.passed else 'FAIL'}  {result.id}  {result.kind}")
        for failure in result.failures:
            click.echo(f"        {failure}")
    click.echo(f"cases passed: {passed} of {len(results)}")


def _count_lines(path: str) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0


def _score_text(score: Score, details: bool) -> str:
    lines = [
        f"reports: {len(score.reports)}",
        f"events: precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
        f"(TP {score.true_positives}, FP {score.false_positives}, FN {score.false_negatives})",
        "fields over matched events:",
    ]
    for name in FIELDS:
        accuracy = score.field_accuracy(name)
        lines.append(f"  {name:<15} {'n/a' if accuracy is None else f'{accuracy:.3f}'}")
    lines.append(f"negative reports with events: {score.negatives_with_events} of {score.negatives}")
    counts = score.error_counts()
    lines.append("errors by kind: " + (", ".join(f"{kind} {count}" for kind, count in counts.items() if count)
                                       or "none"))
    if details:
        for kind in ERROR_KINDS:
            found = [(report.id, what) for report in score.reports for error_kind, what in report.errors
                     if error_kind == kind]
            if found:
                lines.append(f"\n{kind} ({len(found)}):")
                lines.extend(f"  {report_id}: {what}" for report_id, what in found)
    return "\n".join(lines)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Reads need a token too when this is not a loopback address, "
                   "unless --open-reads.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--open-reads", is_flag=True, help="Serve reads without a token on a non-loopback address.")
@click.option("--tiles", "tile_url", metavar="URL",
              help="Online map tiles, e.g. https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png. Default: the "
                   "offline country outlines shipped with eventwire; no request leaves the machine.")
@click.option("--tiles-attribution", metavar="TEXT", help="Attribution shown for --tiles.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True, help="How much the server logs.")
@click.option("--allowed-host", "allowed_hosts", metavar="NAME", multiple=True,
              help="A name clients reach the server by (its Host header), besides 127.0.0.1, localhost, ::1 "
                   "and the --host address; repeat for several. Requests naming another host get 400, so "
                   "a web page cannot read the API through a name made to point here (DNS rebinding).")
@click.option("--allow-private-urls", is_flag=True,
              help="Let a URL given to POST /api/v1/reports lead to a loopback, private or link-local address "
                   "(a desk's own intranet); by default only public addresses are fetched.")
def serve(db_path: str, host: str, port: int, open_reads: bool, tile_url: str | None,
          tiles_attribution: str | None, log_level: str, allowed_hosts: tuple[str, ...],
          allow_private_urls: bool) -> None:
    """Serve the REST API (docs at /api/v1/docs) and the analysts' web page.

    Write endpoints (ingest, corrections) need 'Authorization: Bearer SECRET' with a token of
    EVENTWIRE_TOKEN: comma-separated 'name:secret' entries; the name is who corrections are
    attributed to.
    """
    from pathlib import Path

    from eventwire.errors import TokenConfigError
    from eventwire.web import ServerSettings
    from eventwire.web import serve as run_server
    from eventwire.web.auth import LOOPBACK_HOSTS, Tokens, allowed_name, is_loopback, is_wildcard

    for name in allowed_hosts:
        if allowed_name(name) is None:
            _fail(f"--allowed-host {name!r} is not a host name (give e.g. desk.example or desk.example:8000)")
    try:
        tokens = Tokens.parse(os.environ.get("EVENTWIRE_TOKEN"))
        with _store(db_path, "read") as store:  # open now, so a bad --db fails before the server starts
            store.table_counts()
    except (TokenConfigError, EventwireError) as error:
        _fail(str(error))
        return
    if not tokens:
        click.echo("eventwire: warning: EVENTWIRE_TOKEN is not set; write endpoints will refuse every request",
                   err=True)
    # The address the server listens on is a name clients use, unless it means every interface.
    own = () if is_wildcard(host) else (host,)
    settings = ServerSettings(db=Path(db_path), tokens=tokens, reads_need_token=not (is_loopback(host) or open_reads),
                              tile_url=tile_url, tile_attribution=tiles_attribution,
                              allowed_hosts=(*LOOPBACK_HOSTS, *own, *allowed_hosts),
                              allow_private_urls=allow_private_urls)
    click.echo(f"eventwire: serving {db_path} on http://{host}:{port}/ (API docs: /api/v1/docs)", err=True)
    run_server(settings, host, port, log_level)


@main.group()
def spark() -> None:
    """Run extraction and consolidation as Apache Spark jobs (docs/spark.md).

    Needs the spark extra (pip install 'eventwire[spark]') and Java 17.
    """


master_option = click.option(
    "--master", metavar="URL", default=None,
    help="Spark master: local[N], spark://HOST:PORT, yarn, k8s://... Default: spark-submit's --master, else local[*].")


@spark.command(name="extract")
@click.argument("input_path", metavar="INPUT")
@click.argument("output_path", metavar="OUTPUT")
@master_option
@click.option("--partitions", type=click.IntRange(1, 1_000_000), default=None, metavar="N",
              help="Partitions to cut the reports into. Default: at least one per core, one per 1,000 reports.")
@click.option("--published", metavar="YYYY-MM-DD", help="The reports' publication date, as for 'eventwire extract'.")
@click.option("--no-filter", is_flag=True,
              help="Run the model on every report, also those with no sign of political violence.")
@allow_outside_option
def spark_extract(input_path: str, output_path: str, master: str | None, partitions: int | None,
                  published: str | None, no_filter: bool, allow_outside: bool) -> None:
    """Extract the reports of INPUT into the Parquet dataset OUTPUT.

    INPUT is a JSONL batch, a Parquet file with the batch's columns, or a folder of either. OUTPUT
    gets one row per report event (the columns of 'eventwire export --format parquet'), with the
    report's id, its place in the input and, for a report that failed, its error.
    """
    from eventwire.spark.extract import extract_dataset
    from eventwire.spark.session import spark_session

    options = ExtractOptions(published=_published(published), filter_irrelevant=not no_filter)
    try:
        with spark_session(master) as session:
            summary = extract_dataset(session, input_path, output_path, partitions=partitions, options=options,
                                      allow_outside=allow_outside)
    except EventwireError as error:
        _fail(str(error))
        return
    click.echo(f"{output_path}: {summary.line()}")


@spark.command(name="consolidate")
@click.argument("extracted_path", metavar="EXTRACTED")
@click.argument("output_path", metavar="OUTPUT")
@master_option
def spark_consolidate(extracted_path: str, output_path: str, master: str | None) -> None:
    """Consolidate the report events of EXTRACTED (from 'eventwire spark extract') into OUTPUT.

    OUTPUT is a folder of Parquet datasets: events, claims, toll_history and members (the stored
    reports and their events); 'eventwire import' loads it into a store.
    """
    from eventwire.spark.consolidate import consolidate_dataset
    from eventwire.spark.session import spark_session

    try:
        with spark_session(master) as session:
            summary = consolidate_dataset(session, extracted_path, output_path)
    except EventwireError as error:
        _fail(str(error))
        return
    click.echo(f"{output_path}: {summary.line()}")


@main.command(name="import")
@click.argument("result_path", metavar="RESULT")
@db_option
def import_command(result_path: str, db_path: str) -> None:
    """Load RESULT (from 'eventwire spark consolidate') into a new or empty store."""
    from eventwire.spark.load import import_result

    try:
        with _store(db_path, "create") as store:
            summary = import_result(store, result_path)
    except EventwireError as error:
        _fail(str(error))
        return
    click.echo(summary.line())


@main.group()
def correct() -> None:
    """Correct the machine: a field of an event, a wrong claim, a merge or a split.

    Each correction is kept with who, when and why, applied over the machine output (also
    after 'eventwire consolidate') and shown in events, exports and the web page.
    """


def correction_options(function: Any) -> Any:
    function = click.option("--reason", required=True, help="Why: shown in the event's history.")(function)
    function = click.option("--by", "author", default=lambda: os.environ.get("USER") or "analyst",
                            show_default="$USER", help="Who makes the correction.")(function)
    return db_option(function)


def _apply_correction(db_path: str, correction: Callable[[Store], str]) -> None:
    """Run one correction on the store and print what it did, or the error in one line."""
    try:
        with _store(db_path, "write") as store:
            message = correction(store)
    except EventwireError as error:
        _fail(str(error))
        return
    click.echo(message)


@correct.command(name="field")
@click.argument("event_id", type=STORE_ID)
@click.argument("field_name", metavar="FIELD", type=click.Choice(CORRECTABLE_FIELDS))
@click.argument("value")
@correction_options
def correct_field_command(event_id: int, field_name: str, value: str, db_path: str, author: str,
                          reason: str) -> None:
    """Set FIELD of event EVENT_ID to VALUE (a number, a date, a type, or a place name for location)."""
    from eventwire.geo.geocode import resolve_place_name

    parsed: Any = int(value) if value.isdigit() else None if value in ("null", "") else value

    def change(store: Store) -> str:
        done = correct_field(store, event_id, field_name, parsed, author, reason, resolve_place_name)
        return f"correction {done.id}: event {event_id} {field_name} {done.previous!r} -> {done.value!r}"

    _apply_correction(db_path, change)


@correct.command(name="claim")
@click.argument("claim_id", type=STORE_ID)
@click.option("--right", is_flag=True, help="Take back an earlier 'wrong': the claim counts again.")
@correction_options
def correct_claim_command(claim_id: int, right: bool, db_path: str, author: str, reason: str) -> None:
    """Mark claim CLAIM_ID wrong: it leaves the toll history and the estimates (ids: events --format json)."""

    def mark(store: Store) -> str:
        done = mark_claim(store, claim_id, not right, author, reason)
        return f"correction {done.id}: claim {claim_id} marked {'right' if right else 'wrong'}"

    _apply_correction(db_path, mark)


@correct.command(name="merge")
@click.argument("event_id", type=STORE_ID)
@click.argument("other_event_id", type=STORE_ID)
@correction_options
def correct_merge_command(event_id: int, other_event_id: int, db_path: str, author: str, reason: str) -> None:
    """Merge event OTHER_EVENT_ID into EVENT_ID."""

    def merge(store: Store) -> str:
        done = merge_events(store, event_id, other_event_id, author, reason)
        return f"correction {done.id}: event {other_event_id} merged into {event_id}"

    _apply_correction(db_path, merge)


@correct.command(name="split")
@click.argument("event_id", type=STORE_ID)
@click.argument("report_ids", type=STORE_ID, nargs=-1, required=True)
@correction_options
def correct_split_command(event_id: int, report_ids: tuple[int, ...], db_path: str, author: str,
                          reason: str) -> None:
    """Move the accounts of REPORT_IDS out of EVENT_ID into a new event."""

    def split(store: Store) -> str:
        done, created = split_event(store, event_id, list(report_ids), author, reason)
        return f"correction {done.id}: reports {list(report_ids)} split off event {event_id} into event {created}"

    _apply_correction(db_path, split)
