"""``eventwire spark consolidate`` gives the store's events; ``eventwire import`` loads them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from eventwire.errors import ImportFormatError, StoreNotEmptyError
from eventwire.export.events import flat_row
from eventwire.extract import ExtractOptions
from eventwire.pipeline import ingest_inputs
from eventwire.spark.consolidate import consolidate_dataset
from eventwire.spark.extract import extract_dataset
from eventwire.spark.load import import_result
from eventwire.store import Store
from eventwire.store.queries import ConsolidatedEvent, list_events

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytestmark = [pytest.mark.spark, pytest.mark.slow, pytest.mark.shared]


def read(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return rows


def store_events(path: Path) -> list[ConsolidatedEvent]:
    with Store(path, mode="read") as store:
        return sorted(list_events(store), key=lambda event: event.id)


@pytest.fixture(scope="module")
def batch(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Wikipedia clusters batch (chains of reports on one incident, and decoys), with a repeated
    text under another id (stored once) and a report in French (an error row of extraction, as
    `eventwire ingest` fails it)."""
    lines = (shared_dir / "corpus" / "wikipedia-clusters.gold.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    lines.insert(3, json.dumps({**first, "id": "repeated"}))
    lines.append(json.dumps({"id": "french", "published": "2010-07-16", "text": (
        "Une attaque à la bombe a tué vingt personnes dans une mosquée de Zahedan, en Iran, selon la police. "
        "Les blessés ont été transportés à l'hôpital de la ville et le gouvernement a condamné l'attentat.")}))
    path = tmp_path_factory.mktemp("clusters") / "clusters.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ingested(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same batch through `eventwire ingest` (extraction, the store's consolidation)."""
    path = tmp_path_factory.mktemp("store") / "ingested.db"
    with Store(path) as store:
        summary = ingest_inputs([str(batch)], store, ExtractOptions(), workers=1)
    assert summary.skipped == 1 and len(summary.failed) == 1
    return path


@pytest.fixture(scope="module")
def result(spark: SparkSession, batch: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spark")
    extract_dataset(spark, str(batch), str(folder / "extracted"), partitions=3)
    summary = consolidate_dataset(spark, str(folder / "extracted"), str(folder / "result"))
    assert (summary.reports, summary.refused) == (44, 0) and 1 < summary.blocks < 44
    return folder / "result"


def test_spark_consolidate_events_equal_the_store(result: Path, ingested: Path) -> None:
    expected = store_events(ingested)
    events = sorted(read(result / "events"), key=lambda row: row["event_id"])
    assert any(event.report_count > 1 for event in expected), "no linking to compare"
    assert [{**flat_row(event), "dispute": json.dumps(event.dispute, sort_keys=True) if event.dispute else None}
            for event in expected] == events


def test_spark_consolidate_claims_and_toll_history_equal_the_store(result: Path, ingested: Path) -> None:
    expected = store_events(ingested)
    with Store(ingested, mode="read") as store:
        batch_ids = {row["id"]: row["batch_id"] for row in store.db.execute("SELECT id, batch_id FROM reports")}
    claims = sorted(read(result / "claims"), key=lambda row: (row["event_id"], row["position"]))
    assert [(event.id, batch_ids[claim["report_id"]], claim["kind"], claim["value"], claim["source"],
             claim["evidence"]["start"]) for event in expected for claim in event.claims] == [
        (row["event_id"], row["report_id"], row["kind"], row["value"], row["source"], row["evidence_start"])
        for row in claims]
    toll = sorted(read(result / "toll_history"), key=lambda row: (row["event_id"], row["kind"], row["position"]))
    assert [(event.id, kind, batch_ids[point["report_id"]], point["value"], point["published"])
            for event in expected for kind in sorted(event.toll_history) for point in event.toll_history[kind]] == [
        (row["event_id"], row["kind"], row["report_id"], row["value"], row["published"]) for row in toll]
    assert read(result / "refused") == []


def test_spark_import_gives_the_ingested_store(result: Path, ingested: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "imported.db") as store:
        summary = import_result(store, str(result))
        counts = store.table_counts()
    with Store(ingested, mode="read") as store:
        assert counts == store.table_counts()
    assert summary.events == counts["events"]
    assert [event.to_dict() for event in store_events(tmp_path / "imported.db")] == [
        event.to_dict() for event in store_events(ingested)]


def test_spark_import_refuses_a_store_with_reports_and_other_folders(result: Path, ingested: Path,
                                                                     tmp_path: Path) -> None:
    with Store(ingested, mode="write") as store, pytest.raises(StoreNotEmptyError):
        import_result(store, str(result))
    with Store(tmp_path / "new.db") as store, pytest.raises(ImportFormatError):
        import_result(store, str(tmp_path))
