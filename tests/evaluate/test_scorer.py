"""The scorer on records built by hand, as ../shared/spec/gold-format.md describes it."""

from datetime import date

import pytest

from eventwire.evaluate import GoldEvent, GoldLocation, GoldReport, score_reports
from eventwire.evaluate.names import NameMatcher
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.records import Event, ExtractionResult, Location, Report

pytestmark = pytest.mark.slow


def location(name: str, country: str = "UA", lat: float | None = None, lon: float | None = None) -> Location:
    return Location(name, country, None, lat, lon, None, 1, "city", name)


def event(day: date | None, place: Location, fatalities: int | None = None, source: str | None = None) -> Event:
    return Event(day, "day", [place], "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
                 None, fatalities, None, source, None, None)


def gold(day: date | None, name: str, fatalities: int | None = None, source: str | None = None) -> GoldEvent:
    return GoldEvent(day, (GoldLocation(name, "UA"),), "Explosions/Remote violence",
                     "Shelling/artillery/missile attack", None, fatalities, None, source, None)


def test_scorer_match_by_alias_and_fields() -> None:
    day = date(2024, 1, 1)
    reports = [GoldReport(Report("r1", "text"), (gold(day, "Kyiv", 5, "officials in Kyiv"),)),
               GoldReport(Report("r2", "text"), ())]
    predictions = [ExtractionResult("r1", day, "batch", [event(day, location("Kiev"), 4, "Kiev officials")]),
                   ExtractionResult("r2", day, "batch", [event(day, location("Lviv"))])]
    score = score_reports(reports, predictions)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 0)
    assert score.field_accuracy("source") == 1.0
    assert score.field_accuracy("fatalities") == 0.0
    assert (score.negatives, score.negatives_with_events) == (1, 1)
    assert score.precision == 0.5 and score.recall == 1.0


def test_scorer_wrong_date_does_not_match_but_null_gold_date_does() -> None:
    day = date(2024, 1, 1)
    wrong = score_reports([GoldReport(Report("r", "t"), (gold(day, "Lviv"),))],
                          [ExtractionResult("r", day, "batch", [event(date(2024, 1, 2), location("Lviv"))])])
    assert wrong.true_positives == 0
    null = score_reports([GoldReport(Report("r", "t"), (gold(None, "Lviv"),))],
                         [ExtractionResult("r", day, "batch", [event(date(2024, 1, 2), location("Lviv"))])])
    assert null.true_positives == 1


def test_scorer_place_names_ignore_region_words_and_match_within_25_km() -> None:
    matcher = NameMatcher(load_gazetteer())
    assert matcher.same_place(location("Belgorod Oblast", "RU"), GoldLocation("Belgorod", "RU"))
    near_kyiv = location("Somewhere", "UA", 50.46, 30.60)
    assert matcher.same_place(near_kyiv, GoldLocation("Kyiv", "UA"))
    assert not matcher.same_place(location("Lviv"), GoldLocation("Kyiv", "UA"))


def test_scorer_source_words_contain_each_other() -> None:
    matcher = NameMatcher(load_gazetteer())
    assert matcher.same_source("Gladkov", "Vyacheslav Gladkov")
    assert matcher.same_source("the Defence Ministry", "Defence Ministry")
    assert not matcher.same_source("Defence Ministry", "Interior Ministry")
    assert matcher.same_source(None, None)
    assert not matcher.same_source("police", None)


def test_scorer_place_names_contain_each_other_as_sources_do() -> None:
    matcher = NameMatcher(load_gazetteer())
    assert matcher.same_place(location("Jenin", "PS"), GoldLocation("Jenin refugee camp", "PS"))
    assert matcher.same_place(location("al-Mawasi camp area", "PS"), GoldLocation("al-Mawasi", "PS"))
    assert not matcher.same_place(location("Jenin", "PS"), GoldLocation("Nur Shams camp", "PS"))
    assert not matcher.same_place(location("North Waziristan", "PK"), GoldLocation("South Waziristan", "PK"))


def test_scorer_lower_case_directions_describe_part_of_a_place() -> None:
    matcher = NameMatcher(load_gazetteer())
    assert matcher.same_place(Location("Syria", "SY", None, None, None, None, 3, "country", "Syria"),
                              GoldLocation("northwestern Syria", "SY"))
    assert matcher.place_words("North Waziristan") != matcher.place_words("South Waziristan")


def _errors(golds: tuple[GoldEvent, ...], predicted: list[Event]) -> dict[str, int]:
    day = date(2024, 1, 1)
    score = score_reports([GoldReport(Report("r", "t"), golds)], [ExtractionResult("r", day, "batch", predicted)])
    return {kind: count for kind, count in score.error_counts().items() if count}


def test_scorer_error_kinds_for_missed_events() -> None:
    day, other_day = date(2024, 1, 1), date(2024, 1, 3)
    assert _errors((gold(day, "Lviv"),), []) == {"no event": 1}
    assert _errors((gold(day, "Lviv"),), [event(day, location("Kharkiv"))]) == {"misplaced event": 1}
    assert _errors((gold(day, "Lviv"),), [event(other_day, location("Lviv"))]) == {"misdated event": 1}
    # Two incidents in one town on one day written as one event: the second is "merged".
    assert _errors((gold(day, "Lviv"), gold(day, "Lviv")), [event(day, location("Lviv"))]) == {"merged": 1}


def test_scorer_error_kinds_for_extra_events_and_fields() -> None:
    day = date(2024, 1, 1)
    assert _errors((gold(day, "Lviv"),), [event(day, location("Lviv")), event(day, location("Lviv"))]) == {
        "split": 1}
    assert _errors((gold(day, "Lviv"),), [event(day, location("Lviv")), event(day, location("Odesa"), 3)]) == {
        "extra event": 1}
    assert _errors((), [event(day, location("Lviv"))]) == {"extra on negative": 1}
    assert _errors((gold(day, "Lviv", 4, "governor"),), [event(day, location("Lviv"), 5, "mayor")]) == {
        "wrong fatalities": 1, "wrong source": 1}
