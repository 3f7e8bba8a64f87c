"""Kind (issue 10, kinds 5 and 9): a story's topic label before an item ("Israel–Hamas clashes (May
2021): Israeli airstrikes kill 12 ...", "2011 Yemeni protests: Police fire tear gas ...") names
the war, not the act: its act words do not type the item (a bracketed date in the label no longer
hides the label) and its names are no doer ("Hamas", "Yemeni" were given as actor1). A label with
a leading year still gives its protests as the setting the item's clashes are typed in.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2021, 5, 12)


@pytest.mark.parametrize(("text", "typed"), [
    ("Israel–Palestine crisis; Israel–Hamas clashes (May 2021): Israeli airstrikes kill 12 people in Gaza City. "
     "(Reuters)", ("Air/drone strike", "Israeli")),
    ("Israel–Hamas clashes: Israeli airstrikes kill 12 people in Gaza City. (Reuters)",
     ("Air/drone strike", "Israeli")),
    ("Armenia–Azerbaijan border clashes (September 2022): Azerbaijani artillery shelling kills two Armenian "
     "soldiers near Jermuk. (AP)", ("Shelling/artillery/missile attack", "Azerbaijani")),
    ("2021 Sudanese protests: Security forces fire tear gas at protesters in Omdurman, injuring 14. (AFP)",
     ("Protest with intervention", None)),
    ("2021 Yemeni protests: Twelve protesters are killed in Taiz. (BBC)",
     ("Excessive force against protesters", None)),
])
def test_the_label_neither_types_the_item_nor_names_its_doer(extract: Callable[..., ExtractionResult], text: str,
                                                             typed: tuple[str, str | None]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [typed]
