"""Kind (issue 10, kind 1: clear incidents give no event): an armed group named only by its proper
name ("Al-Shabaab attacked ...", "the RSF attacked ...", "JNIM attacked ...") as the doer of an
act with no toll, or of a killing, gave no event: only the nouns of the armed-actor lexicon
("gunmen", "rebels") made a doer armed.  Now a name the report itself tells is an armed group's
("the militant group al-Shabaab", "Houthi rebels", "the Rapid Support Forces (RSF)", "fighters of
X") is an armed doer wherever the report names it alone; and a statement whose subject pronoun
does the act ("The Israeli military said it struck ...") has the speaker as the doer.  State
forces that bomb a place ("The army bombed a fuel depot") carry out an air strike, as ACLED codes
a state's bombing.  A name the
report never calls armed, and an armed group's words or talks, stay no event.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 2)  # a Monday


@pytest.mark.parametrize(("text", "place"), [
    ("The paramilitary Rapid Support Forces (RSF) have besieged El Fasher for a year. On Sunday the RSF "
     "attacked the town of Babanusa, residents said.", "Babanusa"),
    ("Jihadists of JNIM have blockaded towns in the north for months. JNIM attacked the town of Titao on "
     "Sunday, a security source said.", "Titao"),
    ("Al-Shabaab, the al-Qaeda-linked militant group, controls much of the countryside. Al-Shabaab raided "
     "Afgoye on Sunday, elders said.", "Afgoye"),
    ("Houthi rebels have targeted shipping since November. The Houthis attacked a container ship off "
     "Hodeidah on Sunday, the British maritime agency said.", "Hodeidah"),
    ("ELN guerrillas have fought over the border region for years. The ELN attacked the town of Saravena on "
     "Sunday, the army said.", "Saravena"),
])
def test_a_named_armed_group_does_the_act(extract: Callable[..., ExtractionResult], text: str,
                                          place: str) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.date is not None]
    assert [(e.locations[0].name, e.date) for e in events] == [(place, date(2025, 6, 1))], text


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Al-Shabaab, the al-Qaeda-linked militant group, controls much of the countryside. Al-Shabaab killed "
     "five civilians in Afgoye on Sunday, elders said.", "Afgoye", 5),
    ("The rebel M23 movement has seized much of North Kivu. M23 killed seven villagers in Rutshuru on Sunday, "
     "local leaders said.", "Rutshuru", 7),
])
def test_a_named_armed_group_kills(extract: Callable[..., ExtractionResult], text: str, place: str,
                                   killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)], text


@pytest.mark.parametrize(("text", "place"), [
    ("The Israeli military said it struck a weapons depot in Nabatieh on Sunday.", "Nabatieh"),
    ("The Houthi rebel movement said they attacked a container ship off Hodeidah on Sunday.", "Hodeidah"),
    ("The Sudanese army said it bombed a fuel depot in Nyala on Sunday.", "Nyala"),
])
def test_the_speaker_is_the_doer_of_its_pronoun(extract: Callable[..., ExtractionResult], text: str,
                                                place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.date) for e in events] == [(place, date(2025, 6, 1))], text


@pytest.mark.parametrize(("text", "place"), [
    ("The Sudanese army bombed a fuel depot in Nyala on Sunday, residents said.", "Nyala"),
    ("Myanmar's military bombed a village school in Kani township on Sunday, a local group said.", "Kani"),
])
def test_state_forces_bombing_is_an_air_strike(extract: Callable[..., ExtractionResult], text: str,
                                               place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, "Air/drone strike")], text


@pytest.mark.parametrize("text", [
    "The RSF said it welcomed the talks in Jeddah on Sunday. The paramilitary Rapid Support Forces (RSF) have "
    "fought the army since 2023.",
    "Microsoft attacked the proposal in Brussels on Monday. The firm said its lawyers would appeal.",
    "The opposition party attacked the government's budget in Abuja on Tuesday, saying it ignored farmers.",
    "The minister said it attacked the problem of inflation in Lagos on Sunday.",
    "Soldiers defused a bomb found near a market in Nyala on Sunday, the army said.",
])
def test_no_armed_doer(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "names"), [
    ("Iran-backed Houthi rebels fired at a ship.", {"Houthi"}),
    # "al-Qaeda" is a press name of a group of the UCDP Actor Dataset (armed_group_press_names.json).
    ("Al-Shabaab, the al-Qaeda-linked militant group, said so.", {"Al-Shabaab", "al-Qaeda"}),
    # The whole name is also a press name of a UCDP group (armed_group_press_names.json), so its
    # first words ("Islamic State", a UCDP name too) are no name of their own here.
    ("Fighters of the Islamic State West Africa Province (ISWAP) attacked.", {"Islamic State West Africa Province",
                                                                            "ISWAP"}),
    ("the National Liberation Army (ELN) said", {"ELN"}),
    ("The armed group Hezbollah is backed by Iran.", {"Hezbollah"}),
    ("Sudanese rebels and Zamfara bandits attacked.", set()),  # a people's or a region's name
    ("Microsoft attacked the proposal on Monday.", set()),
])
def test_names_the_report_calls_armed(text: str, names: set[str]) -> None:
    from eventwire.extract.actors import armed_group_names

    assert armed_group_names(text) == names
