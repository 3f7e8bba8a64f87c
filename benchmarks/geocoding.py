"""Geocoding benchmark on the Wikipedia Current Events conflict items with linked places.

Each item's wikitext links some of the places it names to Wikipedia pages whose Wikidata
coordinates the dataset carries.  For eventwire and, side by side, a baseline of exact-name
lookup in the same gazetteer (the most populous place of the name), it prints:

- linked places found: the share of linked places (with coordinates) whose words in the text
  are covered by a place the geocoder found (links on demonyms, "[[Iran]]ian", "Somali",
  and pages about events or bodies, "Siege of X", "2014 unrest", "European Union", are not
  place mentions and are left out);
- towns placed right: of the towns and villages the geocoder found (precision 1 or 2) on the
  words of a linked place, the share within 25 km of that place's coordinates;
- all places placed right: the same over every place found on a linked place's words, where
  a region or country is right when the linked coordinate lies in it (by the nearest
  gazetteer town), or within 25 km of it;
- places found where nothing is linked: these cannot be checked and are only counted;
- items per second and gazetteer lookups per second.

Run: python benchmarks/geocoding.py [--data PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from eventwire.geo.gazetteer import Gazetteer, Place, load_gazetteer
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.names import normalize_name
from eventwire.geo.resolve import distance_km, resolve_mentions
from eventwire.nlp.pipeline import annotate

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/datasets/wikipedia-current-events-conflicts/reports.jsonl"
MATCH_KM = 25.0
_LINK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]([a-z]*)")
_EVENT_PAGE = re.compile(
    r"\b(?:war|battle|siege|attacks?|offensive|bombings?|massacre|conflict|crisis|insurgency|protests?|election|"
    r"operation|shooting|invasion|campaign|unrest|revolution|incident|uprising|clashes|coup|occupation|"
    r"annexation|strike|raid|hostage|assassination|killing|explosion|fire|spring|movement|union|assembly|ministry|"
    r"embassy|news|forces|army|opposition|pentagon|norad|kremlin|government|party|rule|defen[cs]e|council|"
    r"organi[sz]ation|command|agency|police|court|parliament|navy)\b|\d{4}",
    re.I,
)
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al|el|de|of))*")


@dataclass(slots=True)
class Found:
    start: int
    end: int
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    town: bool


@dataclass(slots=True)
class Tally:
    linked: int = 0
    linked_found: int = 0
    towns: int = 0
    towns_right: int = 0
    places: int = 0
    places_right: int = 0
    unlinked: int = 0
    seconds: float = 0.0
    wrong: list[str] = field(default_factory=list)

    def row(self, label: str, items: int) -> str:
        found = self.linked_found / max(self.linked, 1)
        return (f"{label:<22} {found:>8.1%} {self.towns_right / max(self.towns, 1):>10.1%}"
                f" ({self.towns:>5}) {self.places_right / max(self.places, 1):>9.1%} ({self.places:>5})"
                f" {self.unlinked:>9} {items / max(self.seconds, 1e-9):>9.1f}")


class NearestTown:
    """The gazetteer town nearest a coordinate, for "does this region contain the point"."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        import numpy as np

        towns = gazetteer.towns()
        self._gazetteer = gazetteer
        self._keys = np.array([key for key, _, _ in towns])
        self._lat = np.radians(np.array([lat for _, lat, _ in towns]))
        self._lon = np.radians(np.array([lon for _, _, lon in towns]))
        self._cache: dict[tuple[float, float], Place] = {}

    def __call__(self, lat: float, lon: float) -> Place:
        import numpy as np

        if (lat, lon) not in self._cache:
            phi, lam = np.radians(lat), np.radians(lon)
            a = (np.sin((self._lat - phi) / 2) ** 2
                 + np.cos(phi) * np.cos(self._lat) * np.sin((self._lon - lam) / 2) ** 2)
            self._cache[(lat, lon)] = self._gazetteer.place(int(self._keys[int(np.argmin(a))]))
        return self._cache[(lat, lon)]


def linked_places(item: dict[str, object]) -> list[tuple[int, int, float, float]]:
    """(start, end, lat, lon) of each linked place found in the item's plain text."""
    text = str(item["text"])
    coordinates = item["coordinates"]
    assert isinstance(coordinates, dict)
    found = []
    cursor = 0
    for match in _LINK.finditer(str(item["wikitext"] or "")):
        target, anchor, trail = match.group(1).strip(), (match.group(2) or match.group(1)).strip(), match.group(3)
        if target not in coordinates or trail or _EVENT_PAGE.search(target) or not anchor[:1].isupper():
            continue
        start = text.find(anchor, cursor)
        if start < 0:
            continue
        if text[start + len(anchor) : start + len(anchor) + 1].isalpha() or (start and text[start - 1].isalpha()):
            continue  # "Pakistani": the link's words are part of a demonym
        cursor = start + len(anchor)
        lat, lon = coordinates[target]
        found.append((start, start + len(anchor), float(lat), float(lon)))
    return found


