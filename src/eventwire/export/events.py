"""Writing consolidated events: table, JSON, CSV, GeoJSON, Parquet and ACLED's CSV layout.

The ACLED layout uses ACLED's column names so that tools built for ACLED files read
eventwire's output; UCDP-style best/low/high columns follow them.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, timedelta
from functools import lru_cache
from typing import Any

from eventwire.errors import StoreError
from eventwire.export.cells import spreadsheet_safe
from eventwire.nlp.lexicons import word_list
from eventwire.records import SCHEMA_VERSION
from eventwire.store.queries import ConsolidatedEvent

EVENT_FORMATS = ("table", "json", "csv", "geojson", "parquet")
EXPORT_FORMATS = ("acled-csv", "json", "csv", "geojson", "parquet")
FLAT_COLUMNS = (
    "schema_version", "event_id", "date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "country", "admin1", "latitude", "longitude", "geonameid", "geo_precision", "fatalities_best",
    "fatalities_low", "fatalities_high", "injured_best", "injured_low", "injured_high", "disputed",
    "first_published", "last_published", "report_count", "corrected",
)
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "actor2", "interaction", "iso", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp",
    "best", "low", "high", "injured_best", "injured_low", "injured_high", "corrected",
)
# ACLED's time_precision (ACLED Codebook, "Time precision codes"): 1 the source gives the actual date;
# 2 it says the event happened during a week (or a like span), coded at the week's middle; 3 it says
# only the month, coded at the month's mid-point. ACLED has no code for a year alone: 3, its least
# precise, at the year's mid-point by the same rule (eventwire's, not ACLED's).
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's geo_precision (ACLED Codebook, "Spatial precision codes"): 1 a particular town with its
# coordinates; 2 a small part of a region, or near a town, coded at that town; 3 a larger region,
# coded at its capital. eventwire's location precision is defined the same way (docs/schema.md).
ACLED_GEO_PRECISION = (1, 2, 3)
# ACLED's numbers for tolls given only as a vague multiple of a unit: "When sources report estimates
# such as 'tens' or 'dozens' or 'hundreds', ACLED codes 10 for 'tens', 12 for 'dozens', 100 for
# 'hundreds', and so on" (ACLED, "Fatalities", Uses and limitations of ACLED data, FAQ of 27 February
# 2023, updated 7 May 2024): one unit of the word.  Words with no unit ("several", "many") have no
# ACLED number in that FAQ and leave the column as ACLED writes an unknown toll, 0.
ACLED_VAGUE_FATALITIES = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
                          "tens of thousands": 10_000, "hundreds of thousands": 100_000, "millions": 1_000_000}
# ACLED's fatalities column has no empty value: an event without a reported toll is 0 (the same FAQ:
# events need no fatality to be coded, and every row of ACLED's files holds a number).
ACLED_UNKNOWN_FATALITIES = 0
# ACLED actor type codes in the order they are tried: a state force's name before a rebel word in it,
# a protest's people before a mob.
_ACTOR_TYPE_ORDER = (1, 2, 3, 6, 5, 7)


def flat_row(event: ConsolidatedEvent) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION, "event_id": event.id, "date": event.date,
        "date_precision": event.date_precision, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "actor1": event.actor1, "actor2": event.actor2,
        "location": event.location, "country": event.country, "admin1": event.admin1, "latitude": event.lat,
        "longitude": event.lon, "geonameid": event.geonameid, "geo_precision": event.geo_precision,
        "fatalities_best": event.fatalities_best, "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high, "injured_best": event.injured_best,
        "injured_low": event.injured_low, "injured_high": event.injured_high, "disputed": event.disputed,
        "first_published": event.first_published, "last_published": event.last_published,
        "report_count": event.report_count, "corrected": ";".join(event.corrected),
    }


def render_events(events: list[ConsolidatedEvent], output_format: str, *, csv_escape: bool = True) -> str | bytes:
    """The events in ``output_format``; ``csv_escape``: CSV cells a spreadsheet would run as formulas
    get a leading ``'`` (``eventwire.export.cells``)."""
    if output_format == "json":
        return json.dumps([event.to_dict() for event in events], ensure_ascii=False, indent=2) + "\n"
    if output_format == "csv":
        return _csv(FLAT_COLUMNS, [flat_row(event) for event in events], csv_escape)
    if output_format == "geojson":
        return json.dumps(geojson(events), ensure_ascii=False) + "\n"
    if output_format == "parquet":
        return parquet(events)
    if output_format == "acled-csv":
        return _csv(ACLED_COLUMNS, [acled_row(event) for event in events], csv_escape)
    if output_format == "table":
        return table(events)
    raise ValueError(f"unknown format {output_format!r}")


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]], escape: bool) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else spreadsheet_safe(value) if escape else value
                         for key, value in row.items()})
    return buffer.getvalue()


