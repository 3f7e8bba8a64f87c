"""The split of every gold set into a development part and a measurement part.

Rules are developed on the development part, whose reports and errors may be read one by
one; the measurement part is only ever scored as totals and error counts per kind, so that
it keeps telling how the rules do on reports they were not fitted to (docs/evaluation.md).
A report is in the measurement part when the lowest bit of the SHA-1 of its id is 1: stable,
independent of file order, and about half of every set.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Part = Literal["dev", "measure"]
PARTS: tuple[Part, ...] = ("dev", "measure")


def part_of(report_id: str) -> Part:
    """"dev" or "measure" for a gold report id."""
    return "measure" if int(hashlib.sha1(report_id.encode("utf-8")).hexdigest(), 16) & 1 else "dev"
