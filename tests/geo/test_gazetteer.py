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
