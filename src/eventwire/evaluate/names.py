"""Comparing names the way the gold format says: sources by their words, places by name,
alias or distance."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.evaluate.gold import GoldLocation
from eventwire.geo.gazetteer import Gazetteer, Place
from eventwire.geo.names import normalize_name
from eventwire.geo.resolve import distance_km
from eventwire.records import Location

PLACE_WORDS = frozenset({"oblast", "region", "province", "city", "district", "governorate", "state", "county",
                         "municipality", "prefecture", "voivodeship", "republic", "krai", "kray"})
MATCH_KM = 25.0
# Written in lower case, a direction describes part of the place; capitalised it is a name
# ("North Waziristan").
_LOWER_DIRECTION = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|eastern|western)\b"
)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", normalize_name(text)) if w]


class NameMatcher:
    """Name comparisons backed by the gazetteer for spelling variants and coordinates."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    @lru_cache(maxsize=4096)  # noqa: B019 - one matcher per evaluation run
    def _canonical(self, word: str) -> str:
        if len(word) < 4:
            return word
        cities = [p for p in self._gazetteer.lookup(word) if p.feature == "city" and p.population >= 50_000]
        return f"#{max(cities, key=lambda p: p.population).key}" if cities else word

    def source_words(self, text: str) -> frozenset[str]:
        return frozenset(self._canonical(w) for w in _words(text) if w not in STOP_WORDS)

    def same_source(self, predicted: str | None, gold: str | None) -> bool:
        if predicted is None or gold is None:
            return predicted is None and gold is None
        one, other = self.source_words(predicted), self.source_words(gold)
        return bool(one) and bool(other) and (one <= other or other <= one)

    def place_words(self, name: str) -> tuple[str, ...]:
        """Name words without region words and without lower-case directions ("northwestern Syria")."""
        name = _LOWER_DIRECTION.sub(" ", name)
        return tuple(w for w in _words(name) if w not in PLACE_WORDS)

    def same_place(self, predicted: Location, gold: GoldLocation) -> bool:
        if predicted.country and gold.country and predicted.country != gold.country:
            return False
        # As sources are (gold-format.md, "compared the same way"): one name's words contain the
        # other's, so "Jenin" is the "Jenin refugee camp" and "Waziristan" is "North Waziristan".
        gold_words = set(self.place_words(gold.name))
        for name in (predicted.name, predicted.mention):
            words = set(self.place_words(name))
            if words and gold_words and (words <= gold_words or gold_words <= words):
                return True
        gold_places = self._places(gold)
        if predicted.geonameid is not None and any(p.geonameid == predicted.geonameid for p in gold_places):
            return True
        predicted_places = self._places(GoldLocation(predicted.name, predicted.country))
        if gold_places and predicted_places and gold_places[0].key == predicted_places[0].key:
            return True
        if predicted.lat is not None and predicted.lon is not None:
            for place in gold_places[:1]:
                if place.lat is not None and place.lon is not None and distance_km(
                    predicted.lat, predicted.lon, place.lat, place.lon
                ) <= MATCH_KM:
                    return True
        return False

    def _places(self, gold: GoldLocation) -> list[Place]:
        name = " ".join(self.place_words(gold.name)) or gold.name
        places = [p for p in self._gazetteer.lookup(name) if gold.country in (None, p.country)]
        return sorted(places, key=lambda p: (p.feature != "city", -p.population))


