"""Kind (issue 10, kind 4): "..., police and local officials said on Monday" at the end of a
sentence whose parse joins the speakers to the place before them and "said" to the act: the verb
then inherited the act's subject, and the doers ("Suspected herders") became the source. A noun
phrase that opens its clause right before a conjoined speech verb with no subject of its own is
the speaker; a verb that shares its subject with no comma before it ("The ministry condemned the
attack and said ...") keeps it. Sentences written for this test; the first failed before, the
other two keep what worked."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.attribution import find_attributions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "sources"), [
    ("Gunmen kill 23 in attacks on two villages in Nigeria's Benue state\n\nABUJA, June 9 (Reuters) - Suspected "
     "herders killed at least 23 people in overnight attacks on two farming villages in Nigeria's north-central "
     "Benue state, police and local officials said on Monday.\n\nPolice spokeswoman Catherine Anene said 15 "
     "people were killed in Yelwata and eight in Tse-Orbiam, both in Guma local government area.",
     ["police and local officials", "Catherine Anene"]),
    ("The ministry condemned the attack and said 12 people were killed in Kano.", ["ministry"]),
    ("Gunmen stormed the village and killed nine people, residents said.", ["residents"]),
])
def test_the_speakers_before_the_verb(nlp: Language, text: str, sources: list[str]) -> None:
    doc = nlp(text)
    assert [a.source for sentence in doc.sents for a in find_attributions(sentence)] == sources


@pytest.mark.parametrize(("text", "sources"), [
    ("Gunmen attacked a mosque in Natiaboani on Sunday, killing dozens of people, security and local sources said.",
     ["security and local sources"]),
    ("Gunmen killed 14 people in Natiaboani on Sunday, military and medical sources said.",
     ["military and medical sources"]),
    ("Gunmen killed 14 people, including women and children, officials said.", ["officials"]),
])
def test_the_speakers_words_joined_to_the_noun_before(nlp: Language, text: str, sources: list[str]) -> None:
    # "..., security and local sources said": the parse joins "security and local" to "people" before them.
    doc = nlp(text)
    assert [a.source for sentence in doc.sents for a in find_attributions(sentence)] == sources
