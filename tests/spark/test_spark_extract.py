"""``eventwire spark extract`` gives the rows of ``eventwire extract``'s results, and error rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from eventwire.errors import SparkInputError, SparkOutputExistsError
from eventwire.extract import ExtractOptions
from eventwire.pipeline import InputFailure, extract_inputs, iter_reports
from eventwire.spark.extract import extract_dataset
from eventwire.spark.rows import EXTRACT_COLUMNS, error_row, result_rows

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytestmark = [pytest.mark.spark, pytest.mark.slow]

STRIKE = ("KHARKIV, Ukraine (Feb 10) - A Russian missile strike on a residential building in Kharkiv on Saturday "
          "killed 4 people, regional governor Oleh Syniehubov said.")
BOMB = ("A car bomb exploded at a market in Mogadishu on Tuesday, killing at least 9 people and wounding 20, "
        "police said.")


def read_rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return sorted(rows, key=lambda row: (row["report_index"], -1 if row["event_index"] is None else row["event_index"]))


def local_rows(batch: str) -> list[dict[str, Any]]:
    """The rows of ``eventwire extract``'s own run (``extract_inputs``, two workers) on the batch."""
    reports = list(iter_reports([batch]))
    outcomes = list(extract_inputs([batch], ExtractOptions(), workers=2))
    assert len(reports) == len(outcomes)
    rows = []
    for index, (item, outcome) in enumerate(zip(reports, outcomes, strict=True)):
        if isinstance(outcome, InputFailure):
            report_id = None if isinstance(item, InputFailure) else item[0].id
            rows.append(error_row(index, report_id, outcome.name, outcome.error))
        else:
            assert not isinstance(item, InputFailure)
            rows.extend(result_rows(item[0], outcome, index))
    return rows


@pytest.mark.shared
def test_spark_extract_equals_local_extract_on_wikinews(spark: SparkSession, shared_dir: Path, tmp_path: Path) -> None:
    batch = str(shared_dir / "corpus" / "wikinews.gold.jsonl")
    summary = extract_dataset(spark, batch, str(tmp_path / "out"), partitions=3)
    spark_rows = read_rows(tmp_path / "out")
    expected = local_rows(batch)
    assert summary.reports == 34 and summary.errors == 0 and summary.partitions == 3
    assert summary.events == sum(row["event_index"] is not None for row in expected) > 10
    assert [row["report_id"] for row in spark_rows] == [row["report_id"] for row in expected]
    for got, want in zip(spark_rows, expected, strict=True):
        assert got == want, f"report {want['report_id']} event {want['event_index']} differs"


