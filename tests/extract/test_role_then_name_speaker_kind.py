"""Kind (issue 10, kind 4: source): a speaker told as a role, then the name set off by commas, right
before the speech verb (", the head of the Dnipropetrovsk regional military administration, Serhiy
Lysak, reported on Telegram") lost the source when the parse hung the verb on the role as its
modifier, or kept the whole role with the name when the model tagged the name as no person, or
read no phrase at all when the role held a participle ("the union of displaced families").  The
pair is the speaker whatever the parse; the name is the source, the role its role.  Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 4)  # a Tuesday


@pytest.mark.parametrize(("text", "source"), [
    ("Russian missiles struck Pavlohrad overnight, killing three people and wounding 14, the head of the "
     "Dnipropetrovsk regional military administration, Serhiy Lysak, reported on Telegram.", "Serhiy Lysak"),
    ("Two soldiers died when a mine exploded near Tessalit on Monday, the commander of the regional garrison, "
     "Amadou Diallo, confirmed.", "Amadou Diallo"),
    ("A drone hit a bus in Beryslav on Sunday, killing two passengers and wounding five, the chief of the town's "
     "military administration, Oleh Marchenko, reported.", "Oleh Marchenko"),
    ("A roadside bomb killed four miners near Kohlu on Monday, the head of the Kohlu levies force, Nawab Marri, "
     "told reporters.", "Nawab Marri"),
    ("Junta jets bombed a monastery in Sagaing on Sunday, killing 11 people, the chairman of the local relief "
     "committee, U Thein Zaw, told local media.", "U Thein Zaw"),
    ("Gunmen killed six traders near Dikwa on Monday, the spokesman of the state police command, Danjuma Bello, "
     "told reporters.", "Danjuma Bello"),
    # A participle inside the role ("displaced", "organised") is part of it.
    ("Shelling of a camp near Nyala killed nine people on Monday, among them three children, the head of the "
     "union of displaced families, Ibrahim Khater, told AFP.", "Ibrahim Khater"),
    ("A drone hit a bus in Kherson on Monday, killing two passengers, the director of the city's organised "
     "transport department, Petro Ivanenko, said.", "Petro Ivanenko"),
    ("Gunmen killed five miners near Djibo on Monday, including two teenagers, the chairman of the association "
     "of affected communities, Boureima Sawadogo, said.", "Boureima Sawadogo"),
])
def test_the_name_after_the_role_is_the_source(extract: Callable[..., ExtractionResult], text: str,
                                               source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.source for e in events] == [source], text


@pytest.mark.parametrize("text", [
    # A figure reported by a body, the verb a modifier with no speaker set off before it.
    "Figures reported by the district council, which runs the clinic, show 40 cases of cholera in Kohlu.",
])
def test_a_verb_that_modifies_a_noun_is_no_frame(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_a_claim_of_responsibility_after_a_name_and_role_gives_no_source(
        extract: Callable[..., ExtractionResult]) -> None:
    text = ("Gunmen raided a border post near Saravan on Sunday, killing five guards. Jaish al-Adl, a militant "
            "faction of the region, claim responsibility.")
    assert [(e.fatalities, e.source) for e in extract(text, PUBLISHED).events] == [(5, None)]
