"""The relevance filter: a cheap test that lets reports with no sign of political violence or
demonstration skip the model (sport, markets, accidents).

It uses the same trigger lexicon as extraction and asks for what extraction itself needs
before it can write an event down: a typed trigger (a bombing, shelling, clash, protest,
attack...), or an attack word together with a casualty word.  A report it drops could not
have given an event, so the filter changes speed, not results.
"""

from __future__ import annotations

from eventwire.extract.units import STRONG_CATEGORIES
from eventwire.nlp.triggers import find_triggers
from eventwire.records import Report


def relevant(report: Report) -> bool:
    categories = {trigger.category for trigger in find_triggers(f"{report.title or ''}\n{report.text}")}
    if categories & STRONG_CATEGORIES:
        return True
    return "generic" in categories and "casualty" in categories

