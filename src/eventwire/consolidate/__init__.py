"""Many reports, one event: same-incident linking, toll history, best/low/high, disputes."""

from eventwire.consolidate.estimates import Estimate, TollPoint, estimate, toll_history
from eventwire.consolidate.linking import MemberEvent, same_incident
from eventwire.consolidate.summary import Summary, summarize

__all__ = ["Estimate", "MemberEvent", "Summary", "TollPoint", "estimate", "same_incident", "summarize",
           "toll_history"]
