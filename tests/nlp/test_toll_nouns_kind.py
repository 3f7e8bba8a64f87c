"""Kind (issue 10, kind 1): a toll named by the number of any people killed or wounded ("the
number of soldiers killed ... rose to 27", "the number of wounded pilgrims reached 60").
Sentences written for this test."""

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("The number of soldiers killed in the raid on the base rose to 27 on Sunday.", "killed", 27),
    ("The number of policemen killed in Tuesday's ambush climbed to nine.", "killed", 9),
    ("The number of wounded pilgrims reached 60 by evening.", "injured", 60),
    ("The number of people killed in the market bombing stood at 14.", "killed", 14),
])
def test_the_number_of_any_people_killed(text: str, kind: str, value: int) -> None:
    mentions = [m for m in find_casualties(text) if m.value is not None]
    assert (mentions[0].kind, mentions[0].value) == (kind, value)
