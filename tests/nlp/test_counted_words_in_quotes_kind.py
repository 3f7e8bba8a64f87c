"""Kind (issue 10, kind 7): a count a speaker's words put in quotation marks, with the verb outside
them ('SANA said "around 300 civilians" were killed', "Police said 'nine people' died"), was no
figure: the closing quote stood between the counted noun and the verb. Straight, single and
curly quotes alike. Sentences written for this test; before the change none of the five was
counted."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "kind", "value"), [
    ('The state news agency, quoting residents, said "around 80 civilians" were killed.', "killed", 80),
    ('Police said "at least 12 people" died in the blast.', "killed", 12),
    ('Officials said that "more than 20 soldiers" had been wounded.', "injured", 20),
    ("Medics said 'nine people' were killed.", "killed", 9),
    ("He said “seven civilians” were wounded.", "injured", 7),
])
def test_the_quoted_count_is_a_figure(text: str, kind: str, value: int) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == [(kind, value)]


def test_the_qualifier_inside_the_quote_is_kept() -> None:
    found = find_casualties('Police said "at least 12 people" died in the blast.')
    assert [(c.value, c.qualifier) for c in found] == [(12, "at least")]
