"""``eventwire geocode``: the places in a text with their ranked candidates and the reasons.

Analysts use it to check a decision: each mention lists every candidate the gazetteer has,
best first, with coordinates, region, population and what raised its score.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.matcher import PlaceMention, find_place_mentions
from eventwire.geo.resolve import Candidate, build_context, rank_candidates, resolve_mentions, to_location
from eventwire.nlp.pipeline import annotate
from eventwire.records import Location


@dataclass(frozen=True, slots=True)
class GeocodedMention:
    mention: str
    start: int
    end: int
    chosen: Location
    candidates: list[Candidate]


def geocode(text: str, country: str | None = None, limit: int = 5) -> list[GeocodedMention]:
    """Every place mention of ``text``; a bare name with no sentence around it is looked up as one."""
    gazetteer = load_gazetteer()
    doc = annotate(text, None)
    mentions = find_place_mentions(doc, gazetteer)
    if not mentions and gazetteer.lookup(text.strip()):
        candidates = tuple(gazetteer.lookup(text.strip()))
        mentions = [PlaceMention(text.strip(), 0, len(text.strip()), 0, len(doc), candidates, (), False, False,
                                 all(p.feature == "country" for p in candidates))]
    context = build_context(mentions, gazetteer, None, country)
    # Water bodies and names the gazetteer lacks have no candidates: the resolver places them.
    placed = {r.mention.start: r.location for r in resolve_mentions(mentions, gazetteer, None, country)}
    results = []
    for index, mention in enumerate(mentions):
        ranked = rank_candidates(mention, context, index) if mention.candidates else []
        # The resolver's choice where it made one (what extraction uses); else the best candidate.
        chosen = placed.get(mention.start)
        if chosen is None and ranked:
            chosen = to_location(mention, ranked[0])
        if chosen is not None:
            results.append(GeocodedMention(mention.text, mention.start, mention.end, chosen, ranked[:limit]))
    return results


def resolve_place_name(name: str) -> Location | None:
    """The place an analyst means by a name such as "Kupiansk, Kharkiv region": the best candidate, or None."""
    found = geocode(name, limit=1)
    return found[0].chosen if found else None
