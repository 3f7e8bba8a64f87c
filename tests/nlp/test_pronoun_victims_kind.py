"""Kind (issue 10, kind 1, fatalities): a victim named by a pronoun object ("killing him", "shot
her dead", "wounding her and her son") is one person when the sentence names that person before
(alone, "him" may be an attacker of an earlier sentence), "killing them both" is two when it names
two people before, "killing both men" is two, and "an elderly couple" is two; before, only a subject pronoun ("he died")
counted, so such reports had no figure and no source.  A possessive "her" ("killing her husband")
names no victim of its own, and "a couple of soldiers" is no count.  Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "killed", "injured", "source"), [
    ("Gunmen on motorcycles shot a village chief in Zurmi on Monday, killing him instantly, police said.",
     1, None, "police"),
    ("An Israeli drone fired a missile at a woman in Bint Jbeil on Monday, killing her, the health ministry said.",
     1, None, "health ministry"),
    ("Militants ambushed a police officer in Bannu on Monday and shot him dead, officials said.", 1, None,
     "officials"),
    ("A shell hit a house in Kupiansk on Monday, killing an elderly couple, the governor said.", 2, None,
     "governor"),
    ("A bomb planted under a lawmaker's car in Mogadishu killed him and two bodyguards on Monday, police said.",
     3, None, "police"),
    ("Gunmen stormed a farm near Kaura on Monday, killing a farmer and wounding her and her son, police said.",
     1, 2, "police"),
    ("Gunmen shot at a pastor in Jos on Monday, killing his wife, church officials said.", 1, None,
     "church officials"),
    # "both": the two people the sentence named before.
    ("Paramilitary fighters broke into a farmhouse outside Sennar on Friday and shot a farmer and his wife, "
     "killing them both, a local rights group said.", 2, None, "local rights group"),
    ("Gunmen shot a teacher and a pupil outside a school in Maiduguri on Monday, killing both, police said.",
     2, None, "police"),
    ("A drone hit two men on a motorbike near Nikopol on Monday, killing both of them, the governor said.",
     2, None, "governor"),
    # "both" before a plural noun: two.
    ("A mine blew up under a tractor carrying two farmers near Tabqa on Sunday, killing both men and wounding "
     "a girl, the monitor said.", 2, 1, "monitor"),
    ("A drone hit a car carrying two journalists near Kherson on Sunday, killing both men, the governor said.",
     2, None, "governor"),
    ("Gunmen stopped a pickup carrying a teacher and his brother outside Gao on Friday and shot both brothers "
     "dead, relatives said.", 2, None, "relatives"),
    ("Both soldiers were killed when their vehicle hit a roadside bomb near Kismayo on Monday, the army said.",
     2, None, "army"),
])
def test_pronoun_and_pair_victims_are_counted(text: str, killed: int, injured: int | None, source: str) -> None:
    events = extract_report(Report("pronoun", text, published=dt.date(2025, 7, 9))).events
    assert [(e.fatalities, e.injured, e.source) for e in events] == [(killed, injured, source)]


def test_a_pronoun_of_an_earlier_sentence_is_no_new_victim() -> None:
    # "him" is the attacker of the sentence before, not a victim the sentence names.
    text = ("A gunman killed four worshippers at a mosque in Kano on Friday, police said. Guards shot him dead "
            "as he fled, a witness said.")
    events = extract_report(Report("pronoun", text, published=dt.date(2025, 7, 9))).events
    assert [(e.fatalities, e.source) for e in events] == [(4, "police")]


def test_both_of_a_coordination_is_no_count() -> None:
    text = "A mortar round hit a school in Kadugli on Monday, wounding both men and women, witnesses said."
    events = extract_report(Report("pronoun", text, published=dt.date(2025, 7, 9))).events
    assert [e.injured for e in events] == [None]


def test_a_couple_of_is_no_count() -> None:
    text = "A couple of soldiers were killed when militants attacked a post in Tillaberi on Monday."
    events = extract_report(Report("pronoun", text, published=dt.date(2025, 7, 9))).events
    assert [e.fatalities for e in events] == [None]
