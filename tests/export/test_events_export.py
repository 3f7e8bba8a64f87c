"""Exports of a store: ACLED CSV read by pandas, valid GeoJSON, Parquet, and the CLI around them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from eventwire.export.events import ACLED_COLUMNS, interaction, render_events
from eventwire.extract import ExtractOptions, extract_report
from eventwire.records import Report
from eventwire.store import Store
from eventwire.store.queries import list_events

pytestmark = pytest.mark.slow
REPORTS = [
    ("a", "2024-02-10",
     "A Russian missile strike on Kharkiv on Saturday killed 4 people, governor Taras Bondarenko said."),
    ("b", "2024-02-11", "Saturday's missile strike on Kharkiv killed 6 people, governor Taras Bondarenko said."),
    ("c", "2024-04-02", "Rebels clashed with the army near Kidal on Monday, killing 9 soldiers, the army said."),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "e.db"
    with Store(path) as store:
        for report_id, published, text in REPORTS:
            report = Report(report_id, text, date.fromisoformat(published), None, f"https://x.example/{report_id}")
            store.add(report, extract_report(report, ExtractOptions()))
    return path


def test_export_acled_csv_loads_with_pandas(db: Path) -> None:
    with Store(db) as store:
        text = render_events(list_events(store), "acled-csv")
    assert isinstance(text, str)
    frame = pd.read_csv(io.StringIO(text))
    assert tuple(frame.columns) == ACLED_COLUMNS
    assert len(frame) == 2
    kharkiv = frame[frame["location"] == "Kharkiv"].iloc[0]
    assert kharkiv["event_id_cnty"].startswith("UKR")
    assert kharkiv["fatalities"] == kharkiv["best"] == kharkiv["low"] == 6
    assert kharkiv["disorder_type"] == "Political violence" and kharkiv["time_precision"] == 1
    assert kharkiv["iso"] == 804 and kharkiv["country"] == "Ukraine"


def test_export_geojson_is_valid_points(db: Path) -> None:
    with Store(db) as store:
        collection = json.loads(render_events(list_events(store), "geojson"))  # type: ignore[arg-type]
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert {"event_type", "fatalities_best", "date"} <= set(feature["properties"])


def test_export_parquet_reads_back(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    subprocess.run([sys.executable, "-m", "eventwire", "export", "--db", str(db), "--format", "parquet", "-o",
                    str(out)], check=True, capture_output=True, timeout=300)
    frame = pd.read_parquet(out)
    assert len(frame) == 2 and frame["fatalities_best"].max() == 9


def test_export_cli_table_filters_and_report(db: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "eventwire", "events", "--db", str(db), "--type", "Battles"],
                          check=True, capture_output=True, text=True, timeout=300)
    assert "Kidal" in done.stdout and "Kharkiv" not in done.stdout
    shown = subprocess.run([sys.executable, "-m", "eventwire", "report", "1", "--db", str(db)], check=True,
                           capture_output=True, text=True, timeout=300)
    assert "[[killed 4]]{killed}" in shown.stdout
    missing = subprocess.run([sys.executable, "-m", "eventwire", "report", "99", "--db", str(db)],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and "no report 99" in missing.stderr


def test_export_interaction_codes() -> None:
    assert interaction("Military Forces of Russia", "Civilians") == 17
    assert interaction("rebels", "the army") == 12
    assert interaction(None, "Civilians") is None
