"""Figures and their sources, second round (issue 10, kinds 4 and 7).

Sentences written for these tests (invented incidents):
- a toll given as a coordinated list of groups is their sum, each group kept as a breakdown;
- a toll update whose noun stands far before its verb ("the death toll from Sunday's bombing at
  a market in Quetta rose to 23") is a killed figure;
- a single victim wounded in the active voice ("killing a woman and wounding her husband");
- a name and its role set off by commas before the speech verb are the source, and whom a
  speaker "told" is never the source.
"""

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.nlp.attribution import find_attributions
from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult

Extract = Callable[..., ExtractionResult]


@pytest.mark.parametrize(("sentence", "total", "parts"), [
    ("Militants attacked a checkpoint in Bannu, leaving two policemen and six attackers dead.", 8, [2, 6]),
    ("Fighting near Kidal killed seven rebels and two soldiers, the army said.", 9, [7, 2]),
    ("An ambush near Diffa on Friday killed three soldiers and 11 jihadists.", 14, [3, 11]),
    ("Clashes in Marib killed 12 Houthi fighters and four government troops.", 16, [12, 4]),
    ("The raid left four gendarmes, two herders and one trader dead.", 7, [4, 2, 1]),
    ("Gunmen killed at least five farmers and three herders in Plateau state.", 8, [5, 3]),
])
def test_a_coordinated_toll_is_the_sum(sentence: str, total: int, parts: list[int]) -> None:
    (mention,) = [m for m in find_casualties(sentence) if m.kind == "killed"]
    assert mention.value == total
    assert [b.value for b in mention.breakdowns] == parts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The shelling killed three soldiers and five civilians were wounded.", [("killed", 3), ("injured", 5)]),
    ("The attack killed seven people, two of them children.", [("killed", 7)]),
    ("Between 100 and 300 people were killed.", [("killed", None)]),
    ("The blast killed 12 people and injured 30 others.", [("killed", 12), ("injured", 30)]),
    ("Militia raid leaves 14 dead, 40 injured in Ituri", [("killed", 14), ("injured", 40)]),
])
def test_numbers_that_are_no_coordinated_toll(sentence: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(m.kind, m.value) for m in find_casualties(sentence)] == expected


@pytest.mark.parametrize(("sentence", "value"), [
    ("The death toll from Sunday's suicide bombing at a market in Quetta rose to 23 on Tuesday.", 23),
    ("The death toll from Saturday's truck bombing in central Kabul has risen to at least 41.", 41),
    ("The number of people killed in Friday's twin blasts in Mogadishu climbed to 26.", 26),
    ("Rescuers said the toll from the missile strike on an apartment block in Dnipro reached 40.", 40),
    ("The toll from last week's attack on a church in the eastern town of Kasindi stood at 17.", 17),
    ("Nigeria: the death toll from the Boko Haram raid on a camp near Dikwa yesterday increases to 63.", 63),
])
def test_a_toll_update_far_from_its_verb(sentence: str, value: int) -> None:
    killed = [m for m in find_casualties(sentence) if m.kind == "killed"]
    assert [m.value for m in killed] == [value]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A drone strike hit a house in Kherson on Tuesday, killing an elderly woman and wounding her daughter, "
     "the governor said.", 1, 1),
    ("A grenade attack in Srinagar on Sunday killed a shopkeeper and injured his brother.", 1, 1),
    ("Militants shot dead a teacher and wounded a student in Pattani on Thursday.", 1, 1),
    ("A roadside bomb near Kandahar on Monday killed a driver and injured his passenger, police said.", 1, 1),
    ("Russian shelling of Nikopol on Friday killed a man and wounded his neighbour, the regional governor said.",
     1, 1),
])
def test_a_single_victim_wounded_in_the_active(extract: Extract, text: str, killed: int, injured: int) -> None:
    (event,) = extract(text, published=date(2024, 5, 14)).events
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen attacked a village in Zamfara on Sunday, killing 11 people, a vigilante leader, Musa Dantani, "
     "told reporters.", "Musa Dantani"),
    ("Militants stormed a police post in Tank on Friday, killing five officers, Ahmed Khan, a police officer, "
     "told AFP.", "Ahmed Khan"),
    ("Bandits killed six people in Katsina, a police spokesman, Gambo Isah, told journalists on Monday.",
     "Gambo Isah"),
    ("Jihadists killed eight villagers near Djibo, a local councillor, Issa Ouedraogo, said.", "Issa Ouedraogo"),
    ("Five people died in the blast, the governor told reporters.", "governor"),
])
def test_an_apposed_name_before_the_verb_is_the_source(nlp: Language, text: str, source: str) -> None:
    sentence = next(iter(nlp(text).sents))
    assert [a.source for a in find_attributions(sentence)] == [source]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Al-Shabaab claimed responsibility for the bombing in Baidoa that killed 12 people.",
    "The Pakistani Taliban have claimed the attack on the police post.",
    "All three blasts were claimed by the Islamic State group.",
    "JNIM, which has attacked the town before, claimed responsibility on Sunday.",
    "Hezbollah claimed the strike on the army post in a statement.",
])
def test_a_claim_of_responsibility_is_no_attribution(nlp: Language, text: str) -> None:
    sentence = next(iter(nlp(text).sents))
    assert find_attributions(sentence) == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "killed"), [
    ("\"They came at night and burned everything,\" said Musa Garba, a village head, adding that bandits had "
     "killed 14 villagers in Zamfara on Sunday.", "Musa Garba", 14),
    ("A community leader, Usman Bello, said gunmen killed seven farmers in Benue on Tuesday.", "Usman Bello", 7),
    ("Gunmen attacked a village in Zamfara on Sunday, killing 11 people, a vigilante leader, Musa Dantani, "
     "told reporters.", "Musa Dantani", 11),
    ("The death toll from Sunday's suicide bombing at a market in Quetta rose to 23 on Tuesday, a hospital "
     "official said.", "hospital official", 23),
    ("Fighting broke out near Kidal on Sunday, killing seven rebels and two soldiers, the army said.", "army", 9),
])
def test_the_event_keeps_figure_and_source(extract: Extract, text: str, source: str, killed: int) -> None:
    (event,) = extract(text, published=date(2024, 5, 14)).events
    assert (event.source, event.fatalities) == (source, killed)


@pytest.mark.parametrize(("text", "value"), [
    ("Boko Haram fighters ambushed a convoy, killing seven soldiers, two security sources told Reuters.", 7),
    ("The strike killed 11 people, three local officials said.", 11),
    ("Gunmen killed four villagers and two officials said the attackers fled.", 4),
    ("Shelling killed five civilians, two regional administrators reported on Telegram.", 5),
    ("The blast killed nine worshippers, three police sources confirmed.", 9),
])
def test_coordinated_tolls_speakers_are_no_victims(text: str, value: int) -> None:
    killed = [c.value for c in find_casualties(text) if c.kind == "killed"]
    assert killed == [value]