def geojson(events: list[ConsolidatedEvent]) -> dict[str, Any]:
    """A FeatureCollection: one Point per event with coordinates, its flat fields as properties."""
    features = []
    for event in events:
        if event.lat is None or event.lon is None:
            continue
        properties = flat_row(event)
        properties.pop("latitude")
        properties.pop("longitude")
        properties["dispute"] = event.dispute
        properties["reports"] = [report.url or report.batch_id or report.id for report in event.reports]
        features.append({"type": "Feature", "id": event.id,
                         "geometry": {"type": "Point", "coordinates": [event.lon, event.lat]},
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def parquet(events: list[ConsolidatedEvent]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(event) for event in events]
    schema = pa.schema([
        (name, pa.int64() if name in ("event_id", "geonameid", "geo_precision", "report_count") or
         name.startswith(("fatalities_", "injured_")) else pa.float64() if name in ("latitude", "longitude")
         else pa.bool_() if name == "disputed" else pa.string())
        for name in FLAT_COLUMNS
    ])
    table = pa.Table.from_pylist(rows, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def table(events: list[ConsolidatedEvent]) -> str:
    lines = [f"{'id':>5}  {'date':<10}  {'type':<34}  {'place':<28}  {'killed':>11}  {'injured':>11}  reports"]
    for event in events:
        place = f"{event.location or '-'} ({event.country or '-'})"
        lines.append(f"{event.id:>5}  {event.date or '-':<10}  {(event.sub_event_type or '-')[:34]:<34}  "
                     f"{place[:28]:<28}  "
                     f"{_range(event.fatalities_best, event.fatalities_low, event.fatalities_high):>11}"
                     f"  {_range(event.injured_best, event.injured_low, event.injured_high):>11}  "
                     f"{event.report_count}{'  disputed' if event.disputed else ''}")
    return "\n".join(lines) + "\n"


def _range(best: int | None, low: int | None, high: int | None) -> str:
    if best is None:
        return "-"
    return str(best) if low == high else f"{best} ({low}-{high})"


def acled_row(event: ConsolidatedEvent) -> dict[str, Any]:
    import pycountry

    record = pycountry.countries.get(alpha_2=event.country) if event.country else None
    day = date.fromisoformat(event.date) if event.date else None
    last = date.fromisoformat(event.last_published) if event.last_published else day
    sources = sorted({claim["source"] for claim in event.claims if claim.get("source")})
    notes = next((claim["evidence"]["sentence"] for claim in event.claims), "")
    coded_day = acled_date(day, event.date_precision)
    return {
        "event_id_cnty": f"{record.alpha_3 if record else 'XXX'}{event.id}",
        "event_date": coded_day.isoformat() if coded_day else None, "year": coded_day.year if coded_day else None,
        "time_precision": acled_time_precision(event.date_precision) if day else None,
        "disorder_type": disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "actor2": event.actor2, "interaction": interaction(event.actor1, event.actor2),
        "iso": int(record.numeric) if record else None, "country": record.name if record else event.country,
        "admin1": event.admin1, "location": event.location, "latitude": event.lat, "longitude": event.lon,
        "geo_precision": acled_geo_precision(event.geo_precision), "source": "; ".join(sources), "source_scale": None,
        "notes": notes, "fatalities": acled_fatalities(event),
        "timestamp": _timestamp(last),
        "best": event.fatalities_best, "low": event.fatalities_low, "high": event.fatalities_high,
        "injured_best": event.injured_best, "injured_low": event.injured_low, "injured_high": event.injured_high,
        "corrected": ";".join(event.corrected),
    }


def acled_fatalities(event: ConsolidatedEvent) -> int:
    """ACLED's fatalities column, by ACLED's rules (FAQ "Fatalities", 2023/2024, see ``ACLED_VAGUE_FATALITIES``).

    - "If source reports differ ..., ACLED uses the most conservative estimate available": the lowest
      of the sources' latest figures, eventwire's ``fatalities_low`` (a source's later figure already
      supersedes its own earlier one, as ACLED revises totals "when better information becomes
      available"); an analyst's corrected best figure is that better information and is written;
    - a toll reported only vaguely: the most conservative of ACLED's numbers for the vague words
      ("dozens" is 12), while eventwire's own ``fatalities_best`` stays null with the vague claim kept;
    - no toll reported, or only words with no ACLED number ("several"): 0, as ACLED writes it.

    Claims an analyst marked wrong count for none of these.
    """
    if event.fatalities_best is not None:
        if "fatalities_best" in event.corrected or event.fatalities_low is None:
            return event.fatalities_best
        return event.fatalities_low
    coded = [ACLED_VAGUE_FATALITIES[vague] for claim in event.claims
             if claim.get("kind") == "killed" and not claim.get("wrong")
             and (vague := " ".join(str(claim.get("vague") or "").lower().split())) in ACLED_VAGUE_FATALITIES]
    return min(coded, default=ACLED_UNKNOWN_FATALITIES)


def acled_time_precision(date_precision: str | None) -> int:
    """ACLED's time_precision (1-3) for eventwire's ``date_precision`` (see ``ACLED_TIME_PRECISION``)."""
    if date_precision not in ACLED_TIME_PRECISION:
        # eventwire writes only these with a date: another value is a store written by something else
        raise StoreError(f"an event's date precision {date_precision!r} has no ACLED time_precision; "
                         "the store holds a value eventwire does not write")
    return ACLED_TIME_PRECISION[date_precision]


def acled_date(day: date | None, date_precision: str | None) -> date | None:
    """The event_date ACLED would code: the day itself; for a week (eventwire stores its Monday) the
    week's middle day, Thursday; for a month (stored as its first day) the 15th; for a year alone
    1 July (ACLED codes none; the mid-point, as for a month)."""
    if day is None:
        return None
    if date_precision == "week":
        return day + timedelta(days=3)
    if date_precision == "month":
        return day.replace(day=15)
    if date_precision == "year":
        return day.replace(month=7, day=1)
    return day


def acled_geo_precision(precision: int | None) -> int | None:
    """ACLED's geo_precision (1-3) for eventwire's location precision, defined alike; None without a place."""
    if precision is None:
        return None
    if precision not in ACLED_GEO_PRECISION:
        raise StoreError(f"an event's location precision {precision!r} is not one of ACLED's geo_precision "
                         "codes 1-3; the store holds a value eventwire does not write")
    return precision


def _timestamp(day: date | None) -> int | None:
    from datetime import datetime

    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()) if day else None


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return "Political violence"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event_type == "Riots":
        return "Political violence"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return None


@lru_cache(maxsize=1)
def _actor_types() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """ACLED actor type codes and the parts of a name that give them (data/lexicons/actor_nouns.json,
    "inter_<code>")."""
    return tuple((code, word_list("actor_nouns.json", f"inter_{code}")) for code in _ACTOR_TYPE_ORDER)


def actor_type(actor: str | None) -> int | None:
    """ACLED's inter code of an actor's name, by the first code one of whose words is part of it."""
    if not actor:
        return None
    lowered = actor.lower()
    for code, words in _actor_types():
        if any(word in lowered for word in words):
            return code
    return None


def interaction(actor1: str | None, actor2: str | None) -> int | None:
    """ACLED's interaction code: the two actor types, smaller first ("17": state forces on civilians)."""
    one, two = actor_type(actor1), actor_type(actor2)
    if one is None:
        return None
    if two is None:
        return one * 10
    low, high = sorted((one, two))
    return low * 10 + high