def write_batch(folder: Path, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_spark_extract_bad_records_become_error_rows(spark: SparkSession, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(STRIKE, encoding="utf-8")
    batch = write_batch(tmp_path / "in", [
        json.dumps({"id": "good", "text": STRIKE, "published": "2024-02-10"}),
        "{not json",
        json.dumps({"text": BOMB}),
        "",
        json.dumps({"id": "outside", "text_file": "../secret.txt"}),
        json.dumps({"id": "far", "text": BOMB, "published": "9999-01-01"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "bomb", "text": BOMB, "published": "2024-03-05"}),
    ])
    summary = extract_dataset(spark, str(batch), str(tmp_path / "out"), partitions=2)
    rows = read_rows(tmp_path / "out")
    by_report = {(row["report_index"], row["report_id"]): row for row in rows}
    errors = {index: (report_id, row["error_code"]) for (index, report_id), row in by_report.items()
              if row["error_code"]}
    assert errors == {1: (None, "E105"), 2: (None, "E105"), 3: (None, "E112"), 4: (None, "E107"), 5: (None, "E101")}
    assert rows[0]["report_id"] == "good" and rows[0]["country"] == "UA" and rows[0]["fatalities_best"] == 4
    assert rows[-1]["report_id"] == "bomb" and rows[-1]["country"] == "SO"
    assert summary.reports == 7 and summary.errors == 5
    assert rows[1]["origin"] == f"{batch}:2" and "broken JSON" in rows[1]["error_message"]
    assert rows == local_rows(str(batch))


def test_spark_extract_reads_parquet_and_folders(spark: SparkSession, tmp_path: Path) -> None:
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "in"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist([
        {"id": "strike", "text": STRIKE, "published": datetime.date(2024, 2, 10), "title": None, "url": "https://a"},
    ]), folder / "a.parquet")
    write_batch(folder / "b", [json.dumps({"id": "bomb", "text": BOMB, "published": "2024-03-05"})])
    (folder / "_SUCCESS").write_text("")
    extract_dataset(spark, str(folder), str(tmp_path / "out"))
    rows = read_rows(tmp_path / "out")
    assert [(row["report_index"], row["report_id"], row["published"], row["country"]) for row in rows] == [
        (0, "strike", "2024-02-10", "UA"), (1, "bomb", "2024-03-05", "SO")]
    assert rows[0]["origin"] == f"{folder / 'a.parquet'}:1"
    assert list(rows[0]) == list(EXTRACT_COLUMNS)


def test_spark_extract_refuses_missing_input_and_existing_output(spark: SparkSession, tmp_path: Path) -> None:
    with pytest.raises(SparkInputError, match="no such file"):
        extract_dataset(spark, str(tmp_path / "nothing.jsonl"), str(tmp_path / "out"))
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(SparkInputError, match=r"no \.jsonl or \.parquet"):
        extract_dataset(spark, str(tmp_path), str(tmp_path / "out"))
    (tmp_path / "out").mkdir()
    with pytest.raises(SparkOutputExistsError):
        extract_dataset(spark, str(tmp_path / "notes.txt"), str(tmp_path / "out"))


def test_spark_extract_reads_and_writes_hadoop_uris(spark: SparkSession, tmp_path: Path) -> None:
    batch = write_batch(tmp_path / "in", [json.dumps({"id": "bomb", "text": BOMB, "published": "2024-03-05"})])
    (tmp_path / "in" / "_SUCCESS").write_text("")
    summary = extract_dataset(spark, f"file://{tmp_path / 'in'}", f"file://{tmp_path / 'out'}")
    rows = read_rows(tmp_path / "out")
    assert (summary.reports, summary.events) == (1, 1)
    assert [(row["report_id"], row["country"], row["origin"]) for row in rows] == [("bomb", "SO", f"file:{batch}:1")]
    with pytest.raises(SparkOutputExistsError):
        extract_dataset(spark, f"file://{tmp_path / 'in'}", f"file://{tmp_path / 'out'}")
    with pytest.raises(SparkInputError, match="no such file"):
        extract_dataset(spark, f"file://{tmp_path / 'nothing'}", f"file://{tmp_path / 'out2'}")


def test_partitions_hold_contiguous_ranges_of_equal_weight(spark: SparkSession, tmp_path: Path) -> None:
    """One long report outweighs four short ones: it gets a partition of its own, every report keeps
    its index in input order and its line number in its own file (blank lines counted)."""
    from eventwire.spark.extract import input_files, numbered_items

    long_text = " ".join([BOMB] * 60)
    folder = tmp_path / "in"
    write_batch(folder / "a", [json.dumps({"id": "long", "text": long_text}), "",
                               json.dumps({"id": "s1", "text": STRIKE}), json.dumps({"id": "s2", "text": BOMB})])
    write_batch(folder / "b", ["", json.dumps({"id": "s3", "text": STRIKE}), json.dumps({"id": "s4", "text": BOMB})])
    files = input_files(str(folder), spark)
    items, total, count = numbered_items(spark, files, partitions=2)
    parts = items.glom().collect()
    assert (total, count) == (5, 2)
    numbered = [[(index, file_number, line, json.loads(payload)["id"]) for index, (file_number, line, payload) in part]
                for part in parts]
    assert numbered == [[(0, 0, 1, "long")],
                        [(1, 0, 3, "s1"), (2, 0, 4, "s2"), (3, 1, 2, "s3"), (4, 1, 3, "s4")]]