def eventwire_places(doc: Doc, gazetteer: Gazetteer) -> list[Found]:
    resolved = resolve_mentions(find_place_mentions(doc, gazetteer), gazetteer)
    return [Found(r.mention.start, r.mention.end, r.location.name, r.location.country, r.location.admin1,
                  r.location.lat, r.location.lon, r.location.precision < 3) for r in resolved]


def _demonym(doc: Doc, start: int, end: int) -> bool:
    """A link whose words the model tags as a nationality ("Somali", "Israeli") is no place mention."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(token.ent_type_ == "NORP" for token in span)


def baseline_places(text: str, gazetteer: Gazetteer) -> list[Found]:
    """Exact-name lookup: capitalised word runs (and their leading sub-runs) equal to a name."""
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for length in range(len(words), 0, -1):
            name = " ".join(words[:length])
            places = [p for p in gazetteer.lookup(name) if normalize_name(p.name) == normalize_name(name)]
            if places:
                best = max(places, key=lambda p: p.population)
                start = run.start()
                found.append(Found(start, start + len(name), best.name, best.country, best.admin1, best.lat, best.lon,
                                   best.feature == "city"))
                break
    return found


def score(places: list[Found], links: list[tuple[int, int, float, float]], tally: Tally, nearest: NearestTown,
          item_id: str) -> None:
    for start, end, _, _ in links:
        tally.linked += 1
        tally.linked_found += any(p.start < end and start < p.end for p in places)
    for place in places:
        covering = [(lat, lon) for start, end, lat, lon in links if place.start < end and start < place.end]
        if not covering:
            tally.unlinked += 1
            continue
        if place.lat is None or place.lon is None:
            right = False
        else:
            near = any(distance_km(place.lat, place.lon, lat, lon) <= MATCH_KM for lat, lon in covering)
            right = near or (not place.town and any(
                t.country == place.country and (place.admin1 is None or place.admin1 == t.admin1)
                for t in (nearest(lat, lon) for lat, lon in covering)))
        if place.town:
            tally.towns += 1
            tally.towns_right += right
        tally.places += 1
        tally.places_right += right
        if not right and len(tally.wrong) < 40:
            tally.wrong.append(f"{item_id}: {place.name} ({place.country}, {'town' if place.town else 'area'})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="items to read (0: all with coordinates)")
    parser.add_argument("--show-wrong", action="store_true", help="list some places placed wrong")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    items = [item for item in map(json.loads, args.data.open()) if item.get("coordinates") and item.get("wikitext")]
    if args.limit:
        items = items[: args.limit]
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    gazetteer.lookup("Kyiv")
    opened = time.perf_counter() - start
    nearest = NearestTown(gazetteer)
    annotate("Warm-up sentence in Kyiv.", None)
    ours, baseline = Tally(), Tally()
    for item in items:
        text = str(item["text"])
        began = time.perf_counter()
        doc = annotate(text, None)
        found = eventwire_places(doc, gazetteer)
        ours.seconds += time.perf_counter() - began
        links = [link for link in linked_places(item) if not _demonym(doc, link[0], link[1])]
        began = time.perf_counter()
        simple = baseline_places(text, gazetteer)
        baseline.seconds += time.perf_counter() - began
        score(found, links, ours, nearest, str(item["id"]))
        score(simple, links, baseline, nearest, str(item["id"]))
    names = [normalize_name(w) for item in items[:300] for w in _CAPITALISED_RUN.findall(str(item["text"]))]
    began = time.perf_counter()
    for name in names:
        gazetteer.lookup(name)
    lookups = len(names) / max(time.perf_counter() - began, 1e-9)
    print(f"items with linked coordinates: {len(items)}; linked places: {ours.linked}")
    print(f"gazetteer open: {opened * 1000:.0f} ms; peak memory of this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (spaCy model included)")
    print(f"{'':<22} {'linked':>8} {'towns <=25 km':>18} {'all places right':>17} {'unlinked':>9} {'items/s':>9}")
    print(f"{'':<22} {'found':>8} {'(checked)':>18} {'(checked)':>17} {'found':>9}")
    print(ours.row("eventwire", len(items)))
    print(baseline.row("exact-name baseline", len(items)))
    print(f"gazetteer lookups per second (cached after first use): {lookups:,.0f}")
    if args.show_wrong:
        print("\nplaced wrong (eventwire):\n  " + "\n  ".join(ours.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
