"""Dates: the report's dateline and time expressions resolved against it."""

from eventwire.time.dateline import Dateline, find_dateline
from eventwire.time.expressions import TimeMention, find_time_mentions

__all__ = ["Dateline", "TimeMention", "find_dateline", "find_time_mentions"]
