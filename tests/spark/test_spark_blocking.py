"""The blocks of ``eventwire spark consolidate``, without Spark: what the store can compare stays together."""

from __future__ import annotations

import json
from typing import Any

from eventwire.spark.consolidate import GAP_DAYS, REACH_DAYS, _roots, block_keys, segments


def record(index: int, *events: tuple[str | None, str | None, list[str]],
           published: str = "2024-02-10") -> dict[str, Any]:
    rows = [{"event_index": position, "published": published,
             "event": json.dumps({"event_type": event_type, "date": day,
                                  "locations": [{"country": country} for country in countries]})}
            for position, (event_type, day, countries) in enumerate(events)]
    return {"index": index, "rows": rows or [{"event_index": None, "published": published, "event": None}]}


def test_spark_blocking_keys_by_linkable_types_country_and_day() -> None:
    keys = block_keys(record(0, ("Battles", "2024-02-09", ["UA", "RU", "UA"]), ("Riots", None, ["NG"]),
                             ("Battles", None, [])))
    day = 738925  # 2024-02-09
    # The three types of political violence are one block: an act of unknown means links across them.
    violence = "Battles|Explosions/Remote violence|Violence against civilians"
    assert keys == [((violence, "RU"), day), ((violence, "UA"), day), (("Riots", "NG"), day + 1)]
    (key,) = block_keys(record(2, ("Explosions/Remote violence", "2024-02-09", ["UA"])))
    assert key == ((violence, "UA"), day)
    assert block_keys(record(1, published="")) == []


def test_spark_blocking_cuts_only_gaps_wider_than_the_store_reaches() -> None:
    days = [(100, 0), (100 + REACH_DAYS, 1), (100 + REACH_DAYS + GAP_DAYS + 1, 2), (90, 3)]
    windows = dict(segments((("Battles", "UA"), days)))
    assert windows[3] == windows[0] == windows[1] != windows[2]


def test_spark_blocking_joins_windows_a_report_spans() -> None:
    roots = _roots([("a", "b"), ("c", "c"), ("d", "b")])
    assert roots["a"] == roots["b"] == roots["d"] == "a"
    assert roots["c"] == "c"
