"""Wire datelines without a year: the place and day of the report, not of the incident.

"CITY, Mon D (Agency) -" gives the day of the report; its year is the report's published
year (the most recent such day on or before it). Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventwire.extract.core import extract_report
from eventwire.records import Report
from eventwire.time.dateline import find_dateline

YEARLESS = [
    ("KHARTOUM, Jan 12 (Wirenews) - Shelling killed nine people in Omdurman on Saturday.",
     date(2025, 1, 13), "Khartoum", date(2025, 1, 12)),
    ("MOGADISHU, Sept. 30 (Horn Wire) – A car bomb killed four soldiers near Afgoye, police said.",
     date(2024, 10, 1), "Mogadishu", date(2024, 9, 30)),
    ("GAZA CITY, 4 June (Press Service) — An air strike on a school killed 11 people.",
     date(2024, 6, 4), "Gaza City", date(2024, 6, 4)),
    ("Bamako, Feb. 2 (Sahel Agency) - Gunmen killed 15 villagers in central Mali.",
     date(2023, 2, 3), "Bamako", date(2023, 2, 2)),
    # A report of early January whose dateline is 31 December is of the year before.
    ("DONETSK, Dec 31 (Eastern Wire) - Shelling hit a market on Sunday.",
     date(2024, 1, 2), "Donetsk", date(2023, 12, 31)),
    ("PORT-AU-PRINCE, March 8 (Caribbean News) -- Gang members set fire to a police station.",
     date(2024, 3, 8), "Port-Au-Prince", date(2024, 3, 8)),
    # The country between the place and the date ("CITY, Country, Mon D (Agency) -").
    ("JOLO, Philippines, Feb 10 (Island Wire) - Militants ambushed a patrol on Monday.",
     date(2025, 2, 11), "Jolo", date(2025, 2, 10)),
    ("PASTO, Colombia, Aug 4 (Southern Wire) - Dissidents attacked a police station on Saturday.",
     date(2025, 8, 4), "Pasto", date(2025, 8, 4)),
    ("GOMA, Congo, 3 March (Lakes Wire) — Rebels shelled a camp on Sunday.",
     date(2025, 3, 3), "Goma", date(2025, 3, 3)),
]


@pytest.mark.parametrize(("text", "published", "place", "day"), YEARLESS)
def test_wire_datelines_year_from_the_published_date(text: str, published: date, place: str, day: date) -> None:
    dateline = find_dateline(text, published=published)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, day)
    # The span covers the dateline only: the sentence after it is the report's first.
    assert text[dateline.end :].lstrip()[0].isupper()
    assert text[: dateline.end].rstrip()[-1] in "-–—"


@pytest.mark.parametrize(("text", "published", "place", "day"), YEARLESS)
def test_wire_datelines_without_a_published_date_keep_place_and_no_day(
        text: str, published: date, place: str, day: date) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.place == place
    assert dateline.date is None  # unknown year: no guess


@pytest.mark.parametrize(
    ("text", "place"),
    [("KYIV, Ukraine (AP) — Russian drones struck the city overnight.", "Kyiv"),
     ("ADEN, Yemen (Gulf Wire) - Fighting broke out near the port.", "Aden"),
     ("KABUL (Reuters) - A blast killed two people at a mosque.", "Kabul"),
     ("Headline about a blast\nMAIDUGURI, Nigeria (AFP) – Insurgents attacked a camp.", "Maiduguri"),
     ("SAN SALVADOR, El Salvador (AP) — Police said two officers were shot.", "San Salvador")],
)
def test_wire_datelines_place_and_country_without_a_date(text: str, place: str) -> None:
    dateline = find_dateline(text, published=date(2024, 5, 6))
    assert dateline is not None
    assert dateline.place == place
    assert text[dateline.end :].lstrip()[0].isupper()


@pytest.mark.parametrize(
    "text",
    ["Gunmen killed 12 people in Kano, police said on Monday.",
     "Kano, Kaduna and Zaria - three cities under curfew.",
     "On March 3 a bomb exploded in Quetta.",
     "Jan 12 will be remembered as a dark day."],
)
def test_wire_datelines_ordinary_first_lines_are_not_datelines(text: str) -> None:
    assert find_dateline(text, published=date(2024, 3, 5)) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "feed_date", "event_day"),
    [("BEIRUT, Oct 7 (Wire) - An air strike killed four people in Tyre yesterday, the health ministry said.",
      date(2024, 10, 8), date(2024, 10, 6)),
     ("KHARKIV, March 3 (Agency) – A Russian missile killed two people in Kupiansk on Saturday.",
      date(2024, 3, 4), date(2024, 3, 2)),
     ("GAZA CITY, 4 June (Press Service) — An air strike killed 11 people in Rafah overnight.",
      date(2024, 6, 5), date(2024, 6, 3)),
     ("Quetta, Jan. 9 (Wire) - A bomb killed six soldiers in Turbat on Monday, the army said.",
      date(2024, 1, 10), date(2024, 1, 8)),
     ("MOGADISHU, 22 July (Horn Wire) - A car bomb killed nine people in Baidoa today, police said.",
      date(2024, 7, 23), date(2024, 7, 22))],
)
def test_wire_datelines_the_datelines_day_is_the_reports_day(text: str, feed_date: date, event_day: date) -> None:
    result = extract_report(Report("t", text, feed_date))
    assert result.published == feed_date - timedelta(days=1)  # the dateline's day
    assert [event.date for event in result.events] == [event_day]


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen seize farmers\n\nLokoja — Armed men kidnapped eight farmers in Okene on Monday.", "Lokoja"),
    ("Bamako, Mali — Jihadists attacked a checkpoint in Kati on Friday.", "Bamako"),
    ("Herat, Afghanistan – A grenade exploded outside a shrine on Thursday.", "Herat"),
    ("Settlers burn olive groves\n\nNABLUS\n\nIsraeli settlers set fire to olive trees near Huwara on Thursday.",
     "Nablus"),
    ("Drone hits fuel depot\n\nKYIV\n\nFlames engulfed a fuel depot in Novorossiysk after a drone strike.",
     "Kyiv"),
])
def test_title_case_and_bare_datelines(text: str, place: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == place
    assert text[dateline.end :].lstrip()[0].isupper()


@pytest.mark.parametrize("text", [
    "Ukraine – Russia talks resume in Istanbul on Monday.",
    "Afghanistan: a bomb exploded near a mosque on Friday.",
    "Gaza\n\nAn air strike hit a school on Friday.",
    "DRONE STRIKE KILLS FOUR\n\nA drone hit a car near Tyre on Friday.",
])
def test_no_dateline_in_a_headline_or_a_bare_title_case_word(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found.place is None


# A dateline place written in capitals of a script beyond ASCII ("BOGOTÁ —", "MEDELLÍN —",
# "SÃO PAULO —") is a dateline too, and so never the incident's place (trial 8).
ACCENTED = [
    ("BOGOTÁ — Three police officers were wounded on Tuesday when a bomb went off in Suárez.", "Bogotá"),
    ("MEDELLÍN — Gunmen killed four people at a billiard hall in Segovia on Tuesday.", "Medellín"),
    ("SÃO PAULO (Wire) — Police killed six suspects in a raid in Guarujá on Monday.", "São Paulo"),
    ("Headline of the report\n\nASUNCIÓN\n\nGunmen killed a police officer in Pedro Juan Caballero.", "Asunción"),
]


@pytest.mark.parametrize(("text", "place"), ACCENTED)
def test_a_dateline_in_accented_capitals_is_a_dateline(text: str, place: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == place, dateline


def test_a_sentence_starting_with_an_accented_name_is_no_dateline() -> None:
    assert find_dateline("Bogotá's mayor said on Monday — after a night of protests — that talks would resume.") is None


def test_the_accented_dateline_city_is_not_the_incident_place() -> None:
    report = Report("bogota", "BOGOTÁ — A bomb wounded three police officers on Tuesday outside a station in "
                    "the municipality of Suárez, in Cauca department, the police said.",
                    published=date(2023, 11, 8))
    events = extract_report(report).events
    assert [location.name for event in events for location in event.locations if location.name == "Bogotá"] == []
    assert [event.date for event in events] == [date(2023, 11, 7)]

