import pytest

from eventwire.geo.names import is_latin, normalize_name


@pytest.mark.parametrize(
    ("name", "normalized"),
    [("Zaporizhzhya", "zaporizhzhya"), ("El-Fasher", "fasher"), ("al-Fashir", "fashir"), ("Kyiv’s", "kyivs"),
     ("Gdańsk", "gdansk"), ("Mek'ele", "mekele")],
)
def test_names_normalize(name: str, normalized: str) -> None:
    assert normalize_name(name) == normalized


def test_names_is_latin() -> None:
    assert is_latin("Dnipro")
    assert not is_latin("Днiпро")
