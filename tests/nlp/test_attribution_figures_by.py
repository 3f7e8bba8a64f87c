"""Kind (issue 10, kind 4: source): the figures named as the thing given, with their giver in a
by- or from-phrase: "the figures were provided by X", "according to figures released by X",
"according to a tally from X".  The giver is the source, never "figures".

Sentences written for these tests (invented incidents and names).
"""

import pytest
from spacy.language import Language

from eventwire.nlp.attribution import find_attributions

pytestmark = pytest.mark.slow


def sources(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [m.source for sentence in doc.sents for m in find_attributions(sentence)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The figures were provided by the regional health directorate.", "regional health directorate"),
    ("The toll was released by the provincial disaster agency on Tuesday.", "provincial disaster agency"),
    ("Casualty figures were issued by the Red Crescent late on Sunday.", "Red Crescent"),
    ("The death toll of 31 was compiled by the Syrian Observatory for Human Rights.",
     "Syrian Observatory for Human Rights"),
    ("These numbers were supplied by the district commissioner's office.", "district commissioner's office"),
])
def test_figures_given_by_a_body_in_the_passive(nlp: Language, text: str, expected: str) -> None:
    assert sources(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine villagers were killed, according to figures released by the mayor's office.", "mayor's office"),
    ("At least 40 people died, according to a tally by the local Red Cross.", "Red Cross"),
    ("Eleven soldiers were killed, according to figures from the defence ministry.", "defence ministry"),
    ("According to data compiled by the UN humanitarian office, 23 civilians were wounded.",
     "UN humanitarian office"),
    ("Two boys were among the dead, according to estimates given by hospital staff.", "hospital staff"),
])
def test_according_to_figures_by_a_body(nlp: Language, text: str, expected: str) -> None:
    assert sources(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "channel"), [
    ("Police said in a statement that three guards died in the raid.", "a statement"),
    ("Police said in a statement on Wednesday that three guards died in the raid.", "a statement"),
    ("The governor said on Telegram that drones had hit a power plant.", "Telegram"),
    ("The ministry said in a post on X that four people died when the shell hit their home.", "a post on X"),
])
def test_the_channel_is_its_noun_phrase_not_the_clause(nlp: Language, text: str, channel: str) -> None:
    found = [m.channel for sentence in nlp(text).sents for m in find_attributions(sentence)]
    assert found[0] == channel
