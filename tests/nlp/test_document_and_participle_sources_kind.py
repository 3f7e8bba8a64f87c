"""Kinds (issue 10, kind 4, source): (1) a figure attributed only to a body's own document ("according
to the statement", "the communique said") is the body's that gave it, told before; (2) a participle
frame ("the ministry raised the toll ..., saying most of the victims were dock workers") speaks for
the subject of the verb it hangs on, never for the words after it; (3) a bare generic source never
gives way to the group that claims the attack ("claimed responsibility, saying ...").  Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _sources(text: str) -> list[str | None]:
    return [event.source for event in extract_report(Report("doc", text, published=dt.date(2024, 5, 10))).events]


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen attacked a village in Nasarawa state on Monday, the state government said. Seven people were killed, "
     "according to the statement.", "state government"),
    ("Militants attacked an army post near Bosso on Sunday, the defence ministry said in a communique. Four soldiers "
     "were killed, the communique said.", "defence ministry"),
    ("The health ministry raised the toll from Sunday's strike on the Yemeni port of Salif to 11 dead on Monday, "
     "saying most of the victims were dock workers.", "health ministry"),
    ("The army killed 15 militants near Damasak on Monday, the military said, adding that most of the fighters were "
     "foreigners.", "military"),
])
def test_a_document_or_a_participle_speaks_for_the_body_told(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_claim_of_the_attack_never_names_the_source() -> None:
    text = ("Insurgents killed at least five fishermen in an attack on the village of Naunde in Mozambique's Cabo "
            "Delgado province on Saturday, local sources said. The Islamic State group claimed responsibility on "
            "Sunday, saying its fighters had killed eight people.")
    assert _sources(text) == ["local sources"]
