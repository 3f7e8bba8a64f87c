"""The WordNet-derived lexicons ship with their provenance and hold the words the rules expect."""

import json
from importlib import resources

import pytest

from eventwire.nlp.lexicons import is_agent_noun, is_person_noun, is_thing_noun, is_utterance_noun, speech_lemmas


@pytest.mark.parametrize("name", ["speech_verbs.json", "agent_nouns.json"])
def test_lexicons_name_their_source_and_licence(name: str) -> None:
    data = json.loads(resources.files("eventwire").joinpath("data", "lexicons", name).read_text(encoding="utf-8"))
    assert "WordNet 3.0" in data["resource"]
    assert "Princeton" in data["licence"]
    assert data["derived_by"] == "scripts/derive_lexicons.py"


def test_reporting_verbs_are_statements_not_acts_or_promises() -> None:
    lemmas = speech_lemmas()
    assert {"say", "tell", "report", "announce", "confirm", "allege", "claim", "add", "state"} <= lemmas
    assert not {"attack", "strike", "promise", "urge", "will", "suggest", "kill"} & lemmas


@pytest.mark.parametrize("word", ["troop", "militia", "soldier", "police", "army", "rebel", "government"])
def test_persons_forces_and_groups_are_agents(word: str) -> None:
    assert is_agent_noun(word)


@pytest.mark.parametrize("word", ["strike", "clash", "missile", "explosion", "shelling", "week", "attack"])
def test_acts_weapons_and_times_are_things(word: str) -> None:
    assert is_thing_noun(word)
    assert not is_agent_noun(word)


def test_person_and_utterance_nouns() -> None:
    assert is_person_noun("gunman") and is_person_noun("protester") and not is_person_noun("rally")
    assert is_utterance_noun("statement") and is_utterance_noun("figure") and not is_utterance_noun("ministry")
