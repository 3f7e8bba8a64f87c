import pytest

from eventwire.nlp.triggers import find_triggers


@pytest.mark.parametrize(
    ("text", "category"),
    [("A suicide bomber blew himself up at the gate.", "suicide"),
     ("A roadside bomb hit the convoy.", "ied"),
     ("Artillery shelling hit the town.", "shelling"),
     ("An airstrike hit the market.", "air"),
     ("Ten drones were shot down over the region.", "interception"),
     ("Rebels clashed with the army.", "clash"),
     ("A man stabbed two people.", "attack"),
     ("Gunmen abducted 20 students.", "abduction"),
     ("Protesters threw stones at police.", "riot"),
     ("Thousands marched through the capital in protest.", "protest")],
)
def test_triggers_category(text: str, category: str) -> None:
    assert category in {t.category for t in find_triggers(text)}


def test_triggers_ignore_lookalikes() -> None:
    texts = ["Workers held a general strike.", "He died of a heart attack.", "Residents hid in air raid shelters.",
             "The B-17 bomber crashed.", "A bomb-making manual was found.", "In March the talks resumed."]
    for text in texts:
        assert {t.category for t in find_triggers(text)} <= {"generic", "casualty"}, text


def test_triggers_offsets_are_shifted() -> None:
    (trigger,) = find_triggers("shelling", offset=10)
    assert (trigger.start, trigger.end) == (10, 18)
