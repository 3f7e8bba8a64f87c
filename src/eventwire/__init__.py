"""eventwire: structured, source-attributed conflict event data from news reports.

The public API::

    from eventwire import Report, extract_report
    result = extract_report(Report("r1", text))
"""

from eventwire.extract import ExtractOptions, extract_report
from eventwire.records import (
           SCHEMA_VERSION,
           Claim,
           Event,
           ExtractionResult,
           Location,
           Report,
           Statement,
)

__all__ = ["SCHEMA_VERSION", "Claim", "Event", "ExtractOptions", "ExtractionResult", "Location", "Report",
           "Statement", "extract_report"]
