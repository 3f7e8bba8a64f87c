"""Choosing the place a mention means, with the report as context.

Countries named in the report, the dateline's country and the other places named pull
ambiguous names towards them; population breaks the remaining ties.  A name followed by
"region" (or in a list of regions) resolves to the first-level region.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from eventwire.geo.gazetteer import OBLAST_COUNTRIES, Gazetteer, Place
from eventwire.geo.matcher import REGION_WORDS, PlaceMention
from eventwire.geo.names import normalize_name
from eventwire.records import Location


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    mention: PlaceMention
    location: Location


def resolve_mentions(mentions: list[PlaceMention], gazetteer: Gazetteer, dateline_place: str | None = None
                     ) -> list[ResolvedPlace]:
    context = _context_countries(mentions, gazetteer, dateline_place)
    return [ResolvedPlace(mention, _resolve(mention, context)) for mention in mentions]


def _context_countries(mentions: list[PlaceMention], gazetteer: Gazetteer, dateline_place: str | None
                       ) -> Counter[str]:
    context: Counter[str] = Counter()
    for mention in mentions:
        countries = [p for p in mention.candidates if p.feature == "country"
                     and normalize_name(p.name) == normalize_name(mention.text)]
        if countries or mention.country_only:
            context[(countries or list(mention.candidates))[0].country] += 2
        elif len({p.country for p in mention.candidates}) == 1:
            context[mention.candidates[0].country] += 1
        else:
            largest = max(mention.candidates, key=lambda p: p.population)
            if largest.population >= 1_000_000:
                context[largest.country] += 1
    if dateline_place:
        places = gazetteer.lookup(dateline_place)
        if places:
            context[max(places, key=lambda p: p.population).country] += 1
    return context


def _score(place: Place, context: Counter[str]) -> float:
    return math.log10(place.population + 10) + 2.5 * min(context.get(place.country, 0), 2)


def _resolve(mention: PlaceMention, context: Counter[str]) -> Location:
    candidates = list(mention.candidates)
    base_name = _without_region_word(mention.text)
    countries = [p for p in candidates if p.feature == "country"]
    if countries and not mention.region and any(normalize_name(base_name) == normalize_name(alias)
                                               for alias in (countries[0].name, mention.text)):
        return _location(countries[0], mention, 3)
    if mention.region:
        if mention.regions:
            return _location(max(mention.regions, key=lambda p: (_score(p, context), _region_word_rank(p))), mention, 3)
        cities = [p for p in candidates if p.feature == "city"]
        if cities:
            seat = max(cities, key=lambda p: _score(p, context))
            suffix = "Oblast" if seat.country in OBLAST_COUNTRIES else "region"
            name = f"{base_name} {suffix}"
            return Location(name, seat.country, seat.admin1 or name, seat.lat, seat.lon, None, 3, "region",
                            mention.text)
    cities = [p for p in candidates if p.feature == "city"]
    same_named_regions = [p for p in candidates if p.feature == "region" and
                          normalize_name(p.name) == normalize_name(mention.text)]
    if cities:
        best = max(cities, key=lambda p: _score(p, context))
        if same_named_regions and best.population < 200_000 and all(
            best.admin1 != region.name for region in same_named_regions
        ):
            # "Virginia", "Ohio": a state, not a small town of the same name elsewhere.
            return _location(max(same_named_regions, key=lambda p: _score(p, context)), mention, 3)
        return _location(best, mention, 2 if mention.near else 1)
    best = max(candidates, key=lambda p: _score(p, context))
    return _location(best, mention, 3)


def _region_word_rank(place: Place) -> int:
    """"Moscow region" is Moscow Oblast rather than the federal city: prefer a region named as one."""
    return int(any(word in place.name.lower() for word in ("oblast", "region", "province", "governorate", "krai")))


def _without_region_word(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        words = words[:-1]
    return " ".join(words)


def _location(place: Place, mention: PlaceMention, precision: int) -> Location:
    return Location(place.name, place.country, place.admin1, place.lat, place.lon, place.geonameid, precision,
                    place.feature, mention.text)
