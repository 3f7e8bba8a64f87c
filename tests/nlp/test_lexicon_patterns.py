"""Word lists read from data/lexicons as patterns: entries escaped, stems, phrase gaps, file order."""

from __future__ import annotations

import re

import pytest

from eventwire.nlp.lexicons import alternation, word_list


@pytest.mark.parametrize(("entries", "gap", "text", "matches"), [
    (["sit-in", "march"], " ", "sit-in", True),
    (["passers-by"], " ", "passers-by", True),
    (["protest*"], " ", "protesters", True),
    (["protest*"], " ", "pro test", False),
    (["on her way to"], r"\s+", "on  her\nway to", True),
    (["police officers"], " ", "police  officers", False),
    (["a.b"], " ", "axb", False),
])
def test_alternation_matches_whole_entries(entries: list[str], gap: str, text: str, matches: bool) -> None:
    pattern = re.compile(rf"\b(?:{alternation(entries, gap)})\b", re.I)
    assert bool(pattern.fullmatch(text)) is matches


def test_alternation_keeps_the_order_of_the_list() -> None:
    assert alternation(["bus station", "bus"]) == "bus station|bus"


@pytest.mark.parametrize(("name", "section"), [
    ("actor_nouns.json", "state_forces"), ("actor_nouns.json", "generic_actor"), ("actor_nouns.json", "state_name"),
    ("actor_nouns.json", "forces_victims"), ("actor_nouns.json", "civilians"), ("actor_nouns.json", "counted"),
    ("actor_nouns.json", "not_actors"), ("actor_nouns.json", "inter_1"), ("target_nouns.json", "military"),
    ("target_nouns.json", "sites"), ("demonstration_words.json", "crowd"), ("demonstration_words.json", "scene"),
    ("act_nouns.json", "incident_names"), ("act_nouns.json", "downed_verbs"), ("political_targets.json", "cues"),
])
def test_sections_are_non_empty_lower_case_and_unique(name: str, section: str) -> None:
    words = word_list(name, section)
    assert words and len(set(words)) == len(words)
    assert all(word == word.lower() and word == word.strip() for word in words)
