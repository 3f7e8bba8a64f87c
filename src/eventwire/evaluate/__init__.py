"""The gold format (../shared/spec/gold-format.md) and the scorer."""

from eventwire.evaluate.gold import GoldEvent, GoldLocation, GoldReport, read_gold
from eventwire.evaluate.scorer import ERROR_KINDS, FIELDS, Score, evaluate_gold, score_reports

__all__ = ["ERROR_KINDS", "FIELDS", "GoldEvent", "GoldLocation", "GoldReport", "Score", "evaluate_gold", "read_gold",
           "score_reports"]
