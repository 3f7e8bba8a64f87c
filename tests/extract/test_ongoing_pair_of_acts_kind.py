"""Kind (issue 10, kinds 7 and 8): a course of acts told in the present perfect progressive by a
pair of verbs ("reports that soldiers have been blocking and looting food convoys") is no
incident, as one such verb already was ("have been looting farms"): the later verb of the pair
has no auxiliaries of its own in the parse and shares the first's. Before, the later verb made
an incident with no day placed at the region or country. The doers named by an act word ("cartel
gunmen") and what the verbs act with ("roadside bombs") do not keep a course an incident; a killing
verb in it ("raping and killing women") is one of its acts. A pair with a day or a toll stays an
incident. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2022, 3, 10)


@pytest.mark.parametrize("text", [
    "Yemen conflict: The WFP announces that up to 2 million people in Hajjah are facing starvation, confirming "
    "weeks-long reports from aid workers that Houthi fighters have been blocking and looting food convoys.",
    "Sudan crisis: The UN says 300,000 in North Darfur face a man-made famine, backing months of accounts from "
    "residents that the RSF have been besieging and looting villages.",
    "Farmers in the Kasai region say soldiers have been raiding and burning their granaries.",
    "Truck drivers say gunmen have been stopping and robbing travellers on the road to Gao.",
    # The doers named by an act word, and the weapons the verbs act with, are no act of their own;
    # a killing verb of the course is one of its acts.
    "Cartel gunmen have been extorting and kidnapping migrants in Reynosa, Tamaulipas, a report said.",
    "Al-Shabaab militants have been planting and detonating roadside bombs along the road between Mogadishu and "
    "Afgoye.",
    "Gang members have been raping and killing women in the Artibonite region of Haiti, the UN said.",
])
def test_a_course_told_by_a_pair_of_verbs_is_no_incident(extract: Callable[..., ExtractionResult],
                                                         text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen have been raiding and burning villages in Zamfara since Sunday, killing 23 people, police said.", 23),
    ("On Tuesday, militiamen were raiding and looting shops in Djugu, killing four traders, residents said.", 4),
    # No progressive verb at all: the doer word alone is no course.
    ("Gunmen wearing explosive suicide vests stormed a government building in Khost on Monday, killing five "
     "guards.", 5),
])
def test_a_pair_with_a_day_or_a_toll_stays_an_incident(extract: Callable[..., ExtractionResult], text: str,
                                                       killed: int) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [killed]
