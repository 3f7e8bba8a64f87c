"""Kind (issue 10, kind 4): a speech frame inside quoted words ('"Our soldiers reported heavy fire,"
the spokesman said') is the speaker's own account, not the report's attribution: it never becomes
the source of a figure, nor stands in for a force's named spokesman.  Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ('Insurgents killed five soldiers at a checkpoint near Tessalit on Tuesday, the army said. "Our soldiers reported '
     'heavy fire from the hills," Lieutenant Sidiki Coulibaly, a spokesman for the army, said.', "Sidiki Coulibaly"),
    ('An air strike killed four fighters near the town of Sirwah in Yemen on Sunday, the military said. "Our forces '
     'said the aircraft struck twice," Brigadier Saleh Nasser, spokesman for the armed forces, told reporters.',
     "Saleh Nasser"),
    ('Militants killed six soldiers in an ambush near the town of Tillia on Monday, the military said. "Our units '
     'responded and pushed the attackers back," Colonel Ibrahim Soumana, a spokesman for the armed forces, said.',
     "Ibrahim Soumana"),
    ('Jihadists killed eight soldiers in an ambush near Titao on Friday, the army said. "The troops announced that '
     'they had repelled the attack," Captain Issa Ouedraogo, the army\'s spokesman, said.', "Issa Ouedraogo"),
])
def test_a_quoted_frame_is_not_the_source(text: str, source: str) -> None:
    events = extract_report(Report("quoted", text, published=dt.date(2024, 6, 5))).events
    assert len(events) == 1
    assert events[0].source is not None and source in events[0].source


@pytest.mark.parametrize("text", [
    '"Our patrols said the attackers fled towards the mountains," said police officer Nawab Durrani.',
    "\u201cWitnesses told our officers the gunmen wore uniforms,\u201d spokesman Adamu Bello said.",
])
def test_only_the_frame_outside_the_quotation_is_read(text: str) -> None:
    doc = annotate(text, None)
    sources = [mention.source for sentence in doc._.ew_attributions for mention in sentence]
    assert len(sources) == 1 and sources[0].split()[-1] in ("Durrani", "Bello"), sources
