"""From a report to its incidents: the public entry point of extraction."""

from eventwire.extract.core import ExtractOptions, extract_report

__all__ = ["ExtractOptions", "extract_report"]
