import pytest

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.resolve import resolve_mentions
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow


def places(text: str) -> list[tuple[str, str | None, str]]:
    doc = annotate(text, None)
    gazetteer = load_gazetteer()
    resolved = resolve_mentions(find_place_mentions(doc, gazetteer), gazetteer)
    return [(r.location.name, r.location.country, r.location.feature) for r in resolved]


def test_matcher_region_list_with_mislabelled_names() -> None:
    found = places("Drones were downed over the regions of Bryansk, Oryol and Kursk.")
    assert [(name, feature) for name, _, feature in found] == [
        ("Bryansk Oblast", "region"), ("Oryol Oblast", "region"), ("Kursk Oblast", "region")]


def test_matcher_no_place_from_demonyms_or_outlet_names() -> None:
    found = places("Ukrainian officials told the newspaper Ukrainska Pravda nothing.")
    assert found == []


def test_matcher_town_that_is_a_common_word_needs_context() -> None:
    assert ("Reading", "GB", "city") in places("Three people died in a stabbing in Reading on Saturday.")


def test_matcher_context_country_disambiguates() -> None:
    found = places("Shelling hit Odessa and other towns in Ukraine.")
    assert found[0][:2] == ("Odessa", "UA")  # the town as the report writes it


def test_matcher_facility_named_after_town() -> None:
    assert ("Jolo", "PH", "city") in places("Two bombs struck the Jolo Cathedral in the Philippines.")
