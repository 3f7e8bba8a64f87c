"""Kind: a place written in one of the many English transliterations of an Arabic name.

English news writes the article as "al-", "el-", "ash-" or "ad-" (assimilated to the next
consonant), and "ei"/"ay"/"ai", "ou"/"u" for the same vowels; GeoNames often holds another
spelling.  The name must still be found, as the whole name, never cut at its article.
"""

from __future__ import annotations

import pytest

from eventwire.geo.names import skeleton


@pytest.mark.parametrize(("written", "stored"), [
    ("Deir al-Balah", "Deir el-Balah"),
    ("Jisr al-Shughur", "Jisr ash Shughur"),
    ("Ras el-Ain", "Ra's al 'Ayn"),
    ("Sheikh Maqsoud", "Shaykh Maqsud"),
    ("Beit Hanoun", "Bayt Hanun"),
    ("Tal Abyad", "Tall Abyad"),
])
def test_skeleton_joins_arabic_transliterations(written: str, stored: str) -> None:
    assert skeleton(written) == skeleton(stored)


@pytest.mark.parametrize(("one", "other"), [("Deir", "Dara"), ("Beit", "Bat"), ("Homs", "Hama"),
                                            ("Al Bab", "Al Bahr")])
def test_skeleton_keeps_different_names_apart(one: str, other: str) -> None:
    assert skeleton(one) != skeleton(other)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("An air strike on a house in Deir al-Balah killed six people.", "Deir al-Balah"),
    ("Rebels shelled the village of Kafr al-Hamra near Aleppo on Sunday.", "Kafr al-Hamra"),
    ("Gunmen attacked the village of Tell el-Nasr in Deir ez-Zor province.", "Tell el-Nasr"),
])
def test_an_arabic_name_is_not_cut_at_its_article(text: str, name: str) -> None:
    from eventwire.geo.geocode import geocode

    assert name in [m.mention for m in geocode(text)]
