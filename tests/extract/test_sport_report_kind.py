"""Kind (issue 10, kind 8, look-alikes): a whole report dense in terms of game reporting (four or
more distinct nouns of data/lexicons/sport_terms.json, derived from WordNet 3.0, and the hand lists
of out-of-scope-frames.json) tells a game even when its headline and lead carry no such term ("Bulls
massacre Hawks", "It was an ambush from the first whistle"); its acts that hurt no one are the
game's.  An armed group anywhere in the report keeps its acts, and so does a conflict report that
mentions a match in passing.  Reports written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[str]:
    report = Report("game", text, published=dt.date(2025, 5, 12))
    return [event.sub_event_type or "" for event in extract_report(report).events]


GAMES = [
    # Football: the lead's only term is the kick-off; its offensive, bombarding and ambushing are the game's.
    "Wydad launch all-out offensive to sink Raja\n\n"
    "CASABLANCA, May 11 - Wydad unleashed a furious offensive on Sunday evening, bombarding the Raja "
    "penalty area from the kick-off and ambushing a nervous defence twice in the first 20 minutes at "
    "the Mohammed V stadium.\n\n"
    "Their striker opened fire from 25 metres for the first, and a winger pounced on a loose pass "
    "for the second. Raja's goalkeeper was left shell-shocked, and the derby was over by half-time. "
    "The home midfielder said his side had gone to war.",
    # Cricket: an ambush and a barrage of short balls, and a batsman struck on the helmet.
    "Royals ambush Titans in Durban thriller\n\n"
    "DURBAN, May 11 - The Royals ambushed the Titans with a barrage of short balls on Sunday and "
    "stormed to a seven-wicket win at Kingsmead.\n\n"
    "The Titans' opening batsman was struck on the helmet, the wicket-keeper dropped two catches and "
    "their innings collapsed to 112 all out. A Royals fielder ran out the captain before a left-arm "
    "bowler cleaned up the tail.",
    # Rugby: a raid that plunders tries.
    "Hawks raid Blues' den in five-try rout\n\n"
    "AUCKLAND, May 11 - The Hawks raided Eden Park on Saturday night and plundered five tries "
    "against a Blues side who were torn apart in the second half of the Super Rugby match.\n\n"
    "The Hawks fullback ran in two, a winger added another after the scrum had been driven over, and "
    "their tackler of the night made 23 hits. The Blues coach said his team had been mugged.",
    # Ice hockey: an attack and 44 shots fired.
    "Flames torch Jets in Winnipeg blitz\n\n"
    "WINNIPEG, May 11 - Calgary launched an attack that Winnipeg could not contain on Sunday, firing "
    "44 shots and chasing the Jets goaltender before the second intermission.\n\n"
    "The Flames winger struck twice on the power play, the backup netminder conceded three more, and "
    "the Calgary playmaker finished with four assists as the hockey game turned into a rout.",
    # Baseball: the headline and lead use shelling and bombing words.
    "Cubs shell Padres ace in eight-run fourth\n\n"
    "CHICAGO, May 11 - The Cubs bombarded the San Diego starter on Sunday, knocking him out in the fourth "
    "after a barrage of doubles into the gaps.\n\n"
    "The shortstop drove in three runs, and the left-handed pitcher who followed gave up a two-run homer to "
    "the Chicago catcher before the manager came out to get him. San Diego's outfielder misplayed a fly ball "
    "in the seventh inning, and the rout was complete when a pinch hitter cleared the bases.",
]


@pytest.mark.parametrize("text", GAMES)
def test_a_report_dense_in_terms_of_a_game_is_no_incident(text: str) -> None:
    assert _events(text) == []


def test_an_armed_group_at_a_ground_keeps_its_act() -> None:
    text = ("Militants torch stands of cricket ground in Khyber\n\n"
            "LANDI KOTAL, May 11: Militants set fire to the stands of a cricket ground in Landi Kotal on Sunday "
            "night hours after a local tournament final, police said.\n\n"
            "Nobody was hurt. The ground hosted a match between two district teams on Sunday afternoon, in which "
            "the home batsman scored a century, a bowler took four wickets and the wicket-keeper made three "
            "stumpings before the innings closed.")
    assert _events(text) == ["Looting/property destruction"]


def test_a_conflict_report_that_mentions_a_match_keeps_its_act() -> None:
    text = ("KHARKIV, May 11 - A Russian drone struck a stadium in Kharkiv on Sunday shortly after a youth "
            "football match had ended, damaging the stands, the regional governor said. No one was hurt.")
    assert _events(text) == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "EDMONTON - The Oilers shelled the Calgary goaltender in a 7-1 rout on Saturday night.",
    "NISHINOMIYA, Japan - The Hanshin Tigers unleashed a nine-run offensive in the sixth inning to crush the "
    "Yomiuri Giants 12-3 on Sunday.",
])
def test_a_short_game_lead_with_a_term_of_the_wordnet_list_and_a_score_is_no_incident(text: str) -> None:
    assert _events(text) == []
