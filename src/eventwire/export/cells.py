"""CSV cells a spreadsheet does not run as formulas.

Report text reaches CSV cells (ACLED ``notes``, actors, sources, places), and a cell that starts
with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some spreadsheets skip before
reading one of those) is a live formula in Excel, LibreOffice or Google Sheets: "CSV injection".
OWASP's rule is followed: such a cell gets a leading single quote, which spreadsheets show as text.
Numbers are numbers, not text, and are left alone (a negative longitude stays -3.7).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """``value`` with a leading ``'`` when it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
