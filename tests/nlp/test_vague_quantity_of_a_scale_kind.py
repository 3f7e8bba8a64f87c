"""Kind (issue 10, kind 7: figures; gold-format.md: "dozens" is null): a vague quantity of a scale
("several hundred soldiers", "a few dozen people", "several thousand") is vague as a whole: it was
read as 100 or 12, a figure the report never gave.  "A hundred" and "some 300" stay numbers.
Sentences written for this test (a second user-role trial found the kind)."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figure"), [
    ("Several hundred soldiers were killed in the offensive.", ("killed", None, "Several hundred")),
    ("A few dozen villagers were wounded.", ("injured", None, "A few dozen")),
    ("The fighting left several thousand people dead.", ("killed", None, "several thousand")),
    ("A hundred people were killed.", ("killed", 100, None)),
    ("Some 300 people were killed.", ("killed", 300, None)),
])
def test_a_vague_quantity_of_a_scale(text: str, figure: tuple[str, int | None, str | None]) -> None:
    assert [(c.kind, c.value, c.vague) for c in find_casualties(text)] == [figure]
