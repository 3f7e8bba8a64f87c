"""Kind (issue 10 kind 4, source): a quote closed by a name and its role set off by commas before
the verb ('..." Amadou Sawadogo, a municipal councillor in Dori, told AFP'), where the role ends in
a place: the role's head is the word before its preposition, so the pair is found whatever the
parse hangs it on; and councillors, spokeswomen and spokespersons hold an office (WordNet's
council_member.n.01 and spokesperson.n.01 in office_nouns.json), so a lead's "local official" is
the one named later.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "role"), [
    ('"They came at dusk and shot everyone they saw," Amadou Sawadogo, a municipal councillor in Dori, told AFP by '
     "telephone.", "Amadou Sawadogo", "municipal councillor in Dori"),
    ('"The shelling went on all night," Olena Marchenko, a volunteer in Kupiansk, told Reuters.', "Olena Marchenko",
     "volunteer in Kupiansk"),
])
def test_a_name_and_a_role_ending_in_a_place_before_told(text: str, source: str, role: str) -> None:
    doc = annotate(text, None)
    mentions = [m for sentence in doc._.ew_attributions for m in sentence]
    assert [(m.source, m.source_role) for m in mentions] == [(source, role)]


@pytest.mark.parametrize(("text", "source"), [
    ('Gunmen killed nine villagers near Dori on Saturday, a local elected official said. "We buried them this '
     'morning," Amadou Sawadogo, a municipal councillor in Dori, told AFP by telephone.', "Amadou Sawadogo"),
    ("An air strike killed six people in Jisr al-Shughur on Tuesday, a rebel official said. The group's spokeswoman, "
     "Rania Haddad, said the strike hit a market.", "Rania Haddad"),
])
def test_a_councillor_or_spokeswoman_named_later_is_the_source(text: str, source: str) -> None:
    events = extract_report(Report("office", text, published=dt.date(2024, 5, 10))).events
    assert [event.source for event in events] == [source]
