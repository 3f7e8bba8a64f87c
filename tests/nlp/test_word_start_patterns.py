"""The lexicon unions tried only at word starts (nlp/triggers.py WordStartPattern) find exactly
what the bare expressions find, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from eventwire.nlp.triggers import load_lexicon

SENTENCES = [
    "Riot police fired tear gas at the crowd outside the fuel tank depot in Kisumu.",
    "A bomb disposal squad defused the device; residents took shelter in an air raid shelter.",
    "Medevac helicopters flew the wounded to Goma after the ambush, the army said.",
    "The gas leak caused a blast that levelled two houses in Tabriz on Monday.",
    "An old landmine left over from the war exploded under a tractor near Kandahar.",
    "Self-made rockets and sub-machine guns: \"riot gear\" was found in the bus.",
    "Ceasefire talks stalled; a cyberattack hit the ministry's servers and a hunger strike went on.",
    "Médecins Sans Frontières said planes were unable to intercept the drones over Sumy.",
    "",
    "12345 -- ,,, !!!",
]


@pytest.mark.parametrize("name", ["exclude", "accident", "legacy"])
@pytest.mark.parametrize("text", SENTENCES)
def test_the_scan_finds_what_the_bare_expression_finds(name: str, text: str) -> None:
    scanner = getattr(load_lexicon(), name)
    expected = [(m.start(), m.end()) for m in scanner.pattern.finditer(text)]
    assert [(m.start(), m.end()) for m in scanner.finditer(text)] == expected
    first = scanner.pattern.search(text)
    found = scanner.search(text)
    assert (found.span() if found else None) == (first.span() if first else None)


def test_the_scan_finds_something_in_the_sentences() -> None:
    lexicon = load_lexicon()
    # The comparison above means something only if the sentences hold matches of each union.
    assert lexicon.exclude.search(SENTENCES[0]) is not None
    assert lexicon.accident.search(SENTENCES[3]) is not None
    assert lexicon.legacy.search(SENTENCES[4]) is not None
    assert lexicon.exclude.search(SENTENCES[8]) is None
