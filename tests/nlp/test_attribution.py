"""Attribution reads the dependency parse, so these tests load the model (once per session)."""

import pytest
from spacy.language import Language

from eventwire.nlp.attribution import find_attributions

pytestmark = pytest.mark.slow


def attributions(nlp: Language, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = nlp(text)
    return [(a.source, a.source_role, a.channel, a.via) for s in doc.sents for a in find_attributions(s)]


def test_attribution_role_before_name_and_channel(nlp: Language) -> None:
    found = attributions(nlp, "Kherson Governor Oleksandr Petrenko said on Telegram that two people died.")
    assert found == [("Oleksandr Petrenko", "Kherson Governor", "Telegram", None)]


def test_attribution_inverted_speech_verb(nlp: Language) -> None:
    found = attributions(nlp, "Three houses were damaged, wrote Mayor Anna Kovalenko on Facebook.")
    assert found == [("Anna Kovalenko", "Mayor", "Facebook", None)]


def test_attribution_appositive_is_the_role(nlp: Language) -> None:
    found = attributions(nlp, "Omar Haddad, a spokesman for the provincial police, said nine were wounded.")
    assert found[0][0] == "Omar Haddad"
    assert "spokesman" in (found[0][1] or "")


def test_attribution_according_to_and_generic_sources(nlp: Language) -> None:
    doc = nlp("Five soldiers were killed, according to officials in Kabul.")
    (mention,) = [a for s in doc.sents for a in find_attributions(s)]
    assert mention.source == "officials in Kabul"
    assert mention.generic


def test_attribution_chain_citing_keeps_the_outlet_as_via(nlp: Language) -> None:
    found = attributions(nlp, "The daily Morning Ledger reported, citing a senior army source, that the base was hit.")
    assert found[0][0].endswith("army source")
    assert found[0][3] == "Morning Ledger"


def test_attribution_pronoun_is_flagged(nlp: Language) -> None:
    doc = nlp("He said the attack lasted an hour.")
    (mention,) = [a for s in doc.sents for a in find_attributions(s)]
    assert mention.pronoun


@pytest.mark.parametrize("text", [
    "Two soldiers were killed near Turbat on Tuesday, the army's media wing said.",
    "Four soldiers were killed near Tikrit on Monday, the ministry's Joint Media Centre said.",
    "Two policemen died in the blast, the provincial police media office said in a statement.",
])
def test_attribution_a_bodys_media_office_speaks_for_it_and_is_no_outlet(nlp: Language, text: str) -> None:
    doc = nlp(text)
    (found,) = [a for s in doc.sents for a in find_attributions(s)]
    assert not found.outlet, found


def test_attribution_a_news_medium_stays_an_outlet(nlp: Language) -> None:
    doc = nlp("Two soldiers were killed near Turbat on Tuesday, local media reported.")
    assert all(a.outlet for s in doc.sents for a in find_attributions(s))


def test_attribution_a_groups_name_after_what_it_is_is_the_source(nlp: Language) -> None:
    found = attributions(nlp, "Five men were executed in Sanaa on Wednesday, according to the rights group Mwatana.")
    assert found[0][:2] == ("Mwatana", "rights group")
