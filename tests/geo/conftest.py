"""Fixtures of the geo tests: the places a text resolves to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.resolve import resolve_mentions
from eventwire.nlp.pipeline import annotate


@pytest.fixture(scope="session")
def resolved_places() -> Callable[[str], list[tuple[str, str | None]]]:
    """(name, country) of each place a text resolves to, in text order (no report date)."""
    def run(text: str) -> list[tuple[str, str | None]]:
        gazetteer = load_gazetteer()
        resolved = resolve_mentions(find_place_mentions(annotate(text, None), gazetteer), gazetteer)
        return [(r.location.name, r.location.country) for r in resolved]
    return run
