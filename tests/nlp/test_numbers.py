import pytest

from eventwire.nlp.numbers import find_numbers, words_to_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("twenty-one", 21), ("a dozen", 12), ("two hundred and five", 205), ("Sixty-six", 66), ("one", 1),
     ("three thousand", 3000), ("dozens", None), ("hello", None)],
)
def test_numbers_words_to_number(phrase: str, value: int | None) -> None:
    assert words_to_number(phrase) == value


def test_numbers_find_digits_words_and_vague_quantities() -> None:
    text = "Twenty-one died, 1,200 fled and dozens were hurt; a dozen more arrived."
    found = [(m.text, m.value) for m in find_numbers(text)]
    assert found == [("Twenty-one", 21), ("1,200", 1200), ("dozens", None), ("a dozen", 12)]


def test_numbers_spans_point_into_the_text() -> None:
    text = "about 160 missiles"
    (mention,) = find_numbers(text)
    assert text[mention.start : mention.end] == "160"


def test_numbers_some_before_a_figure_is_a_qualifier_not_a_quantity() -> None:
    assert [(m.text, m.value) for m in find_numbers("some 160 missiles")] == [("160", 160)]


def test_numbers_decimal_millions_are_one_figure() -> None:
    assert [m.value for m in find_numbers("2 million people")] == [2_000_000]
