from datetime import date

from eventwire.time.dateline import find_dateline, parse_date


def test_dateline_wire_form_with_agency() -> None:
    text = "Title line\nKyiv, 2 February 2024 (AP) - Missiles hit the city."
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.date, dateline.place) == (date(2024, 2, 2), "Kyiv")
    assert text[dateline.start : dateline.end].startswith("Kyiv, 2 February 2024")


def test_dateline_date_line_on_its_own() -> None:
    dateline = find_dateline("Tuesday, March 5, 2019 \n\n\nA bomb exploded.")
    assert dateline is not None and dateline.date == date(2019, 3, 5)


def test_dateline_absent() -> None:
    assert find_dateline("Two people were hurt in a blast.\nNo date here.") is None


def test_dateline_parse_date_forms() -> None:
    assert parse_date("31 December 2023") == date(2023, 12, 31)
    assert parse_date("Jan. 4, 2019") == date(2019, 1, 4)
    assert parse_date("2020-02-30") is None
