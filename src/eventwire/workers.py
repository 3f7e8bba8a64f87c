"""Extraction over batches of reports, in this process or in worker processes.

The model is loaded once, in this process, and the workers are forked from it; each extracts
chunks of reports with ``nlp.pipe``; results come back in input order.  A chunk whose batch extraction fails is
redone report by report, so one bad report fails alone and the others go on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult

from eventwire.errors import EventwireError, ExtractionFailure, InputError
from eventwire.extract.core import ExtractOptions, extract_reports
from eventwire.records import ExtractionResult, Report

_options = ExtractOptions()


@dataclass(frozen=True, slots=True)
class Failed:
    """A report that could not be extracted: an input error of its own (a date out of range) or an
    unexpected error (``ExtractionFailure``)."""

    report: Report
    error: EventwireError


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def _initialise(options: ExtractOptions) -> None:
    global _options
    from eventwire.geo.gazetteer import load_gazetteer
    from eventwire.nlp.pipeline import load_pipeline

    _options = options
    load_pipeline()
    load_gazetteer()


def extract_chunk(reports: list[Report], options: ExtractOptions | None = None) -> list[ExtractionResult | Failed]:
    """Extract a chunk; if the batch fails, redo it report by report and isolate the failures."""
    options = options or _options
    try:
        return list(extract_reports(reports, options))
    except Exception as error:
        # The model or the gazetteer missing fails every report alike: the run stops. Anything else (a
        # report's own date out of range, an unexpected error) is one report's: redo them one by one.
        if isinstance(error, EventwireError) and not isinstance(error, InputError):
            raise
    outcomes: list[ExtractionResult | Failed] = []
    for report in reports:
        try:
            outcomes.extend(extract_reports([report], options))
        except InputError as error:
            outcomes.append(Failed(report, error))
        except EventwireError:
            raise
        except Exception as error:
            name = report.origin or report.id
            outcomes.append(Failed(report, ExtractionFailure(
                f"{name}: internal error while extracting ({type(error).__name__}: {error}); please report it")))
    return outcomes


def extract_in_chunks(chunks: Iterable[list[Report]], options: ExtractOptions, workers: int = 1
                      ) -> Iterator[list[ExtractionResult | Failed]]:
    """Extraction results chunk by chunk, in order; worker processes only when there is more
    than one chunk to share."""
    iterator = iter(chunks)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if workers <= 1 or second is None:
        yield extract_chunk(first, options)
        if second is not None:
            yield extract_chunk(second, options)
        for chunk in iterator:
            yield extract_chunk(chunk, options)
        return
    # The model is loaded here, once, and the workers are forked from this process: they share
    # it copy-on-write instead of each importing spaCy and loading it again.
    _initialise(options)
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_initialise, initargs=(options,)) as pool:
        # Chunks are read here, in this thread, and at most two per worker are in flight.
        window: deque[AsyncResult[list[ExtractionResult | Failed]]] = deque()
        for chunk in itertools.chain([first, second], iterator):
            window.append(pool.apply_async(extract_chunk, (chunk,)))
            if len(window) >= 2 * workers:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()

