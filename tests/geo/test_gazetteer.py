"""The gazetteer index is built once per machine (about 15 s) and then read from the cache."""

import pytest

from eventwire.geo.gazetteer import Gazetteer, load_gazetteer, region_stem

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("variant", "country"),
    [("Kiev", "UA"), ("Kharkov", "UA"), ("Zaporozhye", "UA"), ("Odessa", "UA"), ("Artemivsk", "UA"),
     ("Dnepropetrovsk", "UA"), ("al-Fashir", "SD"), ("Mekele", "ET")],
)
def test_gazetteer_spelling_variants_find_the_city(gazetteer: Gazetteer, variant: str, country: str) -> None:
    cities = [p for p in gazetteer.lookup(variant) if p.feature == "city"]
    assert max(cities, key=lambda p: p.population).country == country


def test_gazetteer_region_names_in_english(gazetteer: Gazetteer) -> None:
    (region,) = [p for p in gazetteer.lookup("Belgorod region") if p.feature == "region"]
    assert (region.name, region.country) == ("Belgorod Oblast", "RU")


def test_gazetteer_city_carries_admin1(gazetteer: Gazetteer) -> None:
    kharkiv = max((p for p in gazetteer.lookup("Kharkiv") if p.feature == "city"), key=lambda p: p.population)
    assert kharkiv.admin1 == "Kharkiv Oblast"


def test_gazetteer_region_stem() -> None:
    assert region_stem("Kharkivska oblast") == "kharkiv"
    assert region_stem("Belgorodskaya oblast'") == "belgorod"


def test_gazetteer_opens_fast_and_small() -> None:
    """Opening the built index takes well under a second and holds no table in memory."""
    import subprocess
    import sys

    code = (
        "import resource, time\n"
        "from eventwire.geo.gazetteer import load_gazetteer\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "start = time.perf_counter()\n"
        "g = load_gazetteer(); g.lookup('Kyiv'); g.lookup('Odesa')\n"
        "print(time.perf_counter() - start, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)\n"
    )
    load_gazetteer()  # make sure the index is built before timing the open
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, megabytes = map(float, done.stdout.split())
    assert seconds < 1.0
    assert megabytes < 300


def test_gazetteer_admin1_for_almost_every_town(gazetteer: Gazetteer) -> None:
    import sqlite3

    with sqlite3.connect(gazetteer.path) as connection:
        (share,) = connection.execute("SELECT avg(admin1 IS NOT NULL) FROM places WHERE feature = 'city'").fetchone()
    assert share > 0.99
