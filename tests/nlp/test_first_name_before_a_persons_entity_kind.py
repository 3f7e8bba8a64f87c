"""Kind (issue 10, kind 4, sources): a source's first name that the small model leaves out of the
person's entity ("Abdikarim Yusuf Warsame" as a person from "Yusuf", "Yevhen Yevtushenko" from
"Yevtushenko", "Oleksandr Prokudin" with "Oleksandr" called a place) is part of the name, not its
role: the whole name is the source.  A title, a people's word or an office before the name stays the
role.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "source"), [
    ("Abdikarim Yusuf Warsame, the Defence Minister, said a car bomb killed 9 people in Baidoa on Monday.",
     "Abdikarim Yusuf Warsame"),
    ("The mayor of Nikopol, Yevhen Yevtushenko, said shelling killed two women on Sunday.", "Yevhen Yevtushenko"),
    ("Alejandro Ruiz Carrillo, the federal security secretary, said cartel gunmen shot dead eight people at a bar"
     " in Celaya on Wednesday.", "Alejandro Ruiz Carrillo"),
    ("The governor of Kherson, Oleksandr Prokudin, told a news conference in Kyiv that shelling killed two women in"
     " the village of Bilozerka on Sunday.", "Oleksandr Prokudin"),
    # The sentence's first word tagged a common noun.
    ("Mamadou Bakary Coulibaly told supporters at a rally in Bamako that jihadists killed 20 civilians in Djenne on"
     " Monday.", "Mamadou Bakary Coulibaly"),
])
def test_the_first_name_is_part_of_the_source(extract: Callable[..., ExtractionResult], text: str,
                                              source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source


@pytest.mark.parametrize(("text", "source"), [
    ("Kherson Governor Oleksandr Prokudin said shelling killed a man in Beryslav on Sunday.", "Oleksandr Prokudin"),
    ("Somali police spokesman Abdifatah Aden Hassan said a car bomb killed six people in Mogadishu on Sunday.",
     "Abdifatah Aden Hassan"),
    ("A roadside bomb killed three soldiers near Mopti on Sunday, army spokesman Souleymane Dembele said.",
     "Souleymane Dembele"),
    ("Witness Abdi Hassan said a car bomb killed seven people in Mogadishu on Wednesday.", "Abdi Hassan"),
])
def test_a_title_before_the_name_stays_the_role(extract: Callable[..., ExtractionResult], text: str,
                                                source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
