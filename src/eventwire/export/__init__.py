"""Writing extraction results: JSON, JSON Lines, CSV and a readable text form."""

from eventwire.export.formats import CSV_COLUMNS, FORMATS, render_results

__all__ = ["CSV_COLUMNS", "FORMATS", "render_results"]
