"""The rows of the Spark datasets, without Spark: events survive their JSON, errors keep their code."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from eventwire.errors import BatchLineError
from eventwire.records import (
    Breakdown,
    Claim,
    Event,
    Evidence,
    ExtractionResult,
    Location,
    Report,
    Statement,
    _jsonable,
    event_from_dict,
)
from eventwire.spark.rows import EXTRACT_COLUMNS, error_row, event_payload, result_rows

EVIDENCE = Evidence("Shelling killed 4 people in Kupiansk on Monday, the governor said.", 0, 24,
                    "Shelling killed 4 people")


def event() -> Event:
    claim = Claim("killed", 4, "exact", EVIDENCE, source="the governor", hedges=["reportedly"], verified=True,
                  breakdowns=[Breakdown(2, "children", EVIDENCE)])
    return Event(date(2024, 2, 12), "day", [Location("Kupiansk", "UA", "Kharkiv", 49.7, 37.6, 704422, 1, "city",
                                                     "Kupiansk")],
                 "Explosions/Remote violence", "Shelling/artillery/missile attack", "Russian forces", "Civilians",
                 4, None, "the governor", "governor", True, claims=[claim],
                 statements=[Statement("the governor", EVIDENCE.sentence, EVIDENCE)], triggers=["shelling"],
                 evidence=[EVIDENCE], time_of_day="morning", targets=["market"])


def test_spark_rows_event_survives_its_json() -> None:
    original = event()
    assert event_from_dict(json.loads(event_payload(original))) == original
    assert event_from_dict(_jsonable(dataclasses.asdict(original))) == original


def test_spark_rows_one_per_event_or_one_for_the_report() -> None:
    report = Report("r1", EVIDENCE.sentence, date(2024, 2, 12), None, None, "batch.jsonl:1")
    rows = result_rows(report, ExtractionResult("r1", date(2024, 2, 12), "batch", [event(), event()]), 7)
    assert [(row["report_index"], row["event_index"], row["fatalities_best"], row["country"]) for row in rows] == [
        (7, 0, 4, "UA"), (7, 1, 4, "UA")]
    assert rows[0]["event_id"] is None and rows[0]["report_count"] == 1 and list(rows[0]) == list(EXTRACT_COLUMNS)
    empty = result_rows(report, ExtractionResult("r1", None, "none", [], relevant=False), 8)
    assert [(row["event_index"], row["relevant"], row["event"]) for row in empty] == [(None, False, None)]
    failed = error_row(9, None, "batch.jsonl:3", BatchLineError("batch.jsonl:3: missing 'id'"))
    assert (failed["error_code"], failed["error_message"]) == ("E105", "[E105] batch.jsonl:3: missing 'id'")


def test_spark_rows_dataset_paths_under_uris_keep_their_scheme() -> None:
    from eventwire.spark.session import child

    assert child("s3a://bucket/run/", "events") == "s3a://bucket/run/events"
    assert child("out/result", "claims") == "out/result/claims"
