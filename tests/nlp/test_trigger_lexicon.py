"""The trigger lexicon (data/lexicons/triggers.json): lemmas match in every inflection, multiword
triggers as token sequences, and the file names its provenance.  Sentences written for these tests."""

import json
from importlib import resources

import pytest
from spacy.language import Language

from eventwire.nlp.triggers import find_sentence_triggers, find_triggers, generic_act, inflections


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [("Government forces shelled two villages overnight.", "shelled", "shelling"),
     ("Heavy guns were pounding the northern suburbs.", "pounding", "shelling"),
     ("Two farmers were gunned down on their way to market.", "gunned down", "attack"),
     ("Rebels ambushed a supply convoy on the highway.", "ambushed", "clash"),
     ("The attackers torched the clinic before leaving.", "torched", "riot"),
     ("Jets bombarded the ridge for hours.", "bombarded", "shelling"),
     ("Masked men stormed the compound at dawn.", "stormed", "riot"),
     ("Police said a raid on the farm left three dead.", "raid", "generic"),
     ("An ambush on the patrol was reported.", "ambush", "clash"),
     ("Residents fled the onslaught.", "onslaught", "generic"),
     ("Kidnappers abducted eleven pupils.", "abducted", "abduction"),
     ("Soldiers opened fire on the car.", "opened fire", "attack"),
     ("The insurgents decapitated a local official.", "decapitated", "attack"),
     ("Two shepherds were slain near the border.", "slain", "attack"),
     ("Helicopters dropped barrel bombs on the suburb.", "barrel bombs", "air"),
     ("Warplanes strafed the highway at dusk.", "strafed", "air")],
)
def test_violence_words_match_in_any_inflection(text: str, word: str, category: str) -> None:
    # The word may be part of a longer trigger of its category ("dropped barrel bombs").
    assert any(word in t.text and t.category == category for t in find_triggers(text)), text


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [("An air strike hit the depot.", "air strike", "air"),
     ("An air-strike hit the depot.", "air-strike", "air"),
     ("A car bomb went off outside the ministry.", "car bomb", "ied"),
     ("Two car-bombings shook the port.", "car-bombings", "ied"),
     ("Troops opened fire on the crowd.", "opened fire", "attack"),
     ("The town came under heavy fire at night.", "came under heavy fire", "clash"),
     ("Fighters retook Kupiansk after a week.", "retook", "territory")],
)
def test_multiword_triggers_match_as_token_sequences(text: str, word: str, category: str) -> None:
    assert (word, category) in {(t.text, t.category) for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text",
    ["The dockers voted for a national strike.", "He was rushed to hospital after a heart attack.",
     "Families spent the night in air raid shelters.", "In March the council met twice.",
     "The bank struck a deal with its creditors.", "The minister dropped a bombshell on Monday."],
)
def test_lookalikes_are_no_typed_trigger(text: str) -> None:
    assert {t.category for t in find_triggers(text)} <= {"generic", "casualty"}, text


def test_vague_words_are_marked() -> None:
    found = {t.text: t.vague for t in find_triggers("A helicopter bombed the market; an IED hit a truck.")}
    assert found == {"helicopter": True, "bombed": True, "IED": False, "hit": False}


def test_generic_acts_are_kinds_of_act() -> None:
    acts = {t.text: generic_act(t) for t in find_triggers("The blast, the strike and the raid; violence.")}
    assert acts == {"blast": "explosive", "strike": "strike", "raid": "assault", "violence": None}


def test_inflections_are_regular_and_irregular() -> None:
    assert {"kidnaps", "kidnapped", "kidnapping"} <= inflections("kidnap")
    assert {"dies", "died", "dying"} <= inflections("die")
    assert {"struck", "strikes", "striking"} <= inflections("strike", {"strike": ["struck"]})
    assert {"rallies", "rallied"} <= inflections("rally")


def test_every_group_names_its_source_and_category() -> None:
    raw = json.loads(resources.files("eventwire").joinpath("data", "lexicons", "triggers.json").read_text())
    assert raw["licence"] and raw["irregular"]["source"] and raw["exclude"]["source"]
    categories = {"suicide", "chemical", "ied", "grenade", "interception", "air", "shelling", "clash", "territory",
                  "attack", "abduction", "riot", "looting", "repression", "protest", "casualty", "generic"}
    for group in raw["groups"]:
        assert group["source"] and group["category"] in categories and group["patterns"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("word", "lemma"),
    [("shelled", "shell"), ("pounding", "pound"), ("ambushed", "ambush"), ("torched", "torch"),
     ("bombarded", "bombard"), ("kidnapped", "kidnap"), ("struck", "strike"), ("fought", "fight"),
     ("raids", "raid"), ("clashes", "clash"), ("massacred", "massacre"), ("beheaded", "behead")],
)
def test_surface_forms_agree_with_spacy_lemmas(nlp: Language, word: str, lemma: str) -> None:
    """The expansion used without the model and spaCy's lemma tables agree on each form."""
    doc = nlp(f"They said the men {word} it.")
    (token,) = [t for t in doc if t.text == word]
    assert token.lemma_ == lemma
    assert word in inflections(lemma, {"strike": ["struck"], "fight": ["fought"]})
    assert any(t.text == word for t in find_sentence_triggers(next(iter(doc.sents))))
